//! The author's commitment: hedges ("perhaps", "probably", "one could
//! imagine"), boosters of certainty ("no doubt", "of course") and
//! speculation or prediction ("is bound to", "must have").
//!
//! Decisions: these show the author weighing the claim, which straight
//! reporting leaves to its sources; by the author they are strong signals,
//! a little short of a judgment on their own. In reported speech they are
//! the source's ("Crocker said he would probably go"). Bare modals ("will",
//! "could") are `modal.rs`'s.

use crate::stance::model::{Evidence, Feature};
use crate::stance::phrases::{List, Phrase};
use crate::stance::SignalKind;

pub(crate) fn detect(phrases: &[Phrase], out: &mut Vec<Evidence>) {
    for p in phrases {
        let (kind, w) = match p.list {
            List::Hedge => (SignalKind::Hedge, Feature::Hedge),
            List::MildHedge => (SignalKind::Hedge, Feature::Speculation),
            List::Speculation => (SignalKind::Speculation, Feature::Speculation),
            List::Certainty => (SignalKind::Certainty, Feature::Certainty),
            _ => continue,
        };
        out.push(Evidence::new(p.span, kind, w));
    }
}

#[cfg(test)]
mod tests {
    use crate::stance::testing::{assert_attributed, assert_stance};
    use crate::stance::SignalKind::*;
    use crate::stance::StanceKind::*;

    #[test]
    fn hedges_and_boosters_by_the_author() {
        assert_stance(
            "Now it is becoming clearer that perhaps there really is a method to Trump's madness.",
            Opinion,
            &[
                ("perhaps", Hedge),
                ("really", Intensifier),
                ("method to", LoadedWording),
                ("Trump's", Specifics),
                ("madness", Evaluative),
            ],
        );
        assert_stance(
            "One could imagine how they must feel about the decision.",
            Opinion,
            &[("One could imagine", Hedge), ("must", Prescriptive)],
        );
    }

    #[test]
    fn a_booster_beside_a_fact_is_the_authors_voice() {
        assert_stance(
            "Of course, the fact that the country reverted to a terrorist safe haven put its neighbours at risk.",
            Opinion,
            &[("Of course", Certainty)],
        );
    }

    #[test]
    fn the_authors_forecast_without_a_modal_is_speculation() {
        assert_stance(
            "For many families, the hardest months are still to come.",
            Opinion,
            &[("still to come", Speculation)],
        );
        assert_stance(
            "Chances are the talks collapse before spring.",
            Opinion,
            &[("Chances are", Speculation)],
        );
        assert_attributed(
            "The analyst said the hardest months are still to come.",
            "The analyst",
            "said",
            Reporting,
            &[("still to come", Speculation)],
        );
    }

    #[test]
    fn the_authors_forecast_by_a_trend_or_a_seeming_is_speculation() {
        assert_stance(
            "On present trends, the reservoir runs dry before the harvest.",
            Opinion,
            &[("On present trends", Speculation)],
        );
        assert_stance(
            "The merger seems set to collapse.",
            Opinion,
            &[("seems set to", Speculation)],
        );
        assert_stance(
            "The new rules may prove costly for small lenders.",
            Opinion,
            &[("may prove", Speculation)],
        );
        // A schedule announced is no forecast of the author's.
        assert_stance(
            "The council is set to vote on Tuesday.",
            Reporting,
            &[("Tuesday", Specifics)],
        );
        // In reported speech the forecast is the source's.
        assert_attributed(
            "The analyst said the merger seems set to collapse.",
            "The analyst",
            "said",
            Reporting,
            &[("seems set to", Speculation)],
        );
    }

    #[test]
    fn a_sources_hedge_is_reporting() {
        assert_attributed(
            "The analyst said prices would probably rise.",
            "The analyst",
            "said",
            Reporting,
            &[("would probably", Speculation)],
        );
    }
}
