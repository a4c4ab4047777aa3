//! "Nobody answered", "no one asked", "not everyone welcomed them": a cue
//! whose subject says that nobody spoke names no source. The claim is the
//! article's own (LABELS.md: unattributed, "the article states it without
//! naming any source"), whatever the cue.

use super::words::words;
use crate::lexicon::{Lexeme, List};
use crate::Span;

/// Whether the source words `source` open with a subject that says nobody
/// spoke ("nobody in the room", "No one", "Not everyone in the valley").
pub(super) fn says_nobody(text: &str, source: Span) -> bool {
    let ws = words(text, source, &[]);
    let Some(first) = ws.first() else {
        return false;
    };
    first.is_in(List::NegativeSubjects)
        || ws.get(1).is_some_and(|second| {
            !first.ends_phrase
                && Lexeme::of(&format!("{} {}", first.of(text), second.of(text)))
                    .is_in(List::NegativeSubjects)
        })
}

/// Whether the source words `source` are "neither" and the noun of those
/// it denies ("Neither government", "neither company"): before a refusal
/// ("Neither government responded to requests for comment") each of them
/// is asked and refuses, on the record as "the two governments did not
/// respond" is (LABELS.md rule 1), not nobody speaking.
pub(super) fn each_refused(text: &str, source: Span) -> bool {
    let ws = words(text, source, &[]);
    matches!(ws.as_slice(), [first, _, ..] if first.is(text, "neither") && !first.ends_phrase)
}

#[cfg(test)]
mod tests {
    use crate::attribution::testing::kinds;
    use crate::AttributionKind::*;

    #[test]
    fn nobody_speaking_is_no_source() {
        assert_eq!(
            kinds("I watched the meeting, and nobody in the room asked about the budget."),
            [Unattributed]
        );
        assert_eq!(
            kinds("Not everyone in the valley welcomed them, residents said."),
            [Anonymous]
        );
        assert_eq!(
            kinds("No one warned the tenants about the flood."),
            [Unattributed]
        );
    }

    #[test]
    fn neither_refusing_is_each_on_the_record() {
        assert_eq!(
            kinds("Neither government responded to requests for comment on the visit."),
            [Official]
        );
        assert_eq!(kinds("Neither man said why he left."), [Unattributed]);
    }
}
