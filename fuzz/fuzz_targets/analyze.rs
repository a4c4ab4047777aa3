//! The whole analysis on arbitrary text: no panic, and every invariant of
//! `claimlens::invariants` holds, for the analysis and for its document in
//! each offset unit. Invalid UTF-8 is read lossily, as `--lossy` does, so
//! that no input is wasted.

#![no_main]

use claimlens::invariants::{check, check_document};
use claimlens::text::is_all_blank;
use claimlens::{analyze_text, Document, ErrorKind, OffsetUnit, MAX_TEXT_BYTES};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    match analyze_text(&text) {
        Ok(analysis) => {
            if let Err(e) = check(&text, &analysis) {
                panic!("analysis of {text:?}: {e}");
            }
            for unit in [OffsetUnit::Char, OffsetUnit::Utf8, OffsetUnit::Utf16] {
                let doc = Document::new(&text, &analysis, unit);
                if let Err(e) = check_document(&text, &doc) {
                    panic!("{unit:?} document of {text:?}: {e}");
                }
            }
        }
        Err(e) => match e.kind() {
            ErrorKind::EmptyText => assert!(is_all_blank(&text), "{text:?} is not empty"),
            ErrorKind::TooLarge { .. } => assert!(text.len() > MAX_TEXT_BYTES),
            other => panic!("unexpected error {other:?} for {text:?}"),
        },
    }
});
