//! The word lists the splitter consults at a candidate full stop: which kind
//! of abbreviation the word before it is, and whether the word after it
//! usually opens a sentence.
//!
//! Every look-up works on a short stack buffer: no allocation per candidate.

use std::collections::HashSet;
use std::sync::LazyLock;

use crate::lexicon;

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

/// An abbreviation list: entries written with a capital match capitalised
/// tokens only; entries in lower case match any case.
struct AbbreviationList {
    any_case: HashSet<String>,
    capitalised: HashSet<String>,
}

impl AbbreviationList {
    fn new(list: &'static str) -> Self {
        let mut any_case = HashSet::new();
        let mut capitalised = HashSet::new();
        for entry in lexicon::entries(list) {
            let word = entry.strip_suffix('.').unwrap_or(entry);
            if word.chars().next().is_some_and(char::is_uppercase) {
                capitalised.insert(word.to_lowercase());
            } else {
                any_case.insert(word.to_lowercase());
            }
        }
        AbbreviationList {
            any_case,
            capitalised,
        }
    }

    fn matches(&self, lower: &str, is_capitalised: bool) -> bool {
        self.any_case.contains(lower) || (is_capitalised && self.capitalised.contains(lower))
    }
}

static AMBIGUOUS: LazyLock<AbbreviationList> =
    LazyLock::new(|| AbbreviationList::new(include_str!("../lexicon/abbreviations.txt")));
static BEFORE_NAMES: LazyLock<AbbreviationList> = LazyLock::new(|| {
    AbbreviationList::new(include_str!("../lexicon/abbreviations_before_names.txt"))
});
static BEFORE_NUMBERS: LazyLock<AbbreviationList> = LazyLock::new(|| {
    AbbreviationList::new(include_str!("../lexicon/abbreviations_before_numbers.txt"))
});
static DATES: LazyLock<AbbreviationList> =
    LazyLock::new(|| AbbreviationList::new(include_str!("../lexicon/abbreviations_dates.txt")));
static STARTERS: LazyLock<HashSet<String>> =
    LazyLock::new(|| lexicon::set(include_str!("../lexicon/sentence_starters.txt")));
static FRONTING: LazyLock<HashSet<String>> =
    LazyLock::new(|| lexicon::set(include_str!("../lexicon/fronting_prepositions.txt")));

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
/// "Mr", "U.S", "p", "Jan", "Smith", "$100.00".
pub(super) fn classify(token: &str) -> Abbreviation {
    let mut buf = [0u8; MAX_WORD];
    let Some(lower) = fold(token, &mut buf) else {
        return Abbreviation::Regular;
    };
    let capitalised = token.chars().next().is_some_and(char::is_uppercase);
    if BEFORE_NAMES.matches(lower, capitalised) {
        Abbreviation::BeforeName
    } else if BEFORE_NUMBERS.matches(lower, capitalised) {
        Abbreviation::BeforeNumber
    } else if DATES.matches(lower, capitalised) {
        Abbreviation::Date
    } else if AMBIGUOUS.matches(lower, capitalised) || is_initials(token) {
        Abbreviation::Ambiguous
    } else {
        Abbreviation::Regular
    }
}

/// True for a date abbreviation such as "Jan" or "Mon" (capitalised).
pub(super) fn is_date_abbreviation(word: &str) -> bool {
    let mut buf = [0u8; MAX_WORD];
    let capitalised = word.chars().next().is_some_and(char::is_uppercase);
    fold(word, &mut buf).is_some_and(|lower| DATES.matches(lower, capitalised))
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
    fold(word, &mut buf).is_some_and(|lower| STARTERS.contains(lower))
}

/// True when `word` is a preposition that opens a fronted time or place phrase.
pub(super) fn is_fronting_preposition(word: &str) -> bool {
    let mut buf = [0u8; MAX_WORD];
    fold(word, &mut buf).is_some_and(|lower| FRONTING.contains(lower))
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
