//! A forecast with its figure: "Kestrel forecast fourth-quarter revenue of
//! $2.20 billion", "the RBI projected economic growth of 6.8%", "The group
//! now expects full-year operating profit of £380mn", "Economists polled by
//! MarketDesk had expected a 17% decline". Whoever puts a number on what is
//! to come gives a view of their own, so the verb is a cue of belief with
//! no clause after it; the source is its subject as for any verb (a company
//! or a central bank speaking as such is official, LABELS.md rule 1).
//!
//! Not a forecast: the noun ("its earlier forecast of 7%", "a forecast
//! 5% rise" - a determiner before, or "of" after), the passive ("growth is
//! projected to reach 5%", a vague cue of its own), an infinitive after
//! ("is expected to", "projected to cost"), and a verb with no figure
//! close after it ("Farmers expect rain").

use crate::lexicon::{Lexeme, List};
use crate::Span;

/// The most words after the verb in which its figure stands.
const MOST_WORDS_TO_FIGURE: usize = 8;

/// Whether the verb `verb` between the spans `before` and `rest` of `text`
/// forecasts a figure. The words either side are the token layer's, read
/// back from the verb and on after it.
pub(super) fn figure_follows(text: &str, before: Span, verb: &str, rest: Span) -> bool {
    // The words before and after the verb that rule a forecast out are
    // lists (cue_forecast_not_before.txt, cue_forecast_not_after.txt),
    // asked of the whole token, punctuation included, as the words were
    // compared when they were arrays here.
    let is = |w: &str, list: List| Lexeme::of(w).is_in(list);
    if !Lexeme::of(verb).is_in(List::CueVerbsForecast) {
        return false;
    }
    let prev = crate::token::lend_both(text, before, |mut back| back.next_back());
    let Some(prev) = prev.map(|t| t.span().of(text)) else {
        return false;
    };
    if is(prev, List::CueForecastNotBefore) || !prev.chars().any(char::is_alphanumeric) {
        return false;
    }
    crate::token::lend_both(text, rest, |after| {
        let mut after = after.map(|t| t.span().of(text)).peekable();
        if after
            .peek()
            .is_none_or(|w| is(w, List::CueForecastNotAfter))
        {
            return false;
        }
        after
            .take_while(|w| !matches!(*w, "," | ";" | ":" | "." | "(" | ")"))
            .take(MOST_WORDS_TO_FIGURE)
            .any(|w| w.bytes().any(|b| b.is_ascii_digit()))
    })
}

#[cfg(test)]
mod tests {
    use super::{Lexeme, List, Span};

    /// The verb between the words `before` and `rest`, in one text.
    fn figure_follows(before: &str, verb: &str, rest: &str) -> bool {
        let text = format!("{before}{verb}{rest}");
        let at = before.len() + verb.len();
        super::figure_follows(
            &text,
            Span::new(0, before.len()),
            verb,
            Span::new(at, text.len()),
        )
    }

    /// The lists hold the words the rule compared when they were arrays
    /// here, and answer for them in any case.
    #[test]
    fn the_lists_are_the_arrays_they_were() {
        let not_before = [
            "is", "are", "was", "were", "be", "been", "being", "than", "as", "to",
        ];
        let not_after = [
            "to", "of", "that", "by", "for", "once", "in", "at", "on", "over", "within", "around",
            "about", "between", "from", "under", "during", "after", "before", "since", "until",
            "when", "with", "later", "earlier", "every", "each",
        ];
        for (list, file, words) in [
            (
                List::CueForecastNotBefore,
                crate::lexicon::list!("cue_forecast_not_before.txt"),
                &not_before[..],
            ),
            (
                List::CueForecastNotAfter,
                crate::lexicon::list!("cue_forecast_not_after.txt"),
                &not_after[..],
            ),
        ] {
            let entries: Vec<&str> = crate::lexicon::entries(file).collect();
            assert_eq!(entries, words, "{list:?}");
            for w in words {
                assert!(Lexeme::of(w).is_in(list), "{w}");
                assert!(Lexeme::of(&w.to_uppercase()).is_in(list), "{w}");
                assert!(!Lexeme::of(&format!("{w},")).is_in(list), "{w}");
            }
        }
    }

    #[test]
    fn a_figure_after_the_verb_makes_a_forecast() {
        assert!(figure_follows(
            "Kestrel",
            "forecast",
            " fourth-quarter revenue of $2.20 billion to $2.30 billion."
        ));
        assert!(figure_follows(
            "Citing weaker farm output, the RBI",
            "projected",
            " economic growth of 6.8% for 2024-25."
        ));
        assert!(figure_follows(
            "The group now",
            "expects",
            " full-year operating profit of £380mn."
        ));
    }

    #[test]
    fn no_figure_a_noun_or_a_passive_is_no_forecast() {
        assert!(!figure_follows("Farmers", "expect", " rain next week."));
        assert!(!figure_follows(
            "down from its earlier",
            "forecast",
            " of 7%."
        ));
        assert!(!figure_follows("Growth is", "projected", " to reach 5%."));
        assert!(!figure_follows("The plant,", "projected", " to cost $5m,"));
        assert!(!figure_follows("", "forecast", " 5% growth"));
        assert!(!figure_follows(
            "against a flood of the size",
            "expected",
            " once in 100 years"
        ));
        assert!(!figure_follows(
            "Analysts",
            "expect",
            " the outage to come up, and sales of 5 million"
        ));
    }
}
