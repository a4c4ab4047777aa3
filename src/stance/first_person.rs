//! First person: the author speaking as "I" or "we" ("I recently thought",
//! "We argued"). Inside quotation marks or reported speech the "I" is the
//! source's; `score.rs` drops or damps those by who speaks.
//!
//! Decisions: "US" in capitals is the country, never "us"; a lower-case "i"
//! standing alone is a list marker or a typo, not the author.

use crate::stance::phrases::{List, Phrase};
use crate::stance::score::{weight, Evidence};
use crate::stance::SignalKind;

pub(crate) fn detect(text: &str, phrases: &[Phrase], out: &mut Vec<Evidence>) {
    for p in phrases.iter().filter(|p| p.list == List::FirstPerson) {
        let Some(word) = text.get(p.span.range()) else { continue };
        let lower = word.to_ascii_lowercase();
        if word == "US" || (lower.starts_with('i') && !word.starts_with('I')) {
            continue;
        }
        let plural = lower.starts_with("we") || lower.starts_with("us") || lower.starts_with("our") || lower == "let's";
        let plural = plural || lower == "let\u{2019}s";
        let w = if plural { weight::FIRST_PERSON_PLURAL } else { weight::FIRST_PERSON_SINGULAR };
        out.push(Evidence::new(p.span, SignalKind::FirstPerson, w));
    }
}

#[cfg(test)]
mod tests {
    use crate::stance::testing::{assert_stance, assert_stance_in};
    use crate::stance::SignalKind::*;
    use crate::stance::StanceKind::*;

    #[test]
    fn the_author_as_i_or_we() {
        assert_stance("I recently thought the two governments were headed for a divorce.", Reporting, &[(
            "I",
            FirstPerson,
        )]);
        assert_stance("We argued that the envoy was part of a larger plan.", Reporting, &[("We", FirstPerson)]);
    }

    #[test]
    fn first_person_adds_to_a_judgment() {
        assert_stance("We know sabotage is one of his specialties.", Reporting, &[("We", FirstPerson)]);
        assert_stance("I think the plan is a disaster.", Opinion, &[("I think", Hedge)]);
    }

    #[test]
    fn the_country_is_not_us() {
        assert_stance("The US imposed sanctions on the firm.", Reporting, &[]);
    }

    #[test]
    fn quoted_first_person_is_the_sources() {
        assert_stance_in("\u{201c}We will win,\u{201d} she said.", Reporting, &[], &["\u{201c}We will win,\u{201d}"]);
    }
}
