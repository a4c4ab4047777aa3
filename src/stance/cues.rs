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
//! stays the author's (`first_person.rs` weighs it), and so do "it is
//! said"-free constructions where the verb is a noun ("the thought of").

use std::sync::LazyLock;

use crate::lexicon::{entries, set, Set};
use crate::Span;

static CUES: LazyLock<Vec<Vec<String>>> = LazyLock::new(|| {
    let mut out: Vec<Vec<String>> = entries(include_str!("../lexicon/stance_reported_cues.txt"))
        .map(|e| e.split_whitespace().map(str::to_lowercase).collect())
        .collect();
    // Longest first, so "described as" wins over a shorter entry.
    out.sort_by_key(|c| std::cmp::Reverse(c.len()));
    out
});

static AUTHOR: LazyLock<Set> = LazyLock::new(|| {
    set("i\nwe\nme\nus\nyou\nthe\na\nan\nthis\nthat\nits\nmy\nour\nyour\nhis\nher\ntheir")
});

/// Words of a claim with their byte spans (letters, digits, apostrophes).
fn words(text: &str, claim: Span) -> Vec<(Span, String)> {
    let Some(slice) = text.get(claim.range()) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in slice.char_indices().chain([(slice.len(), ' ')]) {
        let part = c.is_alphanumeric() || c == '\'' || c == '\u{2019}';
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                start = None;
                out.push((
                    Span::new(s, i).offset(claim.start),
                    slice[s..i].replace('\u{2019}', "'").to_lowercase(),
                ));
            }
            _ => {}
        }
    }
    out
}

/// The complements of the verbs of saying, thinking or labelling in
/// `claim`: from after the verb to the end of its clause (a semicolon,
/// colon, dash, closing bracket or the end of the claim; a comma ends it
/// only when the verb is inside a side clause opened by a comma).
pub(crate) fn complements(text: &str, claim: Span) -> Vec<Span> {
    let ws = words(text, claim);
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        let Some(len) = CUES.iter().map(Vec::len).find(|&n| {
            CUES.iter().any(|c| {
                c.len() == n
                    && ws.len() >= i + n
                    && c.iter().zip(&ws[i..i + n]).all(|(a, (_, b))| a == b)
            })
        }) else {
            i += 1;
            continue;
        };
        // The subject (or the word before a passive verb): the author's own
        // "I think" or a noun's determiner ("the thought") is no cue.
        let before = i.checked_sub(1).map(|j| ws[j].1.as_str());
        let after_be = i >= 2
            && matches!(
                ws[i - 1].1.as_str(),
                "was" | "were" | "is" | "are" | "been" | "be"
            );
        if before.is_none_or(|w| AUTHOR.contains(w)) && !after_be {
            i += len;
            continue;
        }
        let start = ws[i + len - 1].0.end;
        let end = clause_end(text, start, claim.end);
        if end > start {
            out.push(Span::new(start, end));
        }
        i += len;
    }
    out
}

/// Where the clause that starts at `from` ends, at the latest `limit`.
fn clause_end(text: &str, from: usize, limit: usize) -> usize {
    let Some(rest) = text.get(from..limit) else {
        return from;
    };
    rest.char_indices()
        .find(|&(_, c)| matches!(c, ';' | ':' | ')' | '\u{2014}' | '\u{2013}'))
        .map_or(limit, |(i, _)| from + i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reported(text: &str) -> Vec<&str> {
        complements(text, Span::new(0, text.len()))
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
    fn the_authors_own_verb_and_a_noun_are_no_cue() {
        assert!(reported("I think the plan is a disaster.").is_empty());
        assert!(reported("The thought of it is absurd.").is_empty());
    }
}
