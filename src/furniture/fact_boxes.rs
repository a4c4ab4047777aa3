//! Facts set out like furniture: a fact box of "Label: value" lines, a
//! labelled price or share, a table's row, a review's pros and cons, a
//! writer's labelled verdict. Each line alone looks like a title; what it
//! states is a claim.

use super::menus::is_kicker;
use super::words::{at_most_words, is_figure, starts_with_bullet, words};
use super::{Draft, Look, Page};
use crate::lexicon::{Lexeme, List};

/// Whether a line is a label, a colon and its value: "Kick-off: Sunday 7
/// November, 2pm GMT", "Rating: False" (the pattern `LABELLED` in the
/// tests, read by [`is_label_head`]).
pub(super) fn is_labelled(s: &str) -> bool {
    label_and_value(s).is_some_and(is_label_head)
}

/// Whether `s` opens as `LABELLED`
/// (`^[A-Z][A-Za-zÀ-ɏ'’\-]*(?: [A-Za-zÀ-ɏ'’\-]+){0,2}:\s+\S`) reads it: a capital, letters (ASCII,
/// Latin-1 and Latin Extended to U+024F), apostrophes and hyphens, at most
/// two more such runs each after one space, a colon, blanks (`\s`, which is
/// `char::is_whitespace`) and something else. A walk, not the pattern: the
/// label's characters hold neither the space nor the colon, so each run is
/// read whole and nothing is tried twice, where an engine without a DFA
/// (regex-lite's PikeVM) pays for every state of the pattern on every
/// character (docs/benchmark.md, "Issue 17: size, fourteenth steps").
fn is_label_head(s: &str) -> bool {
    fn in_label(c: char) -> bool {
        c.is_ascii_alphabetic() || ('À'..='ɏ').contains(&c) || matches!(c, '\'' | '’' | '-')
    }
    let mut chars = s.char_indices().peekable();
    if !chars.next().is_some_and(|(_, c)| c.is_ascii_uppercase()) {
        return false;
    }
    let mut more_runs = 0;
    loop {
        while chars.next_if(|&(_, c)| in_label(c)).is_some() {}
        match chars.next() {
            Some((at, ':')) => {
                let value = &s[at + 1..];
                return value.starts_with(char::is_whitespace)
                    && !value.trim_start_matches(char::is_whitespace).is_empty();
            }
            Some((_, ' ')) if more_runs < 2 && chars.next_if(|&(_, c)| in_label(c)).is_some() => {
                more_runs += 1;
            }
            _ => return false,
        }
    }
}

/// All of `s` that `LABELLED` can read: up to its first colon (the label
/// holds none), the blanks after it and one character more; `None` when
/// the line has no colon or more than the label's two spaces before it.
/// Without its DFA (a browser build) the regex engine pays for the length
/// of the text it is given, not for the few words it reads.
fn label_and_value(s: &str) -> Option<&str> {
    let colon = s.find(':')?;
    if s[..colon].bytes().filter(|&b| b == b' ').count() > 2 {
        return None;
    }
    let after = &s[colon + 1..];
    let blanks = after.len() - after.trim_start().len();
    let next = after[blanks..].chars().next().map_or(0, char::len_utf8);
    Some(&s[..colon + 1 + blanks + next])
}

/// A fact box: lines of "Label: value" set one under another ("Kick-off:
/// Sunday 2pm" / "Venue: The Meadow" / "Referee: Sam Whitlow", "Claim: ..."
/// / "Rating: False"). Each line alone looks like a title; together they
/// state facts, so they are claims.
pub(super) fn fact_boxes(page: &Page, draft: &mut Draft) {
    let (text, lines, looks) = (page.text, page.lines, &mut draft.looks[..]);
    // A kicker's colon opens a headline ("Editorial: The budget gap won't
    // close itself"), not a fact.
    let labelled = |looks: &[Look], j: usize| {
        let s = lines[j].span.of(text);
        !matches!(looks[j], Look::Skip(_, _))
            && is_labelled(s)
            && !s.split_once(':').is_some_and(|(label, _)| is_kicker(label))
    };
    let boxed: Vec<usize> = (0..lines.len())
        .filter(|&i| {
            looks[i] == Look::Title
                && labelled(looks, i)
                && [i.wrapping_sub(1), i + 1].into_iter().any(|j| {
                    j < lines.len() && lines[j].block == lines[i].block && labelled(looks, j)
                })
        })
        .collect();
    for i in boxed {
        looks[i] = Look::Body;
    }
    // Alone, a label over a share or a price states one too ("Price:
    // $249.99", "Precincts reporting: 87% (41 of 47)"), and so does a
    // table's row with figures in its columns
    // ("Ngozi Okafor   DEM   18,412   54.3%"): neither is a headline. A
    // panel of such rows alone in its block is still a data panel
    // ([`data_panels`](super::data_panels::data_panels)).
    for i in 0..lines.len() {
        let s = lines[i].span.of(text);
        if looks[i] == Look::Title && (labelled(looks, i) && labelled_figure(s) || is_figure_row(s))
        {
            looks[i] = Look::Body;
        }
    }
}

/// Whether the value after a line's label holds a share or a price
/// ("Price: $249", "Turnout: 61%"); a score or a time ("Full-time: Rovers
/// 2-1 City") heads a section as often as it states one.
fn labelled_figure(s: &str) -> bool {
    s.split_once(':').is_some_and(|(_, value)| {
        words(value).any(|w| is_figure(w) && w.contains(['%', '$', '€', '£']))
    })
}

/// The most words in a table's row read as one line.
const MOST_ROW_WORDS: usize = 8;
/// The fewest figures closing a table's row.
const ROW_FIGURES: usize = 2;

/// A table's row: its name, then two figures or more to close it ("No
/// 17,208 52.6%", "Ngozi Okafor   DEM   18,412   54.3%"), read with its
/// columns spaced apart or, from a page's markup, one space apart. A signed
/// change ("Dow 17,113.15 +167.35 +0.99%") is a market ticker's, page
/// furniture.
pub(super) fn is_figure_row(s: &str) -> bool {
    let ws: Vec<&str> = words(s).take(MOST_ROW_WORDS + 1).collect();
    let trailing = ws.iter().rev().take_while(|w| is_figure(w)).count();
    let signed = |w: &&str| is_figure(w) && w.trim_start_matches('(').starts_with(['+', '-', '−']);
    // A date ends on its year ("October 13, 2016").
    let year = ws.last().is_some_and(|w| {
        w.len() == 4
            && (w.starts_with("19") || w.starts_with("20"))
            && w.bytes().all(|b| b.is_ascii_digit())
    });
    ws.len() <= MOST_ROW_WORDS
        && trailing >= ROW_FIGURES
        && trailing < ws.len()
        && !year
        && !ws.iter().any(signed)
}

/// The most words of a "Pros" or "Cons" heading ("The good").
const MOST_PROS_HEADING_WORDS: usize = 2;

/// A review's verdict lists: under "Pros" or "Cons" (alone on its line),
/// the bulleted lines of its block ("+ 38-hour battery life", "- Firm
/// clamping force") are the reviewer's claims, not a menu. The heading
/// itself stays a subhead.
pub(super) fn pros_and_cons(page: &Page, draft: &mut Draft) {
    let (text, lines, looks) = (page.text, page.lines, &mut draft.looks[..]);
    let mut under_heading = false;
    for i in 0..lines.len() {
        let s = lines[i].span.of(text);
        if i == 0 || lines[i - 1].block != lines[i].block {
            // A block opens: is its first line the heading?
            under_heading = at_most_words(s, MOST_PROS_HEADING_WORDS) && is_pros_or_cons(s);
        } else if under_heading && starts_with_bullet(s) {
            looks[i] = Look::Body;
        }
    }
}

/// A review's "Pros" or "Cons" heading ("The good", "The bad"), in any case,
/// without its punctuation. (Compared without lower-casing: no character
/// outside ASCII lower-cases into these letters.)
fn is_pros_or_cons(s: &str) -> bool {
    let s = s.trim_matches(|c: char| !c.is_alphanumeric());
    ["pros", "cons", "the good", "the bad"]
        .iter()
        .any(|h| s.eq_ignore_ascii_case(h))
}

/// The most words of a labelled verdict.
const VERDICT_WORDS: usize = 30;

/// "Prediction: Harwood City 2-1 Ashby Town", "Verdict: a triumph": the
/// writer's judgment under a label of verdict_labels.txt is a claim, not a
/// heading, though it has no full stop.
pub(super) fn is_labelled_verdict(s: &str, n_words: usize) -> bool {
    n_words <= VERDICT_WORDS
        && s.split_once(':').is_some_and(|(label, value)| {
            !value.trim().is_empty() && Lexeme::of(label.trim()).is_in(List::VerdictLabels)
        })
}

#[cfg(test)]
mod tests {
    use super::super::look::look;
    use super::super::testing::{assert_roles, roles};
    use super::*;
    use regex::Regex;
    use std::sync::LazyLock;

    /// A label, a colon and its value, as a pattern: what
    /// [`is_label_head`] reads.
    static LABELLED: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::new(r"^[A-Z][A-Za-zÀ-ɏ'’\-]*(?: [A-Za-zÀ-ɏ'’\-]+){0,2}:\s+\S")
            .expect("labelled line")
    });

    /// Every line of the fixtures, and lines at the edges: the same answer
    /// as the pattern on the whole line.
    #[test]
    fn a_label_reads_as_in_the_whole_line() {
        let mut lines = super::super::testing::fixture_lines();
        lines.extend(
            [
                "Venue: The Meadow",
                "Kick off time: 2pm",
                "One two three four: x",
                "Rating:\u{a0}\u{a0}False",
                "Rating:  ",
                "Rating:",
                "Rating: é",
                "Rating:x",
                "A: b: c",
                "Kick-off time now: 2pm",
                "Kick  off: 2pm",
                "Kick :2pm",
                "K: x",
                "K:",
                "Ça va: oui",
                "Élan vital: oui",
                "Vote ÷ count: 3",
                "O’Neil’s pick: Rovers",
                "Score\u{2009}line: 2-1",
                "Rating:\u{3000}x",
                "Rating:\u{200b}x",
                "Rating: \u{a0}",
                "Mid-table-: x",
                "X y z w: v",
            ]
            .map(str::to_string),
        );
        for line in &lines {
            assert_eq!(is_labelled(line), LABELLED.is_match(line), "{line:?}");
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// On text made of a label's characters and those at its edges, the
        /// walk reads what the pattern reads.
        #[test]
        fn the_walk_reads_a_label_as_the_pattern(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "K", "k", "Off", "é", "É", "À", "ɏ", "ɐ", "\u{bf}", "×", "'", "’", "-",
                    "_", "9", " ", "  ", ":", "\u{a0}", "\u{2009}", "\u{200b}", "\t", "\n",
                    ".", "x",
                ]),
                0..12,
            ),
        ) {
            let text: String = pieces.concat();
            proptest::prop_assert_eq!(is_label_head(&text), LABELLED.is_match(&text));
            proptest::prop_assert_eq!(is_labelled(&text), LABELLED.is_match(&text));
        }
    }

    #[test]
    fn a_labelled_verdict_is_a_claim() {
        assert!(is_labelled_verdict(
            "Prediction: Harwood City 2-1 Ashby Town",
            6
        ));
        assert!(is_labelled_verdict("Our verdict: a triumph of staging", 6));
        assert!(!is_labelled_verdict("Prediction:", 1));
        assert!(!is_labelled_verdict("Full-time: Rovers 2-1 City", 4));
        assert_eq!(look("Verdict: a triumph of staging"), Look::Body);
    }

    #[test]
    fn labelled_prices_and_result_rows_are_claims_not_titles() {
        let got = roles(
            "The headphones are comfortable, the review found.\n\n\
             Korvo Pulse 2: specs\n\
             Price: $249.99 / £229 / AU$399\n\n\
             County Executive\n\
             Precincts reporting: 87% (41 of 47)\n\
             Ngozi Okafor   DEM   18,412   54.3%\n\
             Results are unofficial until certified by the board.\n\
             Source: County Elections Office\n\n\
             The winner takes office in January.",
        );
        let body: Vec<&str> = got
            .iter()
            .filter(|(_, r)| r == "body")
            .map(|(t, _)| t.as_str())
            .collect();
        for line in [
            "Price: $249.99 / £229 / AU$399",
            "Precincts reporting: 87% (41 of 47)",
            "Ngozi Okafor   DEM   18,412   54.3%",
            "Results are unofficial until certified by the board.",
        ] {
            assert!(body.contains(&line), "{line}: {got:?}");
        }
        // A ticker's row, its changes signed, is the page's; a date is no row.
        assert!(!is_figure_row("Dow  17,113.15  +167.35  +0.99%"));
        assert!(!is_figure_row("PLHM (NYSE) $38.42 ▲ 1.86 (+5.09%)"));
        assert!(!is_figure_row("Yahoo Finance October 13, 2016"));
    }

    #[test]
    fn a_fact_box_states_facts() {
        assert_roles(
            "Harwood host Ashby in derby\n\nThe derby is sold out.\n\n\
             Kick-off: Sunday 7 November, 2pm GMT\nVenue: The Meadow, Harwood\nReferee: Sam Whitlow\n\n\
             More opinion\nEditorial: The budget gap won't close itself\nColumn: The quiet return of the town meeting",
            &[
                ("Harwood host Ashby in derby", "headline"),
                ("The derby is sold out.", "body"),
                ("Kick-off: Sunday 7 November, 2pm GMT", "body"),
                ("Venue: The Meadow, Harwood", "body"),
                ("Referee: Sam Whitlow", "body"),
                // Titles with no text under them: the page's footer.
                ("More opinion", "boilerplate"),
                ("Editorial: The budget gap won't close itself", "boilerplate"),
                ("Column: The quiet return of the town meeting", "boilerplate"),
            ],
        );
    }

    #[test]
    fn a_reviews_pros_and_cons_are_claims() {
        assert_roles(
            "Korvo Pulse 2 review\n\nThe Pulse 2 sounds wonderful.\n\n\
             Pros\n+ 38-hour battery life\n+ Warm, detailed sound\n\n\
             Cons\n- Firm clamping force\n\n\
             The cushions will not suit everyone.",
            &[
                ("Korvo Pulse 2 review", "headline"),
                ("The Pulse 2 sounds wonderful.", "body"),
                ("Pros", "headline"),
                ("+ 38-hour battery life", "body"),
                ("+ Warm, detailed sound", "body"),
                ("Cons", "headline"),
                ("- Firm clamping force", "body"),
                ("The cushions will not suit everyone.", "body"),
            ],
        );
    }
}
