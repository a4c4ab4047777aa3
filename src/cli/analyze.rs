//! `claimlens analyze`: one text in, its document out.

use std::io::Write;

use claimlens::{Options, Stream};

use super::args::{AnalyzeArgs, Format};
use super::error::CliError;
use super::style::Style;
use super::{input, table};

pub fn run(args: &AnalyzeArgs) -> Result<(), CliError> {
    let text = input::read(&args.input)?;
    let name = input::name(args.input.path.as_deref());
    let format = input::InputFormat::of(args.input.format, args.input.path.as_deref(), &text);
    let unreadable = |e: claimlens::Error| CliError::Data(format!("{name}: {e}"));
    let mut out = super::stdout();
    match args.format {
        // Written as it is made, entry by entry: a long text's document is
        // several times its size, and need not sit in memory beside its
        // analysis, nor whole in an output buffer.
        Format::Json => {
            let (analysis, page_text) = format.analysis(&text).map_err(unreadable)?;
            let doc = match &page_text {
                Some(page) => Stream::new(page, &analysis, args.offset_unit).with_text(),
                None => Stream::new(&text, &analysis, args.offset_unit),
            };
            let written = if args.pretty {
                serde_json::to_writer_pretty(&mut out, &doc)
            } else {
                serde_json::to_writer(&mut out, &doc)
            };
            match written {
                Ok(()) => out.write_all(b"\n"),
                Err(e) if e.is_io() => Err(std::io::Error::from(e)),
                Err(e) => {
                    return Err(CliError::Internal(format!(
                        "cannot serialise the document: {e}"
                    )))
                }
            }
        }
        Format::Text => {
            let options = Options {
                offset_unit: args.offset_unit,
            };
            let doc = format.analyze(&text, &options).map_err(unreadable)?;
            table::write_document(&mut out, &doc, Style::new(args.color), table::width())
        }
    }
    .and_then(|()| out.flush())
    .map_err(CliError::output)
}
