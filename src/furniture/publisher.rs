//! The publisher's own lines: how the story was made ("This article was
//! produced in partnership with ..."), a call for readers' tips ("Have you
//! been sued by a hospital? We'd like to hear from you."), and, at the
//! page's foot, the publisher describing itself ("Carbon Desk is an
//! independent, non-profit news site ...") and site furniture known by its
//! opening but longer than the opening rule takes ("Disclaimer: ..." over
//! three sentences). They speak about the site or the story, not the news.

use std::sync::LazyLock;

use regex::Regex;

use super::gate::{self, LinePattern};
use super::openings;
use super::words::words;
use super::{Draft, Look, Page, Rule};
use crate::lexicon::{Lexeme, List};

/// A note on how the story was made: "This article was produced by the
/// Local Democracy Reporting Service", "This story was produced in
/// partnership with ...", "This report was funded by ...".
static PRODUCTION_NOTE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(
        r"(?i)^this\s+(?:article|story|report|piece|series|project|investigation|content)\s+(?:was|is|has\s+been)\s+(?:(?:co-)?produced|co-published|published|republished|reported|funded|supported|made|written|distributed)\s+(?:by|in\s+(?:partnership|collaboration|association)\s+with|with\s+(?:the\s+)?support|through|as\s+part\s+of|under)\b",
    )
    .expect("production note")
});

/// [`PRODUCTION_NOTE`]'s gate: "This" opens the line.
fn could_be_production_note(s: &str) -> bool {
    gate::opens_with(s, &["this"])
}

/// The rule for a note on how the story was made ([`PRODUCTION_NOTE`]).
pub(super) static PRODUCTION_NOTE_RULE: LinePattern = LinePattern {
    // The most words of a production note: the maker, its funders and
    // the terms it is shared under.
    most_words: 50,
    gate: Some(could_be_production_note),
    pattern: &PRODUCTION_NOTE,
};

/// The verbs opening a call for readers' tips ("Have", "Do", "Know"):
/// reader_callout_openers.txt, for [`READER_CALLOUT`] and its gate.
static CALLOUT_OPENERS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    crate::lexicon::entries(crate::lexicon::list!("reader_callout_openers.txt")).collect()
});

/// A call for readers' tips or stories: a question to the reader, then
/// how to reach the newsroom. "Have a claim you want us to check? Email
/// ...", "Do you work at Ledgerly? You can contact ... on Signal".
static READER_CALLOUT: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(&format!(
        r"(?i)^(?:{})\s+(?:you|a|an|something|anything|any)\b[^?]{{0,120}}\?\s+(?:we['’]d\s+(?:like|love)\s+to\s+hear|we\s+(?:would|want)\s+(?:like\s+|love\s+)?to\s+hear|(?:you\s+can\s+|please\s+)?(?:contact|email|e-mail|write\s+to|submit|send|reach|tell\s+us|share|get\s+in\s+touch|let\s+us\s+know)\b)",
        CALLOUT_OPENERS
            .iter()
            .map(|w| regex::escape(w))
            .collect::<Vec<_>>()
            .join("|")
    ))
    .expect("reader callout")
});

/// [`READER_CALLOUT`]'s gate: a question's verb opens the line, and the
/// line asks a question.
fn could_be_reader_callout(s: &str) -> bool {
    gate::opens_with(s, &CALLOUT_OPENERS) && s.contains('?')
}

/// The rule for a call for readers' tips ([`READER_CALLOUT`]).
pub(super) static READER_CALLOUT_RULE: LinePattern = LinePattern {
    most_words: 45,
    gate: Some(could_be_reader_callout),
    pattern: &READER_CALLOUT,
};

/// The publisher describing itself: a name of one to five capitalised
/// words, "is a", "is the", "is part of", "is one of", then within the
/// sentence a word of the news trade. "Reuters is the news and media
/// division of Thomson Reuters."
static SELF_DESCRIPTION: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(
        r"^(?:The\s+)?[A-Z][\w&'’.\-]*(?:\s+[A-Z][\w&'’.\-]*){0,4}\s+is\s+(?:an?|the|part\s+of|one\s+of|owned\s+by)\s[^.]{0,120}?(?i:\b(?:news|newsroom|journalism|publication|publisher|publishing|media|outlet|magazine|newspaper|fact-checking|broadcaster|trading\s+name)\b)",
    )
    .expect("self-description")
});

/// [`SELF_DESCRIPTION`]'s gate: " is " follows a capital opening, and the
/// name (past the pattern's own "The") is no pronoun or determiner ("It is
/// a blow to local news" is the story's).
fn could_be_self_description(s: &str) -> bool {
    let mut w = words(s);
    let name = match w.next() {
        Some("The") => w.next(),
        first => first,
    };
    s.starts_with(|c: char| c.is_ascii_uppercase())
        && s.contains(" is ")
        && !name.is_some_and(|n| Lexeme::of(n).is_in(List::ClauseSubjects))
}

/// The rule for the publisher describing itself ([`SELF_DESCRIPTION`]).
static SELF_DESCRIPTION_RULE: LinePattern = LinePattern {
    most_words: 60,
    gate: Some(could_be_self_description),
    pattern: &SELF_DESCRIPTION,
};

/// The most words of a line of site furniture known by its opening, at
/// the foot: a disclaimer or a consent text runs to several sentences.
const FOOT_OPENING_WORDS: usize = 80;
/// A line of more words than this, read as text, is the article's: the
/// foot is below the last one.
const FOOT_SHORT_WORDS: usize = 6;

/// The page's foot, below its last line of article text: the publisher
/// describing itself, and site furniture known by its opening however long.
///
/// The publisher's self-description is taken only when furniture or a short
/// line also sits below the last long paragraph: alone under it, a sentence
/// about a publisher ("Gannett is the largest newspaper publisher in the
/// US.") is the story's last paragraph.
pub(super) fn publisher_foot(page: &Page, draft: &mut Draft) {
    let mut blurbs = Vec::new();
    let mut other = false;
    for i in (0..page.lines.len()).rev() {
        let look = draft.looks[i];
        if !look.is_text() {
            other = true;
            continue;
        }
        let s = page.line(i);
        let n = words(s).take(FOOT_OPENING_WORDS + 1).count();
        if SELF_DESCRIPTION_RULE.matches(s, n) {
            blurbs.push(i);
        } else if n <= FOOT_OPENING_WORDS && openings::opens_with_site_furniture_prefix(s) {
            draft.looks[i] = Look::skip(Rule::FootFurniture);
            other = true;
        } else if n > FOOT_SHORT_WORDS {
            break;
        } else {
            other = true;
        }
    }
    if other {
        for i in blurbs {
            draft.looks[i] = Look::skip(Rule::PublisherBlurb);
        }
    }
}

/// Compiles the patterns now rather than on first use.
pub(super) fn warm() {
    for pattern in [&PRODUCTION_NOTE, &READER_CALLOUT, &SELF_DESCRIPTION] {
        LazyLock::force(pattern);
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::assert_roles;
    use super::*;

    #[test]
    fn production_notes_and_callouts_pass_their_gates() {
        for (rule, s) in [
            (
                &PRODUCTION_NOTE_RULE,
                "This article was produced in partnership with the Star.",
            ),
            (
                &PRODUCTION_NOTE_RULE,
                "This story was produced by Voz del Bajío, an independent news outlet.",
            ),
            (
                &READER_CALLOUT_RULE,
                "Have you been sued by a hospital? We’d like to hear from you.",
            ),
            (
                &READER_CALLOUT_RULE,
                "Do you work at a fintech startup? You can contact our reporter on Signal.",
            ),
            (
                &READER_CALLOUT_RULE,
                "Have something to say? Submit a letter to the editor.",
            ),
        ] {
            assert!(rule.matches(s, words(s).count()), "{s}");
        }
        for (rule, s) in [
            (
                &PRODUCTION_NOTE_RULE,
                "This report was published in March and found the lanes empty.",
            ),
            (
                &READER_CALLOUT_RULE,
                "Do you know what it costs? Nobody at the council could say.",
            ),
            (
                &READER_CALLOUT_RULE,
                "Have they learned anything? Send in the auditors, she said.",
            ),
        ] {
            assert!(!rule.matches(s, words(s).count()), "{s}");
        }
    }

    #[test]
    fn the_publisher_at_the_foot() {
        assert_roles(
            "Harbour fares rise\n\n\
             Fares rise on April 1, the operator said.\n\n\
             The Gazette is a trading name of Harbour Media Ltd, registered in England.\n\
             Learn more.\n\
             Disclaimer: The Gazette encourages freedom of speech and the expression of diverse views. The views of users published on the Gazette are therefore their own and do not necessarily represent the views of the Gazette.",
            &[
                ("Harbour fares rise", "headline"),
                ("Fares rise on April 1, the operator said.", "body"),
                (
                    "The Gazette is a trading name of Harbour Media Ltd, registered in England.",
                    "boilerplate",
                ),
                ("Learn more.", "body"),
                (
                    "Disclaimer: The Gazette encourages freedom of speech and the expression of diverse views. The views of users published on the Gazette are therefore their own and do not necessarily represent the views of the Gazette.",
                    "boilerplate",
                ),
            ],
        );
    }

    #[test]
    fn a_paper_described_in_the_story_stays() {
        // Above the article's last paragraph, a sentence about a newspaper
        // is the story's.
        assert_roles(
            "Harbour Gazette sold\n\n\
             The Harbour Gazette is a weekly newspaper founded in 1890.\n\n\
             Its new owners take over on Monday, the seller said.",
            &[
                ("Harbour Gazette sold", "headline"),
                (
                    "The Harbour Gazette is a weekly newspaper founded in 1890.",
                    "body",
                ),
                (
                    "Its new owners take over on Monday, the seller said.",
                    "body",
                ),
            ],
        );
    }

    #[test]
    fn a_story_ending_on_a_news_word_keeps_its_last_paragraph() {
        // The last paragraph of the story, with nothing below it, is the
        // story's: a pronoun opening it, or a company the story is about.
        for last in [
            "It is a blow to local news, the union said.",
            "Gannett is the largest newspaper publisher in the US.",
        ] {
            assert_roles(
                &format!(
                    "Gazette to close\n\nThe Gazette will close in May, its owner said.\n\n{last}"
                ),
                &[
                    ("Gazette to close", "headline"),
                    ("The Gazette will close in May, its owner said.", "body"),
                    (last, "body"),
                ],
            );
        }
    }

    #[test]
    fn a_pronoun_opens_no_self_description() {
        let s = "It is a blow to local news, the union said.";
        assert!(!SELF_DESCRIPTION_RULE.matches(s, words(s).count()), "{s}");
    }
}
