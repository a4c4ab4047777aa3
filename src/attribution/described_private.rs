//! A private person the article introduces by an age or a home town right
//! after their full name, with no office in the description: "Mohammed
//! Kabir Hossain, 34, a scaffolder from Sylhet, said ...", "Kirsty
//! Holroyd, from Hullbridge, whose son was born at the unit ...". Such a
//! person holds no office and speaks for no body, so a later "Ms Holroyd
//! declined to say" or "He declined to say" is no formal channel
//! (LABELS.md rule 1: "A private person's statement ... is not a formal
//! channel"); they stay named, as a person introduced by a trade word
//! before the name does ([`super::private::person_introduced`]).
//!
//! Office-holders are given ages too ("Mayor Angela Price, 61,"), so the
//! name may carry no title or role, and the description up to its second
//! comma no role, spokesperson's word or institution ("Jane Ruiz, 52, the
//! county's chief medical officer" holds an office).

use super::words::{without_possessive, Word};
use crate::lexicon::List;

/// The most words of the full name.
const MOST_NAME_WORDS: usize = 4;

/// The most words of the description read for an office after the name.
const MOST_DESCRIPTION_WORDS: usize = 14;

/// The oldest age read as one.
const OLDEST: u32 = 110;

/// Lists whose words give the person an office or a body to speak for.
const OFFICES: &[List] = &[
    List::Roles,
    List::CorporateRoles,
    List::Spokespeople,
    List::TitlesBeforeNames,
    List::Institutions,
    List::PrivateRepresentatives,
    List::WriterPosts,
];

/// The surname of a private person whose full name opens at `ws[i]` and is
/// followed by an age or "from <Place>" and a description that holds no
/// office.
pub(super) fn introduced<'t>(text: &'t str, ws: &[Word], i: usize) -> Option<&'t str> {
    let name_word = |w: &Word| w.is_capitalized(text) && w.has_lowercase();
    // The name's run starts here: no capitalised word or office before it
    // in its sentence ("... with the company. Lorna Pietrasik, 67, a
    // Brightwell customer" follows no office).
    // (The word before is tested first: most words follow no name or office,
    // and the walk back to the sentence's opening is then not taken.)
    if i > 0 {
        let before = &ws[i - 1];
        if !before.ends_phrase
            && (name_word(before) || before.lexeme.is_in_any(OFFICES))
            && !super::source::opens_sentence(text, ws[i].span.start)
        {
            return None;
        }
    }
    let len = ws[i..]
        .iter()
        .take(MOST_NAME_WORDS + 1)
        .position(|w| !name_word(w) || w.ends_phrase)
        .map(|p| p + 1)?;
    let j = i + len - 1;
    let name = &ws[i..=j];
    if !(2..=MOST_NAME_WORDS).contains(&len)
        || !ws[j].ends_phrase
        || !name_word(&ws[j])
        || name.iter().skip(1).any(|w| w.starts_phrase)
        || name.iter().any(|w| w.lexeme.is_in_any(OFFICES))
    {
        return None;
    }
    let after = ws.get(j + 1)?;
    let age = after.ends_phrase
        && after
            .of(text)
            .parse::<u32>()
            .is_ok_and(|n| (1..=OLDEST).contains(&n));
    let home = after.is(text, "from") && ws.get(j + 2).is_some_and(|w| w.is_capitalized(text));
    if !(age || home) {
        return None;
    }
    // The description: up to its second comma after the name.
    let mut commas = 0;
    for w in ws[j + 1..].iter().take(MOST_DESCRIPTION_WORDS) {
        if w.lexeme.is_in_any(OFFICES) {
            return None;
        }
        if w.ends_phrase {
            commas += 1;
            if commas == 2 {
                break;
            }
        }
    }
    Some(without_possessive(ws[j].of(text)))
}

#[cfg(test)]
mod tests {
    use crate::attribution::testing::kinds;
    use crate::AttributionKind::*;

    #[test]
    fn a_person_given_an_age_or_a_home_town_refuses_in_person() {
        assert_eq!(
            kinds(
                "Mohammed Kabir Hossain, 34, a scaffolder from Sylhet, said the rest area had fans.\n\n\
                 He declined to say which company he worked for."
            ),
            [Named, Named]
        );
        assert_eq!(
            kinds(
                "Kirsty Holroyd, from Hullbridge, whose son was born at the unit, said she was left alone.\n\n\
                 Ms Holroyd declined to say whether the family was considering legal action."
            ),
            [Named, Named]
        );
        // An office word closing the sentence before is not the name's.
        assert_eq!(
            kinds(
                "Refills were halted for a week at the company.\n\n\
                 Lorna Pietrasik, 67, a customer in Davenport, Iowa, said she learned of it by letter. \
                 She declined to say how much the claim had been for."
            ),
            [Unattributed, Named, Named]
        );
    }

    #[test]
    fn an_office_in_the_description_keeps_the_channel() {
        assert_eq!(
            kinds(
                "Jane Ruiz, 52, the county's chief medical officer, said the clinic would open.\n\n\
                 Ms Ruiz declined to say when."
            ),
            [Named, Official]
        );
        assert_eq!(
            kinds(
                "Mayor Angela Price, 61, said the talks would go on.\n\n\
                 Price declined to say whether the city would go to court."
            ),
            [Named, Official]
        );
    }
}
