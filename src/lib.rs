//! # claimlens
//!
//! Claim-by-claim sourcing and stance analysis of news articles. Text in,
//! data out: the article is split into claims, page furniture is set aside,
//! and every claim gets an attribution (named, anonymous, official or
//! unattributed source) and a stance (the author's opinion, or reporting),
//! each with the words and rule that produced it.
//!
//! ```
//! use claimlens::{analyze, Options};
//!
//! let doc = analyze(
//!     "Iran denies the talks, while the White House declined to comment.",
//!     &Options::default(),
//! )
//! .unwrap();
//! assert_eq!(doc.schema, claimlens::SCHEMA);
//! ```
//!
//! The labels follow LABELS.md (the product's contract); the output follows
//! the versioned [`Document`] schema described in docs/schema.md.

// The browser build's regex engine is regex-lite, under the name the rules
// use (`regex::Regex`, `regex::escape`); native builds use the `regex` crate
// (Cargo.toml). Both compile only what src/pattern.rs writes out.
#[cfg(target_arch = "wasm32")]
extern crate regex_lite as regex;

mod analysis;
mod article;
mod attribution;
mod case;
mod claim;
mod claims;
mod document;
mod error;
mod fixed;
mod furniture;
pub mod invariants;
mod layout;
mod lexicon;
mod offsets;
pub mod page;
mod pattern;
mod reason;
mod rule;
mod runs;
mod sentences;
mod sort;
mod sources;
mod span;
mod stance;
pub mod text;
mod token;
mod verdict;
mod warm;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

#[cfg(target_arch = "wasm32")]
mod dom_walk;

#[cfg(not(target_arch = "wasm32"))]
pub mod html;

pub use analysis::{analyze_blocks, analyze_text, Analysis};
pub use article::{Article, ArticleKind, Counts};
pub use attribution::{Attribution, AttributionKind};
pub use claim::Claim;
pub use document::{
    ArticleEntry, AttributionEntry, ClaimEntry, CountsEntry, Document, ReasonEntry, SignalEntry,
    SkippedEntry, SourceEntry, SpanEntry, StanceEntry, Stream, SCHEMA,
};
pub use error::{Error, ErrorKind, MAX_TEXT_BYTES};
pub use furniture::{SkipReason, Skipped};
pub use offsets::OffsetUnit;
pub use page::{Block, BlockRole, Page};
pub use reason::Reason;
pub use rule::RuleId;
pub use sentences::sentences;
pub use sources::{Source, SourceType};
pub use span::Span;
pub use stance::{Signal, SignalKind, Stance, StanceKind};
pub use warm::warm;

/// How [`analyze`] reports its result.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// The unit of every offset in the [`Document`].
    pub offset_unit: OffsetUnit,
}

/// Analyses `text` and returns the [`Document`]: articles, claims and skipped
/// page furniture, with offsets in `options.offset_unit`.
///
/// Fails only on text that cannot be analysed at all: empty or blank text,
/// or text longer than [`MAX_TEXT_BYTES`].
pub fn analyze(text: &str, options: &Options) -> Result<Document, Error> {
    let analysis = analyze_text(text)?;
    Ok(Document::new(text, &analysis, options.offset_unit))
}

/// Analyses a page's `text` with its block hints (see [`page`]): what the
/// markup says each block is, weighed by the furniture rules. With no
/// blocks this is [`analyze`].
pub fn analyze_page(text: &str, blocks: &[Block], options: &Options) -> Result<Document, Error> {
    let analysis = analyze_blocks(text, blocks)?;
    Ok(Document::new(text, &analysis, options.offset_unit))
}

/// Reads an HTML page (native builds: the browser walks its own DOM) and
/// analyses its text with the markup's block hints. The document carries
/// the text read out of the page in `text`: its offsets refer to it.
#[cfg(not(target_arch = "wasm32"))]
pub fn analyze_html(html: &str, options: &Options) -> Result<Document, Error> {
    let page = html::read(html);
    let mut doc = analyze_page(&page.text, &page.blocks, options)?;
    doc.text = Some(page.text);
    Ok(doc)
}
