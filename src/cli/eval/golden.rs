//! The Golden Rules: exact sentence lists for pragmatic_segmenter's 52
//! English rules, 48 of which pySBD uses (`pysbd_id`).

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::ratio::Ratio;
use crate::cli::error::CliError;

#[derive(Deserialize)]
struct Rule {
    id: u32,
    rule: String,
    text: String,
    sentences: Vec<String>,
    #[serde(default)]
    pysbd_id: Option<u32>,
}

#[derive(Serialize)]
pub struct Golden {
    pub path: String,
    pub all: Ratio,
    /// The rules pySBD uses (those with a `pysbd_id`).
    pub pysbd: Ratio,
    /// The ids of the rules whose sentence list differs.
    pub failing: Vec<u32>,
    /// With `--verbose`: each failing rule, expected against produced.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub failures: Vec<RuleFailure>,
}

#[derive(Serialize)]
pub struct RuleFailure {
    pub id: u32,
    pub rule: String,
    pub expected: Vec<String>,
    pub got: Vec<String>,
}

pub fn evaluate(path: &Path, verbose: bool) -> Result<Golden, CliError> {
    let rules: Vec<Rule> = super::read_jsonl(path)?;
    let mut golden = Golden {
        path: path.display().to_string(),
        all: Ratio::default(),
        pysbd: Ratio::default(),
        failing: Vec::new(),
        failures: Vec::new(),
    };
    for rule in rules {
        let got: Vec<String> = claimlens::sentences(&rule.text)
            .iter()
            .map(|s| s.of(&rule.text).trim().to_string())
            .collect();
        let expected: Vec<String> = rule
            .sentences
            .iter()
            .map(|s| s.trim().to_string())
            .collect();
        let pass = got == expected;
        golden.all.count(pass);
        if rule.pysbd_id.is_some() {
            golden.pysbd.count(pass);
        }
        if !pass {
            golden.failing.push(rule.id);
            if verbose {
                golden.failures.push(RuleFailure {
                    id: rule.id,
                    rule: rule.rule,
                    expected,
                    got,
                });
            }
        }
    }
    Ok(golden)
}
