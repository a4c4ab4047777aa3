//! The stance word lists, compiled once into one trie
//! ([`crate::lexicon::Matcher`]) whose groups say which list each phrase
//! came from.
//!
//! One walk over a claim finds every listed word or phrase, longest first;
//! the detectors then decide, from where a match sits, whether it is the
//! author's signal. Every entry is ASCII.

use std::sync::LazyLock;

use crate::lexicon::{Apostrophes, Blanks, Matcher};
use crate::Span;

/// Which word list a phrase belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum List {
    Evaluative,
    Loaded,
    Metaphor,
    Hedge,
    Speculation,
    Certainty,
    Prescriptive,
    FirstPerson,
    Intensifier,
    Argument,
    Generalisation,
    Modal,
    /// Modals of ability ("can", "cannot").
    Ability,
    Feeling,
    MildHedge,
    /// Words that often judge but also describe ("serious", "tragedy").
    WeakEvaluative,
    /// Words that judge only when asserted after a copula ("is real").
    PredicateJudgment,
    /// Intensifiers that reports use too ("completely", "far more").
    MildIntensifier,
    /// Irony and distancing ("ostensibly", "self-proclaimed").
    Irony,
    /// The writer's asides to the reader ("let's face it").
    Aside,
    /// Times relative to the day of writing ("this week"): specifics.
    Time,
    /// Verdicts in ordinary words ("has a point", "falls short").
    Verdict,
}

impl List {
    /// The author's own set phrases of argument, aside, certainty and
    /// hedging ("that is to say", "needless to say", "hard to say"): a verb
    /// of saying inside one reports nobody's words (`voice.rs`).
    pub(crate) fn is_connective(self) -> bool {
        matches!(
            self,
            List::Argument | List::Aside | List::Certainty | List::Hedge
        )
    }
}

/// Every list file with the list it feeds.
const LISTS: [(List, &str); 26] = [
    (
        List::Evaluative,
        crate::lexicon::list!("stance_evaluative.txt"),
    ),
    (List::Loaded, crate::lexicon::list!("stance_loaded.txt")),
    (
        List::Metaphor,
        crate::lexicon::list!("stance_metaphors.txt"),
    ),
    (List::Hedge, crate::lexicon::list!("stance_hedges.txt")),
    (
        List::Speculation,
        crate::lexicon::list!("stance_speculation.txt"),
    ),
    (
        List::Certainty,
        crate::lexicon::list!("stance_certainty.txt"),
    ),
    (
        List::Prescriptive,
        crate::lexicon::list!("stance_prescriptive.txt"),
    ),
    (
        List::FirstPerson,
        crate::lexicon::list!("stance_first_person.txt"),
    ),
    (
        List::Intensifier,
        crate::lexicon::list!("stance_intensifiers.txt"),
    ),
    (List::Argument, crate::lexicon::list!("stance_argument.txt")),
    (
        List::Generalisation,
        crate::lexicon::list!("stance_generalisations.txt"),
    ),
    (List::Modal, crate::lexicon::list!("stance_modals.txt")),
    (
        List::Ability,
        crate::lexicon::list!("stance_modals_ability.txt"),
    ),
    (List::Feeling, crate::lexicon::list!("stance_feelings.txt")),
    (
        List::MildHedge,
        crate::lexicon::list!("stance_hedges_mild.txt"),
    ),
    (
        List::Evaluative,
        crate::lexicon::list!("stance_judgment_negative.txt"),
    ),
    (
        List::Evaluative,
        crate::lexicon::list!("stance_judgment_positive.txt"),
    ),
    (
        List::Evaluative,
        crate::lexicon::list!("stance_judgment_nouns.txt"),
    ),
    (
        List::Evaluative,
        crate::lexicon::list!("stance_judgment_verbs.txt"),
    ),
    (
        List::WeakEvaluative,
        crate::lexicon::list!("stance_evaluative_weak.txt"),
    ),
    (
        List::PredicateJudgment,
        crate::lexicon::list!("stance_judgment_predicates.txt"),
    ),
    (
        List::MildIntensifier,
        crate::lexicon::list!("stance_intensifiers_mild.txt"),
    ),
    (List::Irony, crate::lexicon::list!("stance_irony.txt")),
    (List::Aside, crate::lexicon::list!("stance_asides.txt")),
    (List::Time, crate::lexicon::list!("stance_times.txt")),
    (
        List::Verdict,
        crate::lexicon::list!("stance_verdict_phrases.txt"),
    ),
];

/// Every list, one group each (in the order of [`LISTS`]).
static LEXICON: LazyLock<Matcher> = LazyLock::new(|| {
    let groups: Vec<(u8, &'static str)> = LISTS
        .iter()
        .enumerate()
        .map(|(group, &(_, file))| (group as u8, file))
        .collect();
    Matcher::new(&groups, Blanks::Run, Apostrophes::Either)
});

/// One listed phrase found in a claim.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Phrase {
    pub span: Span,
    pub list: List,
}

/// Every listed phrase inside `claim` of `text`, in order, not overlapping:
/// at each word the longest phrase of any list. Case is ignored, a space
/// matches any run of blanks, an apostrophe a straight or curly one.
pub(crate) fn find(text: &str, claim: Span) -> Vec<Phrase> {
    let Some(slice) = text.get(claim.range()) else {
        return Vec::new();
    };
    LEXICON
        .find_merged(slice)
        .into_iter()
        .map(|hit| Phrase {
            span: Span::new(hit.start, hit.end).offset(claim.start),
            list: LISTS[usize::from(hit.group)].0,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::entries;
    use std::collections::HashMap;

    fn found(text: &str) -> Vec<(&str, List)> {
        find(text, Span::new(0, text.len()))
            .into_iter()
            .map(|p| (p.span.of(text), p.list))
            .collect()
    }

    #[test]
    fn lists_are_disjoint() {
        let mut seen: HashMap<String, List> = HashMap::new();
        for (list, file) in LISTS {
            for entry in entries(file) {
                if let Some(other) = seen.insert(entry.to_ascii_lowercase(), list) {
                    panic!("{entry:?} is in both {other:?} and {list:?}");
                }
                assert!(entry.is_ascii(), "{entry:?} is not ASCII");
            }
        }
    }

    #[test]
    fn longest_phrase_wins_and_case_is_ignored() {
        assert_eq!(
            found("There are Bigger  fish to fry."),
            [("Bigger  fish to fry", List::Metaphor)]
        );
        assert_eq!(
            found("He must have known."),
            [("must have", List::Speculation)]
        );
    }

    #[test]
    fn curly_apostrophes_match() {
        assert_eq!(
            found("It\u{2019}s time to go"),
            [("It\u{2019}s time", List::Prescriptive)]
        );
    }

    #[test]
    fn whole_words_only() {
        assert!(found("the mustard and shoulder").is_empty());
        assert_eq!(
            found("perhaps\u{2014}bizarre"),
            [("perhaps", List::Hedge), ("bizarre", List::Evaluative)]
        );
    }

    #[test]
    fn span_is_offset_into_the_text() {
        let text = "One. Perhaps two.";
        let hits = find(text, Span::new(5, text.len()));
        assert_eq!(hits[0].span, Span::new(5, 12));
        assert!(find(text, Span::new(3, 99)).is_empty());
    }
}
