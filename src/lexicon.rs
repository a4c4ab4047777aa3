//! Word lists, compiled in from `src/lexicon/*.txt`.
//!
//! Each list file starts with `#` lines that say what belongs in it; every
//! other non-blank line is one entry, kept exactly as written (trimmed).
//! Entries are matched case-insensitively by the modules that use them.
//!
//! Single words are asked about through [`Lexeme`]: one table of every
//! list below ([`List`]), looked up once per token by the token layer
//! ([`crate::token::Token::is_in`]). Phrases of several words go through
//! [`Matcher`].

mod lexeme;
mod matcher;

/// A list file of `src/lexicon/`, compiled in as `build.rs` writes it: its
/// entries one per line, without the `#` header that documents the file.
macro_rules! list {
    ($file:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/lexicon/", $file))
    };
}
pub(crate) use list;

/// A list file's entries as [`list!`] gives them, each lower-cased with
/// `str::to_lowercase` by `build.rs`: the keys of [`Lexeme`]'s table.
macro_rules! lower_list {
    ($file:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/lexicon/lower/", $file))
    };
}
pub(crate) use lower_list;

pub use lexeme::{Lexeme, List};
pub use matcher::{Apostrophes, Blanks, Hit, Matcher};

/// The entries of a list file: non-blank lines that are not `#` comments.
pub fn entries(list: &'static str) -> impl Iterator<Item = &'static str> {
    list.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
}

/// A set of words, hashed with the "Fx" hash of `rustc-hash`. The standard
/// SipHash guards servers against chosen colliding keys; here the keys are
/// an article's words looked up in the reader's own browser, and SipHash was
/// a tenth of the analysis time. (Word lists are asked through [`Lexeme`];
/// these hold words an article itself shows, such as its names.)
pub type Set = rustc_hash::FxHashSet<String>;

/// A map keyed by words, hashed like [`Set`].
pub type Map<V> = rustc_hash::FxHashMap<String, V>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_and_blanks_are_not_entries() {
        let list = "# what belongs here\n\nfoo\n  bar baz \n# more\n";
        assert_eq!(entries(list).collect::<Vec<_>>(), ["foo", "bar baz"]);
    }
}
