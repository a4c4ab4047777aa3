//! Trails above the headline: in the page's head, a title cut into parts
//! by spaced separators ("News › City News › Mumbai News › Pothole death:
//! ...", "Trending: Budget 2018/19 | Cholera | World Cup 2018", "Partner
//! content · Voz del Bajío", "Trending Topics: Mumbai Rains   Local Train
//! Status   BMC Budget") with a longer title under it before the byline,
//! the date or the story. A headline is one phrase; a row of parts over
//! the page's real headline is a trail of links or topics, navigation. Read
//! by its shape and its place, not by its words.

use super::site::is_site_word;
use super::words::{at_most_words, key};
use super::{Draft, Look, Page, Rule, SkipReason};

/// What separates a trail's parts: a separator between spaces, or a run
/// of spaces (entries spaced apart on one line).
const SEPARATORS: [&str; 7] = [" | ", " › ", " » ", " · ", " • ", " ∙ ", "  "];

/// The fewest parts of a trail whose parts may be of any length (a
/// breadcrumb ends on the story's own title).
const FEWEST_LONG_PARTS: usize = 3;
/// The most words of each part of a trail of two parts.
const SHORT_PART_WORDS: usize = 3;
/// The fewest words of the headline under a trail.
const HEADLINE_WORDS: usize = 5;

/// The non-empty parts of `s` between [`SEPARATORS`].
fn parts(s: &str) -> Vec<&str> {
    let mut parts = vec![s];
    for sep in SEPARATORS {
        parts = parts.into_iter().flat_map(|p| p.split(sep)).collect();
    }
    parts.retain(|p| !p.trim().is_empty());
    parts
}

/// Whether a line is cut into a trail's parts: three or more, or two of
/// at most [`SHORT_PART_WORDS`] words each ("Opinion | The bus lanes
/// worked" is a kicker and its headline); and none of them a site's
/// button ("Donate   Listen Live", "My News   Sign In   Register" are the
/// masthead's buttons, boilerplate).
fn is_trail(s: &str) -> bool {
    let parts = parts(s);
    (parts.len() >= FEWEST_LONG_PARTS
        || parts.len() == 2 && parts.iter().all(|p| at_most_words(p, SHORT_PART_WORDS)))
        && !parts.iter().any(|p| is_site_word(key(p.trim())))
}

/// A trail in the page's head, under the site's menu and above the first
/// body line and any byline or date, with a title of [`HEADLINE_WORDS`] words or more, no trail itself,
/// under it before them: the trail is navigation; the title is the headline.
pub(super) fn head_trails(page: &Page, draft: &mut Draft) {
    let looks = &mut draft.looks[..];
    let Some(first_body) = looks.iter().position(|l| *l == Look::Body) else {
        return;
    };
    let head_end = looks[..first_body]
        .iter()
        .position(|l| matches!(l, Look::Skip(SkipReason::Byline | SkipReason::Dateline, _)))
        .unwrap_or(first_body);
    let headline_below = |looks: &[Look], i: usize| {
        (i + 1..head_end).any(|j| {
            let s = page.line(j);
            looks[j] == Look::Title && !at_most_words(s, HEADLINE_WORDS - 1) && !is_trail(s)
        })
    };
    // Above the site's menu, a row of parts is the site's own buttons
    // ("Donate   Listen Live", "My News   Sign In   Register"): the
    // masthead's furniture, not a trail to the story.
    let mut under_menu = false;
    for i in 0..head_end {
        if under_menu
            && looks[i] == Look::Title
            && is_trail(page.line(i))
            && headline_below(looks, i)
        {
            looks[i] = Look::skip(Rule::HeadTrail);
        }
        under_menu |= matches!(looks[i], Look::Skip(SkipReason::Navigation, _));
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::assert_roles;
    use super::is_trail;

    #[test]
    fn trails_and_topic_rows_above_the_headline_are_navigation() {
        assert_roles(
            "The Metro Sentinel\nHome   City   India   World   Business   Tech\n\
             News › City News › Mumbai News › Pothole death: court orders payout to widow\n\
             Pothole death: court orders payout to widow\nBy Jane Doe\n\n\
             The high court on Wednesday ordered the city to pay.",
            &[
                ("The Metro Sentinel", "boilerplate"),
                (
                    "Home   City   India   World   Business   Tech",
                    "navigation",
                ),
                (
                    "News › City News › Mumbai News › Pothole death: court orders payout to widow",
                    "navigation",
                ),
                ("Pothole death: court orders payout to widow", "headline"),
                ("By Jane Doe", "byline"),
                (
                    "The high court on Wednesday ordered the city to pay.",
                    "body",
                ),
            ],
        );
        assert_roles(
            "News   Mexico   Border   Environment   Migration   Newsletters\n\
             Partner content · Voz del Bajío\n\n\
             A city rations water as its aquifer falls\n\n\
             By Jane Doe\n\nFamilies get tap water one day in four.",
            &[
                (
                    "News   Mexico   Border   Environment   Migration   Newsletters",
                    "navigation",
                ),
                ("Partner content · Voz del Bajío", "navigation"),
                ("A city rations water as its aquifer falls", "headline"),
                ("By Jane Doe", "byline"),
                ("Families get tap water one day in four.", "body"),
            ],
        );
    }

    #[test]
    fn a_kicker_and_its_headline_or_a_lone_trail_stay_titles() {
        assert!(!is_trail(
            "Opinion | The bus lanes worked, and the city should keep them"
        ));
        assert!(is_trail(
            "Trending: Budget 2018/19 | Cholera | World Cup 2018"
        ));
        // No longer title under it: the one title is the headline.
        assert_roles(
            "Rugby · Six Nations · England v Wales\n\nEngland beat Wales on Saturday.",
            &[
                ("Rugby · Six Nations · England v Wales", "headline"),
                ("England beat Wales on Saturday.", "body"),
            ],
        );
    }
}
