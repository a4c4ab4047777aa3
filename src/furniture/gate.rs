//! A line rule by its pattern ([`LinePattern`]): a line short enough,
//! past a cheap gate, that the pattern matches. A gate is a test every
//! match of its pattern passes ("By" first for a byline, digits for a
//! date), built from the helpers here: a line failing it is not searched,
//! and a pattern no line of an article could match is never compiled.

use std::sync::LazyLock;

use regex::Regex;

use super::words::words;

/// A line rule by its pattern.
pub(super) struct LinePattern {
    /// The most words of a line the rule takes: a longer line is not this
    /// furniture, however it opens.
    pub most_words: usize,
    /// The pattern's gate, if it has one.
    pub gate: Option<fn(&str) -> bool>,
    pub pattern: &'static LazyLock<Regex>,
}

impl LinePattern {
    /// Whether the rule takes line `s` of `n_words` words.
    pub(super) fn matches(&self, s: &str, n_words: usize) -> bool {
        n_words <= self.most_words
            && self.gate.is_none_or(|gate| gate(s))
            && self.pattern.is_match(s)
    }
}

/// Whether the first word's leading ASCII letters, past an opening
/// bracket, are one of `any_of` in any case: "(Reporting" opens with
/// "reporting", "Sponsored:" with "sponsored".
pub(super) fn opens_with(s: &str, any_of: &[&str]) -> bool {
    // A line opening on printable ASCII (nearly every line) opens with its
    // first word: its letters are read in place, no word split off.
    if let Some(&b) = s.as_bytes().first() {
        if b > b' ' && b < 0x7f {
            let from = usize::from(b == b'(');
            let letters = s.as_bytes()[from..]
                .iter()
                .take_while(|b| b.is_ascii_alphabetic())
                .count();
            return word_is(Some(&s[from..from + letters]), any_of);
        }
    }
    first_word_is(s, any_of)
}

/// [`opens_with`] for any line: the first word split off, an opening
/// bracket dropped, its leading ASCII letters compared.
fn first_word_is(s: &str, any_of: &[&str]) -> bool {
    let first = words(s).next().unwrap_or("");
    let first = first.strip_prefix('(').unwrap_or(first);
    let letters = first.len()
        - first
            .trim_start_matches(|c: char| c.is_ascii_alphabetic())
            .len();
    word_is(Some(&first[..letters]), any_of)
}

/// Whether an ASCII digit opens the line: a count, a date, a time.
pub(super) fn opens_with_digit(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_digit())
}

/// Whether `s` holds `needle` (lower case), ignoring ASCII case.
pub(super) fn holds(s: &str, needle: &str) -> bool {
    let (hay, needle) = (s.as_bytes(), needle.as_bytes());
    let (Some((&first, rest)), Some(last)) =
        (needle.split_first(), hay.len().checked_sub(needle.len()))
    else {
        return needle.is_empty();
    };
    // The first byte decides most places: a letter in either case
    // (`b | 0x20` folds only 'A' onto 'a'), anything else exactly.
    let (first, fold) = if first.is_ascii_alphabetic() {
        (first | 0x20, 0x20)
    } else {
        (first, 0)
    };
    let found_at =
        |i: usize| hay[i] | fold == first && hay[i + 1..=i + rest.len()].eq_ignore_ascii_case(rest);
    // Eight places a step: the bytes of a word equal to the first byte
    // (folded) are its zero bytes after `^`, and the borrow trick marks
    // every zero byte (and at worst a byte after one: each mark is checked
    // again by `found_at`).
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const HIGHS: u64 = ONES << 7;
    let (fold8, first8) = (ONES * u64::from(fold), ONES * u64::from(first));
    let mut i = 0;
    while i + 8 <= last + 1 {
        let mut word = [0u8; 8];
        word.copy_from_slice(&hay[i..i + 8]);
        let x = (u64::from_le_bytes(word) | fold8) ^ first8;
        let mut marks = x.wrapping_sub(ONES) & !x & HIGHS;
        while marks != 0 {
            if found_at(i + (marks.trailing_zeros() / 8) as usize) {
                return true;
            }
            marks &= marks - 1;
        }
        i += 8;
    }
    (i..=last).any(found_at)
}

/// [`holds`] a place at a time: what it gives, for its test.
#[cfg(test)]
fn holds_by_places(s: &str, needle: &str) -> bool {
    let (hay, needle) = (s.as_bytes(), needle.as_bytes());
    needle.is_empty()
        || hay
            .windows(needle.len())
            .any(|w| w.eq_ignore_ascii_case(needle))
}

/// Whether `s` holds any of `needles` (lower case), ignoring ASCII case:
/// `needles.iter().any(|n| holds(s, n))` in one pass over the line instead
/// of one per needle. A place is passed over unless its two bytes are two
/// letters some needle opens with (needles that do not open with two
/// letters are searched for one by one).
pub(super) fn holds_any(s: &str, needles: &[&str]) -> bool {
    // Many needles mark many pairs: past eight (the comments widget's
    // twelve), the walk two bytes a step stops and compares too often.
    if needles.len() <= BY_TWOS_MOST_NEEDLES {
        if let Some(held) = holds_any_by_twos(s, needles) {
            return held;
        }
    }
    // The needles' first two letters, one bit per pair; the rows past 26
    // (no letter) stay empty.
    let mut pairs = [0u32; 32];
    for n in needles {
        match n.as_bytes() {
            [a @ b'a'..=b'z', b @ b'a'..=b'z', ..] => {
                pairs[usize::from(a - b'a')] |= 1 << (b - b'a')
            }
            _ => return needles.iter().any(|n| holds(s, n)),
        }
    }
    let hay = s.as_bytes();
    // The pairs whose first letter the byte before was.
    let mut after = 0u32;
    for (i, &b) in hay.iter().enumerate() {
        let letter = LETTER[usize::from(b)];
        if after & (1 << letter) != 0
            && needles.iter().any(|n| {
                hay.get(i - 1..i - 1 + n.len())
                    .is_some_and(|h| h.eq_ignore_ascii_case(n.as_bytes()))
            })
        {
            return true;
        }
        after = pairs[usize::from(letter)];
    }
    false
}

/// The most needles [`holds_any`] looks for two bytes a step: the
/// comments widget's twelve took 40,240 instructions on the bench that
/// way against 28,846 a byte a step.
const BY_TWOS_MOST_NEEDLES: usize = 8;

/// [`holds_any`] two bytes a step, when every needle opens with three
/// letters (else `None`). A needle found at `p` covers bytes `p`, `p + 1`
/// and `p + 2`, so one of the even places `j` the walk stops at is `p` or
/// `p + 1`, and the pair of bytes there is the needle's first or second
/// pair: only where it is one of those is a needle compared, from `j` and
/// from `j - 1`. Half the steps of the walk a byte at a time.
fn holds_any_by_twos(s: &str, needles: &[&str]) -> Option<bool> {
    // The needles' pairs at their offsets 0 and 1, one bit per pair; the
    // row past 26 (no letter) stays empty, and no pair sets bit 31.
    let mut pairs = [0u32; 32];
    for n in needles {
        match n.as_bytes() {
            [a @ b'a'..=b'z', b @ b'a'..=b'z', c @ b'a'..=b'z', ..] => {
                pairs[usize::from(a - b'a')] |= 1 << (b - b'a');
                pairs[usize::from(b - b'a')] |= 1 << (c - b'a');
            }
            _ => return None,
        }
    }
    let hay = s.as_bytes();
    let at = |k: usize, n: &str| {
        hay.get(k..k + n.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(n.as_bytes()))
    };
    let mut j = 0;
    while j + 1 < hay.len() {
        let (x, y) = (LETTER[usize::from(hay[j])], LETTER[usize::from(hay[j + 1])]);
        if pairs[usize::from(x)] & (1 << y) != 0
            && needles.iter().any(|n| at(j, n) || j > 0 && at(j - 1, n))
        {
            return Some(true);
        }
        j += 2;
    }
    Some(false)
}

/// Each byte's letter for [`holds_any`]: 'A'..='Z' and 'a'..='z' as
/// 0..26, anything else 31 (a bit no pair sets).
pub(super) static LETTER: [u8; 256] = {
    let mut table = [31u8; 256];
    let mut i = 0;
    while i < 26 {
        table[b'a' as usize + i] = i as u8;
        table[b'A' as usize + i] = i as u8;
        i += 1;
    }
    table
};

/// Whether `word` is one of `any_of`, ignoring ASCII case.
pub(super) fn word_is(word: Option<&str>, any_of: &[&str]) -> bool {
    word.is_some_and(|w| any_of.iter().any(|a| w.eq_ignore_ascii_case(a)))
}

/// A gate, the pattern it guards and a line the pattern matches.
#[cfg(test)]
pub(super) type Case = (fn(&str) -> bool, &'static regex::Regex, &'static str);

/// Asserts that each pattern matches its example, that the example
/// passes the pattern's gate, and that a plain sentence passes none of
/// the gates (so none of the patterns is compiled for it).
#[cfg(test)]
pub(super) fn assert_gates(cases: &[Case]) {
    for &(gate, pattern, line) in cases {
        assert!(pattern.is_match(line), "{line:?} is an example");
        assert!(gate(line), "{line:?} must pass the gate");
        assert!(!gate("The mayor said the bridge will close."));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static YEAR: LazyLock<Regex> =
        LazyLock::new(|| crate::pattern::new(r"\b(?:19|20)\d\d\b").expect("year"));

    fn has_digit(s: &str) -> bool {
        s.bytes().any(|b| b.is_ascii_digit())
    }

    #[test]
    fn a_line_pattern_takes_short_lines_past_its_gate() {
        let rule = LinePattern {
            most_words: 3,
            gate: Some(has_digit),
            pattern: &YEAR,
        };
        assert!(rule.matches("March 2025", 2));
        assert!(!rule.matches("March 2025", 4), "too long");
        assert!(!rule.matches("March", 1), "not a year");
        let ungated = LinePattern { gate: None, ..rule };
        assert!(ungated.matches("1999", 1));
    }

    #[test]
    fn the_gate_helpers_ignore_case() {
        assert!(opens_with("(Reporting by Jo Reyes)", &["reporting"]));
        assert!(opens_with("Sponsored: deals", &["sponsored"]));
        assert!(!opens_with("Unsponsored", &["sponsored"]));
        assert!(holds("Get it in your INBOX", "inbox"));
        // Every place a needle can be found: at each offset, odd and even,
        // at the line's start and end, in either case.
        let mut lines: Vec<String> = [
            "via",
            "xvia",
            "Xvia",
            "xxVIA",
            "xxxvia",
            "vi",
            "v",
            "",
            "a via b",
            "0123456via",
            "01234567VIa",
            "012345678vIA",
            "xxxxxxxxxxxxxxxxvia",
            "Ainbox Inbox",
            "1234567 10.doi",
            "abcdefg\u{e9}via",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        lines.extend(super::super::testing::fixture_lines());
        for line in &lines {
            let line = line.as_str();
            for needles in [
                &["photo", "getty images", "via"][..],
                &["credit", "source", "x"],
                &["via", "getty", "shutterstock", "courtesy", "licensing"],
                &["reader-supported", "subscriber"],
                &["subscribe", "donate", "give", "join"],
                &["we use", "you ", "your ", "our "],
                &["doi", "(ap"],
                &["x", "via"],
                &[],
            ] {
                let each = needles.iter().any(|n| holds(line, n));
                assert_eq!(holds_any(line, needles), each, "{line:?} {needles:?}");
            }
            // The eight-a-step search against the plain one, for needles
            // opening on a letter, on other bytes, one byte long, and
            // (the comments widget's) more needles than the two-byte walk takes.
            for needle in [
                "inbox", "via", "doi", "10.", "(ap", "x", "—", "e-mail", "your e", "",
            ] {
                assert_eq!(
                    holds(line, needle),
                    holds_by_places(line, needle),
                    "{line:?} {needle:?}"
                );
            }
            // More than eight needles: the comments widget's gate.
            let many = crate::furniture::comments::WIDGET_WORDS;
            let each = many.iter().any(|n| holds_by_places(line, n));
            assert_eq!(holds_any(line, &many), each, "{line:?}");
        }
        assert!(word_is(Some("BY"), &["by"]) && !word_is(None, &["by"]));
        // The letters read in place are the first word's.
        let by_word = first_word_is;
        let mut lines = super::super::testing::fixture_lines();
        lines.extend(
            [
                "(",
                "((Reporting",
                "( Reporting",
                "—Reporting",
                " Reporting",
                "Reporting—by",
                "(Reporting)",
            ]
            .map(String::from),
        );
        for line in &lines {
            let first = words(line).next().unwrap_or("");
            let first = first.strip_prefix('(').unwrap_or(first);
            let letters = first.trim_start_matches(|c: char| c.is_ascii_alphabetic());
            let word = first[..first.len() - letters.len()].to_ascii_lowercase();
            for any_of in [&[word.as_str()][..], &["reporting", "by"], &[""]] {
                assert_eq!(opens_with(line, any_of), by_word(line, any_of), "{line:?}");
            }
        }
    }
}
