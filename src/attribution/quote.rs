//! Quotations: the words inside quotation marks, straight or curly, including
//! quotes that run over several sentences or paragraphs.

use crate::text::{is_close_double_quote, is_double_quote, is_open_double_quote, is_single_quote};
use crate::Span;

/// One quotation: the words between the marks (without the marks).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quote {
    pub span: Span,
    /// False when the quotation was never closed in its paragraph and the next
    /// paragraph does not reopen it: the text runs on unbalanced.
    pub closed: bool,
}

/// Finds the quotations in the body paragraphs (in order, not overlapping).
///
/// News convention: a quotation that goes on into the next paragraph leaves
/// its closing mark off and reopens the next paragraph with an opening mark;
/// the two parts are one quotation.
pub fn find(text: &str, paragraphs: &[Span]) -> Vec<Quote> {
    let mut quotes: Vec<Quote> = Vec::new();
    let mut carried: Option<usize> = None; // start of a quote continuing from the last paragraph
    let mut carried_single: Option<usize> = None; // the same, in single marks (‘ ’)
    for (pi, para) in paragraphs.iter().enumerate() {
        let s = para.of(text);
        let mut open: Option<usize> = None;
        let mut single: Option<usize> = None;
        // Whether the open single quote began with a typographic opening
        // mark, which no apostrophe uses: only such a quote may run on past
        // its paragraph ("‘People clapped. I clapped." / "‘Two summers later ...’").
        let mut single_typographic = false;
        // Where the walk over the paragraph's marks begins: after a
        // reopening mark that continues a carried quotation.
        let mut from = 0;
        // A carried quote continues only if this paragraph reopens it.
        let reopens = s.chars().next().is_some_and(is_open_double_quote);
        if let Some(start) = carried_single.take() {
            if s.starts_with('\u{2018}') {
                from = '\u{2018}'.len_utf8();
                single = Some(start);
                single_typographic = true;
            }
        }
        // Where the paragraph's last mark that could close a single quote
        // sits: a plural possessive ("our members’ ability") inside a single
        // quote closes it only when no later mark could.
        // (Found when first asked: else a second walk over every
        // paragraph's characters, for a question few paragraphs raise.)
        let last_single_close = std::cell::OnceCell::new();
        let last_single_close = || {
            *last_single_close.get_or_init(|| {
                s.char_indices()
                    .zip(s.chars().skip(1).map(Some).chain([None]))
                    .filter(|&((_, c), next)| {
                        is_single_quote(c)
                            && c != '\u{2018}'
                            && !next.is_some_and(char::is_alphanumeric)
                    })
                    .map(|((i, _), _)| i)
                    .last()
            })
        };
        if let Some(start) = carried.take() {
            if reopens {
                // Skip the reopening mark; the quote goes on.
                from = s.chars().next().map_or(0, char::len_utf8);
                open = Some(start);
            }
        }
        // Only quotation marks change what is open: the walk goes from one
        // to the next by their bytes (ASCII '"', '\'' and '`', or any
        // character beyond ASCII), each read with the characters on either
        // side of it.
        let bytes = s.as_bytes();
        while let Some(found) = bytes[from..]
            .iter()
            .position(|&b| matches!(b, b'"' | b'\'' | b'`') || !b.is_ascii())
        {
            let i = from + found;
            let c = s[i..].chars().next().expect("a character");
            from = i + c.len_utf8();
            if !is_double_quote(c) && !is_single_quote(c) {
                continue;
            }
            let prev = s[..i].chars().next_back();
            let next = s[from..].chars().next();
            let at = para.start + i;
            if let Some(start) = open {
                if is_close_double_quote(c)
                    && (c != '"' || !prev.is_some_and(char::is_whitespace) || next.is_none())
                {
                    // A straight quote after a space opens rather than closes,
                    // unless it ends the paragraph.
                    quotes.push(Quote {
                        span: Span::new(start, at).trim(text),
                        closed: true,
                    });
                    open = None;
                    single = None;
                }
            } else if is_open_double_quote(c) {
                open = Some(at + c.len_utf8());
                single = None;
            } else if matches!(c, '\u{201d}' | '\u{bb}')
                && quotes.last().is_none_or(|q| q.span.end <= para.start)
            {
                // A closing mark with no opening one before it in the
                // paragraph: the paste (or the paragraph) begins inside a
                // quotation, which runs from the paragraph's start.
                quotes.push(Quote {
                    span: Span::new(para.start, at).trim(text),
                    closed: true,
                });
                single = None;
            } else if is_single_quote(c) {
                let word_before = prev.is_some_and(char::is_alphanumeric);
                let word_after = next.is_some_and(char::is_alphanumeric);
                match single {
                    None if !word_before && word_after && c != '\u{2019}' => {
                        single = Some(at + c.len_utf8());
                        single_typographic = c == '\u{2018}';
                    }
                    Some(start)
                        if !word_after
                            && c != '\u{2018}'
                            && !(prev == Some('s')
                                && next.is_some_and(char::is_whitespace)
                                && last_single_close().is_some_and(|last| last > i)) =>
                    {
                        quotes.push(Quote {
                            span: Span::new(start, at).trim(text),
                            closed: true,
                        });
                        single = None;
                    }
                    _ => {}
                }
            }
        }
        // A quotation still open at the paragraph's end goes on into the
        // next paragraph if that reopens it, or runs on unclosed.
        let next = paragraphs.get(pi + 1).map(|n| n.of(text));
        let mut run_on = |start: usize, reopens: bool| {
            if reopens {
                return Some(start);
            }
            quotes.push(Quote {
                span: Span::new(start, para.end).trim(text),
                closed: false,
            });
            None
        };
        if let (None, Some(start), true) = (open, single, single_typographic) {
            carried_single = run_on(start, next.is_some_and(|n| n.starts_with('\u{2018}')));
        }
        if let Some(start) = open {
            let reopens = next.is_some_and(|n| n.chars().next().is_some_and(is_open_double_quote));
            carried = run_on(start, reopens);
        }
    }
    quotes.retain(|q| !q.span.is_empty());
    quotes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Vec<(&str, bool)> {
        let paras: Vec<Span> = crate::layout::lines(text).iter().map(|l| l.span).collect();
        find(text, &paras)
            .iter()
            .map(|q| (q.span.of(text), q.closed))
            .collect()
    }

    #[test]
    fn curly_and_straight_quotes() {
        assert_eq!(
            quotes("“It is over,” she said. He called it \"a farce\" and left."),
            [("It is over,", true), ("a farce", true)]
        );
    }

    #[test]
    fn single_quotes_run_over_paragraphs() {
        assert_eq!(
            quotes(
                "\u{2018}People clapped. I clapped.\n\n\u{2018}Nobody came back.\u{2019} She left."
            ),
            [(
                "People clapped. I clapped.\n\n\u{2018}Nobody came back.",
                true
            )]
        );
        assert_eq!(
            quotes("\u{2018}People clapped. I clapped.\n\nShe left."),
            [("People clapped. I clapped.", false)]
        );
        // An apostrophe opens nothing that could run on: "’90s".
        assert_eq!(quotes("In the \u{2019}90s it rose.\n\nIt fell."), []);
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert_eq!(
            quotes("Iran’s leader met ISIS’ rivals and the Taliban’s envoy."),
            []
        );
    }

    #[test]
    fn single_quoted_words() {
        assert_eq!(
            quotes("He urged Iranians to show 'resolve' this week."),
            [("resolve", true)]
        );
    }

    #[test]
    fn a_plural_possessive_inside_single_quotes_does_not_close_them() {
        assert_eq!(
            quotes("The union said, ‘They took our members’ time and their pay.’ It ended."),
            [("They took our members’ time and their pay.", true)]
        );
        assert_eq!(
            quotes("He called them ‘the bosses’ and left."),
            [("the bosses", true)]
        );
    }

    #[test]
    fn a_paragraph_that_begins_inside_a_quotation() {
        assert_eq!(
            quotes("then I fear next year.\u{201d} He said it had risen."),
            [("then I fear next year.", true)]
        );
        assert_eq!(
            quotes("\u{201c}One,\u{201d} he said, \u{201c}two.\u{201d} Then: three\u{201d}."),
            [("One,", true), ("two.", true)]
        );
    }

    #[test]
    fn quote_runs_over_paragraphs() {
        let text = "“First part of it.\n\n“Second part.” he said.";
        assert_eq!(quotes(text), [("First part of it.\n\n“Second part.", true)]);
    }

    #[test]
    fn unbalanced_quote_ends_with_its_paragraph() {
        assert_eq!(
            quotes("He said “never again.\n\nNext paragraph."),
            [("never again.", false)]
        );
    }

    #[test]
    fn many_unbalanced_marks_stay_linear() {
        let text = "\"".repeat(100_001);
        let found = quotes(&text);
        assert!(found.len() <= 50_001);
    }
}
