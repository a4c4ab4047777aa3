//! Spans that cannot speak: words before a cue that are no noun phrase able
//! to speak or publish, so that the cue's subject falls to the next
//! candidate or to none (#14, attr18 class 2).
//!
//! - A web address after a preposition is where to go, not who speaks:
//!   "or online at voltride.com/recall".
//! - A noun phrase followed by a subject pronoun is a relative clause
//!   without its "that": "a fee for a service she never asked for", "the
//!   musical he wrote", "over the past two years he has asked": the
//!   pronoun opens the clause and the words before it are its object or a
//!   time, not a speaker.

use super::words::Word;
use crate::lexicon::List;

/// Whether the subject words `subject` (what [`super::source::before`] read
/// before a cue) cannot be a source.
pub(super) fn cannot_speak(text: &str, subject: &[Word]) -> bool {
    web_address_after_preposition(text, subject) || noun_then_pronoun(text, subject)
}

/// "voltride.com", "www.example.org/recall": letters, a dot and letters
/// again with no space, or a leading "www.".
fn is_web_address(w: &str) -> bool {
    let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
    if w.len() > 4 && w.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("www.")) {
        return true;
    }
    let Some(dot) = w.rfind('.') else {
        return false;
    };
    let (name, tld) = (&w[..dot], &w[dot + 1..]);
    let tld = tld.split('/').next().unwrap_or("");
    name.chars().last().is_some_and(char::is_alphanumeric)
        && (2..=6).contains(&tld.len())
        && tld.chars().all(|c| c.is_ascii_lowercase())
}

fn web_address_after_preposition(text: &str, subject: &[Word]) -> bool {
    subject
        .windows(2)
        .any(|pair| pair[0].is_in(List::PlacePrepositions) && is_web_address(pair[1].of(text)))
}

fn noun_then_pronoun(text: &str, subject: &[Word]) -> bool {
    let [before @ .., last] = subject else {
        return false;
    };
    let pronoun = ["he", "she", "they", "we", "it"]
        .iter()
        .any(|p| last.is(text, p));
    // A determiner before the pronoun shows a noun phrase there ("a
    // service she", "the musical he"); "Later she" stays the pronoun.
    pronoun
        && !before.is_empty()
        && !before.last().is_some_and(|w| w.ends_phrase)
        && before
            .iter()
            .any(|w| w.is_in(List::DefiniteDeterminers) || w.is_in(List::IndefiniteDeterminers))
}

#[cfg(test)]
mod tests {
    use crate::attribution::testing::kinds;
    use crate::AttributionKind::*;

    #[test]
    fn a_web_address_is_where_to_go_not_who_speaks() {
        assert!(super::is_web_address("voltride.com"));
        assert!(super::is_web_address("www.example.org"));
        assert!(!super::is_web_address("U.S."));
        assert!(!super::is_web_address("Jan."));
        assert_eq!(
            kinds("Owners can ask for a refund by phone or online at voltride.com/recall."),
            [Unattributed]
        );
    }

    #[test]
    fn a_noun_before_a_pronoun_is_a_clause_not_a_source() {
        assert_eq!(
            kinds("She paid a fee for a service she never asked for."),
            [Unattributed]
        );
        assert_eq!(
            kinds("Over the past two years he has asked me for money."),
            [Unattributed]
        );
        assert_eq!(
            kinds("Lena Okoro said the pier would reopen. Later she said repairs would cost more."),
            [Named, Named]
        );
    }
}
