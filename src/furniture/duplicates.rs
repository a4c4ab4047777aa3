//! Duplicates: what the page prints twice (a headline or caption repeated,
//! a pull quote or a highlighted aside repeating the article's own words).
//! The words are read once, where the article prints them.

use std::collections::HashSet;

use super::blocks::alone_in_block;
use super::words::{dup_key, push_normal_words, words};
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
    let mut any_body = false;
    for (i, look) in looks.iter().enumerate() {
        if *look == Look::Body && in_body(i) {
            push_normal_words(page.line(i), &mut body);
            body.push('\n');
            any_body = true;
        }
    }
    let needles: Vec<String> = candidates
        .iter()
        .map(|&i| {
            let mut line = String::new();
            push_normal_words(page.line(i), &mut line);
            line
        })
        .collect();
    let found = if any_body {
        found_in(&body, &needles)
    } else {
        vec![false; needles.len()]
    };
    for (&i, found) in candidates.iter().zip(found) {
        if found {
            looks[i] = Look::skip(Rule::PullQuote);
        }
    }
}

/// Whether each of `needles` occurs in `body` (both as [`push_normal_words`]
/// writes them: words one space apart; the body's lines one line break
/// apart), as `body.contains(needle)` says, in one pass over the body
/// rather than one per needle.
///
/// A needle of three words or more, "a b c ...", can only occur where its
/// second word `b` stands whole in the body (a space on each side), with
/// the rest around it: the body's words are looked at once each, and only
/// where one is a needle's second word is the needle compared there.
/// Shorter needles are searched for as they are.
fn found_in(body: &str, needles: &[String]) -> Vec<bool> {
    let mut found = vec![false; needles.len()];
    // Each long needle: its index, its first word's length, its second word.
    let mut keyed: Vec<(usize, usize, &str)> = Vec::new();
    for (n, needle) in needles.iter().enumerate() {
        let mut parts = needle.splitn(3, ' ');
        match (parts.next(), parts.next(), parts.next()) {
            (Some(first), Some(second), Some(_)) => keyed.push((n, first.len(), second)),
            _ => found[n] = body.contains(needle.as_str()),
        }
    }
    if keyed.is_empty() {
        return found;
    }
    // Which lengths the second words have: most body words are passed over
    // on their length alone.
    let lengths = keyed
        .iter()
        .fold(0u64, |m, &(_, _, second)| m | 1 << second.len().min(63));
    let bytes = body.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let end = at
            + bytes[at..]
                .iter()
                .position(|&b| b == b' ' || b == b'\n')
                .unwrap_or(bytes.len() - at);
        let len = end - at;
        if lengths & (1 << len.min(63)) != 0 {
            let word = &bytes[at..end];
            for &(n, first, second) in &keyed {
                if !found[n]
                    && second.as_bytes() == word
                    && at > first
                    && bytes[at - first - 1..].starts_with(needles[n].as_bytes())
                {
                    found[n] = true;
                }
            }
        }
        at = end + 1;
    }
    found
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
    use super::super::words::normal_words;
    use super::found_in;

    /// The one-pass search answers as `str::contains` does, for needles
    /// cut anywhere from the body's own lines (mid-word too) and others.
    #[test]
    fn found_in_is_contains() {
        let mut line = String::new();
        let mut tried = 0;
        for (_, text) in super::super::testing::fixture_texts().iter().take(40) {
            let mut body = String::new();
            let mut lines = Vec::new();
            for l in text.lines() {
                normal_words(l, &mut line);
                body.push_str(&line);
                body.push('\n');
                lines.push(line.clone());
            }
            let mut needles: Vec<String> = Vec::new();
            for (k, l) in lines.iter().enumerate().step_by(3) {
                let cuts: Vec<usize> = (0..=l.len()).filter(|&i| l.is_char_boundary(i)).collect();
                for (a, b) in [
                    (0, cuts.len() - 1),
                    (1, cuts.len() / 2),
                    (k % 7, cuts.len() - 1),
                ] {
                    if a < cuts.len() && a <= b {
                        needles.push(l[cuts[a]..cuts[b]].to_string());
                    }
                }
                needles.push(format!("{l} x"));
                needles.push(l.replace(' ', "  "));
            }
            needles.push(String::new());
            let expected: Vec<bool> = needles.iter().map(|n| body.contains(n.as_str())).collect();
            assert_eq!(found_in(&body, &needles), expected);
            tried += needles.len();
        }
        assert!(tried > 1000);
    }

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
