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
    let bracketed = format!("({acronym})");
    let mut start = before.saturating_sub(MOST_LOOKBACK_BYTES);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    let open = start + text.get(start..before)?.rfind(&bracketed)?;
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

    #[test]
    fn the_name_is_looked_for_within_a_long_article() {
        let named = "The Ministry of Manpower (MOM) said so. ";
        let far = format!("{named}{}MOM added more.", "x ".repeat(MOST_LOOKBACK_BYTES));
        assert_eq!(name(&far, "MOM"), None);
        let near = format!("{named}{}MOM added more.", "x ".repeat(1_000));
        assert_eq!(name(&near, "MOM").as_deref(), Some("Ministry of Manpower"));
    }
}
