//! Bodies known by their name alone (#14): no suffix ("Inc"), no
//! apposition, and no word the institution lists know at the name's end,
//! so the name read as a person's ("Ridgeport Public Schools said") or as
//! a document's author ("the Philippine Statistics Authority": not
//! statistics by the Philippines). The whole source (after "the") must be
//! the capitalised name, so a person or a document after it is left to the
//! other steps. What the name shows, by LABELS.md rule 1 (official):
//! - a public body's head noun ends it: "Public Works", "Ridgeport Public
//!   Schools" (body_name_heads.txt);
//! - it is a party's own name: "Labour", "the Liberal Democrats"
//!   (party_names.txt; "Democrats say" is members, anonymous);
//! - a sport's name is among its words: "the Welsh Rugby Union", "Major
//!   League Soccer": a sport's governing body or league, run as a
//!   business and speaking for itself like a company (sports.txt).

use super::words::Word;
use crate::lexicon::List;

/// The most words a body's name is read over.
const MOST_NAME_WORDS: usize = 6;

/// The words `(first, last)` of a body's name that is the whole source, or
/// `None`. `lower` is `ws` lower-cased.
pub fn named(text: &str, ws: &[Word], lower: &[impl AsRef<str>]) -> Option<(usize, usize)> {
    let first = usize::from(lower.first()?.as_ref() == "the");
    let last = ws.len().checked_sub(1)?;
    if first > last || last + 1 - first > MOST_NAME_WORDS {
        return None;
    }
    let name = &ws[first..];
    // Every word capitalised ("of", "and", "for" may join), none ending a
    // phrase before the last, none a possessive: "the Rugby Players’
    // Association" is its members' body, like a trade union named.
    let capitalised = name.iter().enumerate().all(|(k, w)| {
        let joiner = k > 0 && k + 1 < name.len() && w.is_in(List::NameJoiners);
        let word = w.of(text);
        (w.is_capitalized(text) || joiner)
            && (k + 1 == name.len() || !w.ends_phrase)
            && !word.ends_with("'s")
            && !word.ends_with("’s")
            && !text
                .get(w.span.end..)
                .is_some_and(|rest| rest.starts_with(['\'', '’']))
    });
    if !capitalised {
        return None;
    }
    let words: Vec<&str> = lower[first..].iter().map(AsRef::as_ref).collect();
    let whole = words.join(" ");
    let head = words[words.len() - 1];
    let public_body = name.len() >= 2 && List::BodyNameHeads.contains(head);
    let party = List::PartyNames.contains(&whole);
    let sport = name.len() >= 2 && words.iter().any(|w| List::Sports.contains(w));
    (public_body || party || sport).then_some((first, last))
}

#[cfg(test)]
mod tests {
    use crate::attribution::testing::kinds;
    use crate::AttributionKind::*;

    #[test]
    fn a_public_body_by_its_name_alone_is_official() {
        assert_eq!(
            kinds("Ridgeport Public Schools said classes would resume on Monday."),
            [Official]
        );
        assert_eq!(
            kinds("Public Works said the road would reopen next week."),
            [Official]
        );
        assert_eq!(
            kinds("The Philippine Statistics Authority said inflation rose to 3 percent."),
            [Official]
        );
    }

    #[test]
    fn a_party_by_its_own_name_is_official_and_its_members_are_not() {
        assert_eq!(kinds("Labour said the budget was a betrayal."), [Official]);
        assert_eq!(
            kinds("The Liberal Democrats said the plan was unaffordable."),
            [Official]
        );
        assert_ne!(kinds("Democrats say the bill is dead."), [Official]);
    }

    #[test]
    fn a_sports_body_or_league_is_official() {
        assert_eq!(
            kinds("The Welsh Rugby Union said the match would go ahead."),
            [Official]
        );
        assert_eq!(
            kinds("Major League Soccer said the expansion was approved."),
            [Official]
        );
    }

    #[test]
    fn a_trade_union_is_left_named() {
        // A trade union is a named body.
        assert_eq!(
            kinds("The National Education Union said the strike would go ahead."),
            [Named]
        );
        // So is a sport's players' or referees' association.
        assert_eq!(
            kinds("The Rugby Players’ Association said it had supported him."),
            [Named]
        );
    }
}
