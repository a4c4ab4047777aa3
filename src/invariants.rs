//! The invariants every analysis keeps, checked by tests and fuzz targets.
//!
//! - every span lies inside the text, on character boundaries;
//! - claims are in order and do not overlap, and neither do skipped items;
//! - no claim overlaps a skipped item;
//! - every non-blank character lies in a claim or a skipped item: nothing
//!   is dropped silently;
//! - articles tile the text in order; every claim's article and its spans
//!   (source, cue, quote, stance signals) are valid.
//!
//! [`check_sentences`] holds the sentence splitter to the same standard, and
//! [`check_document`] the output: every offset, in the document's unit,
//! slices the text back to the words the document quotes.

use crate::text::is_blank;
use crate::{Analysis, Document, OffsetUnit, Span, SpanEntry};

/// Checks `analysis` of `text` against the invariants above. Returns the
/// first violation found, described for a developer.
pub fn check(text: &str, analysis: &Analysis) -> Result<(), String> {
    let valid = |what: &str, s: Span| -> Result<(), String> {
        if s.start > s.end || s.end > text.len() {
            return Err(format!(
                "{what} {s:?} lies outside the text of {} bytes",
                text.len()
            ));
        }
        if !text.is_char_boundary(s.start) || !text.is_char_boundary(s.end) {
            return Err(format!("{what} {s:?} splits a character"));
        }
        Ok(())
    };
    let mut covered: Vec<Span> = Vec::with_capacity(analysis.claims.len() + analysis.skipped.len());
    for (i, c) in analysis.claims.iter().enumerate() {
        valid("claim", c.span)?;
        if c.span.is_empty() {
            return Err(format!("claim {i} is empty"));
        }
        if c.article >= analysis.articles.len() {
            return Err(format!(
                "claim {i} names article {} of {}",
                c.article,
                analysis.articles.len()
            ));
        }
        let at = &c.attribution;
        for (what, s) in [("source", at.source), ("cue", at.cue), ("quote", at.quote)] {
            if let Some(s) = s {
                valid(what, s)?;
            }
        }
        if let Some(q) = at.quote {
            if !c.span.contains(q) {
                return Err(format!(
                    "claim {i}'s quote {q:?} lies outside the claim {:?}",
                    c.span
                ));
            }
        }
        for r in &at.reasons {
            if let Some(s) = r.span {
                valid("reason", s)?;
            }
        }
        for r in &c.stance.reasons {
            valid("stance signal", r.span)?;
        }
        if !(0.0..=1.0).contains(&c.stance.score) {
            return Err(format!(
                "claim {i}'s stance score {} is outside [0, 1]",
                c.stance.score
            ));
        }
        covered.push(c.span);
    }
    for w in analysis.claims.windows(2) {
        if w[1].span.start < w[0].span.end {
            return Err(format!(
                "claims {:?} and {:?} are out of order or overlap",
                w[0].span, w[1].span
            ));
        }
    }
    for s in &analysis.skipped {
        valid("skipped item", s.span)?;
        if s.span.is_empty() {
            return Err(format!("skipped item {:?} is empty", s.span));
        }
        covered.push(s.span);
    }
    crate::sort::by_key(&mut covered, |s| {
        crate::sort::pair(crate::sort::small(s.start), crate::sort::small(s.end))
    });
    for w in covered.windows(2) {
        if w[1].start < w[0].end {
            return Err(format!("{:?} and {:?} overlap", w[0], w[1]));
        }
    }
    let mut at = 0;
    for s in covered
        .iter()
        .copied()
        .chain(std::iter::once(Span::new(text.len(), text.len())))
    {
        if let Some((offset, c)) = first_non_blank(text, at, s.start) {
            return Err(format!(
                "character {c:?} at byte {offset} is in no claim or skipped item"
            ));
        }
        at = s.end;
    }
    let mut next = 0;
    for (i, a) in analysis.articles.iter().enumerate() {
        valid("article", a.span)?;
        if a.span.start != next {
            return Err(format!(
                "article {i} starts at {} but the one before ends at {next}",
                a.span.start
            ));
        }
        next = a.span.end;
    }
    if !analysis.articles.is_empty() && next != text.len() {
        return Err(format!(
            "articles end at {next}, not at the end of the text ({})",
            text.len()
        ));
    }
    Ok(())
}

/// Checks the sentences of `text` (as [`crate::sentences`] returns them):
/// inside the text, on character boundaries, non-empty, trimmed, in order,
/// not overlapping, and covering every non-blank character.
pub fn check_sentences(text: &str, sentences: &[Span]) -> Result<(), String> {
    let mut at = 0;
    for (i, &s) in sentences.iter().enumerate() {
        if s.start > s.end || s.end > text.len() {
            return Err(format!(
                "sentence {i} {s:?} lies outside the text of {} bytes",
                text.len()
            ));
        }
        if !text.is_char_boundary(s.start) || !text.is_char_boundary(s.end) {
            return Err(format!("sentence {i} {s:?} splits a character"));
        }
        if s.is_empty() || s.trim(text) != s {
            return Err(format!("sentence {i} {s:?} is empty or not trimmed"));
        }
        if s.start < at {
            return Err(format!(
                "sentence {i} {s:?} starts before the one before ends ({at})"
            ));
        }
        if let Some((offset, c)) = first_non_blank(text, at, s.start) {
            return Err(format!(
                "character {c:?} at byte {offset} is in no sentence"
            ));
        }
        at = s.end;
    }
    match first_non_blank(text, at, text.len()) {
        Some((offset, c)) => Err(format!(
            "character {c:?} at byte {offset} is in no sentence"
        )),
        None => Ok(()),
    }
}

/// The first non-blank character of `text[from..to]`, with its byte offset in `text`.
fn first_non_blank(text: &str, from: usize, to: usize) -> Option<(usize, char)> {
    text[from..to]
        .char_indices()
        .find(|&(_, c)| !is_blank(c))
        .map(|(offset, c)| (from + offset, c))
}

/// Checks that every offset of `doc` (a [`Document`] of `text`) is a valid
/// offset in `doc.offset_unit` (never inside a character or a UTF-16
/// surrogate pair), and that every span slices `text` back to the words the
/// document gives for it.
pub fn check_document(text: &str, doc: &Document) -> Result<(), String> {
    // byte_at[u]: the byte offset of unit offset u, or None inside a character.
    let mut byte_at: Vec<Option<usize>> = Vec::with_capacity(text.len() + 1);
    for (at, c) in text.char_indices() {
        byte_at.push(Some(at));
        let width = match doc.offset_unit {
            OffsetUnit::Char => 1,
            OffsetUnit::Utf8 => c.len_utf8(),
            OffsetUnit::Utf16 => c.len_utf16(),
        };
        byte_at.extend(std::iter::repeat_n(None, width - 1));
    }
    byte_at.push(Some(text.len()));
    let byte = |what: &str, u: usize| -> Result<usize, String> {
        byte_at.get(u).copied().flatten().ok_or_else(|| {
            format!(
                "{what} offset {u} is not a {} offset of the text",
                doc.offset_unit.as_str()
            )
        })
    };
    let slice = |what: &str, start: usize, end: usize, words: &str| -> Result<(), String> {
        let (s, e) = (byte(what, start)?, byte(what, end)?);
        if s > e {
            return Err(format!("{what} {start}..{end} ends before it starts"));
        }
        if &text[s..e] != words {
            return Err(format!(
                "{what} {start}..{end} slices to {:?}, not {words:?}",
                &text[s..e]
            ));
        }
        Ok(())
    };
    let entry = |what: &str, e: &Option<SpanEntry>| match e {
        Some(e) => slice(what, e.start, e.end, &e.text),
        None => Ok(()),
    };
    for a in &doc.articles {
        let (s, e) = (byte("article", a.start)?, byte("article", a.end)?);
        if s > e {
            return Err(format!("article {} ends before it starts", a.index));
        }
        entry("headline", &a.headline)?;
        for r in &a.reasons {
            entry("article reason", &r.span)?;
        }
    }
    for c in &doc.claims {
        slice("claim", c.start, c.end, &c.text)?;
        let at = &c.attribution;
        entry("source", &at.source)?;
        entry("cue", &at.cue)?;
        entry("quote", &at.quote)?;
        for r in &at.reasons {
            entry("attribution reason", &r.span)?;
        }
        for r in &c.stance.reasons {
            slice("stance signal", r.start, r.end, &r.text)?;
        }
    }
    for s in &doc.skipped {
        slice("skipped item", s.start, s.end, &s.text)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dropped_character_is_a_violation() {
        let text = "One. Two.";
        let mut analysis = crate::analyze_text(text).unwrap();
        assert_eq!(check(text, &analysis), Ok(()));
        analysis.claims.pop();
        analysis.skipped.clear();
        assert!(check(text, &analysis).unwrap_err().contains("in no claim"));
    }

    #[test]
    fn documents_slice_back_in_every_unit() {
        let text = "\u{1f468}\u{200d}\u{1f469} caf\u{e9}: \u{201c}Non,\u{201d} dit-il. The minister said it was fine.";
        let analysis = crate::analyze_text(text).unwrap();
        for unit in [OffsetUnit::Char, OffsetUnit::Utf8, OffsetUnit::Utf16] {
            let mut doc = Document::new(text, &analysis, unit);
            assert_eq!(check_document(text, &doc), Ok(()), "{unit:?}");
            doc.claims[0].end += 1;
            assert!(check_document(text, &doc).is_err(), "{unit:?}");
        }
        // Inside the surrogate pair of the first emoji.
        let mut doc = Document::new(text, &analysis, OffsetUnit::Utf16);
        doc.claims[0].start = 1;
        assert!(check_document(text, &doc)
            .unwrap_err()
            .contains("not a utf16 offset"));
    }

    #[test]
    fn a_sentence_that_overlaps_or_drops_text_is_a_violation() {
        let text = "One. Two.";
        let mut spans = crate::sentences(text);
        assert_eq!(check_sentences(text, &spans), Ok(()));
        spans[1].start = 2;
        assert!(check_sentences(text, &spans).is_err());
        spans.pop();
        assert!(check_sentences(text, &spans)
            .unwrap_err()
            .contains("in no sentence"));
        assert!(check_sentences("é", &[Span::new(0, 1)])
            .unwrap_err()
            .contains("splits"));
    }
}
