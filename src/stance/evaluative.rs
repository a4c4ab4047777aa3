//! Judging words: evaluative adjectives, adverbs, nouns and verbs
//! ("bizarre", "the perfect man", "madness", "squandered"), words of feeling
//! ("sadly", "alarming"), loaded wording ("harsh", "regime"),
//! loaded metaphors ("bigger fish to fry") and intensifiers ("utterly").
//!
//! Decisions (LABELS.md): a judging word makes the claim opinion when the
//! claim asserts it (after a copula) or it describes the main subject or
//! event; in a side clause or a modifying phrase it is a stock description
//! and is shown as loaded wording, too light to tip the claim alone.

use crate::stance::clause::{bare_predicate, position, Position};
use crate::stance::model::{Evidence, Feature};
use crate::stance::phrases::{List, Phrase};
use crate::stance::SignalKind;
use crate::Span;

pub(crate) fn detect(text: &str, claim: Span, phrases: &[Phrase], out: &mut Vec<Evidence>) {
    for p in phrases {
        let (kind, w) = match p.list {
            List::Evaluative | List::Feeling => match adverb_or_position(text, claim, p.span) {
                Position::Predicate => (SignalKind::Evaluative, Feature::Judgment),
                Position::Main => (SignalKind::Evaluative, Feature::Judgment),
                Position::Modifier => (SignalKind::LoadedWording, Feature::StockDescription),
                Position::Side => (SignalKind::LoadedWording, Feature::StockDescription),
            },
            List::Loaded => match position(text, claim, p.span) {
                Position::Predicate => (SignalKind::LoadedWording, Feature::WeakJudgment),
                Position::Main => (SignalKind::LoadedWording, Feature::WeakJudgment),
                Position::Modifier | Position::Side => {
                    (SignalKind::LoadedWording, Feature::StockDescription)
                }
            },
            List::Metaphor => match position(text, claim, p.span) {
                Position::Predicate | Position::Main => {
                    (SignalKind::LoadedWording, Feature::Judgment)
                }
                Position::Modifier | Position::Side => {
                    (SignalKind::LoadedWording, Feature::StockDescription)
                }
            },
            List::WeakEvaluative => match adverb_or_position(text, claim, p.span) {
                Position::Predicate => (SignalKind::Evaluative, Feature::WeakJudgment),
                // "its starkest failure", "the serious talks": on the main
                // subject or event but not asserted, a word that also
                // describes has a weight of its own, lighter than when
                // asserted; the fit decides it (names and dates beside it
                // still weigh toward reporting).
                Position::Main => (SignalKind::Evaluative, Feature::WeakDescription),
                Position::Modifier | Position::Side => {
                    (SignalKind::LoadedWording, Feature::StockDescription)
                }
            },
            // "the risk is real" judges; "real estate" does not.
            List::PredicateJudgment if bare_predicate(text, claim, p.span) => {
                (SignalKind::Evaluative, Feature::WeakJudgment)
            }
            List::Intensifier => (SignalKind::Intensifier, Feature::Intensifier),
            List::MildIntensifier => (SignalKind::Intensifier, Feature::Intensifier),
            List::Irony => (SignalKind::Irony, Feature::Judgment),
            _ => continue,
        };
        out.push(Evidence::new(p.span, kind, w));
    }
}

/// An evaluative adverb ("fortunately", "recklessly") comments on the
/// whole statement wherever it stands ("which was fortunately blocked"), so
/// it counts as main-clause judgment even in a side clause.
fn adverb_or_position(text: &str, claim: Span, word: Span) -> Position {
    match position(text, claim, word) {
        Position::Side | Position::Modifier
            if text.get(word.range()).is_some_and(|w| w.ends_with("ly")) =>
        {
            Position::Main
        }
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use crate::stance::testing::{assert_attributed, assert_stance, assert_stance_in};
    use crate::stance::SignalKind::*;
    use crate::stance::StanceKind::*;

    #[test]
    fn asserted_judgment_is_opinion() {
        assert_stance(
            "Khalilzad is the perfect man for the job.",
            Opinion,
            &[("perfect", Evaluative)],
        );
    }

    #[test]
    fn judging_the_main_event_is_opinion() {
        assert_stance(
            "He made bizarre accusations against Tehran.",
            Opinion,
            &[("bizarre", Evaluative), ("Tehran", Specifics)],
        );
    }

    #[test]
    fn stock_description_in_a_side_clause_stays_reporting() {
        assert_stance(
            "The Taliban, who imposed a harsh version of Islamic rule, returned to power in 2021.",
            Reporting,
            &[
                ("Taliban", Specifics),
                ("harsh", LoadedWording),
                ("Islamic", Specifics),
                ("2021", Specifics),
            ],
        );
        assert_stance(
            "The U.S. lifted bounties from the head of notorious terrorist Sirajuddin Haqqani.",
            Reporting,
            &[
                ("U.S.", Specifics),
                ("notorious", LoadedWording),
                ("Sirajuddin Haqqani", Specifics),
            ],
        );
    }

    #[test]
    fn an_evaluative_adverb_judges_even_in_a_side_clause() {
        assert_stance(
            "The resolution, which was fortunately blocked, died.",
            Opinion,
            &[("fortunately", Evaluative)],
        );
    }

    #[test]
    fn metaphor_with_a_hedge_is_opinion() {
        assert_stance(
            "Both are silent probably because they know there are bigger fish to fry.",
            Opinion,
            &[("probably", Hedge), ("bigger fish to fry", LoadedWording)],
        );
    }

    #[test]
    fn a_weak_judgment_asserted_judges_in_the_main_clause_it_weighs_less() {
        assert_stance(
            "The explanation is simple.",
            Opinion,
            &[("simple", Evaluative)],
        );
        assert_stance(
            "In Paris, the serious talks ended on Friday.",
            Reporting,
            &[
                ("Paris", Specifics),
                ("serious", Evaluative),
                ("Friday", Specifics),
            ],
        );
    }

    #[test]
    fn a_predicate_judgment_judges_only_as_the_bare_predicate() {
        assert_stance("But the risk is real.", Opinion, &[("real", Evaluative)]);
        assert_stance("That much is true, yes.", Opinion, &[("true", Evaluative)]);
        // Modifying a noun, or inside a noun phrase after the copula, the
        // same words describe.
        assert_stance("The real estate market cooled.", Reporting, &[]);
        assert_stance("The firm is a real estate developer.", Reporting, &[]);
        assert_stance("The deed is true copy of the original.", Reporting, &[]);
    }

    #[test]
    fn judging_an_argument_is_opinion() {
        assert_stance(
            "There is something to the criticism.",
            Opinion,
            &[("There is something to the", Evaluative)],
        );
        assert_stance(
            "However the Treasury dresses it up, this is a climbdown.",
            Opinion,
            &[("Treasury", Specifics), ("climbdown", Evaluative)],
        );
    }

    #[test]
    fn a_classing_noun_and_of_leave_the_judgment_asserted() {
        // "a kind of" classes the word after it, which the clause asserts;
        // a real modifying phrase stays a stock description.
        assert_stance(
            "The hearing was a kind of farce.",
            Opinion,
            &[("farce", Evaluative)],
        );
        assert_stance(
            "The scheme is run by a friend of the disgraced mayor.",
            Reporting,
            &[("disgraced", LoadedWording)],
        );
    }

    #[test]
    fn what_a_thing_is_like_to_live_with_judges_it() {
        assert_stance(
            "The new fare table is hard to love.",
            Opinion,
            &[("hard to love", Evaluative)],
        );
        let text = "\u{201c}The new fare table is hard to love,\u{201d} he said.";
        assert_stance_in(
            text,
            Reporting,
            &[],
            &["\u{201c}The new fare table is hard to love,\u{201d}"],
        );
    }

    #[test]
    fn irony_marks_the_authors_disbelief() {
        assert_stance(
            "The self-proclaimed reformer left office.",
            Opinion,
            &[("self-proclaimed", Irony)],
        );
    }

    #[test]
    fn judging_words_of_a_reported_speaker_are_not_the_authors() {
        assert_attributed(
            "Crocker said the plan was absurd and dangerous.",
            "Crocker",
            "said",
            Reporting,
            &[("absurd", Evaluative), ("dangerous", Evaluative)],
        );
    }

    #[test]
    fn the_authors_judging_word_framing_a_source_is_opinion() {
        assert_attributed(
            "The minister made the absurd claim that prices had fallen.",
            "The minister",
            "made the absurd claim",
            Opinion,
            &[("absurd", AuthorFraming)],
        );
    }

    #[test]
    fn the_authors_manner_phrase_framing_a_source_is_opinion() {
        assert_attributed(
            "To no one's surprise, the ministry said the figures were sound.",
            "the ministry",
            "said",
            Opinion,
            &[("To no one's surprise", AuthorFraming)],
        );
        assert_attributed(
            "The ministry said the figures were sound.",
            "The ministry",
            "said",
            Reporting,
            &[],
        );
    }

    #[test]
    fn a_feeling_the_cue_names_is_the_sources() {
        // "expressed outrage": the cue names the diplomats' feeling.
        assert_attributed(
            "Diplomats expressed outrage over the missile test.",
            "Diplomats",
            "expressed outrage",
            Reporting,
            &[("outrage", Evaluative)],
        );
        // The same word asserted in the author's voice judges the test.
        assert_stance(
            "The missile test is an outrage.",
            Opinion,
            &[("outrage", Evaluative)],
        );
    }
}
