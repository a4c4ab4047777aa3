//! Headlines and subheads: short unpunctuated lines standing alone, a
//! standfirst under the headline, a kicker opening it ("Opinion | ..."), an
//! explainer's question subheads; and which titles are headlines at all
//! (body text follows them), which are the masthead (a menu follows) and
//! which the page's footer (nothing follows), and which open a new article.

use std::sync::LazyLock;

use regex::Regex;

use super::gate::{self, LinePattern};

use super::datelines::opens_with_dateline;
use super::menus::is_kicker;
use super::words::{
    at_most_words, ends_sentence, is_parenthetical, starts_lowercase, starts_with_bullet,
};
use super::{Draft, Look, Page, Rule, SkipReason};
use crate::layout::Line;

/// The most words of a title.
const TITLE_WORDS: usize = 20;
/// The most bytes of a title.
const TITLE_BYTES: usize = 200;
/// The most words of a line ending in `?` or `!` read as an exclamation.
const EXCLAIM_WORDS: usize = 6;

/// A line's shape alone: short, not in lower case, no bullet or brackets,
/// it is a title when it ends no sentence and an exclamation ("Get
/// Yours!") when it ends on `?` or `!`.
pub(super) fn title_shape(s: &str, n_words: usize) -> Option<Look> {
    if n_words <= TITLE_WORDS
        && s.len() <= TITLE_BYTES
        && !starts_lowercase(s)
        && !starts_with_bullet(s)
        && !is_parenthetical(s)
    {
        if !ends_sentence(s) {
            return Some(Look::Title);
        }
        if n_words <= EXCLAIM_WORDS
            && s.trim_end_matches(|c: char| !c.is_alphanumeric()).len() < s.len()
            && s.ends_with(['!', '?'])
        {
            return Some(Look::Exclaim);
        }
    }
    None
}

/// A standfirst by its label: "Summary: ...", "Standfirst: ...".
static STANDFIRST: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"^(?i:summary|standfirst)\s*:\s+\S").expect("standfirst")
});

/// The most words of a standfirst, labelled or not.
const STANDFIRST_WORDS: usize = 60;

/// The rule for a line that is a standfirst by its label ([`STANDFIRST`]).
pub(super) static STANDFIRST_RULE: LinePattern = LinePattern {
    most_words: STANDFIRST_WORDS,
    gate: Some(could_be_standfirst),
    pattern: &STANDFIRST,
};

/// [`STANDFIRST`]'s gate: "Summary" or "Standfirst" opens the line.
fn could_be_standfirst(s: &str) -> bool {
    gate::opens_with(s, &["summary", "standfirst"])
}

/// "Opinion | The bus lanes worked": a section label and a pipe opening a headline.
static KICKER_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"^([A-Za-z][A-Za-z -]{1,24}?)\s*\|\s*\S").expect("kicker prefix")
});

/// The most words of a headline under its kicker.
const KICKED_HEADLINE_WORDS: usize = 30;

/// Whether a line is a headline under a kicker and a pipe ([`KICKER_PREFIX`]).
pub(super) fn opens_with_kicker(s: &str, n_words: usize) -> bool {
    n_words <= KICKED_HEADLINE_WORDS
        && s.contains('|')
        && KICKER_PREFIX.captures(s).is_some_and(|c| is_kicker(&c[1]))
}

/// "Guest column: Rural hospitals are closing": a section label and a colon
/// opening the page's headline. Only above the first body line: further
/// down, "Update: police have confirmed ..." is a sentence.
static KICKER_COLON: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"^([A-Za-z][A-Za-z -]{1,24}?):\s+\S").expect("kicker colon")
});

/// A paste with no line of running text is what the person wants read: a
/// lone sentence ("Why is the council tearing them out?") is a claim, not a
/// page footer.
pub(super) fn untitled_paste(_: &Page, draft: &mut Draft) {
    if !draft.looks.contains(&Look::Body) {
        for l in &mut draft.looks {
            if matches!(l, Look::Title | Look::Exclaim) {
                *l = Look::Body;
            }
        }
    }
}

/// The fewest questions that make an explainer's subheads.
const FEWEST_QUESTION_SUBHEADS: usize = 3;

/// An explainer's subheads: three or more short questions, each alone in
/// its block with body text right after ("What happened?", "Who is
/// affected?"). One or two such lines are the author's questions, claims.
pub(super) fn question_subheads(page: &Page, draft: &mut Draft) {
    let (text, lines, looks) = (page.text, page.lines, &mut draft.looks[..]);
    let subheads: Vec<usize> = (0..lines.len())
        .filter(|&i| {
            looks[i] == Look::Exclaim
                && lines[i].span.of(text).ends_with('?')
                && super::blocks::alone_in_block(lines, i)
                && looks.get(i + 1) == Some(&Look::Body)
        })
        .collect();
    if subheads.len() >= FEWEST_QUESTION_SUBHEADS {
        for i in subheads {
            looks[i] = Look::Title;
        }
    }
}

/// A standfirst: above the first body line, a paragraph set between the
/// headline and the byline ("In a mountain village in Piedmont, a retired
/// schoolteacher has spent thirty years ..."). It reads like body text but
/// is the headline's furniture. A headline written as sentences ("Okafor's
/// transit bet is bold. Whether Alderport can afford it is another
/// question.") under a kicker or menu, with no title above it, is the same:
/// a line or two of sentences that the byline follows.
pub(super) fn standfirst(page: &Page, draft: &mut Draft) {
    let (text, lines, looks) = (page.text, page.lines, &mut draft.looks[..]);
    let Some(first_body) = looks.iter().position(|l| *l == Look::Body) else {
        return;
    };
    let i = first_body;
    let short = |j: usize| at_most_words(lines[j].span.of(text), STANDFIRST_WORDS);
    if i == 0 || !short(i) {
        return;
    }
    let under_title = looks[i - 1] == Look::Title;
    // Under a menu or a section label, with no title above (or only the
    // masthead over its menu); not under a byline or other furniture.
    let untitled = matches!(
        looks[i - 1],
        Look::Skip(SkipReason::Navigation, _) | Look::Skip(_, Rule::SectionLabel)
    ) && looks[..i]
        .iter()
        .rposition(|l| *l == Look::Title)
        .is_none_or(|t| {
            looks[t + 1..i]
                .iter()
                .any(|l| matches!(l, Look::Skip(SkipReason::Navigation, _)))
        });
    if !under_title && !untitled {
        return;
    }
    // Up to two such lines: a sentence headline and its standfirst, or a
    // standfirst of two paragraphs.
    let last = if looks.get(i + 1) == Some(&Look::Body) && short(i + 1) {
        i + 1
    } else {
        i
    };
    // The page's first date: the story's own, unless one stands above
    // (a live page's entries each carry a time, the next one's below).
    let dated_above = looks[..i]
        .iter()
        .any(|l| matches!(l, Look::Skip(SkipReason::Dateline, _)));
    // A byline above the story ("By Clara Whitfield"), not a sign-off
    // after it ("Roger Fortuna reports."); or the story's date, right
    // under the lines or under the writer's bare name and post ("Hannah
    // Marsh", not yet read as a byline).
    let byline_after = |end: usize| {
        (end + 1..lines.len().min(end + 4))
            .take_while(|&j| looks[j] != Look::Body)
            .any(|j| match looks[j] {
                Look::Skip(SkipReason::Byline, _) => !ends_sentence(lines[j].span.of(text)),
                // ... and the story's text below it (a brief signed and
                // dated at its foot has none).
                Look::Skip(SkipReason::Dateline, _) => {
                    !dated_above
                        && looks[end + 1..j].iter().all(|l| *l == Look::Title)
                        && looks[j + 1..].contains(&Look::Body)
                }
                _ => false,
            })
    };
    let end = if byline_after(i) {
        i
    } else if last > i && byline_after(last) {
        last
    } else {
        return;
    };
    for look in &mut looks[i..=end] {
        *look = Look::Title;
    }
}

/// A kicker and a colon above the first body line open the headline
/// ([`KICKER_COLON`]).
pub(super) fn kicker_colon(page: &Page, draft: &mut Draft) {
    let Some(i) = draft.looks.iter().position(|l| *l == Look::Body) else {
        return;
    };
    let s = page.line(i);
    if at_most_words(s, KICKED_HEADLINE_WORDS)
        && KICKER_COLON.captures(s).is_some_and(|c| is_kicker(&c[1]))
    {
        draft.looks[i] = Look::Title;
    }
}

/// A title is a headline when body text follows it before any menu; a
/// title followed by a menu is the site's masthead; titles with no body
/// after them are the page's footer. Records what follows each line.
pub(super) fn what_follows(page: &Page, draft: &mut Draft) {
    let (lines, looks) = (page.lines, &draft.looks);
    let (mut body_after, mut menu_after, mut body_below) = (false, false, false);
    for i in (0..lines.len()).rev() {
        draft.body_follows[i] = body_after;
        draft.menu_follows[i] = menu_after;
        match looks[i] {
            Look::Body => (body_after, menu_after, body_below) = (true, false, true),
            // The writer's byline opens the article's text: the titles
            // above it are its headline and standfirst, even when a share
            // bar sits between the byline and the first paragraph. No
            // masthead stands over a byline (but a logo read as an agency's
            // name, right above the site's menu, is no byline).
            Look::Skip(SkipReason::Byline, _)
                if body_below
                    && !matches!(
                        looks.get(i + 1),
                        Some(Look::Skip(SkipReason::Navigation, _))
                    ) =>
            {
                (body_after, menu_after) = (true, false);
            }
            // A lone link title ("Comments" under the byline) is no menu.
            Look::Skip(_, Rule::ListTitle)
                if ![i.wrapping_sub(1), i + 1].into_iter().any(|j| {
                    j < lines.len() && matches!(looks[j], Look::Skip(SkipReason::Navigation, _))
                }) => {}
            Look::Skip(SkipReason::Navigation, _) => (body_after, menu_after) = (false, true),
            _ => {}
        }
    }
}

/// The blank lines before a headline that leave the extra space of a new
/// article.
const ARTICLE_GAP_LINES: usize = 2;

/// A headline after body text opens a new article (rather than being a
/// subhead) when the page leaves extra space before it, or prints the
/// usual top-of-article furniture (captions, bylines, dates, a repeat of the
/// headline) between it and its first paragraph, or that paragraph opens
/// with a dateline.
pub(super) fn starts_new_article(
    text: &str,
    lines: &[Line],
    looks: &[Look],
    repeats: &[bool],
    i: usize,
) -> bool {
    if lines[i].blank_before >= ARTICLE_GAP_LINES {
        return true;
    }
    // After a letter's or column's sign-off, a headline opens the next one.
    if i > 0
        && matches!(
            looks[i - 1],
            Look::Skip(_, Rule::LetterSignature | Rule::LetterWriterNote)
        )
    {
        return true;
    }
    for j in i + 1..lines.len() {
        if repeats[j] {
            return true;
        }
        match looks[j] {
            // An author's note closes an article ("Hannah Okoro is our
            // personal finance editor."): no byline of a new one.
            Look::Skip(_, Rule::AuthorNote) => {}
            // Only an article's first paragraph opens with a dateline
            // ("DUNMORE — A kitchen fire ...").
            Look::Body => return opens_with_dateline(lines[j].span.of(text)),
            // A byline or a date opens an article; a photo and its caption
            // (or a chart and its source) also illustrate a section under
            // its subhead, and open none on their own.
            Look::Skip(SkipReason::Byline | SkipReason::Dateline, _) => return true,
            _ => {}
        }
    }
    false
}

/// Compiles this file's patterns now rather than on first use (see
/// [`crate::warm`]).
pub(crate) fn warm() {
    for pattern in [&STANDFIRST, &KICKER_PREFIX, &KICKER_COLON] {
        LazyLock::force(pattern);
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn the_gates_pass_every_match() {
        super::gate::assert_gates(&[(
            super::could_be_standfirst,
            &super::STANDFIRST,
            "Standfirst: The council",
        )]);
    }
    use super::super::testing::assert_roles;

    #[test]
    fn a_kicker_colon_below_the_first_paragraph_is_a_sentence() {
        assert_roles(
            "Storm hits coast\n\nThe storm hit on Sunday.\n\nUpdate: Police have confirmed that two people died.\n\nThe site set cookies without consent and must pay a fine, the regulator found.",
            &[
                ("Storm hits coast", "headline"),
                ("The storm hit on Sunday.", "body"),
                ("Update: Police have confirmed that two people died.", "body"),
                (
                    "The site set cookies without consent and must pay a fine, the regulator found.",
                    "body",
                ),
            ],
        );
    }

    #[test]
    fn second_article_on_a_page() {
        assert_roles(
            "Storm Hits Coast\n\nThe storm hit the coast on Sunday.\n\n\nBank Raises Rates\n\nThe central bank raised rates.\n\nWHAT COMES NEXT\n\nAnalysts expect more rises.",
            &[
                ("Storm Hits Coast", "headline"),
                ("The storm hit the coast on Sunday.", "body"),
                ("Bank Raises Rates", "headline+"),
                ("The central bank raised rates.", "body"),
                ("WHAT COMES NEXT", "headline"),
                ("Analysts expect more rises.", "body"),
            ],
        );
    }

    #[test]
    fn a_photo_under_a_subhead_opens_no_article() {
        assert_roles(
            "Roundup: boat stolen, road closed\n\nBy Staff\n\nBoat stolen from marina\n\nA boat was stolen on Friday, deputies said.\n\nSinkhole closes Crane Road\n\nA sinkhole on Crane Road on Sunday. (Courtesy of Public Works)\n\nA sinkhole opened on Sunday, and crews closed the road.",
            &[
                ("Roundup: boat stolen, road closed", "headline"),
                ("By Staff", "byline"),
                ("Boat stolen from marina", "headline"),
                ("A boat was stolen on Friday, deputies said.", "body"),
                ("Sinkhole closes Crane Road", "headline"),
                (
                    "A sinkhole on Crane Road on Sunday. (Courtesy of Public Works)",
                    "caption",
                ),
                ("A sinkhole opened on Sunday, and crews closed the road.", "body"),
            ],
        );
    }

    #[test]
    fn a_standfirst_of_sentences_over_the_writers_bare_name_and_the_date() {
        assert_roles(
            "The housebuilding target is a fantasy\n\
             Promising 300,000 homes a year sounds bold. Without money for councils, it is just a number.\n\
             Hannah Marsh\nTue 14 May 2019 07.00 BST\n\
             Every few years a minister promises a number.\n\
             This year it is 300,000.",
            &[
                ("The housebuilding target is a fantasy", "headline"),
                (
                    "Promising 300,000 homes a year sounds bold. Without money for councils, it is just a number.",
                    "headline",
                ),
                ("Hannah Marsh", "byline"),
                ("Tue 14 May 2019 07.00 BST", "dateline"),
                ("Every few years a minister promises a number.", "body"),
                ("This year it is 300,000.", "body"),
            ],
        );
    }

    #[test]
    fn a_live_entrys_paragraphs_above_the_next_entrys_time_stay_body() {
        assert_roles(
            "Politics live\n\nUpdated 11:58 BST\n\n11:52 BST\nMinister backs chancellor\n\n\
             The minister has full confidence in the chancellor, he said.\n\n\
             He would not say more.\n\nShare\n\n11:40 BST\nA climbdown\n\nIt is a climbdown.",
            &[
                ("Politics live", "headline"),
                ("Updated 11:58 BST", "dateline"),
                ("11:52 BST", "dateline"),
                ("Minister backs chancellor", "headline"),
                (
                    "The minister has full confidence in the chancellor, he said.",
                    "body",
                ),
                ("He would not say more.", "body"),
                ("Share", "boilerplate"),
                ("11:40 BST", "dateline"),
                ("A climbdown", "headline"),
                ("It is a climbdown.", "body"),
            ],
        );
    }

    #[test]
    fn a_headline_written_as_sentences_under_a_kicker() {
        assert_roles(
            "NEWS ANALYSIS\n\nThe transit bet is bold. Whether the city can afford it is another question.\n\n\
             By Ruth Delacroix\n\nThe mayor promised buses every ten minutes.",
            &[
                ("NEWS ANALYSIS", "boilerplate"),
                (
                    "The transit bet is bold. Whether the city can afford it is another question.",
                    "headline",
                ),
                ("By Ruth Delacroix", "byline"),
                ("The mayor promised buses every ten minutes.", "body"),
            ],
        );
    }
}
