//! The words and shapes of a line, as every furniture rule reads them: the
//! one place the rules lower-case a line or test its case and its ending.
//!
//! A word here is a token of the token layer as text ([`crate::token::pieces`]):
//! a run between blanks ([`crate::text::is_blank`]), a dash standing alone
//! ("2–1" is three, as the attribution and stance rules read it).

use crate::lexicon::{Lexeme, List};

/// The words of a line: the token layer's tokens, as text.
pub(super) fn words(s: &str) -> crate::token::Pieces<'_> {
    crate::token::pieces(s)
}

/// Whether a line has at most `most` words (counting no further).
pub(super) fn at_most_words(s: &str, most: usize) -> bool {
    words(s).take(most + 1).count() <= most
}

/// The runs of letters and digits of a line, without the punctuation
/// between them.
pub(super) fn alphanumeric_runs(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// A line's words, lower-cased, their edge punctuation stripped.
pub(super) fn lower_words(s: &str) -> Vec<String> {
    words(s)
        .map(|w| crate::token::lower(w.trim_matches(|c: char| !c.is_alphanumeric())).into_owned())
        .collect()
}

/// A word's entry in the word lists' table, as [`lower_words`] writes it
/// (edge punctuation stripped, any case): the rules' check of one word
/// without lower-casing it into a `String`.
pub(super) fn word_entry(w: &str) -> Lexeme {
    Lexeme::of(w.trim_matches(|c: char| !c.is_alphanumeric()))
}

/// A line's words in lower case, one space apart, without punctuation
/// (the [`alphanumeric_runs`] lower-cased), written into `out` (cleared
/// first).
#[cfg(test)]
pub(super) fn normal_words(s: &str, out: &mut String) {
    out.clear();
    push_normal_words(s, out);
}

/// A line's words in lower case, one space apart, without punctuation
/// (the [`alphanumeric_runs`] lower-cased), added to the end of `out`.
pub(super) fn push_normal_words(s: &str, out: &mut String) {
    if s.is_ascii() {
        push_normal_ascii_words(s, out);
        return;
    }
    let from = out.len();
    let mut push = |run: &str| {
        if out.len() > from {
            out.push(' ');
        }
        if run.is_ascii() {
            let at = out.len();
            out.push_str(run);
            out[at..].make_ascii_lowercase();
        } else {
            out.push_str(&crate::token::lower(run));
        }
    };
    let bytes = s.as_bytes();
    let (mut at, mut run) = (0, None);
    while at < bytes.len() {
        // ASCII is decided on its byte; anything else on its character.
        let (alphanumeric, len) = if bytes[at].is_ascii() {
            (bytes[at].is_ascii_alphanumeric(), 1)
        } else {
            let c = s[at..].chars().next().expect("a character");
            (c.is_alphanumeric(), c.len_utf8())
        };
        match (alphanumeric, run) {
            (true, None) => run = Some(at),
            (false, Some(start)) => {
                push(&s[start..at]);
                run = None;
            }
            _ => {}
        }
        at += len;
    }
    if let Some(start) = run {
        push(&s[start..]);
    }
}

/// [`push_normal_words`] for an ASCII line (nearly every line): each run
/// of letters and digits found by a tight loop over the bytes and copied
/// whole, the room for the line made once. (A character at a time with a
/// closure per run, the pull quotes' body took 3.9 M instructions on the
/// bench's 100 KB, 918 lines.)
fn push_normal_ascii_words(s: &str, out: &mut String) {
    out.reserve(s.len());
    let bytes = s.as_bytes();
    let from = out.len();
    let mut at = 0;
    loop {
        while at < bytes.len() && !bytes[at].is_ascii_alphanumeric() {
            at += 1;
        }
        if at == bytes.len() {
            return;
        }
        let start = at;
        while at < bytes.len() && bytes[at].is_ascii_alphanumeric() {
            at += 1;
        }
        if out.len() > from {
            out.push(' ');
        }
        let word = out.len();
        out.push_str(&s[start..at]);
        out[word..].make_ascii_lowercase();
    }
}

/// The words of a line between whitespace, each with its byte offset.
pub(super) fn word_offsets(s: &str) -> impl Iterator<Item = (usize, &str)> {
    words(s).map(move |w| (w.as_ptr() as usize - s.as_ptr() as usize, w))
}

/// Lines compared for duplicates: case and spacing do not matter.
pub(super) fn dup_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in words(s) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&crate::token::lower(w));
    }
    out
}

/// A whole line's entry in the word lists' table ([`Lexeme`]): the line
/// without its surrounding punctuation, in any case, looked up once for
/// every list a rule asks about. A line too long for any list is on none.
pub(super) fn key(s: &str) -> Lexeme {
    Lexeme::of(s.trim_matches(|c: char| !c.is_alphanumeric()))
}

/// Whether the line whose [`key`] is `key` is on `list`.
pub(super) fn listed(list: List, key: Lexeme) -> bool {
    key.is_in(list)
}

pub(super) fn has_lowercase(s: &str) -> bool {
    s.chars().any(char::is_lowercase)
}

pub(super) fn is_all_caps(s: &str) -> bool {
    !has_lowercase(s) && s.chars().filter(|c| c.is_alphabetic()).count() >= 3
}

pub(super) fn starts_lowercase(s: &str) -> bool {
    s.chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(char::is_lowercase)
}

pub(super) fn starts_with_bullet(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if crate::text::is_bullet(c) => true,
        Some('-' | '*' | '+' | '>') => chars.next().is_some_and(char::is_whitespace),
        _ => false,
    }
}

pub(super) fn ends_sentence(s: &str) -> bool {
    // A web address after the sentence is its link, not its ending: "...
    // at the Alder Street Playhouse. alderstreetplayhouse.org".
    let s = match s.trim_end().rsplit_once(crate::text::is_blank) {
        Some((before, last)) if is_web_address(last) && ends_sentence(before) => before,
        _ => s,
    };
    let last = s.trim_end_matches(|c: char| {
        crate::text::is_double_quote(c) || crate::text::is_single_quote(c) || c == ')' || c == '*'
    });
    // A post quoted from social media may end on an emoji instead.
    matches!(
        last.chars().last(),
        Some(
            '.'
            | '!'
            | '?'
            | '…'
            | ':'
            | ';'
            | ','
            | '\u{1F300}'..='\u{1FAFF}'
            | '\u{2600}'..='\u{27BF}',
        )
    )
}

/// Whether the line ends with a word a hard-wrapped line often ends with
/// mid-sentence (line_end_function_words.txt).
pub(super) fn ends_with_function_word(s: &str) -> bool {
    words(s)
        .next_back()
        .is_some_and(|w| Lexeme::of(w).is_in(List::LineEndFunctionWords))
}

/// A line wholly in parentheses ("($1 = 10.97 Norvanian crowns)"): an aside
/// or a note to the reader, never a headline.
pub(super) fn is_parenthetical(s: &str) -> bool {
    let s = s.trim();
    s.starts_with('(') && s.ends_with(')') && s[1..].find(')') == Some(s.len() - 2)
}

/// Whether a word is a figure: a score, a price, a change ("3–2", "84.12",
/// "-3.61", "(-4.11%)", "90+3").
pub(super) fn is_figure(w: &str) -> bool {
    let w = w.trim_matches(|c: char| matches!(c, '(' | ')' | ',' | '%' | '$' | '€' | '£'));
    w.chars().any(|c| c.is_ascii_digit())
        && w.chars().all(|c| {
            c.is_ascii_digit() || matches!(c, '.' | ',' | '-' | '–' | '+' | ':' | '%' | '−')
        })
}

/// Whether a line or word is a bare web address (one for the whole crate).
pub(super) use crate::text::is_web_address;

#[cfg(test)]
mod tests {
    use super::super::testing::{assert_roles, fixture_lines};
    use super::{alphanumeric_runs, normal_words};

    #[test]
    fn a_web_address_after_a_sentence_does_not_end_it() {
        use super::ends_sentence;
        assert!(ends_sentence(
            "It runs to April 8 at the Playhouse. playhouse.org"
        ));
        assert!(ends_sentence(
            "Tickets are on sale now. https://example.org/tickets"
        ));
        assert!(!ends_sentence("Tickets at playhouse.org"));
        assert!(!ends_sentence("Ministers Resign"));
    }

    #[test]
    fn normal_words_are_the_lower_cased_alphanumeric_runs() {
        let mut lines = fixture_lines();
        lines.extend(
            [
                "ΟΔΟΣ Σ.",
                "“Ça va,” dit-il — 2–1!",
                "İstanbul ǅ Ⅻ",
                "",
                "...",
            ]
            .map(String::from),
        );
        let mut out = String::new();
        for line in &lines {
            let old = alphanumeric_runs(line)
                .map(str::to_lowercase)
                .collect::<Vec<_>>()
                .join(" ");
            normal_words(line, &mut out);
            assert_eq!(out, old, "{line:?}");
        }
    }

    #[test]
    fn a_quoted_post_may_end_on_an_emoji() {
        assert_roles(
            "The striker said goodbye on Sunday.\n\n\
             Team-mate Kofi Mensah wrote on Instagram: \"Go win everything \u{1f499}\"",
            &[
                ("The striker said goodbye on Sunday.", "body"),
                (
                    "Team-mate Kofi Mensah wrote on Instagram: \"Go win everything \u{1f499}\"",
                    "body",
                ),
            ],
        );
    }
}
