//! Stance: is a claim the author's opinion, or reporting?
//!
//! See ../shared/LABELS.md, "Stance". Words inside quotation marks belong to
//! the quoted source, not the author; an attributed claim is reporting unless
//! the author frames it.

use crate::Span;

/// The stance label of one claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StanceKind {
    Opinion,
    Reporting,
}

impl StanceKind {
    pub fn as_str(self) -> &'static str {
        match self {
            StanceKind::Opinion => "opinion",
            StanceKind::Reporting => "reporting",
        }
    }
}

/// The kind of evidence a [`Signal`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SignalKind {
    FirstPerson,
    Evaluative,
    Hedge,
    Certainty,
    Prescriptive,
    RhetoricalQuestion,
    LoadedWording,
    AuthorFraming,
    Attributed,
}

impl SignalKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SignalKind::FirstPerson => "first-person",
            SignalKind::Evaluative => "evaluative",
            SignalKind::Hedge => "hedge",
            SignalKind::Certainty => "certainty",
            SignalKind::Prescriptive => "prescriptive",
            SignalKind::RhetoricalQuestion => "rhetorical-question",
            SignalKind::LoadedWording => "loaded-wording",
            SignalKind::AuthorFraming => "author-framing",
            SignalKind::Attributed => "attributed",
        }
    }
}

/// One piece of evidence for a stance: the words and the signal they are.
#[derive(Clone, Debug, PartialEq)]
pub struct Signal {
    pub span: Span,
    pub signal: SignalKind,
}

/// A claim's stance with its score in `[0, 1]` (1 = clearly the author's
/// opinion) and the signals behind it.
#[derive(Clone, Debug, PartialEq)]
pub struct Stance {
    pub kind: StanceKind,
    pub score: f32,
    pub reasons: Vec<Signal>,
}

/// What the stance detector needs to know about a claim besides its words.
#[derive(Clone, Copy, Debug, Default)]
pub struct Context<'a> {
    /// Quotation spans inside the claim: their words are the source's.
    pub quotes: &'a [Span],
    /// The attribution's source and cue spans, when the claim is attributed
    /// (they may lie outside the claim when attribution was carried forward).
    pub source: Option<Span>,
    pub cue: Option<Span>,
    /// True when the claim is attributed to anyone (any kind but unattributed).
    pub attributed: bool,
}

/// Labels the stance of the claim `claim` of `text`.
pub fn assess(text: &str, claim: Span, context: &Context<'_>) -> Stance {
    let _ = (text, context);
    let _ = claim;
    Stance {
        kind: StanceKind::Reporting,
        score: 0.0,
        reasons: Vec::new(),
    }
}
