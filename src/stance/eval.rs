//! Measures the stance detector on the CLEF CheckThat! subjectivity data
//! (English; SUBJ = opinion, OBJ = reporting), read by path and never copied
//! into the project (CC BY-NC-SA 4.0).
//!
//! ```text
//! STANCE_SPLITS=dev,devtest cargo test --release stance::eval -- --ignored --nocapture
//! ```
//!
//! `CHECKTHAT_DIR` names the folder (default `../shared/eval` beside the
//! crate); `STANCE_SPLITS` the splits (default `train`, the only one used for
//! error analysis); `STANCE_ERRORS=1` prints every miss with its signals.
//!
//! Each sentence is judged alone, as the data was labelled. The context is a
//! crude local stand-in for the attribution module: quotation marks found
//! by a simple pairing scan, and `attributed` when a verb of saying has a
//! word before it (its subject) or "according to" appears.

use std::sync::LazyLock;

use regex::Regex;

use crate::stance::{assess, Context, StanceKind};
use crate::Span;

static SAYING: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(
        r"(?-u:\b)(?:[Aa]ccording to|said|says|say|told|tells|argued|argues|claimed|claims|added|adds|stated|states|explained|explains|wrote|writes|noted|notes|warned|warns|insisted|insists|reported|announced|asked|asks|suggested|suggests|acknowledged|admitted|conceded|contended|maintained|testified|predicted|estimated|denied|recalled|believes|believe|believed|thinks|think|thought|accused|urged|described|called)(?-u:\b)",
    )
    .expect("saying regex")
});

static WORD_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::new(r"([\w'’.-]+)[\s,]*$").expect("word regex"));

const NOT_SUBJECTS: [&str; 24] = [
    "to", "is", "was", "are", "were", "be", "that", "who", "which", "would", "will", "can",
    "could", "may", "might", "should", "must", "not", "as", "so", "and", "or", "but", "also",
];

/// Double-quoted stretches; an unmatched opening quote runs to the end, an
/// unmatched closing quote reaches back to the start.
pub(crate) fn quote_spans(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in text.char_indices() {
        let straight = c == '"';
        let opening = c == '\u{201c}' || c == '\u{201e}' || (straight && open.is_none());
        let closing = c == '\u{201d}' || (straight && open.is_some());
        if let (Some(start), true) = (open, closing) {
            out.push(Span::new(start, i + c.len_utf8()));
            open = None;
        } else if opening && open.is_none() {
            open = Some(i);
        } else if closing && open.is_none() && out.is_empty() {
            out.push(Span::new(0, i + c.len_utf8()));
        }
    }
    if let Some(start) = open {
        out.push(Span::new(start, text.len()));
    }
    out
}

/// The crude attribution: (source, cue) of the first verb of saying outside
/// quotation marks that has a subject.
pub(crate) fn crude_attribution(text: &str, quotes: &[Span]) -> Option<(Option<Span>, Span)> {
    for m in SAYING.find_iter(text) {
        let cue = Span::new(m.start(), m.end());
        if quotes.iter().any(|q| q.overlaps(cue)) {
            continue;
        }
        if m.as_str().eq_ignore_ascii_case("according to") {
            return Some((None, cue));
        }
        if let Some(w) = WORD_BEFORE
            .captures(&text[..m.start()])
            .and_then(|c| c.get(1))
        {
            // A function word before the verb is no subject ("that is to say").
            if NOT_SUBJECTS
                .iter()
                .any(|n| w.as_str().eq_ignore_ascii_case(n))
            {
                continue;
            }
            return Some((Some(Span::new(w.start(), w.end())), cue));
        }
    }
    None
}

struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
    tn: usize,
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

#[test]
#[ignore = "reads the CheckThat! data from ../shared/eval; run explicitly"]
fn checkthat_subjectivity() {
    let dir = std::env::var("CHECKTHAT_DIR")
        .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/eval").to_string());
    let splits = std::env::var("STANCE_SPLITS").unwrap_or_else(|_| "train".to_string());
    let errors = std::env::var("STANCE_ERRORS").is_ok();
    for split in splits.split(',') {
        let path = format!("{dir}/subjectivity_en_{split}.jsonl");
        let Ok(data) = std::fs::read_to_string(&path) else {
            println!("{path}: not found, skipped");
            continue;
        };
        let mut c = Counts {
            tp: 0,
            fp: 0,
            fn_: 0,
            tn: 0,
        };
        let mut scored: Vec<(f32, bool)> = Vec::new();
        for line in data.lines().filter(|l| !l.trim().is_empty()) {
            let row: serde_json::Value = serde_json::from_str(line).expect("json line");
            let text = row["text"].as_str().unwrap_or_default();
            let subj = row["label"].as_str() == Some("SUBJ");
            let quotes = quote_spans(text);
            let attribution = crude_attribution(text, &quotes);
            let cues = crate::attribution::cues(text, Span::new(0, text.len()), &quotes);
            let context = Context {
                quotes: &quotes,
                cues: &cues,
                source: attribution.and_then(|a| a.0),
                cue: attribution.map(|a| a.1),
                attributed: attribution.is_some(),
            };
            let stance = assess(text, Span::new(0, text.len()), &context);
            let opinion = stance.kind == StanceKind::Opinion;
            scored.push((stance.score, subj));
            match (opinion, subj) {
                (true, true) => c.tp += 1,
                (true, false) => c.fp += 1,
                (false, true) => c.fn_ += 1,
                (false, false) => c.tn += 1,
            }
            if std::env::var("STANCE_DUMP").is_ok() {
                let kinds: Vec<&str> = stance.reasons.iter().map(|s| s.signal.as_str()).collect();
                println!(
                    "DUMP\t{}\t{:.3}\t{}",
                    u8::from(subj),
                    stance.score,
                    kinds.join(",")
                );
            }
            if errors && opinion != subj {
                let signals: Vec<String> = stance
                    .reasons
                    .iter()
                    .map(|s| format!("{}:{}", s.signal.as_str(), s.span.of(text)))
                    .collect();
                println!(
                    "{} {:.2} {} | {}",
                    if subj { "MISS-SUBJ" } else { "FALSE-SUBJ" },
                    stance.score,
                    text,
                    signals.join(", ")
                );
            }
        }
        let (ps, rs) = (ratio(c.tp, c.tp + c.fp), ratio(c.tp, c.tp + c.fn_));
        let (po, ro) = (ratio(c.tn, c.tn + c.fn_), ratio(c.tn, c.tn + c.fp));
        let macro_f1 = (f1(ps, rs) + f1(po, ro)) / 2.0;
        println!(
            "{split}: n={} macro-F1 {macro_f1:.3} | SUBJ P {ps:.3} R {rs:.3} F1 {:.3} | OBJ P {po:.3} R {ro:.3} F1 {:.3}",
            c.tp + c.fp + c.fn_ + c.tn,
            f1(ps, rs),
            f1(po, ro)
        );
        if std::env::var("STANCE_SWEEP").is_ok() {
            for cut in [0.2f32, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6] {
                let tp = scored.iter().filter(|(s, y)| *s >= cut && *y).count();
                let fp = scored.iter().filter(|(s, y)| *s >= cut && !*y).count();
                let fn_ = scored.iter().filter(|(s, y)| *s < cut && *y).count();
                let tn = scored.len() - tp - fp - fn_;
                let m = (f1(ratio(tp, tp + fp), ratio(tp, tp + fn_))
                    + f1(ratio(tn, tn + fn_), ratio(tn, tn + fp)))
                    / 2.0;
                // The same rates with both classes equally common, as in the
                // dev splits: how the cut would fare on a balanced sample.
                let pos = (tp + fn_) as f64;
                let neg = (fp + tn) as f64;
                let (btp, bfn) = (tp as f64 / pos, fn_ as f64 / pos);
                let (bfp, btn) = (fp as f64 / neg, tn as f64 / neg);
                let bm = (f1(btp / (btp + bfp), btp) + f1(btn / (btn + bfn), btn)) / 2.0;
                println!(
                    "  score >= {cut}: macro-F1 {m:.3}, balanced {bm:.3} ({} opinion)",
                    tp + fp
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quote_scan_pairs_and_runs_unmatched_quotes_out() {
        let text = "He said \u{201c}no\u{201d} and \"yes\".";
        let q: Vec<&str> = quote_spans(text).iter().map(|s| s.of(text)).collect();
        assert_eq!(q, ["\u{201c}no\u{201d}", "\"yes\""]);
        let text = "\u{201c}Visibility has increased.";
        assert_eq!(quote_spans(text), [Span::new(0, text.len())]);
    }

    #[test]
    fn crude_attribution_needs_a_subject() {
        let text = "Crocker said he was skeptical.";
        let (source, cue) = crude_attribution(text, &[]).expect("attributed");
        assert_eq!(
            (source.map(|s| s.of(text)), cue.of(text)),
            (Some("Crocker"), "said")
        );
        assert!(crude_attribution("Said to be rising, prices fell.", &[]).is_none());
    }
}
