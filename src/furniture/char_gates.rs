//! Character tests a line rule asks before it splits a line: the same
//! answers as `str`'s searches for a set of characters, by the line's
//! bytes. `s.contains(['|', '·'])` decodes every character of the line
//! (about 8 instructions a byte); here eight bytes of ASCII are passed over
//! at a time, and only the line's other characters are decoded.

const ONES: u64 = u64::from_le_bytes([1; 8]);
const HIGHS: u64 = ONES << 7;

/// The zero bytes of `x` marked by their high bits: the first mark is
/// always a zero byte (a borrow can only mark bytes after one).
fn zero_marks(x: u64) -> u64 {
    x.wrapping_sub(ONES) & !x & HIGHS
}

/// Whether `s` holds any of `chars`: `s.contains(chars)`.
pub(super) fn holds_char(s: &str, chars: &[char]) -> bool {
    let hay = s.as_bytes();
    // The set's ASCII characters as bytes, eight copies to a word.
    let mut ascii = [0u64; 4];
    let mut n = 0;
    for &c in chars {
        if c.is_ascii() {
            if n == ascii.len() {
                return s.contains(chars);
            }
            ascii[n] = ONES * c as u64;
            n += 1;
        }
    }
    let ascii = &ascii[..n];
    // `i` stays on a character's first byte: every byte before it in its
    // word was ASCII, so the first marked byte opens a character.
    let mut i = 0;
    while i < hay.len() {
        let at = if i + 8 <= hay.len() {
            let mut bytes = [0u8; 8];
            bytes.copy_from_slice(&hay[i..i + 8]);
            let word = u64::from_le_bytes(bytes);
            let marks = ascii
                .iter()
                .fold(word & HIGHS, |m, &c| m | zero_marks(word ^ c));
            if marks == 0 {
                i += 8;
                continue;
            }
            i + (marks.trailing_zeros() / 8) as usize
        } else {
            i
        };
        let b = hay[at];
        if b < 0x80 {
            if ascii.iter().any(|&c| c as u8 == b) {
                return true;
            }
            i = at + 1;
        } else {
            let c = s[at..].chars().next().expect("a character");
            if chars.contains(&c) {
                return true;
            }
            i = at + c.len_utf8();
        }
    }
    false
}

/// Whether `s` holds a run of two spaces or a tab: what splits a line
/// into entries spaced apart (a line without either is one entry).
pub(super) fn holds_spacing(s: &str) -> bool {
    s.as_bytes().contains(&b'\t') || s.contains("  ")
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// Each test against the search it stands for, on every fixture line
    /// and on lines with the characters at their edges.
    #[test]
    fn the_byte_tests_are_the_searches() {
        let mut lines = crate::furniture::testing::fixture_lines();
        lines.extend(
            [
                "",
                "|",
                "a|b",
                "·",
                "x ·",
                "•",
                "∙ Terms",
                "Privacy ∙ Terms ∙ Collection notice",
                "it’s",
                "News › Local",
                "News » Local",
                "a > b",
                "a/b",
                "é",
                "  ",
                " ",
                "a\tb",
                "News   Weather",
                "a \u{a0} b",
                "abcdefg|",
                "abcdefgh|",
                "é·abcdefghij|",
                "abcdefghijklmnop·",
                "abcdefghijklmno·",
                "\u{2019}\u{2019}\u{2019}\u{2019}∙",
                "’’’’’’’’’’’’’’’’’’’’’ ∙",
                "x/y",
                "abcdefghij>",
            ]
            .map(String::from),
        );
        let sets: [&[char]; 7] = [
            &['|', '∙', '·', '•'],
            &['·', '|'],
            &['|', '›', '»', '>', '/'],
            &['∙'],
            &[],
            &['a', 'b', 'c', 'd', 'e'],
            &['a', 'b', 'c', 'd'],
        ];
        for line in &lines {
            for chars in sets {
                assert_eq!(
                    holds_char(line, chars),
                    line.contains(chars),
                    "{line:?} {chars:?}"
                );
            }
            let spaced = line.split("  ").flat_map(|p| p.split('\t')).count() > 1;
            assert_eq!(holds_spacing(line), spaced, "{line:?}");
        }
    }
}
