//! Character classes for text as people paste it: Unicode spaces,
//! zero-width characters, soft hyphens, and straight or curly quotes.
//!
//! Nothing here rewrites the text: the analysis always works on the original
//! and reports offsets into it.

/// Characters that carry no visible content: whitespace of any kind
/// (including non-breaking spaces), zero-width spaces and joiners, the
/// byte-order mark, soft hyphens, and control characters.
pub fn is_blank(c: char) -> bool {
    if c.is_ascii() {
        // The ASCII blanks: the control characters and the space.
        return c <= ' ' || c == '\x7f';
    }
    c.is_whitespace()
        || matches!(
            c,
            '\u{200b}' // zero-width space
                | '\u{200c}' // zero-width non-joiner
                | '\u{200d}' // zero-width joiner
                | '\u{2060}' // word joiner
                | '\u{feff}' // byte-order mark
                | '\u{ad}' // soft hyphen
        )
        || c.is_control()
}

/// True when the text holds nothing but blank characters.
pub fn is_all_blank(s: &str) -> bool {
    s.chars().all(is_blank)
}

/// Characters that end a line: LF, CR (alone or in CRLF), and the Unicode
/// line and paragraph separators.
pub fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{85}' | '\u{0b}' | '\u{0c}'
    )
}

/// Opening double quotation marks, straight or typographic.
pub fn is_open_double_quote(c: char) -> bool {
    matches!(c, '"' | '\u{201c}' | '\u{201e}' | '\u{ab}' | '\u{201f}')
}

/// Closing double quotation marks, straight or typographic.
pub fn is_close_double_quote(c: char) -> bool {
    matches!(c, '"' | '\u{201d}' | '\u{bb}' | '\u{201f}')
}

/// Any double quotation mark.
pub fn is_double_quote(c: char) -> bool {
    is_open_double_quote(c) || is_close_double_quote(c)
}

/// Whether `s` ends with a closing quotation mark: a closing double mark, or
/// a single one right after the quotation's own punctuation ("... the sea,’
/// says"), which no apostrophe follows ("the Joneses’").
pub fn ends_with_closing_quote(s: &str) -> bool {
    let mut rev = s.chars().rev();
    match rev.next() {
        Some(c) if is_close_double_quote(c) => true,
        Some('\u{2019}' | '\'') => rev
            .next()
            .is_some_and(|p| matches!(p, ',' | '.' | '?' | '!' | '\u{2014}' | '\u{2013}')),
        _ => false,
    }
}

/// Single quotation marks and apostrophes, straight or typographic.
pub fn is_single_quote(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '`'
    )
}

/// Dashes used as punctuation (not the hyphen inside words).
pub fn is_dash(c: char) -> bool {
    matches!(c, '\u{2013}' | '\u{2014}' | '\u{2015}' | '\u{2212}')
}

/// Bullets that start list items and menu entries.
pub fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '\u{2022}'
            | '\u{2023}'
            | '\u{25e6}'
            | '\u{2043}'
            | '\u{2219}'
            | '\u{b7}'
            | '\u{25aa}'
            | '\u{25cf}'
            | '\u{25ba}'
            | '\u{27a2}'
    )
}

/// Whether a line or a word is a bare web address: "www.example.com",
/// "genealogy.com/Records_War", "voltride.com/recall" (one token, a dot
/// inside its host, letters after the dot), never an abbreviation ("U.S.",
/// "Jan."). The furniture rules ask it of lines, the attribution rules of
/// words (attribution/mute.rs).
pub fn is_web_address(s: &str) -> bool {
    let s = s.trim();
    if s.contains(char::is_whitespace) || s.contains('@') {
        return false;
    }
    let s = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"))
        .unwrap_or(s);
    let host = s.split('/').next().unwrap_or("");
    host.rsplit_once('.').is_some_and(|(name, tld)| {
        !name.is_empty()
            && tld.len() >= 2
            && tld.chars().all(|c| c.is_ascii_alphabetic())
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blanks_include_invisible_characters() {
        for c in [
            ' ', '\t', '\n', '\r', '\u{a0}', '\u{200b}', '\u{feff}', '\u{ad}', '\0', '\u{3000}',
        ] {
            assert!(is_blank(c), "{c:?}");
        }
        for c in ['a', '.', '\u{201c}', '\u{2022}'] {
            assert!(!is_blank(c), "{c:?}");
        }
    }

    #[test]
    fn quotes_straight_and_curly() {
        assert!(is_open_double_quote('\u{201c}') && is_close_double_quote('\u{201d}'));
        assert!(is_double_quote('"'));
        assert!(is_single_quote('\u{2019}'));
    }

    #[test]
    fn web_addresses_not_abbreviations() {
        for s in [
            "voltride.com",
            "voltride.com/recall",
            "www.example.org",
            "https://a.org/b",
        ] {
            assert!(is_web_address(s), "{s}");
        }
        for s in ["U.S.", "Jan.", "a.m.", "mail@example.com", "two words.com"] {
            assert!(!is_web_address(s), "{s}");
        }
    }
}
