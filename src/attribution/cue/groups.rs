//! Vague groups that believe or expect: "Economists generally expect the
//! number of approvals to dip", "Some investors fear a repeat of 2008",
//! "Many residents worry about the levee". LABELS.md makes such a group an
//! anonymous source ("critics argue", "diplomats say", "some say").
//!
//! A verb of belief is otherwise a cue only with a clause after it, since
//! "Traders fear the worst" or "Farmers expect rain" report no view (the
//! attribution tests). Two shapes report one all the same:
//! - a quantified group, "Some investors fear a repeat": some of a group,
//!   set apart by what they think, whatever follows;
//! - a group that expects an event, "Economists expect the number of
//!   approvals to dip": the object and its infinitive are a clause of
//!   their own, however long the object.

use crate::lexicon::{Lexeme, List};
use crate::Span;

/// Words that may stand between the group and its verb: auxiliaries and
/// adverbs ("generally", "still", "have long").
const BETWEEN: &[&str] = &[
    "are",
    "were",
    "have",
    "had",
    "do",
    "did",
    "now",
    "still",
    "also",
    "long",
    "increasingly",
];

/// The words that may open a vague group before its noun ("Some
/// investors", "Many economists").
const QUANTIFIERS: &[&str] = &["some", "many", "most", "several", "few", "other", "more"];

/// How vague a group before a verb of belief is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Group {
    /// "Economists", "Analysts have long".
    Bare,
    /// "Some investors", "Many local residents".
    Quantified,
}

/// The vague group that the words `before` a verb of belief end with, as
/// its subject: a plural of anonymous_people.txt, past adverbs and
/// auxiliaries, opening its clause or after a quantifier; not a definite
/// or possessed group ("the economists", "its investors"), which refers
/// back to a source of its own.
fn group(text: &str, before: Span) -> Option<Group> {
    crate::token::lend_both(text, before, |back| {
        let mut words = back
            .rev()
            .map(|t| {
                t.span()
                    .of(text)
                    .trim_matches(|c: char| !c.is_alphanumeric())
            })
            .skip_while(|w| {
                (w.len() > 4 && w.ends_with("ly"))
                    || BETWEEN.iter().any(|b| w.eq_ignore_ascii_case(b))
            });
        let noun = words.next()?;
        let plural = noun.len() > 3 && noun.ends_with('s');
        if !plural || !Lexeme::of(noun).is_in(List::AnonymousPeople) {
            return None;
        }
        let quantifier = |w: &str| QUANTIFIERS.iter().any(|q| w.eq_ignore_ascii_case(q));
        match words.next() {
            None => Some(Group::Bare),
            Some(w) if quantifier(w) => Some(Group::Quantified),
            // A describing word after a quantifier: "Some foreign investors".
            Some(w)
                if !w.chars().next().is_some_and(char::is_uppercase)
                    && words.next().is_some_and(quantifier) =>
            {
                Some(Group::Quantified)
            }
            Some(_) => None,
        }
    })
}

/// The most words of an expected event's subject: "the number of new EP
/// approvals".
const MOST_OBJECT_WORDS: usize = 10;

/// Whether the words `after` a verb of expecting are an object and its
/// infinitive: "the number of new approvals to dip". "hope to rebuild"
/// (no object) and "a rise in rates" (no infinitive) are not.
fn object_and_infinitive(text: &str, after: Span) -> bool {
    let rest = after.of(text);
    let clause = Span::new(
        after.start,
        after.start + rest.find([',', ';', ':', '.']).unwrap_or(rest.len()),
    );
    crate::token::lend_both(text, clause, |ws| {
        let mut ws = ws.map(|t| t.span().of(text)).take(MOST_OBJECT_WORDS + 2);
        if ws.next().is_none_or(|w| w.eq_ignore_ascii_case("to")) {
            return false;
        }
        let mut ws = ws.skip_while(|w| !w.eq_ignore_ascii_case("to"));
        ws.next().is_some()
            && ws
                .next()
                .is_some_and(|w| w.chars().all(|c| c.is_ascii_lowercase()))
    })
}

/// Whether a verb of belief between the spans `before` and `after` of
/// `text` reports a vague group's view: a quantified group's whatever
/// follows, a bare group's when it expects an event. The words either
/// side are the token layer's, read back from the verb and on after it.
pub(super) fn vague_group_view(text: &str, before: Span, verb: &str, after: Span) -> bool {
    match group(text, before) {
        Some(Group::Quantified) => true,
        Some(Group::Bare) => {
            verb.get(..6)
                .is_some_and(|v| v.eq_ignore_ascii_case("expect"))
                && object_and_infinitive(text, after)
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::{Group, Span};
    use crate::attribution::testing::kinds;

    fn group(before: &str) -> Option<Group> {
        super::group(before, Span::new(0, before.len()))
    }

    fn object_and_infinitive(after: &str) -> bool {
        super::object_and_infinitive(after, Span::new(0, after.len()))
    }
    use crate::AttributionKind::*;

    #[test]
    fn a_vague_group_opens_its_clause_or_follows_a_quantifier() {
        assert_eq!(group("Economists generally"), Some(Group::Bare));
        assert_eq!(group("Analysts have long"), Some(Group::Bare));
        assert_eq!(group("Some investors"), Some(Group::Quantified));
        assert_eq!(group("Many local residents"), Some(Group::Quantified));
        assert_eq!(group("The economists"), None);
        assert_eq!(group("Its investors"), None);
        assert_eq!(group("The bank"), None);
        assert_eq!(group("Harbour Bank"), None);
    }

    #[test]
    fn an_expected_event_is_an_object_and_its_infinitive() {
        assert!(object_and_infinitive(
            " the number of new approvals to dip in 2025."
        ));
        assert!(!object_and_infinitive(" to rebuild by spring."));
        assert!(!object_and_infinitive(" a rise in rates."));
        assert!(!object_and_infinitive(" rain, and then to plant."));
    }

    #[test]
    fn a_vague_group_believing_is_anonymous() {
        assert_eq!(
            kinds("Economists generally expect the number of new approvals to dip in 2025."),
            [Anonymous]
        );
        assert_eq!(
            kinds("Some investors fear a repeat of 2008, when prices fell by half."),
            [Anonymous]
        );
        // A bare group with a noun object, or no group: no view reported.
        assert_eq!(kinds("Traders fear the worst."), [Unattributed]);
        assert_eq!(kinds("Analysts expect a rise in rates."), [Unattributed]);
        assert_eq!(kinds("The company expects a busy year."), [Unattributed]);
    }
}
