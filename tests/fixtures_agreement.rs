//! The gold fixtures (tests/fixtures) hold the product to LABELS.md: this
//! runs the evaluation command over them and fails when agreement drops
//! below what the rules reach today. The floors are set a little under the
//! measured figures (README, "Accuracy") so that honest rule changes have
//! room, while a regression that loses body text or mislabels furniture
//! does not pass.

use std::process::Command;

/// The evaluation of the gold files under tests/fixtures/`dir`.
fn report(dir: &str) -> serde_json::Value {
    let out = Command::new(env!("CARGO_BIN_EXE_claimlens"))
        .args(["eval", "--json", "--only", "seeds", "--fixtures"])
        .arg(format!(
            "{}/tests/fixtures/{dir}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .output()
        .expect("the claimlens binary runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("eval --json prints JSON")
}

fn rate(report: &serde_json::Value, figure: &str) -> f64 {
    report["seeds"]["total"][figure]["rate"]
        .as_f64()
        .unwrap_or_else(|| panic!("no {figure} in {report}"))
}

/// Checks each figure against its floor, naming every one that falls short.
fn assert_floors(dir: &str, floors: &[(&str, f64)]) {
    let report = report(dir);
    let short: Vec<String> = floors
        .iter()
        .filter(|(figure, floor)| rate(&report, figure) < *floor)
        .map(|(figure, floor)| format!("{figure} {:.3} < {floor}", rate(&report, figure)))
        .collect();
    assert!(short.is_empty(), "{dir}: {}", short.join(", "));
}

#[test]
fn the_three_seeds() {
    assert_floors(
        "seeds",
        &[
            ("body_preservation", 1.0),
            ("furniture_recall", 0.98),
            ("furniture_precision", 0.98),
            ("reason_agreement", 0.95),
            ("exact_boundaries", 0.95),
            ("attribution_accuracy", 0.95),
            ("stance_accuracy", 0.85),
            ("headlines", 1.0),
            ("article_kinds", 1.0),
        ],
    );
}

#[test]
fn the_rule_cases() {
    assert_floors(
        "cases",
        &[
            ("body_preservation", 1.0),
            ("furniture_recall", 0.95),
            ("furniture_precision", 0.95),
            ("exact_boundaries", 0.95),
            ("attribution_accuracy", 0.95),
            ("stance_accuracy", 0.85),
            ("headlines", 0.95),
        ],
    );
}

/// Issue #14, "one entity, one source": of the pairs of claims in one
/// article whose gold sources name the same person or body, the share the
/// roster gives one source id, over every fixture. Printed, and held at the
/// figure reached after held-out 28's round (1,104 of 1,239 pairs, 0.891;
/// 0.888 when held-out 28 joined, written blind, with 8 of its 11 pairs).
#[test]
fn one_entity_one_source_over_all_fixtures() {
    let report = report("");
    let pairs = &report["seeds"]["total"]["same_source"];
    eprintln!(
        "one entity, one id: {} of {} pairs",
        pairs["n"], pairs["of"]
    );
    let share = rate(&report, "same_source");
    assert!(share >= 0.890, "one entity, one id {share:.3} < 0.890");
}
