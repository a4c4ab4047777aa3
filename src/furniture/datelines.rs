//! Datelines: when and where the story was filed or changed (a date or
//! time line, "Published: ...", a wire dateline opening the first
//! paragraph, a live update's stamp, a live commentary's minute, a
//! correction or print-edition notice). They date the story; they claim
//! nothing.

use std::sync::LazyLock;

use regex::Regex;

use super::char_gates::holds_char;
use super::gate::{self, LinePattern};

use super::credits::{agencies, AGENCY_NAMES};
use super::letters::SALUTATION;
use super::Rule;
use crate::lexicon;

/// The month names and abbreviations as one alternation.
fn months() -> String {
    lexicon::entries(crate::lexicon::list!("months.txt"))
        .collect::<Vec<_>>()
        .join("|")
}

static DATE: LazyLock<String> = LazyLock::new(|| {
    let m = months();
    format!(
        r"(?:(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?),?\s+)?(?:(?:{m})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{m})\.?,?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}))"
    )
});

/// A line that is a date, perhaps with a time: "March 29, 2025", "29 March 2025 14:05 GMT".
static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(&format!(
        r"(?i)^(?:(?:published|updated|posted|last updated|last modified|first published|modified|date)(?:\s+on)?\s*:?\s*)?{}(?:,?\s*(?:at\s+)?\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{{2,5}})?)?(?:\s*(?:[-|–—,]|(?-u:\b)(?:updated|modified)(?-u:\b))\s*.{{0,40}})?$",
        *DATE
    ))
    .expect("date line")
});

/// [`DATE_LINE`]'s gate: a date has a year or slashes between its figures
/// ([`holds_year_or_slashed_date`]), and the line opens with it (a digit, a
/// weekday or a month) or with its label ("Published", "Updated", "Posted",
/// "Last ...", "First ...", "Modified", "Date").
fn could_be_date_line(s: &str) -> bool {
    holds_year_or_slashed_date(s)
        && (gate::opens_with_digit(s) || gate::opens_with(s, &DATE_LINE_OPENINGS))
}

/// Whether `s` holds four ASCII digits in a row or a slash between two:
/// every form of [`DATE`] does ("2025", "2025-03-29", "3/29/25"). "12
/// Comments", "4 Min Read", "Updated 8:17 a.m. ET" and a list's "1. ..."
/// open as a date line does but hold neither: without its DFA (the browser
/// build) each search of the date line's pattern walks its months and
/// weekdays, however soon the line fails.
fn holds_year_or_slashed_date(s: &str) -> bool {
    let b = s.as_bytes();
    let mut run = 0;
    b.iter().enumerate().any(|(i, &c)| {
        run = if c.is_ascii_digit() { run + 1 } else { 0 };
        run >= 4
            || c == b'/'
                && i > 0
                && b[i - 1].is_ascii_digit()
                && b.get(i + 1).is_some_and(u8::is_ascii_digit)
    })
}

/// The words a date line may open with: its labels, the weekdays as
/// [`DATE`] spells them (whole and cut short) and the months.
static DATE_LINE_OPENINGS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let weekdays = lexicon::entries(crate::lexicon::list!("weekdays.txt"));
    // The short forms, as [`DATE`] spells them.
    let short = [
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ];
    let months = lexicon::entries(crate::lexicon::list!("months.txt"));
    DATE_LABELS
        .into_iter()
        .chain(["date"])
        .chain(weekdays)
        .chain(short)
        .chain(months)
        .collect()
});

/// "Published: Nov. 27, 2026 at 5:48 PM CST | Updated: ...", "Updated 3
/// hours ago", "Duration: 02:35", a live blog's "11:52 BST", "15:32, 26 Nov
/// 2026 Updated 16:05". After "Published"/"Updated" a date or time must
/// come first: "Published in 2019, the report found ..." is a sentence.
static DATED_LINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(&dated_line(["{0,120}", "{0,60}", "{0,40}"])).expect("dated line")
});

/// [`DATED_LINE`] with its runs of any characters unbounded (`.*` for
/// `.{0,120}`, `.{0,60}` and `.{0,40}`): the same answer on a line of at
/// most [`SHORT_DATED_LINE_BYTES`] bytes, in a fraction of the states (each
/// bounded `.` is a copy of the UTF-8 automaton, and the no-DFA build's
/// searches pay for every state).
static SHORT_DATED_LINE: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::new(&dated_line(["*", "*", "*"])).expect("short dated line"));

/// The longest line [`SHORT_DATED_LINE`] answers for [`DATED_LINE`]. A
/// line of at most 45 bytes has at most 45 characters. The labelled form's
/// run follows at least one character, so it has at most 44 (<= 120). The
/// time-and-year form's runs follow at least five ("1:00 "), so each has at
/// most 40 (<= 60, <= 40). No bound can bind, and `.` is the same class
/// (no line break) bounded or not.
const SHORT_DATED_LINE_BYTES: usize = 45;

/// [`DATED_LINE`]'s source, with `runs` the repetitions of its three runs
/// of any characters (after the label, before and after the year).
fn dated_line(runs: [&str; 3]) -> String {
    let [label, before_year, after_year] = runs;
    format!(
        r"(?i)^(?:{}.{label}$|\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago$|duration\s*:\s*\d|\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?)?(?:\s*[a-z]{{2,5}})?$|\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?)?,?\s+.{before_year}(?-u:\b)\d{{4}}(?-u:\b).{after_year}$)",
        labelled_head()
    )
}

/// [`DATED_LINE`]'s labelled form up to its run: "Published", "Updated
/// on", ... and a digit, a month, a weekday, "today" or "yesterday".
fn labelled_head() -> String {
    let m = months();
    format!(
        r"(?:published|updated|posted|last updated|last modified|first published|modified)(?:\s+(?:on|at))?\s*:?\s*(?:on\s+|at\s+)?(?:\d|(?:{m})(?-u:\b)|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?-u:\b)|today(?-u:\b)|yesterday(?-u:\b))"
    )
}

/// [`DATED_LINE`]'s forms that may open without a digit, the labelled one's
/// run unbounded: the same answer on a line of at most
/// [`LABELLED_LINE_BYTES`] bytes whose first character is not a digit
/// (every other form opens with `\d`), without the other forms' states.
static LABELLED_LINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(&format!(
        r"(?i)^(?:{}.*$|duration\s*:\s*\d)",
        labelled_head()
    ))
    .expect("labelled line")
});

/// The longest line [`LABELLED_LINE`] answers for [`DATED_LINE`]: at most
/// 121 characters, of which the label takes at least one, leave the run at
/// most 120.
const LABELLED_LINE_BYTES: usize = 121;

/// Whether [`DATED_LINE`] matches `s`, by [`SHORT_DATED_LINE`] or
/// [`LABELLED_LINE`] where either gives the same answer.
fn is_dated_line(s: &str) -> bool {
    if s.len() <= SHORT_DATED_LINE_BYTES {
        SHORT_DATED_LINE.is_match(s)
    } else if s.len() <= LABELLED_LINE_BYTES && !s.starts_with(char::is_numeric) {
        // `char::is_numeric` holds for every `\d` and more.
        LABELLED_LINE.is_match(s)
    } else {
        DATED_LINE.is_match(s)
    }
}

/// [`DATED_LINE`]'s gate: the line opens with a digit, or with
/// "Published", "Updated", "Posted", "Last ...", "First ...", "Modified"
/// ("Updated today") or "Duration".
fn could_be_dated_line(s: &str) -> bool {
    gate::opens_with_digit(s)
        || gate::opens_with(s, &DATE_LABELS)
        || gate::opens_with(s, &["duration"])
}

/// The labels before a publication date or time ("Published", "Last
/// updated", "First published", ...), by their first word.
const DATE_LABELS: [&str; 6] = [
    "published",
    "updated",
    "posted",
    "last",
    "first",
    "modified",
];

/// Whether a line is a date or a time ([`DATE_LINE`], [`DATED_LINE`]).
fn is_date_or_time(s: &str) -> bool {
    could_be_date_line(s) && DATE_LINE.is_match(s) || could_be_dated_line(s) && is_dated_line(s)
}

/// Whether a line says how long ago something was posted ("2 hours ago"),
/// as a comment's time does.
pub(super) fn is_time_ago(s: &str) -> bool {
    s.ends_with(" ago") && could_be_dated_line(s) && is_dated_line(s)
}

/// The most words of a publication date or time.
const DATE_WORDS: usize = 24;
/// The most words of a line with the writer, the outlet and the date.
const WRITER_AND_DATE_WORDS: usize = 25;

/// A line dating the story, and the rule that finds it: a date or time
/// alone, or the writer, the outlet or the section and the date on one
/// line, ending on the date or the time ("Maya Sandhu · CBC News · Posted:
/// Nov 08, 2027 4:00 AM PST", "Politics | Tue Jun 16, 2015 | 7:18pm EDT",
/// "April 26, 2019 / 1:58 AM / Updated 2 hours ago").
pub(super) fn date_line(s: &str, n_words: usize) -> Option<Rule> {
    if n_words <= DATE_WORDS && is_date_or_time(s) {
        return Some(Rule::PublicationDate);
    }
    if n_words <= WRITER_AND_DATE_WORDS
        && (last_stamp_part(s).is_some_and(|last| is_date_or_time(last.trim())) || dated_issue(s))
    {
        return Some(Rule::WriterAndDate);
    }
    None
}

/// The last non-empty part of a line of parts joined by a middle dot, a
/// pipe or a slash between spaces (a slash with no space is a date's:
/// "6/16/2015"), if it has two parts or more.
fn last_stamp_part(s: &str) -> Option<&str> {
    if !holds_char(s, &['·', '|']) && !s.contains(" / ") {
        return None;
    }
    s.rsplit(['·', '|'])
        .flat_map(|part| part.rsplit(" / "))
        .find(|part| !part.trim().is_empty())
}

/// The words that open an issue's number ("Issue #214", "No. 37").
const ISSUE_WORDS: [&str; 5] = ["issue", "edition", "no", "vol", "volume"];
/// The most words of an issue's number.
const ISSUE_NUMBER_WORDS: usize = 3;

/// A newsletter's or paper's date and issue number on one line, joined by a
/// middle dot or a pipe ("Tuesday, March 10, 2026 · Issue #214"): the line
/// ends on the number, the date is the part before it.
fn dated_issue(s: &str) -> bool {
    // A line without either (nearly every line) has no parts to split.
    if !holds_char(s, &['·', '|']) {
        return false;
    }
    let Some((date, number)) = s.rsplit_once(['·', '|']) else {
        return false;
    };
    let number = number.trim();
    let mut ws = super::words::words(number);
    let opens_issue = ws.next().is_some_and(|w| {
        let w = w.trim_end_matches('.');
        ISSUE_WORDS.iter().any(|i| w.eq_ignore_ascii_case(i))
    });
    opens_issue
        && super::words::at_most_words(number, ISSUE_NUMBER_WORDS)
        && number.chars().any(|c| c.is_ascii_digit())
        && is_date_or_time(date.trim())
}

/// A dated amendment notice: "This article was amended on 17 March 2027.
/// An earlier version said ...". The article's publication history, like
/// an "Updated" line.
static AMENDED_ON: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"(?i)^this (?:article|story|report|piece) (?:was|has been) (?:amended|corrected|updated|changed|edited) on(?-u:\b)|^corrections?:\s+an? (?:earlier|previous) version of this (?:article|story|report)(?-u:\b)|^(?:this (?:article|story) was )?originally published (?:by|in|on)(?-u:\b)")
        .expect("amended on")
});

/// [`AMENDED_ON`]'s gate: "This article was amended", "Correction:",
/// "Originally published".
fn could_be_amended_on(s: &str) -> bool {
    gate::opens_with(s, &["this", "correction", "corrections", "originally"])
}

/// The rule for a line that is a correction or publication notice ([`AMENDED_ON`]).
pub(super) static AMENDED_ON_RULE: LinePattern = LinePattern {
    // The most words of a correction or publication notice.
    most_words: 80,
    gate: Some(could_be_amended_on),
    pattern: &AMENDED_ON,
};

/// "This article appears in the March 2027 issue ...", "A version of this
/// article appeared in print on ...": the print edition, a dateline.
static PRINT_EDITION: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"(?i)^(?:a\s+version\s+of\s+)?this\s+(?:article|story|piece|essay)\s+(?:appears|appeared|was\s+published|will\s+appear)\s+(?:in|on)(?-u:\b)")
        .expect("print edition")
});

/// [`PRINT_EDITION`]'s gate: "This article appears", "A version of this".
fn could_be_print_edition(s: &str) -> bool {
    gate::opens_with(s, &["this", "a"])
}

/// The rule for a line that is a print-edition line ([`PRINT_EDITION`]).
pub(super) static PRINT_EDITION_RULE: LinePattern = LinePattern {
    // The most words of a print-edition line.
    most_words: 40,
    gate: Some(could_be_print_edition),
    pattern: &PRINT_EDITION,
};

/// A live commentary's minute marker on a line of its own: "88'", "90+4'",
/// "45+2’", "HT", "FT".
static MATCH_MINUTE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"^(?:\d{1,3}(?:\+\d{1,2})?['’′]|HT|FT)$").expect("match minute")
});

/// Whether a line is a live commentary's minute ([`MATCH_MINUTE`]).
pub(super) fn is_match_minute(s: &str) -> bool {
    could_be_match_minute(s) && MATCH_MINUTE.is_match(s)
}

/// [`MATCH_MINUTE`]'s gate: a digit first, or "HT" / "FT" alone.
fn could_be_match_minute(s: &str) -> bool {
    gate::opens_with_digit(s) || s == "HT" || s == "FT"
}

/// A wire dateline opening a body line: "WASHINGTON (Reuters) - ", "KABUL, Afghanistan (AP) — ".
static WIRE_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"^[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2})?(?:,? [A-Z][a-z]{2,8}\.? \d{1,2})?(?: \([A-Za-z .'/-]{2,30}\))? ?[-–—]{1,2} ")
        .expect("wire dateline")
});

/// An agency's dateline in ordinary case with no dash: "New Delhi, Nov 27
/// (PTI) The Union Cabinet ...", "Basra (Iraq) (AFP) - Hundreds ...". The
/// agency in brackets marks it.
static AGENCY_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(&format!(
        r"^[A-Z][A-Za-zÀ-ɏ.'\-]+(?: [A-Z][A-Za-zÀ-ɏ.'\-]+){{0,3}}(?:, [A-Z][A-Za-zÀ-ɏ.]+(?: [A-Z][A-Za-zÀ-ɏ.]+){{0,2}})?(?: \([A-Z][A-Za-zÀ-ɏ.' \-]{{1,30}}\))?,? (?:[A-Z][a-z]{{2,8}}\.? \d{{1,2}} )?\((?:{})\)(?:\s*[-–—:])?\s",
        agencies()
    ))
    .expect("agency dateline")
});

/// Whether a body line opens with a wire or agency dateline: only an
/// article's first paragraph does ("DUNMORE — A kitchen fire ...").
pub(super) fn opens_with_dateline(s: &str) -> bool {
    (could_be_wire_dateline(s) && WIRE_DATELINE.is_match(s))
        || (could_be_agency_dateline(s) && AGENCY_DATELINE.is_match(s))
}

/// A live update's timestamp glued to its paragraph: "UPDATE 4:25 p.m.: The
/// warning has expired", "Updated 9:10 a.m. ET — Crews ...".
static UPDATE_STAMP: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"^(?i:update[ds]?|updated at)\s*,?\s*\d{1,2}(?:[:.]\d{2}\s*(?i:a\.m\.|p\.m\.|am|pm)?|\s*(?i:a\.m\.|p\.m\.|am|pm))(?:\s+[A-Z]{2,4})?\s*[:\-–—]\s")
        .expect("update stamp")
});

/// What opens a body line before its text: a wire or agency dateline, a
/// live update's stamp or a letter's salutation. Where it ends, and the
/// rule that finds it.
pub(super) fn opening_stamp(s: &str) -> Option<(usize, Rule)> {
    // The pattern stays a `LazyLock` here: one passed as `&Regex` would be
    // compiled before its gate is asked.
    let found = |gate: fn(&str) -> bool, pattern: &LazyLock<Regex>, rule| {
        gate(s)
            .then(|| pattern.find(s))
            .flatten()
            .map(|m| (m.end(), rule))
    };
    found(could_be_wire_dateline, &WIRE_DATELINE, Rule::WireDateline)
        .or_else(|| {
            found(
                could_be_agency_dateline,
                &AGENCY_DATELINE,
                Rule::WireDateline,
            )
        })
        .or_else(|| found(could_be_update_stamp, &UPDATE_STAMP, Rule::UpdateStamp))
        .or_else(|| found(could_be_salutation, &SALUTATION, Rule::Salutation))
}

/// [`WIRE_DATELINE`]'s gate: two capitals (or a capital and a full stop,
/// apostrophe or hyphen) open the line, and a dash follows.
fn could_be_wire_dateline(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() > 2
        && b[0].is_ascii_uppercase()
        && (b[1].is_ascii_uppercase() || matches!(b[1], b'.' | b'\'' | b'-'))
        && s.contains(['-', '–', '—'])
}

/// [`AGENCY_DATELINE`]'s gate: a capital opens the line and an agency's
/// name, as written, in brackets follows: "(PTI)", "(AFP)". A line with
/// any bracket was searched before: without its DFA (the browser build)
/// each search of a first paragraph with an aside in brackets walked the
/// place names' and agencies' states.
fn could_be_agency_dateline(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_uppercase())
        && s.contains(')')
        && s.match_indices('(').any(|(at, _)| {
            let after = &s[at + 1..];
            AGENCY_NAMES.iter().any(|name| {
                after
                    .strip_prefix(name)
                    .is_some_and(|rest| rest.starts_with(')'))
            })
        })
}

/// [`UPDATE_STAMP`]'s gate: the line opens with "Update", "Updated" or
/// "Updates", in any case.
fn could_be_update_stamp(s: &str) -> bool {
    gate::opens_with(s, &["update", "updated", "updates"])
}

/// [`SALUTATION`]'s gate: "Dear " opens the line.
fn could_be_salutation(s: &str) -> bool {
    s.starts_with("Dear ")
}

/// Compiles this file's patterns now rather than on first use (see
/// [`crate::warm`]).
pub(crate) fn warm() {
    for pattern in [
        &DATE_LINE,
        &DATED_LINE,
        &SHORT_DATED_LINE,
        &LABELLED_LINE,
        &AMENDED_ON,
        &PRINT_EDITION,
        &MATCH_MINUTE,
        &WIRE_DATELINE,
        &AGENCY_DATELINE,
        &UPDATE_STAMP,
    ] {
        LazyLock::force(pattern);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_date_and_an_issue_number() {
        for s in [
            "Tuesday, March 10, 2026 · Issue #214",
            "March 10, 2026 | No. 37",
        ] {
            assert!(super::dated_issue(s), "{s}");
        }
        for s in [
            "Issue #214 · Tuesday",
            "Politics · Issue of the week",
            "March 10, 2026 · Issue of the day",
        ] {
            assert!(!super::dated_issue(s), "{s}");
        }
    }

    use super::super::testing::assert_roles;
    use super::*;

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn the_date_gates_pass_every_date_line_of_the_fixtures() {
        for line in super::super::testing::fixture_lines() {
            if DATE_LINE.is_match(&line) {
                assert!(could_be_date_line(&line), "{line:?}");
            }
            if DATED_LINE.is_match(&line) {
                assert!(could_be_dated_line(&line), "{line:?}");
            }
        }
    }

    /// Every fixture line [`AGENCY_DATELINE`] matches, and datelines made
    /// with each agency, pass its gate.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn the_agency_dateline_gate_passes_every_match() {
        let mut lines = super::super::testing::fixture_lines();
        for name in lexicon::entries(crate::lexicon::list!("photo_agencies.txt")) {
            lines.push(format!("New Delhi, Nov 27 ({name}) The cabinet met."));
            lines.push(format!("Basra (Iraq) ({name}) - Hundreds marched."));
        }
        let mut matched = 0;
        for line in &lines {
            if AGENCY_DATELINE.is_match(line) {
                matched += 1;
                assert!(could_be_agency_dateline(line), "{line:?}");
            }
        }
        assert!(matched > 60, "{matched}");
        assert!(!could_be_agency_dateline(
            "Basra (Iraq) - Hundreds (about 300) marched."
        ));
    }

    /// Every line [`DATE_LINE`] matches holds a year or a slashed date, on
    /// the fixtures and on dates of each form; "12 Comments" does not.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn every_date_line_holds_a_year_or_a_slashed_date() {
        let mut lines = super::super::testing::fixture_lines();
        for date in [
            "March 29, 2025",
            "Sept. 3rd 2026, 10:05 p.m. EST",
            "29 March 2025 14:05 GMT",
            "Tue, 1 Jan. 2030 | Updated x",
            "2025-03-29",
            "3/29/25",
            "12/1/2026 - 9:00",
            "Published: 3/29/25",
            "date on 2025-03-29 updated soon",
        ] {
            lines.push(date.to_string());
            lines.push(date.to_uppercase());
        }
        let mut matched = 0;
        for line in &lines {
            if DATE_LINE.is_match(line) {
                matched += 1;
                assert!(holds_year_or_slashed_date(line), "{line:?}");
            }
        }
        assert!(matched > 30, "{matched}");
        for line in [
            "12 Comments",
            "4 Min Read",
            "Updated 8:17 a.m. ET",
            "1. Rain",
            "1 / 2",
            "123",
        ] {
            assert!(!holds_year_or_slashed_date(line), "{line:?}");
        }
        assert!(holds_year_or_slashed_date("x 1/2"));
        assert!(holds_year_or_slashed_date("2026"));
    }

    /// [`SHORT_DATED_LINE`] answers as [`DATED_LINE`] on every fixture
    /// line it is asked about, on every short end of a fixture line (the
    /// dates and times sit at the ends), and on lines at its bound.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn the_short_dated_line_answers_as_the_dated_line() {
        let mut lines = super::super::testing::fixture_lines();
        let ends: Vec<String> = lines
            .iter()
            .flat_map(|line| {
                (0..line.len())
                    .filter(|&i| {
                        line.is_char_boundary(i) && line.len() - i <= SHORT_DATED_LINE_BYTES
                    })
                    .map(|i| line[i..].to_string())
                    .collect::<Vec<_>>()
            })
            .collect();
        lines.extend(ends);
        let filler = "x".repeat(LABELLED_LINE_BYTES);
        for head in [
            "Updated 3",
            "Posted on Monday",
            "12:05 pm, ",
            "12:05, 2026 ",
            "Duration: 2",
            "2 hours ago",
            "9.30 bst",
            "Published: May 2, 2026 | Updated: 6 minutes",
            "Last updated yesterday",
            "duration:1",
        ] {
            for n in 0..=LABELLED_LINE_BYTES {
                lines.push(format!("{head}{}", &filler[..n]));
                lines.push(format!("{head}{} 2026", &filler[..n]));
                lines.push(format!("{head}é{}", &filler[..n]));
            }
        }
        let (mut short, mut labelled) = (0, 0);
        for line in &lines {
            if line.len() <= LABELLED_LINE_BYTES && !line.starts_with(char::is_numeric) {
                labelled += 1;
                assert_eq!(
                    LABELLED_LINE.is_match(line),
                    DATED_LINE.is_match(line),
                    "{line:?}"
                );
            }
            if line.len() <= SHORT_DATED_LINE_BYTES {
                short += 1;
                assert_eq!(
                    SHORT_DATED_LINE.is_match(line),
                    DATED_LINE.is_match(line),
                    "{line:?}"
                );
            }
            assert_eq!(is_dated_line(line), DATED_LINE.is_match(line), "{line:?}");
        }
        assert!(short > 10_000, "{short} short lines");
        assert!(labelled > 10_000, "{labelled} lines for the labelled forms");
    }

    #[test]
    fn the_gates_pass_every_match() {
        gate::assert_gates(&[
            (
                could_be_wire_dateline,
                &WIRE_DATELINE,
                "KABUL, Afghanistan (AP) — The",
            ),
            (could_be_wire_dateline, &WIRE_DATELINE, "O'HARE - Flights"),
            (
                could_be_agency_dateline,
                &AGENCY_DATELINE,
                "New Delhi, Nov 27 (PTI) The Union Cabinet",
            ),
            (
                could_be_update_stamp,
                &UPDATE_STAMP,
                "UPDATE 4:25 p.m.: The warning",
            ),
            (
                could_be_update_stamp,
                &UPDATE_STAMP,
                "Updated 9:10 a.m. ET — Crews",
            ),
            (could_be_salutation, &SALUTATION, "Dear Maeve: My brother"),
            (could_be_match_minute, &MATCH_MINUTE, "90+4'"),
            (could_be_match_minute, &MATCH_MINUTE, "HT"),
            (could_be_date_line, &DATE_LINE, "March 29, 2025"),
            (could_be_dated_line, &DATED_LINE, "Updated today at noon"),
            (
                could_be_amended_on,
                &AMENDED_ON,
                "Correction: an earlier version of this story misnamed him",
            ),
            (
                could_be_amended_on,
                &AMENDED_ON,
                "Originally published by The Ledger",
            ),
            (
                could_be_print_edition,
                &PRINT_EDITION,
                "A version of this article appeared in print on May 2",
            ),
        ]);
    }

    #[test]
    fn live_update_stamps_ratings_footnote_numbers_and_tip_lines() {
        assert_roles(
            "Storms hit the county\n\n★★★½\n\nUPDATE 4:25 p.m.: The warning has expired, forecasters said.\n\nThe river rose overnight.\n\n1\nFigures are from the state.\n\nThis is a developing story. Stay with us for updates.\n\nHave a news tip? Email news@example.com.",
            &[
                ("Storms hit the county", "headline"),
                ("★★★½", "boilerplate"),
                ("UPDATE 4:25 p.m.:", "dateline"),
                ("The warning has expired, forecasters said.", "body"),
                ("The river rose overnight.", "body"),
                ("1", "boilerplate"),
                ("Figures are from the state.", "body"),
                (
                    "This is a developing story. Stay with us for updates.",
                    "boilerplate",
                ),
                ("Have a news tip? Email news@example.com.", "boilerplate"),
            ],
        );
    }

    #[test]
    fn a_live_commentarys_minutes_are_its_times() {
        assert_roles(
            "Rovers 2-1 City: live\n\n90+4'\nFull time here.\n\n88'\nBaptiste scores.",
            &[
                ("Rovers 2-1 City: live", "headline"),
                ("90+4'", "dateline"),
                ("Full time here.", "body"),
                ("88'", "dateline"),
                ("Baptiste scores.", "body"),
            ],
        );
    }

    #[test]
    fn the_writer_and_the_date_on_one_line() {
        assert_roles(
            "Arrests at blockade\n\nMaya Sandhu · CBC News · Posted: Nov 08, 2027 4:00 AM PST\n\nSix people were arrested.",
            &[
                ("Arrests at blockade", "headline"),
                (
                    "Maya Sandhu · CBC News · Posted: Nov 08, 2027 4:00 AM PST",
                    "dateline",
                ),
                ("Six people were arrested.", "body"),
            ],
        );
        // The section, the date and the time between pipes; the date, the
        // time and the update between spaced slashes: a stamp, not the headline.
        assert_roles(
            "Politics | Tue Jun 16, 2015 | 7:18pm EDT\nSenate blocks highway bill\nBy Jane Doe\n\nThe Senate voted on Tuesday.",
            &[
                ("Politics | Tue Jun 16, 2015 | 7:18pm EDT", "dateline"),
                ("Senate blocks highway bill", "headline"),
                ("By Jane Doe", "byline"),
                ("The Senate voted on Tuesday.", "body"),
            ],
        );
        assert_roles(
            "April 26, 2019 / 1:58 AM / Updated 2 hours ago\nVantor asks investors to wait\n\nVantor cut its forecast.",
            &[
                ("April 26, 2019 / 1:58 AM / Updated 2 hours ago", "dateline"),
                ("Vantor asks investors to wait", "headline"),
                ("Vantor cut its forecast.", "body"),
            ],
        );
        // A pipe before a figure that is no time stays a title.
        assert_eq!(super::date_line("Scores | Round 12 | Sale Sharks", 6), None);
        assert_eq!(super::date_line("Pay 6/16 / 2015 Heads", 5), None);
    }

    #[test]
    fn agency_datelines_and_bylines() {
        assert_roles(
            "Press Trust of India | New Delhi\n\n\
             New Delhi, Nov 27 (PTI) The Union Cabinet approved the scheme.\n\n\
             Hal Brennan, band director for 38 years, dies at 89\n\n\
             He died on Thursday.",
            &[
                ("Press Trust of India | New Delhi", "byline"),
                ("New Delhi, Nov 27 (PTI)", "dateline"),
                ("The Union Cabinet approved the scheme.", "body"),
                (
                    "Hal Brennan, band director for 38 years, dies at 89",
                    "headline",
                ),
                ("He died on Thursday.", "body"),
            ],
        );
    }

    #[test]
    fn briefs_each_open_with_a_dateline() {
        assert_roles(
            "Bridge to close for three weeks\n\n\
             HADLEY — The bridge will close Monday.\n\n\
             Board trims $1.1M from budget\n\n\
             KESSLING — The board voted 5-2.\n\n\
             A pumpkin stands at the fair on Saturday. (J.R. Tanaka / Gazette)",
            &[
                ("Bridge to close for three weeks", "headline"),
                ("HADLEY —", "dateline"),
                ("The bridge will close Monday.", "body"),
                ("Board trims $1.1M from budget", "headline+"),
                ("KESSLING —", "dateline"),
                ("The board voted 5-2.", "body"),
                (
                    "A pumpkin stands at the fair on Saturday. (J.R. Tanaka / Gazette)",
                    "caption",
                ),
            ],
        );
    }

    #[test]
    fn wire_dateline_and_reporter_credits() {
        assert_roles(
            "WASHINGTON (Reuters) - The Senate passed the bill on Friday.\n\nJane Doe reports.\n\nReporting by Jane Doe; Editing by John Roe",
            &[
                ("WASHINGTON (Reuters) -", "dateline"),
                ("The Senate passed the bill on Friday.", "body"),
                ("Jane Doe reports.", "byline"),
                ("Reporting by Jane Doe; Editing by John Roe", "byline"),
            ],
        );
    }
}
