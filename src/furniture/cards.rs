//! Story cards: the teasers of other stories that a pasted page lists below
//! (or beside) the article, each its title, a one-sentence blurb, the
//! writer's name and a date.
//!
//! ```text
//! A 13,235-Mile Road Trip for 70-Degree Weather Every Day     <- title
//! This year-long journey across the U.S. keeps you at ...     <- blurb
//! John Metcalfe                                               <- name beside the date
//! Oct 20, 2015                                                <- date
//! ```
//!
//! The blurb alone reads as a sentence of the body. What gives it away is
//! the order: an article prints its byline and date above its text, a card
//! prints them under its blurb, and the next card (or the footer) follows
//! instead of the article's text.

use super::rule::Rule;
use super::words::{at_most_words, ends_sentence};
use super::{Draft, Look, Page, SkipReason};

/// The most words of a card's blurb.
const MOST_BLURB_WORDS: usize = 45;
/// The most words of a card's title when it is a question, which the line
/// rules read as a sentence.
const MOST_QUESTION_TITLE_WORDS: usize = 16;
/// How far (in lines) a card may stand from the next one in its list.
const CARD_GAP: usize = 4;
/// The lines after a card's date with no body text, where an article's
/// standfirst, byline and date are followed by its text.
const NO_BODY_AFTER: usize = 3;

/// The blurbs of two or more story cards near one another become
/// navigation, and so does a card's title that reads as a sentence.
pub(super) fn story_cards(page: &Page, draft: &mut Draft) {
    let looks = &mut draft.looks[..];
    let n = looks.len();
    let is = |look: Look, reason: SkipReason| matches!(look, Look::Skip(r, _) if r == reason);
    // A card's shape at line `i`: a title, the blurb, then the name and the
    // date (in either order).
    let shaped = |i: usize| {
        // The card's title: a title line, a link (a list's title may
        // already have made it one) or a short question ("What If Air
        // Conditioning Could Help Stop Climate Change?").
        let titled = i > 0
            && (matches!(looks[i - 1], Look::Title | Look::Exclaim)
                || is(looks[i - 1], SkipReason::Navigation)
                || (page.line(i - 1).trim_end().ends_with('?')
                    && at_most_words(page.line(i - 1), MOST_QUESTION_TITLE_WORDS)));
        let signed = i + 2 < n
            && ((is(looks[i + 1], SkipReason::Byline) && is(looks[i + 2], SkipReason::Dateline))
                || (is(looks[i + 1], SkipReason::Dateline)
                    && is(looks[i + 2], SkipReason::Byline)));
        titled
            && signed
            && looks[i] == Look::Body
            && at_most_words(page.line(i), MOST_BLURB_WORDS)
            && ends_sentence(page.line(i))
    };
    // Each card: its blurb's line and its date's line. Below a card come
    // other cards (a blurb, or the title above one) or the page's
    // furniture, never an article's text.
    let cards: Vec<(usize, usize)> = (0..n)
        .filter(|&i| shaped(i))
        .map(|i| (i, i + 2))
        .filter(|&(_, date)| {
            (date + 1..(date + 1 + NO_BODY_AFTER).min(n))
                .all(|j| looks[j] != Look::Body || shaped(j) || shaped(j + 1))
        })
        .collect();
    // One card alone may be a brief's whole text, signed at its foot: only
    // a list of them is set aside.
    let near = |a: &(usize, usize), b: &(usize, usize)| b.0 - a.1 <= CARD_GAP;
    let listed: Vec<usize> = cards
        .iter()
        .enumerate()
        .filter(|&(k, card)| {
            cards.get(k + 1).is_some_and(|next| near(card, next))
                || (k > 0 && near(&cards[k - 1], card))
        })
        .map(|(_, &(blurb, _))| blurb)
        .collect();
    for blurb in listed {
        looks[blurb] = Look::skip(Rule::StoryCard);
        // A question for a title read as a sentence goes with its card.
        if looks[blurb - 1] == Look::Body {
            looks[blurb - 1] = Look::skip(Rule::StoryCard);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::roles;

    fn body(text: &str) -> Vec<String> {
        roles(text)
            .into_iter()
            .filter(|(_, r)| r == "body")
            .map(|(t, _)| t)
            .collect()
    }

    const ARTICLE: &str = "Neon signs come back to Main Street\n\
        Shop owners are lighting up again.\n\
        By Sarah Archer\n\
        Apr 29, 2019\n\
        The glow returned to Main Street this spring.\n\
        Three shops have hung new signs since March.\n\n";

    #[test]
    fn a_list_of_story_cards_is_navigation() {
        let text = format!(
            "{ARTICLE}Most Popular\n\
             Uber Was Supposed To Be Our Public Transit\n\
             The town decided to subsidise ride-hailing trips rather than pay for a bus.\n\
             Laura Bliss\n\
             Apr 29, 2019\n\
             Environment\n\
             A Road Trip for Warm Weather Every Day\n\
             This year-long journey keeps you at consistent high temperatures.\n\
             John Metcalfe\n\
             Oct 20, 2015\n\
             Environment\n\
             What If Air Conditioning Could Help Stop Climate Change Instead of Causing It?\n\
             New machines could pull carbon dioxide out of the air.\n\
             Matt Simon\n\
             1:57 PM ET\n\
             Privacy\n\
             Terms"
        );
        assert_eq!(
            body(&text),
            [
                "The glow returned to Main Street this spring.",
                "Three shops have hung new signs since March."
            ]
        );
    }

    #[test]
    fn an_article_head_and_a_lone_signed_brief_are_not_cards() {
        // The standfirst is followed by the article's text: the head of an
        // article, whatever it is, is no card.
        assert!(
            body(ARTICLE).contains(&"The glow returned to Main Street this spring.".to_string())
        );
        // A brief signed at its foot, with no other card near it.
        let brief = "Bridge closes for repairs\n\
             The Main Street bridge will close on Monday for six weeks.\n\
             Laura Bliss\n\
             Apr 29, 2019\n\
             Privacy\n\
             Terms";
        assert_eq!(
            body(brief),
            ["The Main Street bridge will close on Monday for six weeks."]
        );
    }
}
