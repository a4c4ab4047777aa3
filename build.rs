//! Compiles the word lists in without their headers.
//!
//! Every `src/lexicon/*.txt` opens with `#` lines saying what belongs in the
//! list (a quarter of the lists' bytes). The code reads the lists through
//! `lexicon::list!`, which includes the copy written here: the same entries,
//! one per line, trimmed, without comments or blank lines (9 KB less of the
//! browser build, gzipped).
//!
//! The word-list table (`lexicon::Lexeme`) reads a second copy,
//! `lexicon::lower_list!`: the entries lower-cased (`str::to_lowercase`, as
//! the table compares them), so that start-up neither lower-cases nor
//! allocates them, only hashes each line once.

use std::{env, fs, path::Path};

fn main() {
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("lexicon");
    fs::create_dir_all(out.join("lower")).expect("OUT_DIR is writable");
    let lists =
        Path::new(&env::var("CARGO_MANIFEST_DIR").expect("cargo sets it")).join("src/lexicon");
    println!("cargo:rerun-if-changed=src/lexicon");
    for entry in fs::read_dir(&lists).expect("src/lexicon exists") {
        let path = entry.expect("src/lexicon is readable").path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).expect("a list is UTF-8");
        let mut entries = String::with_capacity(text.len());
        let mut lower = String::with_capacity(text.len());
        for line in text.lines().map(str::trim) {
            if !line.is_empty() && !line.starts_with('#') {
                entries.push_str(line);
                entries.push('\n');
                lower.push_str(&line.to_lowercase());
                lower.push('\n');
            }
        }
        let name = path.file_name().expect("a file name");
        fs::write(out.join(name), entries).expect("OUT_DIR is writable");
        fs::write(out.join("lower").join(name), lower).expect("OUT_DIR is writable");
    }
}
