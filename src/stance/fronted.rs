//! Sentence adverbs of judgment fronted in the author's voice: "Worse, the
//! council ...", "Naturally, nobody asked", "In fairness, the plan ...".
//!
//! Decision (LABELS.md: "predictably, the ministry declined to comment" is
//! the author's framing): a word or short phrase of
//! `stance_fronted_judgments.txt` that opens the claim (past "and", "but"
//! or "yet") and stands apart with a comma comments on the whole sentence,
//! and is the author's judgment of it. The same words elsewhere describe
//! ("prices got worse", "she spoke candidly", "naturally occurring"), so
//! only the fronted use counts. Words that judge wherever they stand
//! ("tellingly", "predictably") are in the phrase lists instead
//! (`phrases.rs`). Inside a quotation or a reported clause the voice gives
//! the words to their source (`model.rs`).

use crate::lexicon::List;
use crate::stance::model::{Evidence, Feature};
use crate::stance::SignalKind;
use crate::Span;

/// Longest fronted phrase looked up, in words ("in fairness to them").
const MAX_WORDS: usize = 4;

pub(crate) fn detect(text: &str, claim: Span, out: &mut Vec<Evidence>) {
    // The claim's first words up to the first comma (at most MAX_WORDS + 1,
    // the first of which may be a conjunction), and whether a comma ended them.
    // Each word's span and its token's lower-case form.
    let mut words: Vec<(Span, std::borrow::Cow<'_, str>)> = Vec::with_capacity(MAX_WORDS + 1);
    let mut conjunction = false;
    let mut comma = false;
    let mut done = false;
    crate::token::each_in(text, claim, |t| {
        if done {
            return;
        }
        let Some(w) = t.word() else {
            // A dash or a bracket before the comma: no fronted adverb.
            done = true;
            return;
        };
        if words.is_empty()
            && !conjunction
            && !t.ends_phrase()
            && t.is_in(List::CoordinatingConjunctions)
        {
            conjunction = true;
            return;
        }
        words.push((w, t.lower(text)));
        if t.ends_phrase() {
            comma = text[..t.span().end].ends_with(',');
            done = true;
        } else if words.len() >= MAX_WORDS {
            done = true;
        }
    });
    let (Some((first, _)), Some((last, _))) = (words.first(), words.last()) else {
        return;
    };
    if !comma {
        return;
    }
    let phrase: Vec<&str> = words.iter().map(|(_, lower)| lower.as_ref()).collect();
    if List::StanceFrontedJudgments.contains(&phrase.join(" ")) {
        out.push(Evidence::new(
            Span::new(first.start, last.end),
            SignalKind::AuthorFraming,
            Feature::Judgment,
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::stance::testing::assert_stance;
    use crate::stance::SignalKind::*;
    use crate::stance::StanceKind::*;

    #[test]
    fn a_fronted_judgment_is_the_authors_framing() {
        assert_stance(
            "Worse, the council approved the budget without a vote.",
            Opinion,
            &[("Worse", AuthorFraming)],
        );
        assert_stance(
            "But naturally, the board did not ask the riders.",
            Opinion,
            &[("naturally", AuthorFraming)],
        );
        assert_stance(
            "In fairness to them, the plan was drawn up in a week.",
            Opinion,
            &[("In fairness to them", AuthorFraming)],
        );
    }

    #[test]
    fn the_same_words_elsewhere_describe() {
        assert_stance("Traffic got worse after the bridge closed.", Reporting, &[]);
        assert_stance("The gas occurs naturally in the rock.", Reporting, &[]);
        assert_stance("She spoke candidly about the loss.", Reporting, &[]);
    }
}
