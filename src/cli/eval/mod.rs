//! `claimlens eval`: how well claimlens does on public data and on the
//! project's gold seed fixtures. Every figure is a count over named files,
//! so anyone with the same files can rerun it and get the same numbers.

mod fixtures;
mod golden;
mod pages;
mod ratio;
mod realnews;
mod report;
mod subjectivity;

use std::io::Write;
use std::path::Path;

use serde::de::DeserializeOwned;
use serde::Serialize;

use super::args::EvalArgs;
use super::error::CliError;

/// Everything the evaluation measured: the sections that ran.
#[derive(Serialize)]
pub struct Report {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub golden: Option<golden::Golden>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subjectivity: Option<subjectivity::Subjectivity>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seeds: Option<fixtures::Seeds>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub realnews: Option<realnews::RealNews>,
    pub pages: Option<pages::Pages>,
}

pub fn run(args: &EvalArgs) -> Result<(), CliError> {
    let sections = args.sections;
    let report = Report {
        golden: sections
            .golden
            .then(|| golden::evaluate(&args.data.join("golden_rules_en.jsonl"), args.verbose))
            .transpose()?,
        subjectivity: sections
            .subjectivity
            .then(|| subjectivity::evaluate(&args.data))
            .transpose()?,
        seeds: sections
            .seeds
            .then(|| fixtures::evaluate(&args.fixtures, args.verbose))
            .transpose()?,
        realnews: sections
            .realnews
            .then(|| realnews::evaluate(&args.data, args.verbose))
            .transpose()?,
        pages: sections
            .pages
            .then(|| pages::evaluate(&args.data, args.verbose))
            .transpose()?,
    };
    let mut out = super::stdout();
    if args.json {
        let bytes = serde_json::to_vec_pretty(&report)
            .map_err(|e| CliError::Internal(format!("cannot serialise the report: {e}")))?;
        out.write_all(&bytes).and_then(|()| out.write_all(b"\n"))
    } else {
        report::write(&mut out, &report, args.verbose)
    }
    .and_then(|()| out.flush())
    .map_err(CliError::output)
}

/// Reads a whole data file as UTF-8 text, naming the path in any error.
fn read_text(path: &Path) -> Result<String, CliError> {
    let bytes = std::fs::read(path).map_err(|e| {
        CliError::NoInput(format!("cannot read {}: {}", path.display(), describe(&e)))
    })?;
    String::from_utf8(bytes).map_err(|e| {
        CliError::Data(format!(
            "{} is not valid UTF-8: {}",
            path.display(),
            super::input::invalid_utf8(e.as_bytes(), e.utf8_error().valid_up_to())
        ))
    })
}

fn describe(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    }
}

/// Reads a JSON Lines data file into records, naming the path and line of
/// any malformed record. Blank lines are skipped.
fn read_jsonl<T: DeserializeOwned>(path: &Path) -> Result<Vec<T>, CliError> {
    let text = read_text(path)?;
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(i, line)| {
            serde_json::from_str(line).map_err(|e| {
                CliError::Data(format!(
                    "{}:{}: malformed record: {e}",
                    path.display(),
                    i + 1
                ))
            })
        })
        .collect()
}
