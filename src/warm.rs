//! Warming the engine: building the rules' word lists and patterns before
//! the first article arrives.
//!
//! Every list and pattern is built on first use, so the first analysis in a
//! fresh engine pays for them (in the browser also for the JavaScript
//! engine compiling the module's code as it first runs): about ten times the
//! second analysis. A host with idle time after loading (the page's worker,
//! a long-running service) calls [`warm`] then, and the reader's first
//! article costs what every later one does.
//!
//! The sample is a short made-up wire story with the page furniture around
//! it (menus, headline, byline, date, dateline, caption, credit, a link
//! line, copyright and licensing lines) and claims of every attribution kind
//! and both stances, so that it reaches the rules real pages reach.

/// The sample page: made up for this purpose, not taken from any article.
pub(crate) const SAMPLE: &str = include_str!("warm.txt");

/// Builds every pattern, then analyses the built-in sample page and drops
/// the result: afterwards the word lists and patterns are built, and the
/// code a typical article runs has run once.
pub fn warm() {
    build_patterns();
    // The sample is well-formed and far below the size limit: this cannot fail.
    let _ = crate::analyze_text(SAMPLE);
}

/// Compiles every pattern of the engine. No sample page reaches them all:
/// most wait behind a gate for a line of their own shape (a translator's
/// credit, a sponsor's label), and the first article to bring one paid for
/// compiling it, a few milliseconds each.
pub(crate) fn build_patterns() {
    crate::furniture::warm();
    crate::attribution::warm();
}

#[cfg(test)]
mod tests {
    use super::*;

    /// After warming, no analysis compiles a pattern: every fixture is
    /// analysed on this thread and the patterns it compiles are counted. (A
    /// pattern another test already compiled is not counted: this can miss a
    /// pattern left out of `build_patterns`, never blame one wrongly.)
    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn after_warming_no_analysis_compiles_a_pattern() {
        warm();
        let before = crate::pattern::compiled_on_this_thread();
        for (path, text) in crate::furniture::testing::fixture_texts() {
            let _ = crate::analyze_text(&text);
            let compiled = crate::pattern::compiled_on_this_thread() - before;
            assert_eq!(compiled, 0, "{path} compiled a pattern that warm() did not");
        }
    }
    use crate::{AttributionKind, SkipReason, StanceKind};

    /// The sample must keep reaching every stage, or warming stops covering
    /// what a first article needs.
    #[test]
    fn the_sample_reaches_every_stage() {
        let analysis = crate::analyze_text(SAMPLE).unwrap();
        for kind in [
            AttributionKind::Named,
            AttributionKind::Anonymous,
            AttributionKind::Official,
            AttributionKind::Unattributed,
        ] {
            assert!(
                analysis.claims.iter().any(|c| c.attribution.kind == kind),
                "no {kind:?} claim in the warm-up sample"
            );
        }
        for kind in [StanceKind::Opinion, StanceKind::Reporting] {
            assert!(analysis.claims.iter().any(|c| c.stance.kind == kind));
        }
        for reason in [
            SkipReason::Headline,
            SkipReason::Byline,
            SkipReason::Dateline,
            SkipReason::Caption,
            SkipReason::Navigation,
            SkipReason::Advertisement,
            SkipReason::Boilerplate,
            SkipReason::Restriction,
        ] {
            assert!(
                analysis.skipped.iter().any(|s| s.reason == reason),
                "no {reason:?} in the warm-up sample"
            );
        }
    }
}
