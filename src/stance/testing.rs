//! Shared helpers for the detectors' unit tests.

use crate::stance::{assess, Context, SignalKind, StanceKind};
use crate::Span;

fn span_of(text: &str, words: &str) -> Span {
    let start = text
        .find(words)
        .unwrap_or_else(|| panic!("{words:?} not in {text:?}"));
    Span::new(start, start + words.len())
}

/// Checks the claim that is all of `text`, with the cues the attribution
/// module finds in it outside `context.quotes`, as the analysis passes them.
fn check(text: &str, context: &Context<'_>, kind: StanceKind, signals: &[(&str, SignalKind)]) {
    let claim = Span::new(0, text.len());
    let cues = crate::attribution::cues(text, claim, context.quotes);
    let context = Context {
        cues: &cues,
        ..*context
    };
    let stance = assess(text, claim, &context);
    let got: Vec<(&str, SignalKind)> = stance
        .reasons
        .iter()
        .filter(|s| s.signal != SignalKind::Attributed)
        .map(|s| (s.span.of(text), s.signal))
        .collect();
    assert_eq!(
        stance.kind, kind,
        "{text:?}: score {} from {got:?}",
        stance.score
    );
    assert_eq!(got, signals, "{text:?}");
    assert!((0.0..=1.0).contains(&stance.score));
    assert_eq!(stance.kind == StanceKind::Opinion, stance.score >= 0.5);
}

/// Asserts the stance and the signals (words and kinds, in text order, the
/// `Attributed` marker left out) of an unattributed claim without quotes.
pub(crate) fn assert_stance(text: &str, kind: StanceKind, signals: &[(&str, SignalKind)]) {
    check(text, &Context::default(), kind, signals);
}

/// As [`assert_stance`], with the given quotations.
pub(crate) fn assert_stance_in(
    text: &str,
    kind: StanceKind,
    signals: &[(&str, SignalKind)],
    quotes: &[&str],
) {
    let quotes: Vec<Span> = quotes.iter().map(|q| span_of(text, q)).collect();
    check(
        text,
        &Context {
            quotes: &quotes,
            ..Context::default()
        },
        kind,
        signals,
    );
}

/// As [`assert_stance`], for a claim attributed to `source` by `cue`.
pub(crate) fn assert_attributed(
    text: &str,
    source: &str,
    cue: &str,
    kind: StanceKind,
    signals: &[(&str, SignalKind)],
) {
    let context = Context {
        quotes: &[],
        cues: &[],
        source: Some(span_of(text, source)),
        cue: Some(span_of(text, cue)),
        attributed: true,
    };
    check(text, &context, kind, signals);
}
