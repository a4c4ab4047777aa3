//! The sentence splitter: news-grade sentence boundaries.
//! (Interim version; the full splitter replaces it.)

use crate::Span;

/// Splits `within` (a span of `text`, typically one paragraph) into sentences.
pub fn split(text: &str, within: Span) -> Vec<Span> {
    let s = within.of(text);
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    for k in 0..chars.len() {
        let (i, c) = chars[k];
        if !matches!(c, '.' | '?' | '!') {
            continue;
        }
        let mut j = k + 1;
        while j < chars.len() && matches!(chars[j].1, '"' | '\u{201d}' | '\u{2019}' | ')') {
            j += 1;
        }
        if j >= chars.len() || !chars[j].1.is_whitespace() {
            continue;
        }
        let next = s[chars[j].0..].trim_start().chars().next();
        if !next.is_some_and(|n| n.is_uppercase() || n == '\u{201c}' || n == '"') {
            continue;
        }
        let word = s[..i].rsplit(|c: char| c.is_whitespace()).next().unwrap_or("");
        if c == '.' && (word.len() <= 2 || word.contains('.') || matches!(word, "Mr" | "Mrs" | "Ms" | "Dr" | "Gen" | "Sen" | "St" | "Feb" | "Jan" | "No")) {
            continue;
        }
        let end = if j < chars.len() { chars[j].0 } else { s.len() };
        let _ = i;
        out.push(Span::new(within.start + start, within.start + end).trim(text));
        start = end;
    }
    let last = Span::new(within.start + start, within.end).trim(text);
    if !last.is_empty() {
        out.push(last);
    }
    out
}

/// Splits a whole text into sentences, with no page-furniture filtering.
pub fn sentences(text: &str) -> Vec<Span> {
    split(text, Span::new(0, text.len()))
}
