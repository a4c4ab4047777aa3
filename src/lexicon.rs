//! Word lists, compiled in from `src/lexicon/*.txt`.
//!
//! Each list file starts with `#` lines that say what belongs in it; every
//! other non-blank line is one entry, kept exactly as written (trimmed).
//! Entries are matched case-insensitively by the modules that use them.

/// The entries of a list file: non-blank lines that are not `#` comments.
pub fn entries(list: &'static str) -> impl Iterator<Item = &'static str> {
    list.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
}

/// A list file's entries, lower-cased, as a set for whole-word look-ups.
pub fn set(list: &'static str) -> Set {
    entries(list).map(str::to_lowercase).collect()
}

/// A set of words, hashed with [`WordHash`].
pub type Set = std::collections::HashSet<String, BuildWordHash>;

/// A map keyed by words, hashed with [`WordHash`].
pub type Map<V> = std::collections::HashMap<String, V, BuildWordHash>;

pub type BuildWordHash = std::hash::BuildHasherDefault<WordHash>;

/// A fast hash for words (the "Fx" hash: eight bytes per multiply). The
/// standard SipHash guards servers against chosen colliding keys; here the
/// keys are an article's words looked up in the reader's own browser, and
/// SipHash was a tenth of the analysis time.
#[derive(Clone, Copy, Default)]
pub struct WordHash(u64);

impl WordHash {
    const K: u64 = 0x517c_c1b7_2722_0a95;

    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(Self::K);
    }
}

impl std::hash::Hasher for WordHash {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.add(u64::from_le_bytes(chunk.try_into().expect("8 bytes")));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut last = [0u8; 8];
            last[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(last));
        }
    }

    fn write_u8(&mut self, byte: u8) {
        self.add(u64::from(byte));
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Builds a case-insensitive regex alternation `\b(?:a|b|c)\b` from a list,
/// longest entries first so that multi-word entries win over their prefixes.
/// Entries are escaped: lists hold words, not patterns.
///
/// Word boundaries are ASCII ones: the lists are English words, and a
/// Unicode `\b` keeps the regex engine off its fast DFA on non-ASCII text
/// (curly quotes, names in other scripts), costing a tenfold slowdown.
pub fn alternation(list: &'static str) -> String {
    let mut words: Vec<&str> = entries(list).collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.len()));
    let body: Vec<String> = words.iter().map(|w| regex::escape(w)).collect();
    format!(r"(?i)(?-u:\b)(?:{})(?-u:\b)", body.join("|"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_and_blanks_are_not_entries() {
        let list = "# what belongs here\n\nfoo\n  bar baz \n# more\n";
        assert_eq!(entries(list).collect::<Vec<_>>(), ["foo", "bar baz"]);
    }

    #[test]
    fn alternation_prefers_longer_entries() {
        let re = regex::Regex::new(&alternation("# x\nsaid\nsaid in a statement\n")).unwrap();
        assert_eq!(
            re.find("he said in a statement").unwrap().as_str(),
            "said in a statement"
        );
    }
}
