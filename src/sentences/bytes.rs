//! Byte scanning eight bytes at a time (SWAR: SIMD within a register), so
//! that the long stretches of plain letters between marks cost little.
//!
//! Each search tests a whole 8-byte word for any byte that could matter and
//! only then looks at the bytes one by one through a table.

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// Non-zero when some byte of `w` is below `n` (`n` at most 128).
#[inline]
fn any_below(w: u64, n: u8) -> u64 {
    w.wrapping_sub(ONES * u64::from(n)) & !w & HIGH
}

/// Non-zero when some byte of `w` equals `b`.
#[inline]
fn any_equal(w: u64, b: u8) -> u64 {
    any_below(w ^ (ONES * u64::from(b)), 1)
}

#[inline]
fn word_at(bytes: &[u8], i: usize) -> u64 {
    let mut w = [0u8; 8];
    w.copy_from_slice(&bytes[i..i + 8]);
    u64::from_le_bytes(w)
}

/// The first `i` in `from..end` with `table[bytes[i]]`, or `end`. `hint`
/// says which 8-byte words may hold such a byte (it may say so wrongly, never
/// miss one).
#[inline]
fn find(
    bytes: &[u8],
    from: usize,
    end: usize,
    table: &[bool; 256],
    hint: impl Fn(u64) -> u64,
) -> usize {
    let end = end.min(bytes.len());
    let mut i = from;
    while i + 8 <= end {
        if hint(word_at(bytes, i)) != 0 {
            for (j, &b) in bytes[i..i + 8].iter().enumerate() {
                if table[b as usize] {
                    return i + j;
                }
            }
        }
        i += 8;
    }
    while i < end {
        if table[bytes[i] as usize] {
            return i;
        }
        i += 1;
    }
    end
}

/// The next byte the sentence scanner stops at (see `MARKS` in the parent
/// module): ".", "?", "!" or a lead byte of a non-ASCII character.
pub(super) fn next_mark(bytes: &[u8], from: usize, end: usize, marks: &[bool; 256]) -> usize {
    find(bytes, from, end, marks, |w| {
        (w & HIGH) | any_equal(w, b'.') | any_equal(w, b'?') | any_equal(w, b'!')
    })
}

/// The next byte that may begin a line break (control characters below
/// 0x0e, or a lead byte of a non-ASCII character), as told by `breaks`.
pub(super) fn next_break(bytes: &[u8], from: usize, end: usize, breaks: &[bool; 256]) -> usize {
    find(bytes, from, end, breaks, |w| {
        (w & HIGH) | any_below(w, 0x0e)
    })
}

/// Characters in a UTF-8 byte string: the bytes that are not continuation
/// bytes (0b10xx_xxxx).
pub(super) fn count_chars(bytes: &[u8]) -> usize {
    let mut continuation = 0;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let w = word_at(chunk, 0);
        continuation += (w & !(w << 1) & HIGH).count_ones() as usize;
    }
    continuation += chunks
        .remainder()
        .iter()
        .filter(|&&b| b & 0xc0 == 0x80)
        .count();
    bytes.len() - continuation
}

#[cfg(test)]
mod tests {
    use super::*;

    fn naive(bytes: &[u8], from: usize, table: &[bool; 256]) -> usize {
        (from..bytes.len())
            .find(|&i| table[bytes[i] as usize])
            .unwrap_or(bytes.len())
    }

    #[test]
    fn finds_what_the_table_finds() {
        let mut marks = [false; 256];
        for b in [b'.', b'?', b'!', 0xe2] {
            marks[b as usize] = true;
        }
        let mut breaks = [false; 256];
        for b in [b'\n', b'\r', 0xc2] {
            breaks[b as usize] = true;
        }
        let text = "Plain words here, then a stop. And “quotes” é\u{85} \r\nmore words without marks at all?!";
        let b = text.as_bytes();
        for from in 0..b.len() {
            assert_eq!(
                next_mark(b, from, b.len(), &marks),
                naive(b, from, &marks),
                "from {from}"
            );
            assert_eq!(
                next_break(b, from, b.len(), &breaks),
                naive(b, from, &breaks),
                "from {from}"
            );
        }
    }

    #[test]
    fn counts_characters() {
        for s in [
            "",
            "abc",
            "caf\u{e9} \u{201c}x\u{201d} 这是第一句。",
            "\u{10ffff}aaaaaaaaaaaa",
        ] {
            assert_eq!(count_chars(s.as_bytes()), s.chars().count(), "{s:?}");
        }
    }
}
