//! Asides that interrupt a copula: the author stopping between a subject
//! and what it is said to be, to weigh the verdict ("Pruett is,
//! unmistakably, a garden-party man", "It is, in many ways, a fight
//! Brussels brought on itself", "It was, in its way, the sound of the
//! town").
//!
//! Decision (LABELS.md: opinion when "the author's judgment is part of what
//! it asserts"): a report says what a thing is; breaking the copula with a
//! short aside of the author's own ("unmistakably", "by any measure", "in
//! its way") qualifies a characterisation, which is a judgment even when
//! every word of it is ordinary. The aside must be short (at most
//! [`MAX_ASIDE`] words), lower case, free of figures and of any cue of
//! saying ("The problem was, he said, ..." is the source's words), and not
//! one that only links, times or exemplifies (`stance_neutral_asides.txt`:
//! "however", "for now", "as expected"). A temporal or locating aside ("was,
//! until last year, owned by") reports. The signal counts as an argument:
//! the author's aside, like "after all".

use std::borrow::Cow;

use crate::attribution::Cue;
use crate::stance::model::{Evidence, Feature};
use crate::stance::SignalKind;
use crate::token::{List, Token};
use crate::Span;

/// The longest aside read, in words.
const MAX_ASIDE: usize = 5;

/// Adverbs that may stand between the copula and the aside's comma.
const AFTER_COPULA: [&str; 4] = ["also", "not", "still", "now"];

/// First words of an aside that place the claim in time or space: "was,
/// until last year, owned by", "is, at the moment, closed".
const LOCATING: [&str; 11] = [
    "until", "since", "during", "after", "before", "when", "while", "once", "at", "from", "within",
];

/// The word of a word token (every token `detect` keeps has one).
fn word(t: &Token) -> Span {
    t.word().unwrap_or(t.span())
}

/// A comma ends the word.
fn comma(text: &str, t: &Token) -> bool {
    t.ends_phrase() && text[word(t).end..].starts_with(',')
}

/// Runs after the phrase detectors: an aside they weighed is theirs.
pub(crate) fn detect(text: &str, claim: Span, cues: &[Cue], out: &mut Vec<Evidence>) {
    // An aside needs two commas: most claims are passed over unread.
    if text
        .get(claim.range())
        .is_none_or(|c| c.find(',').is_none_or(|i| !c[i + 1..].contains(',')))
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
        // "That's, ..." is a verdict's own opening (verdict.rs).
        if !copula.is_in(List::StanceCopulas) || copula.lower(text).starts_with("that") {
            continue;
        }
        // The comma follows the copula, or one adverb after it: "It is
        // also, on its current financing, a gamble".
        let opens = if comma(text, copula) {
            i
        } else {
            match words.get(i + 1) {
                Some(w) if comma(text, w) && AFTER_COPULA.contains(&w.lower(text).as_ref()) => {
                    i + 1
                }
                _ => continue,
            }
        };
        let Some(end) = aside_end(text, &words[opens + 1..]) else {
            continue;
        };
        let aside = &words[opens + 1..=opens + 1 + end];
        // The claim goes on after the aside: the complement it qualifies.
        if words.get(opens + 2 + end).is_none() {
            continue;
        }
        let span = Span::new(word(copula).start, word(&aside[aside.len() - 1]).end);
        // "is, perhaps, a gamble": a hedge or a connective the phrase lists
        // found is already the aside's weight.
        if is_neutral(text, aside)
            || cues.iter().any(|c| c.span.overlaps(span))
            || out.iter().any(|e| e.span.overlaps(span))
        {
            continue;
        }
        out.push(Evidence::new(span, SignalKind::Aside, Feature::Argument));
    }
}

/// The index of the aside's last word in `after` (the words after the
/// copula), when a short aside of plain lower-case words closes with a
/// comma.
fn aside_end(text: &str, after: &[Token]) -> Option<usize> {
    for (k, w) in after.iter().take(MAX_ASIDE).enumerate() {
        if w.is_capitalised() || word(w).of(text).bytes().any(|b| b.is_ascii_digit()) {
            return None;
        }
        if comma(text, w) {
            return Some(k);
        }
    }
    None
}

fn is_neutral(text: &str, aside: &[Token]) -> bool {
    if LOCATING.contains(&aside[0].lower(text).as_ref()) {
        return true;
    }
    let whole = aside
        .iter()
        .map(|w| w.lower(text))
        .collect::<Vec<Cow<str>>>()
        .join(" ");
    // Whole asides that link, time or exemplify.
    List::StanceNeutralAsides.contains(whole.as_str())
}

#[cfg(test)]
mod tests {
    use crate::stance::testing::{assert_attributed, assert_stance, assert_stance_in};
    use crate::stance::SignalKind::*;
    use crate::stance::StanceKind::*;

    #[test]
    fn an_aside_between_a_copula_and_its_complement_judges() {
        assert_stance(
            "The mayor is, unmistakably, a garden-party politician.",
            Opinion,
            &[("is, unmistakably", Aside)],
        );
        assert_stance(
            "The levy was, in its way, a tax on patience.",
            Opinion,
            &[("was, in its way", Aside)],
        );
        assert_stance(
            "The merger is, in many ways, a gamble.",
            Opinion,
            &[("is, in many ways", Aside)],
        );
        assert_stance(
            "The tram is also, on its current budget, a gamble.",
            Opinion,
            &[("is also, on its current budget", Aside)],
        );
        // An aside a phrase list already weighs is counted once, as that.
        assert_stance(
            "The merger is, perhaps, a gamble.",
            Opinion,
            &[("perhaps", Hedge)],
        );
    }

    #[test]
    fn a_linking_timing_or_figured_aside_reports() {
        assert_stance(
            "The deal is, however, subject to approval by regulators.",
            Reporting,
            &[],
        );
        assert_stance("The deal is not, however, final.", Reporting, &[]);
        assert_stance(
            "The plant was, until recently, owned by the county.",
            Reporting,
            &[],
        );
        assert_stance(
            "The meeting was, for the first time, held online.",
            Reporting,
            &[],
        );
        assert_stance(
            "The bridge was, in 2019, the longest in the region.",
            Reporting,
            &[("2019", Specifics)],
        );
        // No complement after the aside, no closing comma, or a plain list.
        assert_stance("The vote was close, narrowly.", Reporting, &[]);
        assert_stance("The mayor is, unmistakably a politician.", Reporting, &[]);
    }

    /// The voice classes: the same aside is opinion in the author's words,
    /// reporting in a quotation or in reported speech.
    #[test]
    fn an_aside_in_someone_elses_words_is_reporting() {
        let quoted = "\u{201c}The merger is, in many ways, a gamble.\u{201d}";
        assert_stance_in(quoted, Reporting, &[], &[quoted]);
        assert_attributed(
            "The merger is, in many ways, a gamble, the analyst said.",
            "the analyst",
            "said",
            Reporting,
            &[("is, in many ways", Aside)],
        );
        // A cue inside the aside makes it the source's framing, not an aside.
        assert_stance(
            "The problem was, he said, that the depot closed.",
            Reporting,
            &[],
        );
    }
}
