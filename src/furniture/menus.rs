//! Navigation: the site's menus, breadcrumbs and section trails, link lists
//! and their titles, ranked lists of other stories, teasers and edition
//! switches. They lead elsewhere; they say nothing of the article.

use super::blocks::blocks;
use super::char_gates::{holds_char, holds_spacing};
use super::fact_boxes::is_labelled;
use super::words::{at_most_words, ends_sentence, key, listed, starts_with_bullet, words};
use super::{Draft, Look, Page, Rule, SkipReason};
use crate::lexicon::{Lexeme, List};

/// Whether the line (its [`key`] `k`) titles a menu or a link list ("You
/// are here", navigation.txt).
pub(super) fn is_list_title(k: Lexeme) -> bool {
    listed(List::Navigation, k)
}

/// Whether the line (its [`key`] `k`) is one of the site's section names
/// ("Opinion", "World", kickers.txt): section labels, kickers.
pub(super) fn is_kicker_key(k: Lexeme) -> bool {
    listed(List::Kickers, k)
}

/// Whether `label` is one of the site's section names.
pub(super) fn is_kicker(label: &str) -> bool {
    is_kicker_key(key(label))
}

/// The most words of a bulleted menu entry.
const BULLETED_ENTRY_WORDS: usize = 7;

/// A short bulleted line that ends no sentence ("• Home").
pub(super) fn is_bulleted_entry(s: &str, n_words: usize) -> bool {
    starts_with_bullet(s) && n_words <= BULLETED_ENTRY_WORDS && !ends_sentence(s)
}

/// The most words of an edition switch.
const EDITION_SWITCH_WORDS: usize = 6;

/// A switch between the site's editions: "US edition", "switch to the UK
/// edition". Short, unpunctuated, ending on "edition".
pub(super) fn is_edition_switch(s: &str, n_words: usize) -> bool {
    n_words <= EDITION_SWITCH_WORDS
        && !ends_sentence(s)
        && words(s).count() >= 2
        && words(s)
            .next_back()
            .is_some_and(|w| w.eq_ignore_ascii_case("edition"))
}

/// The most words of a truncated teaser.
const TEASER_WORDS: usize = 30;

/// A teaser of another story cut short by the page: a title that breaks
/// off with an ellipsis ("The Landmark European Law That Could Change
/// Facebook and Improve Privacy in..."), or several run together on one
/// line. An article's own sentence that trails off keeps its sentence case;
/// a teaser is a title.
pub(super) fn is_truncated_teaser(s: &str, n_words: usize) -> bool {
    if n_words > TEASER_WORDS {
        return false;
    }
    let ellipses = s.matches('…').count() + s.matches("...").count();
    if ellipses == 0 || !(s.ends_with('…') || s.ends_with("...")) {
        return false;
    }
    let head = s.trim_end_matches(['…', '.', ' ']);
    if head.ends_with(['.', '!', '?', '"', '\u{201d}']) {
        return false;
    }
    let ws: Vec<&str> = words(head).collect();
    let capitalised = ws
        .iter()
        .filter(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
        .count();
    ellipses >= 2 || ws.len() >= 4 && capitalised * 10 >= ws.len() * 6
}

/// The most words of a link list's title.
const LIST_TITLE_WORDS: usize = 5;

/// A link list's title by its first words: "Related interviews", "More
/// from The Meridian".
pub(super) fn starts_list_title(s: &str, n_words: usize) -> bool {
    if n_words > LIST_TITLE_WORDS {
        return false;
    }
    // The first word, or the first two one space apart (navigation_list_openers.txt).
    let opener = |lower: &str| Lexeme::of_lower(lower).is_in(List::NavigationListOpeners);
    let mut ws = words(s);
    !ends_sentence(s)
        && ws.next().is_some_and(|first| {
            let first_entry = Lexeme::of(first);
            first_entry.is_in(List::NavigationListOpeners)
                || first_entry.opens(List::NavigationListOpeners)
                    && ws.next().is_some_and(|second| {
                        opener(&format!(
                            "{} {}",
                            crate::token::lower(first),
                            crate::token::lower(second)
                        ))
                    })
        })
}

/// How many words an item of a menu or a breadcrumb holds.
const MENU_ITEM_WORDS: std::ops::RangeInclusive<usize> = 1..=3;
/// The fewest entries of a menu spaced on one line.
const SPACED_MENU_ENTRIES: usize = 4;

/// What separates the items of a breadcrumb or a row of buttons.
const TRAIL_SEPARATORS: [char; 5] = ['|', '›', '»', '>', '/'];

/// The most words of a breadcrumb or a row of buttons between separators.
const BREADCRUMB_WORDS: usize = 12;
/// The most words of a menu or a row of buttons spaced on one line.
const SPACED_ROW_WORDS: usize = 16;
/// The fewest and most words of a menu of section names on one line.
const SECTION_MENU_WORDS: std::ops::RangeInclusive<usize> = 3..=12;

/// A menu or a row of buttons on one line: a breadcrumb ("News › Local"),
/// buttons spaced apart ("Share   Save   Print"), a spaced menu ("News
/// Weather   Sports   Watch Live") or a run of section names ("Local Crime
/// Business Weather"). The row's rule, if it is one.
pub(super) fn menu_row(s: &str, n_words: usize) -> Option<Rule> {
    // "Price: $249 / £229": a label and its values, not a trail.
    if n_words <= BREADCRUMB_WORDS
        && holds_char(s, &TRAIL_SEPARATORS)
        && is_breadcrumb(s)
        && !is_labelled(s)
    {
        if all_buttons(s.split(TRAIL_SEPARATORS)) {
            return Some(buttons_or_links(s.split(TRAIL_SEPARATORS).map(str::trim)));
        }
        return Some(Rule::Breadcrumb);
    }
    // A line with no separator is one item, and one with no run of spaces
    // nor tab one entry: neither a trail nor a spaced row.
    let spaced = n_words <= SPACED_ROW_WORDS && holds_spacing(s);
    // "Subscribe   Log in", "Share   Save   Print": buttons spaced on one line.
    if spaced && spaced_entries(s).nth(1).is_some() && all_buttons(spaced_entries(s)) {
        return Some(buttons_or_links(spaced_entries(s)));
    }
    if spaced && is_spaced_menu(s) {
        return Some(Rule::SectionMenu);
    }
    if SECTION_MENU_WORDS.contains(&n_words) && is_section_menu(s) {
        return Some(Rule::SectionMenu);
    }
    None
}

/// A row of site words: links to the site's pages (site_links.rs), or buttons.
fn buttons_or_links<'s>(entries: impl Iterator<Item = &'s str>) -> Rule {
    if super::site_links::links_site_pages(entries) {
        Rule::SitePageLinks
    } else {
        Rule::SiteButtons
    }
}

/// A breadcrumb or section trail: "News › Local › City Hall", "Markets |
/// Technology". Two or more items of at most three words, between pipes,
/// chevrons or slashes, none of them a sentence.
fn is_breadcrumb(s: &str) -> bool {
    let item = |i: &str| {
        let i = i.trim();
        let n = words(i).count();
        MENU_ITEM_WORDS.contains(&n) && !ends_sentence(i) && !i.contains('@')
    };
    let mut items = s.split(TRAIL_SEPARATORS);
    let first = items.next().unwrap_or_default();
    let mut after_first = 0;
    for i in items {
        if !i.starts_with(' ') || !item(i) {
            return false;
        }
        after_first += 1;
    }
    after_first >= 1 && item(first)
}

/// A menu of sections on one line: "Local   Crime   Business   Weather",
/// capitalised words, most of them section names (kickers.txt).
fn is_section_menu(s: &str) -> bool {
    let (mut n, mut sections) = (0, 0);
    for w in words(s) {
        if !w.starts_with(char::is_uppercase) {
            return false;
        }
        n += 1;
        sections += usize::from(is_kicker(w));
    }
    !ends_sentence(s) && 2 * sections > n
}

/// A menu pasted as one line, its entries apart by runs of spaces or tabs
/// ("News   Weather   Sports   Watch Live"): four or more entries of one to
/// three capitalised words. A sentence or headline is spaced singly.
fn is_spaced_menu(s: &str) -> bool {
    let entries: Vec<&str> = spaced_entries(s).collect();
    entries.len() >= SPACED_MENU_ENTRIES
        && entries.iter().all(|e| {
            let n = words(e).count();
            MENU_ITEM_WORDS.contains(&n) && is_capitalised_item(e) && !ends_sentence(e)
        })
}

/// Whether every entry of a line is a lone site button ("Share", "Log in").
fn all_buttons<'s>(mut entries: impl Iterator<Item = &'s str>) -> bool {
    entries.all(|e| listed(List::Boilerplate, key(e)))
}

/// The entries of a line spaced apart by runs of spaces or tabs.
fn spaced_entries(s: &str) -> impl Iterator<Item = &str> {
    s.split("  ")
        .flat_map(|part| part.split('\t'))
        .map(str::trim)
        .filter(|e| !e.is_empty())
}

/// A menu item starts with a capital; a one-word brand may start in lower
/// case ("iPlayer").
fn is_capitalised_item(s: &str) -> bool {
    s.starts_with(char::is_uppercase)
        || !s.contains(char::is_whitespace) && s.contains(char::is_uppercase)
}

/// A link list's title by its colon: "Suggested Topics:" over "Deals" /
/// "Transport". A short label ending in a colon heads what follows; over
/// two or more short lines it heads links ("He added:" heads a quotation).
pub(super) fn colon_list_titles(page: &Page, draft: &mut Draft) {
    let (text, lines, looks) = (page.text, page.lines, &mut draft.looks[..]);
    let item = |j: usize| {
        let s = lines[j].span.of(text);
        at_most_words(s, *MENU_ITEM_WORDS.end()) && !ends_sentence(s)
    };
    for i in 0..lines.len().saturating_sub(2) {
        let s = lines[i].span.of(text).trim_end();
        if matches!(looks[i], Look::Title | Look::Body)
            && s.ends_with(':')
            && at_most_words(s, *MENU_ITEM_WORDS.end())
            && !s.contains(char::is_numeric)
            && (i + 1..i + 3).all(|j| lines[j].block == lines[i].block && item(j))
        {
            looks[i] = Look::skip(Rule::ListTitle);
        }
    }
}

/// The fewest lines a menu set one item per line needs, and how many of them
/// must be section names, site words or site pages.
const MENU_COLUMN_LINES: usize = 3;
const MENU_COLUMN_SECTIONS: usize = 2;

/// A menu set one item per line ("News" / "Sport" / "What’s On" / "Jobs"):
/// a run of at least [`MENU_COLUMN_LINES`] short lines in one block, none a
/// sentence, a figure or a label with a colon, at least
/// [`MENU_COLUMN_SECTIONS`] of them section names, site-furniture words or
/// the site's own pages (kickers.txt, boilerplate.txt, site_pages.txt).
/// Each line alone looks like a title or a section label; together they
/// are the site's menu.
pub(super) fn menu_columns(page: &Page, draft: &mut Draft) {
    let (text, lines, looks) = (page.text, page.lines, &mut draft.looks[..]);
    let item: Vec<bool> = (0..lines.len())
        .map(|i| {
            let s = lines[i].span.of(text);
            let short = at_most_words(s, *MENU_ITEM_WORDS.end());
            let looks_like_item = matches!(
                looks[i],
                Look::Title
                    | Look::Label
                    | Look::Skip(_, Rule::SectionLabel | Rule::SiteWord | Rule::ListTitle)
            );
            // A site index sets its items in lower case ("home page",
            // "today's paper"), which look like body text; a short line that
            // ends no sentence is an item while the run it stands in names
            // enough sections.
            (looks_like_item || looks[i] == Look::Body)
                && short
                && !ends_item_sentence(s)
                && !s.contains(':')
                && !s.chars().any(|c| c.is_ascii_digit())
        })
        .collect();
    let mut i = 0;
    while i < lines.len() {
        let mut end = i;
        while end < lines.len() && lines[end].block == lines[i].block && item[end] {
            end += 1;
        }
        if end == i {
            i += 1;
            continue;
        }
        // A footer's menu names the site's pages ("about", "privacy") rather
        // than its sections.
        let is_section = |j: usize| {
            key(lines[j].span.of(text)).is_in_any(&[
                List::Kickers,
                List::Boilerplate,
                List::SitePages,
            ])
        };
        // The page's first line is its masthead, above the menu, unless it
        // is a section name itself.
        let start = if i == 0 && !is_section(0) { 1 } else { i };
        let sections = (start..end).filter(|&j| is_section(j)).count();
        if end - start >= MENU_COLUMN_LINES && sections >= MENU_COLUMN_SECTIONS {
            // Site buttons ("Share", "Sign in") among the items stay buttons.
            for look in &mut looks[start..end] {
                if *look != Look::skip(Rule::SiteWord) {
                    *look = Look::skip(Rule::MenuColumn);
                }
            }
        }
        i = end;
    }
}

/// Whether a short line ends a sentence, an abbreviation ("U.S.", "N.Y.")
/// standing as a menu item aside.
fn ends_item_sentence(s: &str) -> bool {
    let last = words(s).next_back().unwrap_or("");
    let abbreviation = last.ends_with('.') && last[..last.len() - 1].contains('.');
    ends_sentence(s) && !abbreviation
}

/// The fewest numbered entries that make a ranked list.
const RANKED_LIST_ENTRIES: usize = 3;
/// The most words of a story's title in a ranked list.
const MOST_RANKED_TITLE_WORDS: usize = 40;

/// A ranked list of other stories, each title under its number on a line of
/// its own ("1" / "The melting of Antarctica was already really bad. It just
/// got worse." / "2" / ...): three entries or more numbered 1, 2, 3 in turn.
/// A "Most read" box pastes this way; an article numbers its points on the
/// point's own line ("1. Check the label").
pub(super) fn ranked_lists(page: &Page, draft: &mut Draft) {
    let (text, lines, looks) = (page.text, page.lines, &mut draft.looks[..]);
    let number = |i: usize| -> Option<usize> {
        let s = lines[i].span.of(text).trim();
        (s.len() <= 3).then(|| s.parse().ok()).flatten()
    };
    let entry = |looks: &[Look], i: usize| {
        i + 1 < lines.len()
            && number(i).is_some()
            && matches!(looks[i + 1], Look::Body | Look::Title | Look::Exclaim)
            && at_most_words(lines[i + 1].span.of(text), MOST_RANKED_TITLE_WORDS)
    };
    let mut i = 0;
    while i < lines.len() {
        if number(i) != Some(1) || !entry(looks, i) {
            i += 1;
            continue;
        }
        let (mut end, mut entries) = (i, 0);
        while end < lines.len() && number(end) == Some(entries + 1) && entry(looks, end) {
            end += 2;
            entries += 1;
        }
        if entries >= RANKED_LIST_ENTRIES {
            for j in (i + 1..end).step_by(2) {
                looks[j] = Look::skip(Rule::RankedEntry);
            }
        }
        i = end.max(i + 1);
    }
}

/// The most words of an item of a section trail.
const MOST_TRAIL_ITEM_WORDS: usize = 2;

/// Above the first body line, a block of two or more one- or two-word
/// titles is the site's section trail ("Football" over "Championship"), and
/// under a link-list title standing alone ("Most read"), a block of titles
/// is its links.
pub(super) fn section_trails(page: &Page, draft: &mut Draft) {
    let (text, lines, looks) = (page.text, page.lines, &mut draft.looks[..]);
    let mut before_body = true;
    let mut after_list_title = false;
    for block in blocks(lines) {
        let titles = block.clone().all(|i| {
            matches!(
                looks[i],
                Look::Title | Look::Skip(SkipReason::Boilerplate, Rule::SectionLabel)
            )
        });
        let tiny = block
            .clone()
            .all(|i| at_most_words(lines[i].span.of(text), MOST_TRAIL_ITEM_WORDS));
        if titles && block.len() >= 2 && (after_list_title || before_body && tiny) {
            for i in block.clone() {
                looks[i] = Look::skip(Rule::SectionTrail);
            }
        }
        before_body &= !block.clone().any(|i| looks[i] == Look::Body);
        after_list_title = block.len() == 1 && looks[block.start] == Look::skip(Rule::ListTitle);
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{assert_roles, roles};

    #[test]
    fn a_menu_one_item_per_line_under_the_masthead() {
        assert_roles(
            "Ashworth Gazette\nNews\nSport\nWhat’s On\nPuzzles\n\
             Council leader suspended as police assess complaint\n\
             Hannah Okoro Health correspondent\n\
             Tue 16 Mar 2027 00.01 GMT\n\n\
             The leader was suspended on Thursday.\n\n\
             This article was amended on 17 March 2027. An earlier version gave the wrong date.",
            &[
                ("Ashworth Gazette", "boilerplate"),
                ("News", "navigation"),
                ("Sport", "navigation"),
                ("What’s On", "navigation"),
                ("Puzzles", "navigation"),
                (
                    "Council leader suspended as police assess complaint",
                    "headline",
                ),
                ("Hannah Okoro Health correspondent", "byline"),
                ("Tue 16 Mar 2027 00.01 GMT", "dateline"),
                ("The leader was suspended on Thursday.", "body"),
                (
                    "This article was amended on 17 March 2027. An earlier version gave the wrong date.",
                    "dateline",
                ),
            ],
        );
    }

    #[test]
    fn a_ranked_list_of_stories_is_navigation() {
        let got = roles(
            "The council approved the plan on Monday.\n\n\
             Most read\n\
             1\n\
             The ferry is back. It runs twice a day.\n\
             2\n\
             Why the bridge costs so much\n\
             3\n\
             Ten places to eat by the harbour",
        );
        let body: Vec<&str> = got
            .iter()
            .filter(|(_, r)| r == "body")
            .map(|(t, _)| t.as_str())
            .collect();
        assert_eq!(body, ["The council approved the plan on Monday."]);
        // Two numbered lines are no ranked list.
        let got = roles(
            "The council approved the plan on Monday.\n\n\
             1\n\
             The ferry is back. It runs twice a day.\n\
             2\n\
             The bridge opens in May. Tolls start in June.",
        );
        assert_eq!(got.iter().filter(|(_, r)| r == "body").count(), 3);
    }

    #[test]
    fn a_site_index_in_lower_case_is_a_menu() {
        let got = roles(
            "The council approved the plan on Monday.\n\n\
             news\n\
             home page\n\
             world\n\
             today's paper\n\
             U.S.\n\
             privacy\n\
             help",
        );
        assert!(got[1..].iter().all(|(_, r)| r != "body"), "{got:?}");
    }

    #[test]
    fn a_footer_of_the_sites_pages_is_a_menu() {
        let got = roles(
            "The council approved the plan on Monday.\n\n\
             about\n\
             press\n\
             RSS\n\
             user terms\n\
             Help\n\
             Contact",
        );
        assert!(got[1..].iter().all(|(_, r)| r == "navigation"), "{got:?}");
        // One such word alone in the body is left to the other rules.
        let got = roles("The council approved the plan on Monday.\n\nHelp\n\nThe vote was 7-2.");
        assert_eq!(
            got.iter().filter(|(_, r)| r == "navigation").count(),
            0,
            "{got:?}"
        );
    }

    #[test]
    fn a_title_ending_in_a_colon_heads_links() {
        assert_roles(
            "Port deal nears\n\nThe port is for sale, people said.\n\nSuggested Topics:\nDeals\nTransport\n\n($1 = 10.97 crowns)",
            &[
                ("Port deal nears", "headline"),
                ("The port is for sale, people said.", "body"),
                ("Suggested Topics:", "navigation"),
                ("Deals", "navigation"),
                ("Transport", "navigation"),
                ("($1 = 10.97 crowns)", "body"),
            ],
        );
        // A colon over a paragraph introduces it; it heads no links.
        assert_roles(
            "Port deal nears\n\nThe port is for sale, people said.\n\nHe added:\nThe talks could end this week and the board would meet.",
            &[
                ("Port deal nears", "headline"),
                ("The port is for sale, people said.", "body"),
                ("He added:", "body"),
                ("The talks could end this week and the board would meet.", "body"),
            ],
        );
    }

    #[test]
    fn a_menu_one_item_per_line_may_hold_a_brand_in_lower_case() {
        assert_roles(
            "Home\nNews\nSport\niPlayer\nWeather\n\nMinisters shelve rail plan\n\nThe line will not reopen.",
            &[
                ("Home", "navigation"),
                ("News", "navigation"),
                ("Sport", "navigation"),
                ("iPlayer", "navigation"),
                ("Weather", "navigation"),
                ("Ministers shelve rail plan", "headline"),
                ("The line will not reopen.", "body"),
            ],
        );
    }
}
