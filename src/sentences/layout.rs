//! Lines and paragraphs as pasted: paragraphs are separated by blank lines
//! (or form feeds and paragraph separators); a paragraph's lines tell whether
//! it was hard-wrapped, or is a list of short lines.

use crate::Span;

/// One non-blank line, trimmed.
#[derive(Clone, Copy, Debug)]
pub(super) struct Line {
    pub span: Span,
    /// Characters in the trimmed line; counted only for paragraphs of more
    /// than one line, where it matters (0 until then).
    pub chars: usize,
    /// True when a blank line (or the start of the text) comes before it.
    pub opens_paragraph: bool,
}

/// Bytes that may begin a line break: LF, CR, VT, FF, and the lead bytes of
/// NEL (U+0085) and the line and paragraph separators (U+2028, U+2029).
const BREAK: [bool; 256] = {
    let mut t = [false; 256];
    t[b'\n' as usize] = true;
    t[b'\r' as usize] = true;
    t[0x0b] = true;
    t[0x0c] = true;
    t[0xc2] = true;
    t[0xe2] = true;
    t
};

/// The non-blank lines of `text[within]`, each marked when it opens a
/// paragraph. `within` must lie on character boundaries.
pub(super) fn lines(text: &str, within: Span, out: &mut Vec<Line>) {
    let b = text.as_bytes();
    let end = within.end;
    let mut pos = within.start;
    let mut opens_paragraph = true;
    while pos < end {
        let mut i = pos;
        let (line_end, next, paragraph_break) = loop {
            i = super::bytes::next_break(b, i, end, &BREAK);
            if i >= end {
                break (end, end, false);
            }
            match b[i] {
                b'\n' | 0x0b => break (i, i + 1, false),
                b'\r' => {
                    break (
                        i,
                        if i + 1 < end && b[i + 1] == b'\n' {
                            i + 2
                        } else {
                            i + 1
                        },
                        false,
                    )
                }
                0x0c => break (i, i + 1, true),
                0xc2 if i + 1 < end && b[i + 1] == 0x85 => break (i, i + 2, false),
                0xe2 if i + 2 < end
                    && b[i + 1] == 0x80
                    && (b[i + 2] == 0xa8 || b[i + 2] == 0xa9) =>
                {
                    break (i, i + 3, b[i + 2] == 0xa9)
                }
                _ => i += 1,
            }
        };
        let span = Span::new(pos, line_end).trim(text);
        if span.is_empty() {
            opens_paragraph = true;
        } else {
            let chars = b[span.range()]
                .iter()
                .filter(|&&c| (c as i8) >= -0x40)
                .count();
            out.push(Line {
                span,
                chars,
                opens_paragraph,
            });
            opens_paragraph = false;
        }
        if paragraph_break {
            opens_paragraph = true;
        }
        pos = next;
    }
}

/// Splits the lines into paragraphs.
pub(super) fn paragraphs(lines: &mut [Line]) -> impl Iterator<Item = &mut [Line]> {
    lines.chunk_by_mut(|_, next| !next.opens_paragraph)
}

/// What a paragraph's lines say about its line breaks.
#[derive(Clone, Copy, Debug)]
pub(super) struct Shape {
    /// The width the paragraph seems wrapped at, in characters (at least
    /// [`MIN_WRAP_WIDTH`]).
    pub width: usize,
    /// True when the lines look hard-wrapped: more than one line, none
    /// longer than [`MAX_WRAP_WIDTH`], and at least one break where the
    /// sentence visibly goes on (in lower case, or after a comma or hyphen).
    pub wrapped: bool,
    /// True for three or more short lines none of which ends a sentence:
    /// a menu, a tag list ("features / contact manager / events").
    pub short_lines: bool,
}

/// Nobody hard-wraps text wider than this; longer lines are paragraphs.
const MAX_WRAP_WIDTH: usize = 100;
/// Narrowest wrap width assumed, so that two short headline lines do not
/// look like a narrow column.
const MIN_WRAP_WIDTH: usize = 60;
/// The longest line of a list of short lines.
const SHORT_LINE: usize = 40;

impl Shape {
    pub(super) fn of(
        lines: &[Line],
        ends_sentence: impl Fn(&Line) -> bool,
        goes_on: impl Fn(&Line, &Line) -> bool,
    ) -> Shape {
        let longest = lines.iter().map(|l| l.chars).max().unwrap_or(0);
        let short_lines =
            lines.len() >= 3 && longest <= SHORT_LINE && !lines.iter().any(ends_sentence);
        Shape {
            width: longest.max(MIN_WRAP_WIDTH),
            wrapped: lines.len() > 1
                && longest <= MAX_WRAP_WIDTH
                && lines.windows(2).any(|w| goes_on(&w[0], &w[1])),
            short_lines,
        }
    }
}

/// True for a line in title case, as headlines, names and section titles
/// are printed: every word of four letters or more starts with a capital
/// ("Washington Looks to Undermine Iran-Taliban Ties", "Michael Hughes").
/// Such a line is not a hard-wrapped piece of a sentence.
pub(super) fn is_title_case(line: &str) -> bool {
    let mut long_words = 0;
    for word in crate::token::pieces(line) {
        let Some(first) = word.chars().next() else {
            continue;
        };
        if !first.is_alphabetic() || word.chars().take(4).count() < 4 {
            continue;
        }
        if !first.is_uppercase() {
            return false;
        }
        long_words += 1;
    }
    long_words > 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line_texts(text: &str) -> Vec<(String, bool)> {
        let mut out = Vec::new();
        lines(text, Span::new(0, text.len()), &mut out);
        out.iter()
            .map(|l| (l.span.of(text).to_string(), l.opens_paragraph))
            .collect()
    }

    #[test]
    fn all_line_break_kinds() {
        let text = "a\r\nb\rc\u{2028}d\u{85}e\n \t\nf\u{2029}g\x0ch";
        let got = line_texts(text);
        let want = [
            ("a", true),
            ("b", false),
            ("c", false),
            ("d", false),
            ("e", false),
            ("f", true),
            ("g", true),
            ("h", true),
        ];
        assert_eq!(got.len(), want.len());
        for ((g, gp), (w, wp)) in got.iter().zip(want) {
            assert_eq!((g.as_str(), *gp), (w, wp));
        }
    }

    #[test]
    fn blank_lines_with_invisible_characters_separate_paragraphs() {
        let got = line_texts("one\n\u{a0}\u{200b}\ntwo");
        assert_eq!(got, [("one".to_string(), true), ("two".to_string(), true)]);
    }

    #[test]
    fn title_case_lines() {
        assert!(is_title_case(
            "Washington Looks to Undermine Iran-Taliban Ties"
        ));
        assert!(is_title_case("Michael Hughes"));
        assert!(!is_title_case("The minister met the delegation on Monday"));
        assert!(!is_title_case("A"));
    }
}
