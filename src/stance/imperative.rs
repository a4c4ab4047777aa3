//! Imperatives: the author turning to the reader ("Consider the cost.",
//! "Remember that the pandemic isn't over.", "Don't count on it.").
//!
//! Decision: a news report tells; it does not instruct its reader. A claim
//! whose first word (after "And", "But", "So", "Now" or "Just") is a verb of
//! address in the list `stance_imperatives.txt` is the author speaking, with
//! the weight of a judgment. Only the opening word counts: "look", "note" or
//! "take" in the middle of a sentence are ordinary verbs.
//!
//! Verbs that are also nouns ("fund", "pay", "watch", "keep",
//! `stance_imperatives_object.txt`) order only with their object right
//! after them ("Fund the program", "Expect a lot more discounts"), not
//! before a noun ("Fund managers said"). The main clause after a fronted
//! clause of condition or time may order too ("If your account pays less
//! than 1%, move it.", "Next time he asks, keep it short.").

use crate::lexicon::{Lexeme, List};
use crate::stance::model::{Evidence, Feature};
use crate::stance::SignalKind;
use crate::Span;

/// Openers that may stand before the imperative.
const OPENERS: [&str; 5] = ["and", "but", "so", "now", "just"];

/// Words after an opening "never" that make it an adverb, not an order:
/// auxiliaries of an inversion ("Never has ..."), adverbs ("Never before
/// ..."), and the start of a noun phrase ("Never a dull moment").
const NOT_AFTER_NEVER: [&str; 31] = [
    "has", "have", "had", "is", "was", "were", "are", "did", "does", "do", "will", "would",
    "could", "can", "should", "shall", "must", "may", "might", "before", "again", "once", "since",
    "ever", "more", "so", "in", "the", "a", "an", "one",
];

pub(crate) fn detect(text: &str, claim: Span, out: &mut Vec<Evidence>) {
    let Some(slice) = text.get(claim.range()) else {
        return;
    };
    let found = opening(slice, Words::new(slice)).or_else(|| after_condition(slice));
    if let Some(span) = found {
        out.push(Evidence::new(
            span.offset(claim.start),
            SignalKind::Address,
            Feature::Address,
        ));
    }
}

/// Subordinators that open a fronted clause of condition or time, after
/// which the main clause may be an order ("If your account pays less,
/// move it.", "Next time he asks, keep it short.").
const CONDITIONS: [&str; 8] = [
    "if", "when", "whenever", "once", "unless", "until", "before", "after",
];

/// Words that, right after a verb of `stance_imperatives_object.txt`, make
/// it an order with its object ("Fund the program", "Keep it short"):
/// determiners and pronouns. No particle: "Cut off from the coast" and
/// "Put off by the cost" open participle phrases.
const OBJECTS: [&str; 25] = [
    "the",
    "a",
    "an",
    "it",
    "them",
    "him",
    "her",
    "this",
    "that",
    "these",
    "those",
    "your",
    "yourself",
    "yourselves",
    "our",
    "my",
    "one",
    "some",
    "every",
    "each",
    "all",
    "me",
    "us",
    "more",
    "what",
];

/// The imperative in the main clause after a fronted clause of condition
/// or time: the first word after the clause's comma.
fn after_condition(slice: &str) -> Option<Span> {
    let mut words = Words::new(slice);
    let (_, first) = words.next()?;
    let next_time = first.eq_ignore_ascii_case("next")
        && words
            .next()
            .is_some_and(|(_, w)| w.eq_ignore_ascii_case("time"));
    if !next_time && !CONDITIONS.iter().any(|c| first.eq_ignore_ascii_case(c)) {
        return None;
    }
    let comma = slice.find(',')?;
    let rest = Words {
        slice,
        pos: comma + 1,
    };
    opening(slice, rest)
}

/// The imperative that opens the words `words` of `slice` (after "And",
/// "But", "So", "Now" or "Just"), if they open with one.
fn opening(slice: &str, mut words: Words<'_>) -> Option<Span> {
    let mut word = words.next()?;
    if OPENERS.iter().any(|o| word.1.eq_ignore_ascii_case(o)) {
        word = words.next()?;
    }
    let (start, first) = word;
    // The verb opens the claim with a capital or follows an opener; a
    // capitalised word after it would make it part of a name ("Mark Twain").
    let mut span = Span::new(start, start + first.len());
    // The word's entry in the lists, in lower case with straight
    // apostrophes: an ASCII word's read in any case, with no `String` (it
    // opens the claim, capitalised: two copies a claim were made here).
    let mut key = if first.is_ascii() {
        Lexeme::of(first)
    } else {
        Lexeme::of_lower(&crate::token::lower(first).replace('\u{2019}', "'"))
    };
    // (No character past ASCII lower-cases to a letter of "do" or "never".)
    let is_never = first.eq_ignore_ascii_case("never");
    if first.eq_ignore_ascii_case("do") {
        if let Some((s, w)) = words.next() {
            if w.eq_ignore_ascii_case("not") {
                span = Span::new(start, s + w.len());
                key = Lexeme::of_lower("do not");
            }
        }
    }
    // "Stay-at-home orders", "Make-up artists", "Never-ending works": the
    // word opens a compound, not an order.
    if slice[span.end..].starts_with('-') {
        return None;
    }
    let next = words.next().map(|(_, w)| w).unwrap_or("");
    if next.starts_with(char::is_uppercase) {
        return None;
    }
    // "Never approach a downed line": "never" opens an imperative when a
    // plain verb follows, not in an inversion ("Never has the city ...",
    // "Never before ...").
    if is_never && NOT_AFTER_NEVER.iter().any(|w| next.eq_ignore_ascii_case(w)) {
        return None;
    }
    // "Fund the program", not "Fund managers": a verb that is also a noun
    // orders only with its object after it, in the same phrase.
    let object = OBJECTS.iter().any(|o| next.eq_ignore_ascii_case(o))
        && !slice[span.end..].trim_start().starts_with([',', ':', ';']);
    (key.is_in(List::StanceImperatives) || object && key.is_in(List::StanceImperativesObject))
        .then_some(span)
}

/// Words of letters and apostrophes with their byte offsets.
struct Words<'s> {
    slice: &'s str,
    pos: usize,
}

impl<'s> Words<'s> {
    fn new(slice: &'s str) -> Self {
        Words { slice, pos: 0 }
    }
}

impl<'s> Iterator for Words<'s> {
    type Item = (usize, &'s str);

    fn next(&mut self) -> Option<Self::Item> {
        let rest = self.slice.get(self.pos..)?;
        let skip = rest.find(char::is_alphabetic)?;
        // Only blanks, quotes and brackets may come before the first word.
        let start = self.pos + skip;
        let tail = &self.slice[start..];
        let len = tail
            .find(|c: char| !(c.is_alphabetic() || c == '\'' || c == '\u{2019}'))
            .unwrap_or(tail.len());
        self.pos = start + len;
        Some((start, &tail[..len]))
    }
}

#[cfg(test)]
mod tests {
    use crate::stance::testing::assert_stance;
    use crate::stance::SignalKind::*;
    use crate::stance::StanceKind::*;

    #[test]
    fn an_opening_imperative_is_the_author_addressing_the_reader() {
        assert_stance(
            "And remember that the pandemic is not over.",
            Opinion,
            &[("remember", Address)],
        );
        assert_stance(
            "Don\u{2019}t expect the talks to last.",
            Opinion,
            &[("Don\u{2019}t", Address)],
        );
        assert_stance(
            "Never approach a downed power line.",
            Opinion,
            &[("Never", Generalisation), ("Never", Address)],
        );
    }

    #[test]
    fn a_compound_or_a_name_is_no_imperative() {
        assert_stance("Stay-at-home orders were lifted.", Reporting, &[]);
        assert_stance(
            "Tell City officials closed the bridge.",
            Reporting,
            &[("City", Specifics)],
        );
        assert_stance(
            "Never-ending roadworks closed the bridge.",
            Reporting,
            &[("Never", Generalisation)],
        );
    }

    #[test]
    fn a_verb_that_is_also_a_noun_orders_with_its_object() {
        assert_stance(
            "Fund the program like it matters.",
            Opinion,
            &[("Fund", Address)],
        );
        assert_stance("But watch the fees.", Opinion, &[("watch", Address)]);
        assert_stance("Fund managers sold the shares.", Reporting, &[]);
        assert_stance(
            "Pay rises were agreed on Tuesday.",
            Reporting,
            &[("Tuesday", Specifics)],
        );
        assert_stance(
            "Cut off from the coast, the village waited.",
            Reporting,
            &[],
        );
    }

    #[test]
    fn an_order_after_a_fronted_condition_is_the_authors() {
        assert_stance(
            "If the rate falls, move the money.",
            Opinion,
            &[("move", Address)],
        );
        assert_stance(
            "Next time the rate falls, keep it short.",
            Opinion,
            &[("keep", Address)],
        );
        assert_stance("When the storm hit, the pier gave way.", Reporting, &[]);
    }

    #[test]
    fn never_in_an_inversion_is_no_imperative() {
        assert_stance(
            "Never has the river risen so fast.",
            Reporting,
            &[("Never", Generalisation)],
        );
    }

    #[test]
    fn the_same_verb_inside_a_sentence_is_no_imperative() {
        assert_stance(
            "Officials will consider the plan this week.",
            Reporting,
            &[("will", Speculation), ("this week", Specifics)],
        );
    }
}
