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

/// Analyses the built-in sample page and drops the result: afterwards the
/// word lists and patterns that a typical article needs are built.
pub fn warm() {
    // The sample is well-formed and far below the size limit: this cannot fail.
    let _ = crate::analyze_text(SAMPLE);
}

#[cfg(test)]
mod tests {
    use super::*;
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
