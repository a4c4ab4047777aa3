//! Which capitalised name a pronoun may refer back to (issue #14, one
//! entity one source). "he said" or "she says" opening a sentence with no
//! source of its own refers to the last *person* the article named
//! (LABELS.md: "pronouns and back-references resolve to the last matching
//! source"), not to the last capitalised word: a river ("the summer the
//! Lower Merrin first turned brackish ... ‘...,’ she says"), a club ("he
//! had told his players that Redbridge would tire. “...,” he said") or a
//! company named only by its one word is no "he" or "she".
//!
//! Two readings of the article decide, both off its words, no list of
//! first names:
//! - a name after a definite article ("the Lower Merrin", "The Redbridge
//!   head coach") is a place's, a body's or a modifier, not a person's;
//! - a name of one word is a person's surname only when the article also
//!   writes it after another name word or an honorific ("Dean Hollis",
//!   "Ms Baillie", "Senator Marjorie Keane"): a person is introduced by a
//!   full name, a club or a river never is.
//!
//! Such a name is passed over for a nearer-sounding person further back;
//! when there is none, it is still taken (the old reading), so that an
//! article that names someone by surname alone loses nothing.

use super::source;
use super::words::{without_possessive, Word};
use crate::lexicon::List;

/// The surname that `ws[i]` ends a full name with: "Hollis" in "Dean
/// Hollis", "Baillie" in "Ms Baillie". `ws[i]` and the word before it are
/// capitalised within one phrase, and the word before is a name word or an
/// honorific, not a determiner, preposition or sentence opener ("The
/// Redbridge head coach", "In Redbridge").
pub(super) fn surname_of_full_name<'t>(text: &'t str, ws: &[Word], i: usize) -> Option<&'t str> {
    let w = ws.get(i)?;
    let before = ws.get(i.checked_sub(1)?)?;
    if before.ends_phrase || !before.is_capitalized(text) || !w.is_capitalized(text) {
        return None;
    }
    if !w.has_lowercase() || !before.has_lowercase() {
        return None;
    }
    let honorific = before.is_in(List::Honorifics);
    if !honorific && source::is_not_name_word(text, before) {
        return None;
    }
    Some(without_possessive(w.of(text)))
}

/// Whether the name `ws[start..=last]` is unlikely to be the person a
/// pronoun means: it follows a definite article, or it is one word the
/// article never gives as a full name's surname (`surnames`, gathered by
/// [`surname_of_full_name`]).
pub(super) fn unlikely_person(
    text: &str,
    ws: &[Word],
    start: usize,
    last: usize,
    surnames: &crate::lexicon::Set,
) -> bool {
    let after_the = start > 0 && !ws[start - 1].ends_phrase && ws[start - 1].is(text, "the");
    let lone = start == last && !surnames.contains(without_possessive(ws[last].of(text)));
    after_the || lone
}

#[cfg(test)]
mod tests {
    /// Each claim's source words, in order.
    fn sources(text: &str) -> Vec<Option<String>> {
        crate::analyze_text(text)
            .unwrap()
            .claims
            .iter()
            .map(|c| c.attribution.source.map(|s| s.of(text).to_string()))
            .collect()
    }

    #[test]
    fn a_pronoun_passes_over_a_place_after_the() {
        let text = "Noreen Baillie keeps a jar of river water. She filled it in 1998, \
                    the summer the Lower Merrin first turned brackish.\n\n\
                    ‘I keep it so I don’t forget,’ she says.";
        assert_eq!(
            sources(text).last().cloned().flatten().as_deref(),
            Some("Noreen Baillie")
        );
    }

    #[test]
    fn a_pronoun_passes_over_a_one_word_name_no_one_has_in_full() {
        let text = "Castleford’s manager, Dean Hollis, made three changes.\n\n\
                    Hollis said he had told his players that Redbridge would tire. \
                    “They ran all season,” he said.\n\n\
                    He said Hale would keep his place.";
        let found = sources(text);
        assert!(
            found.iter().flatten().all(|s| !s.contains("Redbridge")),
            "{found:?}"
        );
    }

    #[test]
    fn a_surname_alone_is_still_taken_when_no_one_else_is_named() {
        let text = "The plan was backed by Okafor on Monday.\n\n“It will pay for itself,” he said.";
        assert_eq!(
            sources(text).last().cloned().flatten().as_deref(),
            Some("Okafor")
        );
    }

    /// A word's list bits answer as the look-up of its text, on the
    /// fixtures' words.
    #[test]
    fn a_words_not_name_bits_are_its_look_up() {
        use crate::attribution::{source, words};
        for (_, text) in crate::furniture::testing::fixture_texts() {
            let all = crate::Span::new(0, text.len());
            for w in words::words(&text, all, &[]).iter() {
                assert_eq!(
                    source::is_not_name_word(&text, w),
                    source::is_not_name(w.of(&text)),
                    "{:?}",
                    w.of(&text)
                );
            }
        }
    }
}
