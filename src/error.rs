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
            ErrorKind::TooLarge { bytes, limit } => write!(
                f,
                "the text is {:.1} MB; claimlens analyses at most {:.0} MB at a time",
                *bytes as f64 / 1e6,
                *limit as f64 / 1e6
            ),
        }
    }
}

impl std::error::Error for Error {}
