//! Hostile input: whatever is pasted, the analysis returns a sensible result
//! or a typed error, keeps its invariants (`claimlens::invariants`), and
//! takes time linear in the size of the text.
//!
//! Time bounds are relative, never absolute: each big input is timed against
//! a small input of the same kind on the same machine, and may take up to
//! `GENEROUS` times its share by size (plus a little slack), so a loaded CI
//! machine slows both sides alike and does not fail the test. A quadratic
//! step shows up as a ratio of 100 at ten times the size, far above the
//! bound of 10 × `GENEROUS`.

use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use claimlens::invariants::{check, check_sentences};
use claimlens::{
    analyze, analyze_text, sentences, Document, ErrorKind, OffsetUnit, Options, MAX_TEXT_BYTES,
};

/// How much slower per byte a big input may be than a small one.
const GENEROUS: f64 = 4.0;
/// Added to every bound: timer and allocator noise on tiny inputs.
const SLACK: Duration = Duration::from_millis(300);

/// Analyses `text`, checks the invariants of the analysis and of the
/// sentences, and returns the number of claims and skipped items.
fn analyse_and_check(text: &str) -> (usize, usize) {
    let analysis = analyze_text(text).unwrap_or_else(|e| panic!("{e} for {}", show(text)));
    if let Err(e) = check(text, &analysis) {
        panic!("analysis of {}: {e}", show(text));
    }
    if let Err(e) = check_sentences(text, &sentences(text)) {
        panic!("sentences of {}: {e}", show(text));
    }
    (analysis.claims.len(), analysis.skipped.len())
}

/// The start of a text, for messages.
fn show(text: &str) -> String {
    let head: String = text.chars().take(60).collect();
    format!("{} bytes starting {head:?}", text.len())
}

fn time<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let started = Instant::now();
    let out = f();
    (out, started.elapsed())
}

/// Fails if `f` on `big` takes more than `GENEROUS` times its share, by
/// size, of the time `f` takes on `small` (the best of three runs).
fn assert_linear(kind: &str, small: &str, big: &str, f: impl Fn(&str)) {
    let small_time = (0..3)
        .map(|_| time(|| f(small)).1)
        .min()
        .expect("three runs");
    let ((), big_time) = time(|| f(big));
    let ratio = big.len() as f64 / small.len() as f64;
    let bound = small_time.mul_f64(ratio * GENEROUS) + SLACK;
    eprintln!(
        "{kind}: {} bytes in {small_time:.2?}, {} bytes ({ratio:.0}x) in {big_time:.2?} (bound {bound:.2?})",
        small.len(),
        big.len()
    );
    assert!(
        big_time <= bound,
        "{kind}: {ratio:.0} times the text took {:.1} times as long ({small_time:?} -> {big_time:?})",
        big_time.as_secs_f64() / small_time.as_secs_f64().max(1e-9)
    );
}

/// `unit` repeated until the text is at least `bytes` long.
fn repeat_to(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes.div_ceil(unit.len()))
}

/// Every fixture text (the seeds and the rule cases), joined by blank lines:
/// real news with its page furniture.
fn news() -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut files: Vec<_> = ["seeds", "cases"]
        .iter()
        .flat_map(|dir| fs::read_dir(root.join(dir)).expect("fixture directory"))
        .map(|e| e.expect("fixture entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let texts: Vec<String> = files
        .iter()
        .map(|p| fs::read_to_string(p).expect("fixture text"))
        .collect();
    texts.join("\n\n")
}

/// The sizes of the small and the big input of each kind, in bytes: a
/// megabyte under `--release`, a tenth of that in debug builds (about forty
/// times slower), so that plain `cargo test` stays quick.
const SMALL: usize = if cfg!(debug_assertions) {
    10_000
} else {
    100_000
};
const BIG: usize = 10 * SMALL;

/// Checks the invariants on a small and a big input of one kind (`make`
/// builds one of about the size asked for), and that the big one takes
/// linear time, both for the analysis and for the sentence splitter.
fn hostile(kind: &str, make: impl Fn(usize) -> String, small: usize, big: usize) {
    let (small, big) = (make(small), make(big));
    analyse_and_check(&small);
    let (analysis, _) = time(|| analyze_text(&big));
    let analysis = analysis.unwrap_or_else(|e| panic!("{kind}: {e}"));
    if let Err(e) = check(&big, &analysis) {
        panic!("{kind}: analysis of {}: {e}", show(&big));
    }
    if let Err(e) = check_sentences(&big, &sentences(&big)) {
        panic!("{kind}: sentences of {}: {e}", show(&big));
    }
    assert_linear(kind, &small, &big, |t| {
        analyze_text(t).expect("analysable");
    });
    assert_linear(&format!("{kind} (sentences)"), &small, &big, |t| {
        sentences(t);
    });
}

/// Fifty megabytes of real news (the fixtures over and over), against one
/// megabyte of it. About 20 s under `--release` on two cores; debug builds would take
/// minutes, so there it is left to `cargo test --release --test hostile`.
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "minutes in a debug build: run with cargo test --release --test hostile"
)]
fn fifty_megabytes_of_news() {
    let unit = news();
    let small = repeat_to(&unit, 1 << 20);
    let big = repeat_to(&unit, 50_000_000);
    let (claims, skipped) = analyse_and_check(&small);
    assert!(claims > 0 && skipped > 0);
    let small_time = (0..3)
        .map(|_| time(|| analyze(&small, &Options::default())).1)
        .min()
        .expect("three runs");
    // One run of the big text, timed and then checked.
    let (analysis, big_time) = time(|| {
        let analysis = analyze_text(&big).expect("50 MB is under the limit");
        Document::new(&big, &analysis, OffsetUnit::Utf16);
        analysis
    });
    let ratio = big.len() as f64 / small.len() as f64;
    let bound = small_time.mul_f64(ratio * GENEROUS) + SLACK;
    eprintln!("news: 1 MB in {small_time:.2?}, 50 MB in {big_time:.2?} (bound {bound:.2?})");
    assert!(
        big_time <= bound,
        "50 MB took {big_time:?}, 1 MB {small_time:?}"
    );
    assert_eq!(check(&big, &analysis), Ok(()));
    // Repeated lines are set aside as duplicates: not every copy is claims.
    assert!(analysis.claims.len() >= claims && analysis.skipped.len() > skipped);
}

/// A megabyte of news in any build: the size the page is used with.
#[test]
fn a_megabyte_of_news() {
    let unit = news();
    hostile("news", |n| repeat_to(&unit, n), SMALL, BIG);
}

#[test]
fn over_the_limit_is_a_typed_error_at_once() {
    let text = "a".repeat(MAX_TEXT_BYTES + 1);
    let (result, took) = time(|| analyze(&text, &Options::default()));
    let e = result.expect_err("too large");
    assert_eq!(
        e.kind(),
        &ErrorKind::TooLarge {
            bytes: MAX_TEXT_BYTES + 1,
            limit: MAX_TEXT_BYTES
        }
    );
    assert!(e.to_string().contains("MB"), "{e}");
    assert!(took < Duration::from_secs(1), "refusing took {took:?}");
}

#[test]
fn one_long_line_without_punctuation() {
    let words = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod ";
    hostile("one line", |n| repeat_to(words, n), SMALL, BIG);
    let (claims, _) = analyse_and_check(&repeat_to(words, BIG));
    assert!(claims >= 1);
}

#[test]
fn a_hundred_thousand_unbalanced_quotation_marks() {
    for (kind, unit) in [
        ("straight quotes", "\""),
        ("curly opening quotes", "\u{201c}"),
        ("quoted words", "\"He said "),
        ("curly quoted words", "\u{201c}It is, said Smith. "),
        ("single quotes", "'so "),
        ("guillemets", "\u{ab}non "),
    ] {
        if unit.chars().count() == 1 {
            // A hundred thousand marks and nothing else, in any build.
            hostile(kind, |n| unit.repeat(n), 10_000, 100_000);
        } else {
            hostile(kind, |n| repeat_to(unit, n), SMALL, BIG);
        }
    }
}

#[test]
fn deeply_nested_parentheses() {
    hostile(
        "nested parentheses",
        |n| format!("{}claims{}", "(".repeat(n / 2), ")".repeat(n / 2)),
        SMALL,
        BIG,
    );
    hostile(
        "nested brackets and quotes",
        |n| {
            let k = n / 12;
            format!(
                "{}Smith said.{}",
                "([\u{201c}\"'".repeat(k),
                "'\"\u{201d}])".repeat(k)
            )
        },
        SMALL,
        BIG,
    );
    hostile(
        "nested parentheses with words",
        |n| {
            let unit = "(the minister said ";
            let k = n / unit.len() / 2;
            format!("{}x{}", unit.repeat(k), " he added)".repeat(k))
        },
        SMALL,
        BIG,
    );
}

#[test]
fn only_whitespace_is_empty_text() {
    for unit in [
        " ",
        "\n",
        "\r\n",
        "\t \u{a0}\u{2003}",
        "\u{200b}\u{200d}\u{feff}\u{ad}\u{2060}",
        "\u{2028}\u{2029}\u{85}",
    ] {
        for n in [1, 1_000_000] {
            let text = repeat_to(unit, n);
            let e = analyze(&text, &Options::default()).expect_err("blank");
            assert_eq!(e.kind(), &ErrorKind::EmptyText, "{}", show(&text));
            assert!(e.to_string().contains("empty"));
            assert!(sentences(&text).is_empty());
        }
    }
    assert_eq!(
        analyze("", &Options::default()).unwrap_err().kind(),
        &ErrorKind::EmptyText
    );
}

#[test]
fn nul_bytes_and_control_characters() {
    let controls: String = (0u32..0x20)
        .chain(0x7f..0xa0)
        .filter_map(char::from_u32)
        .collect();
    // Control characters alone carry no text.
    for text in ["\0".repeat(100_000), controls.repeat(100)] {
        let e = analyze(&text, &Options::default()).expect_err("blank");
        assert_eq!(e.kind(), &ErrorKind::EmptyText);
    }
    // Between words they are kept, and covered, like any other character.
    let mixed = |n: usize| {
        let mut s = String::new();
        let mut i = 0;
        while s.len() < n {
            s.push_str("The mayor said\0 it was ");
            s.push(controls.chars().nth(i % controls.chars().count()).unwrap());
            s.push_str("fine. \u{1b}[31mRed\u{1b}[0m\u{7}. ");
            i += 1;
        }
        s
    };
    hostile("control characters", mixed, SMALL, BIG);
}

#[test]
fn right_to_left_scripts_and_mixed_direction() {
    let texts = [
        (
            "arabic",
            "قال وزير الخارجية إن المحادثات ستستمر. هل أنت بخير؟ «لن نتراجع»، قال المتحدث.\n",
        ),
        (
            "persian",
            "سخنگوی دولت گفت که مذاکرات ادامه دارد. آیا این درست است؟ «ما عقب‌نشینی نمی‌کنیم».\n",
        ),
        (
            "hebrew",
            "שר החוץ אמר כי השיחות יימשכו. \"לא נוותר\", אמר הדובר. מה שלומך?\n",
        ),
        (
            "mixed direction",
            "The minister \u{202b}قال \"نعم\"\u{202c} and \u{2067}שלום\u{2069} said Reuters. \u{200f}Smith \u{200e}said: «no».\u{202e}reversed\u{202c}.\n",
        ),
    ];
    for (kind, unit) in texts {
        let (claims, _) = analyse_and_check(unit);
        assert!(claims >= 1, "{kind}: no claims");
        hostile(kind, |n| repeat_to(unit, n), SMALL, BIG);
    }
}

#[test]
fn emoji_with_joiners() {
    let unit = "The family \u{1f468}\u{200d}\u{1f469}\u{200d}\u{1f467}\u{200d}\u{1f466} arrived \u{1f44d}\u{1f3fd}, officials said \u{1f1fa}\u{1f1f8}. \u{1f3f3}\u{fe0f}\u{200d}\u{1f308}\u{2764}\u{fe0f}\u{200d}\u{1f525}! ";
    let (claims, _) = analyse_and_check(unit);
    assert!(claims >= 1);
    hostile("emoji", |n| repeat_to(unit, n), SMALL, BIG);
    hostile(
        "joiners alone",
        |n| repeat_to("\u{1f468}\u{200d}", n),
        SMALL,
        BIG,
    );
}

#[test]
fn html_and_markdown_source() {
    let html = r#"<!DOCTYPE html><html><head><script>var a = "x"; if (a < 3 && b > 2) { alert('said "no".'); }</script>
<style>p { color: red; } /* comment. */</style></head>
<body><h1 class="title">Minister resigns</h1>
<p>The minister <a href="https://example.com/a.b?c=d&amp;e=f">said</a> on Monday that she would &quot;step down&quot;.</p>
<!-- a comment. With sentences. -->
<img src="photo.jpg" alt="Photo: Reuters"><br/><div><div><div><span>Read more.</span></div></div></div>
</body></html>
"#;
    let markdown = r#"# Minister resigns

**By Jane Doe** | *Reuters*

> "I have decided to step down," she said.

- First point. Second point.
- [A link](https://example.com/a.b "title.") and `code. with. dots`

```rust
fn main() { println!("said. \"quoted\"."); }
```

| a | b |
|---|---|
| 1. | 2. |

---
![Photo](img.png) Photo: AP
"#;
    for (kind, unit) in [("html", html), ("markdown", markdown)] {
        let (claims, _) = analyse_and_check(unit);
        assert!(claims >= 1, "{kind}: no claims");
        hostile(kind, |n| repeat_to(unit, n), SMALL, BIG);
    }
}

#[test]
fn runs_of_one_mark_stay_linear() {
    for (kind, unit) in [
        ("full stops", "."),
        ("ellipses", "\u{2026}"),
        ("question marks", "?"),
        ("bullets", "\u{2022} "),
        ("list numbers", "1. "),
        ("one-letter lines", "A\n"),
        ("crlf lines", "Smith said.\r\n"),
        ("dashes", "\u{2014}"),
        ("initials", "J. "),
        ("abbreviations", "Mr. "),
        ("capitals", "WORD "),
        ("colons", "Smith: "),
    ] {
        hostile(kind, |n| repeat_to(unit, n), SMALL, BIG);
    }
}

/// Found by this suite: one long sentence full of cues ("the minister
/// said the minister said ...", 19 KB) took 0.5 s and ten times as much
/// took 56 s, because every cue's source was sought against all the words
/// of the sentence, and every clause join re-read the rest of it. Sentences
/// are now read in pieces of bounded length, with a bounded number of cues
/// and joins each.
#[test]
fn many_cues_in_one_long_sentence_stay_linear() {
    for (kind, unit) in [
        ("cues", "the minister said "),
        ("cues in brackets", "(the minister said "),
        ("cues and joins", "he said, and she said, while "),
        ("according to", "according to him, while they said; "),
        ("refusals", "the spokesman declined to comment and "),
        ("beliefs", "Smith said that officials believe that "),
    ] {
        hostile(kind, |n| repeat_to(unit, n), SMALL / 4, BIG / 4);
    }
}

/// Runs the command line on `input` and returns (exit status, stdout, stderr).
fn cli(args: &[&str], input: &[u8]) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimlens"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the claimlens binary runs");
    let mut stdin = child.stdin.take().expect("stdin");
    let input = input.to_vec();
    // Written from a thread: a large input must not deadlock against output.
    let writer = std::thread::spawn(move || {
        use std::io::Write;
        let _ = stdin.write_all(&input);
    });
    let out = child.wait_with_output().expect("claimlens finishes");
    writer.join().expect("writer");
    (
        out.status.code().expect("exited, not killed by a signal"),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Pseudo-random bytes, the same on every run.
fn random_bytes(len: usize, mut state: u64) -> Vec<u8> {
    (0..len)
        .map(|_| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (state >> 56) as u8
        })
        .collect()
}

#[test]
fn cli_refuses_invalid_utf8_clearly() {
    let inputs: Vec<Vec<u8>> = vec![
        b"The minister said \xff it was fine.".to_vec(),
        vec![0xc3],                         // a truncated character
        b"\xed\xa0\x80 surrogate".to_vec(), // a UTF-16 surrogate in UTF-8
        b"\xc0\xaf overlong".to_vec(),
        random_bytes(10_000, 1),
        random_bytes(100_000, 2),
    ];
    for command in ["analyze", "sentences"] {
        for input in &inputs {
            let (code, stdout, stderr) = cli(&[command], input);
            assert_eq!(code, 65, "{command}: {stderr}");
            assert!(stdout.is_empty(), "{command}: printed {stdout:?}");
            assert!(stderr.contains("not valid UTF-8"), "{command}: {stderr}");
            assert!(stderr.contains("byte offset"), "{command}: {stderr}");
            assert!(!stderr.contains("panick"), "{command}: {stderr}");
            assert_eq!(stderr.lines().count(), 1, "{command}: {stderr}");
        }
    }
}

#[test]
fn cli_survives_random_bytes_read_lossily() {
    for seed in 0..8 {
        let input = random_bytes(20_000, seed);
        for command in ["analyze", "sentences"] {
            let (code, stdout, stderr) = cli(&[command, "--lossy"], &input);
            assert!(
                code == 0 || (code == 65 && stderr.contains("empty")),
                "{command} on seed {seed}: exit {code}: {stderr}"
            );
            if code == 0 {
                let _: serde_json::Value = serde_json::from_str(&stdout).expect("JSON output");
            }
        }
    }
}

#[test]
fn cli_reports_empty_and_control_only_input() {
    for input in [&b""[..], b"   \n\t", b"\0\0\0\x01\x02"] {
        let (code, stdout, stderr) = cli(&["analyze"], input);
        assert_eq!(code, 65, "{stderr}");
        assert!(stdout.is_empty());
        assert!(stderr.contains("empty"), "{stderr}");
        let (code, stdout, _) = cli(&["sentences"], input);
        assert_eq!((code, stdout.trim()), (0, "[]"));
    }
}

/// Reads `html` as a page and checks the analysis of its text and hints.
fn read_and_check(html: &str) -> String {
    let page = claimlens::html::read(html);
    if let Ok(analysis) = claimlens::analyze_blocks(&page.text, &page.blocks) {
        if let Err(e) = check(&page.text, &analysis) {
            panic!("analysis of the text of {}: {e}", show(html));
        }
    }
    page.text
}

/// Hostile HTML: no panic, no hang, no markup as text, and a cost linear in
/// the input, for the HTML reader and the analysis behind it.
#[test]
fn hostile_html_stays_linear_and_keeps_markup_out_of_the_text() {
    type Make = fn(usize) -> String;
    let cases: [(&str, Make); 7] = [
        ("100k-deep nesting", |n| {
            "<div>".repeat(n / 5) + "deep text." + &"</div>".repeat(n / 6)
        }),
        ("malformed nesting", |n| {
            repeat_to(
                "<p><b><i>said</b> the <table><td>man</i></p></div></span>",
                n,
            )
        }),
        ("unclosed formatting runs", |n| {
            repeat_to("<b><i><u><s><font><a href=x>", n) + "x"
        }),
        ("a huge attribute", |n| {
            format!(
                "<p class=\"{}\" title='{}'>ok</p>",
                "a".repeat(n / 2),
                "<p>".repeat(n / 6)
            )
        }),
        ("an entity bomb", |n| {
            repeat_to("&amp;&lt;&#x10FFFF;&#0;&#xD800;&notanentity;&amp", n)
        }),
        ("svg and math", |n| {
            repeat_to("<svg><script>alert(1)</script><text>icon</text><foreignObject><p>x</svg><math><mi>y</mi><annotation-xml><style>", n)
        }),
        ("javascript links and handlers", |n| {
            repeat_to(
                "<p><a href=\"javascript:alert(1)\" onclick=\"alert(2)\">Read</a> the report.</p>",
                n,
            )
        }),
    ];
    for (kind, make) in cases {
        let (small, big) = (make(SMALL / 4), make(BIG / 4));
        for html in [&small, &big] {
            let text = read_and_check(html);
            // (An entity bomb's "&lt;" is a "<" the page prints.)
            let tag = if kind == "an entity bomb" { "<p" } else { "<" };
            for markup in [tag, "alert", "icon", "javascript", "onclick"] {
                assert!(!text.contains(markup), "{kind}: {markup:?} in the text");
            }
        }
        assert_linear(kind, &small, &big, |h| {
            read_and_check(h);
        });
    }
}
