//! Characterisations: the author saying in one plain noun what something
//! is or is not ("A quarter of a point is not a crisis", "However the
//! Treasury dresses it up, this is a climbdown", "Their silence is a
//! choice, too", "one corridor is not a city").
//!
//! Decision (LABELS.md: opinion when "the author's judgment is part of what
//! it asserts"): a report identifies a thing by what it holds, does or
//! costs; a main clause that ends on a copula and one bare noun ("is a
//! gamble", "is not a luxury") classes the subject, and the class is the
//! author's verdict even when the noun is on no list. The noun must close
//! the clause (a noun that goes on, "is a member of the board", describes);
//! a capitalised noun ("was a Democrat") or a person's role ("is a
//! teacher") identifies; "there is a ..." and a copula in a subordinate
//! clause ("since he was a teenager") state facts. It is a feature of its
//! own, weighed by the fit: a plain "the result was a draw" is the kind of
//! sentence that keeps its weight honest.

use crate::stance::model::{Evidence, Feature};
use crate::stance::SignalKind;
use crate::token::{List, Token};
use crate::Span;

/// Conjunctions that open a subordinate clause besides those of
/// `stance_subordinators.txt`.
const SUBORDINATING: [&str; 7] = ["since", "because", "although", "though", "as", "that", "if"];

/// Adverbs that may stand between the copula and the article: "is not a",
/// "is simply a", "was never a".
const BETWEEN: [&str; 9] = [
    "not", "never", "hardly", "also", "still", "simply", "just", "merely", "really",
];

/// The word of a word token (every token `detect` keeps has one).
fn word(t: &Token) -> Span {
    t.word().unwrap_or(t.span())
}

/// Punctuation ends the word's clause: a comma, semicolon, colon, dash,
/// bracket or closing quotation mark, or a full stop.
fn closes(text: &str, t: &Token) -> bool {
    t.ends_phrase() || text[word(t).end..t.span().end].contains(['.', '!', '?'])
}

/// A person's role or an unnamed person ("teacher", "resident").
fn person(t: &Token) -> bool {
    t.is_in(List::UnnamedPersonNouns) || t.is_in(List::Roles) || t.is_in(List::CorporateRoles)
}

/// Runs after the phrase detectors and the verdict: words they weighed are
/// theirs.
pub(crate) fn detect(text: &str, claim: Span, out: &mut Vec<Evidence>) {
    // No article, no characterisation: most claims are passed over unread.
    if text
        .get(claim.range())
        .is_none_or(|c| !c.contains(" a ") && !c.contains(" an "))
    {
        return;
    }
    // Room for every word of the claim at once (see `voice.rs`).
    let mut words: Vec<Token> = Vec::with_capacity(claim.len() / 4 + 1);
    crate::token::each_in(text, claim, |t| {
        if t.word().is_some() {
            words.push(t);
        }
    });
    for (i, copula) in words.iter().enumerate() {
        // "That's a ..." is a verdict's own opening (verdict.rs); a copula
        // that ends its clause ("as it was,") has no complement.
        if !copula.is_in(List::StanceCopulas)
            || closes(text, copula)
            || copula.lower(text).starts_with("that")
        {
            continue;
        }
        let mut at = i + 1;
        while at < words.len() && at < i + 3 && BETWEEN.contains(&words[at].lower(text).as_ref()) {
            at += 1;
        }
        let (Some(article), Some(noun)) = (words.get(at), words.get(at + 1)) else {
            continue;
        };
        let is_last = at + 2 == words.len();
        if !matches!(article.lower(text).as_ref(), "a" | "an")
            || closes(text, article)
            || !(closes(text, noun) || is_last)
            || noun.is_capitalised()
            || person(noun)
            || !noun
                .lower(text)
                .chars()
                .all(|c| c.is_alphabetic() || c == '-')
            || subordinate(text, &words[..i])
        {
            continue;
        }
        let span = Span::new(word(copula).start, word(noun).end);
        // "is a fiasco", "none of this is a mystery": a listed judgment or
        // a verdict already weighs the words.
        if out.iter().any(|e| e.span.overlaps(span)) {
            continue;
        }
        out.push(Evidence::new(
            span,
            SignalKind::Characterisation,
            Feature::Characterisation,
        ));
    }
}

/// The copula's clause (the words back to the last clause boundary) is
/// subordinate or existential: "since he was", "there is", "which is".
fn subordinate(text: &str, before: &[Token]) -> bool {
    let clause = before
        .iter()
        .rposition(|w| closes(text, w))
        .map_or(before, |k| &before[k + 1..]);
    if clause
        .last()
        .is_some_and(|w| matches!(w.lower(text).as_ref(), "there" | "here"))
    {
        return true;
    }
    clause.iter().any(|w| {
        let lower = w.lower(text);
        List::StanceSubordinators.contains(&lower) || SUBORDINATING.contains(&lower.as_ref())
    })
}

#[cfg(test)]
mod tests {
    use crate::stance::testing::{assert_attributed, assert_stance, assert_stance_in};
    use crate::stance::SignalKind::*;
    use crate::stance::StanceKind::*;

    #[test]
    fn a_main_clause_ending_on_a_bare_noun_characterises() {
        assert_stance(
            "The tram plan is a gamble.",
            Opinion,
            &[("is a gamble", Characterisation)],
        );
        assert_stance(
            "Still, one depot is not a network, and the money is short.",
            Opinion,
            &[("is not a network", Characterisation)],
        );
    }

    #[test]
    fn a_noun_that_goes_on_names_a_person_or_a_subordinate_copula_reports() {
        assert_stance("She is a member of the board.", Reporting, &[]);
        assert_stance("The new chair is a lawyer.", Reporting, &[]);
        assert_stance(
            "The winner was a Democrat.",
            Reporting,
            &[("Democrat", Specifics)],
        );
        assert_stance("There is a queue.", Reporting, &[]);
        assert_stance(
            "He has fished the river since he was a boy.",
            Reporting,
            &[],
        );
        assert_stance("The bridge is a kilometre long.", Reporting, &[]);
    }

    /// The voice classes: the same characterisation is opinion in the
    /// author's words (above), reporting in a quotation and in reported
    /// speech.
    #[test]
    fn a_characterisation_in_someone_elses_words_is_reporting() {
        let quoted = "\u{201c}The tram plan is a gamble.\u{201d}";
        assert_stance_in(quoted, Reporting, &[], &[quoted]);
        assert_attributed(
            "The tram plan is a gamble, the auditor said.",
            "the auditor",
            "said",
            Reporting,
            &[("is a gamble", Characterisation)],
        );
    }
}
