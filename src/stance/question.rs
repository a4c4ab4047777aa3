//! Rhetorical questions and exclamations by the author.
//!
//! Decisions: a news report asks few questions of its own; a question the
//! author puts to the reader ("What is the biggest fish on Trump's plate?")
//! is a device of argument, so a claim ending in a question mark outside
//! quotation marks is a question by the author. Signposts ("How are local
//! governments coping?") were once weighed less than questions with a mark
//! of argument (a negation, a modal, an opening "But"); in the project's
//! labelled claims both are the author's argument far more often than not,
//! so the fitted model weighs them as one feature. In an attributed claim the
//! question is the source's ("he asked whether ..."), so it does not count,
//! and an interviewer's labelled question ("Q: What changed?") is a real one.
//! An exclamation mark outside quotation marks is the author's feeling.

use crate::stance::model::{Evidence, Feature};
use crate::stance::voice::Voice;
use crate::stance::SignalKind;
use crate::text::{is_blank, is_close_double_quote, is_single_quote};
use crate::Span;

pub(crate) fn detect(
    text: &str,
    claim: Span,
    voice: &Voice<'_>,
    attributed: bool,
    out: &mut Vec<Evidence>,
) {
    let Some(slice) = text.get(claim.range()) else {
        return;
    };
    if !attributed {
        // The last character that is not blank, a closing quote or bracket.
        let last = slice.char_indices().rev().find(|&(_, c)| {
            !(is_blank(c) || is_close_double_quote(c) || is_single_quote(c) || c == ')')
        });
        // An interviewer's "Q: What changed?" is a question put to the
        // interviewee, who answers it: no device of argument.
        let interview = matches!(
            crate::attribution::interview::turn(text, claim),
            Some(crate::attribution::interview::Turn::Question)
        );
        if let Some((i, '?')) = last {
            if !voice.quoted(claim.start + i) && !interview {
                let span = Span::new(claim.start, claim.start + i + 1).trim(text);
                out.push(Evidence::new(
                    span,
                    SignalKind::RhetoricalQuestion,
                    Feature::Question,
                ));
            }
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

#[cfg(test)]
mod tests {
    use crate::stance::testing::{assert_stance, assert_stance_in};
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
    fn a_quoted_question_is_the_sources() {
        let text = "\u{201c}Will my students see a happy adult?\u{201d}";
        assert_stance_in(text, Reporting, &[], &[text]);
    }

    #[test]
    fn an_exclamation_is_the_authors_feeling() {
        assert_stance("And they call this reform!", Opinion, &[("!", Exclamation)]);
    }
}
