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

use std::borrow::Cow;

use crate::stance::model::{Evidence, Feature};
use crate::stance::SignalKind;
use crate::token::List;
use crate::Span;

/// Conjunctions that open a subordinate clause besides those of
/// `stance_subordinators.txt`.
const SUBORDINATING: [&str; 7] = ["since", "because", "although", "though", "as", "that", "if"];

/// Adverbs that may stand between the copula and the article: "is not a",
/// "is simply a", "was never a".
const BETWEEN: [&str; 9] = [
    "not", "never", "hardly", "also", "still", "simply", "just", "merely", "really",
];

struct Word<'t> {
    span: Span,
    lower: Cow<'t, str>,
    /// Punctuation ends the word's clause: a comma, semicolon, colon,
    /// dash, bracket or closing quotation mark, or a full stop.
    closes: bool,
    copula: bool,
    capital: bool,
    person: bool,
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
    let mut words: Vec<Word> = Vec::with_capacity(claim.len() / 4 + 1);
    crate::token::each_in(text, claim, |t| {
        if let Some(w) = t.word() {
            let after = &text[w.end..t.span().end];
            words.push(Word {
                span: w,
                lower: t.lower(text),
                closes: t.ends_phrase() || after.contains(['.', '!', '?']),
                copula: t.is_in(List::StanceCopulas),
                capital: t.is_capitalised(),
                person: t.is_in(List::UnnamedPersonNouns)
                    || t.is_in(List::Roles)
                    || t.is_in(List::CorporateRoles),
            });
        }
    });
    for (i, copula) in words.iter().enumerate() {
        // "That's a ..." is a verdict's own opening (verdict.rs); a copula
        // that ends its clause ("as it was,") has no complement.
        if !copula.copula || copula.closes || copula.lower.starts_with("that") {
            continue;
        }
        let mut at = i + 1;
        while at < words.len() && at < i + 3 && BETWEEN.contains(&words[at].lower.as_ref()) {
            at += 1;
        }
        let (Some(article), Some(noun)) = (words.get(at), words.get(at + 1)) else {
            continue;
        };
        let is_last = at + 2 == words.len();
        if !matches!(article.lower.as_ref(), "a" | "an")
            || article.closes
            || !(noun.closes || is_last)
            || noun.capital
            || noun.person
            || !noun.lower.chars().all(|c| c.is_alphabetic() || c == '-')
            || subordinate(&words[..i])
        {
            continue;
        }
        let span = Span::new(copula.span.start, noun.span.end);
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
fn subordinate(before: &[Word]) -> bool {
    let clause = before
        .iter()
        .rposition(|w| w.closes)
        .map_or(before, |k| &before[k + 1..]);
    if clause
        .last()
        .is_some_and(|w| matches!(w.lower.as_ref(), "there" | "here"))
    {
        return true;
    }
    clause.iter().any(|w| {
        List::StanceSubordinators.contains(&w.lower) || SUBORDINATING.contains(&w.lower.as_ref())
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
