//! A question judged by its article (issue #15, class 3).
//!
//! Decisions: a question in the author's voice is a device of argument in
//! an article that argues ("Is that really too much to ask?" in a column),
//! but in a report it signposts what follows ("What happens next?", "So
//! how did it come to this?"): LABELS.md's reporting. One sentence cannot
//! tell the two apart (a per-sentence feature was tried and lost realnews
//! figures), so the article decides, after every claim is judged:
//! - an article argues when one of its claims other than the question is
//!   the author's opinion on evidence of its own: still opinion with its
//!   own question's weight taken away;
//! - in an article with other claims none of which argues, an open
//!   question (opening with "what", "how", "why", ... past a "So" or
//!   "But") is a signpost and weighs nothing: the claim is judged as if it
//!   were not a question, and the question is still shown, with weight 0;
//! - a yes-or-no question that expects its answer ("Is anyone surprised?")
//!   is rhetorical wherever it stands (LABELS.md: rhetorical questions are
//!   opinion), and keeps its weight in a report too;
//! - a claim alone (a sentence analysed by itself) has no article to be
//!   judged by: its question keeps its weight.

use crate::stance::{SignalKind, StanceKind};
use crate::token::List;
use crate::{Claim, Span};

/// Conjunctions a signpost may open with ("So what happens next?").
const OPENERS: [&str; 4] = ["so", "but", "and", "then"];

/// Weighs the author's questions of each article by whether the rest of
/// the article argues. `claims` are in text order, each with its article.
pub(crate) fn questions(text: &str, claims: &mut [Claim]) {
    let mut start = 0;
    while start < claims.len() {
        let article = claims[start].article;
        let end = claims[start..]
            .iter()
            .position(|c| c.article != article)
            .map_or(claims.len(), |n| start + n);
        let group = &mut claims[start..end];
        if group.len() > 1 && !group.iter().any(argues) {
            for c in group.iter_mut().filter(|c| open_question(text, c.span)) {
                unweigh_question(c);
            }
        }
        start = end;
    }
}

/// The claim opens with a word of [`List::OpenQuestionWords`] ("What's
/// next?" too), past one of [`OPENERS`].
fn open_question(text: &str, claim: Span) -> bool {
    let mut first = Vec::with_capacity(2);
    crate::token::each_in(text, claim, |t| {
        if let (Some(w), true) = (t.word(), first.len() < 2) {
            let opener = OPENERS.iter().any(|o| w.of(text).eq_ignore_ascii_case(o));
            first.push((opener, t.is_in(List::OpenQuestionWords)));
        }
    });
    match first.as_slice() {
        [(true, _), (_, asks)] => *asks,
        [(_, asks), ..] => *asks,
        [] => false,
    }
}

/// The weight of the claim's own question, 0 when it asks none.
fn question_weight(c: &Claim) -> f32 {
    c.stance
        .reasons
        .iter()
        .find(|r| r.signal == SignalKind::RhetoricalQuestion && r.weight > 0.0)
        .map_or(0.0, |r| r.weight)
}

/// The claim's evidence (the model's `z`), read back from its score.
fn evidence(c: &Claim) -> f32 {
    let s = c.stance.score;
    (s / (1.0 - s)).ln()
}

/// The claim is the author's opinion without its own question.
fn argues(c: &Claim) -> bool {
    c.stance.kind == StanceKind::Opinion && evidence(c) - question_weight(c) >= 0.0
}

/// Takes the question's weight out of the claim's evidence.
fn unweigh_question(c: &mut Claim) {
    let w = question_weight(c);
    if w <= 0.0 {
        return;
    }
    let z = evidence(c) - w;
    let score = 1.0 / (1.0 + (-z).exp());
    c.stance.score = if score.is_finite() {
        score.clamp(0.0, 1.0)
    } else {
        0.0
    };
    c.stance.kind = if c.stance.score >= 0.5 {
        StanceKind::Opinion
    } else {
        StanceKind::Reporting
    };
    for r in c
        .stance
        .reasons
        .iter_mut()
        .filter(|r| r.signal == SignalKind::RhetoricalQuestion)
    {
        r.weight = 0.0;
    }
    #[cfg(test)]
    {
        c.stance.features[crate::stance::model::Feature::Question.index()] = 0.0;
    }
}

#[cfg(test)]
mod tests {
    use crate::StanceKind::{self, *};

    /// Each claim's text and stance in the analysis of `text`.
    fn stances(text: &str) -> Vec<(String, StanceKind)> {
        let analysis = crate::analyze_text(text).expect("analysis");
        analysis
            .claims
            .iter()
            .map(|c| (c.span.of(text).to_string(), c.stance.kind))
            .collect()
    }

    fn stance_of(text: &str, claim: &str) -> StanceKind {
        stances(text)
            .into_iter()
            .find(|(t, _)| t.contains(claim))
            .map(|(_, k)| k)
            .unwrap_or_else(|| panic!("no claim {claim:?} in {:?}", stances(text)))
    }

    #[test]
    fn a_signpost_question_in_a_report_is_reporting() {
        let report = "The county closed the bridge on Monday after inspectors found cracks in two piers.\n\n\
                      Repairs are expected to cost $4 million, the county engineer said.\n\n\
                      What happens next?\n\n\
                      The county board meets on Thursday to vote on the contract.";
        assert_eq!(stance_of(report, "What happens next?"), Reporting);
    }

    #[test]
    fn a_contracted_or_conjoined_signpost_in_a_report_is_reporting() {
        for q in [
            "What\u{2019}s next for the bridge?",
            "So how did it come to this?",
        ] {
            let report = format!(
                "The county closed the bridge on Monday after inspectors found cracks in two piers.\n\n\
                 Repairs are expected to cost $4 million, the county engineer said.\n\n{q}\n\n\
                 The county board meets on Thursday to vote on the contract."
            );
            assert_eq!(stance_of(&report, q), Reporting, "{q}");
        }
    }

    #[test]
    fn the_same_question_in_an_article_that_argues_is_opinion() {
        let column = "The county closed the bridge on Monday after inspectors found cracks in two piers.\n\n\
                      The board should have fixed it years ago.\n\n\
                      What happens next?\n\n\
                      The county board meets on Thursday to vote on the contract.";
        assert_eq!(stance_of(column, "What happens next?"), Opinion);
    }

    #[test]
    fn a_rhetorical_yes_or_no_question_in_a_report_is_opinion() {
        let report = "The county closed the bridge on Monday after inspectors found cracks in two piers.\n\n\
                      Repairs are expected to cost $4 million, the county engineer said.\n\n\
                      Is anyone surprised?";
        assert_eq!(stance_of(report, "Is anyone surprised?"), Opinion);
        let report = report.replace("Is anyone surprised?", "So how did it come to this?");
        assert_eq!(stance_of(&report, "how did it"), Reporting);
    }

    #[test]
    fn a_question_alone_keeps_its_weight() {
        assert_eq!(stance_of("Is that really too much to ask?", "ask"), Opinion);
    }
}
