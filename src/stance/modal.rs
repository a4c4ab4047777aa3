//! Modals ("will", "would", "could", "may", "can"): the author's forecast,
//! a description, or an arrangement.
//!
//! Decisions (LABELS.md: the author's predictions and speculation are
//! opinion; events and facts as stated are reporting):
//! - A modal in the claim's own clause is the author forecasting or
//!   weighing what may happen ("This time they will pay for it", "the pool
//!   of teachers could shrink"): [`Feature::Modal`].
//! - A modal inside a side clause describes what something would or could
//!   do ("a levy that would have raised $2 million", "whether any posts
//!   would be cut", "how long the review would take", "so that the city
//!   could repair the roof"), and past inability ("the owner could not be
//!   reached") reports what happened: neither is the author's forecast of
//!   the claim's main event, so they count as [`Feature::DescriptiveModal`],
//!   whose weight the fit decides. A side clause opens with a word of
//!   `src/lexicon/stance_subordinators.txt` or a relative "that" after a
//!   noun, and runs to the next comma, colon, semicolon, dash or bracket.
//!   A question word opening a question is the author's own question ("Why
//!   would they?"), not a side clause.
//! - "will be" or "would be" with a participle ("Traffic will be diverted",
//!   "the remainder would be borrowed") states an arrangement someone has
//!   made or proposed, the way reports announce plans: [`Feature::Plan`].
//! - "May" capitalised after the claim's first word is the month.
//! - In a quotation or reported speech the modal is the source's, like
//!   every signal (the voice layer decides, `voice.rs`).

use std::borrow::Cow;

use crate::lexicon;
use crate::stance::clause::relative_that;
use crate::stance::model::{Evidence, Feature};
use crate::stance::phrases::{List, Phrase};
use crate::stance::SignalKind;
use crate::token::Token;
use crate::Span;

/// Conjunctions that may open a claim before its first real word.
const OPENERS: [&str; 5] = ["and", "but", "or", "so", "yet"];

pub(crate) fn detect(text: &str, claim: Span, phrases: &[Phrase], out: &mut Vec<Evidence>) {
    let mut words: Option<Vec<Token>> = None;
    for p in phrases {
        if !matches!(p.list, List::Modal | List::Ability) || is_month(text, claim, p.span) {
            continue;
        }
        let words = words.get_or_insert_with(|| words_of(text, claim));
        let feature = if arranged(text, words, p.span) {
            Feature::Plan
        } else if descriptive(text, claim, words, p.span) {
            Feature::DescriptiveModal
        } else {
            Feature::Modal
        };
        out.push(Evidence::new(p.span, SignalKind::Speculation, feature));
    }
}

/// The word tokens of the claim.
fn words_of(text: &str, claim: Span) -> Vec<Token> {
    // Room for every word of the claim at once (see `voice.rs`).
    let mut words: Vec<Token> = Vec::with_capacity(claim.len() / 4 + 1);
    crate::token::each_in(text, claim, |t| {
        if t.word().is_some() {
            words.push(t);
        }
    });
    words
}

/// The word of a word token (every token `words_of` keeps has one).
fn word(t: &Token) -> Span {
    t.word().unwrap_or(t.span())
}

/// Whether a clause boundary (a comma, colon, semicolon, dash or bracket)
/// follows word `k`: punctuation ends it, a token with no word (a dash on
/// its own) stands between it and the next word, or the next word opens a
/// bracket.
fn boundary(text: &str, words: &[Token], k: usize) -> bool {
    let t = words[k];
    if t.ends_phrase() {
        return true;
    }
    words.get(k + 1).is_some_and(|next| {
        let between = Span::new(t.span().end, next.span().start);
        crate::token::count_in(text, between, 1) > 0
            || next.starts_phrase()
                && text
                    .get(next.span().start..word(next).start)
                    .is_some_and(|p| p.contains(['(', '[']))
    })
}

/// The index of the word that starts at `span`.
fn index(words: &[Token], span: Span) -> Option<usize> {
    words.iter().position(|w| word(w).start == span.start)
}

/// "will be" or "would be" followed by a participle.
fn arranged(text: &str, words: &[Token], modal: Span) -> bool {
    let Some(i) = index(words, modal) else {
        return false;
    };
    let is = |k: usize, s: &str| words.get(k).is_some_and(|w| w.lower(text) == s);
    (is(i, "will") || is(i, "would"))
        && is(i + 1, "be")
        && words.get(i + 2).is_some_and(|w| {
            let w = &*w.lower(text);
            w.len() > 4 && (w.ends_with("ed") || w.ends_with("en")) || PARTICIPLES.contains(&w)
        })
}

/// Common irregular participles that end in neither "-ed" nor "-en".
const PARTICIPLES: [&str; 14] = [
    "held", "made", "paid", "sent", "built", "sold", "told", "kept", "shut", "cut", "put", "set",
    "run", "led",
];

/// A modal in a side clause, or past inability.
fn descriptive(text: &str, claim: Span, words: &[Token], modal: Span) -> bool {
    let Some(i) = index(words, modal) else {
        return false;
    };
    let lowers: Vec<Cow<str>> = words.iter().map(|w| w.lower(text)).collect();
    let lower = |k: usize| lowers.get(k).map_or("", |w| &**w);
    // "could not be reached", "couldn't verify"; "could not have been
    // clearer" is the author's judgment.
    let could_not = match lower(i) {
        "could" => lower(i + 1) == "not" && lower(i + 2) != "have",
        "couldn't" | "couldn\u{2019}t" => lower(i + 1) != "have",
        _ => false,
    };
    if could_not {
        return true;
    }
    let mut start = i;
    while start > 0 && !boundary(text, words, start - 1) {
        start -= 1;
    }
    let first = lowers
        .iter()
        .position(|w| !OPENERS.contains(&&**w))
        .unwrap_or(0);
    let question = text
        .get(claim.range())
        .is_some_and(|c| c.trim_end().ends_with('?'));
    let clause: Vec<&str> = lowers[start..i].iter().map(|w| &**w).collect();
    clause.iter().enumerate().any(|(k, w)| {
        let at = start + k;
        if lexicon::List::StanceSubordinators.contains(w) {
            return !(at == first && question);
        }
        *w == "that"
            && (k > 0 && matches!(clause[k - 1], "so" | "such") || relative_that(&clause[..k]))
    })
}

/// "May" capitalised after the first word is the month ("in May 2021").
fn is_month(text: &str, claim: Span, word: Span) -> bool {
    text.get(word.range()) == Some("May")
        && text
            .get(claim.start..word.start)
            .is_some_and(|before| before.chars().any(char::is_alphanumeric))
}

#[cfg(test)]
mod tests {
    use crate::stance::testing::{assert_attributed, assert_stance, assert_stance_in};
    use crate::stance::SignalKind::*;
    use crate::stance::StanceKind::*;

    #[test]
    fn the_authors_prediction_is_opinion_an_arrangement_is_not() {
        assert_stance(
            "All the public treasuries will be rich.",
            Opinion,
            &[("will", Speculation)],
        );
        assert_stance(
            "This time they will pay for it.",
            Opinion,
            &[("will", Speculation)],
        );
        // Names and dates weigh toward reporting: reports announce what
        // named people and places will do, and when. (A name alone no longer
        // outweighs "will" since the refit of issue 15: "This time Russia
        // will pay for it" is the author's prediction.)
        assert_stance(
            "In March, Russia will pay $40 million for it.",
            Reporting,
            &[
                ("March", Specifics),
                ("Russia", Specifics),
                ("will", Speculation),
                ("40", Specifics),
            ],
        );
        assert_stance(
            "Traffic will be diverted.",
            Reporting,
            &[("will", Speculation)],
        );
        assert_stance(
            "The remainder would be borrowed against future fares.",
            Reporting,
            &[("would", Speculation)],
        );
        assert_stance(
            "Officials will consider the plan this week.",
            Reporting,
            &[("will", Speculation), ("this week", Specifics)],
        );
    }

    #[test]
    fn a_modal_in_a_side_clause_describes() {
        assert_stance(
            "Voters rejected a levy that would have raised money for the library.",
            Reporting,
            &[("would", Speculation)],
        );
        assert_stance(
            "Nobody has said whether any posts would be cut.",
            Reporting,
            &[("Nobody", Generalisation), ("would", Speculation)],
        );
        assert_stance(
            "It was not clear how long the review would take.",
            Reporting,
            &[("would", Speculation)],
        );
        assert_stance(
            "The library moved into trailers so that the city could repair its roof.",
            Reporting,
            &[("could", Speculation)],
        );
        assert_stance(
            "The owner of the plant could not be reached.",
            Reporting,
            &[("could", Speculation)],
        );
    }

    #[test]
    fn a_modal_in_the_authors_own_clause_forecasts() {
        // After a comma the side clause has ended: the main clause forecasts.
        assert_stance(
            "If the council waits, the pool of teachers could shrink.",
            Opinion,
            &[("could", Speculation)],
        );
        // The author's complement clause, not a relative one.
        assert_stance(
            "It is plain that the strike will spread.",
            Opinion,
            &[("will", Speculation)],
        );
        // A question word opening the author's question asks it.
        assert_stance(
            "Why would they?",
            Opinion,
            &[
                ("Why would they?", RhetoricalQuestion),
                ("would", Speculation),
            ],
        );
        assert_stance(
            "The plant could not have been better placed.",
            Opinion,
            &[("could", Speculation), ("better", Evaluative)],
        );
    }

    /// The voice classes: the same forecast is opinion in the author's
    /// voice, reporting inside a quotation and in reported speech.
    #[test]
    fn a_forecast_in_someone_elses_words_is_reporting() {
        assert_stance(
            "The strike will spread to the ports.",
            Opinion,
            &[("will", Speculation)],
        );
        let text = "\u{201c}The strike will spread to the ports.\u{201d}";
        assert_stance_in(text, Reporting, &[], &[text]);
        assert_attributed(
            "The union said the strike will spread to the ports.",
            "The union",
            "said",
            Reporting,
            &[("will", Speculation)],
        );
    }
}
