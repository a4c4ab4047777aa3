//! Rhetorical questions and exclamations by the author.
//!
//! Decisions: a news report asks few questions of its own; a question the
//! author puts to the reader ("What is the biggest fish on Trump's plate?")
//! is a device of argument, so a claim ending in a question mark outside
//! quotation marks is a question by the author. It is rhetorical, an
//! argument, when it carries a mark of one (see [`rhetorical`]): a negation
//! ("Why should not everyone pay?"), a modal ("why would this one work?"),
//! an opening "But"/"So"/"And"/"Or"/"Yet" that carries an argument on, or a
//! tag ("..., right?"). A plain question ("How are local governments
//! coping?", "Which districts are hardest hit?") is usually a signpost the
//! article goes on to answer, and weighs less. In an attributed claim the
//! question is the source's ("he asked whether ..."), so it does not count,
//! and an interviewer's labelled question ("Q: What changed?") is a real one.
//! An exclamation mark outside quotation marks is the author's feeling.

use crate::stance::score::{weight, Evidence};
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
                let w = if rhetorical(span.of(text)) {
                    weight::RHETORICAL_QUESTION
                } else {
                    weight::OPEN_QUESTION
                };
                out.push(Evidence::new(span, SignalKind::RhetoricalQuestion, w));
            }
        }
    }
    if let Some(i) = slice.find('!') {
        let at = claim.start + i;
        if !voice.quoted(at) {
            out.push(Evidence::new(
                Span::new(at, at + 1),
                SignalKind::Exclamation,
                weight::EXCLAMATION,
            ));
        }
    }
}

/// Words that make a question an argument rather than a signpost.
const NEGATIONS: [&str; 6] = ["not", "never", "nobody", "nothing", "no", "none"];
const MODALS: [&str; 6] = ["should", "would", "could", "ought", "can", "might"];
const CARRIERS: [&str; 5] = ["but", "so", "and", "or", "yet"];

/// True when `question` carries a mark of a rhetorical question: a
/// negation, a modal, an opening connective, or a short tag after a comma.
fn rhetorical(question: &str) -> bool {
    let words: Vec<String> = question
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}'))
        .filter(|w| !w.is_empty())
        .map(|w| w.replace('\u{2019}', "'").to_lowercase())
        .collect();
    let negated = words
        .iter()
        .any(|w| w.ends_with("n't") || NEGATIONS.contains(&w.as_str()));
    let modal = words.iter().any(|w| MODALS.contains(&w.as_str()));
    let carried = words
        .first()
        .is_some_and(|w| CARRIERS.contains(&w.as_str()) && words.len() > 3);
    let tagged = question
        .rsplit_once(',')
        .is_some_and(|(_, tag)| (1..=3).contains(&tag.split_whitespace().count()));
    negated || modal || carried || tagged
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
    fn a_signpost_question_weighs_less_than_a_rhetorical_one() {
        let open = "How are local governments coping?";
        assert_stance(open, Reporting, &[(open, RhetoricalQuestion)]);
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
