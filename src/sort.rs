//! One stable sort for the whole program.
//!
//! Each `sort_by_key` of a different element type or key is a copy of the
//! standard library's stable sort (driftsort, about 0.8 KB of WebAssembly
//! each). The rules' sorts go through [`by_key`] instead: the keys, packed
//! into a `u64` with each element's index, are sorted by one `sort_unstable`
//! of `(u64, u32)` pairs, the index keeping equal keys in their order, and
//! the elements are then moved into that order. The lists sorted so are
//! short (a sentence's cues, a claim's reasons).

/// Sorts `items` by `key`, keeping items with equal keys in their order,
/// as `sort_by_key` does.
pub fn by_key<T>(items: &mut Vec<T>, key: impl Fn(&T) -> u64) {
    if items.len() < 2 {
        return;
    }
    let mut keys: Vec<(u64, u32)> = items
        .iter()
        .enumerate()
        .map(|(i, t)| (key(t), u32::try_from(i).expect("fewer than 2^32 items")))
        .collect();
    if !sort_keys(&mut keys) {
        return;
    }
    let mut old: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(
        keys.iter()
            .map(|&(_, i)| old[i as usize].take().expect("each index once")),
    );
}

/// Sorts the keys, the one monomorphised sort; `false` if they were in
/// order already (nothing to move).
#[inline(never)]
fn sort_keys(keys: &mut [(u64, u32)]) -> bool {
    if keys.is_sorted() {
        return false;
    }
    keys.sort_unstable();
    true
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
