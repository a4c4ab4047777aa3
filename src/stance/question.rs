//! Rhetorical questions and exclamations by the author.
//!
//! Decisions: a news report asks few questions of its own; a question the
//! author puts to the reader ("What is the biggest fish on Trump's plate?")
//! is a device of argument, so a claim ending in a question mark outside
//! quotation marks is a question by the author. Signposts ("How are local
//! governments coping?") were once weighed less than questions with a mark
//! of argument (a negation, a modal, an opening "But"); in the project's
//! labelled claims both are the author's argument far more often than not,
//! so the fitted model weighs them as one feature. A question mark that ends
//! a stretch in someone else's voice is theirs: inside quotation marks
//! ("“Why now?”"), or after a cue ("he asked whether ..."); a question in
//! the author's main clause after a fronted clause holding a cue is still
//! the author's (`voice.rs`). Not devices of argument either: an
//! interviewer's question anywhere in the turn labelled "Q:" ("Q: Some say
//! ... Where do you stand on that?") is a real one put to the interviewee;
//! and a question set in headline capitals ("Why Are Teachers Unhappy?") is
//! a subhead announcing a section, not the author arguing.
//! An exclamation mark outside quotation marks is the author's feeling.

use crate::stance::model::{Evidence, Feature};
use crate::stance::voice::{Owner, Voice};
use crate::stance::SignalKind;
use crate::text::{is_blank, is_close_double_quote, is_single_quote};
use crate::Span;

pub(crate) fn detect(text: &str, claim: Span, voice: &Voice<'_>, out: &mut Vec<Evidence>) {
    let Some(slice) = text.get(claim.range()) else {
        return;
    };
    // The last character that is not blank, a closing quote or bracket.
    let last = slice.char_indices().rev().find(|&(_, c)| {
        !(is_blank(c) || is_close_double_quote(c) || is_single_quote(c) || c == ')')
    });
    if let Some((i, '?')) = last {
        // The word the question mark closes: the author's (a name in the
        // author's question, "a way out for Prentiss?", is the author's
        // too), not reported or quoted.
        let mut closing = None;
        crate::token::each_in(text, Span::new(claim.start, claim.start + i), |t| {
            if let Some(w) = t.word() {
                closing = Some(w);
            }
        });
        let authors =
            closing.is_some_and(|w| matches!(voice.owner(w), Owner::Author | Owner::Title));
        if authors
            && !voice.quoted(claim.start + i)
            && !interviewer(text, claim)
            && !headline(text, claim)
        {
            let span = Span::new(claim.start, claim.start + i + 1).trim(text);
            out.push(Evidence::new(
                span,
                SignalKind::RhetoricalQuestion,
                Feature::Question,
            ));
        }
    }
    if let Some(i) = slice.find('!') {
        let at = claim.start + i;
        if !voice.quoted(at) {
            out.push(Evidence::new(
                Span::new(at, at + 1),
                SignalKind::Exclamation,
                Feature::Address,
            ));
        }
    }
}

/// An interviewer's turn holds the claim: its line opens with "Q:".
fn interviewer(text: &str, claim: Span) -> bool {
    let line = text[..claim.start].rfind('\n').map_or(0, |n| n + 1);
    matches!(
        crate::attribution::interview::turn(text, Span::new(line, claim.end)),
        Some(crate::attribution::interview::Turn::Question)
    )
}

/// A question set in headline capitals: at least two words of four letters
/// or more, every one of them capitalised.
fn headline(text: &str, claim: Span) -> bool {
    let (mut long, mut capitalised) = (0, 0);
    crate::token::each_in(text, claim, |t| {
        if t.word().is_some_and(|w| w.of(text).chars().count() >= 4) {
            long += 1;
            if t.is_capitalised() {
                capitalised += 1;
            }
        }
    });
    long >= 2 && capitalised == long
}

#[cfg(test)]
mod tests {
    use crate::stance::testing::{assert_attributed, assert_stance, assert_stance_in};
    use crate::stance::SignalKind::*;
    use crate::stance::StanceKind::*;

    #[test]
    fn the_authors_question_is_rhetorical() {
        assert_stance(
            "What is the biggest fish on Trump\u{2019}s plate?",
            Opinion,
            &[
                (
                    "What is the biggest fish on Trump\u{2019}s plate?",
                    RhetoricalQuestion,
                ),
                ("biggest fish", LoadedWording),
                ("Trump\u{2019}s", Specifics),
            ],
        );
    }

    #[test]
    fn the_authors_questions_are_opinion() {
        // In the labelled claims the author's own questions, signposts
        // included, are argument far more often than not: the fitted model
        // weighs them alike.
        let open = "How are local governments coping?";
        assert_stance(open, Opinion, &[(open, RhetoricalQuestion)]);
        for rhetorical in [
            "Why should not everyone pay an income tax?",
            "So why would this one work?",
            "Never let a good crisis go to waste, right?",
        ] {
            assert_eq!(
                crate::stance::assess(
                    rhetorical,
                    crate::Span::new(0, rhetorical.len()),
                    &Default::default()
                )
                .kind,
                Opinion,
                "{rhetorical}"
            );
        }
    }

    #[test]
    fn an_interviewers_labelled_question_is_no_device() {
        let question = "Q: So why did the council wait?";
        assert_stance(question, Reporting, &[]);
        // The same question unlabelled is the author's argument.
        assert_stance(
            "So why did the council wait?",
            Opinion,
            &[("So why did the council wait?", RhetoricalQuestion)],
        );
    }

    #[test]
    fn a_question_later_in_the_interviewers_turn_is_no_device() {
        let text = "Q: Some say the council waited. So why did the council wait?";
        let claim = crate::Span::new(text.find("So why").expect("claim"), text.len());
        let stance = crate::stance::assess(text, claim, &Default::default());
        assert_eq!(stance.kind, Reporting, "{:?}", stance.reasons);
    }

    #[test]
    fn a_subhead_in_headline_capitals_is_no_device() {
        assert_stance(
            "Why Are Teachers Leaving?",
            Reporting,
            &[("Are Teachers Leaving", Specifics)],
        );
        // The same question in sentence case is the author's.
        assert_stance(
            "Why are teachers leaving?",
            Opinion,
            &[("Why are teachers leaving?", RhetoricalQuestion)],
        );
    }

    #[test]
    fn a_reported_question_is_the_sources_and_the_main_clause_the_authors() {
        assert_attributed(
            "The mayor asked why the council waited so long?",
            "The mayor",
            "asked",
            Reporting,
            &[],
        );
        assert_attributed(
            "When the mayor asked, why did the council wait so long?",
            "the mayor",
            "asked",
            Opinion,
            &[(
                "When the mayor asked, why did the council wait so long?",
                RhetoricalQuestion,
            )],
        );
    }

    #[test]
    fn a_quoted_question_is_the_sources() {
        let text = "\u{201c}Will my students see a happy adult?\u{201d}";
        assert_stance_in(text, Reporting, &[], &[text]);
    }

    #[test]
    fn an_exclamation_is_the_authors_feeling() {
        assert_stance("And they call this reform!", Opinion, &[("!", Exclamation)]);
    }
}
