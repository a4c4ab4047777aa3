//! A definite document that refers back to where the article named it.
//!
//! LABELS.md: "A document, message or post takes the kind of its author",
//! and back-references resolve to the last matching source. A report is
//! often named first in passing, with its author but without a verb of
//! saying ("The estimate, in the agency's annual adaptation report, is
//! higher than ...") or as the channel of its author's claim ("In a
//! preliminary incident report, Nimbra said ..."), and only cited later as
//! "the report": "..., according to the report", "the report said". That
//! later "the report" is the author's, not an unknown author's. The last
//! place before the claim that names the document by its head word decides:
//! - an author in the document's own phrase: a possessor ("UNEP's annual
//!   report") or an author after it ("a report by the Calder Institute");
//! - else the source of the sentence that named it, as that claim had it
//!   (the report its author spoke through).

use super::words::{self, Word};
use super::{AttributionKind, Memory, SourceClass};
use crate::rule::RuleId;
use crate::token::List;
use crate::Span;

/// How far back (in bytes) the article is searched for the document's
/// earlier mention: the search stays short however long the article is.
const WINDOW: usize = 16 * 1024;

/// The most words before the document word that its phrase is read over
/// for a possessor ("UNEP's annual Resilience Finance Report").
const PHRASE: usize = 6;

/// How many earlier returns ("the report") are passed over on the way back
/// to the mention that introduced the document.
const RETURNS: usize = 6;

/// The kind of the author of the definite document `src` ("the report",
/// head word `head`), and the words that name that author, from the last
/// place before `src` that names a document by the same head word.
pub(super) fn author(
    text: &str,
    head: &str,
    src: Span,
    memory: &Memory,
) -> Option<(AttributionKind, Span)> {
    let from = memory
        .body
        .start
        .min(src.start)
        .max(src.start.saturating_sub(WINDOW));
    let from = (from..=src.start).find(|&i| text.is_char_boundary(i))?;
    let mut until = src.start;
    // "the report" named before is itself a return: the search goes on
    // back to the mention that introduced the document.
    for _ in 0..RETURNS {
        let at = from + last_word(text.get(from..until)?, head)?;
        until = at;
        let sentence = sentence_around(text, from, src.start, at);
        let ws = words::words(text, sentence, &[]);
        let Some(d) = ws.iter().position(|w| w.span.start == at) else {
            continue;
        };
        // The document's own phrase: from its determiner or possessor,
        // after a preposition or a comma, to the end of its phrase.
        let mut start = d;
        while start > 0 && d - start < PHRASE {
            let prev = &ws[start - 1];
            if prev.ends_phrase || is_preposition(prev) {
                break;
            }
            start -= 1;
        }
        let mut last = d;
        while last + 1 < ws.len() && !ws[last].ends_phrase {
            last += 1;
        }
        let phrase = Span::new(ws[start].span.start, ws[last].span.end);
        let classed = memory.classify(text, phrase);
        if classed.rule == RuleId::DocumentAuthor {
            match classed.class {
                SourceClass::Official => return Some((AttributionKind::Official, classed.trigger)),
                SourceClass::Named => return Some((AttributionKind::Named, classed.trigger)),
                _ => return None,
            }
        }
        let definite = ws[start].is_in(List::DefiniteDeterminers);
        if definite || start == d {
            continue;
        }
        // Else the sentence's own source: the author that spoke through
        // the document it introduced.
        return memory
            .recent()
            .find(|r| r.source.start >= sentence.start && r.source.end <= sentence.end)
            .filter(|r| r.said != AttributionKind::Unattributed)
            .map(|r| (r.said, r.source));
    }
    None
}
/// Whether the source words `source` name a document by the word `head`
/// ("the agency's report" by "report"), not something of it ("The
/// report's lead author") or a longer word ("a reporter").
pub(super) fn names_as_document(source: &str, head: &str) -> bool {
    let mut rest = source;
    while let Some(at) = last_word(rest, head) {
        let after = &rest[at + head.len()..];
        if !(after.starts_with("'s") || after.starts_with("’s")) {
            return true;
        }
        rest = &rest[..at];
    }
    false
}

/// Prepositions that open the phrase a document word stands in: "in the
/// agency's report", "In a preliminary incident report".
fn is_preposition(w: &Word) -> bool {
    w.is_in(List::DocumentPhrasePrepositions)
}

/// The byte offset in `haystack` of the last `word` (ASCII letters in any
/// case) that stands as a whole word.
fn last_word(haystack: &str, word: &str) -> Option<usize> {
    let (h, n) = (haystack.as_bytes(), word.as_bytes());
    if n.is_empty() || n.len() > h.len() {
        return None;
    }
    let alnum = |b: u8| b.is_ascii_alphanumeric() || b >= 0x80;
    (0..=h.len() - n.len()).rev().find(|&i| {
        h[i..i + n.len()].eq_ignore_ascii_case(n)
            && (i == 0 || !alnum(h[i - 1]) && h[i - 1] != b'-')
            && h.get(i + n.len()).is_none_or(|&b| !alnum(b))
    })
}

/// The sentence around the byte `at`: from after the last full stop, "!",
/// "?" or line break before it (not before `from`) to the next one (not
/// past `until`).
fn sentence_around(text: &str, from: usize, until: usize, at: usize) -> Span {
    let ends = |b: &u8| matches!(b, b'.' | b'!' | b'?' | b'\n');
    let bytes = text.as_bytes();
    let start = bytes[from..at]
        .iter()
        .rposition(ends)
        .map_or(from, |k| from + k + 1);
    let end = bytes[at..until]
        .iter()
        .position(ends)
        .map_or(until, |k| at + k + 1);
    Span::new(start, end)
}

#[cfg(test)]
mod tests {
    use crate::attribution::testing::kinds;
    use crate::AttributionKind::*;

    #[test]
    fn the_report_is_its_author_named_with_it_in_passing() {
        assert_eq!(
            kinds(
                "The UN Environment Programme said on Thursday that needs had grown. \
                 The estimate, in the agency's annual adaptation report, is higher than before. \
                 Public money fell 15% in 2021, according to the report."
            ),
            [Official, Unattributed, Official]
        );
    }

    #[test]
    fn the_report_is_the_author_that_spoke_through_it() {
        assert_eq!(
            kinds(
                "In a preliminary incident report published Wednesday, the Federal Aviation \
                 Administration said a valve had failed. \
                 The valve had been replaced in May, the report said."
            ),
            [Official, Official]
        );
    }

    #[test]
    fn a_person_of_the_report_is_not_the_report() {
        assert!(super::names_as_document("the agency's report", "report"));
        assert!(super::names_as_document("The Report", "report"));
        assert!(!super::names_as_document(
            "The report's lead author, Ann Ode",
            "report"
        ));
        assert!(!super::names_as_document("a reporter", "report"));
    }

    #[test]
    fn another_document_word_is_not_the_report() {
        // The study named before is no author of "the report".
        assert_eq!(
            kinds(
                "A study by researchers in Leeds was published in May. \
                 Prices fell, according to the report."
            ),
            [Unattributed, Anonymous]
        );
    }
}
