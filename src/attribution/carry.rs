//! Attribution carried forward past the sentence that introduced it, in the
//! two shapes news prints without quotation marks (LABELS.md: "Attribution
//! carries forward, never back"):
//!
//! - a block quotation: a lead-in that ends its paragraph with a colon
//!   ("Limbaugh added:", "In her letter, she wrote:") introduces the next
//!   paragraph, which is the speaker's words set off without quote marks;
//! - a poll's findings: after an article cites a poll or survey ("...,
//!   according to a new Gallup poll"), the sentences that go on giving its
//!   figures ("Among likely voters, 46 percent back ...", "63 percent said
//!   ...") are the poll's, not the author's nor an anonymous crowd's. A
//!   document takes its author's kind, so they take the poll's attribution.

use super::words::{words, Word};
use super::{Attribution, AttributionKind};
use crate::rule::RuleId;
use crate::Span;

/// Whether `claim` is a lead-in to a block quotation: it ends with a colon
/// and is attributed to a source through a cue ("Limbaugh added:").
pub fn introduces_block(text: &str, claim: Span, attribution: &Attribution) -> bool {
    claim.of(text).trim_end().ends_with(':')
        && attribution.source.is_some()
        && attribution.cue.is_some()
        && attribution.kind != AttributionKind::Unattributed
}

/// Whether `source` names one poll or survey ("a new Washington Post-ABC
/// News poll", "the survey"); several polls ("recent polls") are no single
/// author's findings.
pub fn is_poll(text: &str, source: Span) -> bool {
    words(text, source, &[])
        .iter()
        .any(|w| matches!(&*w.lower(text), "poll" | "survey"))
}

/// Whether a poll's `source` words only refer back to one already cited:
/// "the poll", "The survey", "this poll".
pub fn refers_back(text: &str, source: Span) -> bool {
    let ws = words(text, source, &[]);
    ws.len() <= 3
        && ws
            .first()
            .is_some_and(|w| ["the", "this", "that"].iter().any(|d| w.is(text, d)))
        && ws[1..].iter().all(|w| !w.is_capitalized(text))
}

/// Who a poll asks: "voters", "adults".
const RESPONDENTS: &[&str] = &[
    "voters",
    "respondents",
    "adults",
    "americans",
    "democrats",
    "republicans",
    "independents",
    "residents",
    "people",
    "men",
    "women",
];

/// The share of them that answered so: "percent", "a majority".
const SHARES: &[&str] = &[
    "percent", "majority", "minority", "half", "third", "quarter",
];

/// Whether `claim` reads as a poll finding. `attribution` is what the claim
/// found on its own:
/// - the respondents as an anonymous crowd ("63 percent said", "A majority
///   of voters expect", "Nearly eight of 10 voters say");
/// - or none, and a breakdown opens the sentence ("Among registered
///   voters, ..."), or it gives a share ("46 percent", "52%") of people or
///   of the poll ("approval ... 58 percent in the last poll"). A figure of
///   anything else ("the index was up 167 points", "rents rose 5 percent")
///   is the author's.
pub fn is_poll_finding(text: &str, claim: Span, attribution: Option<&Attribution>) -> bool {
    let lower = |w: &Word| w.lower(text);
    let is = |w: &Word, list: &[&str]| list.contains(&&*lower(w));
    let digits = |w: &Word| w.of(text).starts_with(|c: char| c.is_ascii_digit());
    match attribution {
        // "48 percent said", "most voters said": the respondents, counted.
        // A bare group that argues back ("Republicans argue that the poll's
        // numbers ...", "Democrats counter") speaks for itself.
        // "according to two people with knowledge of the discussions": a
        // source named by its phrase is no poll's respondents.
        Some(a)
            if a.kind == AttributionKind::Anonymous
                && !a.reasons.iter().any(|r| r.rule == RuleId::AccordingTo) =>
        {
            a.source.is_some_and(|s| {
                let ws = words(text, s, &[]);
                let counted = ws.iter().any(|w| is(w, SHARES) || digits(w));
                counted || ws.len() > 1 && ws.iter().any(|w| is(w, RESPONDENTS))
            })
        }
        Some(_) => false,
        None => {
            let ws = words(text, claim, &[]);
            let opening = ws.iter().take_while(|w| !w.ends_phrase).count() + 1;
            let breakdown = ws.first().is_some_and(|w| w.is(text, "among"))
                && ws.iter().take(opening).any(|w| is(w, RESPONDENTS));
            let share = ws
                .windows(2)
                .any(|p| digits(&p[0]) && p[1].is(text, "percent"))
                || ws.iter().any(|w| digits(w) && w.of(text).ends_with('%'));
            let of_people = ws
                .iter()
                .any(|w| is(w, RESPONDENTS) || matches!(&*lower(w), "poll" | "survey"));
            breakdown || share && of_people
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::analyze_text;

    fn kinds(text: &str) -> Vec<(String, Option<String>)> {
        let a = analyze_text(text).unwrap();
        a.claims
            .iter()
            .map(|c| {
                (
                    c.attribution.kind.as_str().to_string(),
                    c.attribution.source.map(|s| s.of(text).to_string()),
                )
            })
            .collect()
    }

    #[test]
    fn a_source_named_by_according_to_is_no_polls_respondents() {
        let text = "A national poll by the Halvorsen Family Foundation found in June that 41% of \
                    adults had been contacted by collectors.\n\n\
                    The board has discussed pausing new lawsuits, according to two people with \
                    knowledge of the discussions.";
        assert_eq!(
            kinds(text)[1],
            (
                "anonymous".to_string(),
                Some("two people with knowledge of the discussions".to_string())
            )
        );
    }

    #[test]
    fn a_block_quotation_after_a_colon_is_the_speakers() {
        let text = "Senator Dana Price spoke for an hour on Tuesday.\n\n\
                    Price added:\n\n\
                    This smells of the deepest panic I have ever seen. \
                    Can he not win without help?\n\n\
                    The vote is on Friday.";
        let got = kinds(text);
        assert_eq!(got.len(), 5, "{got:?}");
        for claim in &got[1..4] {
            assert_eq!(claim.1.as_deref(), Some("Price"), "{got:?}");
        }
        // The paragraph after the block is the author's again.
        assert_eq!(got[4], ("unattributed".to_string(), None));
    }

    #[test]
    fn a_colon_without_a_source_carries_nothing() {
        let text = "The plan has three parts:\n\nTaxes rise. Spending falls.";
        assert!(kinds(text).iter().all(|(k, _)| k == "unattributed"));
    }

    #[test]
    fn a_polls_figures_are_the_polls() {
        let text = "The mayor leads her rival by four points, according to a new Harbour \
                    Gazette poll.\n\n\
                    Among likely voters, 48 percent back the mayor and 44 percent her rival.\n\n\
                    Nearly six of 10 voters say the ferry matters most.\n\n\
                    The election is on May 3.";
        let got = kinds(text);
        assert_eq!(got.len(), 4, "{got:?}");
        let poll = got[0].1.clone();
        assert!(
            poll.as_deref().is_some_and(|p| p.contains("poll")),
            "{got:?}"
        );
        assert_eq!(got[1], (got[0].0.clone(), poll.clone()));
        assert!(refers_back_to_it("The poll shows a tight race."));
        assert_eq!(got[2], (got[0].0.clone(), poll));
        assert_eq!(got[3], ("unattributed".to_string(), None));
    }

    fn refers_back_to_it(s: &str) -> bool {
        super::refers_back(s, crate::Span::new(0, 8))
    }

    #[test]
    fn a_later_mention_of_the_poll_keeps_its_full_name() {
        let text = "The mayor leads by four points, according to a new Harbour Gazette poll.\n\n\
                    The poll shows a tight race.\n\n\
                    Among likely voters, 48 percent back the mayor.";
        let got = kinds(text);
        assert_eq!(got[2].1, got[0].1, "{got:?}");
        assert!(!refers_back_to_it("A Gallup poll found"));
    }

    #[test]
    fn a_party_arguing_back_after_a_poll_is_its_own_source() {
        let text = "The mayor leads by four points, according to a new Harbour Gazette poll.\n\n\
                    Republicans argue that the poll's economic numbers show an opening.\n\n\
                    Among likely voters, 48 percent said they trust her more.";
        let got = kinds(text);
        assert_eq!(
            got[1],
            ("anonymous".to_string(), Some("Republicans".to_string())),
            "{got:?}"
        );
        // Counted respondents are still the poll's.
        assert_eq!(got[2].1, got[0].1, "{got:?}");
    }

    #[test]
    fn figures_with_no_poll_before_them_stay_the_authors() {
        let text = "Among coastal towns, 12 percent lost their ferry.\n\n\
                    Rents rose 5 percent last year.";
        assert!(kinds(text).iter().all(|(k, _)| k == "unattributed"));
        // After a survey, a figure of something else is still the author's.
        let text = "Factory orders rose, a survey by the Harbour Institute found.\n\n\
                    In morning trading, the index was up 167 points.\n\n\
                    Rents rose 5 percent last year.";
        let got = kinds(text);
        assert!(got[1..].iter().all(|(k, _)| k == "unattributed"), "{got:?}");
    }
}
