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

/// The most words after the verb in which its figure stands.
const MOST_WORDS_TO_FIGURE: usize = 8;

/// Words before the verb that make it a passive or an adjective.
const NOT_BEFORE: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "than", "as", "to",
];

/// Words right after the verb that make it no forecast of a figure: an
/// infinitive, a noun's "of", and the prepositions and adverbs after a
/// participle that describes a noun ("a flood of the size expected once
/// in 100 years", "the rise expected in 2026").
const NOT_AFTER: &[&str] = &[
    "to", "of", "that", "by", "for", "once", "in", "at", "on", "over", "within", "around", "about",
    "between", "from", "under", "during", "after", "before", "since", "until", "when", "with",
    "later", "earlier", "every", "each",
];

/// Whether the verb `verb` between `before` and `rest` forecasts a figure.
pub(super) fn figure_follows(before: &str, verb: &str, rest: &str) -> bool {
    let is = |w: &str, words: &[&str]| words.iter().any(|x| w.eq_ignore_ascii_case(x));
    if !crate::lexicon::Lexeme::of(verb).is_in(crate::lexicon::List::CueVerbsForecast) {
        return false;
    }
    let Some(prev) = crate::token::pieces(before).next_back() else {
        return false;
    };
    if is(prev, NOT_BEFORE) || !prev.chars().any(char::is_alphanumeric) {
        return false;
    }
    let mut after = crate::token::pieces(rest);
    if after.clone().next().is_none_or(|w| is(w, NOT_AFTER)) {
        return false;
    }
    after
        .by_ref()
        .take_while(|w| !matches!(*w, "," | ";" | ":" | "." | "(" | ")"))
        .take(MOST_WORDS_TO_FIGURE)
        .any(|w| w.bytes().any(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::figure_follows;

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
