//! The sentence splitter: news-grade sentence boundaries.

use crate::Span;

/// Splits `within` (a span of `text`, typically one paragraph) into sentences.
///
/// The returned spans are trimmed (see [`Span::trim`]), in order, do not
/// overlap, and together cover every non-blank character of `within`.
pub fn split(text: &str, within: Span) -> Vec<Span> {
    let s = within.trim(text);
    if s.is_empty() {
        Vec::new()
    } else {
        vec![s]
    }
}

/// Splits a whole text into sentences, with no page-furniture filtering.
pub fn sentences(text: &str) -> Vec<Span> {
    split(text, Span::new(0, text.len()))
}
