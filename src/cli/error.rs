//! What can go wrong on the command line, and the exit status of each.
//!
//! Exit statuses follow BSD sysexits(3), as most Unix tools do.

use std::fmt;
use std::io;

/// Some JSON Lines records could not be analysed (the others were).
pub const PARTIAL: i32 = 1;
/// The command line was used wrongly (EX_USAGE).
pub const USAGE: i32 = 64;
/// The input was not usable: invalid UTF-8, empty text, malformed data (EX_DATAERR).
pub const DATA: i32 = 65;
/// An input file did not exist or could not be read (EX_NOINPUT).
pub const NO_INPUT: i32 = 66;
/// A bug in claimlens (EX_SOFTWARE).
pub const INTERNAL: i32 = 70;
/// Output could not be written (EX_IOERR).
pub const IO: i32 = 74;

/// A failure of a command, with the one line that tells the user why.
#[derive(Debug)]
pub enum CliError {
    /// Wrong arguments; the message says what and where to get help.
    Usage(String),
    /// Unusable input data.
    Data(String),
    /// A missing or unreadable input.
    NoInput(String),
    /// Output could not be written.
    Io(String),
    /// The reader of our output went away (`claimlens ... | head`): stop quietly.
    BrokenPipe,
    /// A bug: a panic caught at the top.
    Internal(String),
}

impl CliError {
    pub fn code(&self) -> i32 {
        match self {
            CliError::Usage(_) => USAGE,
            CliError::Data(_) => DATA,
            CliError::NoInput(_) => NO_INPUT,
            CliError::Io(_) => IO,
            CliError::BrokenPipe => 0,
            CliError::Internal(_) => INTERNAL,
        }
    }

    /// An error while writing to standard output.
    pub fn output(e: io::Error) -> CliError {
        if e.kind() == io::ErrorKind::BrokenPipe {
            CliError::BrokenPipe
        } else {
            CliError::Io(format!("cannot write the output: {e}"))
        }
    }

    /// A usage error for `command`, pointing at its help.
    pub fn usage(command: &str, message: impl fmt::Display) -> CliError {
        let help = if command.is_empty() {
            "claimlens --help".to_string()
        } else {
            format!("claimlens {command} --help")
        };
        CliError::Usage(format!("{message} (see '{help}')"))
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CliError::Usage(m)
            | CliError::Data(m)
            | CliError::NoInput(m)
            | CliError::Io(m)
            | CliError::Internal(m) => f.write_str(m),
            CliError::BrokenPipe => f.write_str("the output was closed"),
        }
    }
}
