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

/// A set of words, hashed with the "Fx" hash of `rustc-hash`. The standard
/// SipHash guards servers against chosen colliding keys; here the keys are
/// an article's words looked up in the reader's own browser, and SipHash was
/// a tenth of the analysis time.
pub type Set = rustc_hash::FxHashSet<String>;

/// A map keyed by words, hashed like [`Set`].
pub type Map<V> = rustc_hash::FxHashMap<String, V>;

/// Builds a case-insensitive regex alternation `\b(?:a|b|c)\b` from a list,
/// longest entries first so that multi-word entries win over their prefixes.
/// Entries are escaped: lists hold words, not patterns.
///
/// Word boundaries and case are ASCII ones (`(?i-u:...)`): the lists are
/// English words. A Unicode `\b` keeps the regex engine off its fast DFA on
/// non-ASCII text (curly quotes, names in other scripts), costing a tenfold
/// slowdown, and Unicode case folding turns every letter into a class
/// ("k" also matches the Kelvin sign), which makes the automaton slower to
/// build and needs regex's Unicode case tables. Non-ASCII letters in an
/// entry ("café") match as written.
pub fn alternation(list: &'static str) -> String {
    let mut words: Vec<&str> = entries(list).collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.len()));
    let body: Vec<String> = words.iter().map(|w| regex::escape(w)).collect();
    format!(r"(?i-u:\b(?:{})\b)", body.join("|"))
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
