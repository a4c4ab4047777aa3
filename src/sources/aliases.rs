//! Other names of one source the roster's word runs miss (#14, attr18
//! class 1): a person's name after a post that holds a preposition ("Wessex
//! director of rugby Mark Pellow", then "Pellow"), a person titled before a
//! body's name ("Battalion Chief Dana Ruiz of the Front Range Fire
//! District"), a body's initials after its full name ("the Ministry of
//! Manpower", then "MOM") and the one word of a body's name that stands
//! for it bare ("West Riding Police", "police").
//!
//! Each reads the words of a mention from the token layer
//! ([`crate::attribution::words`]), its capitals and word-list entries
//! included, rather than splitting the mention's text itself.

use crate::attribution::words::{words, Word};
use crate::lexicon::List;
use crate::Span;

/// The words of `span`, from the token layer.
fn words_of(text: &str, span: Span) -> crate::attribution::words::Words {
    words(text, span, &[])
}

/// The name that closes a phrase after a lower-case post: "Wessex director
/// of rugby Mark Pellow" gives "Mark Pellow"; "a spokesperson for Okafor"
/// gives nothing (a preposition, not a post, stands before "Okafor"), and
/// a single capitalised word is no such name.
pub(super) fn name_after_post(text: &str, phrase: Span) -> Vec<String> {
    let ws = words_of(text, phrase);
    let start = ws
        .iter()
        .rposition(|w| !w.is_capitalized(text))
        .map_or(0, |i| i + 1);
    if start == 0 || ws.len() - start < 2 || ws[start - 1].is_in(List::PostLinks) {
        return Vec::new();
    }
    ws[start..]
        .iter()
        .map(|w| {
            crate::token::lower(crate::attribution::without_possessive(w.of(text))).into_owned()
        })
        .collect()
}

/// Whether `mention` is a person titled before the body they serve:
/// "Battalion Chief Dana Ruiz of the Front Range Fire District", "Chief
/// Inspector Tom Reid at Kent Police": a capitalised run that holds a post
/// and ends in a name, then "of", "at", "for" or "from". Not "the Royal
/// Bank of Canada" (no post), nor "the Chief Executive of Nimbra" (the
/// post ends the run).
pub(super) fn titled_person_of_body(text: &str, mention: Span) -> bool {
    let ws = words_of(text, mention);
    let ws = match ws.first() {
        Some(w) if w.is(text, "the") => &ws[1..],
        _ => &ws[..],
    };
    let run = ws.iter().take_while(|w| w.is_capitalized(text)).count();
    if run < 3
        || !ws
            .get(run)
            .is_some_and(|w| w.is_in(List::TitledBodyPrepositions))
    {
        return false;
    }
    let role = |w: &Word| w.is_in(List::Roles);
    let last = &ws[run - 1];
    ws[..run - 1].iter().any(role) && !role(last) && !last.is_in(List::Institutions)
}

/// Whether `mention` is a post or description and then, after a comma, a
/// person's full name: "Opposition spokesman on water, Ainsley McIntosh",
/// "The Police Public Relations Officer in the state, SP Folake Adeyemi".
/// The last comma phrase is two to four capitalised words in mixed case
/// (after any rank in capitals), none of them a body's word ("The parent
/// company, Vantor Systems" is a body): the mention is that person, so
/// "McIntosh" later is the same source.
pub(super) fn post_then_name(text: &str, mention: Span) -> bool {
    let m = mention.of(text);
    let Some(comma) = m.rfind(',') else {
        return false;
    };
    let last = Span::new(mention.start + comma + 1, mention.end);
    if words_of(text, Span::new(mention.start, mention.start + comma)).is_empty() {
        return false;
    }
    let ws = words_of(text, last);
    let name: Vec<&Word> = ws.iter().skip_while(|w| !w.has_lowercase()).collect();
    let body_word = |w: &Word| {
        [
            List::Institutions,
            List::CompanySuffixes,
            List::CompanyNameHeads,
            List::BodyNameHeads,
            List::OrgNameHeads,
        ]
        .into_iter()
        .any(|l| w.is_in(l))
    };
    (2..=4).contains(&name.len())
        && name.len() + 2 >= ws.len()
        && name
            .iter()
            .all(|w| w.is_capitalized(text) && w.has_lowercase() && !body_word(w))
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
pub(super) fn spells(initials: &str, text: &str, name: Span) -> bool {
    let ws = words_of(text, name);
    let ws = match ws.first() {
        Some(w) if w.is(text, "the") => &ws[1..],
        _ => &ws[..],
    };
    if ws.len() < 2 || !ws.iter().any(|w| w.is_capitalized(text)) {
        return false;
    }
    let first = |w: &Word| w.of(text).chars().next().map(|c| c.to_ascii_uppercase());
    let all: Option<String> = ws.iter().map(first).collect();
    let capitals: Option<String> = ws
        .iter()
        .filter(|w| w.is_capitalized(text))
        .map(first)
        .collect();
    all.as_deref() == Some(initials) || capitals.as_deref() == Some(initials)
}

/// The one institution word a mention is, bare or after "the": "police",
/// "the police". (A lower-case word on the institutions list.)
pub(super) fn institution_word(text: &str, mention: Span) -> Option<String> {
    let ws = words_of(text, mention);
    let w = match ws.as_slice() {
        [w] => w,
        [the, w] if the.is(text, "the") => w,
        _ => return None,
    };
    (!w.is_capitalized(text) && w.is_in(List::Institutions)).then(|| w.of(text).to_string())
}

/// Whether the name `name` holds the institution word `word` as a name
/// word of its own: "West Riding Police", "the Springdale Police
/// Department" hold "police".
pub(super) fn names_with(text: &str, name: Span, word: &str) -> bool {
    let ws = words_of(text, name);
    ws.iter().any(|w| w.is_capitalized(text))
        && ws
            .iter()
            .any(|w| w.is_capitalized(text) && w.is(text, word))
}

#[cfg(test)]
mod tests {
    use super::*;

    // The functions above, each over the whole of a text.
    fn post(s: &str) -> Vec<String> {
        name_after_post(s, Span::new(0, s.len()))
    }
    fn titled(s: &str) -> bool {
        titled_person_of_body(s, Span::new(0, s.len()))
    }
    fn spelt(initials: &str, s: &str) -> bool {
        spells(initials, s, Span::new(0, s.len()))
    }
    fn institution(s: &str) -> Option<String> {
        institution_word(s, Span::new(0, s.len()))
    }
    fn with(s: &str, word: &str) -> bool {
        names_with(s, Span::new(0, s.len()), word)
    }

    #[test]
    fn a_name_after_a_post_names_the_person() {
        assert_eq!(
            post("Wessex director of rugby Mark Pellow"),
            ["mark", "pellow"]
        );
        assert!(post("a spokesperson for Okafor").is_empty());
        assert!(post("A former billing manager at Prairie Mercy").is_empty());
        assert!(post("the retailer").is_empty());
    }

    #[test]
    fn a_post_and_a_name_before_a_body_is_a_person() {
        assert!(titled(
            "Battalion Chief Dana Ruiz of the Front Range Fire District"
        ));
        assert!(!titled("the Royal Bank of Canada"));
        assert!(!titled("the Chief Executive of Nimbra"));
        assert!(!titled("Chief Constable Police Department of X"));
    }

    #[test]
    fn a_post_then_a_full_name_is_the_person() {
        let is = |s: &str| post_then_name(s, Span::new(0, s.len()));
        assert!(is("Opposition spokesman on water, Ainsley McIntosh"));
        assert!(is(
            "The Police Public Relations Officer in the state, SP Folake Adeyemi"
        ));
        assert!(!is("The parent company, Vantor Systems"));
        assert!(!is("Ainsley McIntosh"));
        assert!(!is("Tanya Wiebe, president of the local bargaining unit"));
    }

    #[test]
    fn initials_spell_a_body_name() {
        assert!(spelt("MOM", "the Ministry of Manpower"));
        assert!(spelt("EPB", "the Export Promotion Bureau"));
        assert!(!spelt("MOM", "Manpower"));
        assert!(!spelt("WHO", "the World Bank"));
        assert!(is_initials("MOM"));
        assert!(!is_initials("Mom"));
    }

    #[test]
    fn a_bare_institution_word_stands_for_a_body_named_with_it() {
        assert_eq!(institution("police").as_deref(), Some("police"));
        assert_eq!(institution("the police").as_deref(), Some("police"));
        assert_eq!(institution("Police"), None);
        assert_eq!(institution("officials"), None);
        assert!(with("West Riding Police", "police"));
        assert!(with("the Springdale Police Department", "police"));
        assert!(!with("Erie police", "police"));
    }
}
