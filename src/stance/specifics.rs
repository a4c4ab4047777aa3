//! Specifics: precise figures ("$3.4 million", "in 2021", "90 percent"),
//! names ("Sirajuddin Haqqani", "the FBI") and times relative to the day of
//! writing ("this week"), evidence that a claim reports.
//!
//! Decision: news reports are anchored in who, where, when and how much; an
//! author arguing speaks more in generalities ("Taxes have risen to a point
//! at which they begin to devour people's possessions"). Figures and names
//! are features of the fitted model (`model.rs`) like any signal: measured
//! without them, every set got worse (realnews_dev opinion precision 0.77
//! to 0.61), so they stay, with the weights the fit gives them, shown among
//! the reasons. Specifics
//! inside quotation marks are the source's and are dropped there.
//!
//! A name is a run of capitalised words that does not start the claim or a
//! quotation and is not "I" or a word set in capitals for emphasis ("NOT");
//! in a claim written in capitals (a headline) no word counts as a name.

use crate::stance::emphasis::{is_emphasis, shouting};
use crate::stance::model::{Evidence, Feature};
use crate::stance::phrases::{List, Phrase};
use crate::stance::SignalKind;
use crate::text::{is_double_quote, is_single_quote};
use crate::Span;

/// At most this many figures and names are listed; more add nothing.
const MAX_FIGURES: usize = 2;
const MAX_NAMES: usize = 3;

pub(crate) fn detect(
    text: &str,
    claim: Span,
    phrases: &[Phrase],
    names: &[Span],
    out: &mut Vec<Evidence>,
) {
    let Some(slice) = text.get(claim.range()) else {
        return;
    };
    figures(slice, claim.start, out);
    for &name in names.iter().take(MAX_NAMES) {
        out.push(Evidence::new(name, SignalKind::Specifics, Feature::Name));
    }
    // Times relative to the day of writing ("this week") anchor a report
    // as a date does; the first one is enough.
    if let Some(time) = phrases.iter().find(|p| p.list == List::Time) {
        out.push(Evidence::new(
            time.span,
            SignalKind::Specifics,
            Feature::Figure,
        ));
    }
}

/// Digits written onto a word are part of a name or code, not a figure:
/// "COVID-19", "I-94", "G20", "F-35" (but "mid-2020" is a date).
fn part_of_a_code(before: &str) -> bool {
    let b = before.as_bytes();
    match b.last() {
        Some(c) if c.is_ascii_alphabetic() => true,
        Some(b'-') => {
            let word = before[..before.len() - 1]
                .rsplit(|c: char| !c.is_ascii_alphabetic())
                .next()
                .unwrap_or("");
            !word.is_empty() && !word.eq_ignore_ascii_case("mid")
        }
        _ => false,
    }
}

fn figures(slice: &str, base: usize, out: &mut Vec<Evidence>) {
    let bytes = slice.as_bytes();
    let mut found = 0;
    let mut i = 0;
    while i < bytes.len() && found < MAX_FIGURES {
        if !bytes[i].is_ascii_digit() {
            i = next_digit(bytes, i + 1);
            continue;
        }
        if !part_of_a_code(&slice[..i]) {
            let start = i;
            while i < bytes.len()
                && (bytes[i].is_ascii_digit()
                    || (matches!(bytes[i], b'.' | b',')
                        && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)))
            {
                i += 1;
            }
            out.push(Evidence::new(
                Span::new(start, i).offset(base),
                SignalKind::Specifics,
                Feature::Figure,
            ));
            found += 1;
        } else {
            // The rest of a code's digits ("covid-19") go with it.
            while bytes.get(i).is_some_and(u8::is_ascii_alphanumeric) {
                i += 1;
            }
        }
    }
}

/// The first ASCII digit of `bytes` at or after `at` (or the end): eight
/// bytes at a time while eight are left. A claim's bytes are mostly no
/// digit; a test of each byte was half of `figures`.
fn next_digit(bytes: &[u8], mut at: usize) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    while let Some(chunk) = bytes.get(at..at + 8) {
        let eight = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        // Adding `0x80 - lo` to a byte below 0x80 sets its high bit
        // exactly when the byte is at least `lo`; no sum carries.
        let low = eight & !HIGH;
        let at_least = |lo: u8| low.wrapping_add(u64::from_le_bytes([0x80 - lo; 8])) & HIGH;
        let digits = at_least(b'0') & !at_least(b'9' + 1) & !eight & HIGH;
        if digits != 0 {
            return at + (digits.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    at + bytes[at.min(bytes.len())..]
        .iter()
        .position(u8::is_ascii_digit)
        .unwrap_or(bytes.len().saturating_sub(at))
}

/// The names in `claim`: runs of capitalised words that do not open the
/// claim or a quotation, in order.
pub(crate) fn names(text: &str, claim: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let Some(slice) = text.get(claim.range()) else {
        return out;
    };
    if shouting(slice) {
        return out;
    }
    let mut name: Option<Span> = None;
    // The character before the current word, ignoring spaces: a sentence or
    // quotation opener makes the next capital ordinary.
    let mut before = None::<char>;
    let mut first_word = true;
    for (word, gap) in (Words { slice, pos: 0 }) {
        if gap.chars().any(|c| !c.is_whitespace()) {
            before = gap.chars().rev().find(|c| !c.is_whitespace());
            out.extend(name.take());
        }
        let w = word.of(slice);
        let opener = first_word
            || before.is_some_and(|c| {
                matches!(c, '.' | ':' | '?' | '!' | '(' | '\u{2014}' | '\u{2013}')
                    || is_double_quote(c)
                    || is_single_quote(c)
            });
        let capital = w.chars().next().is_some_and(char::is_uppercase)
            && !is_first_person(w)
            && !is_emphasis(w);
        if capital && !opener {
            name = Some(match name {
                Some(n) => Span::new(n.start, word.end),
                None => word,
            });
        } else {
            out.extend(name.take());
        }
        first_word = false;
        before = w.chars().last();
    }
    out.extend(name);
    for n in &mut out {
        *n = n.offset(claim.start);
    }
    out
}

fn is_first_person(w: &str) -> bool {
    w == "I" || w.starts_with("I'") || w.starts_with("I\u{2019}")
}

/// Words (letters, digits, apostrophes, hyphens, dots inside) with the gap
/// of other characters before each.
struct Words<'s> {
    slice: &'s str,
    pos: usize,
}

impl<'s> Iterator for Words<'s> {
    type Item = (Span, &'s str);

    fn next(&mut self) -> Option<Self::Item> {
        // ASCII letters and digits are decided on their byte; anything else
        // on its character (a character at a time, the walk took 2.3 M
        // instructions on the bench's 100 KB).
        let bytes = self.slice.as_bytes();
        self.slice.get(self.pos..)?;
        let mut start = self.pos;
        loop {
            let &b = bytes.get(start)?;
            if b.is_ascii_alphanumeric() {
                break;
            }
            if b.is_ascii() {
                start += 1;
                continue;
            }
            let c = self.slice[start..].chars().next()?;
            if c.is_alphanumeric() {
                break;
            }
            start += c.len_utf8();
        }
        let mut end = start;
        while let Some(&b) = bytes.get(end) {
            if b.is_ascii_alphanumeric() {
                end += 1;
                continue;
            }
            // Other ASCII goes on a word only as an apostrophe, hyphen or
            // dot inside it.
            if b.is_ascii() && !matches!(b, b'\'' | b'-' | b'.') {
                break;
            }
            let c = self.slice[end..].chars().next().expect("a character");
            let len = c.len_utf8();
            let inner = matches!(c, '\'' | '\u{2019}' | '-' | '.')
                && self.slice[end + len..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
            if c.is_alphanumeric() || inner {
                end += len;
            } else {
                break;
            }
        }
        // An abbreviation keeps its final dot: "U.S.", not "U.S".
        // (The dot after it first: the word is searched for one only then.)
        if bytes.get(end) == Some(&b'.') && self.slice[start..end].contains('.') {
            end += 1;
        }
        let gap = &self.slice[self.pos..start];
        self.pos = end;
        Some((Span::new(start, end), gap))
    }
}

#[cfg(test)]
mod tests {
    use crate::stance::testing::assert_stance;
    use crate::stance::SignalKind::*;
    use crate::stance::StanceKind::*;

    /// The next digit found eight bytes at a time is the one a byte walk
    /// finds, from every offset of every fixture line.
    #[test]
    fn the_next_digit_is_the_byte_walks() {
        use super::next_digit;
        let mut lines: Vec<String> = ["", "9", "abcdefgh9", "é0", "\u{b9}\u{660}x", "/:09"]
            .map(String::from)
            .to_vec();
        for (_, text) in crate::furniture::testing::fixture_texts().iter().take(200) {
            lines.extend(text.lines().map(String::from));
        }
        for line in &lines {
            let bytes = line.as_bytes();
            for at in 0..=bytes.len() {
                let walked = (at..bytes.len())
                    .find(|&i| bytes[i].is_ascii_digit())
                    .unwrap_or(bytes.len());
                assert_eq!(next_digit(bytes, at), walked, "{line:?} from {at}");
            }
        }
    }

    /// The words found byte by byte are the words found character by
    /// character (the walk before the ASCII shortcut).
    #[test]
    fn words_are_the_character_walks() {
        fn by_characters(slice: &str) -> Vec<(crate::Span, &str)> {
            let mut out = Vec::new();
            let mut pos = 0;
            while let Some(rest) = slice.get(pos..) {
                let Some(found) = rest.find(char::is_alphanumeric) else {
                    break;
                };
                let start = pos + found;
                let mut end = start;
                let mut chars = slice[start..].char_indices().peekable();
                while let Some((i, c)) = chars.next() {
                    let inner = matches!(c, '\'' | '\u{2019}' | '-' | '.')
                        && chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
                    if c.is_alphanumeric() || inner {
                        end = start + i + c.len_utf8();
                    } else {
                        break;
                    }
                }
                if slice[start..end].contains('.') && slice[end..].starts_with('.') {
                    end += 1;
                }
                out.push((crate::Span::new(start, end), &slice[pos..start]));
                pos = end;
            }
            out
        }
        let mut texts = vec![
            "U.S. officials — “don’t” — said: it's 3.4% of ÉTÉ's 2,000 co-op A.B.C. x- -y .z '"
                .to_string(),
            "é1 1é ’s ’ - . a.é a’é".to_string(),
        ];
        for (_, text) in crate::furniture::testing::fixture_texts()
            .into_iter()
            .take(40)
        {
            texts.push(text);
        }
        for text in &texts {
            let got: Vec<_> = (super::Words {
                slice: text,
                pos: 0,
            })
            .collect();
            assert_eq!(got, by_characters(text));
        }
    }

    #[test]
    fn figures_are_reporting_evidence() {
        assert_stance(
            "In 2019, the group distributed $3.4 million in aid.",
            Reporting,
            &[("2019", Specifics), ("3.4", Specifics)],
        );
    }

    #[test]
    fn names_are_reporting_evidence_but_not_sentence_openers() {
        assert_stance(
            "Shortly after, the FBI lifted bounties on Sirajuddin Haqqani.",
            Reporting,
            &[("FBI", Specifics), ("Sirajuddin Haqqani", Specifics)],
        );
        assert_stance(
            "Then they met. \u{201c}Come in,\u{201d} one said.",
            Reporting,
            &[],
        );
    }

    #[test]
    fn a_listed_word_inside_a_name_judges_nothing() {
        assert_stance(
            "The appeal went to the Supreme Court of New Mexico.",
            Reporting,
            &[("Supreme Court", Specifics), ("New Mexico", Specifics)],
        );
    }

    #[test]
    fn digits_on_a_word_are_a_code_not_a_figure() {
        assert_stance(
            "But no one fights covid-19 like China.",
            Reporting,
            &[("no one", Generalisation), ("China", Specifics)],
        );
        assert_stance(
            "The plant reopened in mid-2020.",
            Reporting,
            &[("2020", Specifics)],
        );
    }

    #[test]
    fn headlines_in_capitals_have_no_names() {
        assert_stance("KHALILZAD'S RETURN", Reporting, &[]);
    }

    #[test]
    fn one_name_does_not_overturn_an_asserted_judgment() {
        assert_stance(
            "The budget of New York was a fiasco.",
            Opinion,
            &[("New York", Specifics), ("fiasco", Evaluative)],
        );
    }
}
