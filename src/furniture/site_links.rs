//! A row of links to the site's own pages on one line: "Terms of Use
//! Privacy Policy   Contact Us", "About us | Help | Privacy". The row
//! reads as buttons (every entry is a site word), but it is the footer's
//! link list, navigation, where "Share   Save   Print" are buttons.

use super::words::{key, words};
use crate::lexicon::List;

/// The fewest entries naming a page of the site in a row of its links.
const FEWEST_PAGES: usize = 2;

/// Whether an entry names a page of the site: the whole entry ("Privacy")
/// or its first word ("Privacy Policy", "Terms of Use", "About us") is on
/// site_pages.txt.
fn names_site_page(entry: &str) -> bool {
    key(entry).is_in(List::SitePages)
        || words(entry)
            .next()
            .is_some_and(|w| key(w).is_in(List::SitePages))
}

/// Whether a row of site buttons' `entries` are links to the site's pages:
/// [`FEWEST_PAGES`] of them or more name one.
pub(super) fn links_site_pages<'s>(entries: impl Iterator<Item = &'s str>) -> bool {
    entries
        .filter(|e| names_site_page(e))
        .take(FEWEST_PAGES)
        .count()
        >= FEWEST_PAGES
}

/// What joins the links of a footer row on one line: a spaced pipe or dot.
const ROW_SEPARATORS: [char; 4] = ['|', '∙', '·', '•'];
/// The fewest links of a footer row.
const FEWEST_ROW_LINKS: usize = 3;
/// The most words of one link of a footer row ("Terms of Use", "Advertise
/// With Us").
const ROW_LINK_WORDS: usize = 3;

/// A footer row of links joined by pipes or dots, however many ("Privacy
/// Policy | Terms of Use | Contact Us | Advertise With Us", "Privacy ∙ Terms
/// ∙ Collection notice", "Home | News | Politics | Sports | ... |
/// e-Edition"): three links or more of a few words each, no figures (a
/// date's parts or odds are no links), none a sentence, and two of them
/// naming the site's pages (site_pages.txt) or most of them its sections
/// (kickers.txt). The separators are not counted as words, so a long row
/// is still a row.
pub(super) fn footer_row(s: &str) -> Option<super::Rule> {
    if !super::char_gates::holds_char(s, &ROW_SEPARATORS)
        || s.contains(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    let links: Vec<&str> = s
        .split(ROW_SEPARATORS)
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let short = |l: &&str| {
        (1..=ROW_LINK_WORDS).contains(&words(l).count()) && !super::words::ends_sentence(l)
    };
    if links.len() < FEWEST_ROW_LINKS || !links.iter().all(short) {
        return None;
    }
    if links_site_pages(links.iter().copied()) {
        return Some(super::Rule::SitePageLinks);
    }
    let sections = links.iter().filter(|l| super::menus::is_kicker(l)).count();
    (sections * 2 > links.len()).then_some(super::Rule::SectionMenu)
}

#[cfg(test)]
mod tests {
    use super::super::testing::assert_roles;
    use super::footer_row;
    use crate::furniture::Rule;

    #[test]
    fn footer_rows_joined_by_pipes_or_dots() {
        for (s, rule) in [
            (
                "Privacy Policy | Terms of Use | Contact Us | Advertise With Us",
                Some(Rule::SitePageLinks),
            ),
            (
                "Privacy ∙ Terms ∙ Collection notice",
                Some(Rule::SitePageLinks),
            ),
            (
                "Home | News | Politics | Sports | Business | Opinion | Obituaries",
                Some(Rule::SectionMenu),
            ),
            ("Subscribe | Log in", None),
            ("Thursday | March 14, 2024", None),
            ("Harwood City 6/4 | Draw 12/5 | Ashby Town 7/4", None),
            ("Trump | Clinton | Sanders", None),
        ] {
            assert_eq!(footer_row(s), rule, "{s}");
        }
    }

    #[test]
    fn a_row_of_the_sites_pages_is_navigation_and_buttons_stay_buttons() {
        assert_roles(
            "Council votes\n\nThe council voted on Monday to close the pool.\n\n\
             Share   Save   Print\n\n\
             Terms of Use   Privacy Policy   Contact Us",
            &[
                ("Council votes", "headline"),
                ("The council voted on Monday to close the pool.", "body"),
                ("Share   Save   Print", "boilerplate"),
                ("Terms of Use   Privacy Policy   Contact Us", "navigation"),
            ],
        );
    }
}
