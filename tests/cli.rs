//! The `claimlens` command line, run as the real binary: what it prints for
//! good input in each format and offset unit, how `--jsonl` reports each line,
//! and the one-line message and exit status (sysexits, src/cli/help.rs) for
//! each kind of bad input. No run may panic.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::Value;

/// A short article with curly quotes, an apostrophe, an emoji (outside the
/// Basic Multilingual Plane: two UTF-16 units, four bytes), a non-breaking
/// space, an em dash and a Persian sentence, so that the three offset units
/// all differ.
const ARTICLE: &str = "Ministry denies talks with rebels 🕊️\n\n\
TEHRAN — Iran’s foreign ministry said on Monday that “no talks of any kind” had taken place.\n\n\
“We have nothing to hide,” said Reza Karimi, a ministry spokesman.\u{a0}Two diplomats said a meeting was held in Muscat 🤝 last week.\n\n\
وزارت خارجه گفت «هیچ مذاکره‌ای انجام نشده است».\n\n\
This is, frankly, a bizarre denial.\n";

/// Runs the binary with `args`, feeding `stdin` (empty when `None`), and
/// checks it did not panic.
fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    run_env(args, stdin, &[])
}

fn run_env(args: &[&str], stdin: Option<&[u8]>, env: &[(&str, &str)]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimlens"))
        .args(args)
        .envs(env.iter().copied())
        .env_remove("NO_COLOR")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the claimlens binary starts");
    let mut pipe = child.stdin.take().expect("stdin is piped");
    let input = stdin.unwrap_or_default().to_vec();
    // Write from a thread so a large output cannot deadlock against the input.
    let writer = std::thread::spawn(move || {
        let _ = pipe.write_all(&input);
    });
    let out = child.wait_with_output().expect("the claimlens binary runs");
    writer.join().expect("stdin writer");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains("panicked"),
        "claimlens {args:?} panicked: {stderr}"
    );
    out
}

fn code(out: &Output) -> i32 {
    out.status.code().expect("exited normally, not by a signal")
}

fn stdout(out: &Output) -> &str {
    std::str::from_utf8(&out.stdout).expect("stdout is UTF-8")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Writes `bytes` to a fresh file under the target's temporary directory.
fn temp_file(name: &str, bytes: &[u8]) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!(
        "cli-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::create_dir_all(&dir).expect("temporary directory");
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("temporary file");
    path
}

fn path_str(p: &Path) -> &str {
    p.to_str().expect("UTF-8 temporary path")
}

/// `text[start..end]` with offsets counted in `unit`.
fn slice(text: &str, start: usize, end: usize, unit: &str) -> Option<String> {
    if start > end {
        return None;
    }
    match unit {
        "char" => {
            let chars: Vec<char> = text.chars().collect();
            chars.get(start..end).map(|c| c.iter().collect())
        }
        "utf8" => text.get(start..end).map(str::to_string),
        "utf16" => {
            let units: Vec<u16> = text.encode_utf16().collect();
            units
                .get(start..end)
                .and_then(|u| String::from_utf16(u).ok())
        }
        other => panic!("no unit {other}"),
    }
}

/// Checks every `{start, end, text}` object anywhere in the document slices
/// `text` in `unit`; returns how many it checked.
fn check_spans(value: &Value, text: &str, unit: &str, at: &str) -> usize {
    match value {
        Value::Object(map) => {
            let mut checked = 0;
            if let (Some(start), Some(end), Some(Value::String(words))) = (
                map.get("start").and_then(Value::as_u64),
                map.get("end").and_then(Value::as_u64),
                map.get("text"),
            ) {
                let got = slice(text, start as usize, end as usize, unit);
                assert_eq!(
                    got.as_deref(),
                    Some(words.as_str()),
                    "{at}: {start}..{end} in {unit} does not slice to its text"
                );
                checked += 1;
            }
            for (key, v) in map {
                checked += check_spans(v, text, unit, &format!("{at}.{key}"));
            }
            checked
        }
        Value::Array(items) => items
            .iter()
            .enumerate()
            .map(|(i, v)| check_spans(v, text, unit, &format!("{at}[{i}]")))
            .sum(),
        _ => 0,
    }
}

/// Parses one claimlens/2 document and checks its top level.
fn document(json: &str, unit: &str) -> Value {
    let doc: Value =
        serde_json::from_str(json).unwrap_or_else(|e| panic!("not a JSON document ({e}): {json}"));
    assert_eq!(doc["schema"], "claimlens/2");
    assert_eq!(doc["offset_unit"], unit);
    assert!(doc["claims"].as_array().is_some_and(|c| !c.is_empty()));
    assert!(doc["articles"].as_array().is_some_and(|a| !a.is_empty()));
    assert!(doc["skipped"].is_array());
    doc
}

// ---------------------------------------------------------------- analyze

#[test]
fn analyze_file_offsets_slice_the_text_in_every_unit() {
    let file = temp_file("article.txt", ARTICLE.as_bytes());
    let mut last_ends = Vec::new();
    for unit in ["char", "utf8", "utf16"] {
        let out = run(&["analyze", "--offset-unit", unit, path_str(&file)], None);
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        let text = stdout(&out);
        assert_eq!(text.lines().count(), 1, "compact JSON is one line");
        let doc = document(text, unit);
        let checked = check_spans(&doc, ARTICLE, unit, "document");
        assert!(checked >= 6, "only {checked} spans in {unit}");
        let claims = doc["claims"].as_array().unwrap();
        last_ends.push(claims.last().unwrap()["end"].as_u64().unwrap());
        // The Persian sentence and the emoji sentence are analysed as claims.
        assert!(claims
            .iter()
            .any(|c| c["text"].as_str().unwrap().contains("وزارت خارجه")));
        assert!(claims
            .iter()
            .any(|c| c["text"].as_str().unwrap().contains("🤝")));
    }
    // The units really differ on this text, so a unit that was ignored fails.
    assert_ne!(last_ends[0], last_ends[1], "char vs utf8");
    assert_ne!(last_ends[0], last_ends[2], "char vs utf16");
    assert_ne!(last_ends[1], last_ends[2], "utf8 vs utf16");
}

#[test]
fn analyze_default_unit_is_char_and_equals_flag_form() {
    let file = temp_file("article.txt", ARTICLE.as_bytes());
    let plain = run(&["analyze", path_str(&file)], None);
    let explicit = run(&["analyze", "--offset-unit=char", path_str(&file)], None);
    assert_eq!(code(&plain), 0);
    document(stdout(&plain), "char");
    assert_eq!(plain.stdout, explicit.stdout);
}

#[test]
fn analyze_reads_standard_input() {
    let file = temp_file("article.txt", ARTICLE.as_bytes());
    let from_file = run(
        &["analyze", "--offset-unit", "utf16", path_str(&file)],
        None,
    );
    let dash = run(
        &["analyze", "--offset-unit", "utf16", "-"],
        Some(ARTICLE.as_bytes()),
    );
    let no_arg = run(
        &["analyze", "--offset-unit", "utf16"],
        Some(ARTICLE.as_bytes()),
    );
    assert_eq!(code(&dash), 0, "{}", stderr(&dash));
    let doc = document(stdout(&dash), "utf16");
    check_spans(&doc, ARTICLE, "utf16", "stdin");
    assert_eq!(dash.stdout, from_file.stdout);
    assert_eq!(no_arg.stdout, from_file.stdout);
}

#[test]
fn analyze_keeps_offsets_right_with_crlf_line_ends() {
    let crlf = ARTICLE.replace('\n', "\r\n");
    for unit in ["char", "utf8", "utf16"] {
        let out = run(
            &["analyze", "--offset-unit", unit, "-"],
            Some(crlf.as_bytes()),
        );
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        check_spans(&document(stdout(&out), unit), &crlf, unit, "crlf");
    }
}

#[test]
fn analyze_pretty_is_the_same_document_indented() {
    let compact = run(&["analyze", "-"], Some(ARTICLE.as_bytes()));
    let pretty = run(&["analyze", "--pretty", "-"], Some(ARTICLE.as_bytes()));
    assert_eq!(code(&pretty), 0);
    let text = stdout(&pretty);
    assert!(text.lines().count() > 20, "--pretty indents: {text}");
    assert!(text.contains("\n  \"schema\": \"claimlens/2\""));
    let a: Value = serde_json::from_slice(&compact.stdout).unwrap();
    let b: Value = serde_json::from_str(text).unwrap();
    assert_eq!(a, b);
}

#[test]
fn analyze_text_format_is_a_table_coloured_only_on_request() {
    let never = run(
        &["analyze", "--format", "text", "--color", "never", "-"],
        Some(ARTICLE.as_bytes()),
    );
    assert_eq!(code(&never), 0, "{}", stderr(&never));
    let table = stdout(&never);
    assert!(!table.contains('\u{1b}'), "escape codes with --color never");
    assert!(table.contains("attribution"), "table header: {table}");
    assert!(table.contains("Reza Karimi"), "claims listed: {table}");
    assert!(serde_json::from_str::<Value>(table).is_err(), "not JSON");

    let always = run(
        &["analyze", "--format=text", "--color=always", "-"],
        Some(ARTICLE.as_bytes()),
    );
    assert_eq!(code(&always), 0);
    assert!(
        stdout(&always).contains("\u{1b}["),
        "--color always colours"
    );

    // auto: the output here is a pipe, not a terminal.
    let auto = run(
        &["analyze", "--format", "text", "-"],
        Some(ARTICLE.as_bytes()),
    );
    assert!(!stdout(&auto).contains('\u{1b}'), "no colour into a pipe");
    // "colour" is accepted as well.
    let colour = run(
        &["analyze", "--format", "text", "--colour", "never", "-"],
        Some(ARTICLE.as_bytes()),
    );
    assert_eq!(colour.stdout, never.stdout);
}

#[test]
fn analyze_refuses_pretty_with_text_or_jsonl() {
    for args in [
        &["analyze", "--pretty", "--format", "text", "-"][..],
        &["analyze", "--pretty", "--jsonl", "-"][..],
    ] {
        let out = run(args, Some(ARTICLE.as_bytes()));
        assert_eq!(code(&out), 64, "{args:?}");
        assert!(stderr(&out).contains("--pretty"), "{}", stderr(&out));
        assert!(out.stdout.is_empty());
    }
}

// ------------------------------------------------------------------ jsonl

/// Splits JSON Lines output into parsed records.
fn records(out: &Output) -> Vec<Value> {
    stdout(out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad output line ({e}): {l}")))
        .collect()
}

#[test]
fn jsonl_gives_one_result_per_line_in_order_with_fields_copied() {
    let mut input = String::new();
    for i in 0..5 {
        let text = format!("{ARTICLE}\nStory number {i} ends here, the ministry said.\n");
        let record = serde_json::json!({"id": i, "source": {"site": "example"}, "text": text});
        input.push_str(&record.to_string());
        input.push('\n');
    }
    let out = run(&["analyze", "--jsonl", "-"], Some(input.as_bytes()));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let recs = records(&out);
    assert_eq!(recs.len(), 5);
    for (i, rec) in recs.iter().enumerate() {
        assert_eq!(rec["id"], i);
        assert_eq!(rec["line"], i + 1);
        assert_eq!(rec["source"]["site"], "example");
        assert!(rec.get("text").is_none(), "the text is not copied back");
        assert!(rec.get("error").is_none());
        let doc = &rec["result"];
        assert_eq!(doc["schema"], "claimlens/2");
        let claims = doc["claims"].as_array().unwrap();
        assert!(claims.last().unwrap()["text"]
            .as_str()
            .unwrap()
            .contains(&format!("Story number {i}")));
    }
    assert!(
        stderr(&out).contains("5 lines, 0 errors"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn jsonl_reports_a_bad_line_in_place_and_goes_on() {
    let good = |id: &str| {
        serde_json::json!({"id": id, "text": "The ministry said the talks would resume."})
            .to_string()
    };
    let mut input: Vec<u8> = Vec::new();
    let lines: Vec<Vec<u8>> = vec![
        good("a").into_bytes(),
        b"{\"id\": \"b\", \"text\": ".to_vec(), // malformed JSON
        b"".to_vec(),                           // blank: skipped
        b"[1, 2]".to_vec(),                     // not an object
        b"{\"id\": \"d\", \"text\": \"\"}".to_vec(), // empty text
        b"{\"id\": \"e\", \"text\": 5}".to_vec(), // text not a string
        b"{\"id\": \"f\"}".to_vec(),            // no text
        b"{\"id\": \"g\", \"text\": \"x\xff\"}".to_vec(), // invalid UTF-8
        good("h").into_bytes(),
        b"{\"id\": \"i\", \"line\": 99, \"result\": 1, \"text\": \"Officials said it rained.\"}"
            .to_vec(),
    ];
    for l in &lines {
        input.extend_from_slice(l);
        input.extend_from_slice(b"\r\n");
    }
    let out = run(&["analyze", "--jsonl", "--jobs", "3", "-"], Some(&input));
    assert_eq!(code(&out), 1, "some lines failed: exit 1");
    let recs = records(&out);
    let numbers: Vec<u64> = recs.iter().map(|r| r["line"].as_u64().unwrap()).collect();
    assert_eq!(
        numbers,
        [1, 2, 4, 5, 6, 7, 8, 9, 10],
        "one output per non-blank line, in order"
    );
    let failed: Vec<u64> = recs
        .iter()
        .filter(|r| r.get("error").is_some())
        .map(|r| r["line"].as_u64().unwrap())
        .collect();
    assert_eq!(failed, [2, 4, 5, 6, 7, 8]);
    for rec in &recs {
        let has_error = rec
            .get("error")
            .is_some_and(|e| !e.as_str().unwrap().is_empty());
        assert_ne!(has_error, rec.get("result").is_some(), "{rec}");
    }
    let by_line = |n: u64| recs.iter().find(|r| r["line"] == n).unwrap();
    assert_eq!(by_line(1)["id"], "a");
    assert_eq!(by_line(9)["id"], "h");
    assert!(by_line(2)["error"]
        .as_str()
        .unwrap()
        .contains("malformed JSON"));
    assert!(
        !by_line(2)["error"].as_str().unwrap().contains("line 2"),
        "the position is within the record's own line: {}",
        by_line(2)["error"]
    );
    assert!(by_line(4)["error"].as_str().unwrap().contains("object"));
    assert!(by_line(5)["error"].as_str().unwrap().contains("empty"));
    assert_eq!(by_line(5)["id"], "d", "fields are copied on errors too");
    assert!(by_line(6)["error"].as_str().unwrap().contains("string"));
    assert!(by_line(7)["error"].as_str().unwrap().contains("\"text\""));
    assert!(by_line(8)["error"].as_str().unwrap().contains("UTF-8"));
    // Reserved names are not copied over the output's own fields.
    assert_eq!(by_line(10)["line"], 10);
    assert_eq!(by_line(10)["result"]["schema"], "claimlens/2");
    let err = stderr(&out);
    assert!(
        err.contains("9 lines, 6 errors"),
        "summary on stderr: {err}"
    );
}

#[test]
fn jsonl_results_do_not_depend_on_the_number_of_jobs() {
    let input: String = (0..40)
        .map(|i| {
            let text = format!("Headline {i}\n\nOfficials said {i} people were hurt. “It is bad,” said Ana Ruiz.\n");
            format!("{}\n", serde_json::json!({"id": i, "text": text}))
        })
        .collect();
    let one = run(
        &["analyze", "--jsonl", "--jobs", "1"],
        Some(input.as_bytes()),
    );
    let four = run(&["analyze", "--jsonl", "--jobs=4"], Some(input.as_bytes()));
    assert_eq!(code(&one), 0, "{}", stderr(&one));
    assert_eq!(code(&four), 0);
    assert_eq!(one.stdout, four.stdout);
    assert_eq!(records(&one).len(), 40);
    for bad in ["0", "-1", "many"] {
        let out = run(
            &["analyze", "--jsonl", "--jobs", bad],
            Some(input.as_bytes()),
        );
        assert_eq!(code(&out), 64, "--jobs {bad}");
        assert!(stderr(&out).contains("--jobs"));
    }
}

#[test]
fn jsonl_offsets_follow_the_unit() {
    let input = format!("{}\n", serde_json::json!({"text": ARTICLE}));
    for unit in ["char", "utf8", "utf16"] {
        let out = run(
            &["analyze", "--jsonl", "--offset-unit", unit],
            Some(input.as_bytes()),
        );
        assert_eq!(code(&out), 0);
        let rec = &records(&out)[0];
        assert_eq!(rec["result"]["offset_unit"], unit);
        check_spans(&rec["result"], ARTICLE, unit, "jsonl");
    }
}

#[test]
fn jsonl_text_format_heads_each_line() {
    let input = "{\"id\": 7, \"text\": \"The ministry said the talks would resume.\"}\nnot json\n";
    let out = run(
        &["analyze", "--jsonl", "--format", "text", "--color", "never"],
        Some(input.as_bytes()),
    );
    assert_eq!(code(&out), 1);
    let text = stdout(&out);
    assert!(text.contains("== line 1 · id 7 =="), "{text}");
    assert!(text.contains("== line 2 =="), "{text}");
    assert!(text.contains("error: malformed JSON"), "{text}");
    assert!(!text.contains('\u{1b}'));
}

// -------------------------------------------------------------- sentences

#[test]
fn sentences_prints_a_json_array_of_strings_in_text_order() {
    let file = temp_file("article.txt", ARTICLE.as_bytes());
    let out = run(&["sentences", path_str(&file)], None);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let list: Vec<String> = serde_json::from_slice(&out.stdout).expect("a JSON array of strings");
    assert!(list.len() >= 5, "{list:?}");
    let mut from = 0;
    for s in &list {
        assert!(!s.trim().is_empty());
        let at = ARTICLE[from..]
            .find(s.as_str())
            .unwrap_or_else(|| panic!("{s:?} is not in the text after byte {from}"));
        from += at + s.len();
    }
    assert!(list.iter().any(|s| s.contains("«هیچ")));

    let stdin = run(&["sentences", "-"], Some(ARTICLE.as_bytes()));
    assert_eq!(stdin.stdout, out.stdout);
    let pretty = run(&["sentences", "--pretty", "-"], Some(ARTICLE.as_bytes()));
    let again: Vec<String> = serde_json::from_slice(&pretty.stdout).unwrap();
    assert_eq!(again, list);
    assert!(stdout(&pretty).lines().count() > list.len());

    let numbered = run(
        &["sentences", "--format", "text", "--color", "never", "-"],
        Some(ARTICLE.as_bytes()),
    );
    let text = stdout(&numbered);
    assert!(text.contains("1  "), "{text}");
    assert!(text.contains(&list[1]), "{text}");
    assert!(!text.contains('\u{1b}'));
}

// ------------------------------------------------------------------- eval

fn shared_eval() -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval");
    assert!(
        dir.join("golden_rules_en.jsonl").is_file(),
        "../shared/eval (the public evaluation data) is required: {}",
        dir.display()
    );
    dir.to_str().unwrap().to_string()
}

#[test]
fn eval_golden_prints_the_golden_rules_figures() {
    let data = shared_eval();
    let out = run(&["eval", "--only", "golden", "--data", &data], None);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("Golden Rules"), "{text}");
    assert!(
        text.contains("/52"),
        "all 52 English rules are counted: {text}"
    );
    assert!(text.contains("/48"), "pySBD's 48: {text}");
    assert!(
        !text.contains("Subjectivity"),
        "--only golden runs nothing else"
    );
    assert!(!text.contains("Seeds"));

    let json = run(
        &["eval", "--only", "golden", "--data", &data, "--json"],
        None,
    );
    assert_eq!(code(&json), 0);
    let figures: Value = serde_json::from_slice(&json.stdout).expect("--json prints JSON");
    assert_eq!(figures["golden"]["all"]["of"], 52);
    assert_eq!(figures["golden"]["pysbd"]["of"], 48);
    let rate = figures["golden"]["all"]["rate"].as_f64().unwrap();
    assert!((0.0..=1.0).contains(&rate));
    assert!(figures["golden"]["failing"].is_array());
}

#[test]
fn eval_reports_missing_or_malformed_data() {
    let out = run(
        &["eval", "--only", "golden", "--data", "/nonexistent/dir"],
        None,
    );
    assert_eq!(code(&out), 66);
    assert!(
        stderr(&out).contains("golden_rules_en.jsonl"),
        "{}",
        stderr(&out)
    );

    let bad = temp_file("golden_rules_en.jsonl", b"{not json\n");
    let dir = bad.parent().unwrap().to_str().unwrap();
    let out = run(&["eval", "--only", "golden", "--data", dir], None);
    assert_eq!(code(&out), 65, "{}", stderr(&out));

    let out = run(&["eval", "--only", "nothing"], None);
    assert_eq!(code(&out), 64);
}

// -------------------------------------------------------------- bad input

#[test]
fn a_missing_file_exits_66_naming_it() {
    for cmd in ["analyze", "sentences"] {
        let out = run(&[cmd, "no-such-article.txt"], None);
        assert_eq!(code(&out), 66, "{cmd}");
        let err = stderr(&out);
        assert!(err.starts_with("claimlens: "), "{err}");
        assert!(
            err.contains("no-such-article.txt") && err.contains("no such file"),
            "{err}"
        );
        assert_eq!(err.trim_end().lines().count(), 1, "one line: {err}");
        assert!(out.stdout.is_empty());
    }
    let out = run(&["analyze", "--jsonl", "no-such-archive.jsonl"], None);
    assert_eq!(code(&out), 66);
    // A directory is not a readable article either.
    let out = run(&["analyze", env!("CARGO_MANIFEST_DIR")], None);
    assert_eq!(code(&out), 66);
    assert!(stderr(&out).contains("directory"), "{}", stderr(&out));
}

#[test]
fn invalid_utf8_exits_65_with_its_offset_unless_lossy() {
    let bytes = b"The ministry said\n the talks \xff\xfe would resume.\n";
    let file = temp_file("latin1.txt", bytes);
    for cmd in ["analyze", "sentences"] {
        let out = run(&[cmd, path_str(&file)], None);
        assert_eq!(code(&out), 65, "{cmd}");
        let err = stderr(&out);
        assert!(err.contains("not valid UTF-8"), "{err}");
        assert!(
            err.contains("0xFF") && err.contains("byte offset 29"),
            "{err}"
        );
        assert!(err.contains("line 2"), "{err}");
        assert!(out.stdout.is_empty());
    }
    let out = run(&["analyze", "-"], Some(bytes));
    assert_eq!(code(&out), 65);
    assert!(stderr(&out).contains("standard input"));
    // A truncated character at the very end.
    let out = run(
        &["analyze", "-"],
        Some("Iran’".as_bytes().split_last().unwrap().1),
    );
    assert_eq!(code(&out), 65);

    let lossy = run(
        &[
            "analyze",
            "--lossy",
            "--offset-unit",
            "utf16",
            path_str(&file),
        ],
        None,
    );
    assert_eq!(code(&lossy), 0, "{}", stderr(&lossy));
    let repaired = String::from_utf8_lossy(bytes);
    check_spans(
        &document(stdout(&lossy), "utf16"),
        &repaired,
        "utf16",
        "lossy",
    );
}

#[test]
fn empty_text_exits_65() {
    let empty = temp_file("empty.txt", b"");
    let out = run(&["analyze", path_str(&empty)], None);
    assert_eq!(code(&out), 65);
    assert!(stderr(&out).contains("empty"), "{}", stderr(&out));
    for blank in [&b""[..], b"   \n\t\n", "\u{a0}\u{200b}\n".as_bytes()] {
        let out = run(&["analyze", "-"], Some(blank));
        assert_eq!(code(&out), 65, "{blank:?}");
        assert!(stderr(&out).contains("empty"));
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn wrong_usage_exits_64_pointing_at_help() {
    let cases: &[&[&str]] = &[
        &["analyze", "--bogus"],
        &["analyze", "-x"],
        &["analyze", "--offset-unit", "bytes", "-"],
        &["analyze", "--offset-unit"],
        &["analyze", "--format", "xml", "-"],
        &["analyze", "--color", "sometimes", "-"],
        &["analyze", "--pretty=yes", "-"],
        &["analyze", "a.txt", "b.txt"],
        &["sentences", "--jsonl"],
        &["eval", "--bogus"],
        &["eval", "extra"],
        &["frobnicate"],
        &["--pretty"],
        &[],
        &["help", "frobnicate"],
    ];
    for args in cases {
        let out = run(args, Some(ARTICLE.as_bytes()));
        assert_eq!(code(&out), 64, "{args:?}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(
            err.starts_with("claimlens: ") && err.contains("--help"),
            "{args:?}: {err}"
        );
        assert!(out.stdout.is_empty(), "{args:?}");
    }
    let out = run(&["analyze", "--bogus"], None);
    assert!(stderr(&out).contains("--bogus"), "names the flag");
}

#[test]
fn help_and_version() {
    let top = run(&["--help"], None);
    assert_eq!(code(&top), 0);
    assert!(stdout(&top).contains("Usage: claimlens <COMMAND>"));
    for (args, needle) in [
        (&["analyze", "--help"][..], "--offset-unit UNIT"),
        (&["help", "analyze"][..], "--offset-unit UNIT"),
        (&["analyse", "-h"][..], "--jsonl"),
        (&["sentences", "--help"][..], "sentence splitter"),
        (&["eval", "--help"][..], "--fixtures DIR"),
    ] {
        let out = run(args, None);
        assert_eq!(code(&out), 0, "{args:?}");
        assert!(stdout(&out).contains(needle), "{args:?}");
    }
    let version = run(&["--version"], None);
    assert_eq!(code(&version), 0);
    assert_eq!(
        stdout(&version).trim(),
        format!("claimlens {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn a_closed_output_pipe_is_not_an_error() {
    // `claimlens ... | head -c0`: the reader goes away; claimlens stops quietly.
    let big: String = (0..200)
        .map(|i| format!("{}\n", serde_json::json!({"id": i, "text": ARTICLE})))
        .collect();
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimlens"))
        .args(["analyze", "--jsonl", "--jobs", "1"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut pipe = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let _ = pipe.write_all(big.as_bytes());
    });
    drop(child.stdout.take()); // close the read end at once
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked"), "{err}");
    assert!(
        matches!(out.status.code(), Some(0)),
        "{:?}: {err}",
        out.status
    );
}

#[test]
fn jsonl_lossy_repairs_a_line_instead_of_failing_it() {
    let input = b"{\"id\": 1, \"text\": \"The ministry said a\xff b would come.\"}\n";
    let strict = run(&["analyze", "--jsonl", "-"], Some(input));
    assert_eq!(code(&strict), 1);
    let rec = &records(&strict)[0];
    assert!(rec["error"].as_str().unwrap().contains("--lossy"), "{rec}");

    let lossy = run(&["analyze", "--jsonl", "--lossy", "-"], Some(input));
    assert_eq!(code(&lossy), 0, "{}", stderr(&lossy));
    let rec = &records(&lossy)[0];
    assert_eq!(rec["id"], 1);
    let claims = rec["result"]["claims"].as_array().unwrap();
    assert!(
        claims[0]["text"].as_str().unwrap().contains('\u{fffd}'),
        "{rec}"
    );
}

#[test]
fn oversized_text_exits_65_before_analysing() {
    let sentence = "The ministry said it rained. ";
    let big = sentence.repeat(claimlens::MAX_TEXT_BYTES / sentence.len() + 1);
    let out = run(&["analyze", "-"], Some(big.as_bytes()));
    assert_eq!(code(&out), 65, "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("MB") && err.contains("at most"), "{err}");
    assert!(out.stdout.is_empty());
}

const PAGE: &str = "<!doctype html><html><head><title>T</title><script>var said = 'the minister said';</script>\
<style>p { color: red }</style></head><body><nav><a href=/>Home</a></nav><h1>Port sale approved</h1>\
<p>The port will be sold, the minister said on Monday.</p>\
<figure><figcaption>Cranes stand idle at the port after the announcement on Monday.</figcaption></figure>\
<p>Unions said they would study the terms &amp; vote next month.</p></body></html>";

#[test]
fn analyze_reads_html_pages_and_offsets_refer_to_their_text() {
    for (name, args) in [("page.html", vec![]), ("page.txt", vec!["--input", "html"])] {
        let file = temp_file(name, PAGE.as_bytes());
        let mut argv = vec!["analyze"];
        argv.extend(args);
        argv.push(path_str(&file));
        let out = run(&argv, None);
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        let doc: Value = serde_json::from_str(stdout(&out)).unwrap();
        let text = doc["text"].as_str().expect("the page's text");
        assert!(!text.contains('<') && !text.contains("color") && !text.contains("var said"));
        check_spans(&doc, text, "char", name);
        let claims: Vec<&str> = doc["claims"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["text"].as_str().unwrap())
            .collect();
        assert_eq!(
            claims,
            [
                "The port will be sold, the minister said on Monday.",
                "Unions said they would study the terms & vote next month."
            ]
        );
    }
    // --input text reads the markup as text, and a text file stays text.
    let file = temp_file("page.html", PAGE.as_bytes());
    let out = run(&["analyze", "--input", "text", path_str(&file)], None);
    let doc: Value = serde_json::from_str(stdout(&out)).unwrap();
    assert!(doc.get("text").is_none());
    let out = run(&["analyze", "--input", "xml", path_str(&file)], None);
    assert_eq!(code(&out), 64, "a usage error: {}", stderr(&out));
    assert!(stderr(&out).contains("--input wants html or text"));
}

#[test]
fn jsonl_records_may_be_html() {
    let record = serde_json::json!({ "id": 1, "format": "html", "text": PAGE }).to_string();
    let out = run(
        &["analyze", "--jsonl"],
        Some(format!("{record}\n").as_bytes()),
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let line: Value = serde_json::from_str(stdout(&out).lines().next().unwrap()).unwrap();
    assert_eq!(line["format"], "html");
    assert_eq!(line["result"]["claims"].as_array().unwrap().len(), 2);
    assert!(line["result"]["text"].as_str().is_some());
}
