//! Pretence: the author setting what happened against what someone acts out
//! or admits ("said, as if he had arranged it personally", "treated a public
//! service as if every resident were already a customer", "the politics are
//! less tidy than either party admits").
//!
//! Decision (LABELS.md: irony is opinion): "as if" and "as though" compare
//! the facts with a supposition the author makes up, which is the author's
//! reading of the behaviour, not a report of it; a comparison whose measure
//! is what someone "admits" or "lets on" says that the truth is otherwise
//! than they grant, a verdict on them. Both count as irony (a judgment). A
//! comparison with what someone expected or forecast measures a fact
//! against a figure and is no pretence ("sales rose more than analysts
//! expected"). In a quotation or in reported speech the words are the
//! source's, and the voice drops them.

use std::borrow::Cow;

use crate::stance::model::{Evidence, Feature};
use crate::stance::SignalKind;
use crate::Span;

/// How many words after "than" its verb of admitting may come: "than either
/// party admits", "than the ministry has so far let on".
const REACH: usize = 6;

pub(crate) fn detect(text: &str, claim: Span, out: &mut Vec<Evidence>) {
    // Most claims hold neither word: no tokens are read for them.
    let Some(slice) = text.get(claim.range()) else {
        return;
    };
    if !["as ", "As ", "than "].iter().any(|w| slice.contains(w)) {
        return;
    }
    let mut words: Vec<(Span, Cow<str>, bool)> = Vec::new();
    crate::token::each_in(text, claim, |t| {
        if let Some(w) = t.word() {
            words.push((w, t.lower(text), t.ends_phrase()));
        }
    });
    for (i, (span, word, _)) in words.iter().enumerate() {
        let next = words.get(i + 1).map(|(s, w, _)| (*s, w.as_ref()));
        match (word.as_ref(), next) {
            ("as", Some((end, "if" | "though"))) => {
                out.push(Evidence::new(
                    Span::new(span.start, end.end),
                    SignalKind::Irony,
                    Feature::Judgment,
                ));
            }
            ("than", _) => {
                if let Some(end) = admitted(&words[i + 1..]) {
                    out.push(Evidence::new(
                        Span::new(span.start, end.end),
                        SignalKind::Irony,
                        Feature::Judgment,
                    ));
                }
            }
            _ => {}
        }
    }
}

/// The verb of admitting that closes a comparison with what someone grants
/// ("admits", "acknowledged", "let on", "would have you believe"), within
/// the comparison's clause: "than before, and officials admitted ..." is
/// another statement.
fn admitted(after: &[(Span, Cow<str>, bool)]) -> Option<Span> {
    let words: Vec<&str> = after
        .iter()
        .take(REACH)
        .map(|(_, w, _)| w.as_ref())
        .collect();
    for (k, w) in words.iter().enumerate() {
        let next = words.get(k + 1).copied();
        let found = match *w {
            "admit" | "admits" | "admitted" | "acknowledge" | "acknowledges" | "acknowledged"
            | "concede" | "concedes" | "conceded" => Some(k),
            "let" | "lets" if next == Some("on") => Some(k + 1),
            "have" if next == Some("you") && words.get(k + 2) == Some(&"believe") => Some(k + 2),
            _ => None,
        };
        if let Some(last) = found {
            return Some(after[last].0);
        }
        if after[k].2 {
            return None;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::stance::testing::{assert_attributed, assert_stance, assert_stance_in};
    use crate::stance::SignalKind::*;
    use crate::stance::StanceKind::*;

    #[test]
    fn as_if_in_the_authors_voice_is_irony() {
        assert_stance(
            "The council treated the depot as if it were a private garage.",
            Opinion,
            &[("as if", Irony)],
        );
        assert_stance(
            "The minister walked in as though he had won.",
            Opinion,
            &[("as though", Irony)],
        );
    }

    #[test]
    fn a_comparison_with_what_someone_admits_is_irony() {
        assert_stance(
            "The deficit is larger than the ministry admits.",
            Opinion,
            &[("than the ministry admits", Irony)],
        );
        assert_stance(
            "The repairs took longer than the company has let on.",
            Opinion,
            &[("than the company has let on", Irony)],
        );
    }

    #[test]
    fn a_comparison_with_a_forecast_or_a_plain_as_reports() {
        assert_stance("Sales rose more than analysts expected.", Reporting, &[]);
        assert_stance("The road is as wide as the old one.", Reporting, &[]);
        assert_stance("The levy is higher than in the spring.", Reporting, &[]);
    }

    /// The voice classes: the same pretence is opinion in the author's
    /// words, reporting in a quotation and in reported speech.
    #[test]
    fn a_pretence_in_someone_elses_words_is_reporting() {
        let quoted = "\u{201c}They treated the depot as if it were a garage.\u{201d}";
        assert_stance_in(quoted, Reporting, &[], &[quoted]);
        assert_attributed(
            "The depot was treated as if it were a garage, the union said.",
            "the union",
            "said",
            Reporting,
            &[("as if", Irony)],
        );
    }
}
