//! One stable sort for the whole program.
//!
//! Each `sort_by_key` of a different element type or key is a copy of the
//! standard library's stable sort (driftsort, about 0.8 KB of WebAssembly
//! each), and each `sort_unstable` of one a copy of ipnsort (4 to 6 KB).
//! The rules' sorts go through [`by_key`] instead: the keys, one `u64`
//! each, are put in order by [`merge_order`], a merge sort of indices
//! written out once, equal keys keeping their order, and the elements are
//! then moved into that order. The lists sorted so are short (a
//! sentence's cues, a claim's reasons).

/// Sorts `items` by `key`, keeping items with equal keys in their order,
/// as `sort_by_key` does.
pub fn by_key<T>(items: &mut Vec<T>, key: impl Fn(&T) -> u64) {
    if items.len() < 2 {
        return;
    }
    let keys: Vec<u64> = items.iter().map(key).collect();
    let Some(order) = key_order(&keys) else {
        return;
    };
    let mut old: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(
        order
            .iter()
            .map(|&i| old[i].take().expect("each index once")),
    );
}

/// The order of the keys (their indices, equal keys in their order);
/// `None` if they were in order already (nothing to move).
#[inline(never)]
fn key_order(keys: &[u64]) -> Option<Vec<usize>> {
    if keys.is_sorted() {
        return None;
    }
    Some(merge_order(keys.len(), &|a, b| keys[a] <= keys[b]))
}

/// The longest list [`merge_order`] sorts by insertion, as the standard
/// library's `sort_unstable` does.
const SHORT: usize = 20;

/// The indices `0..n` in the order of the items they stand for, by a
/// merge sort written out here (an insertion sort up to [`SHORT`] items):
/// `in_order(a, b)` says whether item `a`
/// may come before item `b` (as `<=` does), and equal items keep their
/// order. The program's comparison sorts go through it (this module's
/// keys, the word-list trie's entries): each `sort_unstable` of another
/// element type was another copy of the standard library's ipnsort and
/// small sorts, 4 to 6 KB of the browser module apiece; the comparison is
/// called through `dyn`, so this code is there once.
pub fn merge_order(n: usize, in_order: &dyn Fn(usize, usize) -> bool) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    if n <= SHORT {
        // Most lists are short: an insertion sort, without a second buffer.
        for k in 1..n {
            let mut j = k;
            while j > 0 && !in_order(order[j - 1], order[j]) {
                order.swap(j - 1, j);
                j -= 1;
            }
        }
        return order;
    }
    let mut merged = vec![0; n];
    let mut width = 1;
    while width < n {
        // Runs of `width` indices, each in order, merged pairwise.
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j) = (lo, mid);
            for slot in &mut merged[lo..hi] {
                if j == hi || (i < mid && in_order(order[i], order[j])) {
                    *slot = order[i];
                    i += 1;
                } else {
                    *slot = order[j];
                    j += 1;
                }
            }
            lo = hi;
        }
        std::mem::swap(&mut order, &mut merged);
        width *= 2;
    }
    order
}

/// Two `u32` keys as one: by `high`, then by `low`.
pub fn pair(high: u32, low: u32) -> u64 {
    u64::from(high) << 32 | u64::from(low)
}

/// A key that sorts `n` in reverse: larger first.
pub fn reverse(n: u32) -> u32 {
    u32::MAX - n
}

/// A `usize` (an offset or a length) as a `u32` key; larger ones (beyond
/// 4 GB) sort as the largest.
pub fn small(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// An `f32` as a `u32` key in the order of `f32::total_cmp`.
pub fn float(x: f32) -> u32 {
    let bits = x.to_bits();
    if bits >> 31 == 1 {
        !bits
    } else {
        bits | 1 << 31
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_by_key() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        let mut want = v.clone();
        want.sort_by_key(|x| x.0);
        by_key(&mut v, |x| x.0 as u64);
        assert_eq!(v, want);
        let mut sorted = want.clone();
        by_key(&mut sorted, |x| x.0 as u64);
        assert_eq!(sorted, want);
    }

    /// The merge sort gives what the standard library's stable sort
    /// gives, on lists of every length to 100 with many equal keys.
    #[test]
    fn merge_order_is_a_stable_sort() {
        let mut seed = 11u32;
        for n in 0..100 {
            let items: Vec<u32> = (0..n)
                .map(|_| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    (seed >> 16) % (1 + n as u32 / 3)
                })
                .collect();
            let mut want: Vec<usize> = (0..items.len()).collect();
            want.sort_by_key(|&i| items[i]);
            assert_eq!(merge_order(items.len(), &|a, b| items[a] <= items[b]), want);
        }
    }

    #[test]
    fn keys_order_as_their_values() {
        let xs = [-f32::INFINITY, -2.5, -0.0, 0.0, 1e-30, 3.0, f32::INFINITY];
        for w in xs.windows(2) {
            assert_eq!(float(w[0]).cmp(&float(w[1])), w[0].total_cmp(&w[1]));
        }
        assert!(pair(1, 0) > pair(0, u32::MAX));
        assert!(reverse(5) < reverse(4));
        assert_eq!(small(usize::MAX), u32::MAX);
    }
}
