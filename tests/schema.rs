//! The output contract (docs/schema.md): the documented example is exactly
//! what the engine produces, and documents parse with no unknown fields.
//!
//! After an intended change to the output, regenerate the example with
//! `UPDATE_SNAPSHOTS=1 cargo test --test schema` and review the diff.

use claimlens::{analyze, Document, OffsetUnit, Options};

const EXAMPLE_TEXT: &str = include_str!("../docs/example.txt");
const EXAMPLE_JSON: &str = "docs/example.json";

fn example() -> Document {
    analyze(EXAMPLE_TEXT, &Options::default()).expect("the example analyses")
}

#[test]
fn documented_example_is_what_the_engine_produces() {
    let produced = serde_json::to_string_pretty(&example()).unwrap() + "\n";
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(EXAMPLE_JSON);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, &produced).unwrap();
    }
    let documented = std::fs::read_to_string(&path).expect("docs/example.json exists");
    assert!(
        documented == produced,
        "docs/example.json is out of date: run UPDATE_SNAPSHOTS=1 cargo test --test schema and review the diff"
    );
}

#[test]
fn documents_round_trip_with_no_unknown_fields() {
    let doc = example();
    let json = serde_json::to_value(&doc).unwrap();
    let back: Document = serde_json::from_value(json.clone()).unwrap();
    assert_eq!(back, doc);
    let mut extra = json;
    extra["surprise"] = serde_json::json!(1);
    assert!(
        serde_json::from_value::<Document>(extra).is_err(),
        "unknown fields must be rejected"
    );
}

#[test]
fn top_level_fields_are_the_documented_ones() {
    let json = serde_json::to_value(example()).unwrap();
    let mut keys: Vec<&str> = json
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "articles",
            "claims",
            "offset_unit",
            "schema",
            "skipped",
            "sources"
        ]
    );
    assert_eq!(json["schema"], "claimlens/2");
    let claim = &json["claims"][0];
    for key in [
        "index",
        "start",
        "end",
        "text",
        "article",
        "paragraph",
        "attribution",
        "stance",
    ] {
        assert!(claim.get(key).is_some(), "claims carry {key}");
    }
    for key in ["kind", "source", "source_id", "cue", "quote", "reasons"] {
        assert!(
            claim["attribution"].get(key).is_some(),
            "attribution carries {key}"
        );
    }
    for key in ["kind", "score", "reasons"] {
        assert!(claim["stance"].get(key).is_some(), "stance carries {key}");
    }
}

#[test]
fn sources_and_their_claims_point_at_each_other() {
    let json = serde_json::to_value(example()).unwrap();
    let sources = json["sources"].as_array().unwrap();
    assert!(!sources.is_empty(), "the example cites sources");
    for (id, source) in sources.iter().enumerate() {
        assert_eq!(source["id"], id);
        for key in ["article", "name", "kind", "type", "mentions", "claims"] {
            assert!(source.get(key).is_some(), "sources carry {key}");
        }
        for claim in source["claims"].as_array().unwrap() {
            let claim = &json["claims"][claim.as_u64().unwrap() as usize];
            assert_eq!(claim["attribution"]["source_id"], id);
        }
    }
    for claim in json["claims"].as_array().unwrap() {
        let id = &claim["attribution"]["source_id"];
        if let Some(id) = id.as_u64() {
            assert!(sources[id as usize]["claims"]
                .as_array()
                .unwrap()
                .contains(&claim["index"]));
        }
    }
}

#[test]
fn every_span_slices_the_input_in_every_unit() {
    let text = "“Ça va,” dit-elle 😀. Officials said the talks failed, according to two sources.";
    for unit in [OffsetUnit::Char, OffsetUnit::Utf8, OffsetUnit::Utf16] {
        let doc = analyze(text, &Options { offset_unit: unit }).unwrap();
        let slice = |start: usize, end: usize| -> String {
            match unit {
                OffsetUnit::Char => text.chars().skip(start).take(end - start).collect(),
                OffsetUnit::Utf8 => text[start..end].to_string(),
                OffsetUnit::Utf16 => {
                    let units: Vec<u16> = text.encode_utf16().collect();
                    String::from_utf16(&units[start..end]).unwrap()
                }
            }
        };
        assert!(!doc.claims.is_empty());
        for c in &doc.claims {
            assert_eq!(slice(c.start, c.end), c.text, "{unit:?}");
            for s in [
                &c.attribution.source,
                &c.attribution.cue,
                &c.attribution.quote,
            ]
            .into_iter()
            .flatten()
            {
                assert_eq!(slice(s.start, s.end), s.text, "{unit:?}");
            }
        }
        for s in &doc.sources {
            for m in std::iter::once(&s.name).chain(&s.mentions) {
                assert_eq!(slice(m.start, m.end), m.text, "{unit:?}");
            }
        }
    }
}
