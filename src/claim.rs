//! A claim: one statement the article makes, with its labels.

use crate::{Attribution, Span, Stance};

/// One claim of the article body.
#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    pub span: Span,
    /// Index into [`Analysis::articles`](crate::Analysis).
    pub article: usize,
    /// Index of the paragraph in the whole text, counting body paragraphs only.
    pub paragraph: usize,
    pub attribution: Attribution,
    /// The claim's source in the article's roster (index into the
    /// analysis's sources), when it is attributed to one.
    pub source_id: Option<usize>,
    pub stance: Stance,
}
