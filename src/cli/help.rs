//! The help texts.

pub const VERSION: &str = concat!("claimlens ", env!("CARGO_PKG_VERSION"));

pub const OVERVIEW: &str = "\
claimlens: claim-by-claim sourcing and stance analysis of news articles

Usage: claimlens <COMMAND> [OPTIONS]

Commands:
  analyze [FILE|-]     Analyse an article: claims, attribution, stance, skipped furniture
  analyze --jsonl      Analyse one article per JSON line (an archive)
  sentences [FILE|-]   Print the sentence splitter's output alone
  eval                 Evaluate against the public data and the gold seed fixtures
  help <COMMAND>       Show the help of a command

Options:
  -h, --help           Show this help
  -V, --version        Show the version

Input is read from FILE, or from standard input when FILE is - or missing.

Exit status: 0 success; 1 some JSON Lines failed; 64 wrong usage; 65 unusable input
(invalid UTF-8, empty text, malformed data); 66 missing or unreadable input file;
70 internal error; 74 output error.
";

pub const ANALYZE: &str = "\
Analyse an article: split it into claims, set page furniture aside, and label each
claim's attribution and stance, with the words and rules behind every label.

Usage: claimlens analyze [OPTIONS] [FILE|-]
       claimlens analyze --jsonl [OPTIONS] [FILE|-]

Options:
      --offset-unit UNIT   Unit of every offset: char (Unicode scalar values, the default),
                           utf8 (bytes) or utf16 (JavaScript string indices)
      --pretty             Indent the JSON (default: one compact line)
      --format FORMAT      json (default: the claimlens/2 document) or text (a readable table)
      --color WHEN         Colour the text format: auto (default: only on a terminal and when
                           NO_COLOR is unset), always or never
      --lossy              Replace invalid UTF-8 with U+FFFD instead of refusing the input
                           (or, with --jsonl, the line); offsets then count in the repaired text
      --input KIND         html or text (default: html for a .html or .htm file, or one that
                           opens with <!doctype html> or <html>; a --jsonl record may say
                           \"format\": \"html\"). An HTML page is read as a reader sees it
                           (no markup, script or style); the document then carries that text
                           in \"text\", and its offsets refer to it
      --jsonl              Read JSON Lines: one object per line with a \"text\" string; write one
                           line per input line, in order:
                             {\"id\": ..., \"line\": N, \"result\": <document>}
                           or, for a line that cannot be analysed,
                             {\"id\": ..., \"line\": N, \"error\": \"message\"}
                           Every input field but \"text\" is copied through (except fields named
                           line, result or error). Blank lines are skipped. A summary goes to
                           standard error; exit status 1 when some lines failed.
      --jobs N             Worker threads for --jsonl (default: one per core)
  -h, --help               Show this help

Exit status: 0 success; 1 some JSON Lines failed; 64 wrong usage; 65 invalid UTF-8 or
empty text; 66 missing or unreadable file.
";

pub const SENTENCES: &str = "\
Print the sentence splitter's output alone, with no furniture filtering: a JSON array of
the sentences' text.

Usage: claimlens sentences [OPTIONS] [FILE|-]

Options:
      --pretty             Indent the JSON
      --format FORMAT      json (default) or text (numbered sentences)
      --color WHEN         auto (default), always or never
      --lossy              Replace invalid UTF-8 with U+FFFD instead of refusing the input
  -h, --help               Show this help
";

pub const EVAL: &str = "\
Evaluate claimlens against public data and the project's gold fixtures:
  1. Golden Rules: exact sentence lists (whitespace runs folded) for the 52 English rules (and pySBD's 48);
  2. Subjectivity: CheckThat! English dev and dev-test sentences, each analysed alone;
     a sentence is predicted SUBJ when any claim's stance is opinion; macro-F1;
  3. Seeds: every <name>.gold.json with <name>.txt beside it under the fixtures
     directory: furniture recall and precision, reason agreement, body preservation,
     exact claim boundaries, attribution and stance accuracy, articles and their kinds.
  4. Real news: realnews_dev.json in the data directory, real articles labelled by
     hand: claims found, attribution kind, source words, stance (opinion as positive).

Usage: claimlens eval [OPTIONS]

Options:
      --data DIR           Directory of the public data: golden_rules_en.jsonl,
                           subjectivity_en_dev.jsonl, subjectivity_en_devtest.jsonl,
                           realnews_dev.json (default: ../shared/eval)
      --fixtures DIR       Directory searched for *.gold.json (default: tests/fixtures)
      --only LIST          Run only these sections: golden, subjectivity, seeds,
                           realnews, pages (comma-separated; pages reads DIR/pages/*/)
      --json               Print the figures as one JSON object
      --verbose            List every disagreement (failed rules, seed and
                           real-news disagreements)
  -h, --help               Show this help

Exit status: 0 when the evaluation ran, whatever the scores; 65 malformed data;
66 missing or unreadable data.
";

pub fn of(command: Option<&str>) -> &'static str {
    match command {
        Some("analyze") => ANALYZE,
        Some("sentences") => SENTENCES,
        Some("eval") => EVAL,
        _ => OVERVIEW,
    }
}
