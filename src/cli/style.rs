//! Colour for the text format: ANSI codes only when wanted.

use std::io::IsTerminal;

use super::args::ColorChoice;

/// Whether output is coloured.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Style {
    pub color: bool,
}

impl Style {
    /// `auto` colours only a terminal, and only when NO_COLOR is unset or empty
    /// (https://no-color.org) and TERM is not `dumb`.
    pub fn new(choice: ColorChoice) -> Style {
        let color = match choice {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                std::io::stdout().is_terminal()
                    && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::env::var_os("TERM").is_none_or(|t| t != "dumb")
            }
        };
        Style { color }
    }

    /// `text` wrapped in the ANSI SGR `code` ("1" bold, "33" yellow...).
    pub fn paint(&self, code: &str, text: &str) -> String {
        if self.color && !text.is_empty() && code != "0" {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    pub fn bold(&self, text: &str) -> String {
        self.paint("1", text)
    }

    pub fn dim(&self, text: &str) -> String {
        self.paint("2", text)
    }

    /// The colour of a stance or article kind.
    pub fn stance(&self, kind: &str) -> String {
        self.paint(stance_code(kind), kind)
    }
}

/// The SGR code of an attribution kind.
pub fn attribution_code(kind: &str) -> &'static str {
    match kind {
        "named" => "32",
        "official" => "34",
        "anonymous" => "35",
        _ => "0",
    }
}

/// The SGR code of a stance or article kind.
pub fn stance_code(kind: &str) -> &'static str {
    match kind {
        "opinion" => "1;33",
        "mixed" => "33",
        _ => "0",
    }
}
