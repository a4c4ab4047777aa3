//! Fits the stance model (`model.rs`) to the project's own labelled claims
//! and reports a 5-fold cross-validated figure:
//!
//! ```text
//! cargo test --release --lib stance::fit -- --ignored --nocapture
//! STANCE_WRITE=1 cargo test --release --lib stance::fit -- --ignored --nocapture
//! ```
//!
//! The claims are every gold claim of `tests/fixtures` (the seeds, the cases
//! and the held-out rounds, all written or labelled for this project from
//! LABELS.md), each paired with the analysis's most-overlapping claim, whose
//! feature values the model reads. No CheckThat! sentence (CC BY-NC-SA) and
//! no realnews_dev claim is used: those stay instruments of measurement.
//!
//! The fit is an L2-regularised logistic regression solved by Newton's
//! method from zero weights: deterministic, the same weights on every
//! machine. The folds are whole fixture files (file `i` in sorted order is
//! in fold `i % 5`), so that no article is split between fitting and
//! testing. `STANCE_WRITE=1` writes the full fit to
//! `src/lexicon/stance_weights.txt`.

use std::path::{Path, PathBuf};

use crate::stance::model::{Feature, Features, Weights, FEATURES};
use crate::Span;

/// The L2 penalty on every weight but the bias.
const LAMBDA: f64 = 1.0;
/// Newton steps; the fit converges in well under ten.
const STEPS: usize = 30;
const FOLDS: usize = 5;
/// Each opinion claim counts this many times in the fit: opinion is one
/// claim in seven in the fixtures, and an unweighted fit learns to say
/// "reporting" whenever in doubt. Chosen by the cross-validated macro-F1
/// below, never by CheckThat! or realnews_dev figures. Measured again when
/// the `general` feature went (issue 15): weight 1: 0.808, 1.5: 0.824, 2:
/// 0.831, 3: 0.839 but opinion precision 0.79 against 0.83 at 2; precision
/// first, 2 stays.
const OPINION_WEIGHT: f64 = 2.0;

/// One labelled claim: its fixture file's index, features and gold stance.
struct Sample {
    file: usize,
    text: String,
    x: Features,
    opinion: bool,
}

fn gold_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            gold_files(&p, out);
        } else if p.to_string_lossy().ends_with(".gold.json") {
            out.push(p);
        }
    }
}

/// Every gold claim of the fixtures under `dir` with its features.
fn samples(dir: &Path) -> (Vec<Sample>, usize) {
    let mut files = Vec::new();
    gold_files(dir, &mut files);
    files.sort();
    let mut out = Vec::new();
    for (file, gold_path) in files.iter().enumerate() {
        let txt = PathBuf::from(gold_path.to_string_lossy().replace(".gold.json", ".txt"));
        let (Ok(gold), Ok(text)) = (
            std::fs::read_to_string(gold_path),
            std::fs::read_to_string(&txt),
        ) else {
            continue;
        };
        let gold: serde_json::Value = serde_json::from_str(&gold).expect("gold JSON");
        let Ok(analysis) = crate::analyze_text(&text) else {
            continue;
        };
        let mut at = 0;
        for claim in gold["claims"].as_array().into_iter().flatten() {
            let needle = claim["text"].as_str().unwrap_or_default();
            let Some(start) = text.get(at..).and_then(|t| t.find(needle)).map(|s| s + at) else {
                continue;
            };
            if needle.is_empty() {
                continue;
            }
            let span = Span::new(start, start + needle.len());
            at = span.start;
            let overlap = |c: Span| c.end.min(span.end).saturating_sub(c.start.max(span.start));
            let Some(best) = analysis
                .claims
                .iter()
                .filter(|c| overlap(c.span) > 0)
                .max_by_key(|c| (overlap(c.span), std::cmp::Reverse(c.span.start)))
            else {
                continue;
            };
            out.push(Sample {
                file,
                text: needle.to_string(),
                x: best.stance.features,
                opinion: claim["stance"].as_str() == Some("opinion"),
            });
        }
    }
    (out, files.len())
}

/// `STANCE_DROP=figure,name` fits without those features (an ablation).
fn dropped(f: Feature) -> bool {
    std::env::var("STANCE_DROP").is_ok_and(|d| d.split(',').any(|n| n == f.name()))
}

/// `STANCE_WEIGH=name,figure` fits with features the model never weighs
/// (an experiment; the shipped model keeps them at 0).
fn weighed_anyway(f: Feature) -> bool {
    std::env::var("STANCE_WEIGH").is_ok_and(|d| d.split(',').any(|n| n == f.name()))
}

fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
}

/// The regularised logistic regression of `samples`, by Newton's method.
fn fit(samples: &[&Sample]) -> Weights {
    let n = FEATURES + 1; // the bias last
                          // STANCE_BALANCE=x tries another weight for opinion claims.
    let opinion_weight: f64 = std::env::var("STANCE_BALANCE")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(OPINION_WEIGHT);
    let mut w = vec![0.0f64; n];
    let row = |s: &Sample| -> Vec<f64> {
        let mut r: Vec<f64> = Feature::ALL
            .iter()
            .map(|f| {
                if (f.weighed() || weighed_anyway(*f)) && !dropped(*f) {
                    f64::from(s.x[f.index()])
                } else {
                    0.0
                }
            })
            .collect();
        r.push(1.0);
        r
    };
    for _ in 0..STEPS {
        let mut grad = vec![0.0f64; n];
        let mut hess = vec![vec![0.0f64; n]; n];
        for s in samples {
            let r = row(s);
            let p = sigmoid(r.iter().zip(&w).map(|(a, b)| a * b).sum());
            let c = if s.opinion { opinion_weight } else { 1.0 };
            let err = c * (p - f64::from(u8::from(s.opinion)));
            let curv = c * (p * (1.0 - p)).max(1e-9);
            for i in 0..n {
                grad[i] += err * r[i];
                if r[i] != 0.0 {
                    for j in 0..n {
                        hess[i][j] += curv * r[i] * r[j];
                    }
                }
            }
        }
        for i in 0..FEATURES {
            grad[i] += LAMBDA * w[i];
            hess[i][i] += LAMBDA;
        }
        hess[FEATURES][FEATURES] += 1e-6;
        let step = solve(hess, grad);
        for (wi, si) in w.iter_mut().zip(&step) {
            *wi -= si;
        }
    }
    let mut weights = [0.0f32; FEATURES];
    for (o, v) in weights.iter_mut().zip(&w) {
        // Rounded as the weights file writes them, so the figures below are
        // those of the shipped file.
        *o = ((v * 1000.0).round() / 1000.0) as f32;
    }
    Weights {
        bias: ((w[FEATURES] * 1000.0).round() / 1000.0) as f32,
        weights,
    }
}

/// Solves `a x = b` by Gaussian elimination with partial pivoting.
fn solve(mut a: Vec<Vec<f64>>, mut b: Vec<f64>) -> Vec<f64> {
    let n = b.len();
    for col in 0..n {
        let pivot = (col..n)
            .max_by(|&i, &j| a[i][col].abs().total_cmp(&a[j][col].abs()))
            .unwrap_or(col);
        a.swap(col, pivot);
        b.swap(col, pivot);
        let d = a[col][col];
        if d.abs() < 1e-12 {
            continue;
        }
        for r in col + 1..n {
            let f = a[r][col] / d;
            if f != 0.0 {
                let (top, bottom) = a.split_at_mut(r);
                for (x, y) in bottom[0][col..].iter_mut().zip(&top[col][col..]) {
                    *x -= f * y;
                }
                b[r] -= f * b[col];
            }
        }
    }
    let mut x = vec![0.0; n];
    for r in (0..n).rev() {
        let s: f64 = (r + 1..n).map(|c| a[r][c] * x[c]).sum();
        x[r] = if a[r][r].abs() < 1e-12 {
            0.0
        } else {
            (b[r] - s) / a[r][r]
        };
    }
    x
}

/// Opinion precision, recall and the two classes' macro-F1.
#[derive(Default)]
struct Confusion {
    tp: usize,
    fp: usize,
    fn_: usize,
    tn: usize,
}

impl Confusion {
    fn add(&mut self, gold: bool, predicted: bool) {
        match (gold, predicted) {
            (true, true) => self.tp += 1,
            (false, true) => self.fp += 1,
            (true, false) => self.fn_ += 1,
            (false, false) => self.tn += 1,
        }
    }

    fn macro_f1(&self) -> f64 {
        let r = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let f1 = |a: usize, missed: usize, wrong: usize| {
            let (p, q) = (r(a, a + wrong), r(a, a + missed));
            if p + q == 0.0 {
                0.0
            } else {
                2.0 * p * q / (p + q)
            }
        };
        (f1(self.tp, self.fn_, self.fp) + f1(self.tn, self.fp, self.fn_)) / 2.0
    }

    fn line(&self) -> String {
        let r = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let f1 = |p: f64, q: f64| {
            if p + q == 0.0 {
                0.0
            } else {
                2.0 * p * q / (p + q)
            }
        };
        let (ps, rs) = (
            r(self.tp, self.tp + self.fp),
            r(self.tp, self.tp + self.fn_),
        );
        let (po, ro) = (
            r(self.tn, self.tn + self.fn_),
            r(self.tn, self.tn + self.fp),
        );
        let n = self.tp + self.fp + self.fn_ + self.tn;
        format!(
            "n={n} accuracy {:.3} macro-F1 {:.3} opinion P {ps:.3} R {rs:.3}",
            r(self.tp + self.tn, n),
            (f1(ps, rs) + f1(po, ro)) / 2.0
        )
    }
}

fn predict(w: &Weights, s: &Sample) -> bool {
    w.evidence(&s.x) >= 0.0
}

/// Never fitting: how the weights fitted to the fixtures fare on a
/// CheckThat! split (CC BY-NC-SA; read by path), each sentence analysed
/// alone and opinion when any of its claims is, as `claimlens eval` does.
/// Train is for study (`show_errors`: a design that helps the
/// cross-validated fixtures but hurts here is fitted to the fixtures); dev
/// and dev-test are report-only, their errors never shown.
fn study(path: &Path, w: &Weights, label: &str, show_errors: bool) {
    let Ok(data) = std::fs::read_to_string(path) else {
        println!("{}: not found, no study figure", path.display());
        return;
    };
    let mut c = Confusion::default();
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let Ok(row) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let text = row["text"].as_str().unwrap_or_default();
        let Ok(analysis) = crate::analyze_text(text) else {
            continue;
        };
        let opinion = analysis
            .claims
            .iter()
            .any(|claim| w.evidence(&claim.stance.features) >= 0.0);
        let gold = row["label"].as_str() == Some("SUBJ");
        c.add(gold, opinion);
        // STANCE_STUDY=fp (or fn) prints train's false opinions (or missed
        // ones) with the features that fired, to find classes of error.
        let show = std::env::var("STANCE_STUDY").ok().filter(|_| show_errors);
        if show.as_deref() == Some(if gold { "fn" } else { "fp" }) && gold != opinion {
            let fired: Vec<&str> = analysis
                .claims
                .iter()
                .flat_map(|claim| {
                    Feature::ALL
                        .iter()
                        .filter(|f| claim.stance.features[f.index()] > 0.0)
                        .map(|f| f.name())
                        .collect::<Vec<_>>()
                })
                .collect();
            println!("{fired:?} {text}");
        }
    }
    println!("{label:<38} {}", c.line());
}

const HEADER: &str = "\
# The stance model's weights (src/stance/model.rs): a logistic regression
# over named features, each the count (at most 2) of one kind of signal in
# the author's voice. A claim is opinion when bias + sum(weight * count) >= 0.
# Fitted by src/stance/fit.rs to the gold claims of tests/fixtures only
# (no CheckThat!, no realnews_dev); do not edit by hand: rerun
#   STANCE_WRITE=1 cargo test --release --lib stance::fit -- --ignored --nocapture
";

/// The out-of-fold evidence of every sample in `samples` (folds by file,
/// as below), each from weights fitted without its fold.
fn out_of_fold(samples: &[&Sample]) -> Vec<(bool, f32)> {
    let mut out = Vec::with_capacity(samples.len());
    for k in 0..FOLDS {
        let train: Vec<&Sample> = samples
            .iter()
            .copied()
            .filter(|s| s.file % FOLDS != k)
            .collect();
        let w = fit(&train);
        out.extend(
            samples
                .iter()
                .filter(|s| s.file % FOLDS == k)
                .map(|s| (s.opinion, w.evidence(&s.x))),
        );
    }
    out
}

/// The decision threshold on the evidence with the best cross-validated
/// macro-F1 over the fixtures in `samples`, the higher one on a tie
/// (precision first).
fn threshold(samples: &[&Sample]) -> f32 {
    let scored = out_of_fold(samples);
    let mut best = (f64::MIN, 0.0f32);
    for step in -20..=20 {
        let t = step as f32 * 0.1;
        let mut c = Confusion::default();
        for &(gold, z) in &scored {
            c.add(gold, z >= t);
        }
        let f = c.macro_f1();
        if f >= best.0 {
            best = (f, t);
        }
    }
    best.1
}

#[test]
#[ignore = "fits the stance model to tests/fixtures; run explicitly"]
fn fit_stance_weights() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (samples, files) = samples(&root.join("tests/fixtures"));
    let opinion = samples.iter().filter(|s| s.opinion).count();
    println!(
        "{} labelled claims ({opinion} opinion) from {files} fixture files",
        samples.len()
    );
    let all: Vec<&Sample> = samples.iter().collect();
    let mut cv = Confusion::default();
    // STANCE_ERRORS=fp (or fn) prints the fixtures' out-of-fold false (or
    // missed) opinions with the features behind them: the project's own
    // claims, which may be studied.
    let errors = std::env::var("STANCE_ERRORS").ok();
    let mut oof: Vec<(&Sample, bool, f32)> = Vec::with_capacity(all.len());
    for k in 0..FOLDS {
        let train: Vec<&Sample> = all
            .iter()
            .copied()
            .filter(|s| s.file % FOLDS != k)
            .collect();
        let w = fit(&train);
        for s in all.iter().filter(|s| s.file % FOLDS == k) {
            oof.push((s, s.opinion, w.evidence(&s.x)));
        }
    }
    for &(s, gold, z) in &oof {
        cv.add(gold, z >= 0.0);
        if errors.as_deref() == Some(if gold { "fn" } else { "fp" }) && gold != (z >= 0.0) {
            let fired: Vec<&str> = Feature::ALL
                .iter()
                .filter(|f| s.x[f.index()] > 0.0)
                .map(|f| f.name())
                .collect();
            println!("{z:+.2} {fired:?} {}", s.text);
        }
    }
    println!("5-fold cross-validated (folds by file): {}", cv.line());
    // Would a threshold other than score 0.5 do better on unseen claims?
    // Each fold's threshold is chosen by an inner cross-validation over the
    // other four folds only (nested), so the figure is honest. It is shown,
    // not applied: on the fixtures of issue 15 it was lower (0.855 against
    // 0.861 at 0.5), as the opinion weight already sets the balance.
    let mut nested = Confusion::default();
    for k in 0..FOLDS {
        let train: Vec<&Sample> = samples.iter().filter(|s| s.file % FOLDS != k).collect();
        let w = fit(&train);
        let t = threshold(&train);
        for s in samples.iter().filter(|s| s.file % FOLDS == k) {
            nested.add(s.opinion, w.evidence(&s.x) >= t);
        }
    }
    println!("  with a threshold chosen by nested CV:  {}", nested.line());
    let w = fit(&all);
    let mut fitted = Confusion::default();
    let mut shipped = Confusion::default();
    for s in &samples {
        fitted.add(s.opinion, predict(&w, s));
        shipped.add(s.opinion, predict(&crate::stance::model::WEIGHTS, s));
    }
    println!("fitted on all, in sample:              {}", fitted.line());
    let eval = root.join("../shared/eval");
    study(
        &eval.join("subjectivity_en_train.jsonl"),
        &w,
        "study, CheckThat! train (not fitted):",
        true,
    );
    // Report only, as `claimlens eval` reports them: a design is never
    // chosen by these figures' errors, which are never printed.
    for (split, label) in [
        ("dev", "report, CheckThat! dev (not fitted):"),
        ("devtest", "report, CheckThat! dev-test:"),
    ] {
        study(
            &eval.join(format!("subjectivity_en_{split}.jsonl")),
            &w,
            label,
            false,
        );
    }
    println!("shipped weights, in sample:            {}", shipped.line());
    println!("bias {:+.3}", w.bias);
    for f in Feature::ALL {
        let used = samples.iter().filter(|s| s.x[f.index()] > 0.0).count();
        println!("  {:<24} {:+.3}  ({used} claims)", f.name(), w.of(f));
    }
    // STANCE_SHOW=<feature> lists the claims that carry the feature.
    if let Ok(name) = std::env::var("STANCE_SHOW") {
        for s in &samples {
            if Feature::ALL
                .iter()
                .any(|f| f.name() == name && s.x[f.index()] > 0.0)
            {
                let p = predict(&w, s);
                println!("{}{} {}", u8::from(s.opinion), u8::from(p), s.text);
            }
        }
    }
    if std::env::var("STANCE_WRITE").is_ok() {
        std::fs::write(
            root.join("src/lexicon/stance_weights.txt"),
            w.to_file(HEADER),
        )
        .expect("write the weights file");
        println!("wrote src/lexicon/stance_weights.txt");
    }
}
