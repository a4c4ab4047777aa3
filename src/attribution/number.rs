//! Number agreement for back-references: "he" and "she" are one person,
//! so they pass over the groups quoted in between ("Critics often called
//! her the conscience of the mills ... She said she never liked the
//! label" is hers, not the critics'); "they" is no one person.

use super::words::{words, Word};
use crate::lexicon::List;
use crate::Span;

/// Whether the source words `source` name more than one person: people
/// joined by "and" ("Ruiz and Lind"), or a plural group of people
/// anywhere in them ("Analysts at Bexley Research"). What "they" may
/// refer to.
pub(super) fn is_plural(text: &str, source: Span) -> bool {
    words(text, source, &[])
        .iter()
        .any(|w| w.is(text, "and") || is_group_word(text, w))
}

/// Whether the head of `source`, its words up to the first comma, is a
/// group of people ("Critics", "several residents of Goregaon"), not one
/// of them ("One of the friends, Darragh Hehir") and not a person whose
/// apposition speaks of others ("Curt Halvorson, who grows soybeans and
/// ..."). What "he" and "she" pass over.
pub(super) fn is_group(text: &str, source: Span) -> bool {
    let ws = words(text, source, &[]);
    let head = ws
        .iter()
        .position(|w| w.ends_phrase)
        .map_or(&ws[..], |end| &ws[..=end]);
    let one = head
        .first()
        .is_some_and(|w| w.is(text, "one") || w.is(text, "each") || w.is(text, "either"));
    !one && head.iter().any(|w| is_group_word(text, w))
}

fn is_group_word(text: &str, w: &Word) -> bool {
    w.of(text).ends_with(['s', 'S']) && w.is_in(List::AnonymousPeople)
}

#[cfg(test)]
mod tests {
    use super::{is_group, is_plural};
    use crate::attribution::testing::kinds;
    use crate::AttributionKind::*;
    use crate::Span;

    #[test]
    fn groups_and_pairs_are_plural_and_one_person_is_not() {
        for (text, plural, group) in [
            ("Critics", true, true),
            ("several residents of Goregaon", true, true),
            ("Ruiz and Lind", true, false),
            ("Analysts at Bexley Research", true, true),
            ("Mayor Jo Lind", false, false),
            ("a senior official", false, false),
            ("One of the friends, Darragh Hehir", true, false),
            ("Curt Halvorson, who grows soybeans and wheat", true, false),
        ] {
            let span = Span::new(0, text.len());
            assert_eq!(is_plural(text, span), plural, "{text}");
            assert_eq!(is_group(text, span), group, "{text}");
        }
    }

    #[test]
    fn she_passes_over_a_group_quoted_in_between() {
        assert_eq!(
            kinds(
                "Mara Lind, a singer from Tulsa, said the tour was over. \
                 Critics called her the voice of the mills. \
                 She said she never liked the label."
            ),
            [Named, Anonymous, Named]
        );
        assert_eq!(
            kinds(
                "Residents said the road flooded twice. \
                 They said the council ignored them."
            ),
            [Anonymous, Anonymous]
        );
    }
}
