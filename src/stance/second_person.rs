//! The second person: the author speaking to the reader ("You have become
//! your brother's bank.", "That's cold comfort if your shift changes.").
//!
//! Decision: a news report tells the reader what happened; it does not
//! address them. "You" in the author's own voice is advice, argument or
//! appeal, like an imperative (`imperative.rs`). Inside quotation marks or
//! in reported speech ("he told reporters you cannot win") the "you" is the
//! source's: the voice layer drops or discounts it. In a question ("Was that
//! what you expected?") the "you" is the person asked, most often in an
//! interview; whether the question is the author's device is
//! `question.rs`'s call, not this one's.

use crate::stance::model::{Evidence, Feature};
use crate::stance::SignalKind;
use crate::token::List;
use crate::Span;

/// Runs after the phrase detectors: a "you" inside a phrase they found
/// ("you see", "mind you") is that phrase's, not a second signal.
pub(crate) fn detect(text: &str, claim: Span, out: &mut Vec<Evidence>) {
    let asks = text.get(claim.range()).is_some_and(|c| {
        c.trim_end_matches(|ch: char| ch.is_whitespace() || crate::text::is_double_quote(ch))
            .ends_with('?')
    });
    if asks {
        return;
    }
    let found = out.len();
    crate::token::each_in(text, claim, |t| {
        if let Some(w) = t.word() {
            // "YOU" in capitals is a name or a title ("YOU Magazine").
            if t.is_in(List::StanceSecondPerson)
                && t.has_lowercase()
                && !out[..found].iter().any(|e| e.span.overlaps(w))
            {
                out.push(Evidence::new(
                    w,
                    SignalKind::SecondPerson,
                    Feature::SecondPerson,
                ));
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use crate::stance::testing::{assert_attributed, assert_stance, assert_stance_in};
    use crate::stance::SignalKind::*;
    use crate::stance::StanceKind::*;

    #[test]
    fn the_author_addressing_the_reader_is_opinion() {
        assert_stance(
            "You have become your brother\u{2019}s bank.",
            Opinion,
            &[("You", SecondPerson), ("your", SecondPerson)],
        );
    }

    #[test]
    fn a_question_asks_the_person_it_addresses() {
        assert_stance("Q: Was that what you expected?", Reporting, &[]);
    }

    /// The voice classes: the same words are reporting in a quotation and
    /// in reported speech, opinion in the author's voice (above).
    #[test]
    fn a_source_addressing_someone_is_reporting() {
        let text = "\u{201c}You have become your brother\u{2019}s bank.\u{201d}";
        assert_stance_in(text, Reporting, &[], &[text]);
        assert_attributed(
            "You have become your brother\u{2019}s bank, the counsellor told him.",
            "the counsellor",
            "told",
            Reporting,
            &[("You", SecondPerson), ("your", SecondPerson)],
        );
    }
}
