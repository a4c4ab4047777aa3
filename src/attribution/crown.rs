//! Counsel for the Crown in a court report: "Prosecuting, Emma Walsh told
//! the court that ...", then "Miss Walsh said ...". A prosecutor speaking
//! in court speaks for the state on its record, official like the judge
//! from the bench (LABELS.md rule 1; heldout19, 22 and 24: official).
//! Defence counsel ("Mitigating, Paul Harker said") and a victim's
//! statement read to the court stay named: they speak for private people.
//!
//! The prosecutor is known by the opener of British court reporting,
//! "Prosecuting," before a name (`src/lexicon/crown_openers.txt`); the
//! surname is remembered, so that "Miss Walsh said" later in the report is
//! the prosecutor too. What a prosecutor tells reporters outside court is
//! said in person (see [`super::rulings::in_court_and_from_the_bench`]).

use super::words::{name_run_surname, Word};
use crate::lexicon::List;

/// The most words of a prosecutor's name after the opener.
const MOST_NAME_WORDS: usize = 4;

/// The surname of a prosecutor introduced at `ws[i]`: "Prosecuting, Emma
/// Walsh told" -> "Walsh". The opener ends its phrase with a comma and a
/// run of capitalised words follows it; the run's last word is the surname.
pub(super) fn introduced<'t>(text: &'t str, ws: &[Word], i: usize) -> Option<&'t str> {
    let opener = &ws[i];
    if !opener.is_capitalized(text) || !opener.ends_phrase || !opener.is_in(List::CrownOpeners) {
        return None;
    }
    name_run_surname(text, &ws[i + 1..], MOST_NAME_WORDS)
}

#[cfg(test)]
mod tests {
    use crate::attribution::testing::kinds;
    use crate::AttributionKind::*;

    #[test]
    fn a_prosecutor_in_court_speaks_for_the_crown() {
        assert_eq!(
            kinds(
                "Prosecuting, Emma Walsh told the court that the roofer lied. \
                 Miss Walsh said the woman paid in cash."
            ),
            [Official, Official]
        );
        // Defence counsel speaks for a private person: named.
        assert_eq!(
            kinds("Mitigating, Paul Harker said his client was ashamed."),
            [Named]
        );
        // The same name outside court, to reporters: in person.
        assert_eq!(
            kinds(
                "Prosecuting, Emma Walsh told the court that the roofer lied. \
                 Later Ms Walsh told reporters she was pleased."
            ),
            [Official, Named]
        );
    }

    #[test]
    fn a_prosecutors_reason_says_crown_counsel_not_a_channel() {
        use crate::attribution::testing::rules;
        use crate::RuleId;
        let claims = rules(
            "Prosecuting, Emma Walsh told the court that the roofer lied. \
             Miss Walsh said the woman paid in cash.",
        );
        assert_eq!(claims.len(), 2, "{claims:?}");
        for claim in claims {
            assert!(claim.contains(&RuleId::CrownCounsel), "{claim:?}");
            assert!(!claim.contains(&RuleId::FormalChannel), "{claim:?}");
        }
    }

    #[test]
    fn a_judge_goes_on_speaking_from_the_bench() {
        assert_eq!(
            kinds(
                "Sentencing, Judge Andrew Cole told Gilroy he had shown contempt.\n\n\
                 “You chose your victims because they were old. \
                 Your apology came late,” the judge said."
            ),
            [Official, Official, Official]
        );
        // A judge who just "said", with no word from the bench before it,
        // is the judge in person.
        assert_eq!(
            kinds("Judge Ann Ode said the backlog was growing."),
            [Named]
        );
    }
}
