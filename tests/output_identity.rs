//! Output identity: the analysis of every fixture text, of the examples, of
//! the Golden Rules sentences and of a few hostile inputs, compared with
//! `tests/output_identity.expected`, so that a change meant to be internal
//! (speed, size, the token layer) cannot change a label, a span or a reason
//! unnoticed.
//!
//! The expected file holds, per input, one readable line per article, claim
//! and skipped item (spans, labels, rule ids, stance signals), so a failure
//! shows which labels moved, and a hash of the whole serialized `Document`
//! (reason texts included), so that nothing else moves either.
//!
//! A commit that changes labels on purpose (a new rule, a changed list)
//! regenerates the file and says so in its message:
//!
//!     CLAIMLENS_BLESS=1 cargo test --test output_identity
//!
//! Engineers working on the rules will do this on their branches: the diff
//! of the expected file is then the list of labels their change moved, to be
//! read before committing.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use claimlens::{analyze, Document, OffsetUnit, Options};

const EXPECTED: &str = "tests/output_identity.expected";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every `.txt` under `tests/fixtures`, sorted, as (name, text).
fn fixture_texts() -> Vec<(String, String)> {
    let mut files = Vec::new();
    let mut dirs = vec![root().join("tests/fixtures")];
    while let Some(dir) = dirs.pop() {
        for entry in fs::read_dir(&dir).expect("fixture directory") {
            let path = entry.expect("fixture entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "txt") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
        .iter()
        .map(|p| (name(p), fs::read_to_string(p).expect("fixture text")))
        .collect()
}

fn name(path: &Path) -> String {
    path.strip_prefix(root())
        .expect("under the crate")
        .to_string_lossy()
        .replace('\\', "/")
}

/// Inputs that exercise the edges: markup, scripts written right to left,
/// control characters, unbalanced quotation marks, very long lines.
fn hostile_texts() -> Vec<(String, String)> {
    let said = "Officials said the bridge would reopen on Monday, according to a statement. ";
    vec![
        (
            "hostile/html".into(),
            "<html><head><title>Storm hits coast</title></head><body><h1>Storm hits coast</h1>\
             <p>By Jane Doe</p><p>The storm &amp; its winds <b>destroyed</b> 40 homes, police said.</p>\
             <script>var x = \"said\";</script></body></html>"
                .into(),
        ),
        (
            "hostile/rtl-and-mixed-scripts".into(),
            "قال المتحدث إن المحادثات ستستمر. The minister said talks would continue.\n\n\
             «Мы не согласны», — заявил министр. 東京の知事は「準備ができている」と述べた。\n\n\
             Ο υπουργός δήλωσε ότι η συμφωνία είναι «ιστορική».\u{200F}\u{202E}reversed\u{202C}"
                .into(),
        ),
        (
            "hostile/controls-and-blanks".into(),
            "Police\u{0}said\u{7}the\tfire\r\nstarted at 3 a.m.\u{a0}Monday.\u{2028}\
             \u{feff}Witnesses said it spread fast.\r\r\n\u{3000}\u{2009}“It was terrible,” one said."
                .into(),
        ),
        (
            "hostile/unbalanced-quotes".into(),
            "“He said it was over. She said, ‘Not yet. “Maybe\" ' never » « and ” then “ \
             the mayor said 'we will see'' ... \"\"\" “”“” ‘’‘’"
                .repeat(5),
        ),
        ("hostile/one-long-line".into(), said.repeat(200)),
        (
            "hostile/dashes-and-digits".into(),
            "— — – - -- --- 1,000,000 — 3.5% — $4.2bn — 12:30 p.m. — No. 5 — U.S. — e.g. —\n"
                .repeat(20),
        ),
        (
            "hostile/shouting".into(),
            "BREAKING: THE PRESIDENT SAID TODAY THAT TAXES WILL RISE, OFFICIALS SAID.\n\n\
             WE ARE NOT GOING ANYWHERE, HE TOLD REPORTERS.\n"
                .repeat(3),
        ),
        (
            "hostile/emoji".into(),
            "👩‍👩‍👧 The family said 🎉 they were “thrilled 😀” — a spokesperson confirmed 👍🏽.".into(),
        ),
    ]
}

/// The Golden Rules sentences (tests/data), each analysed on its own.
fn golden_texts() -> Vec<(String, String)> {
    let data =
        fs::read_to_string(root().join("tests/data/golden_rules_en.jsonl")).expect("golden rules");
    data.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let v: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
            (
                format!("golden/{}", v["id"]),
                v["text"].as_str().expect("text").to_string(),
            )
        })
        .collect()
}

fn inputs() -> Vec<(String, String)> {
    let fixtures = fixture_texts();
    // All fixtures joined as one page: rules that look across articles.
    let joined = fixtures
        .iter()
        .filter(|(n, _)| n.contains("/seeds/") || n.contains("/cases/"))
        .map(|(_, t)| t.as_str())
        .collect::<Vec<_>>()
        .join("\n\n");
    let mut all = fixtures;
    for example in ["docs/example.txt", "www/example.txt"] {
        all.push((
            example.into(),
            fs::read_to_string(root().join(example)).expect("example text"),
        ));
    }
    all.push(("joined/seeds+cases".into(), joined));
    all.extend(golden_texts());
    all.extend(hostile_texts());
    all
}

/// A 64-bit FNV-1a of the serialized document: stable across platforms and
/// toolchains (std's hasher is not), only to notice any change at all.
fn fingerprint(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

fn short(text: &str) -> String {
    let mut s: String = text.chars().take(40).collect();
    if s.len() < text.len() {
        s.push('…');
    }
    format!("{s:?}")
}

/// One readable line per article, claim and skipped item.
fn summary(name: &str, text: &str, unit: OffsetUnit) -> String {
    let mut out = String::new();
    let doc = match analyze(text, &Options { offset_unit: unit }) {
        Ok(doc) => doc,
        Err(e) => {
            writeln!(out, "== {name}\nerror {e}").unwrap();
            return out;
        }
    };
    let json = serde_json::to_string(&doc).expect("serializable");
    writeln!(
        out,
        "== {name} ({} bytes, document {:016x})",
        text.len(),
        fingerprint(json.as_bytes())
    )
    .unwrap();
    lines(&doc, &mut out);
    out
}

fn lines(doc: &Document, out: &mut String) {
    for a in &doc.articles {
        let rules: Vec<&str> = a.reasons.iter().map(|r| &*r.rule).collect();
        writeln!(
            out,
            "article {} {}..{} {} headline={} rules={}",
            a.index,
            a.start,
            a.end,
            a.kind,
            a.headline
                .as_ref()
                .map_or("-".into(), |h| format!("{}..{}", h.start, h.end)),
            rules.join(",")
        )
        .unwrap();
    }
    for c in &doc.claims {
        let at = &c.attribution;
        let span =
            |s: &Option<claimlens::SpanEntry>| s.as_ref().map_or("-".into(), |s| short(&s.text));
        let rules: Vec<&str> = at.reasons.iter().map(|r| &*r.rule).collect();
        let signals: Vec<String> = c
            .stance
            .reasons
            .iter()
            .map(|s| format!("{}@{}", s.signal, s.start))
            .collect();
        writeln!(
            out,
            "claim {}..{} p{} {} source={} cue={} quote={} rules={} | {} {:.3} {}",
            c.start,
            c.end,
            c.paragraph,
            at.kind,
            span(&at.source),
            span(&at.cue),
            span(&at.quote),
            rules.join(","),
            c.stance.kind,
            c.stance.score,
            signals.join(",")
        )
        .unwrap();
    }
    for s in &doc.skipped {
        writeln!(out, "skipped {}..{} {}", s.start, s.end, s.reason).unwrap();
    }
}

fn actual() -> String {
    let mut out = String::new();
    for (name, text) in inputs() {
        out.push_str(&summary(&name, &text, OffsetUnit::Utf8));
    }
    // One input in UTF-16 offsets, as the browser asks for them.
    let (name, text) = &hostile_texts()[1];
    out.push_str(&summary(
        &format!("{name} (utf16)"),
        text,
        OffsetUnit::Utf16,
    ));
    out
}

#[test]
fn output_is_unchanged() {
    let path = root().join(EXPECTED);
    let got = actual();
    if std::env::var_os("CLAIMLENS_BLESS").is_some() {
        fs::write(&path, &got).expect("write the expected file");
        return;
    }
    let want = fs::read_to_string(&path).unwrap_or_default();
    if got == want {
        return;
    }
    // The first few differing sections, line by line.
    let sections = |s: &str| -> Vec<String> {
        s.split("\n== ")
            .map(|x| x.trim_start_matches("== ").to_string())
            .collect()
    };
    let (got_s, want_s) = (sections(&got), sections(&want));
    let mut report = String::new();
    let mut shown = 0;
    for (g, w) in got_s.iter().zip(&want_s) {
        if g == w || shown >= 5 {
            continue;
        }
        shown += 1;
        writeln!(report, "--- {}", w.lines().next().unwrap_or("")).unwrap();
        writeln!(report, "+++ {}", g.lines().next().unwrap_or("")).unwrap();
        let (gl, wl): (Vec<&str>, Vec<&str>) = (g.lines().collect(), w.lines().collect());
        for l in wl.iter().skip(1).filter(|l| !gl.contains(l)).take(10) {
            writeln!(report, "- {l}").unwrap();
        }
        for l in gl.iter().skip(1).filter(|l| !wl.contains(l)).take(10) {
            writeln!(report, "+ {l}").unwrap();
        }
    }
    if got_s.len() != want_s.len() {
        writeln!(
            report,
            "{} inputs now, {} expected",
            got_s.len(),
            want_s.len()
        )
        .unwrap();
    }
    panic!(
        "the output changed ({} differing inputs shown; a differing document hash \
         with equal lines means a reason's text or a span's text changed).\n{report}\n\
         If the change is meant, regenerate {EXPECTED} with \
         `CLAIMLENS_BLESS=1 cargo test --test output_identity` and say why in the commit.",
        shown
    );
}
