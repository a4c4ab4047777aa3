//! Words of a sentence with their offsets, for the attribution rules.

use crate::Span;

/// One word: its span with surrounding punctuation stripped, and what
/// punctuation followed it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Word {
    pub span: Span,
    /// A comma, semicolon, colon, closing bracket or closing quote sits
    /// between this word and the next: a phrase ends here.
    pub ends_phrase: bool,
    /// An opening bracket or quote, or a dash, sits before this word.
    pub starts_phrase: bool,
}

impl Word {
    pub fn of<'t>(&self, text: &'t str) -> &'t str {
        self.span.of(text)
    }

    pub fn is(&self, text: &str, word: &str) -> bool {
        self.of(text).eq_ignore_ascii_case(word)
    }

    pub fn is_capitalized(&self, text: &str) -> bool {
        self.of(text).chars().next().is_some_and(char::is_uppercase)
    }
}

/// The word without its possessive endings: what `.trim_end_matches("’s")
/// .trim_end_matches("'s")` gives, without building a string searcher for
/// each call.
pub fn without_possessive(mut word: &str) -> &str {
    while let Some(rest) = word.strip_suffix("’s") {
        word = rest;
    }
    while let Some(rest) = word.strip_suffix("'s") {
        word = rest;
    }
    word
}

fn is_edge_punct(c: char) -> bool {
    !c.is_alphanumeric() && !matches!(c, '$' | '%' | '&' | '@' | '#')
}

/// The words of `span` in `text`, skipping anything inside `skip` spans
/// (quotations). Words are split on blanks and dashes used as punctuation.
pub fn words(text: &str, span: Span, skip: &[Span]) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::new();
    let s = span.of(text);
    let mut pending_start = false;
    for (offset, raw) in split_blank(s) {
        let raw_span = Span::new(span.start + offset, span.start + offset + raw.len());
        if !skip.is_empty() && skip.iter().any(|q| q.overlaps(raw_span)) {
            if let Some(last) = out.last_mut() {
                last.ends_phrase = true;
            }
            pending_start = true;
            continue;
        }
        let lead = raw.len() - raw.trim_start_matches(is_edge_punct).len();
        let core = raw.trim_matches(is_edge_punct);
        if core.is_empty() {
            // Punctuation standing alone: a dash or a bracket.
            if let Some(last) = out.last_mut() {
                last.ends_phrase = true;
            }
            pending_start = true;
            continue;
        }
        let start = raw_span.start + lead;
        let word_span = Span::new(start, start + core.len());
        let before = &raw[..lead];
        let after = &raw[lead + core.len()..];
        // A trailing period after a capital abbreviation ("U.S.") is part of the word.
        let word_span = if after.starts_with('.') && core.contains('.') {
            Span::new(word_span.start, word_span.end + 1)
        } else {
            word_span
        };
        let starts_phrase = pending_start || before.chars().any(|c| c != '\'' && c != '’');
        let ends_phrase = after
            .chars()
            .any(|c| matches!(c, ',' | ';' | ':' | ')' | ']' | '—' | '–'))
            || after.chars().any(crate::text::is_close_double_quote);
        out.push(Word {
            span: word_span,
            ends_phrase,
            starts_phrase,
        });
        pending_start = false;
    }
    out
}

/// Splits on blank characters and on dashes used as punctuation, returning
/// each piece with its byte offset.
fn split_blank(s: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = s.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        // Skips blanks; a dash is a piece of its own.
        let start = loop {
            let (sep, len) = separator_at(s, at)?;
            match sep {
                Separator::Dash => {
                    at += len;
                    return Some((at - len, &s[at - len..at]));
                }
                Separator::Blank => at += len,
                Separator::None => break at,
            }
        };
        while at < bytes.len() {
            let (sep, len) = separator_at(s, at).expect("in the text");
            if sep != Separator::None {
                break;
            }
            at += len;
        }
        Some((start, &s[start..at]))
    })
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Separator {
    Blank,
    Dash,
    None,
}

/// What the character at byte `at` of `s` is to [`split_blank`], and its
/// length; `None` at the end. ASCII, nearly all of an article, is decided
/// on its byte alone: its blanks are the controls and the space.
#[inline]
fn separator_at(s: &str, at: usize) -> Option<(Separator, usize)> {
    let &b = s.as_bytes().get(at)?;
    if b.is_ascii() {
        let sep = if b <= b' ' || b == 0x7f {
            Separator::Blank
        } else {
            Separator::None
        };
        return Some((sep, 1));
    }
    let c = s[at..].chars().next().expect("a character");
    let sep = if crate::text::is_dash(c) {
        Separator::Dash
    } else if crate::text::is_blank(c) {
        Separator::Blank
    } else {
        Separator::None
    };
    Some((sep, c.len_utf8()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_strip_punctuation_and_mark_phrases() {
        let text = "Ryan Crocker, a former U.S. envoy, said — “no.”";
        let ws = words(text, Span::new(0, text.len()), &[]);
        let got: Vec<(&str, bool)> = ws.iter().map(|w| (w.of(text), w.ends_phrase)).collect();
        assert_eq!(
            got,
            [
                ("Ryan", false),
                ("Crocker", true),
                ("a", false),
                ("former", false),
                ("U.S.", false),
                ("envoy", true),
                ("said", true),
                ("no", true)
            ]
        );
    }

    #[test]
    fn quoted_words_are_skipped() {
        let text = "“We won,” she said.";
        let quote = Span::new(3, 10);
        let ws = words(text, Span::new(0, text.len()), &[quote]);
        assert_eq!(
            ws.iter().map(|w| w.of(text)).collect::<Vec<_>>(),
            ["she", "said"]
        );
        assert!(ws[0].starts_phrase);
    }
}
