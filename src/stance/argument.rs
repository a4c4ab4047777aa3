//! Argumentative connectives: the author reasoning with the reader,
//! conceding or concluding ("after all", "in other words", "you see",
//! "worse still").
//!
//! Decision: reporting states and attributes; it rarely argues. These
//! phrases mark the author's argument but say nothing about what is judged,
//! so they weigh a little more than half a judgment.
//!
//! Two connectives are also plain words: "granted" is a participle
//! ("workers would be granted one sick day") unless it stands apart
//! ("Granted, ...", "granted that ..."), and "far from" a distance before a
//! noun phrase ("far from any freeway", "far from home") rather than a
//! denial ("far from clear", "far from helping").
//! (Studied on CheckThat! train, whose errors may be read; never on dev.)

use crate::stance::model::{Evidence, Feature};
use crate::stance::phrases::{List, Phrase};
use crate::stance::SignalKind;
use crate::Span;

/// Words after which "far from" measures a distance: the start of a noun
/// phrase or a place.
const PLACES: [&str; 18] = [
    "the", "a", "an", "any", "his", "her", "their", "its", "our", "my", "your", "this", "that",
    "these", "those", "every", "home", "here",
];

pub(crate) fn detect(text: &str, claim: Span, phrases: &[Phrase], out: &mut Vec<Evidence>) {
    for p in phrases {
        let w = match p.list {
            List::Argument => Feature::Argument,
            List::Aside => Feature::Argument,
            _ => continue,
        };
        if plain_word(text, claim, p.span) {
            continue;
        }
        out.push(Evidence::new(p.span, SignalKind::Argument, w));
    }
}

/// True when the connective at `span` is used as a plain word (see above).
fn plain_word(text: &str, claim: Span, span: Span) -> bool {
    let phrase = crate::token::lower(span.of(text));
    if phrase != "granted" && phrase != "far from" {
        return false;
    }
    let mut opens = true;
    let mut apart = false;
    let mut next = None;
    crate::token::each_in(text, claim, |t| {
        let Some(w) = t.word() else {
            return;
        };
        if w.end <= span.start {
            opens = false;
        } else if w.end == span.end {
            apart = t.ends_phrase();
        } else if w.start >= span.end && next.is_none() {
            next = Some(t.lower(text));
        }
    });
    if phrase == "granted" {
        !(opens || apart || next.as_deref() == Some("that"))
    } else {
        !apart && next.is_some_and(|n| PLACES.contains(&n.as_ref()))
    }
}

#[cfg(test)]
mod tests {
    use crate::stance::testing::assert_stance;
    use crate::stance::SignalKind::*;
    use crate::stance::StanceKind::*;

    #[test]
    fn argument_with_a_judgment_is_opinion() {
        assert_stance(
            "Not less government, you see; the same amount of government for less money.",
            Opinion,
            &[("you see", Argument)],
        );
        assert_stance(
            "After all, the plan was doomed from the start.",
            Opinion,
            &[("After all", Argument), ("doomed", Evaluative)],
        );
    }

    #[test]
    fn a_connective_used_as_a_plain_word_is_no_argument() {
        assert_stance(
            "Granted, the plan was late.",
            Opinion,
            &[("Granted", Argument)],
        );
        assert_stance("Workers were granted one paid day off.", Reporting, &[]);
        assert_stance(
            "The result is far from clear.",
            Opinion,
            &[("far from", Argument)],
        );
        assert_stance(
            "The village lies far from the nearest road.",
            Reporting,
            &[],
        );
    }
}
