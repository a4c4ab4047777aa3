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
///
/// Eight ASCII bytes are counted at once ([`ascii_letters`]); a stretch
/// holding anything else goes a character at a time. (Every claim is read
/// here twice, by this rule and by `specifics.rs`: 3.1 M instructions on
/// the bench's 100 KB a byte at a time.)
pub(crate) fn shouting(slice: &str) -> bool {
    let (mut upper, mut total) = (0usize, 0usize);
    let bytes = slice.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        if let Some(chunk) = bytes.get(at..at + 8) {
            let word = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
            if word & HIGH_BITS == 0 {
                let (u, t) = ascii_letters(word);
                upper += u;
                total += t;
                at += 8;
                continue;
            }
        }
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

/// The high bit of each byte of a `u64`.
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// Each byte of a `u64` set to `b`.
const fn bytes_of(b: u8) -> u64 {
    0x0101_0101_0101_0101 * b as u64
}

/// The capitals and the letters among eight ASCII bytes (every high bit
/// clear). Adding `0x80 - lo` to a byte below `0x80` sets its high bit
/// exactly when the byte is at least `lo`, and no sum carries into the
/// next byte.
fn ascii_letters(word: u64) -> (usize, usize) {
    let at_least = |lo: u8| word.wrapping_add(bytes_of(0x80 - lo)) & HIGH_BITS;
    let upper = at_least(b'A') & !at_least(b'Z' + 1);
    let lower = at_least(b'a') & !at_least(b'z' + 1);
    // Each marked byte holds 0x80: the count of them by one multiplication.
    let count = |mask: u64| ((mask >> 7).wrapping_mul(bytes_of(1)) >> 56) as usize;
    (count(upper), count(upper | lower))
}

/// A word of at least two letters, every letter an ASCII capital
/// (apostrophes allowed: "DON'T").
pub(crate) fn in_capitals(word: &str) -> bool {
    // The capitals first: most words fail on their first or second letter.
    word.chars()
        .all(|c| c.is_ascii_uppercase() || c == '\'' || c == '\u{2019}')
        && word.bytes().filter(u8::is_ascii_alphabetic).count() >= 2
}

/// Whether two ASCII capitals stand side by side in `bytes`, or with only
/// apostrophes between them ("DON'T"): a word [`in_capitals`] has them, so
/// without them no word or phrase of a claim is in capitals, and the claim
/// is not read word by word (most claims: capitals start its sentence and
/// its names).
fn two_capitals(bytes: &[u8]) -> bool {
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_uppercase() {
            i += 1;
            continue;
        }
        i += 1;
        loop {
            if bytes.get(i) == Some(&b'\'') {
                i += 1;
            } else if bytes[i..].starts_with("\u{2019}".as_bytes()) {
                i += 3;
            } else {
                break;
            }
        }
        if bytes.get(i).is_some_and(u8::is_ascii_uppercase) {
            return true;
        }
    }
    false
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
    if shouting(slice) || !two_capitals(slice.as_bytes()) {
        return;
    }
    phrases.retain(|p| text.get(p.span.range()).is_none_or(|w| !in_capitals(w)));
    // The words: runs of ASCII letters and apostrophes, read byte by byte
    // (a curly apostrophe's three bytes at once; any other character ends
    // a word on its first byte, as it would on the character).
    let bytes = slice.as_bytes();
    let mut start = None;
    let mut i = 0;
    while i <= bytes.len() {
        let (part_of_word, len) = match bytes.get(i) {
            Some(&b) if b.is_ascii_alphabetic() || b == b'\'' => (true, 1),
            Some(_) if bytes[i..].starts_with("\u{2019}".as_bytes()) => (true, 3),
            _ => (false, 1),
        };
        match (part_of_word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                start = None;
                let word = slice[s..i].trim_end_matches(['\'', '\u{2019}']);
                // The word first: whether it sits whole and outside brackets
                // matters only for a word in capitals.
                let emphasis = is_emphasis(word);
                let whole = || {
                    !slice[..s].ends_with(|c: char| c.is_alphanumeric())
                        && !slice[i..].starts_with(|c: char| c.is_alphanumeric())
                };
                // "(NOW)", "(IS)": initials in brackets restate a name.
                let bracketed = || slice[..s].ends_with('(');
                if emphasis && whole() && !bracketed() {
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
        i += len;
    }
}

#[cfg(test)]
mod tests {
    use crate::stance::testing::assert_stance;
    use crate::stance::SignalKind::*;
    use crate::stance::StanceKind::*;

    /// A line without [`super::two_capitals`] has no word in capitals: on
    /// every fixture line, each run of letters and apostrophes in it.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn a_word_in_capitals_has_two_capitals() {
        use super::{in_capitals, two_capitals};
        assert!(two_capitals(b"is NOT a") && two_capitals("DON\u{2019}T".as_bytes()));
        assert!(two_capitals(b"I'M") && !two_capitals(b"I am. A Name, I'm") && !two_capitals(b"A"));
        let mut with = 0;
        for line in crate::furniture::testing::fixture_lines() {
            let capitals = line
                .split(|c: char| !(c.is_ascii_alphabetic() || c == '\'' || c == '\u{2019}'))
                .any(in_capitals);
            assert!(!capitals || two_capitals(line.as_bytes()), "{line:?}");
            with += usize::from(capitals);
        }
        assert!(with > 50, "{with} lines with a word in capitals");
    }

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

    /// Counted eight bytes at a time, the answer is the one of counting
    /// character by character.
    #[test]
    fn shouting_counts_as_characters_do() {
        fn by_characters(slice: &str) -> bool {
            let letters = slice.chars().filter(|c| c.is_alphabetic());
            let (upper, total) = letters.fold((0, 0), |(u, t), c| {
                (u + usize::from(c.is_uppercase()), t + 1)
            });
            total > 0 && upper * 2 > total
        }
        let mut texts: Vec<String> = [
            "",
            "THEY DID NOT PAY THE BILL",
            "They did NOT pay",
            "@[`{ AZaz az AZ 09 ~\u{7f}",
            "ÉTÉ ÉTÉ été — “QUOTE” here",
            "ABCDEFGH abcdefgh ABCDEFGHI abcdefg",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        for (_, text) in crate::furniture::testing::fixture_texts()
            .into_iter()
            .take(40)
        {
            texts.extend(text.lines().map(str::to_string));
        }
        for text in &texts {
            for (cut, _) in text.char_indices().step_by(7) {
                let slice = &text[cut..];
                assert_eq!(super::shouting(slice), by_characters(slice), "{slice:?}");
            }
        }
    }

    #[test]
    fn a_headline_in_capitals_has_no_emphasis() {
        assert_stance("THEY DID NOT PAY THE BILL", Reporting, &[]);
    }
}
