//! Layout: the lines and blocks of a pasted page.
//!
//! A *line* ends at any line break (LF, CRLF, CR, U+2028/2029). A *block* is
//! a run of non-blank lines between blank lines. Offsets are into the
//! original text; nothing is rewritten.

use crate::text::{is_all_blank, is_line_break};
use crate::Span;

/// One non-blank line of the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Line {
    /// The line's content, trimmed of blank characters.
    pub span: Span,
    /// Index of the block (blank-line separated run of lines) it belongs to.
    pub block: usize,
    /// How many blank lines precede it (0 inside a block).
    pub blank_before: usize,
}

/// The non-blank lines of `text`, in order.
pub fn lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut block = 0;
    let mut blanks = 0;
    let mut seen_any = false;
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut push = |raw: Span, out: &mut Vec<Line>| {
        let body = raw.of(text);
        if is_all_blank(body) {
            blanks += 1;
            return;
        }
        if seen_any && blanks > 0 {
            block += 1;
        }
        out.push(Line {
            span: raw.trim(text),
            block,
            blank_before: blanks,
        });
        blanks = 0;
        seen_any = true;
    };
    while i < bytes.len() {
        // Eight bytes at a time past ASCII that breaks no line (anything
        // from 0x0e up): most of a line.
        while let Some(eight) = bytes.get(i..i + 8) {
            let stops = may_break(u64::from_le_bytes(eight.try_into().expect("eight bytes")));
            if stops != 0 {
                i += (stops.trailing_zeros() / 8) as usize;
                break;
            }
            i += 8;
        }
        let Some(&b) = bytes.get(i) else {
            break;
        };
        // ASCII fast path: only \n, \r and a few multibyte separators end lines.
        let (is_break, width) = if b == b'\n' {
            (true, 1)
        } else if b == b'\r' {
            (
                true,
                if bytes.get(i + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                },
            )
        } else if b < 0x80 {
            (b == 0x0b || b == 0x0c, 1)
        } else if text.is_char_boundary(i) {
            let c = text[i..].chars().next().unwrap_or(' ');
            (is_line_break(c), c.len_utf8())
        } else {
            (false, 1)
        };
        if is_break {
            push(Span::new(start, i), &mut out);
            i += width;
            start = i;
        } else {
            i += width;
        }
    }
    push(Span::new(start, text.len()), &mut out);
    out
}

/// The high bit of each of eight bytes (the first lowest) that may end a
/// line: below 0x0e (LF, VT, FF, CR and the controls before them) or beyond
/// ASCII. With the high bits cleared first, adding `0x80 - 0x0e` sets a
/// byte's high bit exactly when it is at least 0x0e, and no sum carries.
#[inline(always)]
fn may_break(eight: u64) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let at_least = (eight & !HIGH).wrapping_add(u64::from_le_bytes([0x80 - 0x0e; 8])) & HIGH;
    (eight & HIGH) | (!at_least & HIGH)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_possible_break_is_found_eight_bytes_at_a_time_as_byte_by_byte() {
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut eight = [b'a'; 8];
                eight[at] = b;
                let want = u64::from(!(0x0e..0x80).contains(&b)) << (8 * at + 7);
                assert_eq!(may_break(u64::from_le_bytes(eight)), want, "{eight:?}");
            }
        }
    }

    fn texts<'t>(text: &'t str, lines: &[Line]) -> Vec<(&'t str, usize, usize)> {
        lines
            .iter()
            .map(|l| (l.span.of(text), l.block, l.blank_before))
            .collect()
    }

    #[test]
    fn blocks_split_on_blank_lines_of_any_kind() {
        let text = "Title\r\n\r\nOne\ntwo\n \u{a0}\n\n\nThree\u{2028}Four";
        assert_eq!(
            texts(text, &lines(text)),
            [
                ("Title", 0, 0),
                ("One", 1, 1),
                ("two", 1, 0),
                ("Three", 2, 3),
                ("Four", 2, 0)
            ]
        );
    }

    #[test]
    fn lone_carriage_returns_end_lines() {
        let text = "a\rb\r\rc";
        assert_eq!(
            texts(text, &lines(text)),
            [("a", 0, 0), ("b", 0, 0), ("c", 1, 1)]
        );
    }

    #[test]
    fn blank_text_has_no_lines() {
        assert!(lines(" \n\t\r\n").is_empty());
        assert!(lines("").is_empty());
    }
}
