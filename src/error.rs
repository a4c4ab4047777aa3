//! Typed errors of the analysis core.

use std::fmt;

/// The largest text [`analyze`](crate::analyze) accepts, in UTF-8 bytes.
pub const MAX_TEXT_BYTES: usize = 64 * 1024 * 1024;

/// Why a text could not be analysed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
}

/// The kinds of [`Error`].
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The text is empty or holds only blank characters.
    EmptyText,
    /// The text is longer than the analysis accepts.
    TooLarge { bytes: usize, limit: usize },
}

impl Error {
    pub(crate) fn new(kind: ErrorKind) -> Self {
        Error { kind }
    }

    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::EmptyText => write!(f, "the text is empty: paste an article to analyse"),
            // `{:.1}` and `{:.0}` written by `fixed`: core's float formatter
            // stays out of the browser build.
            ErrorKind::TooLarge { bytes, limit } => write!(
                f,
                "the text is {} MB; claimlens analyses at most {} MB at a time",
                crate::fixed::fixed(*bytes as f64 / 1e6, 1, false),
                crate::fixed::fixed(*limit as f64 / 1e6, 0, false)
            ),
        }
    }
}

impl std::error::Error for Error {}
