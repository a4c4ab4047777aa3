//! The photo caption at an article's head, told by its shape and its place
//! rather than by one credit's words: above the first paragraph, a line
//! closed by a credit of names joined by a slash, a bar or "for" ("...
//! on Feb. 27. [STAFF PHOTO/GREG HOLLOWAY]", "... in 2015. REUTERS/Tom
//! Halvorsen", "... against her. (Ethan Cole for Pulse Health News)"), or
//! a line with such a credit alone right under it ("Lucas Berger | The
//! Calder Current"). Agencies and photographers are too many to list; the
//! credit's shape (capitalised names, a separator, no sentence) and the
//! caption's place above the story's text are the page's own.

use super::words::{at_most_words, ends_sentence, listed, starts_with_bullet, word_entry, words};
use super::{Draft, Look, Page, Rule, SkipReason};
use crate::lexicon::List;

/// The most Body lines above a head caption: a standfirst or two.
const MOST_BODY_ABOVE: usize = 2;
/// The most words of a caption.
const MOST_CAPTION_WORDS: usize = 60;
/// The fewest words of a caption before its credit.
const FEWEST_CAPTION_WORDS: usize = 5;
/// The most words of a credit.
const MOST_CREDIT_WORDS: usize = 10;

/// How a credit stands, which decides what its shape must show.
#[derive(Clone, Copy, PartialEq)]
enum Place {
    /// In brackets closing a caption: "for" may join the names ("Ethan
    /// Cole for Pulse Health News").
    Bracketed,
    /// After a caption's last sentence: names joined by a slash or a bar
    /// ("REUTERS/Tom Halvorsen"); a sentence's own tail ("... the U.S.
    /// Court of Appeals for the District of Columbia Circuit.") has none.
    Trailing,
    /// Alone on its line: a name and an outlet, two words or more each,
    /// on either side of one slash or bar ("Lucas Berger | The Calder
    /// Current"), not a trail of sections ("News | Politics").
    Alone,
}

/// Whether `s` is a credit by its shape: two to ten words, each a
/// capitalised name or a link word, with a slash or a bar between names
/// (or, in brackets, "for": a photographer for an outlet), and no sentence
/// in it.
fn credit_shape(s: &str, place: Place) -> bool {
    let s = s.trim().trim_start_matches(['—', '–', '-']).trim_start();
    if s.is_empty()
        || !at_most_words(s, MOST_CREDIT_WORDS)
        || s.contains([
            '.', ',', ';', ':', '!', '?', '"', '“', '”', '(', ')', '[', ']',
        ])
    {
        return false;
    }
    let mut names = 0;
    let mut joined = false;
    // A word of the line, and each name a slash or a bar joins in it
    // ("REUTERS/Tom").
    for w in words(s).flat_map(|w| w.split(['/', '|'])) {
        if w.is_empty() {
            continue;
        }
        if w.starts_with(|c: char| c.is_uppercase()) {
            names += 1;
        } else if w == "for" {
            joined |= place == Place::Bracketed;
        } else if !(w.starts_with(|c: char| c.is_lowercase())
            && listed(List::CreditLinks, word_entry(w)))
        {
            return false;
        }
    }
    let sides: Vec<&str> = s
        .split(['/', '|'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    joined |= sides.len() >= 2;
    if place == Place::Alone && (sides.len() != 2 || sides.iter().any(|p| at_most_words(p, 1))) {
        return false;
    }
    joined && names >= 2
}

/// Whether `s` is a caption closed by a credit of that shape, in brackets
/// or after its last sentence.
fn closed_by_credit(s: &str) -> bool {
    caption_before_credit(s).is_some()
}

/// The caption before the credit closing `s`, when a credit of that shape
/// closes it.
fn caption_before_credit(s: &str) -> Option<&str> {
    let t = s.trim_end();
    let t = t.strip_suffix('.').unwrap_or(t).trim_end();
    let bracketed = t
        .strip_suffix(')')
        .and_then(|r| r.rfind('(').map(|at| (r, at)))
        .or_else(|| {
            t.strip_suffix(']')
                .and_then(|r| r.rfind('[').map(|at| (r, at)))
        })
        .map(|(r, at)| (&r[..at], &r[at + 1..]));
    let (before, credit, place) = match bracketed {
        // In brackets, after the caption with or without its full stop:
        // "... on February 12, 2024 [Didier Mwamba/Reuters]".
        Some((before, credit)) => (before, credit, Place::Bracketed),
        // After the caption's last sentence: "... on Tuesday. —LEDGER
        // PHOTO / JUAN DELA PAZ".
        None => match t.rfind(". ") {
            Some(at) if ends_sentence(&t[..=at]) => (&t[..=at], &t[at + 2..], Place::Trailing),
            _ => return None,
        },
    };
    (!at_most_words(before, FEWEST_CAPTION_WORDS - 1) && credit_shape(credit, place))
        .then_some(before)
}

/// Captions at the head of the page's article: a body line with at most
/// [`MOST_BODY_ABOVE`] body lines above it and the story's text below,
/// closed by a credit of a credit's shape, or with such a credit alone on
/// the line under it (both set aside).
pub(super) fn head_captions(page: &Page, draft: &mut Draft) {
    let (text, lines, looks) = (page.text, page.lines, &mut draft.looks[..]);
    let mut body_above = 0;
    for i in 0..lines.len() {
        let s = lines[i].span.of(text);
        // A short caption whose bracketed credit ends the line reads as a
        // title ("Workers inspect the bridge on Monday. [STAFF
        // PHOTO/GREG HOLLOWAY]"); a headline ends no sentence before it.
        if looks[i] == Look::Title
            && body_above <= MOST_BODY_ABOVE
            && caption_before_credit(s).is_some_and(|c| ends_sentence(c.trim_end()))
            && story_below(looks, i + 1)
        {
            looks[i] = Look::skip(Rule::HeadCaption);
            continue;
        }
        if looks[i] != Look::Body {
            continue;
        }
        if body_above > MOST_BODY_ABOVE {
            return;
        }
        // The head's key points ("• Three schools have been closed.") are
        // no paragraph of the story.
        if starts_with_bullet(s) {
            continue;
        }
        body_above += 1;
        if !at_most_words(s, MOST_CAPTION_WORDS) {
            continue;
        }
        let credit_below = i + 1 < lines.len()
            && lines[i + 1].block == lines[i].block
            && matches!(
                looks[i + 1],
                Look::Title | Look::Skip(SkipReason::Navigation, _)
            )
            && credit_shape(lines[i + 1].span.of(text), Place::Alone);
        // The story's own text below: the next line still read as text
        // (past the credit) is body.
        if !story_below(looks, i + 1 + usize::from(credit_below)) {
            continue;
        }
        if credit_below && ends_sentence(s) {
            looks[i] = Look::skip(Rule::HeadCaption);
            looks[i + 1] = Look::skip(Rule::CreditBesideCaption);
        } else if closed_by_credit(s) {
            looks[i] = Look::skip(Rule::HeadCaption);
        }
    }
}

/// Whether the story's own text comes from line `from` on: the first line
/// still read as text is body.
fn story_below(looks: &[Look], from: usize) -> bool {
    looks[from.min(looks.len())..]
        .iter()
        .find(|l| l.is_text())
        .is_some_and(|l| *l == Look::Body)
}

#[cfg(test)]
mod tests {
    use super::super::testing::assert_roles;
    use super::{closed_by_credit, credit_shape, Place};

    #[test]
    fn credits_by_their_shape() {
        for credit in [
            "REUTERS/Tom Halvorsen",
            "STAFF PHOTO/GREG HOLLOWAY",
            "—LEDGER PHOTO / JUAN DELA PAZ",
            "PHOTO | JANE ADHIAMBO | COURIER MEDIA GROUP",
        ] {
            assert!(credit_shape(credit, Place::Trailing), "{credit}");
        }
        assert!(credit_shape(
            "Ethan Cole for Pulse Health News",
            Place::Bracketed
        ));
        for not in [
            "EPA",
            "R-Texas",
            "the council said",
            "World Health Organization",
            "Court of Appeals for the District of Columbia Circuit",
        ] {
            assert!(!credit_shape(not, Place::Trailing), "{not}");
        }
        assert!(credit_shape(
            "Lucas Berger | The Calder Current",
            Place::Alone
        ));
        assert!(!credit_shape("News | Politics", Place::Alone));
        assert!(!credit_shape("Home / News / Local", Place::Alone));
    }

    #[test]
    fn captions_closed_by_a_credit() {
        assert!(closed_by_credit(
            "Displaced people carry their belongings along the road towards Goma on February 12, 2024 [Didier Mwamba/Reuters]"
        ));
        assert!(closed_by_credit(
            "Workers unload sacks of imported rice at a warehouse on Tuesday. —LEDGER PHOTO / JUAN DELA PAZ"
        ));
        assert!(!closed_by_credit(
            "The agency said the rules would be enforced by the Environmental Protection Agency (EPA)."
        ));
        assert!(!closed_by_credit(
            "The vote was 7-2. Trustees and students / faculty disagreed."
        ));
        assert!(!closed_by_credit(
            "Twelve states are challenging the rules before 10 judges of the U.S. Court of Appeals for the District of Columbia Circuit."
        ));
    }

    #[test]
    fn a_caption_above_the_first_paragraph() {
        assert_roles(
            "Bridge to close for repairs\n\nBy Ana Ruiz\nWorkers inspect the Stillwater Bridge on Monday. [STAFF PHOTO/GREG HOLLOWAY]\nThe Stillwater Bridge will close for three weeks starting Monday, the county said.\nThe detour adds ten minutes.",
            &[
                ("Bridge to close for repairs", "headline"),
                ("By Ana Ruiz", "byline"),
                (
                    "Workers inspect the Stillwater Bridge on Monday. [STAFF PHOTO/GREG HOLLOWAY]",
                    "caption",
                ),
                (
                    "The Stillwater Bridge will close for three weeks starting Monday, the county said.",
                    "body",
                ),
                ("The detour adds ten minutes.", "body"),
            ],
        );
    }

    #[test]
    fn a_caption_above_a_name_and_outlet() {
        assert_roles(
            "Trustees cut nine majors\n\nBy Maya Ruiz\nStudents rally outside Merriam Hall on Thursday.\nLucas Berger | The Calder Current\nThe university will stop admitting students to nine majors next fall.\nThe vote was 7-2.",
            &[
                ("Trustees cut nine majors", "headline"),
                ("By Maya Ruiz", "byline"),
                ("Students rally outside Merriam Hall on Thursday.", "caption"),
                ("Lucas Berger | The Calder Current", "credit"),
                (
                    "The university will stop admitting students to nine majors next fall.",
                    "body",
                ),
                ("The vote was 7-2.", "body"),
            ],
        );
    }

    #[test]
    fn a_first_paragraph_closed_by_brackets_is_body() {
        assert_roles(
            "Rules tightened\n\nThe rules were written by Senator Ann Lee and Senator Bo Ruiz (R-Texas).\nThe change takes effect in May.",
            &[
                ("Rules tightened", "headline"),
                (
                    "The rules were written by Senator Ann Lee and Senator Bo Ruiz (R-Texas).",
                    "body",
                ),
                ("The change takes effect in May.", "body"),
            ],
        );
    }
}
