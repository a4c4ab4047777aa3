//! Duplicates: what the page prints twice (a headline or caption repeated,
//! a pull quote or a highlighted aside repeating the article's own words).
//! The words are read once, where the article prints them.

use std::collections::HashSet;

use super::blocks::alone_in_block;
use super::words::{dup_key, normal_words, words};
use super::{Draft, Look, Page, Rule, SkipReason};
use crate::page::BlockRole;

/// The most lines checked as pull quotes: each is looked for in the whole
/// page, and a page prints two or three.
const MOST_PULL_QUOTES: usize = 16;

/// How many words a pull quote holds.
const PULL_QUOTE_WORDS: std::ops::RangeInclusive<usize> = 4..=40;

/// A pull quote: a line that is one quotation, alone in its block, whose
/// words the article prints elsewhere in a paragraph ("“A seed that nobody
/// plants is just a small stone.”"). The repeat is furniture, a duplicate.
pub(super) fn pull_quotes(page: &Page, draft: &mut Draft) {
    let (text, lines, looks) = (page.text, page.lines, &mut draft.looks[..]);
    let candidates: Vec<usize> = (0..lines.len())
        .filter(|&i| {
            let s = lines[i].span.of(text);
            matches!(looks[i], Look::Body | Look::Title | Look::Exclaim)
                && alone_in_block(lines, i)
                && s.starts_with(crate::text::is_double_quote)
                && s.trim_end_matches(['.', ','])
                    .ends_with(crate::text::is_double_quote)
                && s.chars()
                    .filter(|c| crate::text::is_double_quote(*c))
                    .count()
                    == 2
                && PULL_QUOTE_WORDS.contains(&words(s).take(PULL_QUOTE_WORDS.end() + 1).count())
        })
        .take(MOST_PULL_QUOTES)
        .collect();
    let others = |i: usize| !candidates.contains(&i);
    mark_repeats_of_body(page, looks, &candidates, others);
}

/// Marks each of `candidates` whose words (case and punctuation aside) a
/// body line prints as a pull quote; `in_body` says which body lines count.
fn mark_repeats_of_body(
    page: &Page,
    looks: &mut [Look],
    candidates: &[usize],
    in_body: impl Fn(usize) -> bool,
) {
    if candidates.is_empty() {
        return;
    }
    // The body lines' words, a line break between lines: a repeat (words
    // and single spaces) found in it lies within one line.
    let mut body = String::new();
    let mut line = String::new();
    let mut any_body = false;
    for (i, look) in looks.iter().enumerate() {
        if *look == Look::Body && in_body(i) {
            normal_words(page.line(i), &mut line);
            body.push_str(&line);
            body.push('\n');
            any_body = true;
        }
    }
    let found: Vec<bool> = candidates
        .iter()
        .map(|&i| {
            normal_words(page.line(i), &mut line);
            any_body && body.contains(line.as_str())
        })
        .collect();
    for (&i, found) in candidates.iter().zip(found) {
        if found {
            looks[i] = Look::skip(Rule::PullQuote);
        }
    }
}

/// The most aside lines looked for in the article: each is compared with
/// every body line.
const MOST_ASIDE_REPEATS: usize = 32;

/// The fewest words of an aside compared with the article: shorter, it
/// could be anywhere in it.
const FEWEST_ASIDE_WORDS: usize = 4;

/// An aside in the markup that repeats the article's own words (a pull
/// quote, a highlighted line) is a duplicate, not other furniture.
pub(super) fn repeated_asides(page: &Page, draft: &mut Draft) {
    if page.hints.is_empty() {
        return;
    }
    let (text, lines, looks) = (page.text, page.lines, &mut draft.looks[..]);
    let asides: Vec<usize> = (0..lines.len())
        .filter(|&i| {
            page.hints.get(i) == Some(&Some(BlockRole::Aside))
                && words(lines[i].span.of(text))
                    .nth(FEWEST_ASIDE_WORDS - 1)
                    .is_some()
        })
        .take(MOST_ASIDE_REPEATS)
        .collect();
    mark_repeats_of_body(page, looks, &asides, |_| true);
}

/// Repeated headlines and captions: a title, a photo label, a caption or a
/// headline printed again below (case and spacing aside) repeats it.
pub(super) fn repeats(page: &Page, draft: &mut Draft) {
    let mut seen: HashSet<String> = HashSet::new();
    for i in 0..page.lines.len() {
        let repeatable = matches!(
            draft.looks[i],
            Look::Title | Look::Label | Look::Skip(SkipReason::Caption | SkipReason::Headline, _)
        );
        if repeatable && !seen.insert(dup_key(page.line(i))) {
            draft.repeats[i] = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::assert_roles;

    #[test]
    fn headline_caption_and_repeats() {
        assert_roles(
            "Ministers Resign\n\nFILE PHOTO: The minister in Rome, May 2, 2024. REUTERS/Jane Doe\nFILE PHOTO: The minister in Rome, May 2, 2024. REUTERS/Jane Doe\n\nMinisters Resign\n\nTwo ministers resigned on Monday.",
            &[
                ("Ministers Resign", "headline"),
                ("FILE PHOTO: The minister in Rome, May 2, 2024. REUTERS/Jane Doe", "caption"),
                ("FILE PHOTO: The minister in Rome, May 2, 2024. REUTERS/Jane Doe", "duplicate"),
                ("Ministers Resign", "duplicate"),
                ("Two ministers resigned on Monday.", "body"),
            ],
        );
    }
}
