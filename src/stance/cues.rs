//! Reported speech and thought inside a claim: the complement of a verb of
//! saying, thinking or labelling ("critics called the plan a disaster",
//! "the film was labelled a flop by reviewers", "she fears the worst").
//!
//! Decisions: the attribution module gives a claim one source and one cue;
//! a claim can still carry someone else's words or judgment in a clause of
//! its own ("The council, which residents say is corrupt, met on Monday";
//! "The reform, branded a disaster by the unions, passed"). The words after
//! such a verb, to the end of their clause, are reported: a judging word
//! there is not the author's. The author's own "I think", "we called it"
//! stays the author's (`first_person.rs` weighs it), and so does a verb
//! used as a noun ("the thought of").
//!
//! The verbs are the attribution module's: every cue it found in the
//! claim's sentence (`attribution::cues`, passed in through the
//! [`Context`](crate::stance::Context)) that says, thinks or labels; one
//! word list (`src/lexicon/cue_*.txt`) serves both.

use std::borrow::Cow;

use crate::attribution::{Cue, CueKind};
use crate::token;
use crate::Span;

/// Words before a cue that make it the author's own ("I think", "we
/// called it", "you hope"), the author's sweeping claim of what all think
/// ("Everyone agrees the scheme is a sham", "nobody believes it": a
/// generalisation, `generalisation.rs`, that reports no one's words) or a
/// noun ("the thought", "a claim").
fn authors_or_determiner(word: &str) -> bool {
    matches!(
        word,
        "i" | "we"
            | "everyone"
            | "everybody"
            | "nobody"
            | "anyone"
            | "anybody"
            | "me"
            | "us"
            | "you"
            | "the"
            | "a"
            | "an"
            | "this"
            | "that"
            | "its"
            | "my"
            | "our"
            | "your"
            | "his"
            | "her"
            | "their"
    )
}

/// Forms of "be" before a passive cue ("was labelled", "is believed").
fn is_be(word: &str) -> bool {
    matches!(word, "was" | "were" | "is" | "are" | "been" | "be")
}

/// The complements of the cues of saying, thinking or labelling that lie in
/// `claim`: from after the cue to the end of its clause (a semicolon, colon,
/// dash, closing bracket or the end of the claim).
/// A cue inside one of `connectives` (the author's set phrases: "that is to
/// say", "needless to say") is none.
pub(crate) fn complements(
    text: &str,
    claim: Span,
    cues: &[Cue],
    connectives: &[Span],
) -> Vec<Span> {
    let mut out = Vec::new();
    for cue in cues {
        // "according to X" names a source after it, and a refusal reports
        // no words: neither opens reported content.
        if matches!(cue.kind, CueKind::According | CueKind::Refusal)
            || !claim.contains(cue.span)
            || cue.span.is_empty()
            || connectives.iter().any(|c| c.contains(cue.span))
        {
            continue;
        }
        // The two words before the cue: its subject, or "was" of a passive.
        let mut before: [Option<Span>; 2] = [None, None];
        token::each_in(text, Span::new(claim.start, cue.span.start), |t| {
            if let Some(w) = t.word() {
                before = [before[1], Some(w)];
            }
        });
        // (Lower case with straight apostrophes: a copy only where the word
        // has a capital or a curly apostrophe, not two for every word.)
        let before = before.map(|w| {
            w.map(|w| {
                let lower = crate::token::lower(w.of(text));
                if lower.contains('\u{2019}') {
                    Cow::Owned(lower.replace('\u{2019}', "'"))
                } else {
                    lower
                }
            })
        });
        let passive = before[0].is_some() && before[1].as_deref().is_some_and(is_be);
        if before[1].as_deref().is_none_or(authors_or_determiner) && !passive {
            continue;
        }
        let start = cue.span.end;
        let end = clause_end(text, start, claim.end);
        if end > start {
            out.push(Span::new(start, end));
        }
    }
    out
}

/// Where the clause that starts at `from` ends, at the latest `limit`.
fn clause_end(text: &str, from: usize, limit: usize) -> usize {
    let Some(rest) = text.get(from..limit) else {
        return from;
    };
    // A byte at a time: ';', ':', ')', or the lead byte of a dash ("—" is
    // E2 80 94, "–" E2 80 93) where the dash follows.
    let bytes = rest.as_bytes();
    (0..bytes.len())
        .find(|&i| match bytes[i] {
            b';' | b':' | b')' => true,
            0xe2 => matches!(bytes.get(i + 1..i + 3), Some([0x80, 0x93 | 0x94])),
            _ => false,
        })
        .map_or(limit, |i| from + i)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte search finds what a search by character found, on every
    /// fixture line and a few dashes.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn a_clause_ends_where_a_character_search_ends_it() {
        let by_char = |text: &str| {
            text.char_indices()
                .find(|&(_, c)| matches!(c, ';' | ':' | ')' | '\u{2014}' | '\u{2013}'))
                .map_or(text.len(), |(i, _)| i)
        };
        let mut lines = crate::furniture::testing::fixture_lines();
        lines.extend(
            [
                "a \u{2014} b",
                "a\u{2013}b",
                "\u{2012}\u{2015}\u{2019} x) y",
                "é;",
            ]
            .map(String::from),
        );
        for line in &lines {
            assert_eq!(clause_end(line, 0, line.len()), by_char(line), "{line:?}");
        }
    }

    fn reported(text: &str) -> Vec<&str> {
        let claim = Span::new(0, text.len());
        let cues = crate::attribution::cues(text, claim, &[]);
        let connectives: Vec<Span> = crate::stance::phrases::find(text, claim)
            .into_iter()
            .filter(|p| p.list.is_connective())
            .map(|p| p.span)
            .collect();
        complements(text, claim, &cues, &connectives)
            .into_iter()
            .map(|s| s.of(text))
            .collect()
    }

    #[test]
    fn the_complement_of_a_labelling_verb_is_reported() {
        assert_eq!(
            reported("The show was labelled a flop by the critics."),
            [" a flop by the critics."]
        );
        assert_eq!(
            reported("Critics called the plan a disaster; it passed."),
            [" the plan a disaster"]
        );
    }

    #[test]
    fn the_complement_of_a_verb_of_thinking_is_reported() {
        assert_eq!(
            reported("Residents fear that the plan is a disaster."),
            [" that the plan is a disaster."]
        );
    }

    #[test]
    fn the_authors_own_verb_and_a_noun_are_no_cue() {
        assert!(reported("I think the plan is a disaster.").is_empty());
        assert!(reported("The thought of it is absurd.").is_empty());
    }

    #[test]
    fn a_verb_of_saying_in_the_authors_set_phrase_is_no_cue() {
        assert!(reported("That is to say, the plan is a disaster.").is_empty());
        assert!(reported("Needless to say, the plan is a disaster.").is_empty());
        assert_eq!(
            reported("The mayor is quick to say the plan is a disaster."),
            [" the plan is a disaster."]
        );
    }

    #[test]
    fn according_to_opens_no_reported_content() {
        assert!(reported("The plan, according to critics, is a disaster.").is_empty());
    }
}
