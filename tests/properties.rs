//! Properties over generated text: words, punctuation, straight and curly
//! quotes, brackets, line breaks (LF, CRLF, CR, U+2028), no-break and
//! zero-width spaces, soft hyphens, right-to-left scripts, emoji with
//! joiners, NUL and other control characters, and any character at all.
//! Whatever the mix, the analysis and the sentence splitter keep the
//! invariants of `claimlens::invariants`, and the document's offsets, in
//! each unit, slice back to the words it quotes.

use claimlens::invariants::{check, check_document, check_sentences};
use claimlens::text::is_all_blank;
use claimlens::{analyze, analyze_text, sentences, ErrorKind, OffsetUnit, Options};
use proptest::prelude::*;

/// Pieces of text as pasted pages mix them.
const PIECES: &[&str] = &[
    "The",
    "minister",
    "said",
    "told Reuters",
    "according to",
    "officials",
    "Smith",
    "U.S.",
    "Mr.",
    "Jan.",
    "No.",
    "e.g.",
    "3.5",
    "1.",
    "a)",
    "\u{2022}",
    "Iran",
    "I",
    "it",
    "and",
    ", while",
    ".",
    ". ",
    "?",
    "!",
    "...",
    "\u{2026}",
    ",",
    ";",
    ":",
    " \u{2014} ",
    "-",
    "(",
    ")",
    "[",
    "]",
    "\"",
    "'",
    "\u{201c}",
    "\u{201d}",
    "\u{2018}",
    "\u{2019}",
    "\u{ab}",
    "\u{bb}",
    "\u{201e}",
    " ",
    "  ",
    "\t",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\u{2028}",
    "\u{2029}",
    "\u{85}",
    "\u{a0}",
    "\u{202f}",
    "\u{200b}",
    "\u{200c}",
    "\u{200d}",
    "\u{feff}",
    "\u{ad}",
    "\u{2060}",
    "قال الوزير",
    "؟",
    "،",
    "۔",
    "گفت",
    "\u{200f}",
    "\u{200e}",
    "\u{202b}",
    "\u{202c}",
    "\u{202e}",
    "\u{2067}",
    "\u{2069}",
    "אמר השר",
    "\u{3002}",
    "这是",
    "\u{1f468}\u{200d}\u{1f469}\u{200d}\u{1f467}",
    "\u{1f44d}\u{1f3fd}",
    "\u{1f1fa}\u{1f1f8}",
    "\u{2764}\u{fe0f}",
    "\u{0}",
    "\u{1}",
    "\u{7}",
    "\u{1b}[0m",
    "\u{7f}",
    "\u{9c}",
    "Photo: AP",
    "By Jane Doe",
    "Read more:",
    "<p>",
    "</p>",
    "**",
    "# ",
    "> ",
    "https://x.io/a.b",
];

/// A text of up to `len` pieces, with any character now and then.
fn text(len: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            8 => prop::sample::select(PIECES).prop_map(str::to_string),
            1 => any::<char>().prop_map(String::from),
        ],
        0..len,
    )
    .prop_map(|pieces| {
        let mut s = String::new();
        for (i, p) in pieces.iter().enumerate() {
            // Words mostly apart, sometimes glued to the next piece.
            if i > 0 && p.chars().next().is_some_and(char::is_alphanumeric) && i % 5 != 0 {
                s.push(' ');
            }
            s.push_str(p);
        }
        s
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn the_analysis_keeps_its_invariants(t in text(120)) {
        match analyze_text(&t) {
            Ok(analysis) => {
                if let Err(e) = check(&t, &analysis) {
                    prop_assert!(false, "{e}");
                }
            }
            Err(e) => {
                prop_assert_eq!(e.kind(), &ErrorKind::EmptyText);
                prop_assert!(is_all_blank(&t));
            }
        }
    }

    #[test]
    fn sentences_keep_their_invariants(t in text(200)) {
        if let Err(e) = check_sentences(&t, &sentences(&t)) {
            prop_assert!(false, "{e}");
        }
    }

    #[test]
    fn document_offsets_slice_back_in_every_unit(t in text(80)) {
        for unit in [OffsetUnit::Char, OffsetUnit::Utf8, OffsetUnit::Utf16] {
            if let Ok(doc) = analyze(&t, &Options { offset_unit: unit }) {
                prop_assert_eq!(doc.offset_unit, unit);
                if let Err(e) = check_document(&t, &doc) {
                    prop_assert!(false, "{:?}: {}", unit, e);
                }
            }
        }
    }
}
