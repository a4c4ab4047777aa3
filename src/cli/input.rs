//! Reading the text: a file or standard input, checked as UTF-8.

use std::fs::File;
use std::io::{self, BufRead, BufReader, IsTerminal, Read};
use std::path::Path;

use super::args::Input;
use super::error::CliError;

/// How an input is read: as an HTML page, or as text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputFormat {
    Html,
    Text,
}

impl std::str::FromStr for InputFormat {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "html" => Ok(InputFormat::Html),
            "text" => Ok(InputFormat::Text),
            _ => Err(format!("--input wants html or text, not {s:?}")),
        }
    }
}

impl InputFormat {
    /// The format of `text` read from `path`: the one asked for, else HTML
    /// for a `.html` or `.htm` file or a text opening with `<!doctype html>`
    /// or `<html>`, else text.
    pub fn of(asked: Option<InputFormat>, path: Option<&Path>, text: &str) -> InputFormat {
        let by_name = path
            .and_then(Path::extension)
            .and_then(|e| e.to_str())
            .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"));
        asked.unwrap_or(if by_name || claimlens::html::looks_like_html(text) {
            InputFormat::Html
        } else {
            InputFormat::Text
        })
    }

    /// Analyses `text` read in this format.
    pub fn analyze(
        self,
        text: &str,
        options: &claimlens::Options,
    ) -> Result<claimlens::Document, claimlens::Error> {
        match self {
            InputFormat::Html => claimlens::analyze_html(text, options),
            InputFormat::Text => claimlens::analyze(text, options),
        }
    }

    /// Analyses `text` read in this format, for a document written as it is
    /// made ([`claimlens::Stream`]): the analysis, and the text its offsets
    /// refer to when that is not the input (a page's text read out of HTML).
    pub fn analysis(
        self,
        text: &str,
    ) -> Result<(claimlens::Analysis, Option<String>), claimlens::Error> {
        match self {
            InputFormat::Html => {
                let page = claimlens::html::read(text);
                let analysis = claimlens::analyze_blocks(&page.text, &page.blocks)?;
                Ok((analysis, Some(page.text)))
            }
            InputFormat::Text => Ok((claimlens::analyze_text(text)?, None)),
        }
    }
}

/// How an input is named in messages.
pub fn name(path: Option<&Path>) -> String {
    match path {
        Some(p) => p.display().to_string(),
        None => "standard input".to_string(),
    }
}

/// Opens the input for buffered reading.
pub fn open(path: Option<&Path>) -> Result<Box<dyn BufRead>, CliError> {
    match path {
        Some(p) => {
            let file = File::open(p).map_err(|e| unreadable(p, &e))?;
            if file.metadata().is_ok_and(|m| m.is_dir()) {
                return Err(CliError::NoInput(format!(
                    "cannot read {}: it is a directory",
                    p.display()
                )));
            }
            Ok(Box::new(BufReader::with_capacity(1 << 16, file)))
        }
        None => {
            let stdin = io::stdin();
            if stdin.is_terminal() {
                eprintln!("claimlens: reading standard input (end with Ctrl-D)");
            }
            Ok(Box::new(stdin.lock()))
        }
    }
}

/// Reads the whole input as text.
pub fn read(input: &Input) -> Result<String, CliError> {
    let path = input.path.as_deref();
    let mut bytes = Vec::new();
    open(path)?
        .read_to_end(&mut bytes)
        .map_err(|e| read_error(path, &e))?;
    decode(bytes, &name(path), input.lossy)
}

/// Turns bytes into text, refusing invalid UTF-8 with its position unless `lossy`.
pub fn decode(bytes: Vec<u8>, name: &str, lossy: bool) -> Result<String, CliError> {
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(e) if lossy => Ok(String::from_utf8_lossy(e.as_bytes()).into_owned()),
        Err(e) => {
            let bytes = e.as_bytes();
            let at = e.utf8_error().valid_up_to();
            Err(CliError::Data(format!(
                "{name} is not valid UTF-8: {} (rerun with --lossy to replace invalid bytes)",
                invalid_utf8(bytes, at)
            )))
        }
    }
}

/// Describes where UTF-8 decoding failed: "byte 0xFF at byte offset 12 (line 2)".
pub fn invalid_utf8(bytes: &[u8], at: usize) -> String {
    let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
    match bytes.get(at) {
        Some(b) => format!("byte 0x{b:02X} at byte offset {at} (line {line})"),
        None => format!("truncated character at byte offset {at} (line {line})"),
    }
}

fn unreadable(path: &Path, e: &io::Error) -> CliError {
    let why = match e.kind() {
        io::ErrorKind::NotFound => "no such file".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    };
    CliError::NoInput(format!("cannot read {}: {why}", path.display()))
}

/// An error while reading an input that was opened.
pub fn read_error(path: Option<&Path>, e: &io::Error) -> CliError {
    match path {
        Some(p) => unreadable(p, e),
        None => CliError::NoInput(format!("cannot read standard input: {e}")),
    }
}
