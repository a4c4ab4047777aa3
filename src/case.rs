//! Lower case exactly as `str::to_lowercase` and `char::to_lowercase` give
//! it, from small tables `build.rs` reads off the standard library on the
//! build machine (`OUT_DIR/case.rs`).
//!
//! The engine lower-cases through [`crate::token::lower`] and the token
//! layer, which read these tables: core's own lower-case table (11.7 KB
//! raw) and its lower-casing code then stay out of the browser build
//! (docs/benchmark.md, "size, ninth steps", item 4). The tests compare
//! every character, alone and beside a sigma, with the standard library.

include!(concat!(env!("OUT_DIR"), "/case.rs"));

/// `c` in lower case when that is one character: every character but
/// "İ" (U+0130), which lower-cases into "i" and a combining dot.
pub fn lower_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let n = u32::from(c);
    let at = RUNS.partition_point(|r| r.0 <= n);
    match at.checked_sub(1).map(|i| RUNS[i]) {
        Some((first, last, delta, step)) if n <= last && (n - first).is_multiple_of(step) => {
            char::from_u32(n.wrapping_add_signed(delta)).unwrap_or(c)
        }
        _ => c,
    }
}

/// Whether lower-casing changes `c`.
pub fn changes(c: char) -> bool {
    c == '\u{130}' || lower_char(c) != c
}

/// `s` in lower case: `str::to_lowercase`, the final sigma included
/// ("ΟΔΟΣ" is "οδος" with a final "ς").
pub fn lower(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        match c {
            'Σ' => out.push(if final_sigma(s, i) { 'ς' } else { 'σ' }),
            '\u{130}' => out.push_str("i\u{307}"),
            _ => out.push(lower_char(c)),
        }
    }
    out
}

/// Whether the sigma at byte `at` of `s` ends a word, as the standard
/// library decides it (Unicode's Final_Sigma): a cased letter before it
/// and none after it, past case-ignorable characters.
fn final_sigma(s: &str, at: usize) -> bool {
    ignorable_then_cased(s[..at].chars().rev())
        && !ignorable_then_cased(s[at + 'Σ'.len_utf8()..].chars())
}

fn ignorable_then_cased(mut chars: impl Iterator<Item = char>) -> bool {
    chars.find(|&c| !is_case_ignorable(c)).is_some_and(is_cased)
}

fn is_case_ignorable(c: char) -> bool {
    let n = u32::from(c);
    let at = IGNORABLE.partition_point(|r| r.0 <= n);
    at.checked_sub(1).is_some_and(|i| n <= IGNORABLE[i].1)
}

fn is_cased(c: char) -> bool {
    let n = u32::from(c);
    if UNCASED.contains(&n) {
        return false;
    }
    c.is_lowercase() || c.is_uppercase() || CASED_EXTRA.contains(&n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_char() -> impl Iterator<Item = char> {
        (0..=0x10FFFF).filter_map(char::from_u32)
    }

    #[test]
    fn each_character_lower_cases_as_the_standard_library_does() {
        let mut buf = [0u8; 4];
        for c in every_char() {
            let alone = c.encode_utf8(&mut buf);
            assert_eq!(lower(alone), alone.to_lowercase(), "{c:?}");
            assert_eq!(changes(c), c.to_lowercase().ne(std::iter::once(c)), "{c:?}");
        }
    }

    #[test]
    fn a_sigma_ends_a_word_as_the_standard_library_decides() {
        for c in every_char() {
            for s in [
                format!("aΣ{c}b"),
                format!("aΣ{c}"),
                format!("{c}Σ"),
                format!("a{c}Σ"),
                format!("Σ{c}Σ'b"),
            ] {
                assert_eq!(lower(&s), s.to_lowercase(), "{s:?}");
            }
        }
        for s in [
            "ΟΔΟΣ",
            "ΟΔΟΣ.",
            "Σ",
            "ΑΣ'Β",
            "ǅΣ",
            "aΣ\u{301}",
            "ΣΑΣ ΣΑΣ",
            "İΣ",
        ] {
            assert_eq!(lower(s), s.to_lowercase(), "{s:?}");
        }
    }
}
