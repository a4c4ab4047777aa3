//! Teasers under a link list's title that read as sentences: "Most viewed"
//! over "The Ashes are gone. Can England find a spinner by winter?", "More
//! from Ask Maeve" over "My best friend didn't invite me to her wedding.
//! Should I say something?". `headed.rs` takes a title-like line under the
//! list's title, or a short one; a teaser that ends as a sentence does is
//! taken here, when the whole run under the title is short lines and ends
//! where the block ends or furniture begins, as a list of links does.

use super::menus::starts_list_title;
use super::words::at_most_words;
use super::{Draft, Look, Page, Rule, SkipReason};

/// The most words of a teaser: a headline and, at most, its dek.
const TEASER_WORDS: usize = 16;
/// The most lines of a list of teasers.
const MOST_TEASERS: usize = 8;

/// Whether line `i` titles a list of links: a link-list title (its look,
/// or its opening words however long the title: "More on climate and the
/// environment").
fn titles_links(page: &Page, looks: &[Look], i: usize) -> bool {
    match looks[i] {
        Look::Skip(_, Rule::ListTitle) => true,
        Look::Title => starts_list_title(page.line(i), 0),
        _ => false,
    }
}

/// Under a link list's title, in its block: a run of at most
/// [`MOST_TEASERS`] lines of at most [`TEASER_WORDS`] words, text or
/// navigation, ending at the block's end or at other furniture. Its lines
/// of text are teasers, and the title is the list's.
pub(super) fn teasers(page: &Page, draft: &mut Draft) {
    let lines = page.lines;
    let mut i = 0;
    while i < lines.len() {
        if !titles_links(page, &draft.looks, i) {
            i += 1;
            continue;
        }
        let block = lines[i].block;
        let mut end = i + 1;
        let mut text_lines = 0;
        let mut closed = false;
        while end < lines.len() && lines[end].block == block && end - i <= MOST_TEASERS {
            let look = draft.looks[end];
            if look.is_text() {
                if !at_most_words(page.line(end), TEASER_WORDS) {
                    break;
                }
                text_lines += 1;
            } else if !matches!(look, Look::Skip(SkipReason::Navigation, _)) {
                // Other furniture closes the list.
                closed = true;
                break;
            }
            end += 1;
        }
        // The run ends where its block does; the page's end closes it only
        // when the title opens its block (a list of its own), not under a
        // subhead of a page pasted one paragraph a line.
        closed |= match lines.get(end) {
            Some(next) => next.block != block,
            None => i == 0 || lines[i - 1].block != block,
        };
        if closed && text_lines > 0 {
            if draft.looks[i] == Look::Title {
                draft.looks[i] = Look::skip(Rule::ListTitle);
            }
            for look in &mut draft.looks[i + 1..end] {
                if look.is_text() {
                    *look = Look::skip(Rule::LinkUnderTitle);
                }
            }
        }
        i = end.max(i + 1);
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::assert_roles;

    #[test]
    fn teasers_under_a_list_title_that_read_as_sentences() {
        assert_roles(
            "Council votes\n\nThe council voted on Monday to close the pool.\n\n\
             Most viewed\n\
             Heatwave: hosepipe ban to begin on Friday\n\
             The Ashes are gone. Can England find a spinner by winter?\n\
             © 2018 Albion News",
            &[
                ("Council votes", "headline"),
                ("The council voted on Monday to close the pool.", "body"),
                ("Most viewed", "navigation"),
                ("Heatwave: hosepipe ban to begin on Friday", "navigation"),
                (
                    "The Ashes are gone. Can England find a spinner by winter?",
                    "navigation",
                ),
                ("© 2018 Albion News", "boilerplate"),
            ],
        );
    }

    #[test]
    fn a_subhead_over_the_story_stays() {
        // A page pasted one paragraph a line: the run under "More on the
        // budget" (a list title by its opening, menus.rs) is the story's,
        // long lines among them, and stays body.
        assert_roles(
            "Council votes\nThe council voted on Monday to close the pool.\nMore on the budget\nThe pool cost £2m a year.\nThe council said the pool had lost money for a decade, and that no buyer had come forward.",
            &[
                ("Council votes", "headline"),
                ("The council voted on Monday to close the pool.", "body"),
                ("More on the budget", "navigation"),
                ("The pool cost £2m a year.", "body"),
                (
                    "The council said the pool had lost money for a decade, and that no buyer had come forward.",
                    "body",
                ),
            ],
        );
    }

    #[test]
    fn short_story_lines_to_the_page_end_stay() {
        // A page pasted one paragraph a line: under "More on the budget"
        // only short lines run to the page's end. The end of the page is
        // not the end of a list, and the story's last paragraphs stay.
        assert_roles(
            "Council votes\nThe council voted on Monday to close the pool.\nMore on the budget\nThe pool cost £2m a year.\nIt shuts in May, the council said.",
            &[
                ("Council votes", "headline"),
                ("The council voted on Monday to close the pool.", "body"),
                ("More on the budget", "navigation"),
                ("The pool cost £2m a year.", "body"),
                ("It shuts in May, the council said.", "body"),
            ],
        );
    }
}
