//! Prescriptions: what the author says ought to be done ("should", "must",
//! "it is time to").
//!
//! Decisions: "should" and "must" by the author are opinion on their own
//! (LABELS.md); a requirement ("needs to", "has to") is often a fact about
//! rules or plans ("the agreement still needs to be ratified") and weighs
//! half as much. "must have" is a guess about the past and is listed as
//! speculation, which the longest-match scan prefers over "must".
//!
//! Whose obligation it is decides between a call and a stated rule (issue
//! #15): "must" laid on a general class of people or things ("Drivers must
//! carry a licence", stance_rule_bound.txt) states a rule, as a report
//! does; a time word after the modal ("must now") marks a step in a
//! procedure except when the subject is someone in office
//! (stance_office_holders.txt): "Ministers must now act" is the author's
//! call on them.

use crate::lexicon::List as Words;
use crate::stance::model::{Evidence, Feature};
use crate::stance::phrases::{List, Phrase};
use crate::stance::SignalKind;
use crate::token::Token;
use crate::Span;

/// Requirements rather than prescriptions.
const NECESSITY: [[&str; 2]; 4] = [
    ["need", "to"],
    ["needs", "to"],
    ["has", "to"],
    ["have", "to"],
];

pub(crate) fn detect(text: &str, claim: Span, phrases: &[Phrase], out: &mut Vec<Evidence>) {
    for p in phrases.iter().filter(|p| p.list == List::Prescriptive) {
        let Some(words) = text.get(p.span.range()) else {
            continue;
        };
        let necessity = NECESSITY.iter().any(|n| {
            let mut found = crate::token::pieces(words);
            n.iter()
                .all(|w| found.next().is_some_and(|f| f.eq_ignore_ascii_case(w)))
                && found.next().is_none()
        });
        if conditional(text, p.span.start) {
            continue;
        }
        let subject = word_before(text, claim, p.span.start);
        let in_office = subject.is_some_and(|t| t.is_in(Words::StanceOfficeHolders));
        let rule_bound = subject.is_some_and(|t| t.is_in(Words::StanceRuleBound))
            && words.eq_ignore_ascii_case("must");
        let w = if necessity || rule_bound || stated_rule(text, p.span.end) && !in_office {
            Feature::Plan
        } else {
            Feature::Prescriptive
        };
        out.push(Evidence::new(p.span, SignalKind::Prescriptive, w));
    }
}

/// "must still be approved", "must now pay", "must first register": a
/// time word after the modal states a rule or a step in a procedure, as a
/// report does; the author's "must" prescribes without one.
fn stated_rule(text: &str, end: usize) -> bool {
    text.get(end..)
        .and_then(|rest| crate::token::pieces(rest).next())
        .is_some_and(|w| {
            [
                "still", "now", "first", "then", "also", "legally", "by", "within",
            ]
            .iter()
            .any(|t| w.eq_ignore_ascii_case(t))
        })
}

/// The word just before the modal, in the claim: its subject's head when
/// the modal follows it ("Drivers must", "the council should").
fn word_before(text: &str, claim: Span, at: usize) -> Option<Token> {
    let mut last = None;
    if at > claim.start {
        crate::token::each_in(text, Span::new(claim.start, at), |t| {
            last = t.word().map(|_| t);
        });
    }
    last
}

/// "if it should continue", "whether they must": a condition, not an order.
/// Looks at the two words before the modal.
fn conditional(text: &str, at: usize) -> bool {
    let Some(before) = text.get(..at) else {
        return false;
    };
    before
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .rev()
        .take(2)
        .any(|w| {
            ["if", "whether", "lest", "unless"]
                .iter()
                .any(|c| w.eq_ignore_ascii_case(c))
        })
}

#[cfg(test)]
mod tests {
    use crate::stance::testing::{assert_attributed, assert_stance};
    use crate::stance::SignalKind::*;
    use crate::stance::StanceKind::*;

    #[test]
    fn the_authors_should_is_opinion() {
        assert_stance(
            "Washington should end the talks at once.",
            Opinion,
            &[("should", Prescriptive)],
        );
        assert_stance(
            "It is time to admit the policy has failed.",
            Opinion,
            &[("It is time", Prescriptive)],
        );
    }

    #[test]
    fn a_stated_rule_is_reporting() {
        assert_stance(
            "The agreement must still be approved by the European Parliament.",
            Reporting,
            &[("must", Prescriptive), ("European Parliament", Specifics)],
        );
        assert_stance(
            "Drivers must now pay through an app.",
            Reporting,
            &[("must", Prescriptive)],
        );
    }

    #[test]
    fn a_rule_laid_on_a_class_of_people_is_reporting() {
        assert_stance(
            "Drivers must carry a licence.",
            Reporting,
            &[("must", Prescriptive)],
        );
        // "should" laid on them is still the author's advice.
        assert_stance(
            "Drivers should slow down.",
            Opinion,
            &[("should", Prescriptive)],
        );
    }

    #[test]
    fn must_now_on_someone_in_office_is_the_authors_call() {
        assert_stance(
            "Ministers must now act.",
            Opinion,
            &[("must", Prescriptive)],
        );
        assert_stance(
            "The council should now think again.",
            Opinion,
            &[("should", Prescriptive)],
        );
        // The same time word on the public is a step in a procedure.
        assert_stance(
            "Passengers must now book online.",
            Reporting,
            &[("must", Prescriptive)],
        );
    }

    #[test]
    fn a_requirement_alone_is_reporting() {
        assert_stance(
            "The agreement still needs to be ratified by members.",
            Reporting,
            &[("needs to", Prescriptive)],
        );
    }

    #[test]
    fn a_conditional_should_is_no_prescription() {
        assert_stance(
            "If prices should continue to rise, the bank raises its rates.",
            Reporting,
            &[],
        );
    }

    #[test]
    fn must_have_is_a_guess_not_an_order() {
        assert_stance(
            "He must have known about the deal.",
            Opinion,
            &[("must have", Speculation)],
        );
    }

    #[test]
    fn a_sources_should_is_reporting() {
        assert_attributed(
            "The senator said lawmakers should act.",
            "The senator",
            "said",
            Reporting,
            &[("should", Prescriptive)],
        );
    }
}
