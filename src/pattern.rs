//! Regex patterns compiled without regex's Unicode tables.
//!
//! The rules write patterns in the usual syntax (`\w`, `\s`, `\d`, `\b`,
//! `(?i)`); [`new`] rewrites them into explicit forms before compiling, so
//! that the `regex` crate builds without its `unicode-perl` and
//! `unicode-case` features (about 35 KB of the gzipped browser module) and
//! its automata stay small (a Unicode `\w` is hundreds of states, a Unicode
//! `\b` stops the fast lazy DFA at the first non-ASCII byte). The browser
//! build compiles the same rewritten text with regex-lite (`Cargo.toml`),
//! which has no Unicode classes nor case tables at all: written out, the
//! classes mean the same to both engines (`bench/same-json.mjs` compares
//! the two builds' documents):
//!
//! - `\s` / `\S`: Unicode white space, spelled out (exactly regex's `\s`);
//! - `\d` / `\D`: the ASCII digits;
//! - `\w` / `\W`: ASCII letters, digits and `_`, and the letters of the
//!   other scripts by block (Latin-1 and Latin Extended, Greek to Ethiopic,
//!   kana, CJK, Hangul), without the General Punctuation block (dashes,
//!   curly quotes), emoji or symbols: regex's `\w` for news text;
//! - `\b` / `\B`: ASCII word boundaries;
//! - `(?i)`, `(?i:...)`, `(?-i:...)`: each cased letter becomes a class of
//!   its cases (`[sS]`), each ASCII range in a class gains its other case.

use regex::Regex;

/// The most memory each pattern's lazy DFA keeps for the states it has
/// built (regex's default is 2 MB a pattern). The patterns left are small
/// and read short lines: against the default, a 10 MB analysis through the
/// CLI peaks 2 MB lower (7.8x the input instead of 8.0x), for 0.4% more
/// instructions on 1 MB and 1.4% more on a second analysis of 100 KB,
/// which finds fewer of the first one's states kept. A pattern that
/// outgrows it clears its cache and goes on. The browser build's engine,
/// regex-lite, has no lazy DFA (`Cargo.toml`): nothing to cap there.
#[cfg(not(target_arch = "wasm32"))]
const DFA_CACHE: usize = 64 * 1024;

/// Compiles `pattern` after [`rewrite`]: a drop-in for `Regex::new`.
#[allow(clippy::disallowed_methods)] // the one place that compiles a pattern
pub fn new(pattern: &str) -> Result<Regex, regex::Error> {
    #[cfg(test)]
    COMPILED.with(|n| n.set(n.get() + 1));
    #[allow(unused_mut)] // regex-lite (wasm32) has no cache to cap
    let mut builder = regex::RegexBuilder::new(&rewrite(pattern));
    #[cfg(not(target_arch = "wasm32"))]
    builder.dfa_size_limit(DFA_CACHE);
    builder.build()
}

#[cfg(test)]
thread_local! {
    static COMPILED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// How many patterns this thread has compiled (for `crate::warm`'s test).
#[cfg(test)]
pub(crate) fn compiled_on_this_thread() -> usize {
    COMPILED.with(|n| n.get())
}

/// Unicode white space (regex's `\s`).
const SPACE: &[(char, char)] = &[
    ('\t', '\r'),
    (' ', ' '),
    ('\u{85}', '\u{85}'),
    ('\u{a0}', '\u{a0}'),
    ('\u{1680}', '\u{1680}'),
    ('\u{2000}', '\u{200a}'),
    ('\u{2028}', '\u{2029}'),
    ('\u{202f}', '\u{202f}'),
    ('\u{205f}', '\u{205f}'),
    ('\u{3000}', '\u{3000}'),
];

/// Word characters (see the module comment).
const WORD: &[(char, char)] = &[
    ('0', '9'),
    ('A', 'Z'),
    ('_', '_'),
    ('a', 'z'),
    ('\u{aa}', '\u{aa}'),
    ('\u{b5}', '\u{b5}'),
    ('\u{ba}', '\u{ba}'),
    ('\u{c0}', '\u{d6}'),
    ('\u{d8}', '\u{f6}'),
    ('\u{f8}', '\u{2c1}'),
    ('\u{2c6}', '\u{2d1}'),
    ('\u{2e0}', '\u{2e4}'),
    ('\u{300}', '\u{373}'),
    ('\u{376}', '\u{37d}'),
    ('\u{37f}', '\u{37f}'),
    ('\u{386}', '\u{386}'),
    ('\u{388}', '\u{3f5}'),
    ('\u{3f7}', '\u{481}'),
    ('\u{483}', '\u{52f}'),
    ('\u{531}', '\u{556}'),
    ('\u{560}', '\u{588}'),
    ('\u{591}', '\u{5bd}'),
    ('\u{5d0}', '\u{5f2}'),
    ('\u{610}', '\u{61a}'),
    ('\u{620}', '\u{669}'),
    ('\u{66e}', '\u{6d3}'),
    ('\u{6d5}', '\u{6dc}'),
    ('\u{6df}', '\u{6fc}'),
    ('\u{700}', '\u{1fff}'),
    ('\u{2c00}', '\u{2dff}'),
    ('\u{3041}', '\u{30ff}'),
    ('\u{3400}', '\u{9fff}'),
    ('\u{a000}', '\u{d7a3}'),
    ('\u{f900}', '\u{faff}'),
    ('\u{fb00}', '\u{fdfb}'),
    ('\u{fe70}', '\u{fefc}'),
    ('\u{ff10}', '\u{ff19}'),
    ('\u{ff21}', '\u{ff3a}'),
    ('\u{ff41}', '\u{ff5a}'),
    ('\u{20000}', '\u{3ffff}'),
];

const DIGIT: &[(char, char)] = &[('0', '9')];

/// `ranges` written as the inside of a class.
fn class_body(ranges: &[(char, char)], out: &mut String) {
    for &(lo, hi) in ranges {
        push_class_char(lo, out);
        if hi != lo {
            out.push('-');
            push_class_char(hi, out);
        }
    }
}

fn push_class_char(c: char, out: &mut String) {
    // Beyond ASCII nothing is special in a class, and a character as written
    // costs the parser a fraction of an escape (every `\w` is 40 ranges).
    if c.is_ascii_alphanumeric() || c == '_' || c == ' ' || !c.is_ascii() {
        out.push(c);
    } else {
        out.push_str(&format!("\\x{{{:x}}}", u32::from(c)));
    }
}

/// Everything outside `ranges` (sorted, disjoint).
fn complement(ranges: &[(char, char)]) -> Vec<(char, char)> {
    let mut out = Vec::new();
    let mut next = 0u32;
    for &(lo, hi) in ranges {
        if u32::from(lo) > next {
            out.push((scalar(next, true), scalar(u32::from(lo) - 1, false)));
        }
        next = u32::from(hi) + 1;
    }
    if next <= 0x10ffff {
        out.push((scalar(next, true), '\u{10ffff}'));
    }
    out
}

/// The scalar value at `n`, stepping over the surrogates (up or down).
fn scalar(n: u32, up: bool) -> char {
    char::from_u32(n).unwrap_or(if up { '\u{e000}' } else { '\u{d7ff}' })
}

/// The other case of the ASCII letters of a range, as ranges.
fn other_case(lo: char, hi: char) -> Vec<(char, char)> {
    let mut out = Vec::new();
    for (a, z, shift) in [('a', 'z', -32i32), ('A', 'Z', 32)] {
        let (l, h) = (lo.max(a), hi.min(z));
        if l <= h {
            let move_by = |c: char| char::from_u32((u32::from(c) as i32 + shift) as u32);
            if let (Some(l), Some(h)) = (move_by(l), move_by(h)) {
                out.push((l, h));
            }
        }
    }
    out
}

/// The cases of a letter other than itself ("é" -> "É"); none when a case
/// is several characters ("ß" upper-cases to "SS": no class of one).
///
/// Read from the lower-case mapping alone ([`crate::case::lower_char`]),
/// both ways: the letter's lower case, and the letters near it (within 256
/// code points) whose lower case it is. Core's upper-case table would add 12 KB (5 KB gzipped) to the
/// browser build for this one use. It gives what `char::to_uppercase`
/// would for the Latin, Greek and Cyrillic letters but a few whose cases
/// are not each other's lower case ("ı", "ſ", "ς", "µ", title-case "ǅ"
/// and the like: see the test), and none for the scripts whose pairs lie
/// further apart. No pattern folds a letter past ASCII today.
fn cases(c: char) -> Vec<char> {
    if c.is_ascii() {
        return other_case(c, c).into_iter().map(|(o, _)| o).collect();
    }
    // "İ" alone lower-cases into two characters.
    if c == '\u{130}' {
        return Vec::new();
    }
    let low = crate::case::lower_char(c);
    let mut out: Vec<char> = Vec::new();
    if low != c {
        out.push(low);
    }
    let near = u32::from(c).saturating_sub(256)..=u32::from(c) + 256;
    for other in near.filter_map(char::from_u32) {
        if other != c && other != '\u{130}' && crate::case::lower_char(other) == c {
            out.push(other);
        }
    }
    out
}

/// The flags in force at a point of a pattern that the rewriting acts on.
#[derive(Clone, Copy, Default)]
struct Flags {
    /// `i`: letters match in either case.
    fold: bool,
    /// `-u`: the pattern matches bytes, its classes and case ASCII only.
    bytes: bool,
}

impl Flags {
    /// The other cases of `c` to add under these flags.
    fn cases(self, c: char) -> Vec<char> {
        if self.bytes && !c.is_ascii() {
            return Vec::new();
        }
        cases(c)
    }
}

/// Rewrites `pattern` into one the regex crate compiles without its Unicode
/// perl classes and case tables (see the module comment).
pub fn rewrite(pattern: &str) -> String {
    let chars: Vec<char> = pattern.chars().collect();
    let mut out = String::with_capacity(pattern.len() * 2);
    // The flags of each open group, and of the current scope.
    let mut stack: Vec<Flags> = Vec::new();
    let mut flags_now = Flags::default();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\\' => {
                let (len, text) = escape(&chars[i..], false, flags_now.bytes);
                out.push_str(&text);
                i += len;
            }
            '[' => {
                i += class(&chars[i..], flags_now, &mut out);
            }
            '(' if chars.get(i + 1) == Some(&'?') => {
                // Flags or a named or non-capturing group.
                let mut j = i + 2;
                if matches!(chars.get(j), Some('P' | '<')) {
                    stack.push(flags_now);
                    while j < chars.len() && chars[j] != '>' {
                        j += 1;
                    }
                    out.extend(&chars[i..=j.min(chars.len() - 1)]);
                    i = j + 1;
                    continue;
                }
                let mut flags = String::new();
                let mut negated = false;
                let mut new = flags_now;
                while j < chars.len() && chars[j] != ':' && chars[j] != ')' {
                    match chars[j] {
                        '-' => {
                            negated = true;
                            flags.push('-');
                        }
                        'i' => new.fold = !negated,
                        f => {
                            if f == 'u' {
                                new.bytes = negated;
                            }
                            flags.push(f);
                        }
                    }
                    j += 1;
                }
                let flags = flags.trim_end_matches('-').to_string();
                if chars.get(j) == Some(&')') {
                    // "(?i)": the rest of the current group.
                    flags_now = new;
                    if !flags.is_empty() {
                        out.push_str(&format!("(?{flags})"));
                    }
                } else {
                    stack.push(flags_now);
                    flags_now = new;
                    out.push_str(&format!("(?{flags}:"));
                }
                i = j + 1;
            }
            '(' => {
                stack.push(flags_now);
                out.push('(');
                i += 1;
            }
            ')' => {
                flags_now = stack.pop().unwrap_or_default();
                out.push(')');
                i += 1;
            }
            c if flags_now.fold && !flags_now.cases(c).is_empty() => {
                out.push('[');
                push_class_char(c, &mut out);
                for other in flags_now.cases(c) {
                    push_class_char(other, &mut out);
                }
                out.push(']');
                i += 1;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

/// The escape at the start of `chars` and its rewriting: its length in
/// chars, and the text. In a class, classes are written as ranges.
fn escape(chars: &[char], in_class: bool, bytes: bool) -> (usize, String) {
    let Some(&e) = chars.get(1) else {
        return (1, "\\".into());
    };
    // Under "-u" the perl classes are ASCII ones already.
    if bytes && matches!(e, 'w' | 'W' | 's' | 'S' | 'd' | 'D' | 'b' | 'B') {
        return (2, chars[..2].iter().collect());
    }
    let ranges = match e {
        'w' => Some((WORD.to_vec(), false)),
        'W' => Some((WORD.to_vec(), true)),
        's' => Some((SPACE.to_vec(), false)),
        'S' => Some((SPACE.to_vec(), true)),
        'd' => Some((DIGIT.to_vec(), false)),
        'D' => Some((DIGIT.to_vec(), true)),
        _ => None,
    };
    if let Some((ranges, negated)) = ranges {
        let mut out = String::new();
        if in_class {
            let ranges = if negated { complement(&ranges) } else { ranges };
            class_body(&ranges, &mut out);
        } else {
            out.push_str(if negated { "[^" } else { "[" });
            class_body(&ranges, &mut out);
            out.push(']');
        }
        return (2, out);
    }
    match e {
        'b' if !in_class => (2, r"(?-u:\b)".into()),
        'B' if !in_class => (2, r"(?-u:\B)".into()),
        'x' | 'u' | 'U' if chars.get(2) == Some(&'{') => {
            let end = chars
                .iter()
                .position(|&c| c == '}')
                .unwrap_or(chars.len() - 1);
            (end + 1, chars[..=end].iter().collect())
        }
        'x' => {
            let end = 4.min(chars.len());
            (end, chars[..end].iter().collect())
        }
        _ => (2, chars[..2].iter().collect()),
    }
}

/// Copies the class at the start of `chars` into `out`, rewritten, and
/// returns its length in chars. Under case-insensitivity its letters gain
/// their other case.
fn class(chars: &[char], flags: Flags, out: &mut String) -> usize {
    let mut i = 1;
    out.push('[');
    if chars.get(i) == Some(&'^') {
        out.push('^');
        i += 1;
    }
    // A "]" right after the opening is a literal.
    if chars.get(i) == Some(&']') {
        out.push_str(r"\]");
        i += 1;
    }
    let mut extra: Vec<(char, char)> = Vec::new();
    // The last literal character, for ranges ("a-z").
    let mut last: Option<char> = None;
    while i < chars.len() {
        let c = chars[i];
        match c {
            ']' => {
                class_body(&extra, out);
                out.push(']');
                return i + 1;
            }
            '[' => {
                // A nested class.
                i += class(&chars[i..], flags, out);
                last = None;
            }
            '\\' => {
                let (len, text) = escape(&chars[i..], true, flags.bytes);
                out.push_str(&text);
                last = (len == 2 && !chars[i + 1].is_ascii_alphanumeric()).then(|| chars[i + 1]);
                i += len;
            }
            '-' if last.is_some() && chars.get(i + 1).is_some_and(|&n| n != ']' && n != '\\') => {
                let lo = last.take().expect("checked");
                let hi = chars[i + 1];
                out.push('-');
                out.push(hi);
                if flags.fold {
                    extra.extend(other_case(lo, hi));
                    // Letters past ASCII, one by one ("à-ÿ" gains "À-Þ").
                    if !flags.bytes && u32::from(hi) > 0x7f && u32::from(hi) - u32::from(lo) < 0x400
                    {
                        for c in (lo.max('\u{80}')..=hi).filter(|c| c.is_alphabetic()) {
                            extra.extend(cases(c).into_iter().map(|o| (o, o)));
                        }
                    }
                }
                i += 2;
            }
            c => {
                out.push(c);
                if flags.fold {
                    extra.extend(flags.cases(c).into_iter().map(|o| (o, o)));
                }
                last = Some(c);
                i += 1;
            }
        }
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn both(pattern: &str, yes: &[&str], no: &[&str]) {
        let re = new(pattern).unwrap_or_else(|e| panic!("{pattern}: {e}"));
        for s in yes {
            assert!(re.is_match(s), "{pattern} should match {s:?}");
        }
        for s in no {
            assert!(!re.is_match(s), "{pattern} should not match {s:?}");
        }
    }

    #[test]
    fn perl_classes_are_spelled_out() {
        both(
            r"^\w+$",
            &["José", "Ελένη", "Иван", "東京", "a_1"],
            &["a-b", "’", "—", "🙂"],
        );
        both(r"^[\w'’\-]+$", &["O’Neil", "Smith-Jones"], &["a b", "a,b"]);
        both(
            r"^\s+$",
            &[" \t\n", "\u{a0}\u{2009}\u{3000}"],
            &["\u{200b}", "a"],
        );
        both(r"^\S+$", &["abc", "é"], &["a b", "a\u{a0}b"]);
        both(r"^[^\s\S]$", &[], &["a", " ", ""]);
        both(r"^\d{2}$", &["12"], &["1a", "١٢"]);
        both(r"\bsaid\b", &["he said.", "“said”"], &["unsaid", "saidx"]);
    }

    #[test]
    fn case_insensitivity_is_spelled_out() {
        both(r"(?i)^said by$", &["SAID BY", "Said by"], &["said  by"]);
        both(r"^(?i:by)\s+[A-Z]", &["BY Jane", "by Jane"], &["by jane"]);
        both(r"(?i)^[a-c]+x$", &["AbCX", "abcx"], &["dx"]);
        both(r"(?i)^a(?-i:b)c$", &["abc", "AbC"], &["aBc"]);
        both(r"(?i)^café$", &["CAFÉ", "Café"], &["cafe"]);
        both(r"(?i)^(?:a|b)(c)$", &["AC", "bC"], &["ab"]);
        both(r"(?i)^[^)]*\)$", &["Photo)"], &["x"]);
        both(r"(?i)^[a-zà-ÿ'’\-]+$", &["ÉTÉ", "don’t"], &["a b"]);
    }

    /// The cases read from the lower-case mapping are `char`'s own
    /// (`to_lowercase` and `to_uppercase`) for the Latin, Greek and Cyrillic
    /// letters, but the few the comment on `cases` names.
    #[test]
    fn cases_are_the_standard_ones() {
        fn standard(c: char) -> Vec<char> {
            if c.to_lowercase().count() > 1 || c.to_uppercase().count() > 1 {
                return Vec::new();
            }
            let mut out: Vec<char> = Vec::new();
            for other in c.to_lowercase().chain(c.to_uppercase()) {
                if other != c && !out.contains(&other) {
                    out.push(other);
                }
            }
            out
        }
        let mut differ = String::new();
        for c in ('\0'..='\u{24f}').chain('\u{370}'..='\u{52f}') {
            let (mut ours, mut theirs) = (cases(c), standard(c));
            ours.sort_unstable();
            theirs.sort_unstable();
            if ours != theirs {
                differ.push(c);
            }
        }
        // The dotless i, long s, micro sign, final sigma and Greek symbol
        // variants upper-case to letters whose lower case is another; the
        // title-case digraphs ("ǅ") are neither case; "ƛ", "ȿ" and "ɀ" have
        // their capitals far off; "θ" is also the lower case of "ϴ".
        assert_eq!(differ, "µıſƛǅǆǈǉǋǌǲǳȿɀθςϐϑϕϖϰϱϵ");
    }

    #[test]
    fn other_syntax_is_kept() {
        assert_eq!(
            rewrite(r"^(?P<x>a)\x{2019}[\x22:]{1,3}$"),
            r"^(?P<x>a)\x{2019}[\x22:]{1,3}$"
        );
        both(r"^(?P<name>[A-Z])\.$", &["J."], &["j."]);
    }
}
