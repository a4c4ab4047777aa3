//! Bylines: who wrote or filed the story and how to reach them ("By Jane
//! Doe", "Reporting by ...", an agency's name, a translator's credit, a
//! writer's post, an author's note, a transcript's speaker label). They say
//! who speaks, not what happened.

use std::sync::LazyLock;

use regex::Regex;

use super::gate::{self, LinePattern};

use super::words::{alphanumeric_runs, at_most_words, ends_sentence, key, words};
use super::{Draft, Look, Page, Rule, SkipReason};
use crate::lexicon::{Lexeme, List};

/// "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Opinion by Jane
/// Doe", a live blog's "By Ellie Marsh (now) and Tom Ashworth (earlier)",
/// the editor's "Edited by Sam Whitaker" or "Edited by: Rachel Okafor"
/// under the writer's (a name like the writer's, not a new headline).
static BY_LINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"^(?:(?i:opinion|analysis|commentary|column|editorial|story|text|words|interview|edited)\s+)?(?i:by):?\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}(?:\s*\([\w ]{1,20}\))?(?:\s*(?:,|and|&)\s*[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}(?:\s*\([\w ]{1,20}\))?)*(?:\s*[,|–—-]\s*[\w .'’@\-]{1,40})?$")
        .expect("by line")
});

/// [`BY_LINE`]'s gate: "By" (or "By:") as the first or second word.
fn could_be_by_line(s: &str) -> bool {
    let mut first = words(s);
    gate::word_is(first.next(), &["by", "by:"]) || gate::word_is(first.next(), &["by", "by:"])
}

/// A newsroom's own byline: "KXYZ News 4 Staff", "Ledger staff writers".
/// Its own pattern, behind its own gate, so that the bylines opening with
/// "By" are not searched for it nor it for them: an engine without a DFA
/// (regex-lite's PikeVM) runs every alternative along the line
/// (docs/benchmark.md, "Issue 17: size, fourteenth steps").
static DESK_LINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"^[A-Z][\w&.'’\-]*(?:\s+[\w&.'’\-]+){0,4}\s+(?i:staff|staff reports?|staff writers?|newsroom|news desk|web staff|digital staff)$")
        .expect("desk line")
});

/// [`DESK_LINE`]'s gate: a desk's name ("staff", "newsroom") as the last
/// word.
fn could_be_desk_line(s: &str) -> bool {
    gate::word_is(
        words(s).next_back(),
        &[
            "staff", "report", "reports", "writer", "writers", "newsroom", "desk",
        ],
    )
}

/// "Reporting by ...; Editing by ...", "Roger Fortuna reports.", a press
/// release's "Materials provided by University of Leeds.": a credit trailer
/// that opens with its credit or ends on "reports".
static CREDIT_TRAILER: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"^\(?(?:(?i:(?:additional\s+)?(?:reporting|writing|editing|compiled|reported|produced|written)\s+by|materials\s+provided\s+by|this\s+(?:story|report|article)\s+(?:includes|contains|uses)\s+(?:information|material|reporting)\s+from)(?-u:\b)|[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,3}\s+reports?\.?$)")
        .expect("credit trailer")
});

/// [`CREDIT_TRAILER`]'s gate: "Reporting by", "Materials provided by",
/// "This story includes" or "... reports.".
fn could_be_credit_trailer(s: &str) -> bool {
    let last = words(s).next_back().map(|w| w.trim_end_matches('.'));
    gate::opens_with(
        s,
        &[
            "additional",
            "reporting",
            "writing",
            "editing",
            "compiled",
            "reported",
            "produced",
            "written",
            "materials",
            "this",
        ],
    ) || gate::word_is(last, &["report", "reports"])
}

/// A wire's "Associated Press writer Jo Reyes in Concord contributed to
/// this report.": the credit trailer that names its credit last. Its own
/// pattern, behind a gate of its one word, so that the long lines opening
/// with "This" that [`CREDIT_TRAILER`]'s gate lets through are not searched
/// for it: its bounded runs are many states for an engine without a DFA
/// (regex-lite's PikeVM, docs/benchmark.md "Issue 17: size, fourteenth
/// steps").
static CONTRIBUTED_TRAILER: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"^\(?[A-Z][^.]{0,150}?(?:\.[^.]{1,60}?)*\s(?i:contributed\s+(?:reporting|to\s+(?:this|the)\s+(?:report|story|article)))(?-u:\b)[^.]{0,60}\.?\)?$")
        .expect("contributed trailer")
});

/// [`CONTRIBUTED_TRAILER`]'s gate: "contributed".
fn could_be_contributed_trailer(s: &str) -> bool {
    gate::holds(s, "contributed")
}

/// A wire service's slug of its journalists' initials at the story's foot
/// ("has/sbk/jsa"): the byline's last trace.
static INITIALS_SLUG: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"^[a-z]{2,4}(?:/[a-z]{2,4}){1,5}$").expect("initials slug")
});

/// The longest line [`INITIALS_SLUG`] matches: six sets of four letters
/// and five slashes.
const INITIALS_SLUG_BYTES: usize = 29;

/// Whether `s` is a slug of initials ([`INITIALS_SLUG`]), asked only of a
/// line short enough and of lower-case letters and slashes alone: a
/// paragraph with a slash in it is not searched.
fn is_initials_slug(s: &str) -> bool {
    s.len() <= INITIALS_SLUG_BYTES
        && s.bytes().all(|b| b.is_ascii_lowercase() || b == b'/')
        && INITIALS_SLUG.is_match(s)
}

/// A byline ([`BY_LINE`]).
static BY_LINE_RULE: LinePattern = LinePattern {
    most_words: 16,
    gate: Some(could_be_by_line),
    pattern: &BY_LINE,
};

/// A newsroom's byline ([`DESK_LINE`]).
static DESK_LINE_RULE: LinePattern = LinePattern {
    most_words: 16,
    gate: Some(could_be_desk_line),
    pattern: &DESK_LINE,
};

/// A credit trailer ([`CREDIT_TRAILER`]).
static CREDIT_TRAILER_RULE: LinePattern = LinePattern {
    most_words: 30,
    gate: Some(could_be_credit_trailer),
    pattern: &CREDIT_TRAILER,
};

/// A credit trailer naming its credit last ([`CONTRIBUTED_TRAILER`]).
static CONTRIBUTED_TRAILER_RULE: LinePattern = LinePattern {
    most_words: 30,
    gate: Some(could_be_contributed_trailer),
    pattern: &CONTRIBUTED_TRAILER,
};

/// Whether a line names the reporter: a byline ([`BY_LINE`],
/// [`DESK_LINE`]), a credit trailer ([`CREDIT_TRAILER`],
/// [`CONTRIBUTED_TRAILER`]) or the initials' slug ([`INITIALS_SLUG`]).
pub(super) fn names_the_reporter(s: &str, n_words: usize) -> bool {
    BY_LINE_RULE.matches(s, n_words)
        || DESK_LINE_RULE.matches(s, n_words)
        || CREDIT_TRAILER_RULE.matches(s, n_words)
        || CONTRIBUTED_TRAILER_RULE.matches(s, n_words)
        || (s.contains('/') && is_initials_slug(s.trim()))
}

/// News and photo agencies' names.
const AGENCY_NAMES: [List; 2] = [List::PhotoAgencies, List::NewsAgencies];

/// The most words of an agency's name alone.
const AGENCY_WORDS: usize = 5;
/// The most words of an agency's name and the place it filed from
/// ("Press Trust of India | New Delhi").
const AGENCY_AND_PLACE_WORDS: usize = 9;

/// Whether a line (`k` its key) names the news agency that filed the
/// story, alone or before a pipe.
pub(super) fn names_the_agency(s: &str, k: Lexeme, n_words: usize) -> bool {
    n_words <= AGENCY_WORDS && k.is_in_any(&AGENCY_NAMES)
        || n_words <= AGENCY_AND_PLACE_WORDS
            && s.contains('|')
            && s.split('|')
                .next()
                .is_some_and(|name| key(name).is_in_any(&AGENCY_NAMES))
}

/// A translator's credit: "This article was translated from Spanish by
/// Laura Benítez.", "Translated by Laura Benítez".
static TRANSLATED_BY: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(
        r"^(?i:(?:this (?:article|story|report) was )?translated(?: from [a-z]+)? by) [A-Z]",
    )
    .expect("translated by")
});

/// The rule for a line that credits the translator ([`TRANSLATED_BY`]).
pub(super) static TRANSLATED_BY_RULE: LinePattern = LinePattern {
    // The most words of a translator's credit.
    most_words: 30,
    gate: Some(could_be_translated_by),
    pattern: &TRANSLATED_BY,
};

/// [`TRANSLATED_BY`]'s gate: "Translated" or "This" opens the line.
fn could_be_translated_by(s: &str) -> bool {
    gate::opens_with(s, &["translated", "this"])
}

/// "Hannah Lindqvist, Senior Lecturer in Energy Policy, University of Bristol":
/// a name, a comma, then the writer's post.
static NAME_THEN_POST: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"^[A-Z][\w'’\-]+(?:\s+[A-Z][\w.'’\-]*){1,3},\s+(.+)$")
        .expect("name then post")
});

/// The most words of a writer's name and post.
const WRITER_AND_POST_WORDS: usize = 16;

/// A writer's name followed by their post, as opinion and analysis sites
/// print under the headline.
/// A post holds no figures: "Hal Brennan, band director for 38 years, dies
/// at 89" is a headline.
pub(super) fn is_writer_and_post(s: &str, n_words: usize) -> bool {
    n_words <= WRITER_AND_POST_WORDS
        && !ends_sentence(s)
        && s.contains(',')
        && NAME_THEN_POST.captures(s).is_some_and(|c| {
            !c[1].contains(|c: char| c.is_ascii_digit())
                && alphanumeric_runs(&c[1]).any(|w| Lexeme::of(w).is_in(List::WriterPosts))
        })
}

/// A transcript speaker's label with the role, alone on its line:
/// "LEILA MARSH, HOST:".
static SPEAKER_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"^[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,3}, [A-Z][A-Z.'’\- ]{1,30}:$")
        .expect("speaker label")
});

/// Whether a line is a transcript speaker's label ([`SPEAKER_LABEL`]).
pub(super) fn is_speaker_label(s: &str) -> bool {
    s.ends_with(':') && s.contains(", ") && SPEAKER_LABEL.is_match(s)
}

/// A writer's contact line under the story: "Lena Marchetti can be reached
/// at lmarchetti@harbortribune.com."
static CONTACT_LINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"^[A-Z][\w.'’\-]+(?: [A-Z][\w.'’\-]+){0,3} (?:can be reached|may be reached|is reachable|can be contacted) (?:at|by email at|via email at) \S+@\S+\s*$")
        .expect("contact line")
});

/// [`CONTACT_LINE`]'s gate: an email address.
fn could_be_contact_line(s: &str) -> bool {
    s.contains('@')
}

/// The rule for a line that says how to reach the writer ([`CONTACT_LINE`]).
pub(super) static CONTACT_LINE_RULE: LinePattern = LinePattern {
    // The most words of a contact line.
    most_words: 16,
    gate: Some(could_be_contact_line),
    pattern: &CONTACT_LINE,
};

/// The most words of a line of the writer's addresses.
const MOST_CONTACT_WORDS: usize = 16;

/// A line of the writer's addresses under the story: an email address or a
/// social handle, alone or with names, numbers and the words that introduce
/// them (contact_words.txt): "lena.marchetti@suncourier.com", "Twitter
/// @renataosei", "Follow Lena Marchetti on Twitter @lenamarchetti",
/// "Contact Nathan Corliss at ncorliss@example.com or 608-555-0187.". A
/// sentence of the story has words of its own ("Police said the threats
/// came from @handle" does not pass).
pub(super) fn is_contact_addresses(s: &str, n: usize) -> bool {
    if n > MOST_CONTACT_WORDS || !s.contains('@') {
        return false;
    }
    let mut addresses = 0;
    let all_contact = words(s).all(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '@');
        if is_address(w) {
            addresses += 1;
            true
        } else {
            // A name, a telephone number's part, or a word that introduces them.
            w.is_empty()
                || w.starts_with(char::is_uppercase)
                || w.bytes()
                    .all(|b| b.is_ascii_digit() || b == b'-' || b == b'.')
                || Lexeme::of(w).is_in(List::ContactWords)
        }
    });
    all_contact && addresses > 0
}

/// An email address or a social handle: "jo@example.com", "@jo_reyes".
fn is_address(w: &str) -> bool {
    match w.split_once('@') {
        Some(("", handle)) => {
            handle.len() >= 2
                && handle
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'.')
        }
        Some((user, domain)) => {
            !user.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
        }
        None => false,
    }
}

/// A person's name alone: two to four capitalised words.
static NAME_LINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"^[A-Z][\w'’\-]+\.?(?:\s+[A-Z][\w'’\-]*\.?){1,3}$").expect("name line")
});

/// A reporter at the ground or in a city, as match reports and dispatches
/// sign: "Owen Pritchard at Mill Lane", "Jo Reyes in Concord".
static NAME_AT_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"^[A-Z][A-Za-zÀ-ɏ'’\-]+(?:\s+[A-Z][A-Za-zÀ-ɏ'’\-]*){1,2}\s+(?:at|in)\s+(?:the\s+)?[A-Z][A-Za-zÀ-ɏ'’.\-]*(?:,?\s+[A-Z][A-Za-zÀ-ɏ'’.\-]*){0,3}$").expect("name at place")
});

/// A title right above or below a date that is a name ([`NAME_LINE`]), or
/// a name at a place ([`NAME_AT_PLACE`]), is the byline.
pub(super) fn names_beside_dates(page: &Page, draft: &mut Draft) {
    let (lines, looks) = (page.lines, &mut draft.looks[..]);
    for i in 0..lines.len() {
        if looks[i] != Look::Title {
            continue;
        }
        let s = page.line(i);
        let near_date = [i.wrapping_sub(1), i + 1]
            .into_iter()
            .any(|j| j < lines.len() && matches!(looks[j], Look::Skip(SkipReason::Dateline, _)));
        let at_place = || words(s).any(|w| w == "at" || w == "in") && NAME_AT_PLACE.is_match(s);
        if near_date && (NAME_LINE.is_match(s) || at_place()) {
            looks[i] = Look::skip(Rule::NameBesideDate);
        }
    }
}

/// The most words of a line with a writer's post (and perhaps their name).
const MOST_POST_WORDS: usize = 6;

/// A writer's post on a line of its own, or after their name with no comma
/// ("Hannah Okoro Health correspondent", "Senior political correspondent"),
/// beside a byline or a date: a short line that is no sentence and ends with
/// a post from writer_posts.txt. Away from a byline or a date, "Police
/// arrest former newspaper editor" is a headline.
pub(super) fn writers_posts(page: &Page, draft: &mut Draft) {
    let (text, lines, looks) = (page.text, page.lines, &mut draft.looks[..]);
    for i in 0..lines.len() {
        let s = lines[i].span.of(text);
        // "Health correspondent", "Political reporter, BBC News".
        let post = s.split(',').next().unwrap_or(s);
        if !matches!(looks[i], Look::Title | Look::Body)
            || !at_most_words(s, MOST_POST_WORDS)
            || ends_sentence(s)
            || !words(post)
                .next_back()
                .is_some_and(|w| Lexeme::of(w).is_in(List::WriterPosts))
        {
            continue;
        }
        let beside = [i.wrapping_sub(1), i + 1].into_iter().any(|j| {
            j < lines.len()
                && lines[j].block == lines[i].block
                && matches!(
                    looks[j],
                    Look::Skip(SkipReason::Byline | SkipReason::Dateline, _)
                )
        });
        // The writer's name alone on the line above: "Helen Marsh".
        let named_above = i > 0
            && lines[i - 1].block == lines[i].block
            && looks[i - 1] == Look::Title
            && NAME_LINE.is_match(lines[i - 1].span.of(text));
        if named_above {
            looks[i - 1] = Look::skip(Rule::NameAbovePost);
        }
        if beside || named_above {
            looks[i] = Look::skip(Rule::PostBesideByline);
        }
    }
}

/// "Clara Voss is a former budget analyst ...": an author's note, by the name it opens with.
static AUTHOR_NOTE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(
        r"^([A-Z][\w'’\-]+(?:\s+[A-Z][\w.'’\-]*){0,3})\s+(?:is|was|has been|writes|covers|receives|works|holds|has|does not|reported)(?-u:\b)",
    )
    .expect("author note")
});

/// [`AUTHOR_NOTE`]'s gate: its verb opens one of the second to fifth runs
/// of non-blanks (blanks as the pattern's `\s`). The name is one to four
/// runs whole (its words hold no blank and a blank ends each), so the verb
/// starts the run after it, and it is written as here ("has been",
/// "does not" by their first words).
fn could_be_author_note(s: &str) -> bool {
    const VERBS: [&str; 10] = [
        "is", "was", "has", "writes", "covers", "receives", "works", "holds", "does", "reported",
    ];
    s.split_whitespace()
        .skip(1)
        .take(AUTHOR_NOTE_RUNS - 2)
        .any(|run| VERBS.iter().any(|verb| run.starts_with(verb)))
}

/// The most runs of non-blanks [`AUTHOR_NOTE`] can match: a name of up to
/// four words and a verb of up to two ("has been").
const AUTHOR_NOTE_RUNS: usize = 6;

/// `s` up to the blank after its first `n` runs of non-blanks (blanks as
/// the patterns' `\s`), or all of `s`. An anchored pattern whose words
/// hold no blank matches in it what it matches in `s` when its match spans
/// at most `n` runs, a blank or the end deciding a `\b` after it alike; a
/// regex engine without its DFA (a browser build) pays for the length of
/// the text it is given, not for the few words it reads.
fn first_runs(s: &str, n: usize) -> &str {
    let mut runs = 0;
    let mut in_run = false;
    for (at, c) in s.char_indices() {
        if c.is_whitespace() {
            if in_run && runs == n {
                return &s[..at];
            }
            in_run = false;
        } else if !in_run {
            in_run = true;
            runs += 1;
        }
    }
    s
}

/// The most words of an author's note.
const MOST_AUTHOR_NOTE_WORDS: usize = 35;

/// An author's note: a short paragraph, opening its block, about a writer
/// named in the article's own byline (one of the last two printed above
/// it: a page of many articles checks only its own), wherever it stands.
pub(super) fn author_notes(page: &Page, draft: &mut Draft) {
    let (text, lines, looks) = (page.text, page.lines, &mut draft.looks[..]);
    let mut bylines: [Option<&str>; 2] = [None, None];
    for i in 0..lines.len() {
        let s = lines[i].span.of(text);
        // A byline, or the writer and the date on one line ("Dana
        // Whitcombe·Thursday, October 24, 2024", "Maya Sandhu · CBC News ·
        // Posted: ..."): either names the article's writer.
        if matches!(
            looks[i],
            Look::Skip(SkipReason::Byline, _) | Look::Skip(_, Rule::WriterAndDate)
        ) {
            bylines = [Some(s), bylines[0]];
            continue;
        }
        // A paragraph of its own: the first line of its block or, on a page
        // pasted one paragraph a line with no blank between ("... up 167
        // points." then "Rachel Dunmore is a MarketDesk reporter ..."), a
        // line under furniture, a title or a finished sentence.
        let opens_block = i == 0
            || lines[i - 1].block != lines[i].block
            || looks[i - 1] != Look::Body
            || ends_sentence(lines[i - 1].span.of(text));
        // A note is about a writer of a byline above it: none, no note.
        if looks[i] == Look::Body
            && opens_block
            && bylines[0].is_some()
            && at_most_words(s, MOST_AUTHOR_NOTE_WORDS)
        {
            // The name opens with a capital: most lines stop there.
            if let Some(name) = (s.starts_with(|c: char| c.is_ascii_uppercase())
                && could_be_author_note(s))
            .then(|| AUTHOR_NOTE.captures(first_runs(s, AUTHOR_NOTE_RUNS)))
            .flatten()
            .and_then(|c| c.get(1))
            {
                // Every word of the name is a word of a byline: "Anja covers
                // ..." under "By Anja Lindqvist", "Dana Whitcombe covers ..."
                // under "Dana Whitcombe·Thursday, ..." (the words' runs of
                // letters and digits compared, so a middle dot with no blank
                // beside it parts two words as a blank would).
                let in_byline = |b: &str| {
                    alphanumeric_runs(name.as_str()).all(|n| alphanumeric_runs(b).any(|w| w == n))
                };
                if bylines.iter().flatten().any(|b| in_byline(b)) {
                    looks[i] = Look::skip(Rule::AuthorNote);
                }
            }
        }
    }
}

/// Compiles this file's patterns now rather than on first use (see
/// [`crate::warm`]).
pub(crate) fn warm() {
    for pattern in [
        &BY_LINE,
        &DESK_LINE,
        &CREDIT_TRAILER,
        &CONTRIBUTED_TRAILER,
        &INITIALS_SLUG,
        &TRANSLATED_BY,
        &NAME_THEN_POST,
        &SPEAKER_LABEL,
        &CONTACT_LINE,
        &NAME_LINE,
        &NAME_AT_PLACE,
        &AUTHOR_NOTE,
    ] {
        LazyLock::force(pattern);
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::assert_roles;
    use super::*;

    #[test]
    fn an_author_note_about_the_writer_of_a_writer_and_date_line() {
        assert_roles(
            "Rates rise again\nDana Whitcombe·Thursday, October 24, 2024\nThe bank raised rates on Thursday.\nMortgage costs will rise, lenders said.\nDana Whitcombe covers banking for the Ledger. She is based in Leeds.\nShare this article",
            &[
                ("Rates rise again", "headline"),
                ("Dana Whitcombe·Thursday, October 24, 2024", "dateline"),
                ("The bank raised rates on Thursday.", "body"),
                ("Mortgage costs will rise, lenders said.", "body"),
                (
                    "Dana Whitcombe covers banking for the Ledger. She is based in Leeds.",
                    "byline",
                ),
                ("Share this article", "boilerplate"),
            ],
        );
    }

    #[test]
    fn the_editors_credit_under_the_writers_is_a_byline() {
        assert_roles(
            "Exchange halts withdrawals\nBy Jonah Kessler\nEdited by Amara Lindqvist\nDec 3, 2026 at 9:41 a.m. UTC\n\nThe exchange halted withdrawals on Tuesday.\n\nEdited by: Rachel Okafor",
            &[
                ("Exchange halts withdrawals", "headline"),
                ("By Jonah Kessler", "byline"),
                ("Edited by Amara Lindqvist", "byline"),
                ("Dec 3, 2026 at 9:41 a.m. UTC", "dateline"),
                ("The exchange halted withdrawals on Tuesday.", "body"),
                ("Edited by: Rachel Okafor", "byline"),
            ],
        );
    }

    #[test]
    fn an_author_note_on_a_page_pasted_one_paragraph_a_line() {
        assert_roles(
            "Rates rise again\nBy Hannah Okoro\nThe bank raised rates on Thursday.\nMortgage costs will rise, lenders said.\nHannah Okoro is our personal finance editor. She has written about savings for 12 years.\nShare this article",
            &[
                ("Rates rise again", "headline"),
                ("By Hannah Okoro", "byline"),
                ("The bank raised rates on Thursday.", "body"),
                ("Mortgage costs will rise, lenders said.", "body"),
                (
                    "Hannah Okoro is our personal finance editor. She has written about savings for 12 years.",
                    "byline",
                ),
                ("Share this article", "boilerplate"),
            ],
        );
    }

    #[test]
    fn a_line_of_a_wrapped_paragraph_is_no_author_note() {
        assert_roles(
            "Rates rise again\nBy Hannah Okoro\nThe bank raised rates on Thursday, and the\nHannah Okoro is the name of the fund that\nlenders said would rise.",
            &[
                ("Rates rise again", "headline"),
                ("By Hannah Okoro", "byline"),
                ("The bank raised rates on Thursday, and the", "body"),
                ("Hannah Okoro is the name of the fund that", "body"),
                ("lenders said would rise.", "body"),
            ],
        );
    }

    #[test]
    fn the_first_runs_of_a_line() {
        assert_eq!(first_runs("a b  c d", 2), "a b");
        assert_eq!(first_runs("  a b", 1), "  a");
        assert_eq!(first_runs("a\u{a0}b c", 1), "a");
        assert_eq!(first_runs("a b", 2), "a b");
        assert_eq!(first_runs("", 3), "");
    }

    /// Every line of the fixtures: the author note's name, read in the
    /// line's first runs, is the one read in the whole line.
    #[test]
    fn an_author_note_reads_as_in_the_whole_line() {
        let name = |s: &str| {
            AUTHOR_NOTE
                .captures(s)
                .and_then(|c| c.get(1))
                .map(|g| g.range())
        };
        let mut lines: Vec<String> = crate::furniture::testing::fixture_texts()
            .into_iter()
            .flat_map(|(_, text)| text.lines().map(str::to_string).collect::<Vec<_>>())
            .collect();
        lines.extend(
            [
                "Ann B. C. D has been a writer.",
                "Ann B C D has been",
                "Ann B C D E has been a writer.",
                "Ann B\u{a0}C D does not write.",
                "Ann isn't here",
                "Ann is-",
                "Ann has\tbeen here",
                "abcd/abcd/abcd/abcd/abcd/abcd",
                "abcd/abcd/abcd/abcd/abcd/abcde",
                "has/sbk/jsa",
                "has/sbk/jsa.",
            ]
            .map(str::to_string),
        );
        for line in &lines {
            assert_eq!(
                name(first_runs(line, AUTHOR_NOTE_RUNS)),
                name(line),
                "{line:?}"
            );
            assert_eq!(
                is_initials_slug(line.trim()),
                INITIALS_SLUG.is_match(line.trim()),
                "{line:?}"
            );
            if AUTHOR_NOTE.is_match(line) {
                assert!(could_be_author_note(line), "{line:?} must pass the gate");
            }
        }
    }

    #[test]
    fn contact_addresses_are_addresses_with_the_words_that_give_them() {
        for line in [
            "lena.marchetti@suncourier.com",
            "Twitter @renataosei",
            "Follow Lena Marchetti on Twitter @lenamarchetti",
            "Contact Nathan Corliss at ncorliss@example.com or 608-555-0187. Follow him on Twitter @ncorliss.",
            "Email: tips@example.org",
        ] {
            let n = words(line).count();
            assert!(is_contact_addresses(line, n), "{line:?}");
        }
        for line in [
            "Police said the threats came from @handle_1.",
            "The ministry wrote to residents at info@example.gov.",
            "Follow Lena Marchetti on Twitter",
            "Dr. Smith",
            "@ the end",
        ] {
            let n = words(line).count();
            assert!(!is_contact_addresses(line, n), "{line:?}");
        }
    }

    /// The credit trailer as one pattern behind one gate, as it was before
    /// [`CONTRIBUTED_TRAILER`] became a pattern of its own.
    static CREDIT_TRAILER_AS_ONE: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::new(r"^\(?(?:(?i:(?:additional\s+)?(?:reporting|writing|editing|compiled|reported|produced|written)\s+by|materials\s+provided\s+by|this\s+(?:story|report|article)\s+(?:includes|contains|uses)\s+(?:information|material|reporting)\s+from)(?-u:\b)|[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,3}\s+reports?\.?$|[A-Z][^.]{0,150}?(?:\.[^.]{1,60}?)*\s(?i:contributed\s+(?:reporting|to\s+(?:this|the)\s+(?:report|story|article)))(?-u:\b)[^.]{0,60}\.?\)?$)")
            .expect("credit trailer as one")
    });

    /// The byline as one pattern behind one gate, as it was before
    /// [`DESK_LINE`] became a pattern of its own.
    static BY_LINE_AS_ONE: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::new(r"^(?:(?:(?i:opinion|analysis|commentary|column|editorial|story|text|words|interview|edited)\s+)?(?i:by):?\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}(?:\s*\([\w ]{1,20}\))?(?:\s*(?:,|and|&)\s*[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}(?:\s*\([\w ]{1,20}\))?)*(?:\s*[,|–—-]\s*[\w .'’@\-]{1,40})?|[A-Z][\w&.'’\-]*(?:\s+[\w&.'’\-]+){0,4}\s+(?i:staff|staff reports?|staff writers?|newsroom|news desk|web staff|digital staff))$")
            .expect("by line as one")
    });

    /// The two byline rules take the lines the one did: every fixture
    /// line, its ends, and lines made at the forms' edges.
    #[test]
    fn the_split_byline_takes_what_the_one_took() {
        fn as_one(s: &str) -> bool {
            (could_be_by_line(s) || could_be_desk_line(s)) && BY_LINE_AS_ONE.is_match(s)
        }
        fn split(s: &str) -> bool {
            could_be_by_line(s) && BY_LINE.is_match(s)
                || could_be_desk_line(s) && DESK_LINE.is_match(s)
        }
        let mut lines = super::super::testing::fixture_lines();
        let made = [
            "By Jane Doe",
            "By Gazette Staff",
            "By Staff Reporter",
            "BY STAFF",
            "By jane\u{a0}staff",
            "By\u{a0}Jane Staff",
            "By Jane Doe, Staff",
            "Opinion by Jane Doe",
            "Opinion\u{2009}by Jane Doe",
            "Opinion by jane staff",
            "Edited by: Jane Doe",
            "Edited by jane staff",
            "Story by Ann Lee | Staff writer",
            "KXYZ News 4 Staff",
            "Ledger staff writers",
            "Ledger Web Staff",
            "Ledger News Desk",
            "Ledger newsroom",
            "The Ledger—staff",
            "By Ellie Marsh (now) and Tom Ashworth (earlier)",
            "Presented by Brightwell Home Energy",
            "More by this Author",
            "match reports",
        ];
        lines.extend(made.iter().map(|s| s.to_string()));
        let taken = split_agrees(&lines, split, as_one);
        assert!(taken > 10, "the fixtures hold bylines ({taken})");
    }

    /// Checks that `split` takes each line (whole, trimmed, and without its
    /// full stop) exactly when `as_one` does; how many `as_one` took.
    fn split_agrees(lines: &[String], split: fn(&str) -> bool, as_one: fn(&str) -> bool) -> usize {
        let mut taken = 0;
        for line in lines {
            for s in [line.as_str(), line.trim(), line.trim_end_matches('.')] {
                assert_eq!(split(s), as_one(s), "{s:?}");
                taken += usize::from(as_one(s));
            }
        }
        taken
    }

    /// The two credit-trailer rules take the lines the one did: every
    /// fixture line, its ends, and lines made at the forms' edges.
    #[test]
    fn the_split_credit_trailer_takes_what_the_one_took() {
        fn as_one(s: &str) -> bool {
            (could_be_credit_trailer(s) || gate::holds(s, "contributed"))
                && CREDIT_TRAILER_AS_ONE.is_match(s)
        }
        fn split(s: &str) -> bool {
            could_be_credit_trailer(s) && CREDIT_TRAILER.is_match(s)
                || could_be_contributed_trailer(s) && CONTRIBUTED_TRAILER.is_match(s)
        }
        let mut lines = super::super::testing::fixture_lines();
        let made = [
            "(Reporting by Jo Reyes; Editing by Ann Lee)",
            "Additional reporting by Ann Lee",
            "Materials provided by University of Leeds.",
            "This story includes reporting from Reuters.",
            "Roger Fortuna reports.",
            "Roger Fortuna reports",
            "(Roger Fortuna reports.)",
            "Contributed Reyes reports.",
            "Jo Reyes in Concord contributed to this report.",
            "(Jo Reyes contributed reporting.)",
            "Associated Press writer Jo Reyes in Concord, N.H., contributed to this report.",
            "This advertisement has not loaded yet, but your article continues below.",
            "CONTRIBUTED TO THIS REPORT",
            "Ann Lee Contributed To The Story",
            "Ann contributedreporting",
            "They contributed.",
        ];
        lines.extend(made.iter().map(|s| s.to_string()));
        let taken = split_agrees(&lines, split, as_one);
        assert!(taken > 10, "the fixtures hold credit trailers ({taken})");
    }

    #[test]
    fn the_gates_pass_every_match() {
        gate::assert_gates(&[
            (
                could_be_translated_by,
                &TRANSLATED_BY,
                "This article was translated from Spanish by Laura Benítez.",
            ),
            (
                could_be_author_note,
                &AUTHOR_NOTE,
                "Ann B. C. D has been a writer.",
            ),
            (could_be_author_note, &AUTHOR_NOTE, "Ann does not write."),
            (could_be_by_line, &BY_LINE, "By Jane Doe and Ann Lee"),
            (could_be_by_line, &BY_LINE, "Opinion by Jane Doe"),
            (could_be_by_line, &BY_LINE, "Edited by: Rachel Okafor"),
            (could_be_desk_line, &DESK_LINE, "Ledger staff writers"),
            (could_be_desk_line, &DESK_LINE, "KXYZ News 4 Staff"),
            (
                could_be_credit_trailer,
                &CREDIT_TRAILER,
                "(Reporting by Jo Reyes; Editing by Ann Lee)",
            ),
            (
                could_be_credit_trailer,
                &CREDIT_TRAILER,
                "Roger Fortuna reports.",
            ),
            (
                could_be_contributed_trailer,
                &CONTRIBUTED_TRAILER,
                "Jo Reyes in Concord contributed to this report.",
            ),
            (
                could_be_contact_line,
                &CONTACT_LINE,
                "Jane Doe can be reached at jd@example.com",
            ),
        ]);
    }

    #[test]
    fn translators_corrections_and_column_footers() {
        assert_roles(
            "Water runs one day in four\n\nThis article was translated from Spanish by Laura Benítez.\n\nThe city rations water.\n\nRCMP officers stand at a gate. (Submitted by Tahla Land Defenders)\n\nCorrections: A previous version of this article misstated the vote.\n\nSend your questions to ask@example.com.",
            &[
                ("Water runs one day in four", "headline"),
                (
                    "This article was translated from Spanish by Laura Benítez.",
                    "byline",
                ),
                ("The city rations water.", "body"),
                (
                    "RCMP officers stand at a gate. (Submitted by Tahla Land Defenders)",
                    "caption",
                ),
                (
                    "Corrections: A previous version of this article misstated the vote.",
                    "dateline",
                ),
                ("Send your questions to ask@example.com.", "boilerplate"),
            ],
        );
    }
}
