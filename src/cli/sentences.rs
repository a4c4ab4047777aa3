//! `claimlens sentences`: the sentence splitter's output alone.

use std::io::Write;

use super::args::{Format, SentencesArgs};
use super::error::CliError;
use super::style::Style;
use super::{input, table};

pub fn run(args: &SentencesArgs) -> Result<(), CliError> {
    let text = input::read(&args.input)?;
    let sentences: Vec<&str> = claimlens::sentences(&text)
        .iter()
        .map(|s| s.of(&text))
        .collect();
    let mut out = super::stdout();
    match args.format {
        Format::Json => {
            let bytes = if args.pretty {
                serde_json::to_vec_pretty(&sentences)
            } else {
                serde_json::to_vec(&sentences)
            }
            .map_err(|e| CliError::Internal(format!("cannot serialise the sentences: {e}")))?;
            out.write_all(&bytes).and_then(|()| out.write_all(b"\n"))
        }
        Format::Text => {
            table::write_sentences(&mut out, &sentences, Style::new(args.color), table::width())
        }
    }
    .and_then(|()| out.flush())
    .map_err(CliError::output)
}
