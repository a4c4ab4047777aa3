//! The word lists the splitter consults at a candidate full stop: which kind
//! of abbreviation the word before it is, and whether the word after it
//! usually opens a sentence.
//!
//! Every look-up works on a short stack buffer: no allocation per candidate.
//! Every list is asked through the word-list table ([`Lexeme`]); an
//! abbreviation's class depends on the case its entry is written in, so
//! each abbreviation list is there twice, split by that case (`build.rs`).

use crate::lexicon::{Lexeme, List};

/// What the word before a full stop says about a sentence boundary there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Abbreviation {
    /// A title or "e.g."/"vs.": never ends a sentence.
    BeforeName,
    /// "No.", "p.", "Vol.": no boundary before a number.
    BeforeNumber,
    /// "Jan.", "Mon.": no boundary before a number or another date abbreviation.
    Date,
    /// "Inc.", "U.S.", an initial: ends a sentence only before a word that
    /// usually opens one.
    Ambiguous,
    /// An ordinary word or number: the full stop ends the sentence.
    Regular,
}

/// Longest token or word the lists are consulted for, in bytes.
const MAX_WORD: usize = 24;

const BEFORE_NAME: u8 = 1;
const BEFORE_NUMBER: u8 = 2;
const DATE: u8 = 4;
const AMBIGUOUS: u8 = 8;

/// Each class with its lists in the word-list table: the entries written
/// in lower case (any case matches) and the capitalised ones (a
/// capitalised word only).
const CLASSES: [(u8, List, List); 4] = [
    (
        BEFORE_NAME,
        List::AbbreviationsBeforeNames,
        List::AbbreviationsBeforeNamesCapitalised,
    ),
    (
        BEFORE_NUMBER,
        List::AbbreviationsBeforeNumbers,
        List::AbbreviationsBeforeNumbersCapitalised,
    ),
    (
        DATE,
        List::AbbreviationsDates,
        List::AbbreviationsDatesCapitalised,
    ),
    (
        AMBIGUOUS,
        List::AbbreviationsAmbiguous,
        List::AbbreviationsAmbiguousCapitalised,
    ),
];

/// The classes `token` (without its final stop) belongs to.
fn classes(token: &str) -> u8 {
    let mut buf = [0u8; MAX_WORD];
    let Some(lower) = fold(token, &mut buf) else {
        return 0;
    };
    let lexeme = Lexeme::of_lower(lower);
    if lexeme == Lexeme::NONE {
        return 0;
    }
    let capitalised = token.chars().next().is_some_and(char::is_uppercase);
    CLASSES
        .iter()
        .filter(|&&(_, any, cap)| lexeme.is_in(any) || capitalised && lexeme.is_in(cap))
        .fold(0, |classes, &(class, _, _)| classes | class)
}

/// Whether a token before a full stop is a clock abbreviation: "a.m", "p.m".
pub(super) fn is_clock(token: &str) -> bool {
    token.eq_ignore_ascii_case("a.m") || token.eq_ignore_ascii_case("p.m")
}

/// Whether a capitalised word goes on a sentence after "a.m."/"p.m.":
/// weekdays, months, time zones ("7 a.m. Monday", "5 p.m. ET").
pub(super) fn continues_clock(word: &str) -> bool {
    let mut buf = [0u8; MAX_WORD];
    let word = word.trim_end_matches(|c: char| !c.is_alphanumeric());
    fold(word, &mut buf).is_some_and(|w| Lexeme::of_lower(w).is_in(List::ClockFollowers))
}

/// Lower-cases an ASCII-only word into `buf`, folding the typographic
/// apostrophe to a straight one. `None` when the word is too long or holds
/// other non-ASCII characters (no list entry does, except "n°").
fn fold<'b>(word: &str, buf: &'b mut [u8; MAX_WORD]) -> Option<&'b str> {
    let mut n = 0;
    for c in word.chars() {
        let folded = match c {
            '\u{2019}' => '\'',
            c => c.to_ascii_lowercase(),
        };
        let mut tmp = [0u8; 4];
        let bytes = folded.encode_utf8(&mut tmp).as_bytes();
        if n + bytes.len() > MAX_WORD {
            return None;
        }
        buf[n..n + bytes.len()].copy_from_slice(bytes);
        n += bytes.len();
    }
    std::str::from_utf8(&buf[..n]).ok()
}

/// Classifies the token printed right before a full stop (without the stop):
/// "Mr", "U.S", "p", "Jan", "Smith", "$100.00". A token on several lists
/// takes the first of: title, before a number, date, ambiguous.
pub(super) fn classify(token: &str) -> Abbreviation {
    let classes = classes(token);
    if classes & BEFORE_NAME != 0 {
        Abbreviation::BeforeName
    } else if classes & BEFORE_NUMBER != 0 {
        Abbreviation::BeforeNumber
    } else if classes & DATE != 0 {
        Abbreviation::Date
    } else if classes & AMBIGUOUS != 0 || is_initials(token) {
        Abbreviation::Ambiguous
    } else {
        Abbreviation::Regular
    }
}

/// True for a date abbreviation such as "Jan" or "Mon" (capitalised).
pub(super) fn is_date_abbreviation(word: &str) -> bool {
    classes(word) & DATE != 0
}

/// A single letter ("E", "I", "p") or letters grouped by full stops, each
/// group one or two letters long ("J.R.R", "U.S.A", "Ph.D"): initials and
/// initialisms, which may or may not end a sentence.
fn is_initials(token: &str) -> bool {
    let mut letters_in_group = 0;
    for c in token.chars() {
        if c == '.' {
            if letters_in_group == 0 {
                return false;
            }
            letters_in_group = 0;
        } else if c.is_alphabetic() {
            letters_in_group += 1;
            if letters_in_group > 2 {
                return false;
            }
        } else {
            return false;
        }
    }
    // A lone word of two letters without stops ("Hi") is a word, not initials.
    letters_in_group == 1 || token.contains('.') && letters_in_group > 0
}

/// True when `word` (as printed, possibly capitalised) usually opens a sentence.
pub(super) fn is_sentence_starter(word: &str) -> bool {
    let mut buf = [0u8; MAX_WORD];
    fold(word, &mut buf).is_some_and(|lower| Lexeme::of_lower(lower).is_in(List::SentenceStarters))
}

/// True when `word` is a preposition that opens a fronted time or place phrase.
pub(super) fn is_fronting_preposition(word: &str) -> bool {
    let mut buf = [0u8; MAX_WORD];
    fold(word, &mut buf)
        .is_some_and(|lower| Lexeme::of_lower(lower).is_in(List::FrontingPrepositions))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_follow_the_lists() {
        assert_eq!(classify("Mr"), Abbreviation::BeforeName);
        assert_eq!(classify("e.g"), Abbreviation::BeforeName);
        assert_eq!(classify("No"), Abbreviation::BeforeNumber);
        assert_eq!(classify("N°"), Abbreviation::BeforeNumber);
        assert_eq!(classify("Jan"), Abbreviation::Date);
        assert_eq!(classify("Inc"), Abbreviation::Ambiguous);
        assert_eq!(classify("co"), Abbreviation::Ambiguous);
        assert_eq!(classify("U.S"), Abbreviation::Ambiguous);
        assert_eq!(classify("J.R.R"), Abbreviation::Ambiguous);
        assert_eq!(classify("E"), Abbreviation::Ambiguous);
        assert_eq!(classify("Smith"), Abbreviation::Regular);
        assert_eq!(classify("$100.00"), Abbreviation::Regular);
        assert_eq!(classify("Hi"), Abbreviation::Regular);
    }

    #[test]
    fn capitalised_entries_need_a_capital() {
        assert_eq!(classify("Sun"), Abbreviation::Date);
        assert_eq!(classify("sun"), Abbreviation::Regular);
        assert_eq!(classify("Rep"), Abbreviation::BeforeName);
        assert_eq!(classify("rep"), Abbreviation::Regular);
        assert_eq!(classify("Co"), Abbreviation::Ambiguous);
    }

    #[test]
    fn starters_fold_case_and_apostrophes() {
        assert!(is_sentence_starter("How"));
        assert!(is_sentence_starter("Don\u{2019}t"));
        assert!(!is_sentence_starter("Government"));
        assert!(!is_sentence_starter("Don"));
        assert!(is_fronting_preposition("At"));
    }
}
