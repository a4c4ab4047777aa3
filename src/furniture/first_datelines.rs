//! Datelines the wire forms (`datelines.rs`) do not take, read only where
//! an article's first paragraph opens: a city in capitals before a colon
//! ("MUMBAI: The Bombay high court ..."), a city of many words or letters
//! past ASCII before a dash ("SAN LÁZARO DE LAS FLORES, Guanajuato — ..."),
//! and a city in ordinary case before an agency's short name in capitals
//! and a dash ("Jakarta (NUSA) - The ..."). Further down the article the
//! same shapes are a label or a quote's speaker, and stay body.

use std::sync::LazyLock;

use regex::Regex;

use super::pieces::SHORT_LINE_WORDS;
use super::words::at_most_words;
use crate::lexicon::{Lexeme, List};

/// The first paragraph's dateline: the city, then its colon or dash.
static FIRST_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(concat!(
        // A city in capitals (letters past ASCII too), of up to six words,
        // its region in ordinary case after a comma: a colon or a dash ends it.
        r"^(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'\-]+(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'\-]+){0,5}(?:, [A-Z][A-Za-zÀ-ÿ.]+(?: [A-Z][A-Za-zÀ-ÿ.]+){0,2})?(?::| ?[-–—]{1,2})",
        // A city in ordinary case, then an agency's short name in capitals
        // in brackets, then a dash.
        r"|[A-Z][a-zà-ÿ]+(?: [A-Z][a-zà-ÿ]+){0,2}(?:, [A-Z][A-Za-zà-ÿ.]+(?: [A-Z][A-Za-zà-ÿ.]+){0,2})? \([A-Z]{2,8}\) ?[-–—]{1,2})",
        r" ",
    ))
    .expect("first dateline")
});

/// [`FIRST_DATELINE`]'s gate: a capital opens the line, and a colon or a
/// dash follows.
fn could_be_first_dateline(s: &str) -> bool {
    s.starts_with(|c: char| c.is_uppercase()) && s.contains([':', '-', '–', '—'])
}

/// Where the dateline opening an article's first paragraph `s` ends. A
/// line of at most [`SHORT_LINE_WORDS`] words is a labelled fact ("TV: Live
/// on Northstar Sports 1"), and a kicker in capitals ("EXCLUSIVE:",
/// "BREAKING NEWS -") labels the story, not its place.
pub(super) fn first_dateline(s: &str) -> Option<usize> {
    if !could_be_first_dateline(s) || at_most_words(s, SHORT_LINE_WORDS) {
        return None;
    }
    let m = FIRST_DATELINE.find(s)?;
    let label = s[..m.end()]
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '-' | '–' | '—'));
    (!Lexeme::of(label).is_in(List::Kickers)).then_some(m.end())
}

/// Compiles the pattern now rather than on first use.
pub(super) fn warm() {
    LazyLock::force(&FIRST_DATELINE);
}

#[cfg(test)]
mod tests {
    use super::super::testing::assert_roles;
    use super::*;

    #[test]
    fn datelines_of_the_first_paragraph() {
        for (s, dateline) in [
            (
                "MUMBAI: The high court on Wednesday ordered the city to pay the widow.",
                "MUMBAI: ",
            ),
            (
                "NEW DELHI: The high court on Wednesday ordered the city to pay the widow.",
                "NEW DELHI: ",
            ),
            (
                "SAN LÁZARO DE LAS FLORES, Guanajuato — On the one day in four, water runs.",
                "SAN LÁZARO DE LAS FLORES, Guanajuato — ",
            ),
            (
                "Jakarta (NUSA) - The ministry sent a diplomatic note to Kuala Lumpur on Monday.",
                "Jakarta (NUSA) - ",
            ),
        ] {
            assert_eq!(
                first_dateline(s).map(|end| &s[..end]),
                Some(dateline),
                "{s}"
            );
        }
        for s in [
            "The high court on Wednesday ordered the city to pay the widow.",
            "TV: Live on Northstar Sports 1",
            "Mumbai: a city that never sleeps, the mayor said on Monday in a speech.",
            "In Mumbai (India) the court ruled - and then rose to leave the hall at once.",
            // A kicker, not a city: the paragraph is the story's.
            "EXCLUSIVE: The council will close the pool in May, papers seen by the Gazette show.",
            "BREAKING NEWS - The council will close the pool in May, its leader said on Monday.",
            "UPDATE: The council will close the pool in May, its leader said on Monday night.",
            "ANALYSIS: The council will close the pool in May, and the town will not forgive it.",
        ] {
            assert_eq!(first_dateline(s), None, "{s}");
        }
    }

    #[test]
    fn only_the_first_paragraph_opens_with_one() {
        assert_roles(
            "Pothole death: court orders payout\n\n\
             MUMBAI: The high court on Wednesday ordered the city to pay the widow.\n\n\
             NOTE: The city may appeal, its lawyer said.",
            &[
                ("Pothole death: court orders payout", "headline"),
                ("MUMBAI:", "dateline"),
                (
                    "The high court on Wednesday ordered the city to pay the widow.",
                    "body",
                ),
                ("NOTE: The city may appeal, its lawyer said.", "body"),
            ],
        );
    }
}
