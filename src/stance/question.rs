//! Rhetorical questions and exclamations by the author.
//!
//! Decisions: a news report asks no questions of its own; a question the
//! author puts to the reader ("What is the biggest fish on Trump's plate?")
//! is a device of argument, so a claim ending in a question mark outside
//! quotation marks is a rhetorical question. In an attributed claim the
//! question is the source's ("he asked whether ..."), so it does not count.
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
        if let Some((i, '?')) = last {
            if !voice.quoted(claim.start + i) {
                let span = Span::new(claim.start, claim.start + i + 1).trim(text);
                out.push(Evidence::new(
                    span,
                    SignalKind::RhetoricalQuestion,
                    weight::RHETORICAL_QUESTION,
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
                weight::EXCLAMATION,
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
    fn a_quoted_question_is_the_sources() {
        let text = "\u{201c}Will my students see a happy adult?\u{201d}";
        assert_stance_in(text, Reporting, &[], &[text]);
    }

    #[test]
    fn an_exclamation_is_the_authors_feeling() {
        assert_stance("And they call this reform!", Opinion, &[("!", Exclamation)]);
    }
}
