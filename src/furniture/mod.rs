//! Page furniture: what is set aside rather than analysed.
//!
//! See ../shared/LABELS.md, "Claims": every skipped item carries one reason,
//! and every reason comes from one [`Rule`].
//!
//! A page is read in three steps, each in its own place:
//! 1. **Each line alone** ([`look::look`]): the line rules, in the order
//!    they run, give the line a first [`Look`] (body, title, furniture with
//!    its rule...). The markup's hint for the line's block then weighs in
//!    ([`hints::weigh`]).
//! 2. **The page passes** ([`PASSES`]), in order: what a block of lines says
//!    together that no line says alone (a fact box, a menu set one item per
//!    line, reader comments). Each pass reads the looks the passes before it
//!    left and changes some.
//! 3. **The pieces** ([`pieces::pieces`]): titles become headlines,
//!    mastheads or footers, repeats become duplicates, and a dateline or a
//!    salutation opening a body line is cut off it.
//!
//! A rule's patterns, word lists, thresholds, code and tests sit together
//! in the file of its family:
//!
//! | file | what it sets aside (or keeps) |
//! |---|---|
//! | `ads.rs` | ad slots, sponsored content, sponsors' lines, promoted links, text ads |
//! | `banners.rs` | site-wide alert banners above the headline |
//! | `bylines.rs` | bylines, credit trailers, agencies, translators, writers' posts, author notes |
//! | `cards.rs` | story cards: other stories' titles, blurbs, writers and dates |
//! | `comments.rs` | reader comments and the comments widget |
//! | `credits.rs` | photo captions and credits, photo labels, audio cues |
//! | `data_panels.rs` | score panels and stock widgets |
//! | `datelines.rs` | dates and times, wire datelines, update stamps, corrections |
//! | `first_datelines.rs` | datelines only an article's first paragraph opens with ("MUMBAI:") |
//! | `duplicates.rs` | repeated headlines and captions, pull quotes |
//! | `fact_boxes.rs` | kept: fact boxes, labelled figures, table rows, pros and cons, verdicts |
//! | `head.rs` | the page's head: the rubric above the headline |
//! | `head_captions.rs` | the photo caption above the story, by its credit's shape and its place |
//! | `headed.rs` | the lines under a label (references, links, sponsored blocks, ad slots) |
//! | `headlines.rs` | titles and standfirsts; which titles are headlines, mastheads, footers |
//! | `letters.rs` | letters' salutations and signatures |
//! | `licensing.rs` | broadcast restrictions and licensing terms |
//! | `menus.rs` | menus, breadcrumbs, link lists, ranked lists, teasers |
//! | `openings.rs` | lines known by how they open (links, site furniture, newsletters) |
//! | `publisher.rs` | production notes, calls for tips, the publisher's blurb and long furniture at the foot |
//! | `site_links.rs` | a row of links to the site's own pages (privacy, terms, contact) |
//! | `sign_ups.rs` | newsletter, app and alert sign-up calls and the boxes around them |
//! | `site.rs` | site words, banners, copyright, pitches, references, editor's notes |
//! | `teasers.rs` | teasers that read as sentences under a link list's title |
//! | `wrapping.rs` | kept: hard-wrapped lines, points under a lead-in |
//!
//! The words and shapes several families read are in `words.rs` and
//! `blocks.rs`; a rule by its pattern is a `LinePattern` (`gate.rs`), with
//! the cheap gate that spares most lines the search; the rules' ids and
//! messages are in `rule.rs`; the markup's hints are weighed in `hints.rs`.
//! A new line rule goes into [`look::look`] where its order matters (before
//! any rule that would catch the same line with a vaguer reason); a new
//! pass goes into [`PASSES`].

use std::collections::HashMap;

use crate::layout::Line;
use crate::page::BlockRole;
use crate::Span;

mod ads;
mod banners;
mod blocks;
mod bylines;
mod cards;
mod char_gates;
mod comments;
mod credits;
mod data_panels;
mod datelines;
mod duplicates;
mod fact_boxes;
mod first_datelines;
mod gate;
mod head;
mod head_captions;
mod head_trails;
mod headed;
mod headlines;
mod hints;
mod letters;
mod licensing;
mod line_gates;
mod link_lists;
mod look;
mod menus;
mod openings;
mod pieces;
mod publisher;
mod rule;
mod sign_ups;
mod site;
mod site_links;
mod teasers;
mod update_notes;
mod words;
mod wrapping;

/// Compiles every furniture pattern now rather than on first use (see
/// [`crate::warm`]).
pub(crate) fn warm() {
    ads::warm();
    bylines::warm();
    comments::warm();
    credits::warm();
    datelines::warm();
    first_datelines::warm();
    headlines::warm();
    letters::warm();
    publisher::warm();
    sign_ups::warm();
    site::warm();
    update_notes::warm();
}

pub use rule::Rule;

/// Why a piece of text is not a claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SkipReason {
    Headline,
    Caption,
    Credit,
    Duplicate,
    Navigation,
    Byline,
    Dateline,
    Advertisement,
    Restriction,
    Boilerplate,
}

impl SkipReason {
    pub fn as_str(self) -> &'static str {
        match self {
            SkipReason::Headline => "headline",
            SkipReason::Caption => "caption",
            SkipReason::Credit => "credit",
            SkipReason::Duplicate => "duplicate",
            SkipReason::Navigation => "navigation",
            SkipReason::Byline => "byline",
            SkipReason::Dateline => "dateline",
            SkipReason::Advertisement => "advertisement",
            SkipReason::Restriction => "restriction",
            SkipReason::Boilerplate => "boilerplate",
        }
    }
}

/// A piece of page furniture, set aside with its reason.
#[derive(Clone, Debug, PartialEq)]
pub struct Skipped {
    pub span: Span,
    pub reason: SkipReason,
    /// What made it furniture, for the reader ("ends with a photo credit"):
    /// a rule's message, made into a string only when the document is written.
    pub detail: &'static str,
}

/// What a piece of a line is, once the page's furniture has been recognised.
#[derive(Clone, Debug, PartialEq)]
pub enum Role {
    /// Article body: becomes claims.
    Body,
    /// A headline or subhead. `starts_article` marks the headline of a new
    /// article on a page that holds several.
    Headline { starts_article: bool },
    /// Other furniture: the rule's reason, and the rule.
    Skip(SkipReason, Rule),
}

impl Role {
    /// Furniture found by `rule`.
    fn skip(rule: Rule) -> Role {
        Role::Skip(rule.reason(), rule)
    }
}

/// A line, or part of a line, with its role.
#[derive(Clone, Debug, PartialEq)]
pub struct Piece {
    pub span: Span,
    /// Index into the lines the pieces were made from.
    pub line: usize,
    pub role: Role,
}

/// A first look at one line, before headlines are told from other short lines.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Look {
    Body,
    /// Short, unpunctuated, standing alone: a headline, or site furniture.
    Title,
    /// Short and standing alone, but ending in `?` or `!`: site furniture
    /// when no article text follows, otherwise a line of the body.
    Exclaim,
    /// A lone proper name right under a headline: a photo label.
    Label,
    /// Furniture: the rule's reason (to match on), and the rule. Made by
    /// [`Look::skip`], which keeps the two together.
    Skip(SkipReason, Rule),
}

impl Look {
    /// Furniture found by `rule`.
    fn skip(rule: Rule) -> Look {
        Look::Skip(rule.reason(), rule)
    }

    /// Whether the line is still read as text: not set aside by any rule.
    fn is_text(self) -> bool {
        matches!(self, Look::Body | Look::Title | Look::Exclaim | Look::Label)
    }
}

/// The page being read.
#[derive(Clone, Copy)]
struct Page<'t> {
    text: &'t str,
    lines: &'t [Line],
    /// What the markup says each line's block is: empty for plain text.
    hints: &'t [Option<BlockRole>],
}

impl<'t> Page<'t> {
    /// The text of line `i`.
    fn line(&self, i: usize) -> &'t str {
        self.lines[i].span.of(self.text)
    }

    /// The markup's hint for line `i`'s block.
    fn hint(&self, i: usize) -> Option<BlockRole> {
        self.hints.get(i).copied().flatten()
    }
}

/// What the passes have found so far.
struct Draft {
    /// Each line's look.
    looks: Vec<Look>,
    /// Lines cut in two: at which byte, the role of the head and of the tail.
    splits: HashMap<usize, (usize, Role, Role)>,
    /// Lines repeating a headline or caption printed above them.
    repeats: Vec<bool>,
    /// Whether body text comes below each line before any menu.
    body_follows: Vec<bool>,
    /// Whether a menu comes below each line before any body text.
    menu_follows: Vec<bool>,
}

/// A pass over the whole page: it reads the looks so far and changes some.
type Pass = fn(&Page, &mut Draft);

/// The page passes, in the order they run. A pass sees what every pass
/// above it decided.
const PASSES: &[Pass] = &[
    // A paste with no running text is all claims.
    headlines::untitled_paste,
    // Lines that look like titles alone but state facts together.
    fact_boxes::fact_boxes,
    fact_boxes::pros_and_cons,
    // Menus, link lists and ads, block by block.
    menus::colon_list_titles,
    data_panels::data_panels,
    menus::menu_columns,
    ads::promoted_links,
    menus::ranked_lists,
    ads::text_ads,
    // Lists that are the article's after all.
    wrapping::lead_in_points,
    menus::section_trails,
    // The top of the article: subheads, the writer's post, the standfirst,
    // the kicker.
    headlines::question_subheads,
    bylines::writers_posts,
    headlines::standfirst,
    headlines::kicker_colon,
    // Titles that are lines of a hard-wrapped paragraph.
    wrapping::hard_wrapped,
    // Names and labels beside the furniture they belong to.
    bylines::names_beside_dates,
    cards::story_cards,
    credits::photo_labels,
    letters::signatures,
    // Lines that take their kind from the furniture around them: under a
    // label, above a credit, in a block of licensing terms.
    headed::headed_blocks,
    link_lists::under_bare_labels,
    credits::captions_above_credits,
    head_captions::head_captions,
    licensing::licensing_blocks,
    sign_ups::sign_up_boxes,
    // The publisher's lines below the article's last.
    publisher::publisher_foot,
    // Teasers that read as sentences under a link list's title.
    teasers::teasers,
    // Repeats of the page's own words.
    duplicates::pull_quotes,
    duplicates::repeated_asides,
    duplicates::repeats,
    // Trails of links or topics above the headline, and the section's
    // label above it, once the head's titles, standfirst and byline are
    // known.
    head_trails::head_trails,
    head::rubrics,
    banners::alert_banners,
    head::link_headline,
    // What comes below each line, for telling headlines from the masthead
    // and the footer (see `pieces`): read before the passes below change
    // any look.
    headlines::what_follows,
    // Furniture found by what the article says above it.
    bylines::author_notes,
    comments::reader_comments,
];

/// Finds the page furniture among `lines` of `text` and returns every line,
/// or part of a line, with its role. Every line's span is covered exactly by
/// its pieces.
#[cfg(test)]
pub fn classify(text: &str, lines: &[Line]) -> Vec<Piece> {
    classify_with(text, lines, &[])
}

/// [`classify`] with the page's block hints: `hints[i]` is what the markup
/// says line `i`'s block is (empty for plain text, which is then classified
/// exactly as by [`classify`]). Hints are evidence the rules weigh
/// ([`hints::weigh`]): a caption, menu or aside in the markup is furniture
/// whatever its words; a heading is a title only while it reads as one; an
/// aside repeating the article's own words is a duplicate.
pub fn classify_with(text: &str, lines: &[Line], hints: &[Option<BlockRole>]) -> Vec<Piece> {
    let page = Page { text, lines, hints };
    let mut draft = Draft {
        looks: (0..lines.len())
            .map(|i| {
                let s = page.line(i);
                hints::weigh(page.hint(i), look::look_in(text, lines[i].span), s)
            })
            .collect(),
        splits: HashMap::new(),
        repeats: vec![false; lines.len()],
        body_follows: vec![false; lines.len()],
        menu_follows: vec![false; lines.len()],
    };
    for pass in PASSES {
        pass(&page, &mut draft);
    }
    pieces::pieces(&page, draft)
}

/// Helpers for the rules' tests.
#[cfg(test)]
pub(crate) mod testing {
    use super::{classify, Role};
    use crate::layout::lines;

    /// Classifies `text` and returns (piece text, role) pairs.
    pub fn roles(text: &str) -> Vec<(String, String)> {
        classify(text, &lines(text))
            .into_iter()
            .map(|p| {
                let role = match p.role {
                    Role::Body => "body".to_string(),
                    Role::Headline {
                        starts_article: true,
                    } => "headline+".to_string(),
                    Role::Headline {
                        starts_article: false,
                    } => "headline".to_string(),
                    Role::Skip(r, _) => r.as_str().to_string(),
                };
                (p.span.of(text).to_string(), role)
            })
            .collect()
    }

    /// Asserts the (piece text, role) pairs `text` is classified into.
    pub fn assert_roles(text: &str, expected: &[(&str, &str)]) {
        let got = roles(text);
        let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(got, expected);
    }

    /// Every line of every fixture text (tests/fixtures): real pages and
    /// the team's articles, for checking a gate or a rewritten pattern
    /// against the lines it will meet.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn fixture_lines() -> Vec<String> {
        let lines: Vec<String> = fixture_texts()
            .iter()
            .flat_map(|(_, text)| text.lines().map(str::to_string))
            .collect();
        assert!(lines.len() > 1000, "the fixtures are there");
        lines
    }

    /// Every fixture text under tests/fixtures, with its path.
    pub(crate) fn fixture_texts() -> Vec<(String, String)> {
        let mut texts = Vec::new();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let mut dirs = vec![root];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(dir).expect("the fixtures").flatten() {
                let path = entry.path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "txt") {
                    let text = std::fs::read_to_string(&path).expect("a fixture");
                    texts.push((path.display().to_string(), text));
                }
            }
        }
        texts
    }
}

/// Whole pages, each read by many rules together.
#[cfg(test)]
mod tests {
    use super::testing::assert_roles;

    #[test]
    fn share_buttons_times_and_staff_bylines() {
        assert_roles(
            "Council shelves bus lane plan\n\nShare\nSave\n\nKXYZ News 4 Staff\nPublished: Nov. 27, 2026 at 5:48 PM CST | Updated: Nov. 27, 2026 at 9:15 PM CST\n\n11:52 BST\nThe council voted on Monday.\n\nPublished in 2019, the report found that half of the lanes were empty.",
            &[
                ("Council shelves bus lane plan", "headline"),
                ("Share", "boilerplate"),
                ("Save", "boilerplate"),
                ("KXYZ News 4 Staff", "byline"),
                (
                    "Published: Nov. 27, 2026 at 5:48 PM CST | Updated: Nov. 27, 2026 at 9:15 PM CST",
                    "dateline",
                ),
                ("11:52 BST", "dateline"),
                ("The council voted on Monday.", "body"),
                (
                    "Published in 2019, the report found that half of the lanes were empty.",
                    "body",
                ),
            ],
        );
    }

    #[test]
    fn consent_banner_trails_panels_and_sign_ups() {
        assert_roles(
            "We use cookies to personalise content and ads and to analyse our traffic. By clicking \"Accept all\", you agree to the storing of cookies on your device.\nAccept all\n\n\
             News › Local › City Hall\n\n\
             Football\nChampionship\n\n\
             Guest column: Pools are closing. Children pay the price.\n\n\
             By Tessa Morgan | tmorgan@examiner.ca\n\n\
             Owen Pritchard at Mill Lane\nSat 28 Nov 2026 17.21 GMT\n\n\
             Castleford Athletic 3–2 Redbridge Rovers\nOkonkwo 12, Varga 67, Hale 90+3\nBrennan 41, 58\n\n\
             The council voted 6-5 on Tuesday.\n\n\
             Get the day's biggest stories in your inbox every morning.\n\n\
             Associated Press writer Jo Reyes in Concord, N.H., contributed to this report.\n\n\
             Copyright 2026 The Associated Press. All rights reserved. This material may not be published without permission.\n\n\
             Most read\n\n\
             1. Highway 7 reopens after crash\n\
             2. Bakery wins award\n\n\
             Explore more on these topics\nRedbridge Rovers\nmatch reports",
            &[
                (
                    "We use cookies to personalise content and ads and to analyse our traffic. By clicking \"Accept all\", you agree to the storing of cookies on your device.",
                    "boilerplate",
                ),
                ("Accept all", "boilerplate"),
                ("News › Local › City Hall", "navigation"),
                ("Football", "navigation"),
                ("Championship", "navigation"),
                ("Guest column: Pools are closing. Children pay the price.", "headline"),
                ("By Tessa Morgan | tmorgan@examiner.ca", "byline"),
                ("Owen Pritchard at Mill Lane", "byline"),
                ("Sat 28 Nov 2026 17.21 GMT", "dateline"),
                ("Castleford Athletic 3–2 Redbridge Rovers", "boilerplate"),
                ("Okonkwo 12, Varga 67, Hale 90+3", "boilerplate"),
                ("Brennan 41, 58", "boilerplate"),
                ("The council voted 6-5 on Tuesday.", "body"),
                ("Get the day's biggest stories in your inbox every morning.", "boilerplate"),
                (
                    "Associated Press writer Jo Reyes in Concord, N.H., contributed to this report.",
                    "byline",
                ),
                ("Copyright 2026 The Associated Press. All rights reserved.", "boilerplate"),
                ("This material may not be published without permission.", "restriction"),
                ("Most read", "navigation"),
                ("1. Highway 7 reopens after crash", "navigation"),
                ("2. Bakery wins award", "navigation"),
                ("Explore more on these topics", "navigation"),
                ("Redbridge Rovers", "navigation"),
                ("match reports", "navigation"),
            ],
        );
    }

    #[test]
    fn magazine_and_explainer_furniture() {
        assert_roles(
            "Skip to content\nThe Meridian\nSubscribe | Log in\n\n\
             Local   Crime   Business   Weather   Sports\n\n\
             The Seed Keeper\n\n\
             In a mountain village, a retired teacher has spent thirty years saving seeds. Now the gene banks are calling.\n\n\
             By Clara Whitfield\n\n\
             12 min read\n\n\
             The cellar smells of earth. \u{201c}A seed that nobody plants is just a small stone,\u{201d} she says.\n\n\
             \u{201c}A seed that nobody plants is just a small stone.\u{201d}\n\n\
             What happened?\n\nA fire broke out.\n\n\
             Who is affected?\n\nAbout 300 homes.\n\n\
             When can people go home?\n\nNot before Friday.\n\n\
             This article appears in the March 2027 issue of The Meridian.\n\n\
             More from The Meridian\nThe Night Ferry to Stromness\n\n\
             WhatsApp",
            &[
                ("Skip to content", "navigation"),
                ("The Meridian", "boilerplate"),
                ("Subscribe | Log in", "boilerplate"),
                ("Local   Crime   Business   Weather   Sports", "navigation"),
                ("The Seed Keeper", "headline"),
                (
                    "In a mountain village, a retired teacher has spent thirty years saving seeds. Now the gene banks are calling.",
                    "headline",
                ),
                ("By Clara Whitfield", "byline"),
                ("12 min read", "boilerplate"),
                (
                    "The cellar smells of earth. \u{201c}A seed that nobody plants is just a small stone,\u{201d} she says.",
                    "body",
                ),
                ("\u{201c}A seed that nobody plants is just a small stone.\u{201d}", "duplicate"),
                ("What happened?", "headline"),
                ("A fire broke out.", "body"),
                ("Who is affected?", "headline"),
                ("About 300 homes.", "body"),
                ("When can people go home?", "headline"),
                ("Not before Friday.", "body"),
                ("This article appears in the March 2027 issue of The Meridian.", "dateline"),
                ("More from The Meridian", "navigation"),
                ("The Night Ferry to Stromness", "navigation"),
                ("WhatsApp", "boilerplate"),
            ],
        );
    }

    #[test]
    fn masthead_menu_byline_date_and_footer() {
        assert_roles(
            "logo\n\nDaily Harbour News\n\n  • Home\n  • About\n\nCouncil Votes on Budget\n\nJane Doe\nMarch 3, 2025\n\nThe council voted 7-2 on Monday.\n\nSubscribe to our channel\n\n---\n\nGet Yours!\n\n© Daily Harbour\n  • About",
            &[
                ("logo", "boilerplate"),
                ("Daily Harbour News", "boilerplate"),
                ("• Home", "navigation"),
                ("• About", "navigation"),
                ("Council Votes on Budget", "headline"),
                ("Jane Doe", "byline"),
                ("March 3, 2025", "dateline"),
                ("The council voted 7-2 on Monday.", "body"),
                ("Subscribe to our channel", "boilerplate"),
                ("---", "boilerplate"),
                ("Get Yours!", "boilerplate"),
                ("© Daily Harbour", "boilerplate"),
                ("• About", "navigation"),
            ],
        );
    }

    #[test]
    fn opinion_site_furniture() {
        assert_roles(
            "Opinion | The lanes worked. Why tear them out?\n\nOpinion by Ana Ruiz\n\n\
             Ana Ruiz is a transport researcher and a columnist.\n\n\
             Ed Park, Senior Lecturer in Energy Policy, University of Leeds\n\n\
             The lanes cut journey times by a tenth.\n\n\
             A boy reads outside the library on Sunday.\nPhoto by Grace Okafor\n\n\
             The council meets on Monday.\n\n\
             The views expressed are the author’s own.\n\n\
             This article is republished from The Conversation under a Creative Commons license.\n\n\
             (Reporting by Amira Haddad; Editing by Hugh Lawson)",
            &[
                ("Opinion | The lanes worked. Why tear them out?", "headline"),
                ("Opinion by Ana Ruiz", "byline"),
                ("Ana Ruiz is a transport researcher and a columnist.", "byline"),
                ("Ed Park, Senior Lecturer in Energy Policy, University of Leeds", "byline"),
                ("The lanes cut journey times by a tenth.", "body"),
                ("A boy reads outside the library on Sunday.", "caption"),
                ("Photo by Grace Okafor", "credit"),
                ("The council meets on Monday.", "body"),
                ("The views expressed are the author’s own.", "boilerplate"),
                (
                    "This article is republished from The Conversation under a Creative Commons license.",
                    "restriction",
                ),
                ("(Reporting by Amira Haddad; Editing by Hugh Lawson)", "byline"),
            ],
        );
    }

    #[test]
    fn bbc_and_afp_page_furniture() {
        assert_roles(
            "News   Sport   Weather   iPlayer   Sounds\n\n\
             Water protests flare in Basra\n\n\
             Helen Marsh\nPolitical reporter, BBC News\n\n\
             Share   Facebook   X   Email\n\n\
             Image source, PA Media\nImage caption, Protesters block a road in Basra\n\n\
             Basra (Iraq) (AFP) - Hundreds of people protested on Wednesday.\n\n\
             has/sbk/jsa",
            &[
                ("News   Sport   Weather   iPlayer   Sounds", "navigation"),
                ("Water protests flare in Basra", "headline"),
                ("Helen Marsh", "byline"),
                ("Political reporter, BBC News", "byline"),
                ("Share   Facebook   X   Email", "boilerplate"),
                ("Image source, PA Media", "credit"),
                ("Image caption, Protesters block a road in Basra", "caption"),
                ("Basra (Iraq) (AFP) -", "dateline"),
                ("Hundreds of people protested on Wednesday.", "body"),
                ("has/sbk/jsa", "byline"),
            ],
        );
    }
}
