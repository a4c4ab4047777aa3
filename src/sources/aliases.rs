//! Other names of one source the roster's word runs miss (#14, attr18
//! class 1): a person's name after a post that holds a preposition ("Wessex
//! director of rugby Mark Pellow", then "Pellow"), a person titled before a
//! body's name ("Battalion Chief Dana Ruiz of the Front Range Fire
//! District"), a body's initials after its full name ("the Ministry of
//! Manpower", then "MOM") and the one word of a body's name that stands
//! for it bare ("West Riding Police", "police").

use crate::lexicon::{Lexeme, List};

/// A piece of text without the punctuation around it.
fn bare(raw: &str) -> &str {
    raw.trim_matches(|c: char| !c.is_alphanumeric())
}

/// Whether `w` opens with an upper-case letter (what the token layer's
/// capitalised flag says of a word).
pub(super) fn capital(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// The words of `text` without punctuation, in order.
pub(super) fn pieces(text: &str) -> Vec<&str> {
    crate::token::pieces(text)
        .map(bare)
        .filter(|w| !w.is_empty())
        .collect()
}

/// The name that closes a phrase after a lower-case post: "Wessex director
/// of rugby Mark Pellow" gives "Mark Pellow"; "a spokesperson for Okafor"
/// gives nothing (a preposition, not a post, stands before "Okafor"), and
/// a single capitalised word is no such name.
pub(super) fn name_after_post(phrase: &str) -> Vec<String> {
    let ws = pieces(phrase);
    let start = ws.iter().rposition(|w| !capital(w)).map_or(0, |i| i + 1);
    if start == 0 || ws.len() - start < 2 || Lexeme::of(ws[start - 1]).is_in(List::PostLinks) {
        return Vec::new();
    }
    ws[start..]
        .iter()
        .map(|w| crate::token::lower(crate::attribution::without_possessive(w)).into_owned())
        .collect()
}

/// Whether `mention` is a person titled before the body they serve:
/// "Battalion Chief Dana Ruiz of the Front Range Fire District", "Chief
/// Inspector Tom Reid at Kent Police": a capitalised run that holds a post
/// and ends in a name, then "of", "at", "for" or "from". Not "the Royal
/// Bank of Canada" (no post), nor "the Chief Executive of Nimbra" (the
/// post ends the run).
pub(super) fn titled_person_of_body(mention: &str) -> bool {
    let ws = pieces(mention);
    let ws = match ws.first() {
        Some(w) if w.eq_ignore_ascii_case("the") => &ws[1..],
        _ => &ws[..],
    };
    let run = ws.iter().take_while(|w| capital(w)).count();
    if run < 3
        || !ws
            .get(run)
            .is_some_and(|w| Lexeme::of(w).is_in(List::TitledBodyPrepositions))
    {
        return false;
    }
    let role = |w: &str| Lexeme::of(w).is_in(List::Roles);
    let last = ws[run - 1];
    ws[..run - 1].iter().any(|w| role(w))
        && !role(last)
        && !Lexeme::of(last).is_in(List::Institutions)
}

/// Whether `word` is a body's initials: an acronym of two to six capitals
/// and nothing else ("MOM"; not "U.S." or "AT&T", whose stops and
/// ampersand [`spells`] does not read).
pub(super) fn is_initials(word: &str) -> bool {
    crate::attribution::is_acronym(word) && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// Whether the initials `initials` spell the name `name`: its words'
/// first letters ("Ministry of Manpower": MOM), or its capitalised words'
/// ("Export Promotion Bureau": EPB), past a leading "the".
pub(super) fn spells(initials: &str, name: &str) -> bool {
    let ws = pieces(name);
    let ws = match ws.first() {
        Some(w) if w.eq_ignore_ascii_case("the") => &ws[1..],
        _ => &ws[..],
    };
    if ws.len() < 2 || !ws.iter().any(|w| capital(w)) {
        return false;
    }
    let first = |w: &&str| w.chars().next().map(|c| c.to_ascii_uppercase());
    let all: Option<String> = ws.iter().map(first).collect();
    let capitals: Option<String> = ws.iter().filter(|w| capital(w)).map(first).collect();
    all.as_deref() == Some(initials) || capitals.as_deref() == Some(initials)
}

/// The one institution word a mention is, bare or after "the": "police",
/// "the police". (A lower-case word on the institutions list.)
pub(super) fn institution_word(mention: &str) -> Option<String> {
    let ws = pieces(mention);
    let w = match ws.as_slice() {
        [w] => w,
        [the, w] if the.eq_ignore_ascii_case("the") => w,
        _ => return None,
    };
    (!capital(w) && Lexeme::of(w).is_in(List::Institutions)).then(|| w.to_string())
}

/// Whether the name `name` holds the institution word `word` as a name
/// word of its own: "West Riding Police", "the Springdale Police
/// Department" hold "police".
pub(super) fn names_with(name: &str, word: &str) -> bool {
    let ws = pieces(name);
    ws.iter().any(|w| capital(w))
        && ws
            .iter()
            .any(|w| capital(w) && w.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_after_a_post_names_the_person() {
        assert_eq!(
            name_after_post("Wessex director of rugby Mark Pellow"),
            ["mark", "pellow"]
        );
        assert!(name_after_post("a spokesperson for Okafor").is_empty());
        assert!(name_after_post("A former billing manager at Prairie Mercy").is_empty());
        assert!(name_after_post("the retailer").is_empty());
    }

    #[test]
    fn a_post_and_a_name_before_a_body_is_a_person() {
        assert!(titled_person_of_body(
            "Battalion Chief Dana Ruiz of the Front Range Fire District"
        ));
        assert!(!titled_person_of_body("the Royal Bank of Canada"));
        assert!(!titled_person_of_body("the Chief Executive of Nimbra"));
        assert!(!titled_person_of_body(
            "Chief Constable Police Department of X"
        ));
    }

    #[test]
    fn initials_spell_a_body_name() {
        assert!(spells("MOM", "the Ministry of Manpower"));
        assert!(spells("EPB", "the Export Promotion Bureau"));
        assert!(!spells("MOM", "Manpower"));
        assert!(!spells("WHO", "the World Bank"));
        assert!(is_initials("MOM"));
        assert!(!is_initials("Mom"));
    }

    #[test]
    fn a_bare_institution_word_stands_for_a_body_named_with_it() {
        assert_eq!(institution_word("police").as_deref(), Some("police"));
        assert_eq!(institution_word("the police").as_deref(), Some("police"));
        assert_eq!(institution_word("Police"), None);
        assert_eq!(institution_word("officials"), None);
        assert!(names_with("West Riding Police", "police"));
        assert!(names_with("the Springdale Police Department", "police"));
        assert!(!names_with("Erie police", "police"));
    }
}
