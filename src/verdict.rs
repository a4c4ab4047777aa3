//! The article verdict: reporting, opinion or mixed, from its claims.

use crate::rule::RuleId;
use crate::{
    Article, ArticleKind, AttributionKind, Claim, Counts, Reason, SignalKind, Span, StanceKind,
};

/// An article whose author's opinions make up at least this percentage of
/// its claims argues a case: a column or editorial.
const OPINION_PERCENT: u32 = 30;
/// Below this percentage the author's opinions are incidental: a news report.
const REPORTING_PERCENT: u32 = 12;
/// An article with this percentage of opinion claims, two or more of them
/// in the first person, is a columnist arguing.
const FIRST_PERSON_PERCENT: u32 = 18;

/// Counts the claims of article `index` and gives its verdict.
pub fn judge(span: Span, headline: Option<Span>, index: usize, claims: &[Claim]) -> Article {
    let mut counts = Counts::default();
    let mut first_person = 0;
    // The signals behind the opinion claims, in the author's voice, by kind:
    // (kind, claims, weight).
    let mut signals: Vec<(SignalKind, usize, f32)> = Vec::new();
    for c in claims.iter().filter(|c| c.article == index) {
        counts.claims += 1;
        match c.attribution.kind {
            AttributionKind::Named => counts.named += 1,
            AttributionKind::Anonymous => counts.anonymous += 1,
            AttributionKind::Official => counts.official += 1,
            AttributionKind::Unattributed => counts.unattributed += 1,
        }
        match c.stance.kind {
            StanceKind::Opinion => counts.opinion += 1,
            StanceKind::Reporting => counts.reporting += 1,
        }
        if c.stance.kind != StanceKind::Opinion {
            continue;
        }
        // The author's own signals that weigh: words in someone else's
        // voice argue nothing.
        let own = || {
            c.stance
                .reasons
                .iter()
                .filter(|r| r.weight > 0.0 && matches!(r.voice, "author" | "framing"))
        };
        // A columnist's opinion claims in the first person, narrating or
        // judging, mark a column: the genre speaks as "I".
        if c.stance
            .reasons
            .iter()
            .any(|r| r.signal == SignalKind::FirstPerson && r.voice == "author")
        {
            first_person += 1;
        }
        let mut seen: Vec<SignalKind> = Vec::new();
        for r in own() {
            if seen.contains(&r.signal) {
                continue;
            }
            seen.push(r.signal);
            match signals.iter_mut().find(|s| s.0 == r.signal) {
                Some(s) => s.1 += 1,
                None => signals.push((r.signal, 1, r.weight)),
            }
        }
    }
    // Compared in integers, exactly: opinion / claims >= percent / 100.
    let reaches = |percent: u32| counts.opinion * 100 >= percent as usize * counts.claims;
    let pct = (counts.opinion * 100 + counts.claims / 2)
        .checked_div(counts.claims)
        .unwrap_or(0);
    let mut reasons = vec![Reason::new(
        RuleId::OpinionShare,
        format!(
            "{} of {} claims ({pct}%) are the author's opinion",
            counts.opinion, counts.claims
        ),
        None,
    )];
    if first_person > 0 {
        reasons.push(Reason::new(
            RuleId::FirstPerson,
            format!("the author speaks in the first person in {first_person} opinion claims"),
            None,
        ));
    }
    if !signals.is_empty() {
        // The most claims first, then the heaviest weight.
        crate::sort::by_key(&mut signals, |s| {
            use crate::sort::{float, pair, reverse, small};
            pair(reverse(small(s.1)), reverse(float(s.2)))
        });
        let list: Vec<String> = signals
            .iter()
            .take(4)
            // `{:+.1}` written by `fixed`: core's float formatter stays out
            // of the browser build. Widened to f64, the digits are the same
            // (a fixed precision rounds the exact value, which widening keeps).
            .map(|(kind, n, w)| {
                let w = crate::fixed::fixed(f64::from(*w), 1, true);
                format!("{} in {n} (weight {w})", kind.as_str())
            })
            .collect();
        reasons.push(Reason::new(
            RuleId::OpinionSignals,
            format!(
                "the author's signals behind the opinion claims: {}",
                list.join(", ")
            ),
            None,
        ));
    }
    let kind = if counts.claims == 0 {
        reasons.push(Reason::new(
            RuleId::NoClaims,
            "no article text to judge",
            None,
        ));
        ArticleKind::Reporting
    } else if reaches(OPINION_PERCENT) {
        reasons.push(Reason::new(
            RuleId::Argues,
            format!("at least {OPINION_PERCENT}% opinion claims: a column or commentary"),
            None,
        ));
        ArticleKind::Opinion
    } else if reaches(FIRST_PERSON_PERCENT) && first_person >= 2 {
        reasons.push(Reason::new(
            RuleId::Argues,
            format!(
                "at least {FIRST_PERSON_PERCENT}% opinion claims, {first_person} of them in the first person: a column or commentary"
            ),
            None,
        ));
        ArticleKind::Opinion
    } else if reaches(REPORTING_PERCENT) {
        reasons.push(Reason::new(
            RuleId::Mixed,
            format!(
                "between {REPORTING_PERCENT}% and {OPINION_PERCENT}% opinion claims: analysis, or reporting with commentary"
            ),
            None,
        ));
        ArticleKind::Mixed
    } else {
        reasons.push(Reason::new(
            RuleId::Reports,
            format!("under {REPORTING_PERCENT}% opinion claims: a news report"),
            None,
        ));
        ArticleKind::Reporting
    };
    Article {
        span,
        headline,
        kind,
        reasons,
        counts,
    }
}

#[cfg(test)]
mod tests {
    use crate::{analyze_text, ArticleKind, RuleId};

    fn kind(text: &str) -> ArticleKind {
        analyze_text(text).unwrap().articles[0].kind
    }

    /// A weight is written through an f64 with the f32's own digits.
    #[test]
    fn weights_widened_keep_their_digits() {
        for n in -100_000i32..=100_000 {
            for w in [n as f32 / 1000.0, n as f32 / 1024.0, n as f32 * 0.05] {
                assert_eq!(format!("{w:+.1}"), format!("{:+.1}", f64::from(w)));
            }
        }
    }

    #[test]
    fn a_news_report_is_reporting() {
        assert_eq!(
            kind("The council voted 7-2 on Monday to close the bridge. The mayor said repairs would take six weeks. Traffic will be diverted."),
            ArticleKind::Reporting
        );
    }

    #[test]
    fn an_argued_column_is_opinion() {
        assert_eq!(
            kind("I think the council got this badly wrong. The closure is a disgrace. We should demand better. Surely the mayor knows this? The plan is absurd."),
            ArticleKind::Opinion
        );
    }

    #[test]
    fn every_verdict_gives_its_reasons() {
        let a = analyze_text("The bridge closed on Monday.").unwrap();
        let rules: Vec<RuleId> = a.articles[0].reasons.iter().map(|r| r.rule).collect();
        assert!(
            rules.contains(&RuleId::OpinionShare) && rules.contains(&RuleId::Reports),
            "{rules:?}"
        );
    }
}
