//! Published research as a source. A study is the work of researchers the
//! reader can look up (LABELS.md: "universities' researchers ... are
//! named"), so "a study published Monday in the Journal of Prairie Ecology
//! found" is named even where the article does not name its authors; and
//! "the researchers", "the team", "the authors" after it are its authors,
//! the same source. "Studies show" and "a growing body of research" are
//! no one study and stay vague.

use super::words::words;
use crate::lexicon::{Lexeme, List};
use crate::Span;

/// Whether `head` (a document's head word, as written) names one piece of
/// published research: "study", "paper".
pub fn is_paper(head: &str) -> bool {
    Lexeme::of(head).is_in(List::ResearchPapers)
}

/// Whether `head` (the singular head of a definite description, lower
/// case) names the people behind a study: "researcher", "team".
pub fn is_authors(head: &str) -> bool {
    List::ResearchAuthors.contains(head)
}

/// Whether the source words `source` cite a study ("a study published
/// Monday", "the paper").
pub fn cites_paper(text: &str, source: Span) -> bool {
    words(text, source, &[])
        .iter()
        .any(|w| w.is_in(List::ResearchPapers))
}

/// How far back from "the authors" a study is looked for, in bytes: a few
/// paragraphs. The walk reads every word in it, so it must not reach back
/// over a whole paste (a 10 MB paste made the reading quadratic and held a
/// word list of the whole text at once).
const PAPER_LOOKBACK: usize = 2_000;

/// The stretch before `at`, within [`PAPER_LOOKBACK`] bytes and not before
/// the body's start, where a study "the authors" wrote is looked for.
pub fn lookback(text: &str, at: usize, body_start: usize) -> Span {
    let mut from = at.saturating_sub(PAPER_LOOKBACK).max(body_start.min(at));
    while !text.is_char_boundary(from) {
        from += 1;
    }
    Span::new(from, at)
}

/// Whether `head` names the people who wrote a study, and no one else:
/// "author", "researcher", "scientist". ("The team" is a sports side as
/// often as a study's; it needs a cited study, see [`is_authors`].)
pub fn is_writers(head: &str) -> bool {
    matches!(head, "author" | "researcher" | "scientist")
}

/// The last word of the text in `before` that names a study ("The study
/// also linked ..."), when there is one: "the authors" after it are the
/// study's, even where the sentence that named it cited no one.
pub fn paper_before(text: &str, before: Span) -> Option<Span> {
    words(text, before, &[])
        .iter()
        .rev()
        .find(|w| w.is_in(List::ResearchPapers))
        .map(|w| w.span)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{analyze_text, AttributionKind};
    use AttributionKind::*;

    fn kinds(text: &str) -> Vec<(AttributionKind, Option<&str>)> {
        analyze_text(text)
            .unwrap()
            .claims
            .iter()
            .map(|c| (c.attribution.kind, c.attribution.source.map(|s| s.of(text))))
            .collect()
    }

    #[test]
    fn words_of_research() {
        assert!(is_paper("Study") && is_paper("paper"));
        assert!(!is_paper("studies") && !is_paper("report"));
        assert!(is_authors("researcher") && is_authors("team"));
        assert!(!is_authors("official"));
        let text = "a study published Monday";
        assert!(cites_paper(text, Span::new(0, text.len())));
        let text = "a growing body of research";
        assert!(!cites_paper(text, Span::new(0, text.len())));
    }

    #[test]
    fn a_study_and_its_authors_are_named() {
        let got = kinds(
            "Urban bees are adapting to heat, according to a study published on Monday. \
             The researchers sampled bees in 12 cities. \
             The team found that heat-tolerant genes had doubled.",
        );
        assert_eq!(got[0].0, Named, "{got:?}");
        assert_eq!(got.last().unwrap(), &(Named, Some("The team")), "{got:?}");
    }

    #[test]
    fn a_study_with_long_authors_and_an_aside_is_named() {
        let got = kinds(
            "A 2017 study by researchers at the Kenya Medical Research Institute, \
             published in the journal BMC Public Health, found that outbreaks were \
             concentrated in informal settlements.",
        );
        assert_eq!(got[0].0, Named, "{got:?}");
    }

    #[test]
    fn the_authors_of_a_study_that_cited_no_one_are_named() {
        // #14, held-out 27: the study is told of as a finding ("The study
        // also linked ..."), not cited as a source; "The authors" after it
        // are still its authors.
        let got = kinds(
            "The study also linked heavier plastic loads to shorter wings. \
             The authors wrote that lighter fledglings are less likely to survive.",
        );
        assert_eq!(got[1], (Named, Some("The authors")), "{got:?}");
        // No study before: the authors are no one the reader can identify.
        let got = kinds("The authors wrote that lighter fledglings die.");
        assert_ne!(got[0].0, Named, "{got:?}");
    }

    #[test]
    fn a_team_with_no_study_before_it_is_not_its_authors() {
        let got = kinds(
            "The club confirmed the signing on Friday. \
             The team said the striker would wear number nine.",
        );
        assert_ne!(got[1].0, Named, "{got:?}");
    }

    #[test]
    fn research_in_general_stays_vague() {
        let got = kinds("A growing body of research suggests that naps help memory.");
        assert_ne!(got[0].0, Named, "{got:?}");
    }

    #[test]
    fn the_study_is_looked_for_a_few_paragraphs_back_only() {
        let text = "é".repeat(1_500) + "The study found it.";
        let at = text.len();
        let span = lookback(&text, at, 0);
        assert!(at - span.start <= PAPER_LOOKBACK, "{span:?}");
        assert!(text.is_char_boundary(span.start));
        assert_eq!(lookback(&text, at, at - 10).start, at - 10);
    }
}
