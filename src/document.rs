//! The output contract: a versioned, JSON-ready document.
//!
//! This is what the command line prints, what JavaScript receives and what
//! docs/schema.md describes. Offsets are in the document's `offset_unit`.
//! Change a field and you change the schema: bump [`SCHEMA`].
//!
//! The names an entry carries (kinds, rules, signals, voices, skip reasons
//! and the rules' fixed details) are the engine's own `'static` words,
//! borrowed (`Cow::Borrowed`), not copied for each claim; a document read
//! back from JSON owns them. The JSON is the same either way.

use std::borrow::Cow;

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
    pub kind: Cow<'static, str>,
    /// `person`, `body`, `document` or `unknown`.
    #[serde(rename = "type")]
    pub source_type: Cow<'static, str>,
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
    pub rule: Cow<'static, str>,
    pub detail: Cow<'static, str>,
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
    pub kind: Cow<'static, str>,
    pub reasons: Vec<ReasonEntry>,
    pub counts: CountsEntry,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AttributionEntry {
    /// `named`, `anonymous`, `official` or `unattributed`.
    pub kind: Cow<'static, str>,
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
    pub signal: Cow<'static, str>,
    /// The weight the stance model gives this signal (positive: opinion).
    pub weight: f64,
    /// Whose words these are: `author`, `framing` (the author framing a
    /// source), `reported` (someone else's words or thought) or `source`.
    pub voice: Cow<'static, str>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StanceEntry {
    /// `opinion` or `reporting`.
    pub kind: Cow<'static, str>,
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
    pub reason: Cow<'static, str>,
    pub detail: Cow<'static, str>,
}

impl Document {
    /// Builds the document of an analysis of `text`, offsets in `unit`.
    pub fn new(text: &str, analysis: &Analysis, unit: OffsetUnit) -> Document {
        let b = Builder::new(text, analysis, unit);
        Document {
            schema: SCHEMA.to_string(),
            offset_unit: unit,
            articles: b.articles().collect(),
            claims: b.claims().collect(),
            skipped: b.skipped().collect(),
            sources: b.sources().collect(),
            text: None,
        }
    }
}

/// A [`Document`] written without being built: serialising it gives the
/// same output as serialising `Document::new(text, analysis, unit)` (with
/// `text` set by [`Stream::with_text`]), one entry at a time, so that the
/// document of a long text never sits in memory whole beside its analysis.
pub struct Stream<'a> {
    builder: Builder<'a>,
    text: Option<&'a str>,
}

impl<'a> Stream<'a> {
    pub fn new(text: &'a str, analysis: &'a Analysis, unit: OffsetUnit) -> Stream<'a> {
        Stream {
            builder: Builder::new(text, analysis, unit),
            text: None,
        }
    }

    /// Carries the text in the document's `text` (see [`Document::text`]).
    pub fn with_text(mut self) -> Stream<'a> {
        self.text = Some(self.builder.text);
        self
    }
}

impl Serialize for Stream<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        /// A list of entries, made as they are written.
        struct Entries<F>(F);
        impl<F: Fn() -> I, I: Iterator<Item = T>, T: Serialize> Serialize for Entries<F> {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_seq((self.0)())
            }
        }
        let b = &self.builder;
        let fields = if self.text.is_some() { 7 } else { 6 };
        let mut doc = serializer.serialize_struct("Document", fields)?;
        doc.serialize_field("schema", SCHEMA)?;
        doc.serialize_field("offset_unit", &b.unit)?;
        doc.serialize_field("articles", &Entries(|| b.articles()))?;
        doc.serialize_field("claims", &Entries(|| b.claims()))?;
        doc.serialize_field("skipped", &Entries(|| b.skipped()))?;
        doc.serialize_field("sources", &Entries(|| b.sources()))?;
        match self.text {
            Some(text) => doc.serialize_field("text", text)?,
            None => doc.skip_field("text")?,
        }
        doc.end()
    }
}

/// Makes the document's entries from an analysis, one at a time.
struct Builder<'t> {
    text: &'t str,
    analysis: &'t Analysis,
    unit: OffsetUnit,
    map: OffsetMap<'t>,
}

impl<'t> Builder<'t> {
    fn new(text: &'t str, analysis: &'t Analysis, unit: OffsetUnit) -> Builder<'t> {
        Builder {
            text,
            analysis,
            unit,
            map: OffsetMap::new(text, unit),
        }
    }

    fn articles(&self) -> impl Iterator<Item = ArticleEntry> + '_ {
        self.analysis
            .articles
            .iter()
            .enumerate()
            .map(|(index, a)| ArticleEntry {
                index,
                start: self.map.get(a.span.start),
                end: self.map.get(a.span.end),
                headline: a.headline.map(|s| self.span(s)),
                kind: a.kind.as_str().into(),
                reasons: self.reasons(&a.reasons),
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
    }

    fn claims(&self) -> impl Iterator<Item = ClaimEntry> + '_ {
        self.analysis.claims.iter().enumerate().map(|(index, c)| {
            let at = self.span(c.span);
            ClaimEntry {
                index,
                start: at.start,
                end: at.end,
                text: at.text,
                article: c.article,
                paragraph: c.paragraph,
                attribution: AttributionEntry {
                    kind: c.attribution.kind.as_str().into(),
                    source: c.attribution.source.map(|s| self.span(s)),
                    source_id: c.source_id,
                    cue: c.attribution.cue.map(|s| self.span(s)),
                    quote: c.attribution.quote.map(|s| self.span(s)),
                    reasons: self.reasons(&c.attribution.reasons),
                },
                stance: StanceEntry {
                    kind: c.stance.kind.as_str().into(),
                    score: (f64::from(c.stance.score) * 1000.0).round() / 1000.0,
                    reasons: c
                        .stance
                        .reasons
                        .iter()
                        .map(|r| {
                            let at = self.span(r.span);
                            SignalEntry {
                                start: at.start,
                                end: at.end,
                                text: at.text,
                                signal: r.signal.as_str().into(),
                                weight: (f64::from(r.weight) * 100.0).round() / 100.0,
                                voice: r.voice.into(),
                            }
                        })
                        .collect(),
                },
            }
        })
    }

    fn skipped(&self) -> impl Iterator<Item = SkippedEntry> + '_ {
        self.analysis.skipped.iter().map(|s| {
            let at = self.span(s.span);
            SkippedEntry {
                start: at.start,
                end: at.end,
                text: at.text,
                reason: s.reason.as_str().into(),
                detail: s.detail.into(),
            }
        })
    }

    fn sources(&self) -> impl Iterator<Item = SourceEntry> + '_ {
        self.analysis
            .sources
            .iter()
            .enumerate()
            .map(|(id, s)| SourceEntry {
                id,
                article: s.article,
                name: self.span(s.name),
                kind: s.kind.as_str().into(),
                source_type: s.source_type.as_str().into(),
                mentions: s.mentions.iter().map(|&m| self.span(m)).collect(),
                claims: s.claims.clone(),
            })
    }

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
                rule: r.rule.name().into(),
                detail: r.detail.clone(),
                span: r.span.map(|s| self.span(s)),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The document written as it is made is the built document, byte for
    /// byte, in every offset unit.
    #[test]
    fn a_stream_writes_the_built_document() {
        let seed = include_str!("../tests/fixtures/seeds/000_c64c07e80b39c357.txt");
        let opinion = include_str!("../tests/fixtures/seeds/003_f23c8c3f25d8eaed.txt");
        for text in [
            seed,
            opinion,
            "Short — “é” 😀 text.\n\nShe said it rained, the mayor said.",
        ] {
            let analysis = crate::analyze_text(text).unwrap();
            for unit in [OffsetUnit::Utf8, OffsetUnit::Utf16, OffsetUnit::Char] {
                let built = serde_json::to_string(&Document::new(text, &analysis, unit)).unwrap();
                let streamed = serde_json::to_string(&Stream::new(text, &analysis, unit)).unwrap();
                assert_eq!(built, streamed, "{unit:?}");
            }
        }
    }

    /// With the text of a page read out of HTML, as `analyze_html` gives it.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn a_stream_carries_a_pages_text() {
        let html = "<html><body><nav>Home News</nav><article><h1>Bridge to reopen</h1>\
                    <p>The bridge will reopen on Monday, the mayor said.</p></article></body></html>";
        let options = crate::Options::default();
        let built = serde_json::to_string(&crate::analyze_html(html, &options).unwrap()).unwrap();
        let page = crate::html::read(html);
        let analysis = crate::analyze_blocks(&page.text, &page.blocks).unwrap();
        let stream = Stream::new(&page.text, &analysis, options.offset_unit).with_text();
        assert_eq!(built, serde_json::to_string(&stream).unwrap());
    }
}
