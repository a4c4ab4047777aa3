//! The 52 English Golden Rules for sentence boundaries (pragmatic_segmenter,
//! MIT; see tests/data/GOLDEN_RULES_LICENSE), run against the splitter.
//!
//! Every rule must give exactly the expected sentences. The splitter reports
//! spans of the original text and never rewrites it, so a sentence that the
//! rules join across a line break ("a sentence\ncut off") is compared with
//! runs of whitespace folded to one space; nothing else is normalised.
//!
//! Known failures are listed by id with the reason, so that both a regression
//! and a newly passing rule fail this test until the list is updated.

use serde::Deserialize;

#[derive(Deserialize)]
struct Rule {
    id: u32,
    rule: String,
    text: String,
    sentences: Vec<String>,
    pysbd_id: Option<u32>,
}

/// Rules the splitter does not pass, with the reason.
const KNOWN_FAILURES: &[(u32, &str)] = &[];

fn fold_whitespace(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn rules() -> Vec<Rule> {
    include_str!("data/golden_rules_en.jsonl")
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| serde_json::from_str(line).expect("a Golden Rule as JSON"))
        .collect()
}

#[test]
fn golden_rules() {
    let rules = rules();
    assert_eq!(rules.len(), 52);
    let mut passed = 0;
    let mut passed_pysbd = 0;
    let pysbd_total = rules.iter().filter(|r| r.pysbd_id.is_some()).count();
    let mut surprises = Vec::new();
    for rule in &rules {
        let got: Vec<String> = claimlens::sentences(&rule.text)
            .iter()
            .map(|s| fold_whitespace(s.of(&rule.text)))
            .collect();
        let want: Vec<String> = rule.sentences.iter().map(|s| fold_whitespace(s)).collect();
        let ok = got == want;
        if ok {
            passed += 1;
            passed_pysbd += usize::from(rule.pysbd_id.is_some());
        }
        let known = KNOWN_FAILURES.iter().any(|(id, _)| *id == rule.id);
        if ok == known {
            surprises.push(format!(
                "rule {} ({}) {}: got {got:?}, want {want:?}",
                rule.id,
                rule.rule,
                if ok { "now passes" } else { "fails" }
            ));
        }
    }
    println!(
        "Golden Rules: {passed}/{} ({:.1}%); pySBD's {pysbd_total}: {passed_pysbd}/{pysbd_total}",
        rules.len(),
        100.0 * passed as f64 / rules.len() as f64
    );
    assert!(surprises.is_empty(), "{}", surprises.join("\n"));
}
