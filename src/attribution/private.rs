//! "Her publicist, Carla Dunaway, said in a statement": someone who speaks
//! for a private person. A private person's statement is no formal channel
//! (LABELS.md rule 1), so their publicist's, lawyer's or agent's is not
//! either: the source stays named (or anonymous) through "said in a
//! statement", "in a letter", "declined to comment".
//!
//! The representative is known by a word of
//! `src/lexicon/private_representatives.txt` after a possessive that is
//! not a body's ("her", "his", "their", "Thibault's", "the family's"), or
//! by a spokesperson of a family ("a family spokesperson"). "Its lawyers",
//! "the ministry's lawyer" and "Google's attorneys" speak for a body, and
//! "Attorney General Brent Calder" holds an office.

use super::words::{without_possessive, words, Word};
use crate::lexicon::List;
use crate::Span;

/// The representative's word in `source` when the source speaks for a
/// private person; `is_body` says whether a possessor's name is a body's
/// (a company the article knows).
pub(super) fn representative(
    text: &str,
    source: Span,
    is_body: &dyn Fn(&str) -> bool,
) -> Option<Span> {
    let ws = words(text, source, &[]);
    ws.iter().enumerate().skip(1).find_map(|(i, w)| {
        let before = &ws[i - 1];
        if before.ends_phrase {
            return None;
        }
        let family = before.is(text, "family") || possessor(text, before) == Some("family");
        let speaks = (w.is_in(List::PrivateRepresentatives)
            && private_possessor(text, before, is_body))
            || (family && w.is_in(List::Spokespeople));
        speaks.then_some(w.span)
    })
}

/// The words of `source` that make it one person known by their tie to a
/// private person, when they open it: "Gilroy's partner", "his widow",
/// "Ferreyra's representatives" (`src/lexicon/private_relations.txt` and
/// the representatives' list). The possessor is "his" or "her", or a name
/// `is_person` says the article gives a person. Such a source is named
/// (LABELS.md rule 2: the reader can tell who it is) and speaks in
/// person: "declined to comment" or "said in a statement" is no formal
/// channel for a private person (rule 1).
pub(super) fn relation(text: &str, source: Span, is_person: &dyn Fn(&str) -> bool) -> Option<Span> {
    let ws = words(text, source, &[]);
    let [owner, tie, ..] = ws.as_slice() else {
        return None;
    };
    if owner.ends_phrase
        || !(tie.is_in(List::PrivateRelations) || tie.is_in(List::PrivateRepresentatives))
    {
        return None;
    }
    let private = owner.is(text, "his")
        || owner.is(text, "her")
        || possessor(text, owner).is_some_and(|name| {
            owner.is_capitalized(text)
                && !crate::lexicon::Lexeme::of(name).is_in(List::Institutions)
                && is_person(name)
        });
    private.then(|| Span::new(owner.span.start, tie.span.end))
}

/// The surname of a private person's representative introduced at `ws[i]`
/// ("His attorney, Rachel Sobczak", "the family's solicitor Ann Cole"), so
/// that the bare surname later ("Sobczak declined to say") is known to
/// speak for a private person too. Only a possessive that cannot be a
/// body's opens one here: "her", "his", "their", a family's.
pub(super) fn introduced<'t>(text: &'t str, ws: &[Word], i: usize) -> Option<&'t str> {
    let w = &ws[i];
    if i == 0 || !w.is_in(List::PrivateRepresentatives) || ws[i - 1].ends_phrase {
        return None;
    }
    let before = &ws[i - 1];
    let private = before.is(text, "her")
        || before.is(text, "his")
        || before.is(text, "their")
        || possessor(text, before) == Some("family");
    if !private {
        return None;
    }
    let name: Vec<&Word> = ws[i + 1..]
        .iter()
        .take(3)
        .take_while(|n| n.is_capitalized(text) && n.of(text).chars().any(char::is_lowercase))
        .collect();
    // A first name and a surname at least; the surname ends the run or
    // the phrase.
    match name.as_slice() {
        [_, .., last] => Some(without_possessive(last.of(text))),
        _ => None,
    }
}

/// The most words of a private person's name after the word that
/// introduces them: "Army Col. Denise Marchetti".
const MOST_NAME_WORDS: usize = 4;

/// The surname of a private person the article introduces by what they do
/// or are, right before their full name at `ws[i]` ("Third-generation
/// grazier Margaret Dunphy", "Olympic 1500m finalist Tessa Okoro",
/// `src/lexicon/private_people.txt`), so that the bare surname later ("Mrs
/// Dunphy declined to say") is known to be a private person's: no formal
/// channel is theirs (LABELS.md rule 1). The name is two to four
/// capitalised words that end their run.
pub(super) fn person_introduced<'t>(text: &'t str, ws: &[Word], i: usize) -> Option<&'t str> {
    let w = &ws[i];
    if w.ends_phrase || !w.is_in(List::PrivatePeople) {
        return None;
    }
    let run = ws[i + 1..]
        .iter()
        .take(MOST_NAME_WORDS + 1)
        .position(|n| !(n.is_capitalized(text) && n.has_lowercase()))
        .unwrap_or(ws.len() - i - 1)
        .min(MOST_NAME_WORDS + 1);
    let name = &ws[i + 1..i + 1 + run];
    match name {
        [first, .., last]
            if name.len() <= MOST_NAME_WORDS
                && !first.starts_phrase
                && name[..name.len() - 1].iter().all(|n| !n.ends_phrase) =>
        {
            Some(without_possessive(last.of(text)))
        }
        _ => None,
    }
}

/// The most words of a source read for a private person's introduction:
/// "Waikōwhai dairy farmer Callum Reid, who milks ..." is read up to its
/// first comma.
const MOST_INTRODUCTION_WORDS: usize = 8;

/// The surname of a private person whose introduction by what they do
/// opens the source's words ([`person_introduced`]): the source a pronoun
/// takes back is that whole introduction ("He would not say" after
/// "Waikōwhai dairy farmer Callum Reid, who milks 600 cows near Te Rapa,
/// said"), and its refusal is no formal channel either. Read within the
/// source's first phrase only.
pub(super) fn introduced_in(text: &str, source: Span) -> Option<&str> {
    let ws = words(text, source, &[]);
    let end = ws
        .iter()
        .take(MOST_INTRODUCTION_WORDS)
        .position(|w| w.ends_phrase)
        .map_or(ws.len().min(MOST_INTRODUCTION_WORDS), |k| k + 1);
    (0..end).find_map(|i| person_introduced(text, &ws[..end], i))
}

/// The most words between a representative's word and the "for" of
/// their client: "Senior counsel Milind Parab, for the civic body".
const MOST_WORDS_TO_CLIENT: usize = 5;

/// Where the client's words begin when `ws` are a representative's "for"
/// a client: "Lawyers for the commission" -> "the commission". Counsel for
/// an institution speak for it, as its spokesperson does (LABELS.md rule
/// 1); the caller classifies the client.
pub(super) fn client(text: &str, ws: &[Word]) -> Option<usize> {
    let i = ws
        .iter()
        .position(|w| w.is_in(List::PrivateRepresentatives))?;
    let j = (i + 1..ws.len().min(i + 2 + MOST_WORDS_TO_CLIENT)).find(|&j| ws[j].is(text, "for"))?;
    (j + 1 < ws.len()).then_some(j + 1)
}

/// The possessor's word without its ending, when `w` is a possessive
/// ("Thibault's" -> "Thibault").
fn possessor<'t>(text: &'t str, w: &Word) -> Option<&'t str> {
    let word = w.of(text);
    let bare = without_possessive(word);
    (bare.len() < word.len()).then_some(bare)
}

/// Whether `w` makes what follows a private person's: "her", "his",
/// "their", or a possessive name that is no institution's or company's.
fn private_possessor(text: &str, w: &Word, is_body: &dyn Fn(&str) -> bool) -> bool {
    if w.is(text, "her") || w.is(text, "his") || w.is(text, "their") {
        return true;
    }
    possessor(text, w).is_some_and(|name| {
        !crate::lexicon::Lexeme::of(name).is_in(List::Institutions) && !is_body(name)
    })
}

/// Whether the channel at `channel` is a statement released through
/// someone else ("in a statement released through the club", "a
/// statement issued via his agent"): the words are the speaker's own, and
/// the club or agent only passes them on. A private person's statement is
/// no formal channel (LABELS.md rule 1), and the conduit makes it no
/// institution's.
pub(super) fn released_through(text: &str, channel: Span, end: usize) -> bool {
    if channel.end >= end {
        return false;
    }
    let ws = words(text, Span::new(channel.end, end), &[]);
    let through = |w: &Word| w.is(text, "through") || w.is(text, "via");
    match ws.first() {
        Some(w) if through(w) => true,
        Some(w) if w.is(text, "released") || w.is(text, "issued") => ws.get(1).is_some_and(through),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use crate::attribution::testing::kinds;
    use crate::AttributionKind::*;

    #[test]
    fn a_pronoun_for_a_person_introduced_by_their_trade_refuses_in_person() {
        assert_eq!(
            kinds(
                "The council voted 9-5 to cap nitrogen losses.\n\n\
                 Dairy farmer Callum Reid, who milks 600 cows, said he had fenced his streams. \
                 He would not say how much the rules would cost him."
            ),
            [Unattributed, Named, Named]
        );
    }

    #[test]
    fn one_known_by_a_tie_to_a_private_person_is_named_and_in_person() {
        for text in [
            "The jury heard that Robert Gilroy lied to the woman.\n\n\
             Gilroy’s partner, who sat in the public gallery, declined to comment as she left court.",
            "The coach said Ferreyra had been left out of the squad.\n\n\
             Ferreyra's representatives declined to comment when contacted.",
            "The hospital said Okafor had died at home.\n\n\
             His widow said in a statement that he had been ill for a year.",
        ] {
            assert_eq!(kinds(text).last(), Some(&Named), "{text}");
        }
        // Named by their own name, the tie aside.
        let rules = crate::attribution::testing::rules(
            "His attorney, Rachel Sobczak, said her client was devastated.",
        );
        assert!(rules[0].contains(&crate::RuleId::PersonName), "{rules:?}");
        // A body's partner is no person's tie.
        assert_eq!(kinds("Kestrel's partner declined to comment."), [Official],);
    }

    #[test]
    fn a_private_persons_representative_is_no_formal_channel() {
        for text in [
            "Her publicist, Carla Dunaway, said in a statement that the singer died at home.",
            "Thibault's lawyer, Martin Okafor, said in a statement that his client was innocent.",
            "His attorney, Rachel Sobczak, declined to comment on the verdict.",
            "The family's solicitor, Ann Cole, said in a statement that they were relieved.",
            "A family spokesperson said in a statement that he died at home.",
            "His death was confirmed by a family spokesperson, who said he died at home.",
        ] {
            assert_eq!(kinds(text), [Named], "{text}");
        }
    }

    #[test]
    fn a_statement_released_through_a_club_is_the_persons_own() {
        // The club only passes a player's words on: named, as in person.
        assert_eq!(
            kinds("Dan Corbin apologised to the referee in a statement released through the club."),
            [Named]
        );
        // A statement of one's own stays a formal channel.
        assert_eq!(
            kinds("Jane Ruiz said in a statement that she would resign."),
            [Official]
        );
    }

    #[test]
    fn a_representative_stays_private_by_surname() {
        // The representative introduced once is still the private
        // person's when named by surname alone (heldout15's precedent).
        let text = "Lamb was charged on Friday. His attorney, Rachel Sobczak, said her client \
                    had cooperated.\n\nSobczak declined to say whether Lamb would contest the charges.";
        assert_eq!(kinds(text), [Unattributed, Named, Named], "{text}");
        // A minister's surname stays an office-holder's.
        let text =
            "Transport Minister Volker Brandis spoke on Friday.\n\nBrandis declined to comment.";
        assert_eq!(kinds(text), [Unattributed, Official], "{text}");
    }

    #[test]
    fn a_private_person_introduced_by_what_they_do_is_no_formal_channel() {
        // A grazier, an athlete, a retired officer: named, whether they
        // decline to comment or speak in a statement.
        for text in [
            "Third-generation grazier Margaret Dunphy said she had heard that promise before.\n\n\
             Mrs Dunphy declined to say whether she would object.",
            "Olympic 1500m finalist Tessa Okoro was suspended on Friday.\n\n\
             Okoro did not respond to a message seeking comment.",
            "The board chair, retired Army Col. Denise Marchetti, testified on Monday.\n\n\
             Marchetti declined to comment after the verdict.",
            "Local farmer Owen Pryce lost 40 head of cattle.\n\n\
             Pryce said in a statement that he would rebuild.",
        ] {
            assert_eq!(kinds(text).last(), Some(&Named), "{text}");
        }
        let rules = crate::attribution::testing::rules(
            "Grazier Margaret Dunphy spoke on Friday.\n\nDunphy declined to comment.",
        );
        assert!(
            rules
                .last()
                .unwrap()
                .contains(&crate::RuleId::PrivatePerson),
            "{rules:?}"
        );
        // An office before the name, or a name that goes on, is no private
        // person's: the surname's refusal stays on the record.
        for text in [
            "Mayor Angela Price spoke on Friday.\n\nPrice declined to comment.",
            "Former Treasury official Jane Ruiz said in a statement that she would resign.",
        ] {
            assert_eq!(kinds(text).last(), Some(&Official), "{text}");
        }
    }

    #[test]
    fn a_bodys_lawyers_and_an_office_stay_official() {
        for text in [
            "Attorney General Brent Calder said in a statement that the case was closed.",
            "The ministry's lawyers said in a statement that the appeal would go ahead.",
            "A State Department spokesperson said the talks were over.",
            "Jane Ruiz said in a statement that she would resign.",
            "Lawyers for the commission told the court that a fresh assessment could take a year.",
            "Counsel for the Home Office argued that the policy was lawful.",
        ] {
            assert_eq!(kinds(text), [Official], "{text}");
        }
        // A private client's lawyer is no institution's, and one unnamed
        // lawyer is anonymous like "a hospital official".
        assert_eq!(
            kinds("A lawyer for Adams said he was innocent."),
            [Anonymous]
        );
        assert_eq!(
            kinds("A lawyer for the city said the law was valid."),
            [Anonymous]
        );
    }
}
