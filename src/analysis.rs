//! The pipeline: text in, claims, skipped furniture and articles out.

use crate::error::{Error, ErrorKind, MAX_TEXT_BYTES};
use crate::{Article, Claim, Skipped, Span};

/// The analysis of one text, with spans in UTF-8 byte offsets.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Analysis {
    pub articles: Vec<Article>,
    pub claims: Vec<Claim>,
    pub skipped: Vec<Skipped>,
}

impl Analysis {
    /// Every byte offset the analysis refers to (for offset conversion).
    pub(crate) fn offsets(&self) -> Vec<usize> {
        let mut out = Vec::new();
        let mut push = |s: Span| {
            out.push(s.start);
            out.push(s.end);
        };
        for a in &self.articles {
            push(a.span);
            a.headline.into_iter().for_each(&mut push);
            a.reasons.iter().filter_map(|r| r.span).for_each(&mut push);
        }
        for c in &self.claims {
            push(c.span);
            let at = &c.attribution;
            [at.source, at.cue, at.quote]
                .into_iter()
                .flatten()
                .for_each(&mut push);
            at.reasons.iter().filter_map(|r| r.span).for_each(&mut push);
            c.stance.reasons.iter().for_each(|r| push(r.span));
        }
        self.skipped.iter().for_each(|s| push(s.span));
        out
    }
}

/// Checks that a text can be analysed at all.
pub(crate) fn check_input(text: &str) -> Result<(), Error> {
    if text.len() > MAX_TEXT_BYTES {
        return Err(Error::new(ErrorKind::TooLarge {
            bytes: text.len(),
            limit: MAX_TEXT_BYTES,
        }));
    }
    if crate::text::is_all_blank(text) {
        return Err(Error::new(ErrorKind::EmptyText));
    }
    Ok(())
}

/// Runs the whole analysis on `text`.
pub fn analyze_text(text: &str) -> Result<Analysis, Error> {
    check_input(text)?;
    Ok(Analysis::default())
}
