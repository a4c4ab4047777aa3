//! Trade, industry and research bodies. A trade group or an industry
//! council speaks for its members, and a market research firm sells its
//! figures: LABELS.md names them, like NGOs and named pollsters, though
//! their names often end in an institution's word ("the Home Builders
//! Council", "Retail Pulse Research, a Chicago firm"). The article says
//! what they are in the words that describe the name:
//! - "a trade group", "an industry association", "a lobby group"
//!   (named_bodies.txt);
//! - "which represents the industry", "a group representing pesticide
//!   makers": a body of members;
//! - "a market research firm", "a data company": a research word
//!   (research_firm_words.txt) right before a business's noun
//!   (company_nouns.txt), or in the name a firm's noun describes.

use std::borrow::Cow;

use super::words::Word;
use crate::lexicon::{Lexeme, List};

/// How many words a described name may have before its comma.
const MOST_NAME_WORDS: usize = 6;

/// How many words of the description are read.
const MOST_DESCRIPTION_WORDS: usize = 8;

/// The index of the last word of a name that the words after its comma
/// describe as a trade, industry or research body: "The Crop Protection
/// Council, a trade group representing pesticide makers", "Strandline
/// Insights, a market research firm".
pub(super) fn described(text: &str, ws: &[Word]) -> Option<usize> {
    let k = ws
        .iter()
        .take(MOST_NAME_WORDS)
        .position(|w| w.ends_phrase)?;
    let name = &ws[..=k];
    if !name.iter().any(|w| w.is_capitalized(text)) {
        return None;
    }
    let mut description: Vec<Cow<str>> = Vec::new();
    for w in ws[k + 1..].iter().take(MOST_DESCRIPTION_WORDS) {
        description.push(w.lower(text));
        if w.ends_phrase {
            break;
        }
    }
    let is = |w: &str, list: List| Lexeme::of_lower(w).is_in(list);
    // "which represents the industry", "representing pesticide makers".
    let members = description.iter().enumerate().any(|(i, w)| {
        w == "representing"
            || (matches!(&**w, "represents" | "represent")
                && i > 0
                && matches!(&*description[i - 1], "which" | "that"))
    });
    // "a trade group", "an industry association".
    let body = description
        .windows(2)
        .any(|p| is(&format!("{} {}", p[0], p[1]), List::NamedBodies));
    // "a market research firm", or "Retail Pulse Research, a Chicago firm".
    let research_in_name = name
        .iter()
        .any(|w| w.is_capitalized(text) && w.is_in(List::ResearchFirmWords));
    let research = description.iter().enumerate().any(|(i, w)| {
        super::company::is_noun(w)
            && (research_in_name || (i > 0 && is(&description[i - 1], List::ResearchFirmWords)))
    });
    (members || body || research).then_some(k)
}

#[cfg(test)]
mod tests {
    use crate::attribution::testing::kinds;
    use crate::AttributionKind::*;

    #[test]
    fn trade_and_research_bodies_described_as_such_are_named() {
        assert_eq!(
            kinds(
                "The Crop Protection Council, a trade group representing pesticide makers, \
                 said the study was flawed."
            ),
            [Named]
        );
        assert_eq!(
            kinds(
                "The Home Builders Council, which represents the industry, disputes the figures."
            ),
            [Named]
        );
        assert_eq!(
            kinds(
                "Strandline Insights, a market research firm, estimates the share at 12 percent."
            ),
            [Named]
        );
        assert_eq!(
            kinds("Retail Pulse Research, a Chicago firm that tracks store traffic, estimates visits fell."),
            [Named]
        );
        // An industry's council, named or heading its "of" (named_bodies.txt).
        assert_eq!(
            kinds(
                "Damage reached $210 million, according to the Insurance Council of Kestrel Coast."
            ),
            [Named]
        );
        // A company, a council of government and a body of no description stay official.
        assert_eq!(
            kinds(
                "Kestrel Midstream, the Houston company building the line, said work would resume."
            ),
            [Official]
        );
        assert_eq!(
            kinds("Clare County Council, which owns the pier, said signs would go up."),
            [Official]
        );
    }
}
