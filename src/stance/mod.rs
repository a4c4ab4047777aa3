//! Stance: is a claim the author's opinion, or reporting?
//!
//! See ../shared/LABELS.md, "Stance". Words inside quotation marks belong to
//! the quoted source, not the author; an attributed claim is reporting unless
//! the author frames it.
//!
//! Voice before words: `voice.rs` first decides whose words each stretch of
//! the claim is (the author's narration, the author framing a source, a
//! quotation, reported speech or thought, a title or name); one detector
//! per file then finds the signals, and `model.rs` weighs those in the
//! author's voice with weights fitted to the project's labelled claims
//! (`fit.rs`, `src/lexicon/stance_weights.txt`). Word lists are
//! `src/lexicon/stance_*.txt`, compiled once into one regex (`phrases.rs`).

mod argument;
mod characterisation;
mod clause;
mod context;
mod copula_aside;
mod cues;
mod emphasis;
mod evaluative;
mod first_person;
mod fronted;
mod generalisation;
mod hedges;
mod imperative;
mod modal;
mod model;
mod phrases;
mod prescriptive;
mod pretence;
mod question;
mod second_person;
mod specifics;
mod verdict;
mod voice;

#[cfg(test)]
mod eval;
#[cfg(test)]
mod fit;
#[cfg(test)]
pub(crate) mod testing;

pub(crate) use context::questions as weigh_questions_by_article;

use crate::attribution::Cue;
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
    /// Emphatic adverbs and amplifiers ("utterly", "truly").
    Intensifier,
    /// Prediction or speculation by the author ("is bound to", "must have").
    Speculation,
    /// Argumentative connectives ("after all", "in other words").
    Argument,
    /// An exclamation mark outside quotation marks.
    Exclamation,
    /// Precise figures: evidence of reporting, not of opinion.
    Specifics,
    /// Sweeping generalisations ("no one", "always", "nobody knows").
    Generalisation,
    /// Irony and distancing by the author ("ostensibly", "self-proclaimed").
    Irony,
    /// The author addressing the reader in the imperative ("Consider ...").
    Address,
    /// The author speaking to the reader as "you" ("your shift changes").
    SecondPerson,
    /// A claim whose subject only points back, asserted with a copula:
    /// the author's verdict on what came before ("That is not a no.").
    Verdict,
    /// The author's aside breaking a copula ("is, unmistakably, a
    /// garden-party man").
    Aside,
    /// The author classing the subject with one bare noun ("is not a
    /// luxury", "is a gamble").
    Characterisation,
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
            SignalKind::Intensifier => "intensifier",
            SignalKind::Speculation => "speculation",
            SignalKind::Argument => "argument",
            SignalKind::Exclamation => "exclamation",
            SignalKind::Specifics => "specifics",
            SignalKind::Generalisation => "generalisation",
            SignalKind::Irony => "irony",
            SignalKind::Address => "address",
            SignalKind::SecondPerson => "second-person",
            SignalKind::Verdict => "verdict",
            SignalKind::Aside => "aside",
            SignalKind::Characterisation => "characterisation",
        }
    }
}

/// One piece of evidence for a stance: the words, the signal they are, the
/// weight the model gives that signal (positive: opinion; the sum of the
/// weights and the model's bias is the claim's evidence) and whose voice
/// the words are in (`author`, `framing`, `reported`, `source`).
#[derive(Clone, Debug, PartialEq)]
pub struct Signal {
    pub span: Span,
    pub signal: SignalKind,
    pub weight: f32,
    pub voice: &'static str,
}

/// A claim's stance with its score in `[0, 1]` (1 = clearly the author's
/// opinion) and the signals behind it.
#[derive(Clone, Debug, PartialEq)]
pub struct Stance {
    pub kind: StanceKind,
    pub score: f32,
    pub reasons: Vec<Signal>,
    /// The model's feature values (see `model.rs`), for fitting (kept in
    /// tests only: 4 bytes a feature a claim).
    #[cfg(test)]
    pub(crate) features: model::Features,
}

/// What the stance detector needs to know about a claim besides its words.
#[derive(Clone, Copy, Debug, Default)]
pub struct Context<'a> {
    /// Quotation spans inside the claim: their words are the source's.
    pub quotes: &'a [Span],
    /// The attribution cues of the claim's sentence (`attribution::cues`):
    /// what follows a verb of saying or thinking inside the claim is
    /// someone else's words (`cues.rs`).
    pub cues: &'a [Cue],
    /// The attribution's source and cue spans, when the claim is attributed
    /// (they may lie outside the claim when attribution was carried forward).
    pub source: Option<Span>,
    pub cue: Option<Span>,
    /// True when the claim is attributed to anyone (any kind but unattributed).
    pub attributed: bool,
}

/// Labels the stance of the claim `claim` of `text`.
///
/// Never panics: a claim span outside `text` or off a character boundary is
/// reporting with no reasons; context spans outside the claim are ignored
/// except to mark the claim as carried-forward attribution.
pub fn assess(text: &str, claim: Span, context: &Context<'_>) -> Stance {
    if text.get(claim.range()).is_none() {
        return Stance {
            kind: StanceKind::Reporting,
            score: 0.0,
            reasons: Vec::new(),
            #[cfg(test)]
            features: [0.0; model::FEATURES],
        };
    }
    // Every detector reads the claim's tokens: read once, kept at hand.
    crate::token::remember(text, claim);
    let mut found = phrases::find(text, claim);
    let names = specifics::names(text, claim);
    let connectives: Vec<Span> = found
        .iter()
        .filter(|p| p.list.is_connective())
        .map(|p| p.span)
        .collect();
    let voice = voice::Voice::new(text, claim, context, &names, &connectives);
    let mut evidence = Vec::with_capacity(found.len() + 2);
    emphasis::detect(text, claim, &mut found, &mut evidence);
    first_person::detect(text, claim, &found, &mut evidence);
    fronted::detect(text, claim, &mut evidence);
    evaluative::detect(text, claim, &found, &mut evidence);
    hedges::detect(&found, &mut evidence);
    modal::detect(text, claim, &found, &mut evidence);
    prescriptive::detect(text, claim, &found, &mut evidence);
    argument::detect(text, claim, &found, &mut evidence);
    generalisation::detect(&found, &mut evidence);
    imperative::detect(text, claim, &mut evidence);
    second_person::detect(text, claim, &mut evidence);
    verdict::detect(text, claim, &mut evidence);
    verdict::phrases(text, claim, &found, &mut evidence);
    copula_aside::detect(text, claim, context.cues, &mut evidence);
    pretence::detect(text, claim, &mut evidence);
    characterisation::detect(text, claim, &mut evidence);
    question::detect(text, claim, &voice, &mut evidence);
    specifics::detect(text, claim, &found, &names, &mut evidence);
    let attribution = if context.attributed {
        [context.cue, context.source]
            .into_iter()
            .flatten()
            .find(|s| text.get(s.range()).is_some())
    } else {
        None
    };
    model::judge(evidence, &voice, attribution)
}
