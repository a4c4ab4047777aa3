//! The author's commitment: hedges ("perhaps", "probably", "one could
//! imagine"), boosters of certainty ("no doubt", "of course") and
//! speculation or prediction ("is bound to", "must have").
//!
//! Decisions: these show the author weighing the claim, which straight
//! reporting leaves to its sources; by the author they are strong signals,
//! a little short of a judgment on their own. In reported speech they are
//! the source's ("Crocker said he would probably go").

use crate::stance::model::{Evidence, Feature};
use crate::stance::phrases::{List, Phrase};
use crate::stance::SignalKind;
use crate::Span;

pub(crate) fn detect(text: &str, claim: Span, phrases: &[Phrase], out: &mut Vec<Evidence>) {
    for p in phrases {
        let (kind, w) = match p.list {
            List::Modal if is_month(text, claim, p.span) => continue,
            List::Modal if arranged(text, claim, p.span) => {
                (SignalKind::Speculation, Feature::Plan)
            }
            List::Modal => (SignalKind::Speculation, Feature::Modal),
            List::Ability => (SignalKind::Speculation, Feature::Modal),
            List::Hedge => (SignalKind::Hedge, Feature::Hedge),
            List::MildHedge => (SignalKind::Hedge, Feature::Speculation),
            List::Speculation => (SignalKind::Speculation, Feature::Speculation),
            List::Certainty => (SignalKind::Certainty, Feature::Certainty),
            _ => continue,
        };
        out.push(Evidence::new(p.span, kind, w));
    }
}

/// "will be" with a participle ("Traffic will be diverted", "the talks will
/// be held in Doha") states an arrangement someone has made, the way
/// reports announce plans, rather than the author's prediction.
fn arranged(text: &str, claim: Span, modal: Span) -> bool {
    let Some(after) = text.get(modal.end..claim.end) else {
        return false;
    };
    let mut words = after
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty());
    text.get(modal.range())
        .is_some_and(|m| m.eq_ignore_ascii_case("will"))
        && words.next().is_some_and(|w| w.eq_ignore_ascii_case("be"))
        && words.next().is_some_and(|w| {
            w.len() > 4 && (w.ends_with("ed") || w.ends_with("en")) || PARTICIPLES.contains(&w)
        })
}

/// Common irregular participles that end in neither "-ed" nor "-en".
const PARTICIPLES: [&str; 14] = [
    "held", "made", "paid", "sent", "built", "sold", "told", "kept", "shut", "cut", "put", "set",
    "run", "led",
];

/// "May" capitalised after the first word is the month ("in May 2021").
fn is_month(text: &str, claim: Span, word: Span) -> bool {
    text.get(word.range()) == Some("May")
        && text
            .get(claim.start..word.start)
            .is_some_and(|before| before.chars().any(char::is_alphanumeric))
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
    fn the_authors_prediction_is_opinion_an_arrangement_is_not() {
        assert_stance(
            "All the public treasuries will be rich.",
            Opinion,
            &[("will", Speculation)],
        );
        assert_stance(
            "This time they will pay for it.",
            Opinion,
            &[("will", Speculation)],
        );
        // A name weighs toward reporting: reports announce what named
        // people and places will do.
        assert_stance(
            "This time Russia will pay for it.",
            Reporting,
            &[("Russia", Specifics), ("will", Speculation)],
        );
        assert_stance(
            "Traffic will be diverted.",
            Reporting,
            &[("will", Speculation)],
        );
        assert_stance(
            "Officials will consider the plan this week.",
            Reporting,
            &[("will", Speculation), ("this week", Specifics)],
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
