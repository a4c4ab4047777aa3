//! Lines that look like titles but are the article's text: lines of a
//! hard-wrapped paragraph, and the points of a list under the sentence
//! leading into it.

use super::words::{
    ends_sentence, ends_with_function_word, starts_lowercase, word_entry, word_offsets, words,
};
use super::{Draft, Look, Page};
use crate::lexicon::List;

/// Hard-wrapped body text: a "title" line that continues into the next
/// line, or continues the line before, is body. Past two lines that were
/// only made body here, a line continues only when it reads on (lower
/// case, or after a comma or a function word): a column of menu titles
/// under one unpunctuated line stays titles.
pub(super) fn hard_wrapped(page: &Page, draft: &mut Draft) {
    let (text, lines, looks) = (page.text, page.lines, &mut draft.looks[..]);
    let first_looks = looks.to_vec();
    let mut unread_chain = 0;
    for i in 0..lines.len() {
        if looks[i] != Look::Title {
            continue;
        }
        let s = lines[i].span.of(text);
        let same_block = |j: usize| lines[j].block == lines[i].block;
        let next_continues = i + 1 < lines.len()
            && same_block(i + 1)
            && looks[i + 1] == Look::Body
            && starts_lowercase(lines[i + 1].span.of(text));
        if i == 0 || looks[i - 1] != Look::Body {
            unread_chain = 0;
        }
        let prev_continues = i > 0 && same_block(i - 1) && looks[i - 1] == Look::Body && {
            let prev = lines[i - 1].span.of(text);
            let reads_on =
                starts_lowercase(s) || prev.ends_with(',') || ends_with_function_word(prev);
            if first_looks[i - 1] == Look::Body || reads_on {
                unread_chain = 0;
            }
            !ends_sentence(prev) && (reads_on || unread_chain < 2)
        };
        if prev_continues && !next_continues {
            unread_chain += 1;
        }
        if next_continues
            || prev_continues
            || (ends_with_function_word(s)
                && !ends_with_account_action(s)
                && i + 1 < lines.len()
                && same_block(i + 1))
        {
            looks[i] = Look::Body;
        }
    }
}

/// Whether a line ends on a site's account button ("E-Paper   Sign In"):
/// its "In" closes the button, not a wrapped sentence (account_actions.txt).
fn ends_with_account_action(s: &str) -> bool {
    let (mut before_last, mut last) = (None, None);
    for (at, _) in word_offsets(s) {
        (before_last, last) = (last, Some(at));
    }
    before_last.is_some_and(|at| word_entry(&s[at..]).is_in(List::AccountActions))
}

/// The fewest words of a lead-in.
const LEAD_IN_WORDS: usize = 4;
/// The fewest words of each point under a lead-in.
const POINT_WORDS: usize = 5;
/// The fewest points under a lead-in.
const FEWEST_POINTS: usize = 2;

/// The points of a list under the sentence leading into it: "In a
/// wide-ranging interview, the president also said:" over "The UK must stay
/// in the EU to have influence" / "He is confident the deal will pass". A
/// pasted list loses its bullets, and each point, unpunctuated, looks like
/// a title; under a lead-in of four words or more ending with a colon, a
/// block of lines of five words or more is the article's.
pub(super) fn lead_in_points(page: &Page, draft: &mut Draft) {
    let (text, lines, looks) = (page.text, page.lines, &mut draft.looks[..]);
    for i in 0..lines.len().saturating_sub(1) {
        let s = lines[i].span.of(text).trim_end();
        let next_block = lines[i + 1].block != lines[i].block;
        if looks[i] != Look::Body
            || !s.ends_with(':')
            || words(s).take(LEAD_IN_WORDS).count() < LEAD_IN_WORDS
            || !next_block
        {
            continue;
        }
        let block = lines[i + 1].block;
        let points = (i + 1..lines.len()).take_while(|&j| lines[j].block == block);
        let points: Vec<usize> = points.collect();
        let all_points = points.len() >= FEWEST_POINTS
            && points.iter().all(|&j| {
                let p = lines[j].span.of(text);
                matches!(looks[j], Look::Title | Look::Body)
                    && words(p).take(POINT_WORDS).count() >= POINT_WORDS
            });
        if all_points {
            for j in points {
                looks[j] = Look::Body;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{assert_roles, roles};

    #[test]
    fn a_sign_in_button_wraps_into_no_line() {
        assert_roles(
            "E-Paper   Sign In\nThe Metro Sentinel\nHome   City   India   World   Business   Tech\n\
             Pothole death: court orders city to pay widow\nBy Jane Doe\n\n\
             The high court on Wednesday ordered the city to pay.",
            &[
                ("E-Paper   Sign In", "boilerplate"),
                ("The Metro Sentinel", "boilerplate"),
                ("Home   City   India   World   Business   Tech", "navigation"),
                ("Pothole death: court orders city to pay widow", "headline"),
                ("By Jane Doe", "byline"),
                ("The high court on Wednesday ordered the city to pay.", "body"),
            ],
        );
    }

    #[test]
    fn hard_wrapped_paragraph_stays_body() {
        assert_roles(
            "The committee met for six hours on Tuesday and\nagreed to publish its findings next week.",
            &[
                ("The committee met for six hours on Tuesday and", "body"),
                ("agreed to publish its findings next week.", "body"),
            ],
        );
    }

    #[test]
    fn points_under_a_lead_in_are_the_article() {
        let got = roles(
            "The minister spoke to reporters on Monday.\n\n\
             In a long interview, the minister also said:\n\n\
             The new bridge will open before the winter\n\
             Ferry fares must not rise again this year\n\n\
             She leaves for Brussels on Tuesday.",
        );
        assert!(got.iter().all(|(_, r)| r == "body"), "{got:?}");
    }
}
