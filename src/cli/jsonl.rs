//! `claimlens analyze --jsonl`: an archive of articles, one JSON object per
//! line, analysed in order (in parallel batches) and written one result per line.

use std::borrow::Cow;
use std::io::{BufRead, Write};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use claimlens::{Document, Options};
use serde::Serialize;
use serde_json::{Map, Value};

use super::args::{AnalyzeArgs, Format};
use super::error::{self, CliError};
use super::input::InputFormat;
use super::style::Style;
use super::{input, panic, table};

/// A batch is processed once it holds this many bytes or lines.
const BATCH_BYTES: usize = 4 << 20;
const BATCH_LINES: usize = 2048;
/// Output fields that input fields may not overwrite.
const RESERVED: [&str; 3] = ["line", "result", "error"];

#[derive(Serialize)]
struct Success<'a> {
    #[serde(flatten)]
    fields: &'a Map<String, Value>,
    line: usize,
    result: &'a Document,
}

#[derive(Serialize)]
struct Failure<'a> {
    #[serde(flatten)]
    fields: &'a Map<String, Value>,
    line: usize,
    error: &'a str,
}

/// How each line is analysed and written.
struct Job {
    options: Options,
    /// Replace invalid UTF-8 in a line with U+FFFD instead of failing the line.
    lossy: bool,
    /// `--input`: how every record's text is read, unless it says.
    input: Option<InputFormat>,
    format: Format,
    style: Style,
    width: usize,
}

/// One input line, numbered from 1.
struct Line {
    number: usize,
    bytes: Vec<u8>,
}

/// The output of one line, and whether it failed.
struct Written {
    bytes: Vec<u8>,
    failed: bool,
}

pub fn run(args: &AnalyzeArgs) -> Result<i32, CliError> {
    let path = args.input.path.as_deref();
    let mut reader = input::open(path)?;
    let job = Job {
        options: Options {
            offset_unit: args.offset_unit,
        },
        lossy: args.input.lossy,
        input: args.input.format,
        format: args.format,
        style: Style::new(args.color),
        width: table::width(),
    };
    let jobs = args
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let mut out = super::stdout();
    let started = Instant::now();
    let (mut lines, mut failures, mut bytes_in) = (0usize, 0usize, 0usize);
    let mut batch: Vec<Line> = Vec::new();
    let mut batch_bytes = 0;
    let mut number = 0;
    loop {
        let mut bytes = Vec::new();
        let n = reader
            .read_until(b'\n', &mut bytes)
            .map_err(|e| input::read_error(path, &e))?;
        if n > 0 {
            number += 1;
            bytes_in += n;
            if !bytes.iter().all(u8::is_ascii_whitespace) {
                batch_bytes += bytes.len();
                batch.push(Line { number, bytes });
            }
        }
        if n == 0 || batch_bytes >= BATCH_BYTES || batch.len() >= BATCH_LINES {
            for written in process(&job, &batch, jobs) {
                failures += usize::from(written.failed);
                out.write_all(&written.bytes).map_err(CliError::output)?;
            }
            lines += batch.len();
            batch.clear();
            batch_bytes = 0;
        }
        if n == 0 {
            break;
        }
    }
    out.flush().map_err(CliError::output)?;
    let seconds = started.elapsed().as_secs_f64();
    let mut summary = format!(
        "claimlens: {lines} lines, {failures} errors ({:.1} MB in {seconds:.2} s: {:.1} MB/s, {:.0} articles/s)",
        bytes_in as f64 / 1e6,
        bytes_in as f64 / 1e6 / seconds.max(1e-9),
        lines as f64 / seconds.max(1e-9),
    );
    if failures > 0 {
        summary.push_str("; failed lines carry an \"error\" field");
    }
    eprintln!("{summary}");
    Ok(if failures > 0 { error::PARTIAL } else { 0 })
}

/// Analyses a batch on up to `jobs` threads, returning the outputs in input order.
fn process(job: &Job, batch: &[Line], jobs: usize) -> Vec<Written> {
    let jobs = jobs.min(batch.len());
    if jobs <= 1 {
        return batch.iter().map(|line| one(job, line)).collect();
    }
    let next = AtomicUsize::new(0);
    let mut done: Vec<(usize, Written)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..jobs)
            .map(|_| {
                scope.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(line) = batch.get(i) else { break };
                        mine.push((i, one(job, line)));
                    }
                    mine
                })
            })
            .collect();
        // Each line's analysis runs under `panic::catch`, so workers do not panic.
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap_or_default())
            .collect()
    });
    done.sort_unstable_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, w)| w).collect()
}

/// Analyses one line and writes its output line.
fn one(job: &Job, line: &Line) -> Written {
    let mut fields = Map::new();
    let outcome = analyze_line(job, &line.bytes, &mut fields);
    let mut bytes = Vec::new();
    let failed = outcome.is_err();
    match (job.format, outcome) {
        (Format::Json, Ok(doc)) => {
            let record = Success {
                fields: &fields,
                line: line.number,
                result: &doc,
            };
            write_json(&mut bytes, &record);
        }
        (Format::Json, Err(message)) => {
            let record = Failure {
                fields: &fields,
                line: line.number,
                error: &message,
            };
            write_json(&mut bytes, &record);
        }
        (Format::Text, outcome) => {
            let id = fields
                .get("id")
                .map(|id| format!(" · id {id}"))
                .unwrap_or_default();
            let heading = job.style.bold(&format!("== line {}{id} ==", line.number));
            let _ = writeln!(bytes, "{heading}");
            let _ = match outcome {
                Ok(doc) => table::write_document(&mut bytes, &doc, job.style, job.width),
                Err(message) => writeln!(bytes, "error: {message}"),
            };
            let _ = writeln!(bytes);
        }
    }
    Written { bytes, failed }
}

fn write_json(bytes: &mut Vec<u8>, record: &impl Serialize) {
    if let Err(e) = serde_json::to_writer(&mut *bytes, record) {
        // Only a non-string map key could fail here, and the input had none;
        // still, say so on the line rather than write half a record.
        bytes.clear();
        let message = Value::String(format!("cannot serialise the result: {e}"));
        let _ = write!(bytes, "{{\"error\":{message}}}");
    }
    bytes.push(b'\n');
}

/// Reads the record of one line and analyses its text; every other field
/// lands in `fields` to be copied to the output.
fn analyze_line(
    job: &Job,
    bytes: &[u8],
    fields: &mut Map<String, Value>,
) -> Result<Document, String> {
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => Cow::Borrowed(text),
        Err(_) if job.lossy => String::from_utf8_lossy(bytes),
        Err(e) => {
            let at = e.valid_up_to();
            return Err(format!(
                "the line is not valid UTF-8: byte 0x{:02X} at byte offset {at} of the line \
                 (rerun with --lossy to replace invalid bytes)",
                bytes[at]
            ));
        }
    };
    // Without its line end, so that a parse error's "line 1 column N" points
    // into this record rather than at a second line it does not have.
    let record = text.trim_end_matches(['\n', '\r']);
    let record: Value = serde_json::from_str(record).map_err(|e| format!("malformed JSON: {e}"))?;
    let Value::Object(mut record) = record else {
        return Err(format!(
            "expected a JSON object with a \"text\" field, found {}",
            kind(&record)
        ));
    };
    let text = record.remove("text");
    // A record may say how its text is read ("format": "html"); the field is
    // copied through like any other.
    let asked = match record.get("format") {
        None => job.input,
        Some(Value::String(s)) => Some(s.parse::<InputFormat>().map_err(|_| {
            format!("the \"format\" field must be \"html\" or \"text\", not {s:?}")
        })?),
        Some(other) => {
            return Err(format!(
                "the \"format\" field must be a string, found {}",
                kind(other)
            ))
        }
    };
    for name in RESERVED {
        record.remove(name);
    }
    *fields = record;
    let text = match text {
        Some(Value::String(s)) => s,
        Some(other) => {
            return Err(format!(
                "the \"text\" field must be a string, found {}",
                kind(&other)
            ))
        }
        None => return Err("missing \"text\" field".to_string()),
    };
    let format = InputFormat::of(asked, None, &text);
    panic::catch(|| format.analyze(&text, &job.options))?.map_err(|e| e.to_string())
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}
