//! Advertisements: ad-slot and sponsored-content labels, a sponsor's own
//! lines, recommendation widgets' promoted links and text ads. They sell
//! something; none of them is the article's claim.

use std::sync::LazyLock;

use regex::Regex;

use super::gate::{self, LinePattern};

use super::words::{
    at_most_words, ends_sentence, is_parenthetical, is_web_address, listed, word_entry, words,
};
use super::{Draft, Look, Page, Rule};
use crate::lexicon::{Lexeme, List};

/// Whether the line (its [`key`](super::words::key) `k`) is a
/// sponsored-content label ("Sponsored content", sponsored_labels.txt): the
/// block under it is the sponsor's.
pub(super) fn is_sponsored_label(k: Lexeme) -> bool {
    listed(List::SponsoredLabels, k)
}

/// Whether the line is an advertising slot's label ("Advertisement",
/// advertisement.txt).
pub(super) fn is_ad_slot_label(k: Lexeme) -> bool {
    listed(List::Advertisement, k)
}

/// A sponsor's own line: "Paid Post: How one family cut its bill", "Sponsored
/// · Harbor Point Senior Living: ...", "This content was paid for by ... and
/// produced by ...", "Presented by Brightwell Home Energy" (short, see
/// [`is_sponsor_line`]).
static SPONSOR_LINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"(?i)^(?:paid post|sponsored|promoted|paid content)\s*[:·|]|^this (?:content|article|story) was (?:paid for|sponsored|funded) by(?-u:\b)|^(?:presented|sponsored) by(?-u:\b)")
        .expect("sponsor line")
});

/// [`SPONSOR_LINE`]'s gate: "Paid post", "Sponsored", "Promoted", "This
/// content was paid for", "Presented by".
fn could_be_sponsor_line(s: &str) -> bool {
    gate::opens_with(s, &["paid", "sponsored", "promoted", "this", "presented"])
}

/// The most words of a sponsor's line.
const SPONSOR_LINE_WORDS: usize = 40;
/// The most words of a "Presented by X" line: longer, it is a sentence.
const PRESENTED_BY_WORDS: usize = 6;

/// Whether a line of `n_words` words is a sponsor's line ([`SPONSOR_LINE`]):
/// "Presented by X" only when short and unpunctuated.
pub(super) fn is_sponsor_line(s: &str, n_words: usize) -> bool {
    n_words <= SPONSOR_LINE_WORDS
        && could_be_sponsor_line(s)
        && SPONSOR_LINE.is_match(s)
        && (!s
            .get(..12)
            .is_some_and(|p| p.eq_ignore_ascii_case("presented by"))
            || n_words <= PRESENTED_BY_WORDS && !ends_sentence(s))
}

/// The most words of a sponsor's label.
pub(super) const SPONSOR_LABEL_WORDS: usize = 12;

/// A sponsor's label, its logo to follow: "US & Canada is sponsored by"
/// (sponsor_label_endings.txt), from the line's
/// [`lower_words`](super::words::lower_words). A sentence names its sponsor
/// after "by".
pub(super) fn ends_with_sponsor_label(ws: &[String]) -> bool {
    let n = ws.len();
    // Most lines end with a word that ends no label: one look-up.
    if !ws
        .last()
        .is_some_and(|w| Lexeme::of_lower(w).closes(List::SponsorLabelEndings))
    {
        return false;
    }
    (1..=n).any(|k| {
        let tail = &ws[n - k..];
        // The words are joined only after one that opens an ending.
        Lexeme::of_lower(&tail[0]).opens(List::SponsorLabelEndings)
            && List::SponsorLabelEndings.contains(&tail.join(" "))
    })
}

/// [`ends_with_sponsor_label`]'s gate, on the line itself: its last word
/// ends a label. One look-up, where the line's words would otherwise all be
/// lower-cased first.
pub(super) fn could_end_with_sponsor_label(s: &str) -> bool {
    words(s)
        .next_back()
        .is_some_and(|w| word_entry(w).closes(List::SponsorLabelEndings))
}

/// The label of a recommendation or ad widget: "Promoted content by
/// Outbrain", "Recommended by", "Ads by Google", "Sponsored stories by X".
static PROMOTED_BY: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"(?i)^(?:(?:promoted|sponsored|recommended|paid)(?:\s+(?:content|stories|links|posts))?|ads)\s+by\b")
        .expect("promoted by")
});

/// [`PROMOTED_BY`]'s gate: "Promoted by", "Recommended stories by", "Ads by".
fn could_be_promoted_by(s: &str) -> bool {
    gate::opens_with(s, &["promoted", "sponsored", "recommended", "paid", "ads"])
}

/// Whether a line of `n_words` words labels a recommendation or ad widget
/// ([`PROMOTED_BY`]).
pub(super) static PROMOTED_BY_RULE: LinePattern = LinePattern {
    // The most words of an ad widget's label.
    most_words: 12,
    gate: Some(could_be_promoted_by),
    pattern: &PROMOTED_BY,
};

/// The most lines an advertising slot's block holds, its label included: a
/// longer block under "Advertisement" is the article going on.
pub(super) const MOST_AD_SLOT_LINES: usize = 5;

/// The most lines a sponsored-content block holds, its label included: a
/// native advertisement runs longer than an ad slot, but a longer block
/// under the label is no longer the sponsor's.
pub(super) const MOST_SPONSORED_LINES: usize = 12;

/// The most words in a line of a promoted link or a text ad.
const MOST_AD_LINE_WORDS: usize = 20;

/// The most words of a promoted link's source.
const MOST_SOURCE_WORDS: usize = 6;

/// Whether a line is a short source in parentheses, alone: "(NextAdvisor)",
/// "(Paid Post On NYTimes.com)".
fn is_source_in_parentheses(s: &str) -> bool {
    is_parenthetical(s) && at_most_words(s, MOST_SOURCE_WORDS) && !ends_sentence(&s[..s.len() - 1])
}

/// The fewest pairs of a title and its source that make a widget.
const PROMOTED_LINK_PAIRS: usize = 2;

/// A recommendation widget's promoted links: a title over its source in
/// parentheses ("Having 1 Of These 7 Credit Cards Means You Have Excellent
/// Credit" / "(NextAdvisor)"), two such pairs or more one after another.
/// One title over "(Reuters)" is not yet a widget.
pub(super) fn promoted_links(page: &Page, draft: &mut Draft) {
    let (text, lines, looks) = (page.text, page.lines, &mut draft.looks[..]);
    let pair = |looks: &[Look], i: usize| {
        i + 1 < lines.len()
            && matches!(looks[i], Look::Body | Look::Title | Look::Exclaim)
            && at_most_words(lines[i].span.of(text), MOST_AD_LINE_WORDS)
            && matches!(looks[i + 1], Look::Body | Look::Title)
            && is_source_in_parentheses(lines[i + 1].span.of(text))
    };
    let mut i = 0;
    while i < lines.len() {
        let mut end = i;
        while pair(looks, end) {
            end += 2;
        }
        if end - i >= 2 * PROMOTED_LINK_PAIRS {
            for look in &mut looks[i..end] {
                *look = Look::skip(Rule::PromotedLink);
            }
            i = end;
        } else {
            i += 1;
        }
    }
}

/// The most lines of text ads read under an ad widget's label.
const MOST_TEXT_AD_LINES: usize = 16;

/// Text ads under an ad widget's label ("Ads by Google"): short lines of
/// copy, each ad ending on its bare web address ("Medicare Supplement
/// Plans" / "Compare Plans & Prices for 2015." / "www.example.com"). Every
/// line down to the last web address is the ads'; none without an address
/// is taken, so an article paragraph after a lone label stays the article.
pub(super) fn text_ads(page: &Page, draft: &mut Draft) {
    let (text, lines, looks) = (page.text, page.lines, &mut draft.looks[..]);
    for i in 0..lines.len() {
        if looks[i] != Look::skip(Rule::AdWidgetLabel) {
            continue;
        }
        let mut last_address = None;
        for j in i + 1..lines.len().min(i + 1 + MOST_TEXT_AD_LINES) {
            let s = lines[j].span.of(text);
            let copy = matches!(looks[j], Look::Body | Look::Title | Look::Exclaim)
                && at_most_words(s, MOST_AD_LINE_WORDS);
            if !copy {
                break;
            }
            if is_web_address(s) {
                last_address = Some(j);
            }
        }
        if let Some(last) = last_address {
            for look in &mut looks[i + 1..=last] {
                *look = Look::skip(Rule::TextAd);
            }
        }
    }
}

/// Compiles this file's patterns now rather than on first use (see
/// [`crate::warm`]).
pub(crate) fn warm() {
    for pattern in [&SPONSOR_LINE, &PROMOTED_BY] {
        LazyLock::force(pattern);
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{assert_roles, roles};
    use super::super::words::{lower_words, words};
    use super::*;
    use crate::lexicon;

    #[test]
    fn the_gates_pass_every_match() {
        gate::assert_gates(&[
            (
                could_be_promoted_by,
                &PROMOTED_BY,
                "Recommended stories by Outbrain",
            ),
            (
                could_be_sponsor_line,
                &SPONSOR_LINE,
                "Sponsored: the best deals",
            ),
        ]);
    }

    #[test]
    fn a_sponsored_block_is_advertisement_whole() {
        assert_roles(
            "Rates rise\n\nThe commission approved the increase.\n\nSPONSORED CONTENT\nPaid Post: How one family cut its bill\nWhen the Dietz family replaced their furnace, their bill fell.\n\"We should have done this years ago,\" says Alisha Dietz.\nThis content was paid for by Brightwell and produced by Ledger Studio.\n\nThe increase is the third in four years.",
            &[
                ("Rates rise", "headline"),
                ("The commission approved the increase.", "body"),
                ("SPONSORED CONTENT", "advertisement"),
                ("Paid Post: How one family cut its bill", "advertisement"),
                (
                    "When the Dietz family replaced their furnace, their bill fell.",
                    "advertisement",
                ),
                (
                    "\"We should have done this years ago,\" says Alisha Dietz.",
                    "advertisement",
                ),
                (
                    "This content was paid for by Brightwell and produced by Ledger Studio.",
                    "advertisement",
                ),
                ("The increase is the third in four years.", "body"),
            ],
        );
    }

    #[test]
    fn promoted_links_with_their_sources_are_advertisements() {
        let got = roles(
            "The council approved the plan on Monday.\n\
             From Partners\n\
             Seven Towns Where Retirement Costs Less Than You Think\n\
             (MoneyDaily)\n\
             This Simple Habit Could Cut Your Power Bill\n\
             (HomeTips)",
        );
        let ads = got.iter().filter(|(_, r)| r == "advertisement").count();
        assert_eq!(ads, 4, "{got:?}");
        // One title over an agency in parentheses is no widget.
        let got = roles(
            "The council approved the plan on Monday.\n\n\
             The ferry will run again next week, the operator said\n\
             (Reuters)",
        );
        assert!(got.iter().all(|(_, r)| r != "advertisement"), "{got:?}");
    }

    #[test]
    fn text_ads_run_down_to_their_last_web_address() {
        let got = roles(
            "The council approved the plan on Monday.\n\n\
             Ads by Google\n\n\
             Garden Sheds Direct\n\n\
             Sheds for every garden. Free delivery this month.\n\n\
             www.example-sheds.com\n\n\
             The plan goes to a public vote in May, officials said.",
        );
        let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(got[2], ("Garden Sheds Direct", "advertisement"));
        assert_eq!(got[4], ("www.example-sheds.com", "advertisement"));
        assert_eq!(
            got[5],
            (
                "The plan goes to a public vote in May, officials said.",
                "body"
            )
        );
        // A label alone takes no article text.
        let got = roles(
            "The council approved the plan on Monday.\n\n\
             Ads by Google\n\n\
             The plan goes to a public vote in May, officials said.",
        );
        assert_eq!(got[2].1, "body");
    }

    #[test]
    fn sponsor_labels_and_edition_switches_are_furniture() {
        let got = roles(
            "The council approved the plan on Monday.\n\n\
             Ocean Week is supported by\n\n\
             switch to the UK edition\n\n\
             harbourtimes.com © 1998-2031 Harbour Times\n\n\
             The plan goes to a vote in May, officials said.",
        );
        let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(
            got[1..4],
            [
                ("Ocean Week is supported by", "advertisement"),
                ("switch to the UK edition", "navigation"),
                ("harbourtimes.com © 1998-2031 Harbour Times", "boilerplate"),
            ]
        );
        // A sentence names its sponsor.
        assert!(!ends_with_sponsor_label(&lower_words(
            "The festival is sponsored by the council."
        )));
    }

    #[test]
    fn every_sponsor_label_ending_is_found_at_a_line_end() {
        for entry in lexicon::entries(crate::lexicon::list!("sponsor_label_endings.txt")) {
            // Lower-case words one space apart: the line's words joined.
            let words: Vec<String> = words(entry).map(str::to_lowercase).collect();
            assert_eq!(words.join(" "), entry.to_lowercase(), "{entry:?}");
            let line = format!("Harbour Week is {entry}");
            assert!(ends_with_sponsor_label(&lower_words(&line)), "{line:?}");
            assert!(!ends_with_sponsor_label(&lower_words(&format!(
                "{line} me"
            ))));
        }
    }

    #[test]
    fn an_advertising_slot_holds_its_own_lines() {
        assert_roles(
            "Derby preview\n\nThe derby kicks off on Sunday.\n\n\
             Advertisement\nBET £10 GET £30 IN FREE BETS\n18+ | BeGambleAware.org\n\n\
             Ashby have won five in a row.\n\n\
             Advertisement\nThe hosts have lost once.\nTheir keeper is fit.\nTheir captain is not.\nNor is their coach.\nThe fans are restless.",
            &[
                ("Derby preview", "headline"),
                ("The derby kicks off on Sunday.", "body"),
                ("Advertisement", "advertisement"),
                ("BET £10 GET £30 IN FREE BETS", "advertisement"),
                ("18+ | BeGambleAware.org", "advertisement"),
                ("Ashby have won five in a row.", "body"),
                ("Advertisement", "advertisement"),
                ("The hosts have lost once.", "body"),
                ("Their keeper is fit.", "body"),
                ("Their captain is not.", "body"),
                ("Nor is their coach.", "body"),
                ("The fans are restless.", "body"),
            ],
        );
    }
}
