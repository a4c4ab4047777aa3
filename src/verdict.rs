//! The article verdict: reporting, opinion or mixed, from its claims.

use crate::{Article, ArticleKind, AttributionKind, Claim, Counts, Reason, SignalKind, Span, StanceKind};

/// An article whose author's opinions make up at least this share of its
/// claims argues a case: a column or editorial.
const OPINION_SHARE: f32 = 0.30;
/// Below this share the author's opinions are incidental: a news report.
const REPORTING_SHARE: f32 = 0.12;

/// Counts the claims of article `index` and gives its verdict.
pub fn judge(text: &str, span: Span, headline: Option<Span>, index: usize, claims: &[Claim]) -> Article {
    let _ = text;
    let mut counts = Counts::default();
    let mut first_person = 0;
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
        if c.stance.kind == StanceKind::Opinion && c.stance.reasons.iter().any(|r| r.signal == SignalKind::FirstPerson) {
            first_person += 1;
        }
    }
    let share = if counts.claims == 0 { 0.0 } else { counts.opinion as f32 / counts.claims as f32 };
    let pct = (share * 100.0).round();
    let mut reasons = vec![Reason::new(
        "opinion-share",
        format!("{} of {} claims ({pct}%) are the author's opinion", counts.opinion, counts.claims),
        None,
    )];
    if first_person > 0 {
        reasons.push(Reason::new(
            "first-person",
            format!("the author speaks in the first person in {first_person} opinion claims"),
            None,
        ));
    }
    let kind = if counts.claims == 0 {
        reasons.push(Reason::new("no-claims", "no article text to judge", None));
        ArticleKind::Reporting
    } else if share >= OPINION_SHARE || (share >= REPORTING_SHARE * 1.5 && first_person >= 2) {
        reasons.push(Reason::new(
            "argues",
            format!("at least {}% opinion claims, or first-person argument: a column or commentary", OPINION_SHARE * 100.0),
            None,
        ));
        ArticleKind::Opinion
    } else if share >= REPORTING_SHARE {
        reasons.push(Reason::new(
            "mixed",
            format!(
                "between {}% and {}% opinion claims: analysis, or reporting with commentary",
                REPORTING_SHARE * 100.0,
                OPINION_SHARE * 100.0
            ),
            None,
        ));
        ArticleKind::Mixed
    } else {
        reasons.push(Reason::new(
            "reports",
            format!("under {}% opinion claims: a news report", REPORTING_SHARE * 100.0),
            None,
        ));
        ArticleKind::Reporting
    };
    Article { span, headline, kind, reasons, counts }
}
