//! Articles: a pasted page may hold several, each with its headline and verdict.

use crate::{Reason, Span};

/// The verdict for a whole article.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ArticleKind {
    Reporting,
    Opinion,
    Mixed,
}

impl ArticleKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ArticleKind::Reporting => "reporting",
            ArticleKind::Opinion => "opinion",
            ArticleKind::Mixed => "mixed",
        }
    }
}

/// Claim counts of one article, by attribution kind and by stance.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub claims: usize,
    pub named: usize,
    pub anonymous: usize,
    pub official: usize,
    pub unattributed: usize,
    pub opinion: usize,
    pub reporting: usize,
}

/// One article of the pasted text.
#[derive(Clone, Debug, PartialEq)]
pub struct Article {
    /// From the article's first character (its headline, when it has one)
    /// to the start of the next article or the end of the text.
    pub span: Span,
    pub headline: Option<Span>,
    pub kind: ArticleKind,
    pub reasons: Vec<Reason>,
    pub counts: Counts,
}
