//! Letters and advice columns: the salutation glued to a letter's first
//! paragraph ("Dear Maeve:"), the signature at its foot ("Margaret
//! Lindqvist, Port Aldous", "— Tapped Out in Truro") and the note on its
//! writer under it. They frame the letter; its sentences are the claims.

use std::sync::LazyLock;

use regex::Regex;

use super::words::at_most_words;
use super::{Draft, Look, Page, Rule};

/// A letter's salutation glued to its first paragraph: "Dear Maeve: My
/// brother ...", "Dear Tapped Out, You are not wrong". Cut off the body
/// line it opens ([`opening_stamp`](super::datelines::opening_stamp)).
pub(super) static SALUTATION: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"^Dear [A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,3}\s*[:,]\s")
        .expect("salutation")
});

/// A letter's signature: a name (or two joined by "and"), a comma and a
/// place: "Margaret Lindqvist, Port Aldous", "Rev. Thomas Adeyemi,
/// Caldwell", "Dorothy and Frank Mercer, West Caldwell".
static SIGNATURE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"^(?:(?:Rev|Dr|Mr|Mrs|Ms|Prof|Sr|Fr)\.?\s+)?[A-Z][\w'’\-]+\.?(?:\s+(?:and|&)\s+[A-Z][\w'’\-]+)?(?:\s+[A-Z][\w.'’\-]+){1,3},\s+[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){0,3}(?:,\s+[A-Z][\w.'’\-]+)?$")
        .expect("signature")
});

/// A signature set after a dash, as advice columns print a reader's
/// pseudonym: "— Tapped Out in Truro", "— Worried, Leeds".
static DASH_SIGNATURE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"^[—–]\s*[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3}(?:(?:,|\s+in|\s+from)\s+[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){0,3})?$")
        .expect("dash signature")
});

/// A note on who signed a letter or column: "The writer is pastor of ...".
static WRITER_IS: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(
        r"^The (?:writer|writers|author|authors) (?:is|are|was|were|has|have|lives|live)(?-u:\b)",
    )
    .expect("writer is")
});

/// The most words of a note on the letter's writer.
const WRITER_NOTE_WORDS: usize = 40;

/// A letter signed at its foot: a signature line ([`SIGNATURE`]) right
/// after a paragraph of body text, ending its block, is the letter's byline;
/// a "The writer is ..." note under it is too.
pub(super) fn signatures(page: &Page, draft: &mut Draft) {
    let (text, lines, looks) = (page.text, page.lines, &mut draft.looks[..]);
    for i in 1..lines.len() {
        let s = lines[i].span.of(text);
        let after_body = looks[i - 1] == Look::Body && lines[i - 1].block != lines[i].block;
        if looks[i] != Look::Title
            || !after_body
            || !((s.contains(',') && SIGNATURE.is_match(s))
                || (s.starts_with(['—', '–']) && DASH_SIGNATURE.is_match(s)))
        {
            continue;
        }
        looks[i] = Look::skip(Rule::LetterSignature);
        let Some(next) = lines.get(i + 1).map(|l| l.span.of(text)) else {
            continue;
        };
        if matches!(looks[i + 1], Look::Body | Look::Title)
            && WRITER_IS.is_match(next)
            && at_most_words(next, WRITER_NOTE_WORDS)
        {
            looks[i + 1] = Look::skip(Rule::LetterWriterNote);
        }
    }
}

/// Compiles this file's patterns now rather than on first use (see
/// [`crate::warm`]).
pub(crate) fn warm() {
    for pattern in [&SALUTATION, &SIGNATURE, &DASH_SIGNATURE, &WRITER_IS] {
        LazyLock::force(pattern);
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{assert_roles, roles};

    #[test]
    fn a_letters_salutation_and_dash_signature_are_set_aside() {
        assert_roles(
            "Ask Maeve\n\nDear Maeve: My brother keeps borrowing money.\n\n— Tapped Out in Truro\n\nDear Tapped Out, You are not the bad guy.",
            &[
                ("Ask Maeve", "headline"),
                ("Dear Maeve:", "boilerplate"),
                ("My brother keeps borrowing money.", "body"),
                ("— Tapped Out in Truro", "byline"),
                ("Dear Tapped Out,", "boilerplate"),
                ("You are not the bad guy.", "body"),
            ],
        );
    }

    #[test]
    fn letters_signed_at_their_foot_are_articles_of_their_own() {
        let got = roles(
            "Turbines would cost us the view\n\n\
             The view is the only reason visitors stop here.\n\n\
             Margaret Lindqvist, Port Aldous\n\n\
             The library deserves better\n\n\
             The trailers have no restrooms.\n\n\
             Rev. Thomas Adeyemi, Caldwell\n\
             The writer is pastor of Grace Fellowship Church.",
        );
        let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(
            got,
            [
                ("Turbines would cost us the view", "headline"),
                ("The view is the only reason visitors stop here.", "body"),
                ("Margaret Lindqvist, Port Aldous", "byline"),
                ("The library deserves better", "headline+"),
                ("The trailers have no restrooms.", "body"),
                ("Rev. Thomas Adeyemi, Caldwell", "byline"),
                ("The writer is pastor of Grace Fellowship Church.", "byline"),
            ]
        );
    }
}
