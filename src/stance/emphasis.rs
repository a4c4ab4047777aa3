//! Capitals: the author's raised voice ("is NOT a measure") and acronyms
//! that must not be read as words ("SMART", the union, is not "smart").
//!
//! Decision: in a claim that is not itself written in capitals (a headline
//! or a shout, see [`shouting`]), a word of two or more letters all in
//! capitals is either emphasis or an acronym. Short common words
//! (`stance_emphasis.txt`: "not", "never", "every", "knew") are emphasis:
//! an intensifier by the author. Any other word in capitals is an acronym
//! or a name, so a stance list entry it happens to spell is dropped.

use crate::lexicon::List;
use crate::stance::model::{Evidence, Feature};
use crate::stance::phrases::Phrase;
use crate::stance::SignalKind;
use crate::Span;

/// True when more than half the letters of `slice` are capitals: a headline
/// or a shout, where capitals carry no emphasis and mark no names.
pub(crate) fn shouting(slice: &str) -> bool {
    let (mut upper, mut total) = (0usize, 0usize);
    let bytes = slice.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        // ASCII is decided on its byte; anything else on its character.
        let (alphabetic, uppercase, len) = if bytes[at].is_ascii() {
            let b = bytes[at];
            (b.is_ascii_alphabetic(), b.is_ascii_uppercase(), 1)
        } else {
            let c = slice[at..].chars().next().expect("a character");
            (c.is_alphabetic(), c.is_uppercase(), c.len_utf8())
        };
        if alphabetic {
            total += 1;
            upper += usize::from(uppercase);
        }
        at += len;
    }
    total > 0 && upper * 2 > total
}

/// A word of at least two letters, every letter an ASCII capital
/// (apostrophes allowed: "DON'T").
pub(crate) fn in_capitals(word: &str) -> bool {
    word.bytes().filter(u8::is_ascii_alphabetic).count() >= 2
        && word
            .chars()
            .all(|c| c.is_ascii_uppercase() || c == '\'' || c == '\u{2019}')
}

/// True when `word`, in capitals, is emphasis rather than an acronym.
pub(crate) fn is_emphasis(word: &str) -> bool {
    in_capitals(word)
        // (In capitals, the word is ASCII letters and apostrophes.)
        && List::StanceEmphasis.contains(&crate::token::lower(&word.replace('\u{2019}', "'")))
}

/// Drops the stance phrases that are acronyms in capitals and adds the
/// emphasis words as intensifiers. `phrases` must come from `claim`.
pub(crate) fn detect(text: &str, claim: Span, phrases: &mut Vec<Phrase>, out: &mut Vec<Evidence>) {
    let Some(slice) = text.get(claim.range()) else {
        return;
    };
    if shouting(slice) || !slice.bytes().any(|b| b.is_ascii_uppercase()) {
        return;
    }
    phrases.retain(|p| text.get(p.span.range()).is_none_or(|w| !in_capitals(w)));
    let mut start = None;
    for (i, c) in slice.char_indices().chain([(slice.len(), ' ')]) {
        let part_of_word = c.is_ascii_alphabetic() || c == '\'' || c == '\u{2019}';
        match (part_of_word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                start = None;
                let word = slice[s..i].trim_end_matches(['\'', '\u{2019}']);
                let whole = !slice[..s].ends_with(|c: char| c.is_alphanumeric())
                    && !slice[i..].starts_with(|c: char| c.is_alphanumeric());
                // "(NOW)", "(IS)": initials in brackets restate a name.
                let bracketed = slice[..s].ends_with('(');
                if whole && !bracketed && is_emphasis(word) {
                    let span = Span::new(s, s + word.len()).offset(claim.start);
                    out.push(Evidence::new(
                        span,
                        SignalKind::Intensifier,
                        Feature::Intensifier,
                    ));
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::stance::testing::assert_stance;
    use crate::stance::SignalKind::*;
    use crate::stance::StanceKind::*;

    #[test]
    fn a_common_word_in_capitals_is_the_authors_emphasis() {
        assert_stance(
            "Vaccine effectiveness is NOT a measure of the effectiveness of a vaccine.",
            Opinion,
            &[("NOT", Intensifier)],
        );
    }

    #[test]
    fn an_acronym_is_not_the_word_it_spells() {
        assert_stance(
            "A letter from SMART reached the committee.",
            Reporting,
            &[("SMART", Specifics)],
        );
    }

    #[test]
    fn initials_in_brackets_are_an_acronym() {
        assert_stance(
            "The National Organization for Women (NOW) said it would appeal.",
            Reporting,
            &[
                ("National Organization", Specifics),
                ("Women", Specifics),
                ("would", Speculation),
            ],
        );
    }

    #[test]
    fn a_headline_in_capitals_has_no_emphasis() {
        assert_stance("THEY DID NOT PAY THE BILL", Reporting, &[]);
    }
}
