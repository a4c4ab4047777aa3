//! The JavaScript boundary, in a real browser (headless Chromium):
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown
//! --no-default-features --test web`.
#![cfg(target_arch = "wasm32")]

use claimlens::{wasm, Document, OffsetUnit, SpanEntry};
use js_sys::{JsString, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Curly quotes, emoji (surrogate pairs in UTF-16) and Persian names, so that
/// UTF-8 bytes, code points and UTF-16 units all disagree.
const ARTICLE: &str = "Iran’s foreign minister, Abbas Araghchi (عباس عراقچی), said on Monday that \
“the door to diplomacy is still open” 🕊️ after talks in Muscat.\n\n\
Two officials who spoke on condition of anonymity said the next round 🗓️ could begin within weeks.\n\n\
The delay is a disgrace 😡, and Tehran’s hardliners, led by Mohammad-Bagher Ghalibaf \
(محمدباقر قالیباف), deserve the blame.";

fn js(text: &str) -> JsValue {
    JsValue::from_str(text)
}

fn options(offset_unit: &str) -> JsValue {
    let options = Object::new();
    Reflect::set(&options, &"offsetUnit".into(), &offset_unit.into()).unwrap();
    options.into()
}

fn document(value: JsValue) -> Document {
    serde_wasm_bindgen::from_value(value).expect("analyze returns a Document")
}

/// Every span of the document with the words it claims to cover.
fn spans(doc: &Document) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut push = |s: &SpanEntry| out.push((s.start, s.end, s.text.clone()));
    for a in &doc.articles {
        a.headline.iter().for_each(&mut push);
        a.reasons
            .iter()
            .filter_map(|r| r.span.as_ref())
            .for_each(&mut push);
    }
    for c in &doc.claims {
        out.push((c.start, c.end, c.text.clone()));
        let at = &c.attribution;
        [&at.source, &at.cue, &at.quote]
            .into_iter()
            .flatten()
            .for_each(|s| {
                out.push((s.start, s.end, s.text.clone()));
            });
        for r in at.reasons.iter().filter_map(|r| r.span.as_ref()) {
            out.push((r.start, r.end, r.text.clone()));
        }
        for s in &c.stance.reasons {
            out.push((s.start, s.end, s.text.clone()));
        }
    }
    for s in &doc.skipped {
        out.push((s.start, s.end, s.text.clone()));
    }
    out
}

/// The error a boundary call threw, as JavaScript sees it.
fn thrown(result: Result<JsValue, wasm_bindgen::JsError>) -> js_sys::Error {
    let value = JsValue::from(result.expect_err("the call should throw"));
    assert!(
        value.is_instance_of::<js_sys::Error>(),
        "thrown value is not an Error: {value:?}"
    );
    value.dyn_into::<js_sys::Error>().unwrap()
}

fn message(error: &js_sys::Error) -> String {
    String::from(error.message())
}

#[wasm_bindgen_test]
fn claim_offsets_slice_the_javascript_string() {
    let text = JsString::from(ARTICLE);
    let doc = document(wasm::analyze(text.clone().into(), JsValue::UNDEFINED).unwrap());
    assert_eq!(doc.offset_unit, OffsetUnit::Utf16);
    assert!(
        !doc.claims.is_empty(),
        "a three-paragraph article yields claims"
    );
    for (start, end, words) in spans(&doc) {
        assert_eq!(String::from(text.slice(start as u32, end as u32)), words);
    }
    // After the first emoji, UTF-16 offsets and code point offsets part: the
    // same claims in char units must start earlier.
    let chars = document(wasm::analyze(text.into(), options("char")).unwrap());
    assert_eq!(chars.claims.len(), doc.claims.len());
    assert!(
        doc.claims
            .iter()
            .zip(&chars.claims)
            .any(|(u, c)| u.start > c.start),
        "no claim lies after a surrogate pair: the test text no longer tests UTF-16"
    );
}

#[wasm_bindgen_test]
fn offsets_default_to_utf16_and_slice_the_javascript_string() {
    let text = JsString::from(ARTICLE);
    for options in [
        JsValue::UNDEFINED,
        JsValue::NULL,
        Object::new().into(),
        options("utf16"),
    ] {
        let doc = document(wasm::analyze(text.clone().into(), options).unwrap());
        assert_eq!(doc.schema, wasm::schema());
        assert_eq!(doc.offset_unit, OffsetUnit::Utf16);
        for (start, end, words) in spans(&doc) {
            assert!(end as u32 <= text.length());
            assert_eq!(String::from(text.slice(start as u32, end as u32)), words);
        }
    }
}

#[wasm_bindgen_test]
fn char_offsets_count_code_points() {
    let doc = document(wasm::analyze(js(ARTICLE), options("char")).unwrap());
    assert_eq!(doc.offset_unit, OffsetUnit::Char);
    let chars: Vec<char> = ARTICLE.chars().collect();
    for (start, end, words) in spans(&doc) {
        assert_eq!(chars[start..end].iter().collect::<String>(), words);
    }
}

#[wasm_bindgen_test]
fn sentence_offsets_slice_the_javascript_string() {
    let text = JsString::from(ARTICLE);
    let sentences: Vec<SpanEntry> =
        serde_wasm_bindgen::from_value(wasm::sentences(text.clone().into()).unwrap()).unwrap();
    assert!(!sentences.is_empty());
    let mut covered = 0;
    for s in &sentences {
        assert!(s.start < s.end && s.end as u32 <= text.length());
        assert_eq!(
            String::from(text.slice(s.start as u32, s.end as u32)),
            s.text
        );
        covered = s.end;
    }
    // The last sentence ends at the last UTF-16 unit of the text, which is
    // past the emoji and Persian names: byte or char offsets would differ.
    assert_eq!(covered as u32, text.length());
    assert_ne!(covered, ARTICLE.len());
    assert_ne!(covered, ARTICLE.chars().count());
}

#[wasm_bindgen_test]
fn sentences_are_plain_objects() {
    let value = wasm::sentences(js("One sentence.")).unwrap();
    let array: js_sys::Array = value.dyn_into().expect("an Array");
    let first = array.get(0);
    assert_eq!(
        Reflect::get(&first, &"start".into()).unwrap().as_f64(),
        Some(0.0)
    );
    assert_eq!(
        Reflect::get(&first, &"end".into()).unwrap().as_f64(),
        Some(13.0)
    );
    assert_eq!(
        Reflect::get(&first, &"text".into())
            .unwrap()
            .as_string()
            .as_deref(),
        Some("One sentence.")
    );
}

#[wasm_bindgen_test]
fn empty_text_throws_the_core_message() {
    for text in ["", "  \n\t "] {
        let error = thrown(wasm::analyze(js(text), JsValue::UNDEFINED));
        assert!(
            message(&error).contains("the text is empty"),
            "{}",
            message(&error)
        );
    }
}

#[wasm_bindgen_test]
fn bad_options_throw_naming_the_value() {
    let error = thrown(wasm::analyze(js(ARTICLE), options("bytes")));
    assert!(
        message(&error).contains("offsetUnit"),
        "{}",
        message(&error)
    );
    assert!(message(&error).contains("bytes"), "{}", message(&error));

    let typo = Object::new();
    Reflect::set(&typo, &"offsetunit".into(), &"utf16".into()).unwrap();
    let error = thrown(wasm::analyze(js(ARTICLE), typo.into()));
    assert!(
        message(&error).contains("offsetunit"),
        "{}",
        message(&error)
    );

    let unit = Object::new();
    Reflect::set(&unit, &"offsetUnit".into(), &JsValue::from_f64(16.0)).unwrap();
    let error = thrown(wasm::analyze(js(ARTICLE), unit.into()));
    assert!(
        message(&error).contains("offsetUnit must be"),
        "{}",
        message(&error)
    );

    for not_an_object in [
        JsValue::from_f64(16.0),
        js("utf16"),
        js_sys::Array::new().into(),
    ] {
        let error = thrown(wasm::analyze(js(ARTICLE), not_an_object));
        assert!(
            message(&error).contains("options must be an object"),
            "{}",
            message(&error)
        );
    }
}

#[wasm_bindgen_test]
fn text_that_is_not_a_string_throws() {
    for value in [JsValue::UNDEFINED, JsValue::NULL, JsValue::from_f64(1.0)] {
        let error = thrown(wasm::analyze(value, JsValue::UNDEFINED));
        assert!(
            message(&error).contains("expected the text as a string"),
            "{}",
            message(&error)
        );
    }
}

#[wasm_bindgen_test]
fn lone_surrogates_throw_with_their_index() {
    let a = u16::from(b'a');
    // A lone high surrogate, a lone low surrogate, and one at the very end
    // after a valid pair (which counts two units).
    let cases: [(&[u16], u32); 3] = [
        (&[a, 0xD83D, a], 1),
        (&[a, a, 0xDE00, a], 2),
        (&[0xD83D, 0xDE00, a, 0xD83D], 3),
    ];
    for (units, index) in cases {
        let text = JsString::from_char_code(units);
        for result in [
            wasm::analyze(text.clone().into(), JsValue::UNDEFINED),
            wasm::sentences(text.clone().into()),
        ] {
            let error = thrown(result);
            let m = message(&error);
            assert!(m.contains(&format!("UTF-16 index {index}")), "{m}");
            assert!(m.contains("toWellFormed()"), "{m}");
        }
    }
}

#[wasm_bindgen_test]
fn a_real_replacement_character_is_text() {
    let doc = wasm::analyze(
        js("The minister said the figure was \u{FFFD}5 billion."),
        JsValue::NULL,
    );
    assert!(doc.is_ok());
}

#[wasm_bindgen_test]
fn the_module_keeps_working_after_errors() {
    thrown(wasm::analyze(js(""), JsValue::UNDEFINED));
    thrown(wasm::analyze(js(ARTICLE), options("bytes")));
    thrown(wasm::analyze(
        JsString::from_char_code(&[0xDC00]).into(),
        JsValue::UNDEFINED,
    ));
    let doc = document(wasm::analyze(js(ARTICLE), JsValue::UNDEFINED).unwrap());
    assert_eq!(doc.schema, claimlens::SCHEMA);
    let sentences = wasm::sentences(js(ARTICLE)).unwrap();
    assert!(js_sys::Array::is_array(&sentences));
}

#[wasm_bindgen_test]
fn warming_leaves_the_analysis_unchanged() {
    let cold = document(wasm::analyze(js(ARTICLE), JsValue::UNDEFINED).unwrap());
    wasm::warm();
    let warmed = document(wasm::analyze(js(ARTICLE), JsValue::UNDEFINED).unwrap());
    assert_eq!(cold, warmed);
}
