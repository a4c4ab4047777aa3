//! Licensing terms: a wire's broadcast restrictions ("NO ARCHIVES", in
//! capitals, often a whole block of lines) and the terms under a copyright
//! notice ("This material may not be published ..."). They govern the
//! story's use, not its news.

use std::sync::LazyLock;

use super::words::{has_lowercase, is_all_caps, word_offsets, words};
use super::{Draft, Look, Page, Role, Rule, SkipReason};
use crate::lexicon;

/// The licensing lists: [`RESTRICTION_TERMS`] and [`RESTRICTION`] are their groups.
static RESTRICTIONS: LazyLock<lexicon::Matcher> = LazyLock::new(|| {
    lexicon::Matcher::new(
        &[
            (
                RESTRICTION_TERMS,
                crate::lexicon::list!("restriction_terms.txt"),
            ),
            (RESTRICTION, crate::lexicon::list!("restriction.txt")),
        ],
        lexicon::Blanks::Exact,
        lexicon::Apostrophes::Straight,
    )
});
/// Licensing terms in ordinary case ("may not be published").
const RESTRICTION_TERMS: u8 = 0;
/// Broadcast and licensing restrictions ("NO ARCHIVES"), in an all-capitals line.
const RESTRICTION: u8 = 1;

/// Where the first entry of the restriction list `group` starts in `s`.
fn restriction(s: &str, group: u8) -> Option<usize> {
    RESTRICTIONS
        .find_each(s)
        .into_iter()
        .find(|hit| hit.group == group)
        .map(|hit| hit.start)
}

/// The most words of a line of licensing terms.
const TERMS_WORDS: usize = 60;

/// Whether a line holds licensing terms in ordinary case.
pub(super) fn has_licensing_terms(s: &str, n_words: usize) -> bool {
    n_words <= TERMS_WORDS && restriction(s, RESTRICTION_TERMS).is_some()
}

/// Whether a line in capitals holds broadcast or licensing restrictions.
pub(super) fn is_broadcast_terms(s: &str) -> bool {
    is_all_caps(s) && restriction(s, RESTRICTION).is_some()
}

/// The fewest words in capitals of a licensing prefix.
const FEWEST_PREFIX_WORDS: usize = 3;

/// Splits an all-capitals licensing prefix off a line that goes on in normal
/// case ("... INCLUDING FOR LENGTH** Western intermediaries are ..."): returns
/// the byte length of the prefix (before the blank that ends it).
fn shouting_prefix(s: &str) -> Option<usize> {
    let mut end_of_caps = None;
    let mut seen = 0;
    for (at, w) in word_offsets(s) {
        let letters = w.chars().filter(|c| c.is_alphabetic()).count();
        if has_lowercase(w) {
            // The first mixed-case word must open a normal sentence: it and
            // the word after are in sentence case.
            let next_lower = words(&s[at + w.len()..]).next().is_some_and(has_lowercase);
            if seen >= FEWEST_PREFIX_WORDS
                && next_lower
                && w.chars().next().is_some_and(char::is_uppercase)
            {
                return end_of_caps;
            }
            return None;
        }
        if letters > 0 {
            seen += 1;
        }
        end_of_caps = Some(at + w.len());
    }
    None
}

/// Where licensing terms begin in a line of other furniture ("Copyright
/// 2026 AP. All rights reserved. | This material may not be published
/// ..."): the start of the sentence holding them, if that is not the line's
/// start.
fn licensing_after(s: &str) -> Option<usize> {
    let at = restriction(s, RESTRICTION_TERMS)?;
    let cut = s[..at].rfind(". ")? + 1;
    (cut > 1).then_some(cut)
}

/// A licensing block goes on while its lines stay in capitals; a line that
/// leaves capitals half-way keeps its tail as body. A copyright notice
/// followed by licensing terms on one line is two items.
pub(super) fn licensing_blocks(page: &Page, draft: &mut Draft) {
    let (text, lines) = (page.text, page.lines);
    let Draft { looks, splits, .. } = draft;
    let mut in_restriction = false;
    for i in 0..lines.len() {
        let s = lines[i].span.of(text);
        match looks[i] {
            Look::Skip(SkipReason::Restriction, _) => in_restriction = true,
            _ if in_restriction && is_all_caps(s) => {
                looks[i] = Look::skip(Rule::LicensingBlock);
            }
            _ => {
                if let Some(cut) = shouting_prefix(s) {
                    if in_restriction || restriction(&s[..cut], RESTRICTION).is_some() {
                        let licensing = Role::skip(Rule::BroadcastTerms);
                        splits.insert(i, (cut, licensing, Role::Body));
                        looks[i] = Look::Body;
                    }
                }
                if let Look::Skip(SkipReason::Boilerplate, rule) = looks[i] {
                    if let Some(cut) = licensing_after(s) {
                        let head = Role::skip(rule);
                        let tail = Role::skip(Rule::LicensingTerms);
                        splits.insert(i, (cut, head, tail));
                    }
                }
                in_restriction = false;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::assert_roles;

    #[test]
    fn restriction_block_and_glued_sentence() {
        assert_roles(
            "RESTRICTIONS: NO USE FRANCE.\n\nVIDEO MUST BE USED IN ITS ENTIRETY.\n\nNO FURTHER EDITS ARE PERMITTED** The mayor said on Monday the bridge would reopen.",
            &[
                ("RESTRICTIONS: NO USE FRANCE.", "restriction"),
                ("VIDEO MUST BE USED IN ITS ENTIRETY.", "restriction"),
                ("NO FURTHER EDITS ARE PERMITTED**", "restriction"),
                ("The mayor said on Monday the bridge would reopen.", "body"),
            ],
        );
    }
}
