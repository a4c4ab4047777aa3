//! The page's markup as evidence: what a block's element says it is (a
//! heading, a caption, a menu, an aside, a byline, a quotation, a list
//! item) weighed against what its words say.

use super::words::at_most_words;
use super::{Look, Rule};
use crate::page::BlockRole;

/// The most words of a heading in the markup read as a title.
const HEADING_WORDS: usize = 30;
/// The most words of a byline element read as a byline.
const BYLINE_WORDS: usize = 40;
/// The most words of a date element read as a date.
const DATE_WORDS: usize = 15;
/// The most words of a list item read as a title; longer, it is a point
/// of the list.
const LIST_ITEM_TITLE_WORDS: usize = 4;

/// How a block's role in the markup changes the first look at one of its
/// lines. Regions (captions, menus, asides) are furniture whatever their
/// words, keeping a more exact reason the text rules found (an
/// advertisement, a credit); a heading is a title while it is short; a
/// byline or date element is one while it is short enough to be one; a
/// quotation set off as a block, and a list item of five words or more, are
/// article text.
pub(super) fn weigh(hint: Option<BlockRole>, look: Look, s: &str) -> Look {
    let Some(role) = hint else {
        return look;
    };
    let short = |most: usize| at_most_words(s, most);
    let furniture = matches!(look, Look::Skip(..));
    match role {
        BlockRole::Headline | BlockRole::Subhead if short(HEADING_WORDS) && !furniture => {
            Look::Title
        }
        BlockRole::Caption if !furniture => Look::skip(Rule::MarkupCaption),
        BlockRole::Navigation if !furniture => Look::skip(Rule::MarkupNavigation),
        BlockRole::Aside if !furniture => Look::skip(Rule::MarkupAside),
        BlockRole::Byline if short(BYLINE_WORDS) && !furniture => Look::skip(Rule::MarkupByline),
        BlockRole::Dateline if short(DATE_WORDS) && !furniture => Look::skip(Rule::MarkupDate),
        BlockRole::Quote if matches!(look, Look::Title | Look::Exclaim) => Look::Body,
        // An item of a list the markup keeps in the text (not in a menu) is
        // a point of it, not a title: "He is confident the deal will pass".
        BlockRole::ListItem if look == Look::Title && !short(LIST_ITEM_TITLE_WORDS) => Look::Body,
        _ => look,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_markup_weighs_against_the_words() {
        // A region is furniture whatever its words, keeping a more exact
        // reason the text rules found.
        let body = "The bridge will close on Monday.";
        assert_eq!(
            weigh(Some(BlockRole::Caption), Look::Body, body),
            Look::skip(Rule::MarkupCaption)
        );
        let credit = Look::skip(Rule::CreditLine);
        assert_eq!(weigh(Some(BlockRole::Caption), credit, body), credit);
        // A heading is a title while it is short.
        assert_eq!(
            weigh(Some(BlockRole::Subhead), Look::Body, body),
            Look::Title
        );
        let long = "word ".repeat(HEADING_WORDS + 1);
        assert_eq!(
            weigh(Some(BlockRole::Subhead), Look::Body, &long),
            Look::Body
        );
        // A quotation set off as a block, and a list item of five words, are
        // the article's.
        assert_eq!(
            weigh(Some(BlockRole::Quote), Look::Title, "We won"),
            Look::Body
        );
        let item = "He is confident the deal will pass";
        assert_eq!(
            weigh(Some(BlockRole::ListItem), Look::Title, item),
            Look::Body
        );
        assert_eq!(
            weigh(Some(BlockRole::ListItem), Look::Title, "Deals"),
            Look::Title
        );
        // Plain text has no hints.
        assert_eq!(weigh(None, Look::Title, "Deals"), Look::Title);
    }
}
