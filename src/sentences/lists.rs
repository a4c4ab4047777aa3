//! Enumerated list items: "1.", "2)", "3.)", "a.", "b)".
//!
//! A sentence that starts with an enumerator is a list item: its full stop is
//! not a sentence end, and when the items run on in one line ("1) The first
//! item 2) The second item") the next enumerator in sequence starts the next
//! item.

/// How an enumerator is punctuated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Style {
    /// "1."
    Dot,
    /// "1)"
    Paren,
    /// "1.)"
    DotParen,
}

/// The counter of an enumerator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Counter {
    Number(u16),
    Letter(u8),
}

/// An enumerator such as "2." or "b)".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Enumerator {
    pub counter: Counter,
    pub style: Style,
}

impl Enumerator {
    /// Reads an enumerator at the start of `bytes`, which must be followed by
    /// a space, a tab or the end.
    pub(super) fn parse(bytes: &[u8]) -> Option<Enumerator> {
        let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
        let (counter, rest) = if (1..=3).contains(&digits) {
            let mut n = 0u16;
            for &d in &bytes[..digits] {
                n = n * 10 + u16::from(d - b'0');
            }
            (Counter::Number(n), &bytes[digits..])
        } else if digits == 0 && bytes.first().is_some_and(u8::is_ascii_alphabetic) {
            (Counter::Letter(bytes[0]), &bytes[1..])
        } else {
            return None;
        };
        let (style, rest) = match rest {
            [b'.', b')', rest @ ..] => (Style::DotParen, rest),
            [b'.', rest @ ..] => (Style::Dot, rest),
            [b')', rest @ ..] => (Style::Paren, rest),
            _ => return None,
        };
        match rest.first() {
            None | Some(b' ' | b'\t') => Some(Enumerator { counter, style }),
            _ => None,
        }
    }

    /// True for the first item of a list: 1, a or A.
    pub(super) fn is_first(&self) -> bool {
        matches!(
            self.counter,
            Counter::Number(1) | Counter::Letter(b'a' | b'A')
        )
    }

    /// The enumerator of the next item, if there is one.
    pub(super) fn next(&self) -> Option<Enumerator> {
        let counter = match self.counter {
            Counter::Number(n) if n < 999 => Counter::Number(n + 1),
            Counter::Letter(c) if c != b'z' && c != b'Z' => Counter::Letter(c + 1),
            _ => return None,
        };
        Some(Enumerator {
            counter,
            style: self.style,
        })
    }

    /// The enumerator as it is searched for inside a line: preceded and
    /// followed by a space (" 2. ", " b) "). Returns the bytes and their length.
    pub(super) fn needle(&self) -> ([u8; 8], usize) {
        let mut out = [0u8; 8];
        let mut n = 0;
        let mut push = |b: u8| {
            out[n] = b;
            n += 1;
        };
        push(b' ');
        match self.counter {
            Counter::Number(v) => {
                if v >= 100 {
                    push(b'0' + (v / 100) as u8);
                }
                if v >= 10 {
                    push(b'0' + (v / 10 % 10) as u8);
                }
                push(b'0' + (v % 10) as u8);
            }
            Counter::Letter(c) => push(c),
        }
        match self.style {
            Style::Dot => push(b'.'),
            Style::Paren => push(b')'),
            Style::DotParen => {
                push(b'.');
                push(b')');
            }
        }
        push(b' ');
        (out, n)
    }
}

/// Where the next item of a run-on list starts, remembering how far each
/// item is known to be absent, so that a paragraph full of list-like openings
/// is still scanned in linear time.
#[derive(Default)]
pub(super) struct ItemFinder {
    misses: Vec<Miss>,
}

/// An item known to be absent from `from` up to `to`; `line_done` when `to`
/// is the end of the line.
struct Miss {
    item: Enumerator,
    from: usize,
    to: usize,
    line_done: bool,
}

/// The longest stretch searched for the next run-on item.
const SEARCH_WINDOW: usize = 4096;
/// How many absent items are remembered.
const MAX_MISSES: usize = 32;

impl ItemFinder {
    /// Finds `next` after `from` in the same line of `bytes[..end]`; returns
    /// the position of its counter (after the leading space).
    pub(super) fn find(
        &mut self,
        bytes: &[u8],
        from: usize,
        end: usize,
        next: Enumerator,
    ) -> Option<usize> {
        let (needle, n) = next.needle();
        let needle = &needle[..n];
        let end = end.min(bytes.len());
        let known = self
            .misses
            .iter()
            .position(|m| m.item == next && m.from <= from && from < m.to);
        let mut search_from = from;
        if let Some(m) = known.map(|k| &self.misses[k]) {
            if m.line_done {
                return None;
            }
            search_from = from.max(m.to.saturating_sub(n - 1));
        }
        let window_end = end.min(from.saturating_add(SEARCH_WINDOW)).max(search_from);
        let hay = bytes.get(search_from..window_end)?;
        let line = hay.iter().position(|&b| b == b'\n' || b == b'\r');
        let hay = &hay[..line.unwrap_or(hay.len())];
        if let Some(p) = hay.windows(n).position(|w| w == needle) {
            return Some(search_from + p + 1);
        }
        let to = search_from + hay.len();
        let line_done = line.is_some() || window_end == end;
        match known {
            Some(k) => {
                self.misses[k].to = to;
                self.misses[k].line_done = line_done;
            }
            None if self.misses.len() < MAX_MISSES => self.misses.push(Miss {
                item: next,
                from,
                to,
                line_done,
            }),
            None => {}
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_three_styles() {
        let e = Enumerator::parse(b"1.) x").unwrap();
        assert_eq!(e.style, Style::DotParen);
        assert_eq!(
            Enumerator::parse(b"12) x").unwrap().counter,
            Counter::Number(12)
        );
        assert_eq!(
            Enumerator::parse(b"b. x").unwrap().counter,
            Counter::Letter(b'b')
        );
        assert!(Enumerator::parse(b"1.5 x").is_none());
        assert!(Enumerator::parse(b"ab. x").is_none());
        assert!(Enumerator::parse(b"1234. x").is_none());
    }

    #[test]
    fn needle_of_next_item() {
        let e = Enumerator::parse(b"9. x").unwrap().next().unwrap();
        let (bytes, n) = e.needle();
        assert_eq!(&bytes[..n], b" 10. ");
    }

    #[test]
    fn finder_remembers_misses() {
        let mut finder = ItemFinder::default();
        let text = b"1) one 2) two\n1) x 3) y";
        let next = Enumerator::parse(b"2) ").unwrap();
        assert_eq!(finder.find(text, 0, text.len(), next), Some(7));
        let third = next.next().unwrap();
        assert_eq!(finder.find(text, 7, text.len(), third), None);
        assert_eq!(finder.find(text, 9, text.len(), third), None);
        // The miss belongs to the first line only.
        assert_eq!(finder.find(text, 14, text.len(), third), Some(19));
    }
}
