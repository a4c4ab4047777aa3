//! First person: the author speaking as "I" or "we" ("I recently thought",
//! "We argued"). Inside quotation marks or reported speech the "I" is the
//! source's; `score.rs` drops or damps those by who speaks.
//!
//! Decisions: "US" in capitals is the country, never "us"; a lower-case "i"
//! standing alone is a list marker or a typo, not the author.

use std::sync::LazyLock;

use crate::lexicon;
use crate::stance::phrases::{List, Phrase};
use crate::stance::score::{weight, Evidence};
use crate::stance::SignalKind;
use crate::text::{is_double_quote, is_single_quote};
use crate::Span;

static NEWSGATHERING: LazyLock<lexicon::Set> =
    LazyLock::new(|| lexicon::set(include_str!("../lexicon/stance_first_person_reporting.txt")));

static VIEWS: LazyLock<lexicon::Set> =
    LazyLock::new(|| lexicon::set(include_str!("../lexicon/stance_first_person_views.txt")));

/// The verb right after a subject pronoun, past up to two adverbs or
/// auxiliaries ("I recently thought", "we have long argued", "we first met").
fn verb_after(text: &str, pronoun: Span) -> Option<String> {
    let mut after = text[pronoun.end..].split_whitespace().map(|w| {
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}')
            .to_lowercase()
            .replace('\u{2019}', "'")
    });
    let skippable = |w: &str| {
        w.ends_with("ly")
            || matches!(
                w,
                "also"
                    | "still"
                    | "then"
                    | "now"
                    | "first"
                    | "later"
                    | "always"
                    | "never"
                    | "too"
                    | "long"
                    | "have"
                    | "had"
                    | "do"
            )
    };
    let mut next = after.next()?;
    for _ in 0..2 {
        if !skippable(&next) {
            break;
        }
        next = after.next()?;
    }
    Some(next)
}

/// "We met her at the field office", "I asked the ministry": the author
/// narrating the reporting.
fn narrates_reporting(text: &str, pronoun: Span) -> bool {
    verb_after(text, pronoun).is_some_and(|w| NEWSGATHERING.contains(&w))
}

pub(crate) fn detect(text: &str, claim: Span, phrases: &[Phrase], out: &mut Vec<Evidence>) {
    for p in phrases.iter().filter(|p| p.list == List::FirstPerson) {
        let Some(word) = text.get(p.span.range()) else {
            continue;
        };
        let lower = word.to_ascii_lowercase();
        if word == "US" || (lower.starts_with('i') && !word.starts_with('I')) {
            continue;
        }
        // "Our" or "We" capitalised mid-sentence is part of a name ("Feeding
        // Our Future"), unless it opens a sentence or quotation.
        if !lower.starts_with('i')
            && word.starts_with(char::is_uppercase)
            && mid_sentence(text, claim, p.span)
        {
            continue;
        }
        if matches!(lower.as_str(), "i" | "we") && narrates_reporting(text, p.span) {
            continue;
        }
        let plural = lower.starts_with("we")
            || lower.starts_with("us")
            || lower.starts_with("our")
            || lower == "let's";
        let plural = plural || lower == "let\u{2019}s";
        // "I think", "we argued", "let's": the author states a view. "Our
        // car slid", "my husband is 84": the author narrates.
        let states_view = lower.starts_with("let")
            || matches!(lower.as_str(), "i" | "we")
                && verb_after(text, p.span).is_some_and(|v| VIEWS.contains(&v))
            || lower.contains(['\'', '\u{2019}']);
        let w = match (states_view, plural) {
            (false, _) => weight::FIRST_PERSON_NARRATING,
            (true, true) => weight::FIRST_PERSON_PLURAL,
            (true, false) => weight::FIRST_PERSON_SINGULAR,
        };
        out.push(Evidence::new(p.span, SignalKind::FirstPerson, w));
    }
}

/// True when the word follows other words of its sentence, not a sentence
/// or quotation opener.
fn mid_sentence(text: &str, claim: Span, word: Span) -> bool {
    let Some(before) = text.get(claim.start..word.start) else {
        return false;
    };
    match before.chars().rev().find(|c| !c.is_whitespace()) {
        None => false,
        Some(c) => {
            !(matches!(c, '.' | '?' | '!' | ':' | '(' | '\u{2014}' | '\u{2013}')
                || is_double_quote(c)
                || is_single_quote(c))
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::stance::testing::{assert_stance, assert_stance_in};
    use crate::stance::SignalKind::*;
    use crate::stance::StanceKind::*;

    #[test]
    fn the_first_person_of_newsgathering_is_reporting() {
        assert_stance(
            "We met her at the trust's field office in Reeth.",
            Reporting,
            &[("Reeth", Specifics)],
        );
        assert_stance(
            "The drain, I learn later, was cleared the following Thursday.",
            Reporting,
            &[("Thursday", Specifics)],
        );
        // Finding is judging: "I found the argument unconvincing" stays opinion.
        assert_stance(
            "I found the argument unconvincing.",
            Opinion,
            &[("I", FirstPerson), ("unconvincing", Evaluative)],
        );
    }

    #[test]
    fn the_first_person_narrating_events_is_reporting() {
        assert_stance(
            "On the night of Nov. 21, our car slid off Mt. Harlan Road.",
            Reporting,
            &[
                ("Nov", Specifics),
                ("21", Specifics),
                ("our", FirstPerson),
                ("Mt", Specifics),
                ("Road", Specifics),
            ],
        );
        assert_stance(
            "We wondered whether the council knew.",
            Opinion,
            &[("We", FirstPerson)],
        );
    }

    #[test]
    fn the_author_as_i_or_we() {
        assert_stance(
            "I recently thought the two governments were headed for a divorce.",
            Opinion,
            &[("I", FirstPerson)],
        );
        assert_stance(
            "We argued that the envoy was part of a larger plan.",
            Opinion,
            &[("We", FirstPerson)],
        );
        // Pointing back to the author's own argument states a view too.
        assert_stance(
            "As I have written before, the line was strikingly respectful.",
            Opinion,
            &[("I", FirstPerson)],
        );
    }

    #[test]
    fn the_author_in_the_claim_outweighs_one_name() {
        assert_stance(
            "And we know sabotage is one of Khalilzad's specialties.",
            Opinion,
            &[
                ("we", FirstPerson),
                ("sabotage", Evaluative),
                ("Khalilzad's", Specifics),
            ],
        );
        assert_stance(
            "I think the plan is a fiasco.",
            Opinion,
            &[("I think", Hedge), ("fiasco", Evaluative)],
        );
    }

    #[test]
    fn a_capitalised_our_inside_a_name_is_not_the_author() {
        assert_stance(
            "Officials raided Feeding Our Future on Tuesday.",
            Reporting,
            &[("Feeding Our Future", Specifics), ("Tuesday", Specifics)],
        );
    }

    #[test]
    fn the_country_is_not_us() {
        assert_stance(
            "The US imposed sanctions on the firm.",
            Reporting,
            &[("US", Specifics)],
        );
    }

    #[test]
    fn quoted_first_person_is_the_sources() {
        assert_stance_in(
            "\u{201c}We will win,\u{201d} she said.",
            Reporting,
            &[],
            &["\u{201c}We will win,\u{201d}"],
        );
    }
}
