//! People the article does not name, however it places them (LABELS.md:
//! anonymous is "a source that the reader cannot identify").
//!
//! An employer or a place is no name: "a former Lumora engineer, who asked
//! not to be named", "a former executive at the company", "a rancher at the
//! feed store in town", "sources at the Old Forge" are unnamed people, not
//! the company or the place. Only a spokesperson speaks for a body (rule
//! 1), and a spokesperson's words decide before these rules are asked.

use super::words::Word;
use crate::lexicon::List;

/// Whether the lower-case person noun at `head` ("engineer", "executive")
/// has a capitalised word among the words that describe it after the
/// opening determiner: its employer or place ("a former Lumora engineer",
/// "one Pentagon official").
pub(super) fn employer_before_head(text: &str, ws: &[Word], head: usize) -> bool {
    head >= 2
        && !ws[head].is_capitalized(text)
        && is_person_noun(&ws[head])
        && ws[1..head].iter().any(|w| w.is_capitalized(text))
        && !ws[..head].iter().any(|w| w.ends_phrase)
}

/// Whether the people's noun at `j` is placed by "at", "in" or "from"
/// ("sources at the Old Forge", "officials in Tehran"): the name after it is
/// where they are, not who they are.
pub(super) fn placed(text: &str, ws: &[Word], j: usize) -> bool {
    // Researchers and analysts at a named body are cited by it: "Analysts
    // at Bexley Research", "researchers at the University of Eastmoor" are
    // named (LABELS.md: universities' researchers are named).
    // The noun's singular ("researchers"), or the noun: its entry in the
    // word lists, in any case.
    let researchers = match ws[j].of(text).strip_suffix(['s', 'S']) {
        Some(singular) => crate::lexicon::Lexeme::of(singular).is_in(List::ResearchAuthors),
        None => ws[j].is_in(List::ResearchAuthors),
    };
    // "drivers stuck at the Boulder Junction turnoff", "fans gathered
    // outside Anfield": a participle of where they are may come first
    // (`src/lexicon/placing_participles.txt`).
    let at = match ws.get(j + 1) {
        Some(w) if !ws[j].ends_phrase && w.is_in(List::PlacingParticiples) => j + 1,
        _ => j,
    };
    // A capital opening the phrase is the sentence's ("Sources at ...").
    !researchers
        && !ws[at].ends_phrase
        && (j == 0 || !ws[j].is_capitalized(text))
        && ws.get(at + 1).is_some_and(|w| {
            (at > j && (w.is(text, "outside") || w.is(text, "near"))) ||
            w.is(text, "at")
                || w.is(text, "in")
                || w.is(text, "from")
                // "residents of Goregaon": "of" places lower-case people
                // only ("Friends of the Earth" is a body's name).
                || (w.is(text, "of") && !ws[j].is_capitalized(text))
        })
}

/// The head noun of a counted or quantified group of people, when `ws`
/// opens with one: "two people familiar with Vantor's sales pipeline",
/// "several analysts on the call", "three senior officials briefed on
/// the talks". The people are unnamed, whatever names the words after
/// them hold; the head is the first lower-case people's noun after the
/// quantifier and its lower-case describing words.
pub(super) fn quantified_group(text: &str, ws: &[Word]) -> Option<usize> {
    let quantifier = ws.first()?;
    if !PLURAL_QUANTIFIERS.iter().any(|q| quantifier.is(text, q)) {
        return None;
    }
    ws.iter()
        .enumerate()
        .skip(1)
        .take(4)
        .take_while(|(_, w)| !w.is_capitalized(text))
        .find(|(_, w)| w.is_in(List::AnonymousPeople) && is_plural_noun(text, w))
        .filter(|&(k, _)| !ws[..k].iter().any(|w| w.ends_phrase))
        .map(|(k, _)| k)
}

/// The person's noun an apposition's comma ends, when the phrase opens
/// with "a", "an" or "one": "A senior White House official, granted
/// anonymity to speak candidly," is one unnamed official (LABELS.md: "a
/// senior Iranian official said in the message" is anonymous); the words
/// after the comma describe how they spoke, not who they are. Only a
/// lower-case person's noun ends it ("A lawyer for Adams, Gerald Ponte"
/// names him: the name after the comma is left to the caller).
pub(super) fn apposition_end(text: &str, ws: &[Word]) -> Option<usize> {
    let first = ws.first()?;
    if !["a", "an", "one"].iter().any(|d| first.is(text, d)) {
        return None;
    }
    let k = ws.iter().position(|w| w.ends_phrase)?;
    (k >= 1 && k + 1 < ws.len() && !ws[k].is_capitalized(text) && is_person_noun(&ws[k]))
        .then_some(k)
}

/// Words that count or quantify more than one: what opens a group.
const PLURAL_QUANTIFIERS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "some",
    "many", "few", "numerous", "dozens", "both", "other",
];

/// Whether a people's noun is plural: "people", "analysts", not "source".
fn is_plural_noun(text: &str, w: &Word) -> bool {
    let word = w.of(text);
    word.ends_with('s') || word.eq_ignore_ascii_case("people") || word.ends_with("men")
}

/// A noun for an unnamed person or people: "engineer", "sources".
pub(super) fn is_person_noun(w: &Word) -> bool {
    w.is_in(List::UnnamedPersonNouns) || w.is_in(List::Roles) || w.is_in(List::AnonymousPeople)
}

#[cfg(test)]
mod tests {
    use crate::attribution::testing::kinds;
    use crate::AttributionKind::*;

    #[test]
    fn people_placed_by_where_they_are_stay_unnamed() {
        for text in [
            "Truck drivers stuck at the Boulder Junction turnoff told Ridgeline News they had waited six hours.",
            "Fans gathered outside Anfield said the club had let them down.",
            "Commuters at Central Station said the trains were late again.",
        ] {
            assert_eq!(kinds(text), [Anonymous], "{text}");
        }
    }

    #[test]
    fn a_person_identified_by_employer_is_not_the_employer() {
        assert_eq!(
            kinds("A former Lumora engineer, who asked not to be named, said the team was cut."),
            [Anonymous]
        );
        assert_eq!(
            kinds("A former executive at the company, who asked not to be named, said the stores were failing."),
            [Anonymous]
        );
        // A spokesperson speaks for the company (LABELS.md rule 1).
        assert_eq!(
            kinds("A company spokesperson said the plant was safe."),
            [Official]
        );
    }

    #[test]
    fn an_unnamed_official_of_an_institution_is_anonymous() {
        // The institution's name sits inside the phrase; the comma ends
        // the official, and "the official" coming back is the same person.
        assert_eq!(
            kinds("A senior Harbour Ministry official, granted anonymity to discuss the talks, said a deal was near. The official said the vote would wait."),
            [Anonymous, Anonymous]
        );
        assert_eq!(
            kinds("An official at the Harbour Ministry said the border would reopen."),
            [Anonymous]
        );
        // A spokesperson speaks on its behalf (LABELS.md: official).
        assert_eq!(
            kinds(
                "A Harbour Ministry spokesperson, speaking by phone, said the border would reopen."
            ),
            [Official]
        );
    }

    #[test]
    fn counted_people_are_unnamed_whatever_names_follow() {
        assert_eq!(
            kinds("The deal is close, according to two people familiar with Vantor's plans."),
            [Anonymous]
        );
        assert_eq!(
            kinds("Several senior officials briefed on the Kremlin talks said a deal was near."),
            [Anonymous]
        );
        assert_eq!(
            kinds("Nothing was done after the road caved in again, residents of Goregaon say."),
            [Anonymous]
        );
        assert_eq!(
            kinds("Friends of the Earth said the plan would fail."),
            [Named]
        );
    }

    #[test]
    fn people_placed_at_a_named_place_are_unnamed() {
        assert_eq!(
            kinds("Sources at the Old Forge say Hallam have already made an approach."),
            [Anonymous]
        );
        assert_eq!(
            kinds("A rancher at the feed store in town said the plant smells."),
            [Anonymous]
        );
    }
}
