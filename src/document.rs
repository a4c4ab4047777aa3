//! The output contract: a versioned, JSON-ready document.
//!
//! This is what the command line prints, what JavaScript receives and what
//! docs/schema.md describes. Offsets are in the document's `offset_unit`.
//! Change a field and you change the schema: bump [`SCHEMA`].

use serde::{Deserialize, Serialize};

use crate::offsets::{OffsetMap, OffsetUnit};
use crate::{Analysis, Reason, Span};

/// The schema version of [`Document`].
pub const SCHEMA: &str = "claimlens/2";

/// The analysis of one text, as the outside world sees it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    pub schema: String,
    pub offset_unit: OffsetUnit,
    pub articles: Vec<ArticleEntry>,
    pub claims: Vec<ClaimEntry>,
    pub skipped: Vec<SkippedEntry>,
    /// Every source the articles cite, identified once: the roster.
    pub sources: Vec<SourceEntry>,
    /// The text the offsets refer to, when it is not the input itself: the
    /// text read out of an HTML page. Absent for plain text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// One source of one article: a person, body or document, with every
/// mention of it and every claim it stands behind.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceEntry {
    /// Position in `sources`; claims point here with `attribution.source_id`.
    pub id: usize,
    pub article: usize,
    /// The fullest name the article gives it.
    pub name: SpanEntry,
    /// `named`, `anonymous` or `official`: its one base kind.
    pub kind: String,
    /// `person`, `body`, `document` or `unknown`.
    #[serde(rename = "type")]
    pub source_type: String,
    pub mentions: Vec<SpanEntry>,
    /// Indexes into `claims`.
    pub claims: Vec<usize>,
}

/// A span of the text: offsets and the words themselves.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpanEntry {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReasonEntry {
    pub rule: String,
    pub detail: String,
    pub span: Option<SpanEntry>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CountsEntry {
    pub claims: usize,
    pub named: usize,
    pub anonymous: usize,
    pub official: usize,
    pub unattributed: usize,
    pub opinion: usize,
    pub reporting: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleEntry {
    pub index: usize,
    pub start: usize,
    pub end: usize,
    pub headline: Option<SpanEntry>,
    /// `reporting`, `opinion` or `mixed`.
    pub kind: String,
    pub reasons: Vec<ReasonEntry>,
    pub counts: CountsEntry,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AttributionEntry {
    /// `named`, `anonymous`, `official` or `unattributed`.
    pub kind: String,
    pub source: Option<SpanEntry>,
    /// The claim's source in `sources`, when it has one.
    pub source_id: Option<usize>,
    pub cue: Option<SpanEntry>,
    pub quote: Option<SpanEntry>,
    pub reasons: Vec<ReasonEntry>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignalEntry {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub signal: String,
    /// The weight the stance model gives this signal (positive: opinion).
    pub weight: f64,
    /// Whose words these are: `author`, `framing` (the author framing a
    /// source), `reported` (someone else's words or thought) or `source`.
    pub voice: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StanceEntry {
    /// `opinion` or `reporting`.
    pub kind: String,
    pub score: f64,
    pub reasons: Vec<SignalEntry>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimEntry {
    pub index: usize,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub article: usize,
    pub paragraph: usize,
    pub attribution: AttributionEntry,
    pub stance: StanceEntry,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SkippedEntry {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// One of LABELS.md's reasons: `headline`, `caption`, `credit`, ...
    pub reason: String,
    pub detail: String,
}

impl Document {
    /// Builds the document of an analysis of `text`, offsets in `unit`.
    pub fn new(text: &str, analysis: &Analysis, unit: OffsetUnit) -> Document {
        let map = OffsetMap::new(text, unit, analysis.offsets());
        let builder = Builder { text, map };
        Document {
            schema: SCHEMA.to_string(),
            offset_unit: unit,
            articles: analysis
                .articles
                .iter()
                .enumerate()
                .map(|(index, a)| ArticleEntry {
                    index,
                    start: builder.map.get(a.span.start),
                    end: builder.map.get(a.span.end),
                    headline: a.headline.map(|s| builder.span(s)),
                    kind: a.kind.as_str().to_string(),
                    reasons: builder.reasons(&a.reasons),
                    counts: CountsEntry {
                        claims: a.counts.claims,
                        named: a.counts.named,
                        anonymous: a.counts.anonymous,
                        official: a.counts.official,
                        unattributed: a.counts.unattributed,
                        opinion: a.counts.opinion,
                        reporting: a.counts.reporting,
                    },
                })
                .collect(),
            claims: analysis
                .claims
                .iter()
                .enumerate()
                .map(|(index, c)| {
                    let at = builder.span(c.span);
                    ClaimEntry {
                        index,
                        start: at.start,
                        end: at.end,
                        text: at.text,
                        article: c.article,
                        paragraph: c.paragraph,
                        attribution: AttributionEntry {
                            kind: c.attribution.kind.as_str().to_string(),
                            source: c.attribution.source.map(|s| builder.span(s)),
                            source_id: c.source_id,
                            cue: c.attribution.cue.map(|s| builder.span(s)),
                            quote: c.attribution.quote.map(|s| builder.span(s)),
                            reasons: builder.reasons(&c.attribution.reasons),
                        },
                        stance: StanceEntry {
                            kind: c.stance.kind.as_str().to_string(),
                            score: (f64::from(c.stance.score) * 1000.0).round() / 1000.0,
                            reasons: c
                                .stance
                                .reasons
                                .iter()
                                .map(|r| {
                                    let at = builder.span(r.span);
                                    SignalEntry {
                                        start: at.start,
                                        end: at.end,
                                        text: at.text,
                                        signal: r.signal.as_str().to_string(),
                                        weight: (f64::from(r.weight) * 100.0).round() / 100.0,
                                        voice: r.voice.to_string(),
                                    }
                                })
                                .collect(),
                        },
                    }
                })
                .collect(),
            skipped: analysis
                .skipped
                .iter()
                .map(|s| {
                    let at = builder.span(s.span);
                    SkippedEntry {
                        start: at.start,
                        end: at.end,
                        text: at.text,
                        reason: s.reason.as_str().to_string(),
                        detail: s.detail.to_string(),
                    }
                })
                .collect(),
            sources: analysis
                .sources
                .iter()
                .enumerate()
                .map(|(id, s)| SourceEntry {
                    id,
                    article: s.article,
                    name: builder.span(s.name),
                    kind: s.kind.as_str().to_string(),
                    source_type: s.source_type.as_str().to_string(),
                    mentions: s.mentions.iter().map(|&m| builder.span(m)).collect(),
                    claims: s.claims.clone(),
                })
                .collect(),
            text: None,
        }
    }
}

struct Builder<'t> {
    text: &'t str,
    map: OffsetMap,
}

impl Builder<'_> {
    fn span(&self, span: Span) -> SpanEntry {
        SpanEntry {
            start: self.map.get(span.start),
            end: self.map.get(span.end),
            text: span.of(self.text).to_string(),
        }
    }

    fn reasons(&self, reasons: &[Reason]) -> Vec<ReasonEntry> {
        reasons
            .iter()
            .map(|r| ReasonEntry {
                rule: r.rule.to_string(),
                detail: r.detail.clone(),
                span: r.span.map(|s| self.span(s)),
            })
            .collect()
    }
}
