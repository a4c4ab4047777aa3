//! The scoring model: how much each signal weighs, how signals combine, and
//! how attribution damps them.
//!
//! The model is additive and small enough to explain to an editor:
//!
//! 1. Every signal carries a weight: roughly, 1.0 is "enough on its own to
//!    call the claim the author's opinion". A judgment the claim asserts
//!    ("is the perfect man", "made bizarre accusations"), a prescription
//!    ("should") or a rhetorical question weigh about 1; hedges, boosters
//!    and first person somewhat less (they show the author's voice, not yet
//!    a judgment); loaded wording and intensifiers little (they colour
//!    reporting too). The weights live in [`weight`].
//! 2. Who speaks decides whether a signal counts (see `voice.rs`): words in
//!    quotation marks and in the source's name are dropped; words in the
//!    reported content of an attributed claim are the source's and count a
//!    quarter; judging words in the author's framing of an attributed claim
//!    ("made the absurd claim", "Predictably, the ministry ...") become
//!    author framing and count fully, since LABELS.md makes them opinion.
//! 3. Signals add up with diminishing returns: sorted strongest first, each
//!    further one counts [`DECAY`] times the one before, because judging
//!    words cluster and the fifth adds less than the second.
//! 4. Specifics (figures, names) are evidence of reporting and subtract a
//!    little, together at most [`weight::SPECIFICS_FLOOR`], never enough to
//!    overturn an asserted judgment.
//! 5. The evidence `z` maps to a score in `[0, 1]` by a logistic curve
//!    centred on [`THRESHOLD`]: score 0.5 exactly when `z` reaches it, so
//!    "opinion iff score >= 0.5" means "opinion iff the evidence reaches 1".
//!
//! The weights were set by hand from the reasoning above, then adjusted by
//! looking at errors on the CheckThat! train split only (never dev or
//! dev-test); nothing was fitted automatically.

use crate::stance::voice::{Owner, Voice};
use crate::stance::{Signal, SignalKind, Stance, StanceKind};
use crate::Span;

/// The weights of the signals, in units of "enough evidence on its own".
pub(crate) mod weight {
    /// "I think", "I recently thought": the author stating a view.
    pub const FIRST_PERSON_SINGULAR: f32 = 1.3;
    /// "we argued", "we must", "let's": the author arguing with or for the
    /// reader.
    pub const FIRST_PERSON_PLURAL: f32 = 1.3;
    /// "our car slid off the road", "my husband is 84", "in our test": the
    /// author narrating, in the claim but not yet judging.
    pub const FIRST_PERSON_NARRATING: f32 = 0.9;
    /// A judging word the claim asserts: after a copula ("is the perfect man").
    pub const EVALUATIVE_PREDICATE: f32 = 1.5;
    /// A judging word on the main subject or event ("made bizarre accusations").
    pub const EVALUATIVE_MAIN: f32 = 1.3;
    /// A judging word tucked in a modifying phrase ("the head of notorious
    /// terrorist X"): shown as loaded wording.
    pub const EVALUATIVE_MODIFIER: f32 = 0.8;
    /// A judging word in a side clause: a stock description, loaded wording.
    pub const EVALUATIVE_SIDE: f32 = 0.5;
    /// A weakly evaluative word ("serious", "tragedy") the clause asserts.
    pub const WEAK_PREDICATE: f32 = 1.0;
    /// A weakly evaluative word in the main clause.
    pub const WEAK_MAIN: f32 = 0.6;
    /// A weakly evaluative word in a side clause or modifying phrase.
    pub const WEAK_SIDE: f32 = 0.3;
    /// Loaded wording that newsrooms also use as description ("harsh").
    pub const LOADED: f32 = 0.7;
    /// Loaded wording asserted by the clause ("the crackdown was brutal").
    pub const LOADED_PREDICATE: f32 = 0.6;
    /// Loaded wording in a side clause or modifying phrase.
    pub const LOADED_SIDE: f32 = 0.4;
    /// A loaded metaphor or idiom ("bigger fish to fry").
    pub const METAPHOR: f32 = 1.3;
    /// A loaded metaphor in a side clause or modifying phrase.
    pub const METAPHOR_SIDE: f32 = 0.5;
    /// An intensifier ("utterly", "truly").
    pub const INTENSIFIER: f32 = 1.05;
    /// A mild intensifier ("completely", "far more").
    pub const MILD_INTENSIFIER: f32 = 0.6;
    /// Irony or distancing by the author ("ostensibly", "self-proclaimed").
    pub const IRONY: f32 = 1.05;
    /// A hedge by the author ("perhaps", "probably").
    pub const HEDGE: f32 = 1.3;
    /// A mild hedge ("it appears", "tends to", "likely"): reports weigh
    /// evidence with these too.
    pub const MILD_HEDGE: f32 = 1.05;
    /// Speculation or prediction by the author ("is bound to", "must have").
    pub const SPECULATION: f32 = 1.3;
    /// A modal of possibility or prediction ("will", "could", "may"): the
    /// author's prediction (LABELS.md), but also how reports state plans,
    /// so enough only with the [`GENERAL`] bonus or another clue.
    pub const MODAL: f32 = 0.6;
    /// A modal of ability ("can", "cannot") or an announced arrangement
    /// ("will be held"): mostly a fact, not the author's prediction.
    pub const LIGHT_MODAL: f32 = 0.3;
    /// A sweeping generalisation ("no one", "always").
    pub const GENERALISATION: f32 = 0.8;
    /// A booster by the author ("no doubt", "of course", "clearly").
    pub const CERTAINTY: f32 = 1.3;
    /// A prescription by the author ("should", "must", "it is time to").
    pub const PRESCRIPTIVE: f32 = 1.3;
    /// A need or requirement ("needs to", "has to"): often a fact about rules.
    pub const NECESSITY: f32 = 0.5;
    /// An argumentative connective ("after all", "in other words").
    pub const ARGUMENT: f32 = 0.7;
    /// An imperative addressed to the reader ("Consider ...", "Remember ...").
    pub const IMPERATIVE: f32 = 1.05;
    /// An aside to the reader ("let's face it", "to put it mildly").
    pub const ASIDE: f32 = 1.05;
    /// A question the author asks without expecting an answer.
    pub const RHETORICAL_QUESTION: f32 = 0.7;
    /// A plain question by the author, likely a signpost the article answers.
    pub const OPEN_QUESTION: f32 = 0.4;
    /// An exclamation by the author.
    pub const EXCLAMATION: f32 = 0.8;
    /// The author's judging word framing an attributed claim: at least this.
    pub const AUTHOR_FRAMING: f32 = 1.3;
    /// The least weight a signal needs to count as author framing.
    pub const FRAMING_MIN: f32 = 0.8;
    /// A precise figure (negative: evidence of reporting).
    pub const FIGURE: f32 = -0.2;
    /// A name of a person, place or organisation (negative: evidence of
    /// reporting).
    pub const NAME: f32 = -0.15;
    /// Added to the evidence of an unattributed claim with hardly any
    /// specifics, when it carries any signal: a sentence that cites no
    /// figure, names at most one thing and quotes no source is argument, not
    /// report, so a weaker clue of the author's voice is enough there.
    pub const GENERAL: f32 = 0.6;
    /// The least weight a signal needs to earn [`GENERAL`].
    pub const GENERAL_MIN: f32 = 0.6;
    /// All specifics together subtract at most this much.
    pub const SPECIFICS_FLOOR: f32 = -0.25;
}

/// What a signal in the reported content of an attributed claim counts:
/// the words are the source's, so they barely speak for the author.
pub(crate) const REPORTED_DAMPING: f32 = 0.25;

/// Each further signal, strongest first, counts this much of the previous.
pub(crate) const DECAY: f32 = 0.9;

/// The evidence at which a claim becomes opinion (score 0.5).
pub(crate) const THRESHOLD: f32 = 1.0;

/// The steepness of the logistic curve from evidence to score: one unit of
/// evidence above the threshold gives a score of about 0.95.
const SLOPE: f32 = 3.0;

/// A signal found by a detector, with its weight before attribution.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Evidence {
    pub span: Span,
    pub kind: SignalKind,
    pub weight: f32,
}

impl Evidence {
    pub(crate) fn new(span: Span, kind: SignalKind, weight: f32) -> Self {
        Evidence { span, kind, weight }
    }
}

/// Kinds that, in the author's framing of an attributed claim, become
/// [`SignalKind::AuthorFraming`]: the author judging the source or its words.
fn frames(kind: SignalKind) -> bool {
    matches!(
        kind,
        SignalKind::Evaluative
            | SignalKind::Certainty
            | SignalKind::Hedge
            | SignalKind::Speculation
            | SignalKind::Argument
            | SignalKind::LoadedWording
            | SignalKind::Irony
            | SignalKind::Address
    )
}

/// Weighs the detectors' evidence and labels the claim.
pub(crate) fn judge(
    evidence: Vec<Evidence>,
    voice: &Voice<'_>,
    attribution: Option<Span>,
) -> Stance {
    let mut kept: Vec<Evidence> = Vec::with_capacity(evidence.len() + 1);
    for mut e in evidence {
        // A question's span is the whole claim; the detector has already
        // checked that its question mark is the author's, so a quoted word
        // inside it does not make the question the source's.
        let owner = if e.kind == SignalKind::RhetoricalQuestion {
            Owner::Author
        } else {
            voice.owner(e.span)
        };
        match owner {
            Owner::Quote | Owner::Source => continue,
            Owner::Reported if e.weight > 0.0 => e.weight *= REPORTED_DAMPING,
            // Only a word that judges (a judging word, a metaphor, a hedge or
            // booster) frames a source; a stock adjective stays loaded wording
            // and a bare modal stays speculation.
            Owner::Framing if frames(e.kind) && e.weight >= weight::FRAMING_MIN => {
                e.kind = SignalKind::AuthorFraming;
                e.weight = e.weight.max(weight::AUTHOR_FRAMING);
            }
            _ => {}
        }
        kept.push(e);
    }
    let z = evidence_total(&kept) + generality(&kept, attribution.is_some());
    let score = 1.0 / (1.0 + (-SLOPE * (z - THRESHOLD)).exp());
    let score = if score.is_finite() {
        score.clamp(0.0, 1.0)
    } else {
        0.0
    };
    if let Some(span) = attribution {
        kept.push(Evidence::new(span, SignalKind::Attributed, 0.0));
    }
    kept.sort_by_key(|e| (e.span.start, e.span.end));
    let reasons = kept
        .into_iter()
        .map(|e| Signal {
            span: e.span,
            signal: e.kind,
        })
        .collect();
    let kind = if score >= 0.5 {
        StanceKind::Opinion
    } else {
        StanceKind::Reporting
    };
    Stance {
        kind,
        score,
        reasons,
    }
}

/// The extra weight a claim's signals get when it cites no figure or time,
/// names at most one thing and is attributed to no source (see
/// [`weight::GENERAL`]). One name ("China", "the Left") is what an argument
/// is about as often as an anchor of a report; figures, times and several
/// names are what reports are made of.
/// Added in step 4 of the model: absence of specifics is evidence of
/// argument just as their presence is evidence of reporting.
fn generality(evidence: &[Evidence], attributed: bool) -> f32 {
    let figures = evidence
        .iter()
        .filter(|e| e.kind == SignalKind::Specifics && e.weight == weight::FIGURE)
        .count();
    let names = evidence
        .iter()
        .filter(|e| e.kind == SignalKind::Specifics && e.weight == weight::NAME)
        .count();
    let general = !attributed && figures == 0 && names <= 1;
    // A bare universal ("Nobody was hurt"), a requirement ("needs to") or a
    // modal ("will") is common in plain statements: only a clue of at least
    // GENERAL_MIN, other than a universal, earns the bonus.
    let clue = evidence
        .iter()
        .any(|e| e.weight >= weight::GENERAL_MIN && e.kind != SignalKind::Generalisation);
    if general && clue {
        weight::GENERAL
    } else {
        0.0
    }
}

/// The combined evidence: positives with diminishing returns, plus negatives.
pub(crate) fn evidence_total(evidence: &[Evidence]) -> f32 {
    let mut positive: Vec<f32> = evidence
        .iter()
        .map(|e| e.weight)
        .filter(|w| *w > 0.0)
        .collect();
    positive.sort_by(|a, b| b.total_cmp(a));
    let mut factor = 1.0;
    let mut z = 0.0;
    for w in positive {
        z += w * factor;
        factor *= DECAY;
    }
    z + evidence
        .iter()
        .map(|e| e.weight)
        .filter(|w| *w < 0.0)
        .sum::<f32>()
        .max(weight::SPECIFICS_FLOOR)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e(weight: f32) -> Evidence {
        Evidence::new(Span::new(0, 1), SignalKind::Evaluative, weight)
    }

    #[test]
    fn one_strong_signal_is_enough_one_weak_is_not() {
        assert!(evidence_total(&[e(weight::EVALUATIVE_MAIN)]) >= THRESHOLD);
        assert!(evidence_total(&[e(weight::LOADED)]) < THRESHOLD);
        assert!(evidence_total(&[e(weight::EVALUATIVE_SIDE)]) < THRESHOLD);
    }

    #[test]
    fn returns_diminish() {
        let two = evidence_total(&[e(0.5), e(0.5)]);
        assert!(two > 0.5 && two < 1.0, "{two}");
    }

    #[test]
    fn figures_lower_but_do_not_overturn_a_predicate_judgment() {
        let z = evidence_total(&[
            e(weight::EVALUATIVE_PREDICATE),
            e(weight::FIGURE),
            e(weight::FIGURE),
            e(weight::NAME),
        ]);
        assert!((THRESHOLD..weight::EVALUATIVE_PREDICATE).contains(&z));
    }
}
