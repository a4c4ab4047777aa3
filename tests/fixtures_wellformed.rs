//! The gold fixtures are themselves checked before anything is measured
//! against them: every `<name>.gold.json` under tests/fixtures/seeds,
//! tests/fixtures/cases, tests/fixtures/heldout, tests/fixtures/heldout2,
//! tests/fixtures/heldout3, tests/fixtures/heldout4, tests/fixtures/heldout5,
//! tests/fixtures/heldout6 to tests/fixtures/heldout28
//! must describe its `<name>.txt` exactly as tests/fixtures/README.md says
//! (exact substrings in text order, every non-blank character in exactly one
//! item, labels from the allowed sets, source/cue/quote words that are really
//! in the text).
//!
//! This test knows nothing about the analysis; it guards the answer key.

use std::fs;
use std::path::{Path, PathBuf};

use claimlens::text::is_blank;
use serde_json::Value;

const SKIP_REASONS: &[&str] = &[
    "headline",
    "caption",
    "credit",
    "duplicate",
    "navigation",
    "byline",
    "dateline",
    "advertisement",
    "restriction",
    "boilerplate",
];
const ATTRIBUTIONS: &[&str] = &["named", "anonymous", "official", "unattributed"];
const STANCES: &[&str] = &["opinion", "reporting"];
const ARTICLE_KINDS: &[&str] = &["opinion", "reporting", "mixed"];

fn fixture_dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// All gold files in a fixture directory, sorted by name.
fn gold_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|p| p.to_string_lossy().ends_with(".gold.json"))
        .collect();
    files.sort();
    files
}

/// One listed item (claim or skipped) located in the input.
struct Located<'g> {
    start: usize,
    end: usize,
    item: &'g Value,
    is_claim: bool,
}

/// Byte offset of the first non-blank character at or after `pos`.
fn next_non_blank(text: &str, pos: usize) -> usize {
    text[pos..]
        .char_indices()
        .find(|&(_, c)| !is_blank(c))
        .map_or(text.len(), |(i, _)| pos + i)
}

/// Where the paragraph (run of lines up to a blank line) holding `end` ends.
fn paragraph_end(text: &str, end: usize) -> usize {
    text[end..].find("\n\n").map_or(text.len(), |i| end + i)
}

fn string_field<'g>(
    item: &'g Value,
    key: &str,
    errors: &mut Vec<String>,
    at: &str,
) -> Option<&'g str> {
    match item.get(key) {
        Some(Value::String(s)) => Some(s),
        Some(Value::Null) | None => None,
        Some(other) => {
            errors.push(format!(
                "{at}: `{key}` is neither a string nor null: {other}"
            ));
            None
        }
    }
}

/// Checks one gold file against the input beside it.
fn check_file(gold_path: &Path) -> Vec<String> {
    let name = gold_path
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    let raw = fs::read_to_string(gold_path).unwrap_or_else(|e| panic!("{name}: {e}"));
    let text_name = format!("{}.txt", name.trim_end_matches(".gold.json"));
    match fs::read_to_string(gold_path.with_file_name(&text_name)) {
        Ok(text) => check(&name, &raw, &text_name, &text),
        Err(e) => vec![format!("{name}: cannot read {text_name}: {e}")],
    }
}

/// Checks one gold annotation (`raw` JSON, named `name`) against the input
/// `text` it describes, named `text_name`; returns every problem found.
fn check(name: &str, raw: &str, text_name: &str, text: &str) -> Vec<String> {
    let mut errors = Vec::new();
    let gold: Value = match serde_json::from_str(raw) {
        Ok(v) => v,
        Err(e) => return vec![format!("{name}: not valid JSON: {e}")],
    };
    if gold["file"].as_str() != Some(text_name) {
        errors.push(format!(
            "{name}: `file` should be {text_name:?}, is {}",
            gold["file"]
        ));
    }
    if gold["note"].as_str().is_none_or(str::is_empty) {
        errors.push(format!("{name}: `note` should say what the page is"));
    }

    let articles = gold["articles"].as_array().cloned().unwrap_or_default();
    let skipped = gold["skipped"].as_array().cloned().unwrap_or_default();
    let claims = gold["claims"].as_array().cloned().unwrap_or_default();
    if articles.is_empty() {
        errors.push(format!("{name}: no articles"));
    }
    if claims.is_empty() {
        errors.push(format!("{name}: no claims"));
    }

    // Walk the text: at each step the next non-blank character must start
    // the next unlisted skipped item or the next unlisted claim.
    let mut located: Vec<Located> = Vec::new();
    let (mut next_skip, mut next_claim, mut pos) = (0, 0, 0);
    loop {
        let at = next_non_blank(text, pos);
        if at == text.len() {
            break;
        }
        let fits = |item: Option<&Value>| -> Option<usize> {
            let t = item?.get("text")?.as_str()?;
            (!t.is_empty() && text[at..].starts_with(t)).then_some(t.len())
        };
        let skip_len = fits(skipped.get(next_skip));
        let claim_len = fits(claims.get(next_claim));
        let (len, is_claim) = match (skip_len, claim_len) {
            (Some(s), Some(c)) if c > s => (c, true),
            (Some(s), _) => (s, false),
            (None, Some(c)) => (c, true),
            (None, None) => {
                let line_end = text[at..].find('\n').map_or(text.len(), |i| at + i);
                errors.push(format!(
                    "{name}: text at byte {at} is in no item (next skipped {:?}, next claim {:?}): {:?}",
                    skipped.get(next_skip).map(|s| &s["text"]),
                    claims.get(next_claim).map(|c| &c["text"]),
                    &text[at..line_end]
                ));
                break;
            }
        };
        let item = if is_claim {
            next_claim += 1;
            &claims[next_claim - 1]
        } else {
            next_skip += 1;
            &skipped[next_skip - 1]
        };
        located.push(Located {
            start: at,
            end: at + len,
            item,
            is_claim,
        });
        pos = at + len;
    }
    if next_skip < skipped.len() {
        errors.push(format!(
            "{name}: skipped item {next_skip} ({}) not found in order",
            skipped[next_skip]["text"]
        ));
    }
    if next_claim < claims.len() {
        errors.push(format!(
            "{name}: claim {next_claim} ({}) not found in order",
            claims[next_claim]["text"]
        ));
    }

    // Headlines are skipped items with reason `headline`.
    for (i, article) in articles.iter().enumerate() {
        let at = format!("{name}: article {i}");
        match article["headline"].as_str() {
            Some(h)
                if skipped
                    .iter()
                    .any(|s| s["text"] == h && s["reason"] == "headline") => {}
            Some(h) => errors.push(format!("{at}: headline {h:?} is not a skipped headline")),
            None => errors.push(format!("{at}: no headline")),
        }
        if !article["kind"]
            .as_str()
            .is_some_and(|k| ARTICLE_KINDS.contains(&k))
        {
            errors.push(format!(
                "{at}: kind {} not in {ARTICLE_KINDS:?}",
                article["kind"]
            ));
        }
    }

    let mut last_article = 0;
    for (index, found) in located.iter().enumerate() {
        let item = found.item;
        let item_text = &text[found.start..found.end];
        let at = format!("{name}: item {index} {item_text:?}");
        if item_text.starts_with(is_blank) || item_text.ends_with(is_blank) {
            errors.push(format!("{at}: not trimmed"));
        }
        if let Some(note) = item.get("note") {
            if note.as_str().is_none_or(|n| n.trim().is_empty()) {
                errors.push(format!(
                    "{at}: `note` must be a non-empty string when present"
                ));
            }
        }
        if !found.is_claim {
            if !item["reason"]
                .as_str()
                .is_some_and(|r| SKIP_REASONS.contains(&r))
            {
                errors.push(format!(
                    "{at}: reason {} not in {SKIP_REASONS:?}",
                    item["reason"]
                ));
            }
            continue;
        }

        match item["article"].as_u64() {
            Some(a) if (a as usize) < articles.len() && a as usize >= last_article => {
                last_article = a as usize
            }
            other => errors.push(format!(
                "{at}: article {other:?} out of range or out of order"
            )),
        }
        if !item_text.chars().any(char::is_alphanumeric) {
            errors.push(format!("{at}: a claim needs words"));
        }
        if !item["stance"]
            .as_str()
            .is_some_and(|s| STANCES.contains(&s))
        {
            errors.push(format!(
                "{at}: stance {} not in {STANCES:?}",
                item["stance"]
            ));
        }
        let kind = item["attribution"].as_str().unwrap_or("");
        if !ATTRIBUTIONS.contains(&kind) {
            errors.push(format!(
                "{at}: attribution {kind:?} not in {ATTRIBUTIONS:?}"
            ));
        }
        let source = string_field(item, "source", &mut errors, &at);
        let cue = string_field(item, "cue", &mut errors, &at);
        let quote = string_field(item, "quote", &mut errors, &at);
        if kind == "unattributed" && (source.is_some() || cue.is_some()) {
            errors.push(format!("{at}: an unattributed claim has no source or cue"));
        }
        if kind != "unattributed" && cue.is_none() {
            errors.push(format!("{at}: an attributed claim names its cue"));
        }
        // Spans lie in the claim, earlier in the text (carried forward), or
        // later in the claim's own paragraph (a quotation whose attribution
        // closes it covers all its sentences).
        let para_end = paragraph_end(text, found.end);
        for (key, value) in [("source", source), ("cue", cue), ("quote", quote)] {
            let Some(words) = value else { continue };
            let inside = item_text.contains(words);
            let earlier = text[..found.start].contains(words);
            let same_paragraph = text[found.end..para_end].contains(words);
            if words.is_empty() || !(inside || earlier || same_paragraph) {
                errors.push(format!(
                    "{at}: {key} {words:?} is neither in the claim nor before it"
                ));
            }
        }
    }
    errors
}

fn check_dir(dir: &str, at_least: usize) {
    let files = gold_files(&fixture_dir(dir));
    assert!(
        files.len() >= at_least,
        "expected at least {at_least} gold files in tests/fixtures/{dir}, found {}",
        files.len()
    );
    let errors: Vec<String> = files.iter().flat_map(|f| check_file(f)).collect();
    assert!(
        errors.is_empty(),
        "{} problem(s):\n{}",
        errors.len(),
        errors.join("\n")
    );
}

/// One test per gold set, so that a failing set is named and one set can be
/// checked alone (`cargo test --test fixtures_wellformed heldout09`; the
/// numbers have two digits so that one name is no prefix of another).
macro_rules! well_formed {
    ($($test:ident: $dir:literal, at least $n:literal;)*) => {$(
        #[test]
        fn $test() {
            check_dir($dir, $n);
        }
    )*};
}

well_formed! {
    seeds: "seeds", at least 3;
    cases: "cases", at least 12;
    heldout01: "heldout", at least 4;
    heldout02: "heldout2", at least 5;
    heldout03: "heldout3", at least 5;
    heldout04: "heldout4", at least 5;
    heldout05: "heldout5", at least 5;
    heldout06: "heldout6", at least 5;
    heldout07: "heldout7", at least 5;
    heldout08: "heldout8", at least 5;
    heldout09: "heldout9", at least 5;
    heldout10: "heldout10", at least 5;
    heldout11: "heldout11", at least 5;
    heldout12: "heldout12", at least 5;
    heldout13: "heldout13", at least 5;
    heldout14: "heldout14", at least 5;
    heldout15: "heldout15", at least 5;
    heldout16: "heldout16", at least 5;
    heldout17: "heldout17", at least 5;
    heldout18: "heldout18", at least 5;
    heldout19: "heldout19", at least 5;
    heldout20: "heldout20", at least 5;
    heldout21: "heldout21", at least 5;
    heldout22: "heldout22", at least 5;
    heldout23: "heldout23", at least 5;
    heldout24: "heldout24", at least 5;
    heldout25: "heldout25", at least 5;
    heldout26: "heldout26", at least 5;
    heldout27: "heldout27", at least 5;
    heldout28: "heldout28", at least 5;
}

/// The checker itself must catch broken annotations, or the tests above
/// prove nothing.
#[test]
fn checker_rejects_broken_annotations() {
    let text = "Headline\n\nIran denies the talks, while the White House declined to comment. \"It is over,\" Araqchi said.\n";
    let good = r#"{"file": "t.txt", "note": "n",
        "articles": [{"headline": "Headline", "kind": "reporting", "note": "n"}],
        "skipped": [{"text": "Headline", "reason": "headline"}],
        "claims": [
          {"text": "Iran denies the talks,", "article": 0, "attribution": "official",
           "source": "Iran", "cue": "denies", "quote": null, "stance": "reporting"},
          {"text": "while the White House declined to comment.", "article": 0, "attribution": "official",
           "source": "the White House", "cue": "declined to comment", "quote": null, "stance": "reporting"},
          {"text": "\"It is over,\" Araqchi said.", "article": 0, "attribution": "named",
           "source": "Araqchi", "cue": "said", "quote": "It is over,", "stance": "reporting"}
        ]}"#;
    assert_eq!(
        check("t.gold.json", good, "t.txt", text),
        Vec::<String>::new()
    );

    let broken = [
        // a character left out: the claim stops short of its full stop
        ("comment.\"", "comment\""),
        // a quote that is not in the text
        ("\"quote\": \"It is over,\"", "\"quote\": \"It is done,\""),
        // a label outside the allowed set
        ("\"reason\": \"headline\"", "\"reason\": \"title\""),
        ("\"stance\": \"reporting\"}\n", "\"stance\": \"neutral\"}\n"),
        ("\"attribution\": \"official\",\n           \"source\": \"Iran\"", "\"attribution\": \"named\",\n           \"source\": \"Tehran\""),
        // a cue that the text does not contain
        ("\"cue\": \"denies\"", "\"cue\": \"rejects\""),
        // an unattributed claim with a source
        ("\"attribution\": \"official\",\n           \"source\": \"the White House\", \"cue\": \"declined to comment\", \"quote\": null", "\"attribution\": \"unattributed\",\n           \"source\": \"the White House\", \"cue\": \"declined to comment\", \"quote\": null"),
        // a headline that is not a skipped headline
        ("\"headline\": \"Headline\", \"kind\"", "\"headline\": \"Other\", \"kind\""),
        // the wrong input file
        ("\"file\": \"t.txt\"", "\"file\": \"u.txt\""),
    ];
    for (from, to) in broken {
        assert!(
            good.contains(from),
            "test setup: {from:?} not in the good annotation"
        );
        let bad = good.replacen(from, to, 1);
        assert!(
            !check("t.gold.json", &bad, "t.txt", text).is_empty(),
            "not caught: {from:?} -> {to:?}"
        );
    }
    // Items out of order are caught too.
    let swapped = good.replacen(
        "\"Iran denies the talks,\"",
        "\"while the White House declined to comment.\"",
        1,
    );
    assert!(!check("t.gold.json", &swapped, "t.txt", text).is_empty());
}
