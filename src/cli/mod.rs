//! The command line: argument parsing, the commands, and the one place
//! that prints errors and chooses the exit status.

mod analyze;
mod args;
mod error;
mod eval;
mod help;
mod input;
mod jsonl;
mod panic;
mod sentences;
mod style;
mod table;

use std::io::{self, BufWriter, Write};

use args::Command;
use error::CliError;

/// Runs the command line and returns the exit status.
pub fn main() -> i32 {
    panic::install_hook();
    let result = panic::catch(|| run(std::env::args_os().skip(1)))
        .unwrap_or_else(|message| Err(CliError::Internal(message)));
    match result {
        Ok(code) => code,
        Err(CliError::BrokenPipe) => 0,
        Err(e) => {
            eprintln!("claimlens: {e}");
            e.code()
        }
    }
}

fn run(args: impl Iterator<Item = std::ffi::OsString>) -> Result<i32, CliError> {
    match args::parse(args)? {
        Command::Help(topic) => print(help::of(topic)).map(|()| 0),
        Command::Version => print(&format!("{}\n", help::VERSION)).map(|()| 0),
        Command::Analyze(a) if a.jsonl => jsonl::run(&a),
        Command::Analyze(a) => analyze::run(&a).map(|()| 0),
        Command::Sentences(a) => sentences::run(&a).map(|()| 0),
        Command::Eval(a) => eval::run(&a).map(|()| 0),
    }
}

fn print(text: &str) -> Result<(), CliError> {
    let mut out = io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(CliError::output)
}

/// Buffered standard output, locked once.
pub fn stdout() -> BufWriter<io::StdoutLock<'static>> {
    BufWriter::with_capacity(1 << 16, io::stdout().lock())
}
