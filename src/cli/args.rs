//! Command-line arguments: the commands, their options and their messages.
//! `lexopt` splits the arguments (`--name value`, `--name=value`, `-h`, `--`
//! and `-` for standard input); what they mean and what a mistake prints is
//! decided here.

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
    let mut args = args.into_iter();
    let Some(first) = args.next() else {
        return Err(CliError::usage(
            "",
            "no command given: use analyze, sentences or eval",
        ));
    };
    let name = first.to_str().unwrap_or("");
    let mut parser = Parser {
        lex: lexopt::Parser::from_args(args),
        command: "",
    };
    match name {
        "-h" | "--help" => Ok(Command::Help(None)),
        "-V" | "--version" => Ok(Command::Version),
        "help" => match parser.lex.raw_args().ok().and_then(|mut rest| rest.next()) {
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
            Arg::Long(name) => match name.as_str() {
                "offset-unit" => {
                    let v = p.value(&name)?;
                    a.offset_unit = v.parse().map_err(|e| p.error(e))?;
                }
                "pretty" => a.pretty = p.flag(&name)?,
                "jsonl" => a.jsonl = p.flag(&name)?,
                "lossy" => a.input.lossy = p.flag(&name)?,
                "input" => {
                    let v = p.value(&name)?;
                    a.input.format = Some(v.parse().map_err(|e| p.error(e))?);
                }
                "format" => a.format = p.format(&name)?,
                "color" | "colour" => a.color = p.color(&name)?,
                "jobs" => {
                    let v = p.value(&name)?;
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
            Arg::Long(name) => match name.as_str() {
                "pretty" => a.pretty = p.flag(&name)?,
                "lossy" => a.input.lossy = p.flag(&name)?,
                "format" => a.format = p.format(&name)?,
                "color" | "colour" => a.color = p.color(&name)?,
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
            Arg::Long(name) => match name.as_str() {
                "data" => a.data = PathBuf::from(p.value_os(&name)?),
                "fixtures" => a.fixtures = PathBuf::from(p.value_os(&name)?),
                "json" => a.json = p.flag(&name)?,
                "verbose" => a.verbose = p.flag(&name)?,
                "only" => {
                    let v = p.value(&name)?;
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
    /// `--name`, its value (`--name=value` or the next argument) still to
    /// be taken by [`Parser::value`] or refused by [`Parser::flag`].
    Long(String),
    Positional(OsString),
}

struct Parser {
    lex: lexopt::Parser,
    command: &'static str,
}

impl Parser {
    fn next(&mut self) -> Result<Option<Arg>, CliError> {
        let arg = match self.lex.next() {
            Ok(arg) => arg,
            Err(e) => return Err(self.error(e)),
        };
        Ok(Some(match arg {
            None => return Ok(None),
            Some(lexopt::Arg::Short('h') | lexopt::Arg::Long("help")) => Arg::Help,
            Some(lexopt::Arg::Long(name)) => Arg::Long(name.to_string()),
            Some(lexopt::Arg::Short(c)) => {
                return Err(self.error(format!("unknown option \"-{c}\"")));
            }
            // Not an option, `-`, anything after `--`, or a name that is not
            // UTF-8 (only a file name can be).
            Some(lexopt::Arg::Value(v)) => Arg::Positional(v),
        }))
    }

    fn error(&self, message: impl std::fmt::Display) -> CliError {
        CliError::usage(self.command, message)
    }

    fn unknown(&self, name: &str) -> CliError {
        self.error(format!("unknown option '--{name}' for '{}'", self.command))
    }

    /// The value of `--name`: joined (`--name=value`) or the next argument,
    /// which must not be another option.
    fn value_os(&mut self, name: &str) -> Result<OsString, CliError> {
        if let Some(v) = self.lex.optional_value() {
            return Ok(v);
        }
        match self.lex.value() {
            Ok(v) if !v.to_str().is_some_and(|s| s.starts_with("--")) => Ok(v),
            _ => Err(self.error(format!("--{name} needs a value"))),
        }
    }

    fn value(&mut self, name: &str) -> Result<String, CliError> {
        let v = self.value_os(name)?;
        v.into_string()
            .map_err(|v| self.error(format!("invalid value {v:?} for --{name}")))
    }

    /// A switch: `--name` alone, never `--name=value`.
    fn flag(&mut self, name: &str) -> Result<bool, CliError> {
        match self.lex.optional_value() {
            None => Ok(true),
            Some(_) => Err(self.error(format!("--{name} takes no value"))),
        }
    }

    fn format(&mut self, name: &str) -> Result<Format, CliError> {
        match self.value(name)?.as_str() {
            "json" => Ok(Format::Json),
            "text" => Ok(Format::Text),
            other => Err(self.error(format!("unknown format {other:?}: use json or text"))),
        }
    }

    fn color(&mut self, name: &str) -> Result<ColorChoice, CliError> {
        match self.value(name)?.as_str() {
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

    /// The messages are the project's, whatever lexopt would have said.
    #[test]
    fn messages_name_the_option() {
        let message = |args: &[&str]| match parse_str(args) {
            Err(CliError::Usage(m)) => m,
            other => panic!("{args:?} gave {other:?}"),
        };
        assert!(message(&["analyze", "--pretty=yes"]).contains("--pretty takes no value"));
        assert!(message(&["eval", "--data", "--json"]).contains("--data needs a value"));
        assert!(message(&["eval", "--data"]).contains("--data needs a value"));
        assert!(message(&["analyze", "-x"]).contains("unknown option \"-x\""));
        assert!(
            message(&["sentences", "--frob"]).contains("unknown option '--frob' for 'sentences'")
        );
        let Ok(Command::Eval(a)) = parse_str(&["eval", "--data=--odd-dir"]) else {
            panic!("a joined value may start with dashes")
        };
        assert_eq!(a.data, PathBuf::from("--odd-dir"));
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
