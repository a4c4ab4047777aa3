//! The sentence splitter on arbitrary text: no panic, and its sentences are
//! inside the text, on character boundaries, trimmed, in order, and cover
//! every non-blank character (`claimlens::invariants::check_sentences`).

#![no_main]

use claimlens::invariants::check_sentences;
use claimlens::sentences;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Err(e) = check_sentences(&text, &sentences(&text)) {
        panic!("sentences of {text:?}: {e}");
    }
});
