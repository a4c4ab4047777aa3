//! Attribution: who stands behind a claim, as the article presents it.
//!
//! See ../shared/LABELS.md, "Attribution kind".

use crate::{Reason, Span};

/// The attribution kind of one claim (LABELS.md: first match wins, in this order).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AttributionKind {
    Official,
    Named,
    Anonymous,
    Unattributed,
}

impl AttributionKind {
    pub const ALL: [AttributionKind; 4] = [
        AttributionKind::Named,
        AttributionKind::Anonymous,
        AttributionKind::Official,
        AttributionKind::Unattributed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            AttributionKind::Official => "official",
            AttributionKind::Named => "named",
            AttributionKind::Anonymous => "anonymous",
            AttributionKind::Unattributed => "unattributed",
        }
    }
}

/// A claim's attribution: its kind, the source, cue and quotation spans, and
/// the reasons for the kind.
#[derive(Clone, Debug, PartialEq)]
pub struct Attribution {
    pub kind: AttributionKind,
    pub source: Option<Span>,
    pub cue: Option<Span>,
    pub quote: Option<Span>,
    pub reasons: Vec<Reason>,
}

impl Attribution {
    pub fn unattributed() -> Self {
        Attribution {
            kind: AttributionKind::Unattributed,
            source: None,
            cue: None,
            quote: None,
            reasons: Vec::new(),
        }
    }
}
