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
    let out_dir = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).to_path_buf();
    case_tables(&out_dir);
    let out = out_dir.join("lexicon");
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

/// `OUT_DIR/case.rs`: the tables of `src/case.rs`, read off the standard
/// library's own lower-casing here, on the build machine, so that the
/// engine lower-cases exactly as `str::to_lowercase` does without carrying
/// core's tables (see `src/case.rs`).
fn case_tables(out: &Path) {
    let chars = || (0..=0x10FFFFu32).filter_map(char::from_u32);
    // The lower-case mapping: runs of letters whose lower case lies the
    // same distance away, one after another or every other one ("Ā", "Ă").
    let mut runs: Vec<(u32, u32, i32, u32)> = Vec::new();
    for c in chars().filter(|&c| c != '\u{130}') {
        let mut lower = c.to_lowercase();
        let (Some(l), None) = (lower.next(), lower.next()) else {
            panic!("{c:?} lower-cases into several characters");
        };
        if l == c {
            continue;
        }
        let (c, delta) = (c as u32, l as i32 - c as i32);
        match runs.last_mut() {
            Some(run) if run.2 == delta && run.1 == run.0 && c - run.1 <= 2 => {
                (run.1, run.3) = (c, c - run.0);
            }
            Some(run) if run.2 == delta && run.1 != run.0 && c - run.1 == run.3 => run.1 = c,
            _ => runs.push((c, c, delta, 1)),
        }
    }
    // The context of a final sigma ("ΟΔΟΣ" ends in "ς"): which characters
    // the standard library skips (case-ignorable) and which are cased, read
    // off what it makes of a sigma beside them.
    let sigma = |s: String| s.to_lowercase().chars().nth(1) == Some('σ');
    let (mut ignorable, mut cased_extra, mut uncased) =
        (Vec::<(u32, u32)>::new(), Vec::new(), Vec::new());
    for c in chars() {
        let before_cased = sigma(format!("aΣ{c}b"));
        let at_end = sigma(format!("aΣ{c}"));
        let is_ignorable = before_cased && !at_end;
        let cased = before_cased && at_end;
        if is_ignorable {
            match ignorable.last_mut() {
                Some(r) if r.1 + 1 == c as u32 => r.1 = c as u32,
                _ => ignorable.push((c as u32, c as u32)),
            }
        } else if cased != (c.is_lowercase() || c.is_uppercase()) {
            if cased {
                &mut cased_extra
            } else {
                &mut uncased
            }
            .push(c as u32);
        }
    }
    let code = format!(
        "/// Runs of characters that lower-case into one other: first, last,\n\
         /// distance to the lower case, step (1 or 2).\n\
         const RUNS: &[(u32, u32, i32, u32)] = &{runs:?};\n\
         /// The case-ignorable characters, as ranges.\n\
         const IGNORABLE: &[(u32, u32)] = &{ignorable:?};\n\
         /// Cased characters neither lower nor upper case (title case).\n\
         const CASED_EXTRA: &[u32] = &{cased_extra:?};\n\
         /// Lower or upper case characters that are not cased.\n\
         const UNCASED: &[u32] = &{uncased:?};\n"
    );
    fs::write(out.join("case.rs"), code).expect("OUT_DIR is writable");
}
