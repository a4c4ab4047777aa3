//! Datelines the wire forms (`datelines.rs`) do not take, read only where
//! an article's first paragraph opens: a city in capitals before a colon
//! ("MUMBAI: The Bombay high court ..."), a city of many words or letters
//! past ASCII before a dash ("SAN LÁZARO DE LAS FLORES, Guanajuato — ..."),
//! and a city in ordinary case before an agency's short name in capitals
//! and a dash ("Jakarta (NUSA) - The ..."). Further down the article the
//! same shapes are a label or a quote's speaker, and stay body.

use std::sync::LazyLock;

use regex::Regex;

use super::words::at_most_words;

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

/// The fewest words of a first paragraph opening with a dateline: a
/// shorter line is a labelled fact ("TV: Live on Northstar Sports 1").
const FEWEST_PARAGRAPH_WORDS: usize = 12;

/// Where the dateline opening an article's first paragraph `s` ends.
pub(super) fn first_dateline(s: &str) -> Option<usize> {
    if !could_be_first_dateline(s) || at_most_words(s, FEWEST_PARAGRAPH_WORDS - 1) {
        return None;
    }
    FIRST_DATELINE.find(s).map(|m| m.end())
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
