//! The links under a bare link label: "ALSO READ:" alone on its line, then
//! the titles of the stories it points to, one a line, in its block. The
//! label is read as a link line (navigation_prefixes.txt), but a title under
//! it that runs past a list title's few words ("UAE: Heat-related hospital
//! visits rise 20% in July") was kept as body. Under the bare label each
//! line of the block that ends no sentence is a link; the first sentence
//! ends the list.

use super::words::{at_most_words, ends_sentence, words};
use super::{Draft, Look, Page, Rule};

/// The most words of a bare link label ("ALSO READ:", "Read more:").
const MOST_LABEL_WORDS: usize = 3;
/// The most words of a linked story's title.
const MOST_TITLE_WORDS: usize = 14;

/// Whether line `s` is a link label alone: a link line of a few words
/// ending on its colon, with no link after it.
fn is_bare_label(s: &str, look: Look) -> bool {
    look == Look::skip(Rule::LinkLine)
        && s.trim_end().ends_with(':')
        && words(s).take(MOST_LABEL_WORDS + 1).count() <= MOST_LABEL_WORDS
}

/// Each line under a bare link label, down its block, that ends no
/// sentence and is no longer than a title is a link.
pub(super) fn under_bare_labels(page: &Page, draft: &mut Draft) {
    let (text, lines, looks) = (page.text, page.lines, &mut draft.looks[..]);
    for i in 0..lines.len() {
        if !is_bare_label(lines[i].span.of(text), looks[i]) {
            continue;
        }
        for j in i + 1..lines.len() {
            let s = lines[j].span.of(text);
            if lines[j].block != lines[i].block
                || !looks[j].is_text()
                || ends_sentence(s)
                || !at_most_words(s, MOST_TITLE_WORDS)
            {
                break;
            }
            looks[j] = Look::skip(Rule::LinkUnderTitle);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::assert_roles;

    #[test]
    fn the_titles_under_a_bare_label_and_no_sentence() {
        assert_roles(
            "Heat rules begin\n\nThe ban on midday work began on Saturday, the ministry said.\n\nALSO READ:\nUAE: Heat-related hospital visits rise 20% in July\nNew rules on workers' accommodation come into force\n\nA doctor said cases peak in late July.",
            &[
                ("Heat rules begin", "headline"),
                (
                    "The ban on midday work began on Saturday, the ministry said.",
                    "body",
                ),
                ("ALSO READ:", "navigation"),
                ("UAE: Heat-related hospital visits rise 20% in July", "navigation"),
                (
                    "New rules on workers' accommodation come into force",
                    "navigation",
                ),
                ("A doctor said cases peak in late July.", "body"),
            ],
        );
    }

    #[test]
    fn a_sentence_under_the_label_stays_body() {
        assert_roles(
            "Heat rules begin\n\nThe ban on midday work began on Saturday, the ministry said.\n\nALSO READ:\nThe ministry said 14 companies were fined last year.",
            &[
                ("Heat rules begin", "headline"),
                (
                    "The ban on midday work began on Saturday, the ministry said.",
                    "body",
                ),
                ("ALSO READ:", "navigation"),
                ("The ministry said 14 companies were fined last year.", "body"),
            ],
        );
    }
}
