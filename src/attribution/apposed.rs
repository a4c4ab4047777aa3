//! A body introduced by a description before its name, set off by commas
//! (#14, heldout25): "The supplement's maker, Hydrafuel,", "The national
//! federation, Athletics Kestria,", "the company's issuing house, Meridian
//! Capital Partners,". The description's head noun says what the name is:
//! a company or a federation speaking as such is official (LABELS.md rule
//! 1), though the name alone reads as a person's.
//!
//! The head is the last word (or two) before the first comma, on
//! company_nouns.txt or apposed_body_heads.txt, and never a person's noun
//! ("Its director, Chileshe Banda,", "The company's owner, Dale Sorensen,"
//! are people). The name after the comma must be capitalised words to the
//! source's end, without a title or honorific before it ("The bill's
//! sponsor, Sen. Tom Keller," is a person). A descriptor before a name
//! without commas ("Food delivery app Dashly") is
//! [`super::company::described`]'s.

use super::words::{without_possessive, Word};
use crate::lexicon::{Lexeme, List};

/// The most words of the name after the comma.
const MOST_NAME_WORDS: usize = 5;

/// The most words of the description before the comma.
const MOST_DESCRIPTION_WORDS: usize = 5;

/// Whether the lower-cased `words` are a body's head noun.
fn is_head(words: &str) -> bool {
    let lexeme = Lexeme::of_lower(words);
    lexeme.is_in(List::CompanyNouns) || lexeme.is_in(List::ApposedBodyHeads)
}

/// The index of the head noun before the comma when `ws` is a description
/// of a body, a comma and the body's name; `None` otherwise.
pub fn described(text: &str, ws: &[Word]) -> Option<usize> {
    let k = ws.iter().position(|w| w.ends_phrase)?;
    let name = &ws[k + 1..];
    if k + 1 > MOST_DESCRIPTION_WORDS || name.is_empty() || name.len() > MOST_NAME_WORDS {
        return None;
    }
    // The head: lower case, no possessive ("the company's Jane Doe").
    let head = &ws[k];
    let bare = without_possessive(head.of(text));
    if head.is_capitalized(text) || bare.len() != head.of(text).len() {
        return None;
    }
    // One word, else the two before the comma ("national federation"):
    // the two-word key is built only when the one word is no head.
    let lower = head.lower(text);
    let two_word_head = || {
        k > 0
            && is_head(&format!(
                "{} {}",
                without_possessive(&ws[k - 1].lower(text)),
                lower
            ))
    };
    if !is_head(&lower) && !two_word_head() {
        return None;
    }
    // The name: capitalised words ("and", "of", "&" may join), no other
    // phrase break before the end, no title or honorific opening it.
    let first = &name[0];
    if first.is_in(List::Honorifics) || first.is_in(List::TitlesBeforeNames) {
        return None;
    }
    let last = name.len() - 1;
    let is_name = name.iter().enumerate().all(|(n, w)| {
        let joiner = n > 0 && n < last && (w.is_in(List::NameJoiners) || w.is(text, "&"));
        (w.is_capitalized(text) || joiner) && (n == last || !w.ends_phrase)
    });
    is_name.then_some(k)
}

#[cfg(test)]
mod tests {
    use crate::attribution::testing::kinds;
    use crate::AttributionKind::*;

    #[test]
    fn a_body_its_description_names_before_the_comma_is_official() {
        assert_eq!(
            kinds("The supplement's maker, Hydrafuel, said it had not been contacted."),
            [Official]
        );
        assert_eq!(
            kinds("The national federation, Athletics Norland, said it had been informed."),
            [Official]
        );
        assert_eq!(
            kinds(
                "The bank's issuing house, Harbour Capital Partners, said the offer closed early."
            ),
            [Official]
        );
    }

    #[test]
    fn a_person_after_the_comma_is_left_to_the_other_steps() {
        assert_eq!(
            kinds("The bill's sponsor, Sen. Tom Keller, said the vote would be close."),
            [Named]
        );
        assert_eq!(
            kinds("The group's chairwoman, Pat Okafor, said the plan was rushed."),
            [Named]
        );
        // A bill's sponsor is a legislator, title or none.
        assert_eq!(
            kinds("The bill's sponsor, Tom Keller, said the vote would be close."),
            [Named]
        );
    }
}
