//! Spans that cannot speak: words before a cue that are no noun phrase able
//! to speak or publish, so that the cue's subject falls to the next
//! candidate or to none (#14, attr18 class 2).
//!
//! - A web address after a preposition is where to go, not who speaks:
//!   "or online at voltride.com/recall".
//! - A noun phrase followed by a subject pronoun is a relative clause
//!   without its "that": "a fee for a service she never asked for", "the
//!   musical he wrote": the pronoun opens the clause and the words before
//!   it are its object, not a speaker. After an opening phrase of time or
//!   place ("At the hearing she said") the pronoun is the subject.

use super::words::Word;
use crate::lexicon::List;
use crate::Span;

/// A subject pronoun: on the pronoun list and able to open a clause
/// ("he", "they"), never "them" ("One of them said" is a source).
fn is_pronoun(text: &str, w: &Word) -> bool {
    w.is_in(List::ClauseSubjects) && super::source::PRONOUNS.iter().any(|p| w.is(text, p))
}

/// "At the hearing she", "Over the past two years he": a pronoun after an
/// opening phrase of time or place (`fronting_prepositions.txt`) is the
/// subject itself, the phrase before it no part of the source: the
/// pronoun's span.
pub(super) fn fronted_pronoun(text: &str, subject: &[Word]) -> Option<Span> {
    let [first, .., last] = subject else {
        return None;
    };
    (first.is_in(List::FrontingPrepositions) && is_pronoun(text, last)).then_some(last.span)
}

/// Whether the subject words `subject` (what [`super::source::before`] read
/// before a cue) cannot be a source.
pub(super) fn cannot_speak(text: &str, subject: &[Word]) -> bool {
    web_address_after_preposition(text, subject) || noun_then_pronoun(text, subject)
}

fn web_address_after_preposition(text: &str, subject: &[Word]) -> bool {
    subject.windows(2).any(|pair| {
        pair[0].is_in(List::PlacePrepositions) && crate::text::is_web_address(pair[1].of(text))
    })
}

fn noun_then_pronoun(text: &str, subject: &[Word]) -> bool {
    let [before @ .., last] = subject else {
        return false;
    };
    let pronoun = is_pronoun(text, last);
    // A determiner before the pronoun shows a noun phrase there ("a
    // service she", "the musical he"); "Later she" stays the pronoun, and
    // so does one after an opening phrase of time or place ("At the
    // hearing she", "Over the past two years he").
    pronoun
        && !before.is_empty()
        && !before[0].is_in(List::FrontingPrepositions)
        && !before.last().is_some_and(|w| w.ends_phrase)
        && before
            .iter()
            .any(|w| w.is_in(List::DefiniteDeterminers) || w.is_in(List::IndefiniteDeterminers))
}

/// Whether the words after a cue (what [`super::source::after`] read for an
/// inverted source, "..., said Jane Ruiz") are no noun phrase (#14, attr26
/// class 2): they open with a preposition ("said in an interview Tuesday",
/// "told reporters at a Capitol news conference"), or they hold an
/// auxiliary or a modal, so a clause ("say the toll will fall hardest",
/// "said BCOs should push their truckers"): what was said, not who said it.
/// A capitalised auxiliary is a name or a month ("May", "Will Hurd").
pub(super) fn no_inverted_source(text: &str, ws: &[Word]) -> bool {
    let Some(first) = ws.first() else {
        return false;
    };
    // The noun phrase runs to its first comma: "According to the police,
    // the driver was arrested" reads "the police".
    let head = ws
        .iter()
        .position(|w| w.ends_phrase)
        .map_or(ws, |k| &ws[..=k]);
    first.is_in(List::FrontingPrepositions)
        || head.iter().any(|w| {
            !w.is_capitalized(text) && super::source::FINITE_VERBS.iter().any(|v| w.is(text, v))
        })
}

#[cfg(test)]
mod tests {
    use crate::attribution::testing::kinds;
    use crate::AttributionKind::*;

    #[test]
    fn a_clause_or_a_prepositional_phrase_after_a_cue_is_no_inverted_source() {
        use crate::attribution::source::after;
        use crate::Span;
        let inverted = |text: &str, cue: &str| {
            let at = text.find(cue).unwrap();
            after(text, Span::new(at, at + cue.len()), text.len(), &[])
                .map(|s| s.of(text).to_string())
        };
        assert_eq!(
            inverted("The plan, say critics, will fail.", "say").as_deref(),
            Some("critics")
        );
        assert_eq!(
            inverted("Fares rose, said May Lin, a rider.", "said").as_deref(),
            Some("May Lin, a rider")
        );
        assert_eq!(
            inverted("Yes, say the toll will fall hardest on them.", "say"),
            None
        );
        assert_eq!(
            inverted("Yes, said in an interview Tuesday that it would.", "said"),
            None
        );
        let text = "According to the police, the driver fled and was arrested.";
        assert!(inverted(text, "According to").is_some_and(|s| s.starts_with("the police,")));
    }

    #[test]
    fn a_web_address_is_where_to_go_not_who_speaks() {
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
        // A pronoun after an opening phrase of time or place is the
        // subject, not a clause's: "At the hearing she said".
        assert_eq!(
            kinds("Lena Okoro said the pier would reopen. At the hearing she said costs rose."),
            [Named, Named]
        );
        assert_eq!(
            kinds("Tom Reyes said the plant would close. In the interview he said jobs would go."),
            [Named, Named]
        );
        assert_eq!(
            kinds("Tom Reyes said the plant would close. Over the past two years he has said the same."),
            [Named, Named]
        );
        assert_eq!(
            kinds("Lena Okoro said the pier would reopen. Later she said repairs would cost more."),
            [Named, Named]
        );
    }
}
