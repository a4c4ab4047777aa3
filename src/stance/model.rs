//! The stance model: a logistic regression over a handful of named
//! features, each one the count of a kind of signal in the author's voice.
//!
//! 1. The detectors find signals and say which [`Feature`] each one is
//!    ("bizarre" on the main event is [`Feature::Judgment`], "harsh" in a
//!    side clause is [`Feature::StockDescription`]).
//! 2. The voice (`voice.rs`) says whose words each signal is. Only the
//!    author's voice counts as itself: signals in quotation marks, in a
//!    title or name, or in the source's name are dropped; signals in
//!    reported speech or thought count together as [`Feature::Reported`];
//!    a judging signal in the author's framing of an attributed claim
//!    ("made the absurd claim") counts as [`Feature::AuthorFraming`].
//! 3. Each feature's value is the number of its signals (at most
//!    [`MAX_COUNT`]); the evidence `z` is the bias plus the sum of value
//!    times weight, and the score is `1 / (1 + e^-z)`: the model's
//!    probability that the claim is the author's opinion. A claim is
//!    opinion when the score reaches 0.5.
//!
//! The weights are not set by hand: they are fitted to the project's own
//! labelled claims (tests/fixtures) by `fit.rs` and shipped in
//! `src/lexicon/stance_weights.txt`; every signal shown to the reader
//! carries its feature's weight.

use std::sync::LazyLock;

use crate::stance::voice::{Owner, Voice};
use crate::stance::{Signal, SignalKind, Stance, StanceKind};
use crate::Span;

/// The named features of the model, one per kind of evidence. Kinds of
/// signal too rare in the labelled claims to earn a weight of their own share
/// one with their nearest kin (a loaded metaphor and irony are judgments, an
/// exclamation addresses the reader like an imperative).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Feature {
    /// The author judging, believing, feeling or prescribing in the first
    /// person ("I think", "I was sceptical", "we argued", "let's").
    FirstPersonView,
    /// The author narrating in the first person ("our car slid off the
    /// road", "I saw", "my lunch break").
    FirstPersonNarrating,
    /// A judging word the claim asserts or that describes its main subject
    /// or event ("is the perfect man", "made bizarre accusations"), a loaded
    /// metaphor ("bigger fish to fry") or irony ("self-proclaimed").
    Judgment,
    /// A word that often judges but also describes ("serious", "real",
    /// "regime"), asserted; a loaded word also in the main clause.
    WeakJudgment,
    /// A word that often judges but also describes, in the main clause but
    /// not asserted ("the serious talks", "its starkest failure").
    WeakDescription,
    /// A judging or loaded word as a stock description in a side clause or
    /// modifying phrase ("the Taliban's harsh version of Islamic rule").
    /// An interaction: it counts only beside another signal of the
    /// author's judgment ([`Feature::judges`]); alone it weighs nothing.
    StockDescription,
    /// A hedge ("perhaps", "probably").
    Hedge,
    /// Speculation or prediction ("is bound to", "must have", "likely").
    Speculation,
    /// A booster of certainty ("no doubt", "of course", "clearly").
    Certainty,
    /// A modal of possibility, ability or prediction ("will", "could",
    /// "may", "can").
    Modal,
    /// A modal that describes rather than forecasts: inside a side clause
    /// ("a levy that would have raised", "whether posts would be cut") or
    /// past inability ("could not be reached"). See `modal.rs`.
    DescriptiveModal,
    /// An announced arrangement or a requirement ("will be held", "needs
    /// to", "must still").
    Plan,
    /// A prescription ("should", "must", "it is time to").
    Prescriptive,
    /// A question the author asks.
    Question,
    /// The author turning to the reader: an imperative ("Consider ...") or
    /// an exclamation.
    Address,
    /// The author speaking to the reader as "you" ("if your shift
    /// changes").
    SecondPerson,
    /// A claim whose subject only points back at what came before,
    /// asserted with a copula ("That is not a no.").
    Verdict,
    /// A main clause ending on a copula and one bare noun: the author
    /// classing the subject ("is not a luxury", "is a gamble").
    Characterisation,
    /// An intensifier or emphasis in capitals ("utterly", "NOT").
    Intensifier,
    /// An argumentative connective or an aside ("after all", "let's face it").
    Argument,
    /// A sweeping generalisation ("no one", "always").
    Generalisation,
    /// The author's judging word framing an attributed claim ("made the
    /// absurd claim", "critics, rightly, say").
    AuthorFraming,
    /// Any signal in reported speech or thought: someone else's words.
    Reported,
    /// A precise figure or date ("$3.4 million", "in 2021", "this week").
    Figure,
    /// A name of a person, place or organisation.
    Name,
}

impl Feature {
    /// Every feature, in the order of the weights vector.
    pub(crate) const ALL: [Feature; 25] = [
        Feature::FirstPersonView,
        Feature::FirstPersonNarrating,
        Feature::Judgment,
        Feature::WeakJudgment,
        Feature::WeakDescription,
        Feature::StockDescription,
        Feature::Hedge,
        Feature::Speculation,
        Feature::Certainty,
        Feature::Modal,
        Feature::DescriptiveModal,
        Feature::Plan,
        Feature::Prescriptive,
        Feature::Question,
        Feature::Address,
        Feature::SecondPerson,
        Feature::Verdict,
        Feature::Characterisation,
        Feature::Intensifier,
        Feature::Argument,
        Feature::Generalisation,
        Feature::AuthorFraming,
        Feature::Reported,
        Feature::Figure,
        Feature::Name,
    ];

    /// The feature's name in the weights file.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Feature::FirstPersonView => "first-person-view",
            Feature::FirstPersonNarrating => "first-person-narrating",
            Feature::Judgment => "judgment",
            Feature::WeakJudgment => "weak-judgment",
            Feature::WeakDescription => "weak-description",
            Feature::StockDescription => "stock-description",
            Feature::Hedge => "hedge",
            Feature::Speculation => "speculation",
            Feature::Certainty => "certainty",
            Feature::Modal => "modal",
            Feature::DescriptiveModal => "descriptive-modal",
            Feature::Plan => "plan",
            Feature::Prescriptive => "prescriptive",
            Feature::Question => "question",
            Feature::Address => "address",
            Feature::SecondPerson => "second-person",
            Feature::Verdict => "verdict",
            Feature::Characterisation => "characterisation",
            Feature::Intensifier => "intensifier",
            Feature::Argument => "argument",
            Feature::Generalisation => "generalisation",
            Feature::AuthorFraming => "author-framing",
            Feature::Reported => "reported",
            Feature::Figure => "figure",
            Feature::Name => "name",
        }
    }

    pub(crate) fn index(self) -> usize {
        Feature::ALL
            .iter()
            .position(|f| *f == self)
            .unwrap_or_default()
    }

    /// Judging features that, in the author's framing of an attributed
    /// claim, become [`Feature::AuthorFraming`]: the author judging the
    /// source or its words. A stock adjective stays a stock description and
    /// a bare modal a modal.
    fn frames(self) -> bool {
        matches!(
            self,
            Feature::Judgment
                | Feature::WeakJudgment
                | Feature::Hedge
                | Feature::Speculation
                | Feature::Certainty
        )
    }

    /// False for a feature the model shows but never weighs: first-person
    /// narration is reporting (the and LABELS.md's reading: "I saw",
    /// "my lunch break" tell what happened), however often columnists
    /// narrate before they judge. Its weight stays 0 and the fit leaves it out.
    #[cfg(test)]
    pub(crate) fn weighed(self) -> bool {
        self != Feature::FirstPersonNarrating
    }

    /// Signals of the author's own judgment, belief, prediction or address:
    /// the evidence beside which a stock description weighs (see
    /// [`judge_with`]). Descriptions, narration, plans, others' words and
    /// specifics are not.
    fn judges(self) -> bool {
        !matches!(
            self,
            Feature::FirstPersonNarrating
                | Feature::StockDescription
                | Feature::DescriptiveModal
                | Feature::Plan
                | Feature::Reported
                | Feature::Figure
                | Feature::Name
        )
    }

    /// Features that weigh only beside one that [`judges`](Self::judges).
    const ONLY_BESIDE_JUDGMENT: [Feature; 2] =
        [Feature::StockDescription, Feature::DescriptiveModal];

    /// Evidence that the claim reports rather than argues.
    fn is_specific(self) -> bool {
        matches!(self, Feature::Figure | Feature::Name)
    }
}

/// The number of features.
pub(crate) const FEATURES: usize = Feature::ALL.len();

/// A claim's feature values, in the order of [`Feature::ALL`].
pub(crate) type Features = [f32; FEATURES];

/// A feature counts at most this many of its signals: the third judging
/// word adds nothing the second did not.
pub(crate) const MAX_COUNT: f32 = 2.0;

/// The fitted model: a bias and one weight per feature.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Weights {
    pub bias: f32,
    pub weights: Features,
}

impl Weights {
    pub(crate) fn of(&self, f: Feature) -> f32 {
        self.weights[f.index()]
    }

    /// The evidence `z` for feature values `x`.
    pub(crate) fn evidence(&self, x: &Features) -> f32 {
        self.bias + self.weights.iter().zip(x).map(|(w, v)| w * v).sum::<f32>()
    }

    /// Parses a weights file: `#` comment lines, then `name weight` lines,
    /// one for `bias` and one per feature. A name missing from the file
    /// weighs 0; an unknown name or a malformed number is an error.
    pub(crate) fn parse(file: &str) -> Result<Weights, String> {
        let mut out = Weights {
            bias: 0.0,
            weights: [0.0; FEATURES],
        };
        for line in file
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
        {
            let (name, value) = line
                .split_once(char::is_whitespace)
                .ok_or_else(|| format!("no weight on line {line:?}"))?;
            let value =
                decimal(value.trim()).ok_or_else(|| format!("bad weight on line {line:?}"))?;
            if name == "bias" {
                out.bias = value;
            } else {
                let f = Feature::ALL
                    .iter()
                    .find(|f| f.name() == name)
                    .ok_or_else(|| format!("unknown feature {name:?}"))?;
                out.weights[f.index()] = value;
            }
        }
        Ok(out)
    }

    /// The weights file for these weights (what `fit.rs` writes).
    #[cfg(test)]
    pub(crate) fn to_file(&self, header: &str) -> String {
        let mut out = String::from(header);
        out.push_str(&format!("bias {:.3}\n", self.bias));
        for f in Feature::ALL {
            out.push_str(&format!("{} {:.3}\n", f.name(), self.of(f)));
        }
        out
    }
}

/// A weight as `fit.rs` writes it (`-1.798`): the same `f32` as
/// `str::parse` gives, which would bring the standard library's float
/// parser and its 10 KB table of powers of five into the browser build.
/// Digits and at most one point, some sign, at most seven digits in all:
/// the digits as an integer are exact in an `f32`, and so is the power of
/// ten, so one correctly rounded division gives the correctly rounded
/// value of the decimal, as `parse` does.
fn decimal(s: &str) -> Option<f32> {
    let (negative, digits) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    if whole.is_empty() || whole.len() + fraction.len() > 7 {
        return None;
    }
    let mut n = 0u32;
    for b in whole.bytes().chain(fraction.bytes()) {
        if !b.is_ascii_digit() {
            return None;
        }
        n = n * 10 + u32::from(b - b'0');
    }
    let value = n as f32 / 10u32.pow(fraction.len() as u32) as f32;
    Some(if negative { -value } else { value })
}

/// The shipped weights, fitted by `fit.rs`.
pub(crate) static WEIGHTS: LazyLock<Weights> = LazyLock::new(|| {
    // The file is compiled in and checked by a unit test; should it ever
    // fail to parse, every claim is reporting (no weight) rather than a panic.
    Weights::parse(crate::lexicon::list!("stance_weights.txt")).unwrap_or(Weights {
        bias: -1.0,
        weights: [0.0; FEATURES],
    })
});

/// A signal found by a detector: its words, the kind shown to the reader
/// and the feature it counts as.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Evidence {
    pub span: Span,
    pub kind: SignalKind,
    pub feature: Feature,
}

impl Evidence {
    pub(crate) fn new(span: Span, kind: SignalKind, feature: Feature) -> Self {
        Evidence {
            span,
            kind,
            feature,
        }
    }
}

/// Weighs the detectors' evidence by who speaks it and labels the claim.
pub(crate) fn judge(
    evidence: Vec<Evidence>,
    voice: &Voice<'_>,
    attribution: Option<Span>,
) -> Stance {
    judge_with(&WEIGHTS, evidence, voice, attribution)
}

pub(crate) fn judge_with(
    weights: &Weights,
    evidence: Vec<Evidence>,
    voice: &Voice<'_>,
    attribution: Option<Span>,
) -> Stance {
    let mut kept: Vec<(Evidence, Owner)> = Vec::with_capacity(evidence.len() + 1);
    for mut e in evidence {
        // A question's span is the whole claim; the detector has already
        // checked that its question or exclamation mark is the author's, so
        // a quoted word inside it does not make the question the source's.
        let owner = if matches!(
            e.kind,
            SignalKind::RhetoricalQuestion | SignalKind::Exclamation
        ) {
            Owner::Author
        } else {
            voice.owner(e.span)
        };
        match owner {
            Owner::Quote | Owner::Source => continue,
            // A name's words judge nothing; the name itself is a specific.
            Owner::Title if !e.feature.is_specific() => continue,
            Owner::Reported if !e.feature.is_specific() => e.feature = Feature::Reported,
            Owner::Framing if e.feature.frames() => {
                e.kind = SignalKind::AuthorFraming;
                e.feature = Feature::AuthorFraming;
            }
            _ => {}
        }
        kept.push((e, owner));
    }
    let mut x: Features = [0.0; FEATURES];
    for (e, _) in &kept {
        let v = &mut x[e.feature.index()];
        *v = (*v + 1.0).min(MAX_COUNT);
    }
    // LABELS.md: "a stock description in a side clause leaves a sentence
    // reporting", and one judging word does not make a sentence opinion by
    // itself. So a stock description and a modal in a side clause are
    // interactions: they count only beside another signal of the author's
    // judgment, where they add to it; alone they are shown weighing nothing,
    // whatever weight the fit gives them.
    if !Feature::ALL
        .iter()
        .any(|f| f.judges() && x[f.index()] > 0.0)
    {
        for f in Feature::ONLY_BESIDE_JUDGMENT {
            x[f.index()] = 0.0;
        }
    }
    let weight_of = |f: Feature| {
        if x[f.index()] > 0.0 {
            weights.of(f)
        } else {
            0.0
        }
    };
    let z = weights.evidence(&x);
    let score = 1.0 / (1.0 + (-z).exp());
    let score = if score.is_finite() {
        score.clamp(0.0, 1.0)
    } else {
        0.0
    };
    // Sized exactly: a long text's claims hold hundreds of thousands of signals.
    let mut reasons: Vec<Signal> =
        Vec::with_capacity(kept.len() + usize::from(attribution.is_some()));
    reasons.extend(kept.into_iter().map(|(e, owner)| Signal {
        span: e.span,
        signal: e.kind,
        weight: weight_of(e.feature),
        voice: owner.as_str(),
    }));
    if let Some(span) = attribution {
        reasons.push(Signal {
            span,
            signal: SignalKind::Attributed,
            weight: 0.0,
            voice: Owner::Source.as_str(),
        });
    }
    crate::sort::by_key(&mut reasons, |s| {
        crate::sort::pair(
            crate::sort::small(s.span.start),
            crate::sort::small(s.span.end),
        )
    });
    let kind = if score >= 0.5 {
        StanceKind::Opinion
    } else {
        StanceKind::Reporting
    };
    Stance {
        kind,
        score,
        reasons,
        #[cfg(test)]
        features: x,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_weights_parse_and_name_every_feature() {
        let file = include_str!("../lexicon/stance_weights.txt");
        let w = Weights::parse(file).expect("weights parse");
        assert_eq!(w, *WEIGHTS);
        for f in Feature::ALL {
            assert!(f.weighed() || w.of(f) == 0.0, "{} is weighed", f.name());
            assert!(
                file.lines()
                    .any(|l| l.split_whitespace().next() == Some(f.name())),
                "{} has no weight",
                f.name()
            );
        }
        assert!(file.lines().any(|l| l.starts_with("bias ")));
    }

    #[test]
    fn weights_round_trip_through_the_file() {
        let mut w = Weights {
            bias: -1.25,
            weights: [0.0; FEATURES],
        };
        w.weights[3] = 0.5;
        assert_eq!(Weights::parse(&w.to_file("# test\n")), Ok(w));
        assert!(Weights::parse("nonsense 1.0").is_err());
        assert!(Weights::parse("judgment x").is_err());
    }

    /// `decimal` reads every weight `fit.rs` can write as `parse` does.
    #[test]
    fn decimals_read_as_parse_reads_them() {
        for n in -99_999i32..=99_999 {
            for text in [format!("{:.3}", n as f64 / 1000.0), n.to_string()] {
                assert_eq!(decimal(&text), text.parse().ok(), "{text}");
            }
        }
        for text in ["1.5", "0.1", "-0.000", "12.25", "9999999", "1.", "0.000001"] {
            assert_eq!(decimal(text), text.parse().ok(), "{text}");
        }
        for bad in ["", "-", "x", "1.2.3", "+1", "1e3", "12345678", "0.0000001"] {
            assert_eq!(decimal(bad), None, "{bad}");
        }
    }

    /// The claim that is all of `text`, judged with `weights`.
    fn judged(text: &str, weights: &Weights, evidence: &[(&str, Feature)]) -> Stance {
        let claim = Span::new(0, text.len());
        let context = crate::stance::Context::default();
        let voice = Voice::new(text, claim, &context, &[], &[]);
        let evidence = evidence
            .iter()
            .map(|&(w, f)| {
                let start = text.find(w).expect("word in text");
                Evidence::new(Span::new(start, start + w.len()), SignalKind::Evaluative, f)
            })
            .collect();
        judge_with(weights, evidence, &voice, None)
    }

    #[test]
    fn a_stock_description_alone_never_tips_a_claim() {
        // However heavy the fit makes it, one or two loaded words in side
        // clauses leave the claim reporting, shown with weight 0.
        let mut w = Weights {
            bias: -1.0,
            weights: [0.0; FEATURES],
        };
        w.weights[Feature::StockDescription.index()] = 5.0;
        w.weights[Feature::Hedge.index()] = 0.5;
        let text = "The town, long a notorious trap, kept its harsh rules.";
        let alone = judged(
            text,
            &w,
            &[
                ("notorious", Feature::StockDescription),
                ("harsh", Feature::StockDescription),
            ],
        );
        assert_eq!(alone.kind, StanceKind::Reporting);
        assert!(alone.reasons.iter().all(|r| r.weight == 0.0));
        assert_eq!(alone.features[Feature::StockDescription.index()], 0.0);
        // Beside the author's own judgment it adds to it.
        let text = "The town, perhaps a notorious trap, kept its rules.";
        let joined = judged(
            text,
            &w,
            &[
                ("perhaps", Feature::Hedge),
                ("notorious", Feature::StockDescription),
            ],
        );
        assert_eq!(joined.kind, StanceKind::Opinion);
        assert_eq!(joined.features[Feature::StockDescription.index()], 1.0);
        // Names, figures and others' words are no judgment to join.
        let text = "The town of Ely, a notorious trap, kept 3 rules.";
        let specific = judged(
            text,
            &w,
            &[
                ("Ely", Feature::Name),
                ("notorious", Feature::StockDescription),
                ("3", Feature::Figure),
            ],
        );
        assert_eq!(specific.kind, StanceKind::Reporting);
    }

    #[test]
    fn feature_names_are_unique() {
        for (i, a) in Feature::ALL.iter().enumerate() {
            assert_eq!(a.index(), i);
            for b in &Feature::ALL[i + 1..] {
                assert_ne!(a.name(), b.name());
            }
        }
    }
}
