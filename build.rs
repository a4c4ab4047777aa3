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
//!
//! Each abbreviation list is also written split by the case its entries are
//! written in, without their final stops (`abbreviations`), for the
//! sentence splitter to ask the same table.

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
        let stem = path.file_stem().expect("a file name").to_string_lossy();
        if stem.starts_with("abbreviations") {
            abbreviations(&out, &stem, &entries);
        }
        fs::write(out.join(name), entries).expect("OUT_DIR is writable");
        fs::write(out.join("lower").join(name), lower).expect("OUT_DIR is writable");
    }
}

/// An abbreviation list split in two by the case an entry is written in,
/// each entry without its final full stop (the sentence splitter looks up
/// the word before a stop): `<stem>.any.txt`, the entries written in lower
/// case, which match a word in any case; `<stem>.capitalised.txt`, the
/// capitalised ones, which match a capitalised word only ("Sun." is a
/// date, "sun." is not). The word-list table reads both as lists of its own.
fn abbreviations(out: &Path, stem: &str, entries: &str) {
    let (mut any, mut capitalised) = (String::new(), String::new());
    for entry in entries.lines() {
        let word = entry.strip_suffix('.').unwrap_or(entry);
        let to = if word.chars().next().is_some_and(char::is_uppercase) {
            &mut capitalised
        } else {
            &mut any
        };
        to.push_str(word);
        to.push('\n');
    }
    for (kind, list) in [("any", any), ("capitalised", capitalised)] {
        let name = format!("{stem}.{kind}.txt");
        fs::write(out.join(&name), &list).expect("OUT_DIR is writable");
        fs::write(out.join("lower").join(&name), list.to_lowercase()).expect("OUT_DIR is writable");
    }
}
