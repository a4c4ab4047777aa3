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
}
