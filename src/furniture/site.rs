//! Site furniture: what the site prints around every article (site words,
//! rules of symbols, ratings, cookie banners, copyright notices, pitches
//! for money or sign-ups, reading times, reference blocks, editor's notes
//! about the story itself). It is the site's, not the article's claim.

use std::sync::LazyLock;

use regex::Regex;

use super::gate::{self, LinePattern};

use super::words::{is_web_address, listed, words};
use crate::lexicon::{Lexeme, List};

/// Whether the line (its [`key`](super::words::key) `k`) is a lone site
/// word ("Share", "Log in", boilerplate.txt): the site's buttons.
pub(super) fn is_site_word(k: Lexeme) -> bool {
    listed(List::Boilerplate, k)
}

/// A horizontal rule or a line of symbols only.
pub(super) fn is_rule(s: &str) -> bool {
    s.chars().all(|c| !c.is_alphanumeric())
}

/// Stars alone ("★★★☆"); a half star ("★★★½") is a digit.
pub(super) fn is_star_rating(s: &str) -> bool {
    s.contains(['★', '☆']) && s.chars().all(|c| !c.is_alphanumeric() || c == '½')
}

/// A number of at most three digits alone: a footnote or list marker.
pub(super) fn is_lone_number(s: &str) -> bool {
    s.len() <= 3 && s.bytes().all(|b| b.is_ascii_digit())
}

/// A press release's "About Pellham Outdoor Inc." heading the company's
/// description: a label like "Media Contact:", not a headline.
static ABOUT_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"^About (?:[A-Z][\w&'’.\-]*\s+)+(?:Inc|Ltd|Corp|Corporation|LLC|plc|PLC|Group|Co|AG|SA|NV|GmbH|Holdings)\.?$")
            .expect("about label")
});

/// An "About Company Inc." label ([`ABOUT_LABEL`]).
static ABOUT_LABEL_RULE: LinePattern = LinePattern {
    most_words: 6,
    gate: Some(could_be_about_label),
    pattern: &ABOUT_LABEL,
};

/// [`ABOUT_LABEL`]'s gate: "About " opens the line.
fn could_be_about_label(s: &str) -> bool {
    s.starts_with("About ")
}

/// Whether a line (`k` its key) labels a reference block: "Journal
/// Reference:", "Cite This Page:" (reference_labels.txt), "About Pellham
/// Outdoor Inc." ([`ABOUT_LABEL`]).
pub(super) fn is_reference_label(s: &str, k: Lexeme, n_words: usize) -> bool {
    listed(List::ReferenceLabels, k) || ABOUT_LABEL_RULE.matches(s, n_words)
}

/// A citation of a paper: it carries a DOI ("DOI: 10.1038/s41559-...").
static REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"(?i)(?-u:\b)(?:doi\s*:\s*10\.\d|doi\.org/10\.\d)|^(?-i:[A-Z][a-zà-ÿ'’\-]+, (?:[A-Z]\.\s?)+(?:,? (?:and|&) [A-Z][a-zà-ÿ'’\-]+, (?:[A-Z]\.\s?)+)*(?:et al\.\s?)?\((?:19|20)\d\d[a-z]?\)\.)")
        .expect("reference")
});

/// [`REFERENCE`]'s gate: a DOI, or a capital opening the line and a year
/// of the pattern's ("(19..", "(20..") in brackets. The pattern's first
/// alternative is not anchored: without its DFA (a browser build) the
/// regex engine walks every line it is given, so the gate keeps it to
/// the lines it could match (a bracket alone let a third of the short
/// lines through).
fn could_be_reference(s: &str) -> bool {
    // Both DOI forms hold "10." after "doi": the plain search first.
    s.contains("10.") && gate::holds(s, "doi")
        || s.starts_with(|c: char| c.is_ascii_uppercase()) && has_year_in_brackets(s)
}

/// Whether `s` holds "(19" or "(20" and two more digits.
fn has_year_in_brackets(s: &str) -> bool {
    s.match_indices('(').any(|(at, _)| {
        matches!(s.as_bytes()[at + 1..], [b'1', b'9', c, d, ..] | [b'2', b'0', c, d, ..]
            if c.is_ascii_digit() && d.is_ascii_digit())
    })
}

/// The rule for a line that is a reference to a published paper ([`REFERENCE`]).
pub(super) static REFERENCE_RULE: LinePattern = LinePattern {
    // The most words of a paper's reference.
    most_words: 80,
    gate: Some(could_be_reference),
    pattern: &REFERENCE,
};

/// The most words of a cookie banner, a copyright notice or an editor's
/// note read as one: longer is an article's paragraph.
const NOTICE_WORDS: usize = 80;

/// A cookie-consent banner, however long: it speaks to the reader ("we use
/// cookies", "you agree") of cookies and asks to accept, consent or change
/// settings. A news sentence about cookies ("the site set cookies without
/// consent, the regulator found") does not address the reader.
pub(super) fn is_cookie_banner(s: &str, n_words: usize) -> bool {
    // Most lines never mention cookies: look before lower-casing.
    if n_words > NOTICE_WORDS || !s.contains("ookie") && !s.contains("OOKIE") {
        return false;
    }
    // ASCII case aside, without a lower-cased copy of the line.
    gate::holds(s, "cookies")
        && gate::holds_any(s, &["we use", "you ", "your ", "our "])
        && gate::holds_any(
            s,
            &[
                "accept",
                "consent",
                "cookie settings",
                "cookie policy",
                "privacy policy",
            ],
        )
}

/// A site's copyright notice, however much legal text follows it on its
/// line ("© 2020 Condé Nast. All rights reserved. Use of this site
/// constitutes ..."): it opens with "©", "(c) 2020" or "Copyright" and a
/// year or "©". "Copyright holders said ..." is a sentence.
pub(super) fn is_copyright_notice(s: &str) -> bool {
    let mut ws = words(s);
    let (Some(first), second) = (ws.next(), ws.next()) else {
        return false;
    };
    let year_or_sign = |w: &str| w.starts_with('©') || w.starts_with(|c: char| c.is_ascii_digit());
    // The site's name may come first: "example.com © 1996-2015 Example Inc".
    let sign_after_name = second.is_some_and(|w| w.starts_with('©')) && is_web_address(first);
    sign_after_name
        || first.starts_with('©')
        || first.eq_ignore_ascii_case("(c)") && second.is_some_and(year_or_sign)
        || first.eq_ignore_ascii_case("copyright") && second.is_some_and(year_or_sign)
}

/// Whether a line of `n_words` words is a copyright notice.
pub(super) fn is_copyright_line(s: &str, n_words: usize) -> bool {
    n_words <= NOTICE_WORDS && is_copyright_notice(s)
}

/// A pitch for money: "Support the Ledger — subscribe from $1 a week",
/// "Give from just £2 a month".
static PITCH: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(
        r"(?i)(?-u:\b)(?:subscribe|donate|give|join)\s+(?:from|for|now|today)(?-u:\b)",
    )
    .expect("pitch")
});

/// [`PITCH`]'s gate: "subscribe", "donate", "give" or "join".
fn could_be_pitch(s: &str) -> bool {
    super::line_gates::holds_any(s, super::line_gates::PITCH)
}

/// The rule for a line that is a pitch for money ([`PITCH`]).
pub(super) static PITCH_RULE: LinePattern = LinePattern {
    // The most words of a pitch for money.
    most_words: 15,
    gate: Some(could_be_pitch),
    pattern: &PITCH,
};

/// A newsletter platform's standing pitch: "The Long Commute is a
/// reader-supported publication. To receive new posts and support my work,
/// consider becoming a free or paid subscriber."
static READER_SUPPORTED: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(
        r"(?i)(?-u:\b)is a reader-supported publication(?-u:\b)|(?-u:\b)becom(?:e|ing) a free or paid subscriber(?-u:\b)",
    )
    .expect("reader-supported")
});

/// [`READER_SUPPORTED`]'s gate: "reader-supported" or "subscriber".
fn could_be_reader_supported(s: &str) -> bool {
    super::line_gates::holds_any(s, super::line_gates::READER_SUPPORTED)
}

/// A newsletter platform's pitch ([`READER_SUPPORTED`]).
pub(super) static READER_SUPPORTED_RULE: LinePattern = LinePattern {
    most_words: 40,
    gate: Some(could_be_reader_supported),
    pattern: &READER_SUPPORTED,
};

/// A newsletter pitch: "Get the day's top stories in your inbox".
static INBOX: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"(?i)(?-u:\b)(?:in|to|into)\s+your\s+inbox(?-u:\b)").expect("inbox")
});

/// [`INBOX`]'s gate: "your inbox".
fn could_be_inbox(s: &str) -> bool {
    gate::holds(s, "inbox")
}

/// The rule for a line that is a newsletter sign-up ([`INBOX`]).
pub(super) static INBOX_RULE: LinePattern = LinePattern {
    // The most words of a newsletter sign-up.
    most_words: 25,
    gate: Some(could_be_inbox),
    pattern: &INBOX,
};

/// "12 min read", "5 minute read", and the blogging platforms' label
/// "Reading Time: 3 minutes", "Reading time: 4 min".
static READING_TIME: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(
        r"(?i)^(?:\d{1,3}\s*(?:-\s*)?(?:min|mins|minute|minutes)\s+read|reading\s+time:?\s*\d{1,3}\s*(?:min|mins|minute|minutes)\.?)$",
    )
    .expect("reading time")
});

/// [`READING_TIME`]'s gate: its line opens with a digit or the word
/// "reading" (its first word's letters, as the editor's note's gate reads
/// them).
fn could_be_reading_time(s: &str) -> bool {
    gate::opens_with_digit(s) || gate::opens_with(s, &["reading"])
}

/// The rule for a line that gives the reading time ([`READING_TIME`]).
pub(super) static READING_TIME_RULE: LinePattern = LinePattern {
    // The most words of a reading-time line.
    most_words: 4,
    gate: Some(could_be_reading_time),
    pattern: &READING_TIME,
};

/// "Editor's note:". A note about the story itself ("This story has been
/// updated ...") is site furniture; a note that adds a fact ("Brightwater
/// Offshore says the turbines would be visible ...") is a claim.
static EDITORS_NOTE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"^(?i:editor['’]?s['’]? note)\s*[:.—–-]").expect("editor's note")
});

/// What an editor's note about the story itself says.
static NOTE_ON_THE_STORY: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"(?i)(?-u:\b)(?:(?:has|have) been|was|were) (?:updated|corrected|edited|amended|changed|revised|condensed)(?-u:\b)|(?-u:\b)(?:an earlier|a previous|the original) version(?-u:\b)|(?-u:\b)(?:this|the) (?:story|article|column|piece|report|interview|conversation|transcript|essay) (?:is|contains|includes|originally|first)(?-u:\b)|(?-u:\b)views expressed(?-u:\b)")
        .expect("note on the story")
});

/// The most words of an editor's note on the story.
const EDITORS_NOTE_WORDS: usize = 60;

/// Whether a line is an editor's note on the story itself.
pub(super) fn is_editors_note(s: &str, n_words: usize) -> bool {
    n_words <= EDITORS_NOTE_WORDS
        && could_be_editors_note(s)
        && EDITORS_NOTE.is_match(s)
        && NOTE_ON_THE_STORY.is_match(s)
}

/// [`EDITORS_NOTE`]'s gate: "Editor's" or "Editors'" opens the line.
fn could_be_editors_note(s: &str) -> bool {
    gate::opens_with(s, &["editor", "editors"])
}

/// Compiles this file's patterns now rather than on first use (see
/// [`crate::warm`]).
pub(crate) fn warm() {
    for pattern in [
        &ABOUT_LABEL,
        &REFERENCE,
        &PITCH,
        &READER_SUPPORTED,
        &INBOX,
        &READING_TIME,
        &EDITORS_NOTE,
        &NOTE_ON_THE_STORY,
    ] {
        LazyLock::force(pattern);
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{assert_roles, roles};
    use super::*;

    /// Every line of the fixtures the reference pattern matches passes
    /// its gate, and the gate lets few lines through.
    #[test]
    fn the_reference_gate_passes_every_match_on_the_fixtures() {
        let (mut lines, mut passed) = (0, 0);
        for (path, text) in crate::furniture::testing::fixture_texts() {
            for line in text.lines() {
                lines += 1;
                passed += usize::from(could_be_reference(line));
                if REFERENCE.is_match(line) {
                    assert!(could_be_reference(line), "{path}: {line:?}");
                }
            }
        }
        assert!(passed * 100 < lines, "{passed} of {lines} lines");
    }

    #[test]
    fn a_year_in_brackets() {
        assert!(has_year_in_brackets("Doe, J. (2019)."));
        assert!(has_year_in_brackets("(1987a)"));
        assert!(!has_year_in_brackets("(18"));
        assert!(!has_year_in_brackets("(2x19)"));
        assert!(!could_be_reference("said (in 2019) that"));
        assert!(could_be_reference("see DOI: 10.1/x"));
    }

    #[test]
    fn a_reading_time_line_in_either_form_and_nothing_longer() {
        for line in [
            "12 min read",
            "5-minute read",
            "Reading Time: 3 minutes",
            "Reading time: 4 min",
            "READING TIME 6 MINS",
        ] {
            assert!(
                could_be_reading_time(line) && READING_TIME.is_match(line),
                "{line}"
            );
        }
        for line in [
            "Reading time matters more than ever.",
            "Reading Time: 3 minutes of footage were shown.",
            "Readings: 3 minutes",
        ] {
            assert!(!READING_TIME.is_match(line), "{line}");
        }
        // The gate reads the first word whole: "Readings" is another word.
        assert!(!could_be_reading_time("Readings: 3 minutes"));
    }

    #[test]
    fn the_gates_pass_every_match() {
        gate::assert_gates(&[
            (
                could_be_about_label,
                &ABOUT_LABEL,
                "About Pellham Outdoor Inc.",
            ),
            (could_be_reading_time, &READING_TIME, "12 min read"),
            (
                could_be_reading_time,
                &READING_TIME,
                "Reading Time: 3 minutes",
            ),
            (
                could_be_editors_note,
                &EDITORS_NOTE,
                "Editor’s note: This story",
            ),
            (could_be_editors_note, &EDITORS_NOTE, "EDITORS' NOTE — The"),
            (
                could_be_pitch,
                &PITCH,
                "Support us: give from just $2 a month",
            ),
            (
                could_be_reference,
                &REFERENCE,
                "Ruiz, J. (2019). Tides. doi: 10.1038/x",
            ),
            (could_be_inbox, &INBOX, "Get the best stories in your inbox"),
            (
                could_be_reader_supported,
                &READER_SUPPORTED,
                "The Long Commute is a reader-supported publication.",
            ),
        ]);
    }

    #[test]
    fn references_pitches_and_contact_lines_at_the_foot() {
        assert_roles(
            "Schools cut Fridays\n\nThe district moved to a four-day week.\n\nTran, E. and Oduya, M. (2026). \u{201c}Four Days, Fewer Gains?\u{201d} NSU Working Paper 26-04.\n\nThe Long Commute is a reader-supported publication. To receive new posts, consider becoming a free or paid subscriber.\n\nLena Marchetti can be reached at lmarchetti@example.com.",
            &[
                ("Schools cut Fridays", "headline"),
                ("The district moved to a four-day week.", "body"),
                (
                    "Tran, E. and Oduya, M. (2026). \u{201c}Four Days, Fewer Gains?\u{201d} NSU Working Paper 26-04.",
                    "boilerplate",
                ),
                (
                    "The Long Commute is a reader-supported publication. To receive new posts, consider becoming a free or paid subscriber.",
                    "boilerplate",
                ),
                ("Lena Marchetti can be reached at lmarchetti@example.com.", "byline"),
            ],
        );
    }

    #[test]
    fn a_copyright_notice_is_furniture_however_long() {
        let notice = "Copyright 2031 Harbour Media Group. All rights reserved. Use of this site \
                      constitutes acceptance of our User Agreement and Privacy Policy and \
                      Cookie Statement and your privacy choices and rights, updated yearly. \
                      The site may earn a share of sales from links on it.";
        let text = format!("The council approved the plan on Monday.\n\n{notice}");
        assert_eq!(roles(&text)[1].1, "boilerplate");
        assert!(!is_copyright_notice(
            "Copyright holders objected to the plan."
        ));
        assert!(is_copyright_notice("© Harbour Media Group"));
    }

    #[test]
    fn an_editors_note_on_the_story_is_furniture_one_adding_a_fact_is_a_claim() {
        assert_roles(
            "Parking app draws fire\n\nThe app works most of the time.\n\n\
             Editor's note: This story has been updated with a statement from the city.\n\n\
             Editor’s note: After this column was submitted, a city spokesperson said the council would review the system.",
            &[
                ("Parking app draws fire", "headline"),
                ("The app works most of the time.", "body"),
                (
                    "Editor's note: This story has been updated with a statement from the city.",
                    "boilerplate",
                ),
                (
                    "Editor’s note: After this column was submitted, a city spokesperson said the council would review the system.",
                    "body",
                ),
            ],
        );
    }
}
