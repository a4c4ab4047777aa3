//! The tokens of a span read from either end: [`lend_both`], for a rule
//! that reads the words right before a point of a sentence ("the word
//! before the verb", "the group the words before it end with") or a few
//! after it, from the [`Doc`]'s stored tokens instead of splitting a cut
//! string again with [`super::pieces`].

use super::{pieces, separator_kind, Doc, Pieces, Separator, Stored, Token, CURRENT};
use crate::Span;

/// The tokens of a span, from the front ([`Iterator::next`]) or the back
/// ([`DoubleEndedIterator::next_back`]): what [`super::each_in`] gives for
/// the span, cut at its edges, lent by [`lend_both`].
#[derive(Clone)]
pub struct Both<'a> {
    text: &'a str,
    span: Span,
    /// The stored tokens the span touches, all of them kept.
    stored: std::slice::Iter<'a, Stored>,
    wide: &'a [Token],
    /// The span split afresh, when the current [`Doc`] does not hold its
    /// tokens (another text's, or tokens given back).
    fresh: Option<Pieces<'a>>,
}

impl<'a> Both<'a> {
    fn fresh(text: &'a str, span: Span) -> Both<'a> {
        Both {
            text,
            span,
            stored: [].iter(),
            wide: &[],
            fresh: Some(pieces(span.of(text))),
        }
    }

    /// The token of a piece of the span split afresh, as [`super::tokens`]
    /// makes it.
    fn of_piece(&self, piece: &str) -> Token {
        let start =
            self.span.start + (piece.as_ptr() as usize - self.span.of(self.text).as_ptr() as usize);
        let mut chars = piece.chars();
        let dash = matches!((chars.next(), chars.next()), (Some(c), None) if separator_kind(c) == Separator::Dash);
        Token::new(self.text, start, start + piece.len(), dash)
    }

    /// A stored token cut at the span's edges.
    fn cut(&self, stored: &Stored) -> Token {
        let t = stored.token(self.wide);
        let (start, end) = (t.start as usize, t.end as usize);
        if start < self.span.start || end > self.span.end {
            t.cut(
                self.text,
                start.max(self.span.start),
                end.min(self.span.end),
            )
        } else {
            t
        }
    }
}

impl Both<'_> {
    /// The last token left whose word is `len` bytes long with punctuation
    /// both before and after it, read back ("(APUSA)" for 5): the stored
    /// tokens in the span's middle, which no edge cuts, are passed over on
    /// their stored lengths without being unpacked (a look-back of 32 KB is
    /// some 5,000 tokens).
    pub fn rfind_enclosed_word(&mut self, len: usize) -> Option<Token> {
        let enclosed = |t: &Token| {
            let whole = t.span();
            t.word()
                .is_some_and(|w| w.len() == len && w.start > whole.start && w.end < whole.end)
        };
        if self.fresh.is_some() {
            return self.rfind(enclosed);
        }
        // The last stored token may be cut at the span's end.
        let mut last = true;
        while let Some(stored) = self.stored.next_back() {
            // ... and the first at its start.
            let edge = last || self.stored.len() == 0;
            last = false;
            if !edge
                && stored.flags != super::WIDE
                && (usize::from(stored.word_len) != len || stored.lead == 0 || stored.trail == 0)
            {
                continue;
            }
            let t = self.cut(stored);
            if enclosed(&t) {
                return Some(t);
            }
        }
        None
    }
}

impl Iterator for Both<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        if let Some(fresh) = &mut self.fresh {
            let piece = fresh.next()?;
            return Some(self.of_piece(piece));
        }
        let stored = self.stored.next()?;
        Some(self.cut(stored))
    }
}

impl DoubleEndedIterator for Both<'_> {
    fn next_back(&mut self) -> Option<Token> {
        if let Some(fresh) = &mut self.fresh {
            let piece = fresh.next_back()?;
            return Some(self.of_piece(piece));
        }
        let stored = self.stored.next_back()?;
        Some(self.cut(stored))
    }
}

impl Doc {
    /// The stored tokens of `span`, when they are all kept.
    fn both<'a>(&'a self, text: &'a str, span: Span) -> Option<Both<'a>> {
        let mut both = Both {
            text,
            span,
            stored: [].iter(),
            wide: &self.wide,
            fresh: None,
        };
        if span.is_empty() {
            return Some(both);
        }
        both.stored = self.tokens[self.touched(span)?].iter();
        Some(both)
    }
}

impl Doc {
    /// The index of the first stored token that starts at or after `at`,
    /// searched among the tokens of `at`'s block (see `firsts`), not all
    /// the tokens after the span's first.
    pub(super) fn first_from(&self, at: usize) -> usize {
        let len = self.tokens.len();
        let block = at / super::BLOCK;
        let first_of = |b: usize| self.firsts.get(b).map_or(len, |&i| (i as usize).min(len));
        // Every token before the block's first starts before `at`, and
        // every one from the next block's first on after it.
        let (lo, hi) = (first_of(block), first_of(block + 1));
        lo + self.tokens[lo..hi].partition_point(|t| (t.start as usize) < at)
    }
}

/// Calls `f` with the tokens of `span` of `text` to read from either end:
/// the current [`Doc`]'s stored tokens when it is this text's and keeps
/// them all, else the span split afresh. Either way the tokens are the
/// ones [`super::each_in`] gives, cut at the span's edges: a rule reading
/// the last words before a point walks back over a few stored tokens, not
/// over a cut string's characters.
pub fn lend_both<R>(text: &str, span: Span, f: impl FnOnce(Both<'_>) -> R) -> R {
    CURRENT.with(|c| {
        let current = c.borrow();
        let both = current
            .as_ref()
            .filter(|doc| doc.is_of(text))
            .and_then(|doc| doc.both(text, span))
            .unwrap_or_else(|| Both::fresh(text, span));
        f(both)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Spans of the fixtures' openings, cut anywhere on a character: the
    /// same tokens from the front and, reversed, from the back, stored or
    /// split afresh, as `each_in` gives.
    #[test]
    fn both_ends_give_each_in_tokens() {
        let texts = crate::furniture::testing::fixture_texts();
        for (path, text) in texts.iter().take(60) {
            let text: String = text.chars().take(600).collect();
            let bounds: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .step_by(7)
                .collect();
            let _scope = Doc::scope(&text);
            for (i, &a) in bounds.iter().enumerate() {
                for &b in bounds[i..].iter().step_by(5) {
                    let span = Span::new(a, b);
                    let mut want = Vec::new();
                    super::super::each_in(&text, span, |t| want.push(t));
                    let front: Vec<Token> = lend_both(&text, span, |b| b.collect());
                    assert_eq!(front, want, "{path} {span:?}");
                    let mut back: Vec<Token> = lend_both(&text, span, |b| b.rev().collect());
                    back.reverse();
                    assert_eq!(back, want, "{path} {span:?}");
                    for len in [1, 3, 4] {
                        let want = want.iter().rev().find(|t| {
                            let whole = t.span();
                            t.word().is_some_and(|w| {
                                w.len() == len && w.start > whole.start && w.end < whole.end
                            })
                        });
                        let stored = lend_both(&text, span, |mut b| b.rfind_enclosed_word(len));
                        assert_eq!(stored.as_ref(), want, "{path} {span:?} {len}");
                        let fresh = Both::fresh(&text, span).rfind_enclosed_word(len);
                        assert_eq!(fresh.as_ref(), want, "{path} {span:?} {len}");
                    }
                    let fresh: Vec<Token> = Both::fresh(&text, span).collect();
                    assert_eq!(fresh, want, "{path} {span:?}");
                    let mut fresh_back: Vec<Token> = Both::fresh(&text, span).rev().collect();
                    fresh_back.reverse();
                    assert_eq!(fresh_back, want, "{path} {span:?}");
                }
            }
        }
    }
}
