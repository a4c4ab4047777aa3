//! Subjectivity: the CheckThat! English sentences, each analysed alone. A
//! sentence is predicted SUBJ when any claim's stance is opinion; a sentence
//! the analysis skips entirely as furniture counts as OBJ (reporting).
//!
//! The data is CC BY-NC-SA: it is read from its directory, measured and
//! never copied; no sentence of it is printed.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::cli::error::CliError;

/// The splits evaluated, in the data directory.
pub const FILES: [&str; 2] = ["subjectivity_en_dev.jsonl", "subjectivity_en_devtest.jsonl"];

/// Published macro-F1 reference points (README of the data) and our target.
#[derive(Serialize)]
pub struct Reference {
    pub logistic_regression_over_embeddings: f64,
    pub best_system: f64,
    pub target: f64,
}

pub const REFERENCE: Reference = Reference {
    logistic_regression_over_embeddings: 0.64,
    best_system: 0.7442,
    target: 0.68,
};

#[derive(Deserialize)]
struct Item {
    text: String,
    label: String,
}

#[derive(Serialize)]
pub struct Subjectivity {
    pub files: Vec<Scores>,
    /// All files together.
    pub all: Scores,
    pub reference: Reference,
}

/// Gold label against prediction.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Confusion {
    pub subj_as_subj: usize,
    pub subj_as_obj: usize,
    pub obj_as_subj: usize,
    pub obj_as_obj: usize,
}

#[derive(Serialize)]
pub struct Scores {
    pub file: String,
    pub sentences: usize,
    pub macro_f1: f64,
    pub subj: ClassScores,
    pub obj: ClassScores,
    /// Sentences the analysis refused (counted as OBJ).
    pub analysis_errors: usize,
}

#[derive(Serialize)]
pub struct ClassScores {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    /// Sentences with this gold label.
    pub gold: usize,
    /// Sentences predicted with this label.
    pub predicted: usize,
}

pub fn evaluate(dir: &Path) -> Result<Subjectivity, CliError> {
    let mut files = Vec::new();
    let mut total = Confusion::default();
    let mut total_errors = 0;
    for name in FILES {
        let path = dir.join(name);
        let items: Vec<Item> = super::read_jsonl(&path)?;
        let mut confusion = Confusion::default();
        let mut errors = 0;
        for (i, item) in items.iter().enumerate() {
            let gold_subj = match item.label.as_str() {
                "SUBJ" => true,
                "OBJ" => false,
                other => {
                    return Err(CliError::Data(format!(
                        "{}: record {}: unknown label {other:?} (expected SUBJ or OBJ)",
                        path.display(),
                        i + 1
                    )))
                }
            };
            let predicted_subj = match crate::cli::panic::catch(|| {
                claimlens::analyze(&item.text, &claimlens::Options::default())
            }) {
                Ok(Ok(doc)) => doc.claims.iter().any(|c| c.stance.kind == "opinion"),
                _ => {
                    errors += 1;
                    false
                }
            };
            confusion.add(gold_subj, predicted_subj);
        }
        total.merge(confusion);
        total_errors += errors;
        files.push(scores(name, confusion, errors));
    }
    Ok(Subjectivity {
        files,
        all: scores("all", total, total_errors),
        reference: REFERENCE,
    })
}

impl Confusion {
    pub fn add(&mut self, gold_subj: bool, predicted_subj: bool) {
        match (gold_subj, predicted_subj) {
            (true, true) => self.subj_as_subj += 1,
            (true, false) => self.subj_as_obj += 1,
            (false, true) => self.obj_as_subj += 1,
            (false, false) => self.obj_as_obj += 1,
        }
    }

    fn merge(&mut self, o: Confusion) {
        self.subj_as_subj += o.subj_as_subj;
        self.subj_as_obj += o.subj_as_obj;
        self.obj_as_subj += o.obj_as_subj;
        self.obj_as_obj += o.obj_as_obj;
    }
}

/// Precision, recall and F1 of one class; 0 where undefined (as scikit-learn
/// does with `zero_division=0`, which the task's scorer uses).
fn class(correct: usize, gold: usize, predicted: usize) -> ClassScores {
    let div = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let precision = div(correct, predicted);
    let recall = div(correct, gold);
    let f1 = if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    ClassScores {
        precision,
        recall,
        f1,
        gold,
        predicted,
    }
}

pub fn scores(file: &str, c: Confusion, analysis_errors: usize) -> Scores {
    let subj = class(
        c.subj_as_subj,
        c.subj_as_subj + c.subj_as_obj,
        c.subj_as_subj + c.obj_as_subj,
    );
    let obj = class(
        c.obj_as_obj,
        c.obj_as_obj + c.obj_as_subj,
        c.obj_as_obj + c.subj_as_obj,
    );
    Scores {
        file: file.to_string(),
        sentences: c.subj_as_subj + c.subj_as_obj + c.obj_as_subj + c.obj_as_obj,
        macro_f1: (subj.f1 + obj.f1) / 2.0,
        subj,
        obj,
        analysis_errors,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn macro_f1_by_hand() {
        // 3 SUBJ (2 found), 5 OBJ (1 called SUBJ).
        let c = Confusion {
            subj_as_subj: 2,
            subj_as_obj: 1,
            obj_as_subj: 1,
            obj_as_obj: 4,
        };
        let s = scores("x", c, 0);
        assert!((s.subj.precision - 2.0 / 3.0).abs() < 1e-12);
        assert!((s.subj.recall - 2.0 / 3.0).abs() < 1e-12);
        assert!((s.obj.precision - 0.8).abs() < 1e-12);
        assert!((s.obj.recall - 0.8).abs() < 1e-12);
        assert!((s.macro_f1 - (2.0 / 3.0 + 0.8) / 2.0).abs() < 1e-12);
        assert_eq!(s.sentences, 8);
    }

    #[test]
    fn never_predicting_a_class_scores_zero_for_it() {
        let c = Confusion {
            subj_as_subj: 0,
            subj_as_obj: 3,
            obj_as_subj: 0,
            obj_as_obj: 5,
        };
        let s = scores("x", c, 0);
        assert_eq!(s.subj.f1, 0.0);
        assert!((s.obj.f1 - 2.0 * 0.625 / 1.625).abs() < 1e-12);
    }
}
