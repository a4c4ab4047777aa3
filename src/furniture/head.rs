//! The page's head: what sits above the first paragraph of the body. A
//! rubric ("Opinion", "Politics sketch", "ASK MAEVE") printed right above
//! the headline names the section the story is filed under: a section
//! label, read by where it stands (above the headline, under the site's
//! own furniture) and by its shape (a word or two), not by its words.

use super::words::{at_most_words, ends_sentence, is_all_caps, words};
use super::{Draft, Look, Page, Rule, SkipReason};

/// The most words of a rubric in lower or mixed case ("Politics sketch").
const RUBRIC_WORDS: usize = 2;
/// The most words of a rubric in capitals ("LETTERS TO THE EDITOR" is a
/// menu's title, not this): "ASK MAEVE", "FACT CHECK".
const CAPS_RUBRIC_WORDS: usize = 3;
/// How many more words than its rubric the headline under it has, at least.
const HEADLINE_LONGER_BY: usize = 3;

/// A rubric above the headline: in the page's head (above the first body
/// line), under some site furniture (a menu, a masthead, a sign-in link),
/// above any byline or date, a title of a word or two (or three in
/// capitals; two joined by '&' count as two) right above a longer title, with the writer's byline or the
/// date further down before the body. It is the section's label; the title under it is the headline.
pub(super) fn rubrics(page: &Page, draft: &mut Draft) {
    let looks = &mut draft.looks[..];
    let Some(first_body) = looks.iter().position(|l| *l == Look::Body) else {
        return;
    };
    let (mut furniture_above, mut head_above) = (false, false);
    for i in 0..first_body {
        let s = page.line(i);
        // A section named by two words joined ("Food & Beverage",
        // "Mergers & Acquisitions") is a word or two: the ampersand is
        // no word.
        let n = words(s)
            .filter(|w| *w != "&")
            .take(CAPS_RUBRIC_WORDS + 1)
            .count();
        let shaped = !ends_sentence(s)
            && (looks[i] == Look::skip(Rule::SectionLabel)
                || looks[i] == Look::Title
                    && (n <= RUBRIC_WORDS || n <= CAPS_RUBRIC_WORDS && is_all_caps(s)));
        let headline_below =
            looks[i + 1] == Look::Title && !at_most_words(page.line(i + 1), n + HEADLINE_LONGER_BY);
        let head_below = || {
            looks[i + 2..first_body]
                .iter()
                .any(|l| matches!(l, Look::Skip(SkipReason::Byline | SkipReason::Dateline, _)))
        };
        if furniture_above && !head_above && shaped && headline_below && head_below() {
            looks[i] = Look::skip(Rule::Rubric);
        }
        furniture_above |= matches!(
            looks[i],
            Look::Skip(SkipReason::Navigation | SkipReason::Boilerplate, _)
        );
        // Under the byline or the date the headline is behind: a short
        // title there ("Refresh") is no rubric.
        head_above |= matches!(
            looks[i],
            Look::Skip(SkipReason::Byline | SkipReason::Dateline, _)
        );
    }
}

/// A live page's own title read as a link to one ("Live updates:
/// Ridgeport transit strike enters second day as talks stall"): in a head
/// with no title under the site's menu, a link line (openings.rs) above the
/// byline or the date is the headline. Under a title ("What
/// we know so far ...") the same line is a promo link to another page.
pub(super) fn link_headline(_: &Page, draft: &mut Draft) {
    let looks = &mut draft.looks[..];
    let Some(first_body) = looks.iter().position(|l| *l == Look::Body) else {
        return;
    };
    let stamp = |l: &Look| matches!(l, Look::Skip(SkipReason::Byline | SkipReason::Dateline, _));
    let Some(first_stamp) = looks[..first_body].iter().position(stamp) else {
        return;
    };
    let link = Look::skip(Rule::LinkLine);
    let Some(i) = looks[..first_stamp].iter().rposition(|l| *l == link) else {
        return;
    };
    // Under the site's menu (the masthead above it is a title too).
    let below_menu = looks[..i]
        .iter()
        .rposition(|l| matches!(l, Look::Skip(SkipReason::Navigation, _)) && *l != link)
        .map_or(0, |m| m + 1);
    if !looks[below_menu..first_body].contains(&Look::Title) {
        looks[i] = Look::Title;
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::assert_roles;

    #[test]
    fn a_section_of_two_words_joined_by_an_ampersand_is_a_rubric() {
        assert_roles(
            "News   Markets   Trucking   Events\nMergers & Acquisitions\n\
             Ridgeway to buy Copperline in deal that creates carrier\nBy Dana Cole\n\n\
             Ridgeway agreed to buy Copperline on Monday.",
            &[
                ("News   Markets   Trucking   Events", "navigation"),
                ("Mergers & Acquisitions", "navigation"),
                (
                    "Ridgeway to buy Copperline in deal that creates carrier",
                    "headline",
                ),
                ("By Dana Cole", "byline"),
                ("Ridgeway agreed to buy Copperline on Monday.", "body"),
            ],
        );
    }

    #[test]
    fn a_live_pages_title_read_as_a_link_is_its_headline() {
        assert_roles(
            "LIVE\nLive updates: Transit strike enters second day\nBy Ledger staff\n\n\
             Buses stayed in their depots for a second day on Tuesday.",
            &[
                ("LIVE", "boilerplate"),
                ("Live updates: Transit strike enters second day", "headline"),
                ("By Ledger staff", "byline"),
                (
                    "Buses stayed in their depots for a second day on Tuesday.",
                    "body",
                ),
            ],
        );
        assert_roles(
            "LIVE UPDATES: Follow our coverage of the fire\n\n\
             What we know so far about the fire\n\nBy Jenna Albright\n\n\
             The fire burned for two days.",
            &[
                (
                    "LIVE UPDATES: Follow our coverage of the fire",
                    "navigation",
                ),
                ("What we know so far about the fire", "headline"),
                ("By Jenna Albright", "byline"),
                ("The fire burned for two days.", "body"),
            ],
        );
    }

    #[test]
    fn a_rubric_above_the_headline_is_the_sections_label() {
        assert_roles(
            "The Daily Harbour\nNews   Opinion   Sport   Culture   Lifestyle\nPolitics sketch\n\
             The minister's rail revival hits the buffers before it leaves\nJane Doe\nMarch 3, 2025\n\
             Share   Tweet   WhatsApp   Email\n\n\
             The minister spoke for forty minutes on Wednesday.",
            &[
                ("The Daily Harbour", "boilerplate"),
                ("News   Opinion   Sport   Culture   Lifestyle", "navigation"),
                ("Politics sketch", "navigation"),
                (
                    "The minister's rail revival hits the buffers before it leaves",
                    "headline",
                ),
                ("Jane Doe", "byline"),
                ("March 3, 2025", "dateline"),
                ("Share   Tweet   WhatsApp   Email", "navigation"),
                ("The minister spoke for forty minutes on Wednesday.", "body"),
            ],
        );
    }

    #[test]
    fn a_short_headline_on_a_page_with_no_site_furniture_stays() {
        assert_roles(
            "Storm Hits\nThe storm hit the coast on Sunday, and the town is still cleaning up\nJane Doe\nMarch 3, 2025\n\nThe storm hit on Sunday.",
            &[
                ("Storm Hits", "headline"),
                (
                    "The storm hit the coast on Sunday, and the town is still cleaning up",
                    "headline",
                ),
                ("Jane Doe", "byline"),
                ("March 3, 2025", "dateline"),
                ("The storm hit on Sunday.", "body"),
            ],
        );
    }
}
