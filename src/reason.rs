//! Why a label was given: the rule that fired and the words that made it fire.

use std::borrow::Cow;

use crate::rule::RuleId;
use crate::Span;

/// One reason behind an attribution label or an article verdict.
#[derive(Clone, Debug, PartialEq)]
pub struct Reason {
    /// The rule that fired; its name is the output's `rule`.
    pub rule: RuleId,
    /// A sentence for the reader, quoting the words that triggered the rule.
    /// A fixed message is borrowed, not copied: most claims' reasons are one
    /// of a few fixed sentences, and a long text has hundreds of thousands.
    pub detail: Cow<'static, str>,
    /// The words in the text that triggered the rule, when there are any.
    pub span: Option<Span>,
}

impl Reason {
    pub fn new(rule: RuleId, detail: impl Into<Cow<'static, str>>, span: Option<Span>) -> Self {
        Reason {
            rule,
            detail: detail.into(),
            span,
        }
    }
}
