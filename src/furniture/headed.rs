//! Blocks headed by a label: under a reference label ("Journal
//! Reference:") its reference, under a link-list title ("Related articles")
//! its links, under a sponsored-content label the sponsor's whole block,
//! and under an advertising slot's label ("Advertisement") the slot's own
//! lines. The label says what the lines under it are.

use super::ads::{MOST_AD_SLOT_LINES, MOST_SPONSORED_LINES};
use super::blocks::{alone_in_block, block_at_most};
use super::words::{at_most_words, ends_sentence, is_all_caps};
use super::{Draft, Look, Page, Rule, SkipReason};

/// The most words of a link under a link-list title that reads as body
/// text (hard-wrapped or in lower case).
const MOST_LINK_WORDS: usize = 6;
/// The most words of a line in an advertising slot.
const MOST_AD_SLOT_LINE_WORDS: usize = 30;

/// Each line under a label, in its block (or in the block under a label
/// standing alone), takes the label's kind, down the block.
pub(super) fn headed_blocks(page: &Page, draft: &mut Draft) {
    let (text, lines, looks) = (page.text, page.lines, &mut draft.looks[..]);
    for i in 1..lines.len() {
        // A label alone in its block ("Sources", then a blank line) heads the
        // block under it.
        let label_above =
            looks[i - 1] == Look::skip(Rule::ReferenceLabel) && alone_in_block(lines, i - 1);
        if lines[i].block != lines[i - 1].block && !label_above {
            continue;
        }
        match looks[i - 1] {
            // An address under "Media contact:" is the block's, not a writer's.
            Look::Skip(_, Rule::ReferenceLabel | Rule::ReferenceUnderLabel)
                if matches!(
                    looks[i],
                    Look::Body | Look::Title | Look::Skip(_, Rule::ContactAddresses)
                ) =>
            {
                looks[i] = Look::skip(Rule::ReferenceUnderLabel);
            }
            // A link may be hard-wrapped or lower-case ("match reports").
            Look::Skip(_, Rule::ListTitle | Rule::LinkUnderTitle)
                if matches!(looks[i], Look::Title | Look::Label)
                    || looks[i] == Look::Body && {
                        let s = lines[i].span.of(text);
                        at_most_words(s, MOST_LINK_WORDS) && !ends_sentence(s)
                    } =>
            {
                looks[i] = Look::skip(Rule::LinkUnderTitle);
            }
            // Under a sponsored-content label, its whole block (a native
            // advertisement: title, copy, testimonial, disclosure).
            Look::Skip(_, Rule::SponsoredLabel | Rule::InsideSponsoredContent)
                if (looks[i].is_text()
                    || matches!(looks[i], Look::Skip(SkipReason::Advertisement, _)))
                    && block_at_most(lines, i, MOST_SPONSORED_LINES) =>
            {
                looks[i] = Look::skip(Rule::InsideSponsoredContent);
            }
            // An advertising slot's own lines under its label, in a short
            // block: "Advertisement" / "BET £10 GET £30" / "18+ | ...".
            Look::Skip(SkipReason::Advertisement, _)
                // Not a headline: a title only when it shouts ("BET £10 GET
                // £30"), other furniture only a "18+ | ..." trail.
                if (matches!(
                    looks[i],
                    Look::Body | Look::Exclaim | Look::Skip(_, Rule::Breadcrumb)
                ) || looks[i] == Look::Title && is_all_caps(lines[i].span.of(text)))
                    && block_at_most(lines, i, MOST_AD_SLOT_LINES)
                    && at_most_words(lines[i].span.of(text), MOST_AD_SLOT_LINE_WORDS) =>
            {
                looks[i] = Look::skip(Rule::InsideAdSlot);
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::assert_roles;

    #[test]
    fn a_press_release_footer_and_standfirst() {
        assert_roles(
            "Bees adapt to city heat\n\nSummary: Urban bees carry heat-tolerance genes more often, a study suggests.\n\nBees in cities are changing, the team found.\n\nStory Source:\nMaterials provided by University of Leeds. Note: Content may be edited for style and length.\n\nJournal Reference:\nP. Natarajan. Urban heat islands. Nature Ecology & Evolution, 2026; DOI: 10.1038/s41559-026-02417-3\n\nCite This Page:\nUniversity of Leeds. \"Bees adapt to city heat.\" ScienceNews Daily, 23 November 2026.\n\nRelated articles\nBees decline across Europe\nCities plant wildflower verges",
            &[
                ("Bees adapt to city heat", "headline"),
                (
                    "Summary: Urban bees carry heat-tolerance genes more often, a study suggests.",
                    "headline",
                ),
                ("Bees in cities are changing, the team found.", "body"),
                ("Story Source:", "boilerplate"),
                (
                    "Materials provided by University of Leeds. Note: Content may be edited for style and length.",
                    "byline",
                ),
                ("Journal Reference:", "boilerplate"),
                (
                    "P. Natarajan. Urban heat islands. Nature Ecology & Evolution, 2026; DOI: 10.1038/s41559-026-02417-3",
                    "boilerplate",
                ),
                ("Cite This Page:", "boilerplate"),
                (
                    "University of Leeds. \"Bees adapt to city heat.\" ScienceNews Daily, 23 November 2026.",
                    "boilerplate",
                ),
                ("Related articles", "navigation"),
                ("Bees decline across Europe", "navigation"),
                ("Cities plant wildflower verges", "navigation"),
            ],
        );
    }

    #[test]
    fn a_company_press_release_footer() {
        assert_roles(
            "Pellham to buy Ridgeback\n\nPellham agreed to buy Ridgeback, the company said.\n\n\
             This story includes information from a Pellham Outdoor press release.\n\n\
             About Pellham Outdoor Inc.\nPellham Outdoor Inc. designs outdoor apparel. It was founded in 1987.\n\n\
             Forward-Looking Statements\nThis press release contains forward-looking statements.\n\n\
             Media Contact:\nJordan Reyes\npress@pellhamoutdoor.com",
            &[
                ("Pellham to buy Ridgeback", "headline"),
                ("Pellham agreed to buy Ridgeback, the company said.", "body"),
                (
                    "This story includes information from a Pellham Outdoor press release.",
                    "byline",
                ),
                ("About Pellham Outdoor Inc.", "boilerplate"),
                (
                    "Pellham Outdoor Inc. designs outdoor apparel. It was founded in 1987.",
                    "boilerplate",
                ),
                ("Forward-Looking Statements", "boilerplate"),
                ("This press release contains forward-looking statements.", "boilerplate"),
                ("Media Contact:", "boilerplate"),
                ("Jordan Reyes", "boilerplate"),
                ("press@pellhamoutdoor.com", "boilerplate"),
            ],
        );
    }
}
