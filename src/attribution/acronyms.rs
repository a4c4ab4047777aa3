//! An acronym the article spells out: "the Airline Pilots’ Union of
//! Southern Africa (APUSA) ... APUSA accused management". The initials are
//! the same body as the name they stand for, so they take its kind
//! (LABELS.md: a union is a named non-institutional body, a ministry is
//! official) rather than the kind every unexplained acronym gets (an
//! organisation speaking as such, official).

use super::words::words;
use crate::lexicon::List;
use crate::Span;

/// How far back from the bracket the name it spells out is read, in bytes.
const MOST_NAME_BYTES: usize = 160;

/// How far back from the initials their spelled-out name is looked for, in
/// bytes: a long article. Without a bound each acronym searched the whole
/// paste before it (quadratic on a 10 MB paste).
const MOST_LOOKBACK_BYTES: usize = 32_768;

/// The most words of a name an acronym spells out.
const MOST_NAME_WORDS: usize = 10;

/// The name that `acronym` (as written, without a possessive) stands for,
/// where the text before `before` writes it as "<Name> (ACRONYM)": the run
/// of capitalised words and their joiners ("of", "and", "for") right
/// before the bracket, from the first word that opens with the acronym's
/// first letter. `None` when the text never spells it out.
pub fn spelled_out(text: &str, acronym: &str, before: usize) -> Option<Span> {
    let first = acronym.chars().next()?;
    let mut start = before.saturating_sub(MOST_LOOKBACK_BYTES);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    let open = bracketed(text, acronym, Span::new(start, before))?;
    let mut from = open.saturating_sub(MOST_NAME_BYTES);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let ws = words(text, Span::new(from, open), &[]);
    let mut start = ws.len();
    while start > 0 {
        let w = &ws[start - 1];
        let joins = w.is_in(List::NameJoiners) && start < ws.len();
        if !(w.is_capitalized(text) || joins) || (w.ends_phrase && start < ws.len()) {
            break;
        }
        start -= 1;
    }
    let run = &ws[start..];
    // The name opens with the acronym's letter: "the Airline Pilots'
    // Union" from "APUSA", past a capitalised word before it.
    let k = run
        .iter()
        .take(run.len().saturating_sub(1))
        .position(|w| w.is_capitalized(text) && w.of(text).starts_with(first))?;
    let name = &run[k..];
    (name.len() >= 2 && name.len() <= MOST_NAME_WORDS)
        .then(|| Span::new(name[0].span.start, name[name.len() - 1].span.end))
}

/// Where the last "(ACRONYM)" inside `within` opens: the last token, read
/// back from the span's end, whose word is the acronym with an opening
/// bracket right before it and a closing one right after, inside the
/// token ("(APUSA)", "(APUSA),"). The token layer's words, not a search of
/// the text for the bracketed string; a bracket glued to a word before it
/// ("Union(APUSA)") is one word and no acronym's.
fn bracketed(text: &str, acronym: &str, within: Span) -> Option<usize> {
    // (A span off the text, or off its characters, has no bracket.)
    text.get(within.range())?;
    let bytes = text.as_bytes();
    crate::token::lend_both(text, within, |mut tokens| {
        while let Some(t) = tokens.rfind_enclosed_word(acronym.len()) {
            let word = t.word()?;
            if bytes[word.start - 1] == b'(' && bytes[word.end] == b')' && word.of(text) == acronym
            {
                return Some(word.start - 1);
            }
        }
        None
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{analyze_text, AttributionKind};

    fn name(text: &str, acronym: &str) -> Option<String> {
        let at = text.rfind(acronym).unwrap();
        spelled_out(text, acronym, at).map(|s| s.of(text).to_string())
    }

    #[test]
    fn the_name_before_the_bracket() {
        let text = "The court found that the Airline Pilots’ Union of Southern Africa (APUSA) \
                    had followed the rules. APUSA said so.";
        assert_eq!(
            name(text, "APUSA").as_deref(),
            Some("Airline Pilots’ Union of Southern Africa")
        );
        let text = "The Ministry of Manpower (MOM) said so. MOM added more.";
        assert_eq!(name(text, "MOM").as_deref(), Some("Ministry of Manpower"));
        // Never spelled out.
        assert_eq!(name("The WHO said so. WHO added.", "WHO"), None);
    }

    #[test]
    fn initials_take_the_kind_of_the_name_they_stand_for() {
        let text = "The ruling went against the Drivers and Riders Union of Westland (DRUW). \
                    DRUW accused management of walking away from talks.";
        let doc = analyze_text(text).unwrap();
        let last = doc.claims.last().unwrap();
        assert_eq!(last.attribution.kind, AttributionKind::Named, "{last:?}");
        // A ministry's initials stay official.
        let text = "The rules come from the Ministry of Manpower (MOM). \
                    MOM said the rules would stay.";
        let doc = analyze_text(text).unwrap();
        let last = doc.claims.last().unwrap();
        assert_eq!(last.attribution.kind, AttributionKind::Official, "{last:?}");
    }

    /// The search of the text this replaced: the last "(ACRONYM)" before
    /// `before`, within the look-back.
    fn bracketed_by_search(text: &str, acronym: &str, before: usize) -> Option<usize> {
        let mut start = before.saturating_sub(MOST_LOOKBACK_BYTES);
        while !text.is_char_boundary(start) {
            start += 1;
        }
        Some(start + text.get(start..before)?.rfind(&format!("({acronym})"))?)
    }

    /// Every acronym of every fixture text, at each place it stands: the
    /// Doc's stored tokens, and the text split afresh, find the bracket
    /// the search of the text found.
    #[test]
    fn the_bracket_is_where_the_search_found_it() {
        let mut found = 0;
        for (path, text) in crate::furniture::testing::fixture_texts() {
            let _doc = crate::token::Doc::scope(&text);
            // Another copy of the text is no Doc's: split afresh.
            let copy = text.clone();
            let mut at = Vec::new();
            crate::token::each_in(&text, Span::new(0, text.len()), |t| {
                if let Some(w) = t.word() {
                    let bare = super::super::words::without_possessive(w.of(&text));
                    if crate::attribution::source::is_acronym(bare) {
                        at.push((w.start, w.start + bare.len()));
                    }
                }
            });
            for (start, end) in at {
                let acronym = &text[start..end];
                let want = bracketed_by_search(&text, acronym, start);
                let mut from = start.saturating_sub(MOST_LOOKBACK_BYTES);
                while !text.is_char_boundary(from) {
                    from += 1;
                }
                let within = Span::new(from, start);
                assert_eq!(
                    bracketed(&text, acronym, within),
                    want,
                    "{path} {acronym} at {start}"
                );
                assert_eq!(
                    bracketed(&copy, acronym, within),
                    want,
                    "{path} {acronym} at {start}, afresh"
                );
                found += usize::from(want.is_some());
            }
        }
        assert!(found > 20, "the fixtures spell acronyms out ({found})");
    }

    #[test]
    fn the_name_is_looked_for_within_a_long_article() {
        let named = "The Ministry of Manpower (MOM) said so. ";
        let far = format!("{named}{}MOM added more.", "x ".repeat(MOST_LOOKBACK_BYTES));
        assert_eq!(name(&far, "MOM"), None);
        let near = format!("{named}{}MOM added more.", "x ".repeat(1_000));
        assert_eq!(name(&near, "MOM").as_deref(), Some("Ministry of Manpower"));
    }
}
