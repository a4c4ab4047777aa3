//! Byte ranges into the original text.

use std::ops::Range;

/// A half-open byte range `[start, end)` into the text that was analysed.
///
/// Spans always lie on UTF-8 character boundaries. They are converted to the
/// caller's offset unit (characters, UTF-8 bytes or UTF-16 code units) only
/// when a [`Document`](crate::Document) is built.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    pub const fn is_empty(&self) -> bool {
        self.start >= self.end
    }

    /// The text this span covers.
    pub fn of<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// Shrinks the span so that it neither starts nor ends with blank characters
    /// (see [`crate::text::is_blank`]). An all-blank span becomes empty at its end.
    pub fn trim(self, text: &str) -> Span {
        let s = self.of(text);
        let trimmed_start = s.trim_start_matches(crate::text::is_blank);
        let start = self.end - trimmed_start.len();
        let trimmed = trimmed_start.trim_end_matches(crate::text::is_blank);
        Span::new(start, start + trimmed.len())
    }

    /// Moves a span given relative to `base` into absolute offsets.
    pub const fn offset(self, base: usize) -> Span {
        Span::new(self.start + base, self.end + base)
    }

    pub const fn range(self) -> Range<usize> {
        self.start..self.end
    }
}

/// The spans of `sorted` (in order, not overlapping) that overlap `span`,
/// found by binary search.
pub fn overlapping(sorted: &[Span], span: Span) -> &[Span] {
    let lo = sorted.partition_point(|s| s.end <= span.start);
    let hi = sorted.partition_point(|s| s.start < span.end);
    &sorted[lo..hi.max(lo)]
}

/// A place a search found in a text, as a pattern's match gives it: its
/// offsets in the text searched, and the text itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Hit<'s> {
    pub(crate) s: &'s str,
    pub(crate) start: usize,
    pub(crate) end: usize,
}

impl<'s> Hit<'s> {
    pub(crate) fn start(&self) -> usize {
        self.start
    }
    pub(crate) fn end(&self) -> usize {
        self.end
    }
    pub(crate) fn as_str(&self) -> &'s str {
        &self.s[self.start..self.end]
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Self {
        Span::new(r.start, r.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trim_skips_unicode_blanks() {
        let text = "\u{a0} hi\u{200b}\u{ad}\n";
        let span = Span::new(0, text.len()).trim(text);
        assert_eq!(span.of(text), "hi");
    }

    #[test]
    fn overlapping_finds_the_run_that_touches() {
        let sorted = [Span::new(0, 2), Span::new(4, 6), Span::new(8, 10)];
        assert_eq!(overlapping(&sorted, Span::new(5, 9)), &sorted[1..3]);
        assert_eq!(overlapping(&sorted, Span::new(2, 4)), &[] as &[Span]);
        assert_eq!(overlapping(&sorted, Span::new(0, 100)), &sorted[..]);
    }

    #[test]
    fn trim_of_blank_is_empty() {
        let text = "  \n ";
        assert!(Span::new(0, text.len()).trim(text).is_empty());
    }
}
