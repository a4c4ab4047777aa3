//! Lines known by how they open: a link or teaser ("Read more: ..."), site
//! furniture ("Subscribe to ...", "©"), a newsletter's greeting or sign-off
//! ("Hi there,", "That's it for this week."). The openings are word lists,
//! looked up in one pass.

use std::sync::LazyLock;

use crate::lexicon;

/// The lists of line openings: [`NAVIGATION_PREFIX`], [`BOILERPLATE_PREFIX`]
/// and [`NEWSLETTER_FORMULA`] are their groups.
static OPENINGS: LazyLock<lexicon::Matcher> = LazyLock::new(|| {
    lexicon::Matcher::new(
        &[
            (
                NAVIGATION_PREFIX,
                crate::lexicon::list!("navigation_prefixes.txt"),
            ),
            (
                BOILERPLATE_PREFIX,
                crate::lexicon::list!("boilerplate_prefixes.txt"),
            ),
            (
                NEWSLETTER_FORMULA,
                crate::lexicon::list!("newsletter_formulas.txt"),
            ),
        ],
        lexicon::Blanks::Exact,
        lexicon::Apostrophes::Straight,
    )
});
/// A link or teaser's opening ("Read more", "Watch:").
const NAVIGATION_PREFIX: u8 = 0;
/// Site furniture's opening ("©", "Subscribe to").
const BOILERPLATE_PREFIX: u8 = 1;
/// A newsletter's greeting or sign-off, as whole words: "hi there" must not
/// open "Hi thereafter".
const NEWSLETTER_FORMULA: u8 = 2;

/// The most words of a link or teaser line.
const LINK_LINE_WORDS: usize = 25;
/// The most words of a newsletter's greeting or sign-off.
const NEWSLETTER_FORMULA_WORDS: usize = 14;
/// The most words of a line of site furniture known by its opening.
const SITE_FURNITURE_WORDS: usize = 30;

/// Whether a line opens as a link or a teaser does ("Read more: ...").
pub(super) fn is_link_line(s: &str, n_words: usize) -> bool {
    n_words <= LINK_LINE_WORDS && OPENINGS.opens(s, NAVIGATION_PREFIX, false)
}

/// Whether a line is a newsletter's greeting or sign-off.
pub(super) fn is_newsletter_formula(s: &str, n_words: usize) -> bool {
    n_words <= NEWSLETTER_FORMULA_WORDS && OPENINGS.opens(s, NEWSLETTER_FORMULA, true)
}

/// Whether a line opens as site furniture does ("Subscribe to ...").
pub(super) fn opens_as_site_furniture(s: &str, n_words: usize) -> bool {
    n_words <= SITE_FURNITURE_WORDS && opens_with_site_furniture_prefix(s)
}

/// Whether a line opens as site furniture does, however long it is (the
/// page's foot reads it: see `publisher.rs`).
pub(super) fn opens_with_site_furniture_prefix(s: &str) -> bool {
    OPENINGS.opens(s, BOILERPLATE_PREFIX, false)
}

#[cfg(test)]
mod tests {
    use super::super::testing::assert_roles;

    #[test]
    fn advertisement_and_navigation_phrases() {
        assert_roles(
            "Advertisement\n\nYou are here\n\nRead more: Why the vote matters",
            &[
                ("Advertisement", "advertisement"),
                ("You are here", "navigation"),
                ("Read more: Why the vote matters", "navigation"),
            ],
        );
    }

    #[test]
    fn a_newsletters_greeting_and_sign_off_frame_it() {
        assert_roles(
            "Ferry fares go up\n\nHi there,\n\n\
             Welcome back. It’s been a busy week at City Hall, and not all of it made sense to me.\n\n\
             Fares rise on April 1.\n\nThat’s it for this week.\n\nSee you Thursday,",
            &[
                ("Ferry fares go up", "headline"),
                ("Hi there,", "boilerplate"),
                (
                    "Welcome back. It’s been a busy week at City Hall, and not all of it made sense to me.",
                    "body",
                ),
                ("Fares rise on April 1.", "body"),
                ("That’s it for this week.", "boilerplate"),
                ("See you Thursday,", "boilerplate"),
            ],
        );
    }
}
