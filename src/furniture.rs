//! Page furniture: what is set aside rather than analysed.
//!
//! See ../shared/LABELS.md, "Claims": every skipped item carries one reason.

use crate::Span;

/// Why a piece of text is not a claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SkipReason {
    Headline,
    Caption,
    Credit,
    Duplicate,
    Navigation,
    Byline,
    Dateline,
    Advertisement,
    Restriction,
    Boilerplate,
}

impl SkipReason {
    pub fn as_str(self) -> &'static str {
        match self {
            SkipReason::Headline => "headline",
            SkipReason::Caption => "caption",
            SkipReason::Credit => "credit",
            SkipReason::Duplicate => "duplicate",
            SkipReason::Navigation => "navigation",
            SkipReason::Byline => "byline",
            SkipReason::Dateline => "dateline",
            SkipReason::Advertisement => "advertisement",
            SkipReason::Restriction => "restriction",
            SkipReason::Boilerplate => "boilerplate",
        }
    }
}

/// A piece of page furniture, set aside with its reason.
#[derive(Clone, Debug, PartialEq)]
pub struct Skipped {
    pub span: Span,
    pub reason: SkipReason,
    /// What made it furniture, for the reader ("ends with a photo credit").
    pub detail: String,
}
