//! Reading HTML on arbitrary bytes: no panic, every block lies inside the
//! extracted text on character boundaries and in order, blocks are
//! separated by blank lines, no markup-only bytes become text (the text
//! never holds a NUL), and the analysis of the text with its hints keeps
//! every invariant of `claimlens::invariants`.

#![no_main]

use claimlens::invariants::check;
use claimlens::{analyze_blocks, html};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let source = String::from_utf8_lossy(data);
    let page = html::read(&source);
    let text = &page.text;
    let mut end = 0;
    for b in &page.blocks {
        assert!(b.span.start >= end && b.span.start < b.span.end, "{b:?} after {end}");
        assert!(text.is_char_boundary(b.span.start) && text.is_char_boundary(b.span.end));
        assert!(b.span.end <= text.len());
        end = b.span.end;
    }
    assert!(!text.contains('\0'));
    if let Ok(analysis) = analyze_blocks(text, &page.blocks) {
        if let Err(e) = check(text, &analysis) {
            panic!("analysis of the text of {source:?}: {e}");
        }
    }
});
