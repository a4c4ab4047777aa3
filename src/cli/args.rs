//! Command-line arguments, parsed by hand: `--name value`, `--name=value`,
//! `-h`, `--` and `-` (standard input).

use std::collections::VecDeque;
use std::ffi::OsString;
use std::path::PathBuf;

use claimlens::OffsetUnit;

use super::error::CliError;

/// What the user asked for.
#[derive(Debug, PartialEq)]
pub enum Command {
    /// Print the help of a command (`None`: the overview).
    Help(Option<&'static str>),
    Version,
    Analyze(AnalyzeArgs),
    Sentences(SentencesArgs),
    Eval(EvalArgs),
}

/// Where the text comes from.
#[derive(Debug, PartialEq, Default)]
pub struct Input {
    /// `None` for standard input (no argument, or `-`).
    pub path: Option<PathBuf>,
    /// Replace invalid UTF-8 with U+FFFD instead of refusing the input.
    pub lossy: bool,
    /// `--input html|text`: how to read it (`None`: by its name and opening).
    pub format: Option<super::input::InputFormat>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Format {
    #[default]
    Json,
    Text,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ColorChoice {
    #[default]
    Auto,
    Always,
    Never,
}

#[derive(Debug, PartialEq, Default)]
pub struct AnalyzeArgs {
    pub input: Input,
    pub offset_unit: OffsetUnit,
    pub pretty: bool,
    pub jsonl: bool,
    pub format: Format,
    pub color: ColorChoice,
    /// Worker threads for `--jsonl` (`None`: one per core).
    pub jobs: Option<usize>,
}

#[derive(Debug, PartialEq, Default)]
pub struct SentencesArgs {
    pub input: Input,
    pub pretty: bool,
    pub format: Format,
    pub color: ColorChoice,
}

/// Which parts of the evaluation to run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sections {
    pub golden: bool,
    pub subjectivity: bool,
    pub seeds: bool,
    pub realnews: bool,
    pub pages: bool,
}

#[derive(Debug, PartialEq)]
pub struct EvalArgs {
    pub data: PathBuf,
    pub fixtures: PathBuf,
    pub json: bool,
    pub verbose: bool,
    pub sections: Sections,
}

impl Default for EvalArgs {
    fn default() -> Self {
        EvalArgs {
            data: PathBuf::from("../shared/eval"),
            fixtures: PathBuf::from("tests/fixtures"),
            json: false,
            verbose: false,
            sections: Sections {
                golden: true,
                subjectivity: true,
                seeds: true,
                realnews: true,
                pages: true,
            },
        }
    }
}

/// Parses the arguments after the program name.
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Command, CliError> {
    let mut args: VecDeque<OsString> = args.into_iter().collect();
    let Some(first) = args.pop_front() else {
        return Err(CliError::usage(
            "",
            "no command given: use analyze, sentences or eval",
        ));
    };
    let name = first.to_str().unwrap_or("");
    let mut parser = Parser {
        args,
        command: "",
        rest_positional: false,
    };
    match name {
        "-h" | "--help" => Ok(Command::Help(None)),
        "-V" | "--version" => Ok(Command::Version),
        "help" => match parser.args.pop_front() {
            None => Ok(Command::Help(None)),
            Some(topic) => match topic.to_str().and_then(command_name) {
                Some(c) => Ok(Command::Help(Some(c))),
                None => Err(CliError::usage(
                    "",
                    format!("no help on {topic:?}: commands are analyze, sentences and eval"),
                )),
            },
        },
        "analyze" | "analyse" => {
            parser.command = "analyze";
            analyze(parser)
        }
        "sentences" => {
            parser.command = "sentences";
            sentences(parser)
        }
        "eval" => {
            parser.command = "eval";
            eval(parser)
        }
        _ if name.starts_with('-') => Err(CliError::usage(
            "",
            format!("{first:?} must follow a command (analyze, sentences or eval)"),
        )),
        _ => Err(CliError::usage(
            "",
            format!("unknown command {first:?}: use analyze, sentences or eval"),
        )),
    }
}

fn command_name(s: &str) -> Option<&'static str> {
    match s {
        "analyze" | "analyse" => Some("analyze"),
        "sentences" => Some("sentences"),
        "eval" => Some("eval"),
        _ => None,
    }
}

fn analyze(mut p: Parser) -> Result<Command, CliError> {
    let mut a = AnalyzeArgs::default();
    let mut input = None;
    while let Some(arg) = p.next()? {
        match arg {
            Arg::Help => return Ok(Command::Help(Some("analyze"))),
            Arg::Long(name, value) => match name.as_str() {
                "offset-unit" => {
                    let v = p.value(&name, value)?;
                    a.offset_unit = v.parse().map_err(|e| p.error(e))?;
                }
                "pretty" => a.pretty = p.flag(&name, value)?,
                "jsonl" => a.jsonl = p.flag(&name, value)?,
                "lossy" => a.input.lossy = p.flag(&name, value)?,
                "input" => {
                    let v = p.value(&name, value)?;
                    a.input.format = Some(v.parse().map_err(|e| p.error(e))?);
                }
                "format" => a.format = p.format(&name, value)?,
                "color" | "colour" => a.color = p.color(&name, value)?,
                "jobs" => {
                    let v = p.value(&name, value)?;
                    match v.parse::<usize>() {
                        Ok(n) if n > 0 => a.jobs = Some(n),
                        _ => {
                            return Err(
                                p.error(format!("--jobs wants a positive number, not {v:?}"))
                            )
                        }
                    }
                }
                _ => return Err(p.unknown(&name)),
            },
            Arg::Positional(path) => p.positional(&mut input, path)?,
        }
    }
    if a.pretty && a.format == Format::Text {
        return Err(p.error("--pretty applies to --format json only"));
    }
    if a.pretty && a.jsonl {
        return Err(
            p.error("--pretty cannot be used with --jsonl: each result must stay on one line")
        );
    }
    a.input.path = input.flatten();
    Ok(Command::Analyze(a))
}

fn sentences(mut p: Parser) -> Result<Command, CliError> {
    let mut a = SentencesArgs::default();
    let mut input = None;
    while let Some(arg) = p.next()? {
        match arg {
            Arg::Help => return Ok(Command::Help(Some("sentences"))),
            Arg::Long(name, value) => match name.as_str() {
                "pretty" => a.pretty = p.flag(&name, value)?,
                "lossy" => a.input.lossy = p.flag(&name, value)?,
                "format" => a.format = p.format(&name, value)?,
                "color" | "colour" => a.color = p.color(&name, value)?,
                _ => return Err(p.unknown(&name)),
            },
            Arg::Positional(path) => p.positional(&mut input, path)?,
        }
    }
    if a.pretty && a.format == Format::Text {
        return Err(p.error("--pretty applies to --format json only"));
    }
    a.input.path = input.flatten();
    Ok(Command::Sentences(a))
}

fn eval(mut p: Parser) -> Result<Command, CliError> {
    let mut a = EvalArgs::default();
    while let Some(arg) = p.next()? {
        match arg {
            Arg::Help => return Ok(Command::Help(Some("eval"))),
            Arg::Long(name, value) => match name.as_str() {
                "data" => a.data = PathBuf::from(p.value_os(&name, value)?),
                "fixtures" => a.fixtures = PathBuf::from(p.value_os(&name, value)?),
                "json" => a.json = p.flag(&name, value)?,
                "verbose" => a.verbose = p.flag(&name, value)?,
                "only" => {
                    let v = p.value(&name, value)?;
                    let mut s = Sections {
                        golden: false,
                        subjectivity: false,
                        seeds: false,
                        realnews: false,
                        pages: false,
                    };
                    for part in v.split(',').map(str::trim) {
                        match part {
                            "golden" => s.golden = true,
                            "subjectivity" => s.subjectivity = true,
                            "seeds" => s.seeds = true,
                            "realnews" => s.realnews = true,
                            "pages" => s.pages = true,
                            _ => {
                                return Err(p.error(format!(
                                    "unknown section {part:?} in --only: use golden, subjectivity, seeds, realnews, pages"
                                )))
                            }
                        }
                    }
                    a.sections = s;
                }
                _ => return Err(p.unknown(&name)),
            },
            Arg::Positional(extra) => {
                return Err(p.error(format!(
                    "unexpected argument {extra:?}: eval takes --data DIR and --fixtures DIR"
                )))
            }
        }
    }
    Ok(Command::Eval(a))
}

enum Arg {
    Help,
    /// `--name` or `--name=value`.
    Long(String, Option<OsString>),
    Positional(OsString),
}

struct Parser {
    args: VecDeque<OsString>,
    command: &'static str,
    /// After `--`, everything is positional.
    rest_positional: bool,
}

impl Parser {
    fn next(&mut self) -> Result<Option<Arg>, CliError> {
        let Some(arg) = self.args.pop_front() else {
            return Ok(None);
        };
        if self.rest_positional {
            return Ok(Some(Arg::Positional(arg)));
        }
        let Some(s) = arg.to_str() else {
            // Not UTF-8: can only be a file name.
            return Ok(Some(Arg::Positional(arg)));
        };
        if s == "--" {
            self.rest_positional = true;
            return self.next();
        }
        if s == "-h" || s == "--help" {
            return Ok(Some(Arg::Help));
        }
        if let Some(long) = s.strip_prefix("--") {
            return Ok(Some(match long.split_once('=') {
                Some((name, value)) => Arg::Long(name.to_string(), Some(OsString::from(value))),
                None => Arg::Long(long.to_string(), None),
            }));
        }
        if s.starts_with('-') && s != "-" {
            return Err(self.error(format!("unknown option {s:?}")));
        }
        Ok(Some(Arg::Positional(arg)))
    }

    fn error(&self, message: impl std::fmt::Display) -> CliError {
        CliError::usage(self.command, message)
    }

    fn unknown(&self, name: &str) -> CliError {
        self.error(format!("unknown option '--{name}' for '{}'", self.command))
    }

    fn value_os(&mut self, name: &str, inline: Option<OsString>) -> Result<OsString, CliError> {
        if let Some(v) = inline {
            return Ok(v);
        }
        match self.args.pop_front() {
            Some(v) if !v.to_str().is_some_and(|s| s.starts_with("--")) => Ok(v),
            _ => Err(self.error(format!("--{name} needs a value"))),
        }
    }

    fn value(&mut self, name: &str, inline: Option<OsString>) -> Result<String, CliError> {
        let v = self.value_os(name, inline)?;
        v.into_string()
            .map_err(|v| self.error(format!("invalid value {v:?} for --{name}")))
    }

    fn flag(&self, name: &str, inline: Option<OsString>) -> Result<bool, CliError> {
        match inline {
            None => Ok(true),
            Some(_) => Err(self.error(format!("--{name} takes no value"))),
        }
    }

    fn format(&mut self, name: &str, inline: Option<OsString>) -> Result<Format, CliError> {
        match self.value(name, inline)?.as_str() {
            "json" => Ok(Format::Json),
            "text" => Ok(Format::Text),
            other => Err(self.error(format!("unknown format {other:?}: use json or text"))),
        }
    }

    fn color(&mut self, name: &str, inline: Option<OsString>) -> Result<ColorChoice, CliError> {
        match self.value(name, inline)?.as_str() {
            "auto" => Ok(ColorChoice::Auto),
            "always" => Ok(ColorChoice::Always),
            "never" => Ok(ColorChoice::Never),
            other => Err(self.error(format!(
                "unknown --color {other:?}: use auto, always or never"
            ))),
        }
    }

    /// Takes the one input argument: a path, or `-` for standard input.
    fn positional(
        &self,
        slot: &mut Option<Option<PathBuf>>,
        arg: OsString,
    ) -> Result<(), CliError> {
        if slot.is_some() {
            return Err(self.error(format!(
                "unexpected argument {arg:?}: '{}' reads one input (use --jsonl for many texts)",
                self.command
            )));
        }
        *slot = Some((arg != "-").then(|| PathBuf::from(arg)));
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(args: &[&str]) -> Result<Command, CliError> {
        parse(args.iter().map(OsString::from))
    }

    #[test]
    fn analyze_options() {
        let Ok(Command::Analyze(a)) =
            parse_str(&["analyze", "--offset-unit=utf16", "--pretty", "a.txt"])
        else {
            panic!("not parsed")
        };
        assert_eq!(a.offset_unit, OffsetUnit::Utf16);
        assert!(a.pretty);
        assert_eq!(a.input.path, Some(PathBuf::from("a.txt")));
    }

    #[test]
    fn dash_is_standard_input() {
        let Ok(Command::Sentences(a)) = parse_str(&["sentences", "-"]) else {
            panic!()
        };
        assert_eq!(a.input.path, None);
    }

    #[test]
    fn refuses_bad_values() {
        assert!(matches!(
            parse_str(&["analyze", "--offset-unit", "bytes"]),
            Err(CliError::Usage(_))
        ));
        assert!(matches!(
            parse_str(&["analyze", "--offset-unit"]),
            Err(CliError::Usage(_))
        ));
        assert!(matches!(
            parse_str(&["analyze", "--pretty=yes"]),
            Err(CliError::Usage(_))
        ));
        assert!(matches!(
            parse_str(&["analyze", "a", "b"]),
            Err(CliError::Usage(_))
        ));
        assert!(matches!(
            parse_str(&["eval", "--only", "x"]),
            Err(CliError::Usage(_))
        ));
        assert!(matches!(
            parse_str(&["frobnicate"]),
            Err(CliError::Usage(_))
        ));
        assert!(matches!(parse_str(&[]), Err(CliError::Usage(_))));
    }

    #[test]
    fn double_dash_ends_options() {
        let Ok(Command::Analyze(a)) = parse_str(&["analyze", "--", "--pretty"]) else {
            panic!()
        };
        assert!(!a.pretty);
        assert_eq!(a.input.path, Some(PathBuf::from("--pretty")));
    }
}
