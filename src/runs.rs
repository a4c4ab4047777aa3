//! Runs: the ranges of consecutive items that share a key (the lines of one
//! block, the paragraphs of one article).

use std::ops::Range;

/// The ranges of `items` over which `key` stays the same, in order.
pub(crate) fn runs<'a, T, K: PartialEq>(
    items: &'a [T],
    key: impl Fn(&T) -> K + 'a,
) -> impl Iterator<Item = Range<usize>> + 'a {
    let mut start = 0;
    std::iter::from_fn(move || {
        let first = key(items.get(start)?);
        let end = start
            + items[start..]
                .iter()
                .take_while(|i| key(i) == first)
                .count();
        let range = start..end;
        start = end;
        Some(range)
    })
}

#[cfg(test)]
mod tests {
    use super::runs;

    #[test]
    fn consecutive_items_with_one_key_are_one_run() {
        let got: Vec<_> = runs(&[1, 1, 2, 1, 3, 3], |&n| n).collect();
        assert_eq!(got, [0..2, 2..3, 3..4, 4..6]);
        assert_eq!(runs(&[] as &[u8], |&n| n).count(), 0);
    }
}
