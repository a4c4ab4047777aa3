//! The stance word lists, compiled once into a single regex (matched against
//! the claim lower-cased, so case is ignored) and a table saying which list
//! each phrase came from.
//!
//! One pass over a claim finds every listed word or phrase, longest first;
//! the detectors then decide, from where a match sits, whether it is the
//! author's signal. Word boundaries are ASCII (`(?-u:\b)`) so that the regex
//! engine's fast DFA handles curly quotes and dashes without falling back to
//! a slower engine; every entry is ASCII.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::{Regex, RegexBuilder};

use crate::lexicon::entries;
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
}

/// Every list file with the list it feeds.
const LISTS: [(List, &str); 25] = [
    (
        List::Evaluative,
        include_str!("../lexicon/stance_evaluative.txt"),
    ),
    (List::Loaded, include_str!("../lexicon/stance_loaded.txt")),
    (
        List::Metaphor,
        include_str!("../lexicon/stance_metaphors.txt"),
    ),
    (List::Hedge, include_str!("../lexicon/stance_hedges.txt")),
    (
        List::Speculation,
        include_str!("../lexicon/stance_speculation.txt"),
    ),
    (
        List::Certainty,
        include_str!("../lexicon/stance_certainty.txt"),
    ),
    (
        List::Prescriptive,
        include_str!("../lexicon/stance_prescriptive.txt"),
    ),
    (
        List::FirstPerson,
        include_str!("../lexicon/stance_first_person.txt"),
    ),
    (
        List::Intensifier,
        include_str!("../lexicon/stance_intensifiers.txt"),
    ),
    (
        List::Argument,
        include_str!("../lexicon/stance_argument.txt"),
    ),
    (
        List::Generalisation,
        include_str!("../lexicon/stance_generalisations.txt"),
    ),
    (List::Modal, include_str!("../lexicon/stance_modals.txt")),
    (
        List::Ability,
        include_str!("../lexicon/stance_modals_ability.txt"),
    ),
    (
        List::Feeling,
        include_str!("../lexicon/stance_feelings.txt"),
    ),
    (
        List::MildHedge,
        include_str!("../lexicon/stance_hedges_mild.txt"),
    ),
    (
        List::Evaluative,
        include_str!("../lexicon/stance_judgment_negative.txt"),
    ),
    (
        List::Evaluative,
        include_str!("../lexicon/stance_judgment_positive.txt"),
    ),
    (
        List::Evaluative,
        include_str!("../lexicon/stance_judgment_nouns.txt"),
    ),
    (
        List::Evaluative,
        include_str!("../lexicon/stance_judgment_verbs.txt"),
    ),
    (
        List::WeakEvaluative,
        include_str!("../lexicon/stance_evaluative_weak.txt"),
    ),
    (
        List::PredicateJudgment,
        include_str!("../lexicon/stance_judgment_predicates.txt"),
    ),
    (
        List::MildIntensifier,
        include_str!("../lexicon/stance_intensifiers_mild.txt"),
    ),
    (List::Irony, include_str!("../lexicon/stance_irony.txt")),
    (List::Aside, include_str!("../lexicon/stance_asides.txt")),
    (List::Time, include_str!("../lexicon/stance_times.txt")),
];

struct Lexicon {
    regex: Regex,
    /// Normalised phrase (lower case, straight apostrophes, single spaces)
    /// to its list.
    lists: HashMap<String, List>,
}

#[allow(clippy::disallowed_methods)] // the pattern goes through pattern::rewrite
static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut lists = HashMap::new();
    let mut phrases: Vec<String> = Vec::new();
    for (list, file) in LISTS {
        for entry in entries(file) {
            let key = entry.to_ascii_lowercase();
            // A phrase in two lists keeps the first; a unit test keeps the
            // lists disjoint so this never decides anything.
            if lists.insert(key.clone(), list).is_none() {
                phrases.push(key);
            }
        }
    }
    phrases.sort_by_key(|p| std::cmp::Reverse(p.len()));
    let body: Vec<String> = phrases.iter().map(|p| pattern(p)).collect();
    // Case-sensitive over lower-cased text: thousands of case-insensitive
    // alternatives would multiply the automaton's states (each letter a
    // class of two), which makes the lazy DFA thrash; `find` lower-cases the
    // claim (ASCII only, so byte offsets stay put) instead.
    let source = format!(r"(?-u:\b)(?:{})(?-u:\b)", body.join("|"));
    // The lists are compiled into the binary; a pattern that fails to build
    // is caught by the unit tests, and at run time degrades to "no phrases".
    // Several thousand alternatives outgrow the default lazy-DFA cache
    // (2 MB), and a thrashing cache makes the engine fall back to a far
    // slower one: give the DFA room for the whole list.
    let regex = RegexBuilder::new(&crate::pattern::rewrite(&source))
        .size_limit(64 << 20)
        .dfa_size_limit(64 << 20)
        .build()
        .unwrap_or_else(|_| crate::pattern::new(r"[^\s\S]").expect("empty class"));
    Lexicon { regex, lists }
});

/// The regex for one entry: spaces match any run of blanks, an apostrophe
/// matches a straight or curly one, everything else literally.
fn pattern(phrase: &str) -> String {
    let mut out = String::with_capacity(phrase.len() + 8);
    for word in phrase.split(' ').filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push_str(r"\s+");
        }
        for (i, part) in word.split('\'').enumerate() {
            if i > 0 {
                out.push_str("['\u{2019}]");
            }
            out.push_str(&regex::escape(part));
        }
    }
    out
}

/// One listed phrase found in a claim.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Phrase {
    pub span: Span,
    pub list: List,
}

/// Every listed phrase inside `claim` of `text`, in order, not overlapping.
pub(crate) fn find(text: &str, claim: Span) -> Vec<Phrase> {
    let lexicon = &*LEXICON;
    let Some(slice) = text.get(claim.range()) else {
        return Vec::new();
    };
    let lower = slice.to_ascii_lowercase();
    let mut key = String::new();
    let mut out = Vec::new();
    for m in lexicon.regex.find_iter(&lower) {
        normalise(m.as_str(), &mut key);
        if let Some(&list) = lexicon.lists.get(key.as_str()) {
            out.push(Phrase {
                span: Span::new(m.start(), m.end()).offset(claim.start),
                list,
            });
        }
    }
    out
}

/// Lower-cases `found` into `key` with straight apostrophes and single spaces.
fn normalise(found: &str, key: &mut String) {
    key.clear();
    let mut space = false;
    for c in found.chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !key.is_empty() {
            key.push(' ');
        }
        space = false;
        match c {
            '\u{2019}' => key.push('\''),
            c => key.extend(c.to_lowercase()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
