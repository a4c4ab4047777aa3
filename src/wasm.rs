//! The JavaScript boundary: converts types and nothing else.
//!
//! JavaScript strings are UTF-16, so offsets default to UTF-16 code units and
//! slice the caller's string directly (`text.slice(claim.start, claim.end)`).
//! Every failure reaches JavaScript as a thrown `Error` carrying the core's
//! message; the module stays usable after it.

use js_sys::{Array, JsString, Object, Reflect};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::offsets::OffsetMap;
use crate::{OffsetUnit, Options, SpanEntry};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
/** The unit of every offset in a Document. "utf16" slices JavaScript strings. */
export type OffsetUnit = "utf16" | "char" | "utf8";

export interface AnalyzeOptions {
  /** Defaults to "utf16". */
  offsetUnit?: OffsetUnit;
}

/** A span of the text: offsets and the words themselves. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Reason {
  rule: string;
  detail: string;
  span: Span | null;
}

export interface Counts {
  claims: number;
  named: number;
  anonymous: number;
  official: number;
  unattributed: number;
  opinion: number;
  reporting: number;
}

export interface Article {
  index: number;
  start: number;
  end: number;
  headline: Span | null;
  kind: "reporting" | "opinion" | "mixed";
  reasons: Reason[];
  counts: Counts;
}

export interface Attribution {
  kind: "named" | "anonymous" | "official" | "unattributed";
  source: Span | null;
  /** The claim's source in `Document.sources`, when it has one. */
  source_id: number | null;
  cue: Span | null;
  quote: Span | null;
  reasons: Reason[];
}

export interface Signal {
  start: number;
  end: number;
  text: string;
  signal: string;
  /** The stance model's weight for this signal (positive: opinion). */
  weight: number;
  /** Whose words: "author", "framing", "reported" or "source". */
  voice: string;
}

export interface Stance {
  kind: "opinion" | "reporting";
  score: number;
  reasons: Signal[];
}

export interface Claim {
  index: number;
  start: number;
  end: number;
  text: string;
  article: number;
  paragraph: number;
  attribution: Attribution;
  stance: Stance;
}

export interface Skipped {
  start: number;
  end: number;
  text: string;
  /** One of LABELS.md's reasons: "headline", "caption", "credit", ... */
  reason: string;
  detail: string;
}

/** One person, body or document an article cites, identified once. */
export interface Source {
  id: number;
  article: number;
  /** The fullest name the article gives it. */
  name: Span;
  kind: "named" | "anonymous" | "official";
  type: "person" | "body" | "document" | "unknown";
  mentions: Span[];
  /** Indexes into `Document.claims`. */
  claims: number[];
}

/** The analysis of one text (schema "claimlens/2", see docs/schema.md). */
export interface Document {
  schema: string;
  offset_unit: OffsetUnit;
  articles: Article[];
  claims: Claim[];
  skipped: Skipped[];
  /** The sources roster. */
  sources: Source[];
}
"#;

/// Analyses an article and returns its claims, attributions and stances.
///
/// Throws an `Error` for empty or oversized text, bad options, or text with
/// an unpaired surrogate.
#[wasm_bindgen(unchecked_return_type = "Document")]
pub fn analyze(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "AnalyzeOptions | null")] options: JsValue,
) -> Result<JsValue, JsError> {
    let options = parse_options(&options)?;
    let text = well_formed(&text)?;
    let analysis = crate::analyze_text(&text).map_err(|e| JsError::new(&e.to_string()))?;
    // Written into JavaScript objects entry by entry, never built whole.
    to_js(&crate::Stream::new(&text, &analysis, options.offset_unit))
}

/// Splits a text into sentences, with UTF-16 offsets and no page-furniture
/// filtering.
#[wasm_bindgen(unchecked_return_type = "Span[]")]
pub fn sentences(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
) -> Result<JsValue, JsError> {
    let text = well_formed(&text)?;
    let spans = crate::sentences(&text);
    let map = OffsetMap::new(&text, OffsetUnit::Utf16);
    let entries: Vec<SpanEntry> = spans
        .iter()
        .map(|s| SpanEntry {
            start: map.get(s.start),
            end: map.get(s.end),
            text: s.of(&text).to_string(),
        })
        .collect();
    to_js(&entries)
}

/// Builds the rules' word lists and patterns, and runs the analysis once on
/// a built-in sample, so that the first real article costs what every later
/// one does. Call it when the engine has idle time after loading (the page's
/// worker does); `analyze` works without it.
#[wasm_bindgen]
pub fn warm() {
    // The sample's document is also written into JavaScript objects, so that
    // the conversion's code is compiled too.
    crate::warm::build_patterns();
    let sample = crate::warm::SAMPLE;
    if let Ok(analysis) = crate::analyze_text(sample) {
        let _ = to_js(&crate::Stream::new(sample, &analysis, OffsetUnit::Utf16));
    }
}

/// The schema version of the documents `analyze` returns.
#[wasm_bindgen]
pub fn schema() -> String {
    crate::SCHEMA.to_string()
}

/// Reads `analyze`'s second argument: `undefined`, `null` or
/// `{ offsetUnit?: "utf16" | "char" | "utf8" }`. Unknown keys are refused so
/// that a misspelt option fails loudly instead of being ignored.
pub(crate) fn parse_options(value: &JsValue) -> Result<Options, JsError> {
    let mut options = Options {
        offset_unit: OffsetUnit::Utf16,
    };
    if value.is_undefined() || value.is_null() {
        return Ok(options);
    }
    if !value.is_object() || Array::is_array(value) {
        return Err(JsError::new(&format!(
            "claimlens: options must be an object like {{ offsetUnit: \"utf16\" }}, got {}",
            type_name(value)
        )));
    }
    for key in Object::keys(value.unchecked_ref::<Object>()).iter() {
        let key = key.as_string().unwrap_or_default();
        if key != "offsetUnit" {
            return Err(JsError::new(&format!(
                "claimlens: unknown option {key:?}: the only option is offsetUnit"
            )));
        }
    }
    let unit = Reflect::get(value, &JsValue::from_str("offsetUnit"))
        .map_err(|_| JsError::new("claimlens: options.offsetUnit could not be read"))?;
    if let Some(name) = unit.as_string() {
        options.offset_unit = name
            .parse()
            .map_err(|e| JsError::new(&format!("claimlens: options.offsetUnit: {e}")))?;
    } else if !unit.is_undefined() {
        return Err(JsError::new(&format!(
            "claimlens: options.offsetUnit must be \"utf16\", \"char\" or \"utf8\", got {}",
            type_name(&unit)
        )));
    }
    Ok(options)
}

/// The text as Rust sees it, refusing strings that would change on the way.
///
/// Crossing into Rust replaces an unpaired surrogate with U+FFFD, which
/// would silently alter the text and shift nothing but mean something else.
/// Every U+FFFD in the converted text is one UTF-16 unit, as was the
/// surrogate it may have replaced, so its UTF-16 index in the converted text
/// is its index in the original: one look at the original tells a real
/// U+FFFD from a replaced surrogate.
pub(crate) fn well_formed(value: &JsValue) -> Result<String, JsError> {
    let Some(js) = value.dyn_ref::<JsString>() else {
        return Err(JsError::new(&format!(
            "claimlens: expected the text as a string, got {}",
            type_name(value)
        )));
    };
    let text = String::from(js);
    let mut at = 0u32;
    for c in text.chars() {
        if c == char::REPLACEMENT_CHARACTER {
            let unit = js.char_code_at(at);
            if (f64::from(0xD800u16)..=f64::from(0xDFFFu16)).contains(&unit) {
                return Err(JsError::new(&format!(
                    "claimlens: the text has an unpaired surrogate (0x{:X}) at UTF-16 index {at}; \
                     text.toWellFormed() repairs it",
                    unit as u32
                )));
            }
        }
        at += c.len_utf16() as u32;
    }
    Ok(text)
}

pub(crate) fn type_name(value: &JsValue) -> String {
    if value.is_null() {
        "null".to_string()
    } else if Array::is_array(value) {
        "an array".to_string()
    } else {
        value
            .js_typeof()
            .as_string()
            .unwrap_or_else(|| "a non-string".to_string())
    }
}

pub(crate) fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("claimlens: could not build the result: {e}")))
}
