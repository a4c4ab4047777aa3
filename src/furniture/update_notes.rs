//! Update notes: a line saying when the story was updated and what the
//! update added ("Update, 6:40PM ET: Added comment from ...", "Update,
//! December 6th, 7:15PM ET: Added details from ...", "Updated 16:05 GMT
//! with a statement from the ICO."). The whole line is the story's
//! history, not a live update's stamp glued to its news (datelines.rs
//! UPDATE_STAMP, "UPDATE 4:25 p.m.: The warning has expired"): after the
//! stamp it names what was added, not what happened.

use std::sync::LazyLock;

use regex::Regex;

use super::gate::{self, LinePattern};
use super::words::at_most_words;

/// "Update" or "Updated", perhaps a day ("December 6th,"), a time, perhaps
/// its zone, a colon or dash, then what the update added: "Added ...",
/// "Adds ...", "with ...", "to add/include/reflect/correct ...".
static UPDATE_NOTE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(
        r"^(?i:update[ds]?)\s*,?\s*(?:(?i:on\s+)?[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:\d{4},?\s+)?)?(?i:at\s+)?\d{1,2}(?:[:.]\d{2}\s*(?i:a\.m\.|p\.m\.|am|pm)?|\s*(?i:a\.m\.|p\.m\.|am|pm))(?:\s+[A-Z]{2,4})?\s*[:\-–—,]?\s*(?i:added|adds|with|to\s+(?:add|include|reflect|correct|clarify))\s",
    )
    .expect("update note")
});

/// [`UPDATE_NOTE`]'s gate: "Update", "Updated" or "Updates" opens the line.
fn could_be_update_note(s: &str) -> bool {
    gate::opens_with(s, &["update", "updated", "updates"])
}

/// The rule for a note of what an update added ([`UPDATE_NOTE`]).
pub(super) static UPDATE_NOTE_RULE: LinePattern = LinePattern {
    // The most words of an update note: one sentence of what was added.
    most_words: 40,
    gate: Some(could_be_update_note),
    pattern: &UPDATE_NOTE,
};

/// An update note glued to the first paragraph it precedes ("Updated 16:05
/// GMT with a statement from the ICO. Fitness-tracking app maker StrideSync
/// has admitted ..."): where the note's one sentence ends and the story
/// begins. The note is the story's history; the sentences after it are the
/// story.
pub(super) fn glued_note(s: &str) -> Option<usize> {
    if !could_be_update_note(s) || !UPDATE_NOTE.is_match(s) {
        return None;
    }
    let sentences = crate::sentences::sentences(s);
    let (note, next) = (sentences.first()?, sentences.get(1)?);
    at_most_words(note.of(s), UPDATE_NOTE_RULE.most_words).then_some(next.start)
}

/// Compiles the pattern now rather than on first use.
pub(super) fn warm() {
    LazyLock::force(&UPDATE_NOTE);
}

#[cfg(test)]
mod tests {
    use super::super::testing::assert_roles;
    use super::super::words::words;
    use super::UPDATE_NOTE_RULE;

    #[test]
    fn notes_of_what_an_update_added() {
        for s in [
            "Update, 6:40PM ET: Added comment from an analyst at Harbor Capital.",
            "Update, December 6th, 7:15PM ET: Added details from the company's report.",
            "Updated 16:05 GMT with a statement from the ICO.",
            "UPDATED 9:10 a.m. to include the mayor's response.",
        ] {
            assert!(UPDATE_NOTE_RULE.matches(s, words(s).count()), "{s}");
        }
        for s in [
            "UPDATE 4:25 p.m.: The warning has expired.",
            "Updated 9:10 a.m. ET — Crews with the utility restored power.",
            "Updates to the rules came with a warning.",
        ] {
            assert!(!UPDATE_NOTE_RULE.matches(s, words(s).count()), "{s}");
        }
    }

    #[test]
    fn an_update_note_glued_to_the_first_paragraph_is_cut_off_it() {
        assert_roles(
            "Cloud outage hits retailers\n\n\
             Updated 16:05 GMT with a statement from the ICO. The outage that began on Monday morning \
             lasted four hours and left shops across the country unable to take card payments, \
             the company said in a statement on its website, adding that no data had been lost.\n\n\
             Shops could not take payments.",
            &[
                ("Cloud outage hits retailers", "headline"),
                ("Updated 16:05 GMT with a statement from the ICO.", "dateline"),
                (
                    "The outage that began on Monday morning lasted four hours and left shops across the country unable to take card payments, the company said in a statement on its website, adding that no data had been lost.",
                    "body",
                ),
                ("Shops could not take payments.", "body"),
            ],
        );
        // A stamp of what happened, not of what was added, is no note.
        assert_eq!(
            super::glued_note("Updated 9:10 a.m. ET: Crews restored power. The outage is over."),
            None
        );
    }

    #[test]
    fn an_update_note_is_set_aside_whole() {
        assert_roles(
            "Cloud outage hits retailers\n\n\
             Update, 6:40PM ET: Added comment from an analyst at Harbor Capital.\n\n\
             The outage lasted four hours, the company said.",
            &[
                ("Cloud outage hits retailers", "headline"),
                (
                    "Update, 6:40PM ET: Added comment from an analyst at Harbor Capital.",
                    "dateline",
                ),
                ("The outage lasted four hours, the company said.", "body"),
            ],
        );
    }
}
