//! What the attribution tests ask of a whole analysis.

use crate::{analyze_text, AttributionKind, RuleId};

/// Each claim of `text`: its words and its attribution kind, in order.
pub(crate) fn claim_kinds(text: &str) -> Vec<(String, AttributionKind)> {
    analyze_text(text)
        .unwrap()
        .claims
        .iter()
        .map(|c| (c.span.of(text).to_string(), c.attribution.kind))
        .collect()
}

/// Each claim's attribution kind of `text`, in order.
pub(crate) fn kinds(text: &str) -> Vec<AttributionKind> {
    claim_kinds(text).into_iter().map(|(_, k)| k).collect()
}

/// Each claim's reasons' rules of `text`, in order.
pub(crate) fn rules(text: &str) -> Vec<Vec<RuleId>> {
    analyze_text(text)
        .unwrap()
        .claims
        .iter()
        .map(|c| c.attribution.reasons.iter().map(|r| r.rule).collect())
        .collect()
}
