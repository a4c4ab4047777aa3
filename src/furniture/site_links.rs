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

#[cfg(test)]
mod tests {
    use super::super::testing::assert_roles;

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
