//! Verdicts: a claim whose subject only points back at what came before,
//! asserted with a copula ("That is not a no.", "This is the system doing
//! exactly what it is for.", "None of this is a mystery.").
//!
//! Decision (LABELS.md: opinion when "the author's judgment is part of what
//! it asserts"): a report names what it describes; a claim whose whole
//! subject is "this" or "that" exists to say what the foregoing amounts to,
//! which is the author's verdict even in ordinary words. It is one feature
//! among others, weighed by the fit: "That was the third delay this year"
//! carries figures that weigh against it. "That is, ..." (a gloss) is no
//! verdict; in a quotation or in reported speech the words are the source's
//! and the voice layer drops them.
//!
//! Verdicts in ordinary words are the same judgment without a pointing
//! subject: set phrases that grade what the claim is about against what it
//! should be ("The council has a point", "The plan falls short", "It makes
//! no sense to wait"; `stance_verdict_phrases.txt`). They carry no judging
//! word, so the evaluative lists miss them; they weigh as a verdict. A
//! phrase followed by "of" measures against a yardstick or is another idiom
//! ("fell short of forecasts", "make sense of the data"): no verdict.

use std::sync::LazyLock;

use std::borrow::Cow;

use crate::stance::model::{Evidence, Feature};
use crate::stance::phrases::{List as Phrases, Phrase};
use crate::stance::SignalKind;
use crate::token::List;
use crate::Span;

static SUBJECTS: LazyLock<Vec<Vec<String>>> = LazyLock::new(|| {
    crate::lexicon::entries(crate::lexicon::list!("stance_verdict_subjects.txt"))
        .map(|e| {
            crate::token::pieces(e)
                .map(|w| crate::token::lower(w).into_owned())
                .collect()
        })
        .collect()
});

/// Words right after "It is a/the" that rank or count the subject in a
/// series ("the third ban", "the latest", "a record"): a fact, no verdict.
static RANKS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    crate::lexicon::entries(crate::lexicon::list!("stance_verdict_ranks.txt")).collect()
});

/// Conjunctions and adverbs that may open the claim before its subject.
const OPENERS: [&str; 6] = ["and", "but", "so", "yet", "still", "now"];

/// How many of the claim's first words are read.
const READ: usize = 8;

/// Runs after the phrase detectors: an opening they found ("That is to
/// say" is an argument) is theirs.
pub(crate) fn detect(text: &str, claim: Span, out: &mut Vec<Evidence>) {
    let verdict = find(text, claim);
    if let Some((span, feature)) = verdict.filter(|(v, _)| !out.iter().any(|e| e.span.overlaps(*v)))
    {
        out.push(Evidence::new(span, SignalKind::Verdict, feature));
    }
}

/// Verdict phrases in `found` (the phrase lists' matches), after
/// [`detect`]: a phrase that overlaps a signal already found ("That is a
/// good idea": the pointing subject's verdict) adds nothing.
pub(crate) fn phrases(text: &str, claim: Span, found: &[Phrase], out: &mut Vec<Evidence>) {
    for p in found.iter().filter(|p| p.list == Phrases::Verdict) {
        if out.iter().any(|e| e.span.overlaps(p.span)) || yardstick(text, claim, p.span) {
            continue;
        }
        out.push(Evidence::new(p.span, SignalKind::Verdict, Feature::Verdict));
    }
}

/// The word after `phrase` is "of": "fell short of forecasts", "make sense
/// of the data".
fn yardstick(text: &str, claim: Span, phrase: Span) -> bool {
    let mut next = None;
    crate::token::each_in(text, Span::new(phrase.end, claim.end), |t| {
        if next.is_none() {
            next = Some(t.word().is_some() && t.lower(text) == "of");
        }
    });
    next.unwrap_or(false)
}

/// The opening subject and copula of a verdict, if the claim opens so,
/// with the feature it weighs as.
fn find(text: &str, claim: Span) -> Option<(Span, Feature)> {
    // Each word: its span, lower case, whether a comma (or the like) ends
    // it, whether it is a copula.
    let mut words: Vec<(Span, Cow<str>, bool, bool)> = Vec::with_capacity(READ);
    let mut punctuation_first = false;
    crate::token::each_in(text, claim, |t| {
        if words.len() >= READ {
            return;
        }
        match t.word() {
            Some(w) => words.push((
                w,
                t.lower(text),
                t.ends_phrase(),
                t.is_in(List::StanceCopulas),
            )),
            None if words.is_empty() => punctuation_first = true,
            None => {}
        }
    });
    if punctuation_first {
        return None;
    }
    let mut at = 0;
    while words
        .get(at)
        .is_some_and(|(_, w, comma, _)| !comma && OPENERS.contains(&w.as_ref()))
    {
        at += 1;
    }
    let (first, word, comma, copula) = words.get(at)?;
    // "That's cold comfort": the subject and the copula in one word.
    if !comma
        && *copula
        && (word.starts_with("that") || word.starts_with("this"))
        && !compares(&words[at + 1..])
        && !ranked(text, &words[at + 1..])
    {
        return Some((*first, Feature::Verdict));
    }
    // "It is a ..." classes what came before: weighed as a
    // characterisation ("is a gamble"), lighter than a pointing "this" or
    // "that", since reports open so too more often.
    if let Some(span) = pointing_it(text, &words[at..]) {
        return Some((span, Feature::Characterisation));
    }
    for subject in SUBJECTS.iter() {
        let n = subject.len();
        let Some(run) = words.get(at..at + n + 1) else {
            continue;
        };
        let matches = run[..n]
            .iter()
            .zip(subject)
            .all(|((_, w, c, _), s)| !c && w == s);
        let (verb, _, gloss, copula) = &run[n];
        if matches
            && *copula
            && !gloss
            && !compares(&words[at + n + 1..])
            && !ranked(text, &words[at + n + 1..])
        {
            return Some((Span::new(first.start, verb.end), Feature::Verdict));
        }
    }
    None
}

/// "It is a/an/the ..." opening the claim: the "it" points back at what
/// came before, and the claim classes it ("It is a sentence that many
/// families will find hard to accept", "It is the result of choices
/// governments made") - the author's verdict in ordinary words (issue #15
/// class 1). Reports open so too when they rank, count, date or name what
/// "it" was ("It is the third ban this season", "It was the second monthly
/// decline", "It is a year since the flood", "It was a Tuesday", "It is the
/// largest fall since 2008"): a word of `stance_verdict_ranks.txt`, a
/// superlative in "-est", a number, a time unit or a capitalised word right
/// after the article is no verdict; nor is a comparison with a yardstick.
/// The span is "It" and the copula ("It is", "It's").
fn pointing_it(text: &str, words: &[(Span, Cow<str>, bool, bool)]) -> Option<Span> {
    let (first, word, comma, _) = words.first()?;
    if *comma {
        return None;
    }
    let (verb_end, at) = match word.as_ref() {
        "it's" | "it\u{2019}s" => (first.end, 1),
        "it" => {
            let (verb, _, comma, copula) = words.get(1)?;
            if !copula || *comma {
                return None;
            }
            (verb.end, 2)
        }
        _ => return None,
    };
    article(&words[at..])?;
    (!ranked(text, &words[at..]) && !compares(&words[at..]))
        .then(|| Span::new(first.start, verb_end))
}

/// Where "a", "an" or "the" opens `after` (the words after a copula),
/// past one "not", "also" or "still".
fn article(after: &[(Span, Cow<str>, bool, bool)]) -> Option<usize> {
    let at = usize::from(
        after
            .first()
            .is_some_and(|(_, w, c, _)| !c && matches!(w.as_ref(), "not" | "also" | "still")),
    );
    after
        .get(at)
        .is_some_and(|(_, w, c, _)| !c && matches!(w.as_ref(), "a" | "an" | "the"))
        .then_some(at)
}

/// After a pointing subject's copula (`after` starts at its next word):
/// "(not) a/an/the" and a word that ranks, counts, dates or names the
/// subject ("the third ban", "the largest fall", "a 20-minute drive", "a
/// year since", "a Tuesday", "a record"): the subject states a fact of a
/// series, the way reports do ("This is the fifth rate rise this year"),
/// not a verdict.
fn ranked(text: &str, after: &[(Span, Cow<str>, bool, bool)]) -> bool {
    let Some((next, lower, _, _)) = article(after).and_then(|at| after.get(at + 1)) else {
        return false;
    };
    let head = lower.split('-').next().unwrap_or_default();
    RANKS.contains(&head)
        || head.ends_with("est")
        || head.starts_with(|c: char| c.is_ascii_digit())
        || crate::token::List::TimeUnits.contains(head)
        || text[next.range()].starts_with(|c: char| c.is_uppercase())
}

/// The words after the copula measure the foregoing against a figure or a
/// yardstick ("That is far below the target", "that is both less than
/// analysts expected", "That is taller than any building in the state",
/// "That's up from 6.5 percent"): the author compares facts, the way reports
/// put a number in context, rather than passing a verdict. A judging
/// comparative ("That is worse than useless") is found by the evaluative
/// lists on its own.
fn compares(after: &[(Span, Cow<str>, bool, bool)]) -> bool {
    let next: Vec<&str> = after
        .iter()
        .take(3)
        .map(|(_, w, _, _)| w.as_ref())
        .collect();
    next.iter()
        .any(|w| matches!(*w, "than" | "below" | "above"))
        || next
            .windows(2)
            .any(|p| matches!(p[0], "up" | "down") && p[1] == "from")
}

#[cfg(test)]
mod tests {
    use crate::stance::testing::{assert_attributed, assert_stance, assert_stance_in};
    use crate::stance::SignalKind::*;
    use crate::stance::StanceKind::*;

    #[test]
    fn a_pointing_subject_with_a_copula_is_a_verdict() {
        assert_stance("That is not a no.", Opinion, &[("That is", Verdict)]);
        assert_stance(
            "But none of this is a mystery.",
            Opinion,
            &[("none of this is", Verdict)],
        );
        assert_stance(
            "That\u{2019}s cold comfort for commuters.",
            Opinion,
            &[("That\u{2019}s", Verdict), ("cold comfort", LoadedWording)],
        );
    }

    #[test]
    fn a_linking_verb_of_seeming_asserts_a_verdict_too() {
        assert_stance(
            "That looks like a retreat.",
            Opinion,
            &[("That looks", Verdict)],
        );
        assert_stance(
            "This sounds like a stall.",
            Opinion,
            &[("This sounds", Verdict)],
        );
        let text = "\u{201c}That looks like a retreat,\u{201d} she said.";
        assert_stance_in(
            text,
            Reporting,
            &[],
            &["\u{201c}That looks like a retreat,\u{201d}"],
        );
    }

    #[test]
    fn a_named_subject_a_determiner_or_a_gloss_is_no_verdict() {
        assert_stance("The bridge is closed.", Reporting, &[]);
        assert_stance(
            "That bridge was closed on Monday.",
            Reporting,
            &[("Monday", Specifics)],
        );
        assert_stance("That is, the bridge was closed.", Reporting, &[]);
        // The argument connective's signal, not a second one as a verdict.
        assert_stance(
            "That is to say, the bridge was closed.",
            Opinion,
            &[("That is to say", Argument)],
        );
        assert_stance("He said that is all.", Reporting, &[]);
    }

    #[test]
    fn a_comparison_with_a_yardstick_is_no_verdict() {
        assert_stance(
            "That is taller than any building in the state.",
            Reporting,
            &[],
        );
        assert_stance(
            "But that is both less than analysts expected and less than required.",
            Reporting,
            &[],
        );
        assert_stance("This is well below the target.", Reporting, &[]);
        assert_stance("That is up from the spring.", Reporting, &[]);
        assert_stance(
            "That is worse than useless.",
            Opinion,
            &[("worse", Evaluative), ("useless", Evaluative)],
        );
    }

    #[test]
    fn a_verdict_in_ordinary_words_is_opinion() {
        assert_stance(
            "The council has a point.",
            Opinion,
            &[("has a point", Verdict)],
        );
        assert_stance(
            "The new plan falls short on housing.",
            Opinion,
            &[("falls short", Verdict)],
        );
        assert_stance(
            "Waiting another year makes no sense.",
            Opinion,
            &[("makes no sense", Verdict)],
        );
        assert_stance(
            "The ministry got it wrong.",
            Opinion,
            &[("got it wrong", Verdict)],
        );
        // Issue #15 class 3: patience spent, a question set aside, a
        // grudging concession.
        assert_stance(
            "Tenants have waited long enough.",
            Opinion,
            &[("waited long enough", Verdict)],
        );
        assert_stance(
            "Whether it works is another matter.",
            Opinion,
            &[("is another matter", Verdict)],
        );
    }

    #[test]
    fn a_pointing_it_classing_what_came_before_is_a_verdict() {
        // Issue #15 class 1: "It is a/the ..." in the author's voice.
        assert_stance(
            "It is the result of choices that governments made.",
            Opinion,
            &[("It is", Verdict)],
        );
        assert_stance(
            "It\u{2019}s a sentence few families accept.",
            Opinion,
            &[("It\u{2019}s", Verdict)],
        );
        // Tested the other way: a rank, a number, a time or a name after
        // the article states a fact.
        assert_stance("It is the third ban this season.", Reporting, &[]);
        assert_stance("It was the largest fall since the crash.", Reporting, &[]);
        assert_stance("It was a record turnout for the district.", Reporting, &[]);
        assert_stance("It is a year since the flood.", Reporting, &[]);
        assert_stance("It was a Tuesday.", Reporting, &[("Tuesday", Specifics)]);
        assert_stance(
            "It is not the first time the bridge has closed.",
            Reporting,
            &[],
        );
        // "it" that opens no copula, or a gloss, is no verdict.
        assert_stance("It rained on the parade.", Reporting, &[]);
        // In someone else's words it is reporting.
        let text = "\u{201c}It is a partnership where one partner eats.\u{201d}";
        assert_stance_in(text, Reporting, &[], &[text]);
    }

    #[test]
    fn plain_word_verdicts_are_verdicts() {
        assert_stance(
            "Delaying the vote was the right call.",
            Opinion,
            &[("the right call", Verdict)],
        );
        assert_stance(
            "The merger was never going to work.",
            Opinion,
            &[("was never going to work", Verdict)],
        );
        assert_stance(
            "Rebuilding the pier is a tall order.",
            Opinion,
            &[("a tall order", Verdict)],
        );
    }

    #[test]
    fn a_verdict_phrase_measured_against_a_yardstick_is_no_verdict() {
        assert_stance("Sales fell short of forecasts.", Reporting, &[]);
        assert_stance("Engineers tried to make sense of the data.", Reporting, &[]);
    }

    #[test]
    fn a_verdict_phrase_in_someone_elses_words_is_reporting() {
        let text = "\u{201c}The plan falls short.\u{201d}";
        assert_stance_in(text, Reporting, &[], &[text]);
        assert_attributed(
            "The plan falls short, the mayor said.",
            "the mayor",
            "said",
            Reporting,
            &[("falls short", Verdict)],
        );
    }

    /// The voice classes: the same verdict is reporting in a quotation and
    /// in reported speech, opinion in the author's voice (above).
    #[test]
    fn a_verdict_in_someone_elses_words_is_reporting() {
        let text = "\u{201c}That is not a no.\u{201d}";
        assert_stance_in(text, Reporting, &[], &[text]);
        assert_attributed(
            "That is not a no, the minister said.",
            "the minister",
            "said",
            Reporting,
            &[("That is", Verdict)],
        );
    }
}
