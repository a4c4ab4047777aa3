//! "Durham County Council's trading standards team", "the county's audit
//! department": a part of an institution named as such, by its owner's
//! possessive and the unit's own lower-case name. It speaks for the
//! institution, official like it (LABELS.md rule 1: "a government body,
//! ministry, agency ... as such"); the owner's name is no person's.
//! Its head is an institution word or a unit's (`src/lexicon/body_units.txt`:
//! "team", "unit", "squad"), which is official only after an official owner:
//! "the university's research team" is researchers, named.

use super::words::{without_possessive, Word};
use crate::lexicon::List;
use crate::Span;

/// The most lower-case words between the owner's possessive and the unit's
/// head: "'s economic crime team".
const MOST_UNIT_WORDS: usize = 4;

/// The owner's span (without its "'s") when the words `ws` are a unit of
/// it: a possessive word, then up to [`MOST_UNIT_WORDS`] lower-case words
/// ending in a unit's or an institution's head. The caller asks whether
/// the owner is an institution.
pub(super) fn owner(text: &str, ws: &[Word]) -> Option<Span> {
    let head = ws.last()?;
    if !(head.is_in(List::BodyUnits) || head.is_in(List::Institutions)) {
        return None;
    }
    let k = ws
        .iter()
        .rposition(|w| without_possessive(w.of(text)).len() < w.of(text).len())?;
    let unit = &ws[k + 1..];
    let lower_case = |w: &Word| !w.is_capitalized(text) && !w.ends_phrase;
    // The owner is a name: "Durham County Council's", not "the county's".
    let named_owner = ws[..=k].iter().filter(|w| w.is_capitalized(text)).count() >= 2;
    (k >= 1
        && named_owner
        && !ws[..k].iter().any(|w| w.ends_phrase)
        && !unit.is_empty()
        && unit.len() <= MOST_UNIT_WORDS
        && unit[..unit.len() - 1].iter().all(lower_case)
        && !head.is_capitalized(text))
    .then(|| {
        let bare = without_possessive(ws[k].of(text)).len();
        Span::new(ws[0].span.start, ws[k].span.start + bare)
    })
}

#[cfg(test)]
mod tests {
    use crate::attribution::testing::kinds;
    use crate::AttributionKind::*;

    #[test]
    fn a_unit_of_an_institution_speaks_for_it() {
        assert_eq!(
            kinds(
                "Durham County Council’s trading standards team said it had received \
                 212 complaints. The council advises residents never to pay cash."
            ),
            [Official, Official]
        );
        // A unit's capitalised name, its owner a level of government; the
        // capitalised "Audit" ending it is no audit.
        assert_eq!(
            kinds(
                "A 2019 audit by the state’s Legislative Division of Post Audit found \
                 the same backlog."
            ),
            [Official]
        );
        // A person of it is named by name, not by the unit.
        assert_eq!(
            kinds("Durham County Council’s Helen Marr said the team was stretched."),
            [Named]
        );
    }

    #[test]
    fn the_reason_names_the_unit() {
        let rules = crate::attribution::testing::rules(
            "Durham County Council’s trading standards team said it had received complaints.",
        );
        assert!(
            rules[0].contains(&crate::RuleId::InstitutionUnit),
            "{rules:?}"
        );
    }
}
