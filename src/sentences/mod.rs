//! The sentence splitter: news-grade sentence boundaries.
//!
//! One forward pass over the bytes of each paragraph. Only a few bytes are
//! looked at closely: full stops, question and exclamation marks, ellipses,
//! the terminal punctuation of other scripts ("。", "؟", "۔"), bullets, and
//! line ends. Everything else is skipped by a table look-up.
//!
//! At a full stop the splitter reads the word before it and the word after
//! it, never more than a few dozen bytes either way, so the cost stays linear
//! in the text:
//! - no space after it ("2.0", "Jane.Doe@example.com", "U.S.-Iran"): no end,
//!   except between a word and a capitalised word ("world.Today");
//! - a lower-case word after it: no end ("Co. at noon", "(...engineer.) at");
//! - a capital, digit or symbol after it: an end, unless the word before is
//!   an abbreviation (the lists in `src/lexicon/abbreviations*.txt`): titles
//!   never end a sentence, "No."/"p." not before a number, "Jan." not before a
//!   date, and "Inc."/"U.S."/initials only before a word that usually starts
//!   a sentence ("I live in the U.S. How about you?" but "the U.S. Government").
//!
//! Closing quotes and brackets after the stop stay with their sentence. An
//! ellipsis ends a sentence only before a capitalised word other than "I".
//! List items ("1.", "b)", "•") start sentences, also when they run on in one
//! line. A line break ends a sentence after terminal punctuation, before a
//! list item, or before a capital when the line was not hard-wrapped there.

mod bytes;
mod layout;
mod lists;
mod words;

use crate::text::{
    is_blank, is_bullet, is_close_double_quote, is_dash, is_open_double_quote, is_single_quote,
};
use crate::Span;
use layout::{Line, Shape};
use lists::{Enumerator, ItemFinder};
use words::Abbreviation;

/// Splits `within` (a span of `text`, typically one paragraph) into sentences.
///
/// The returned spans are trimmed (see [`Span::trim`]), in order, do not
/// overlap, and together cover every non-blank character of `within`.
/// Blank lines inside `within` separate paragraphs; single line breaks are
/// read as described in the module documentation.
pub fn split(text: &str, within: Span) -> Vec<Span> {
    let within = clamp(text, within);
    let mut lines = Vec::new();
    layout::lines(text, within, &mut lines);
    let mut out = Vec::with_capacity(within.len() / 100 + 1);
    for paragraph in layout::paragraphs(&mut lines) {
        if paragraph.len() > 1 {
            for line in paragraph.iter_mut() {
                line.chars = bytes::count_chars(&text.as_bytes()[line.span.range()]);
            }
        }
        Scanner::run(text, paragraph, &mut out);
    }
    out
}

/// Splits a whole text into sentences, with no page-furniture filtering.
pub fn sentences(text: &str) -> Vec<Span> {
    split(text, Span::new(0, text.len()))
}

/// Keeps a caller's span inside the text and on character boundaries.
fn clamp(text: &str, within: Span) -> Span {
    let mut end = within.end.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut start = within.start.min(end);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    Span::new(start, end)
}

/// Bytes the scanner stops at: ASCII terminal punctuation and the lead bytes
/// of the non-ASCII marks it knows (ellipsis, bullets, other scripts' stops).
const MARKS: [bool; 256] = {
    let mut t = [false; 256];
    t[b'.' as usize] = true;
    t[b'?' as usize] = true;
    t[b'!' as usize] = true;
    let leads = [0xd6, 0xd8, 0xdb, 0xe0, 0xe1, 0xe2, 0xe3, 0xef];
    let mut i = 0;
    while i < leads.len() {
        t[leads[i]] = true;
        i += 1;
    }
    t
};

/// The longest word read on either side of a full stop, in bytes.
const MAX_TOKEN: usize = 64;

/// Question and exclamation marks other than ASCII "?" and "!", and the full
/// stops of scripts that write a space after them.
fn is_bang(c: char) -> bool {
    matches!(
        c,
        '\u{61f}' // ؟ Arabic question mark
            | '\u{6d4}' // ۔ Urdu full stop
            | '\u{964}' // । danda
            | '\u{965}' // ॥ double danda
            | '\u{589}' // ։ Armenian full stop
            | '\u{1362}' // ። Ethiopic full stop
            | '\u{203c}' // ‼
            | '\u{2047}' // ⁇
            | '\u{2048}' // ⁈
            | '\u{2049}' // ⁉
            | '\u{203d}' // ‽
    )
}

/// Full stops of scripts written without spaces: a sentence ends right after.
fn is_wide_stop(c: char) -> bool {
    matches!(
        c,
        '\u{3002}' | '\u{ff61}' | '\u{ff0e}' | '\u{ff01}' | '\u{ff1f}'
    )
}

/// Bullets that start a new list item even in the middle of a line.
fn is_inline_bullet(c: char) -> bool {
    matches!(
        c,
        '\u{2022}'
            | '\u{2023}'
            | '\u{25e6}'
            | '\u{2043}'
            | '\u{25cf}'
            | '\u{25aa}'
            | '\u{25ba}'
            | '\u{27a2}'
            | '\u{25a0}'
    )
}

/// Marks that close a quotation or a parenthesis after a sentence's stop.
fn is_closer(c: char) -> bool {
    is_close_double_quote(c)
        || is_single_quote(c)
        || matches!(
            c,
            ')' | ']'
                | '}'
                | '\u{203a}'
                | '\u{300d}'
                | '\u{300f}'
                | '\u{ff09}'
                | '\u{ff3d}'
                | '\u{3011}'
                | '\u{3015}'
                | '\u{3009}'
                | '\u{300b}'
        )
}

/// Marks that open a quotation or a parenthesis before a sentence's first word.
fn is_opener(c: char) -> bool {
    is_open_double_quote(c)
        || matches!(
            c,
            '\'' | '\u{2018}'
                | '('
                | '['
                | '{'
                | '\u{2039}'
                | '\u{bf}'
                | '\u{a1}'
                | '\u{300c}'
                | '\u{300e}'
                | '\u{ff08}'
                | '\u{ff3b}'
                | '\u{3010}'
                | '\u{3014}'
                | '\u{3008}'
                | '\u{300a}'
        )
}

/// Terminal punctuation, as the last mark of a line.
fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '?' | '!' | '\u{2026}') || is_bang(c) || is_wide_stop(c)
}

/// The character at byte `i`, if `i` is inside the text on a boundary.
fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        Some(&b) if b < 0x80 => Some(b as char),
        Some(_) => text.get(i..).and_then(|s| s.chars().next()),
        None => None,
    }
}

/// The character that ends right before byte `i`.
fn char_before(text: &str, i: usize) -> Option<char> {
    match i.checked_sub(1).and_then(|j| text.as_bytes().get(j)) {
        Some(&b) if b < 0x80 => Some(b as char),
        Some(_) => text.get(..i).and_then(|s| s.chars().next_back()),
        None => None,
    }
}

/// True when the line's last mark (before closing quotes and brackets) is
/// terminal punctuation.
fn line_ends_sentence(text: &str, line: &Line) -> bool {
    let mut p = line.span.end;
    for _ in 0..8 {
        match char_before(text, p) {
            Some(c) if is_closer(c) && p > line.span.start => p -= c.len_utf8(),
            Some(c) => return is_terminal(c),
            None => return false,
        }
    }
    false
}

/// True when a sentence visibly goes on from `line` to `next`: the line does
/// not end with terminal punctuation, and ends with a comma or hyphen or the
/// next line starts in lower case.
fn sentence_goes_on(text: &str, line: &Line, next: &Line) -> bool {
    !line_ends_sentence(text, line)
        && (char_before(text, line.span.end).is_some_and(is_continuation)
            || char_at(text, next.span.start).is_some_and(char::is_lowercase))
}

/// A line of nothing but punctuation or symbols ("---", "* * *", "©"): a
/// separator, never part of a sentence on the next line.
fn is_rule(text: &str, line: &Line) -> bool {
    line.span.len() <= 256 && !line.span.of(text).chars().any(char::is_alphanumeric)
}

/// Marks that leave a line unfinished.
fn is_continuation(c: char) -> bool {
    matches!(c, ',' | ';' | '-' | '(' | '[' | '&' | '/' | '+' | '=') || is_dash(c)
}

/// What follows a candidate sentence end.
#[derive(Clone, Copy, Debug)]
enum Next {
    /// A lower-case word.
    Lower,
    /// A capitalised word (or a word of a script without case); `quoted`
    /// when an opening quote or bracket comes first.
    Upper { word: Span, quoted: bool },
    /// A number.
    Digit,
    /// A symbol, or nothing.
    Other,
}

/// The splitter's state inside one paragraph.
struct Scanner<'t, 'o> {
    text: &'t str,
    b: &'t [u8],
    /// End of the paragraph.
    end: usize,
    /// End of the line being scanned.
    line_end: usize,
    /// Where the current sentence starts (the last cut).
    last_cut: usize,
    /// The current sentence's first character after blanks and a bullet.
    content_start: usize,
    /// The next item of a run-on list, when one is expected.
    list_cut: Option<usize>,
    /// The item `list_cut` points at.
    expected: Option<Enumerator>,
    items: ItemFinder,
    out: &'o mut Vec<Span>,
}

impl<'t, 'o> Scanner<'t, 'o> {
    fn run(text: &'t str, lines: &[Line], out: &'o mut Vec<Span>) {
        let (Some(first), Some(last)) = (lines.first(), lines.last()) else {
            return;
        };
        let shape = Shape::of(
            lines,
            |line| line_ends_sentence(text, line),
            |line, next| sentence_goes_on(text, line, next),
        );
        let mut s = Scanner {
            text,
            b: text.as_bytes(),
            end: last.span.end,
            line_end: first.span.end,
            last_cut: first.span.start,
            content_start: first.span.start,
            list_cut: None,
            expected: None,
            items: ItemFinder::default(),
            out,
        };
        s.start_sentence(first.span.start);
        let mut k = 0;
        let mut i = first.span.start;
        loop {
            let limit = match s.list_cut {
                Some(at) if at < s.line_end => at,
                _ => s.line_end,
            };
            i = bytes::next_mark(s.b, i, limit, &MARKS);
            if i < limit {
                i = s.on_mark(i);
                continue;
            }
            if limit < s.line_end {
                s.list_cut = None;
                s.cut(limit);
                continue;
            }
            if k + 1 >= lines.len() {
                break;
            }
            k += 1;
            s.line_end = lines[k].span.end;
            s.on_line_break(&lines[k - 1], &lines[k], &shape);
            i = i.max(lines[k].span.start);
        }
        let tail = s.trim(Span::new(s.last_cut, s.end));
        if !tail.is_empty() {
            s.out.push(tail);
        }
    }

    /// Ends the current sentence at `at` (blanks around it are trimmed off).
    fn cut(&mut self, at: usize) {
        if at <= self.last_cut || at >= self.end {
            return;
        }
        let sentence = self.trim(Span::new(self.last_cut, at));
        if !sentence.is_empty() {
            self.out.push(sentence);
        }
        self.last_cut = at;
        self.start_sentence(at);
    }

    /// [`Span::trim`], with a fast path for the usual case: spaces before,
    /// visible ASCII characters at both ends.
    fn trim(&self, span: Span) -> Span {
        let mut start = span.start;
        while start < span.end && self.b[start] == b' ' {
            start += 1;
        }
        let visible = |b: u8| b > b' ' && b < 0x7f;
        if start < span.end && visible(self.b[start]) && visible(self.b[span.end - 1]) {
            Span::new(start, span.end)
        } else {
            Span::new(start, span.end).trim(self.text)
        }
    }

    /// Notes where a new sentence's content starts, and whether it is a list
    /// item whose successor follows in the same line.
    fn start_sentence(&mut self, at: usize) {
        let mut p = self.skip_blanks(at);
        if let Some(c) = char_at(self.text, p) {
            if self.is_item_marker(p, c) {
                p = self.skip_blanks(p + c.len_utf8());
            }
        }
        self.content_start = p;
        self.list_cut = None;
        let Some(item) = self.b.get(p..self.end).and_then(Enumerator::parse) else {
            return;
        };
        // A run-on list starts at its first item and goes on while the next
        // item follows in the same line.
        if !item.is_first() && self.expected != Some(item) {
            return;
        }
        let next = item.next();
        self.list_cut = next.and_then(|next| self.items.find(self.b, p, self.end, next));
        self.expected = next.filter(|_| self.list_cut.is_some());
    }

    /// A bullet, or a hyphen, asterisk or dash followed by a blank.
    fn is_item_marker(&self, p: usize, c: char) -> bool {
        is_bullet(c)
            || is_inline_bullet(c)
            || (matches!(c, '-' | '*' | '+') || is_dash(c))
                && char_at(self.text, p + c.len_utf8()).is_some_and(is_blank)
    }

    fn skip_blanks(&self, mut p: usize) -> usize {
        while p < self.end {
            let b = self.b[p];
            if b < 0x80 {
                if b <= b' ' || b == 0x7f {
                    p += 1;
                    continue;
                }
                break;
            }
            match char_at(self.text, p) {
                Some(c) if is_blank(c) => p += c.len_utf8(),
                _ => break,
            }
        }
        p
    }

    fn skip_closers(&self, mut p: usize) -> usize {
        for _ in 0..8 {
            match char_at(self.text, p) {
                Some(c) if p < self.end && is_closer(c) => p += c.len_utf8(),
                _ => break,
            }
        }
        p
    }

    fn blank_at(&self, p: usize) -> bool {
        p >= self.end || char_at(self.text, p).is_some_and(is_blank)
    }

    /// Handles the mark at `i`; returns where scanning resumes (after `i`).
    fn on_mark(&mut self, i: usize) -> usize {
        match self.b[i] {
            b'.' => self.on_dots(i),
            b'?' | b'!' => self.on_bang(i),
            _ => {
                let Some(c) = char_at(self.text, i) else {
                    return i + 1;
                };
                let after = i + c.len_utf8();
                if c == '\u{2026}' {
                    self.on_dots(i)
                } else if is_bang(c) {
                    self.on_bang(i)
                } else if is_wide_stop(c) {
                    let mut p = after;
                    while let Some(c) =
                        char_at(self.text, p).filter(|&c| is_wide_stop(c) || is_bang(c))
                    {
                        p += c.len_utf8();
                    }
                    let j = self.skip_closers(p);
                    self.cut(j);
                    p
                } else {
                    if is_inline_bullet(c)
                        && i > self.content_start
                        && char_before(self.text, i).is_some_and(is_blank)
                    {
                        self.cut(i);
                    }
                    after
                }
            }
        }
    }

    /// "?", "!", "?!", "!!!", "؟": a sentence ends unless a lower-case word
    /// follows ("Yahoo! in", "“Why?” she asked").
    fn on_bang(&mut self, i: usize) -> usize {
        let mut p = i;
        while let Some(c) = char_at(self.text, p).filter(|&c| c == '?' || c == '!' || is_bang(c)) {
            p += c.len_utf8();
        }
        let j = self.skip_closers(p);
        if !self.blank_at(j) {
            return p;
        }
        let k = self.skip_blanks(j);
        if k >= self.end {
            return p;
        }
        match self.next_word(k) {
            Next::Lower if k <= self.line_end => {}
            _ => self.cut(j),
        }
        p
    }

    /// Full stops and ellipses: "." ".." "..." "…" ". . ." "....".
    fn on_dots(&mut self, i: usize) -> usize {
        let mut p = i;
        let mut dots = 0usize;
        let mut spaced = false;
        loop {
            match self.b.get(p) {
                Some(b'.') if p < self.end => {
                    dots += 1;
                    p += 1;
                }
                Some(0xe2) if char_at(self.text, p) == Some('\u{2026}') && p < self.end => {
                    dots += 3;
                    p += 3;
                }
                Some(b' ') if dots > 0 && self.lone_dot_at(p + 1) => {
                    spaced = true;
                    p += 1;
                }
                _ => break,
            }
        }
        if dots >= 3 {
            self.on_ellipsis(i, p, dots, spaced);
        } else if let Some(at) = self.full_stop(i, p, dots) {
            self.cut(at);
        }
        p
    }

    /// A "." or "…" at `p` that stands alone: part of a spaced ellipsis.
    fn lone_dot_at(&self, p: usize) -> bool {
        match char_at(self.text, p) {
            Some('\u{2026}') => true,
            Some('.') => {
                let next = char_at(self.text, p + 1);
                p + 1 >= self.end || next.is_none_or(|c| c == ' ' || c == '.' || is_closer(c))
            }
            _ => false,
        }
    }

    /// An ellipsis of `dots` dots from `i` to `end`.
    fn on_ellipsis(&mut self, i: usize, end: usize, dots: usize, spaced: bool) {
        let attached =
            char_before(self.text, i).is_some_and(|c| !is_blank(c)) && i > self.content_start;
        if attached && spaced && dots >= 4 && self.b.get(i + 1) == Some(&b' ') {
            // "compounds. . . . The practice": a full stop, then an ellipsis
            // that opens the next sentence.
            let j = self.skip_closers(end);
            let k = self.skip_blanks(j);
            if self.blank_at(j) && k < self.end && self.opens_after_ellipsis(k, dots) {
                self.cut(i + 1);
            }
            return;
        }
        if self.b.get(end) == Some(&b']') {
            // "[...]": an omission inside a quotation.
            return;
        }
        let j = self.skip_closers(end);
        if !self.blank_at(j) {
            return;
        }
        let k = self.skip_blanks(j);
        if k < self.end && self.opens_after_ellipsis(k, dots) {
            self.cut(j);
        }
    }

    /// After an ellipsis a capitalised word opens a sentence, except "I",
    /// which is always capitalised (unless the ellipsis holds a full stop).
    fn opens_after_ellipsis(&self, k: usize, dots: usize) -> bool {
        match self.next_word(k) {
            Next::Upper { word, .. } => {
                let w = word.of(self.text);
                let pronoun = w == "I" || w.starts_with("I'") || w.starts_with("I\u{2019}");
                !pronoun || dots >= 4
            }
            _ => false,
        }
    }

    /// Decides whether the full stop (or double stop) from `dot` to `after`
    /// ends a sentence; returns where the sentence ends.
    fn full_stop(&self, dot: usize, after: usize, dots: usize) -> Option<usize> {
        let text = self.text;
        let c = char_at(text, after)?;
        if after >= self.end {
            return None;
        }
        if !is_blank(c) && !is_closer(c) {
            return (dots == 1 && self.glued_sentences(dot, after)).then_some(after);
        }
        let token = self.token_before(dot);
        if let Some(t) = token {
            if t.start == self.content_start && dots == 1 && is_enumerator(t.of(text)) {
                return None;
            }
        }
        let j = self.skip_closers(after);
        if !self.blank_at(j) {
            return None; // "Jr.'s"
        }
        let k = self.skip_blanks(j);
        if k >= self.end {
            return None;
        }
        let line_break = k > self.line_end;
        let next = self.next_word(k);
        let kind = match token {
            Some(t) if !t.is_empty() => words::classify(t.of(text)),
            _ => Abbreviation::Regular,
        };
        match (kind, next) {
            (Abbreviation::BeforeName, _) => None,
            (Abbreviation::BeforeNumber | Abbreviation::Date, Next::Digit) => None,
            (Abbreviation::Date, Next::Upper { word, .. })
                if words::is_date_abbreviation(word.of(text)) =>
            {
                None
            }
            (Abbreviation::Ambiguous, Next::Upper { word, quoted }) => {
                let w = word.of(text);
                // After a clock time, any capitalised word but a weekday,
                // month or time zone opens a sentence.
                let after_clock = token.is_some_and(|t| words::is_clock(t.of(text)))
                    && !words::continues_clock(w);
                let opens = quoted
                    || line_break
                    || (words::is_sentence_starter(w) || after_clock)
                        && !token.is_some_and(|t| self.fronted(t.start));
                opens.then_some(j)
            }
            (Abbreviation::Ambiguous, _) => None,
            (_, Next::Lower) => line_break.then_some(j),
            _ => Some(j),
        }
    }

    /// The word printed right before the stop at `dot`, back to a blank, an
    /// opening quote or bracket, a dash, a bullet or a slash. `None` when longer than
    /// [`MAX_TOKEN`] (a URL, say): then it is no abbreviation.
    fn token_before(&self, dot: usize) -> Option<Span> {
        let mut j = dot;
        while j > self.last_cut {
            let c = char_before(self.text, j)?;
            if is_blank(c)
                || is_dash(c)
                || is_bullet(c)
                || is_inline_bullet(c)
                || c == '/'
                || (is_opener(c) && c != '\'')
            {
                break;
            }
            j -= c.len_utf8();
            if dot - j > MAX_TOKEN {
                return None;
            }
        }
        Some(Span::new(j, dot))
    }

    /// "world.Today", "1,000.That": two sentences with the space missing.
    /// Not inside addresses ("Jane.Doe@example.com") or names ("ASP.NET").
    fn glued_sentences(&self, dot: usize, after: usize) -> bool {
        let text = self.text;
        let Some(first) = char_at(text, after).filter(|c| c.is_uppercase()) else {
            return false;
        };
        if !char_at(text, after + first.len_utf8()).is_some_and(char::is_lowercase) {
            return false;
        }
        let mut j = dot;
        let mut chars = 0;
        while j > self.last_cut {
            let Some(c) = char_before(text, j) else { break };
            if is_blank(c) || is_opener(c) {
                break;
            }
            if matches!(c, '.' | '@' | '/' | ':' | '_') || dot - j > MAX_TOKEN {
                return false;
            }
            j -= c.len_utf8();
            chars += 1;
        }
        if chars < 2 || !char_before(text, dot).is_some_and(char::is_alphanumeric) {
            return false;
        }
        if words::classify(&text[j..dot]) != Abbreviation::Regular {
            return false;
        }
        // The rest of the word must not look like an address: no "@" or "/",
        // no further full stop followed by a letter ("www.Example.Com").
        let stop = self.end.min(after + MAX_TOKEN);
        let rest = &self.b[after..stop];
        let word = rest.iter().position(|&b| b <= b' ').unwrap_or(rest.len());
        let rest = &rest[..word];
        !rest.iter().enumerate().any(|(i, &b)| {
            b == b'@'
                || b == b'/'
                || b == b'.' && rest.get(i + 1).is_some_and(u8::is_ascii_alphanumeric)
        })
    }

    /// True when the sentence so far is a short fronted phrase of time or
    /// place ("At 5 a.m.", "In the U.S."), which cannot be a sentence alone.
    fn fronted(&self, token_start: usize) -> bool {
        let start = self.content_start;
        if token_start < start || token_start - start > 48 {
            return false;
        }
        let Some(phrase) = self.text.get(start..token_start) else {
            return false;
        };
        let first = phrase
            .trim_start_matches(is_opener)
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        words::is_fronting_preposition(first) && crate::token::pieces(phrase).count() <= 3
    }

    /// Reads the word at `k` (after any opening quotes and brackets).
    fn next_word(&self, k: usize) -> Next {
        let text = self.text;
        let mut p = k;
        let mut quoted = false;
        for _ in 0..4 {
            match char_at(text, p) {
                Some(c) if is_opener(c) && p < self.end => {
                    p += c.len_utf8();
                    quoted = true;
                }
                _ => break,
            }
        }
        let Some(c) = char_at(text, p).filter(|_| p < self.end) else {
            return Next::Other;
        };
        if c.is_numeric() {
            return Next::Digit;
        }
        if !c.is_alphabetic() {
            return Next::Other;
        }
        let mut q = p + c.len_utf8();
        while q < self.end && q - p < MAX_TOKEN {
            match char_at(text, q) {
                Some(c) if c.is_alphabetic() => q += c.len_utf8(),
                Some(a @ ('\'' | '\u{2019}'))
                    if char_at(text, q + a.len_utf8()).is_some_and(char::is_alphabetic) =>
                {
                    q += a.len_utf8();
                }
                _ => break,
            }
        }
        if c.is_lowercase() {
            // "iPhone", "eBay": a name, capitalised on its second letter.
            let second = char_at(text, p + c.len_utf8());
            if !second.is_some_and(char::is_uppercase) {
                return Next::Lower;
            }
        }
        Next::Upper {
            word: Span::new(p, q),
            quoted,
        }
    }

    /// A single line break between `prev` and `next` whose line does not end
    /// with terminal punctuation (that case the punctuation decided).
    fn on_line_break(&mut self, prev: &Line, next: &Line, shape: &Shape) {
        let text = self.text;
        if line_ends_sentence(text, prev) {
            return;
        }
        if is_rule(text, prev) || is_rule(text, next) {
            self.cut(next.span.start);
            return;
        }
        if char_before(text, prev.span.end).is_some_and(is_continuation) {
            return; // the line goes on
        }
        let start = next.span.start;
        let starts_item = char_at(text, start).is_some_and(|c| self.is_item_marker(start, c))
            || self
                .b
                .get(start..self.end)
                .and_then(Enumerator::parse)
                .is_some();
        if starts_item {
            self.cut(start);
            return;
        }
        match self.next_word(start) {
            Next::Lower => {
                if shape.short_lines {
                    self.cut(start);
                }
            }
            _ => {
                // Cut unless the line was wrapped here: in wrapped text the
                // next line's first word would not have fitted on this one.
                let first_word = text[start..next.span.end]
                    .split(is_blank)
                    .next()
                    .map_or(0, |w| w.chars().count());
                if !shape.wrapped
                    || prev.chars + 1 + first_word <= shape.width
                    || layout::is_title_case(prev.span.of(text))
                {
                    self.cut(start);
                }
            }
        }
    }
}

/// A list counter before a full stop: up to three digits or one letter.
fn is_enumerator(token: &str) -> bool {
    let b = token.as_bytes();
    (1..=3).contains(&b.len()) && b.iter().all(u8::is_ascii_digit)
        || b.len() == 1 && b[0].is_ascii_alphabetic()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sentences of `text` as strings.
    fn split_text(text: &str) -> Vec<&str> {
        sentences(text).iter().map(|s| s.of(text)).collect()
    }

    fn assert_sentences(text: &str, expected: &[&str]) {
        assert_eq!(split_text(text), expected, "text: {text:?}");
    }

    fn assert_one_sentence(text: &str) {
        assert_sentences(text, &[text.trim()]);
    }

    #[test]
    fn plain_sentences() {
        assert_sentences(
            "Hello World. My name is Jonas.",
            &["Hello World.", "My name is Jonas."],
        );
        assert_sentences("What? Really! Yes.", &["What?", "Really!", "Yes."]);
    }

    #[test]
    fn news_abbreviations_do_not_end_sentences() {
        for text in [
            "Sen. Jane Smith and Rep. John Doe met Gov. Ann Lee on Tuesday.",
            "Gen. Mark Milley spoke to Mr. and Mrs. Jones and Dr. Ruiz.",
            "The U.S. Secretary of State met U.N. officials in the U.K. capital.",
            "She works for Acme Corp. in Ohio and for Foo Ltd. in London.",
            "The company, Acme Inc., was founded by Jonas E. Smith and J.R.R. Tolkien.",
            "It happened on Jan. 5 and again on Mon., Feb. 9, at 5 p.m. local time.",
            "The vote was set for Sept. 11 at the St. Regis hotel.",
            "He lives at No. 10 and quoted p. 55 of Vol. 3 of the report.",
            "Martin Luther King Jr. Day is a holiday in the U.S. and elsewhere.",
            "Ships, planes, etc. were all used, e.g. in the war, i.e. in 1944.",
            "It was Smith vs. Jones in the final, with Smith, Ph.D. taking notes.",
        ] {
            assert_one_sentence(text);
        }
    }

    #[test]
    fn abbreviations_end_sentences_before_sentence_openers() {
        assert_sentences(
            "I live in the U.S. How about you?",
            &["I live in the U.S.", "How about you?"],
        );
        assert_one_sentence("I work for the U.S. Government in Virginia.");
        assert_sentences(
            "The deal closed with Briggs & Co. It was late.",
            &["The deal closed with Briggs & Co.", "It was late."],
        );
        assert_sentences(
            "The event ended at 6 p.m. Mr. Smith then went home.",
            &["The event ended at 6 p.m.", "Mr. Smith then went home."],
        );
        assert_one_sentence("At 5 a.m. Mr. Smith went to the bank.");
        assert_one_sentence("The bridge closes at 7 a.m. Monday, Oct. 19, officials said.");
        assert_one_sentence("Polls close at 8 p.m. ET in most states.");
        assert_sentences(
            "The blaze started shortly before 5 a.m. Owner Gina Petrakis said she plans to rebuild.",
            &[
                "The blaze started shortly before 5 a.m.",
                "Owner Gina Petrakis said she plans to rebuild.",
            ],
        );
        assert_one_sentence("U.S. Sen. Ted Cruz spoke, as did U.S. Rep. Ann Lee.");
    }

    #[test]
    fn numbers_money_and_versions() {
        assert_one_sentence("The firm raised $1.5 billion for version 2.0 of its app, up 3.25%.");
        assert_sentences(
            "Sales rose to $100.00. It was a record.",
            &["Sales rose to $100.00.", "It was a record."],
        );
        assert_sentences(
            "It happened in 2019. 2020 was worse.",
            &["It happened in 2019.", "2020 was worse."],
        );
    }

    #[test]
    fn hyphenated_and_unpunctuated_forms() {
        assert_one_sentence("U.S.-Iran talks resumed after a new No10 team met in St Leonards.");
    }

    #[test]
    fn quotes_stay_with_their_sentence() {
        assert_sentences(
            "\u{201c}Hello.\u{201d} Then he left.",
            &["\u{201c}Hello.\u{201d}", "Then he left."],
        );
        assert_sentences(
            "He said \"We will win.\" The crowd cheered.",
            &["He said \"We will win.\"", "The crowd cheered."],
        );
        assert_one_sentence("\u{201c}Why?\u{201d} she asked.");
        assert_sentences(
            "\u{2018}Is it over?\u{2019} \u{201c}Yes!\u{201d}",
            &["\u{2018}Is it over?\u{2019}", "\u{201c}Yes!\u{201d}"],
        );
        assert_one_sentence("She said, 'This is great.' and left.");
    }

    #[test]
    fn parentheses() {
        assert_one_sentence("He teaches (he worked as an engineer.) at the school.");
        assert_sentences(
            "He left. (He came back.) Then he slept.",
            &["He left.", "(He came back.)", "Then he slept."],
        );
    }

    #[test]
    fn ellipses() {
        assert_one_sentence(
            "I'm skeptical that they will get any traction ... because of the policy.",
        );
        assert_sentences(
            "I never meant that... She left.",
            &["I never meant that...", "She left."],
        );
        assert_sentences(
            "He paused\u{2026} Then he spoke.",
            &["He paused\u{2026}", "Then he spoke."],
        );
        assert_one_sentence("I wasn't sure \u{2026} I didn't mean it.");
        assert_one_sentence("\"Bohr [...] used the analogy [...]\" (Smith 55).");
    }

    #[test]
    fn urls_and_emails() {
        assert_sentences(
            "Write to jane.doe@example.com. Visit https://example.com/a.html?q=1. Thanks.",
            &[
                "Write to jane.doe@example.com.",
                "Visit https://example.com/a.html?q=1.",
                "Thanks.",
            ],
        );
        assert_one_sentence("See www.Example.Com and Node.js for details.");
    }

    #[test]
    fn missing_space_between_sentences() {
        assert_sentences(
            "It rained.Today it is dry.",
            &["It rained.", "Today it is dry."],
        );
        assert_one_sentence("The ASP.NET site and Jane.Doe@example.com work.");
    }

    #[test]
    fn lists() {
        assert_sentences(
            "1) The first item 2) The second item",
            &["1) The first item", "2) The second item"],
        );
        assert_sentences(
            "a. The first item b. The second item c. The third item",
            &[
                "a. The first item",
                "b. The second item",
                "c. The third item",
            ],
        );
        assert_sentences(
            "\u{2022} 9. The first item \u{2022} 10. The second item",
            &["\u{2022} 9. The first item", "\u{2022} 10. The second item"],
        );
        assert_sentences(
            "Menu\n  \u{2022} Home\n  \u{2022} About us\n- Contact",
            &["Menu", "\u{2022} Home", "\u{2022} About us", "- Contact"],
        );
        assert_one_sentence("The plan has two parts: 1) cut taxes and 2) raise spending.");
    }

    #[test]
    fn line_breaks() {
        // Terminal punctuation ends the line's sentence.
        assert_sentences(
            "It rained.\nthen it stopped",
            &["It rained.", "then it stopped"],
        );
        // A hard-wrapped sentence continues in lower case.
        assert_one_sentence("This is a sentence\ncut off in the middle.");
        // Headline, byline and date lines.
        assert_sentences(
            "Washington Looks to Undermine Ties\nMichael Hughes\nMarch 29, 2025",
            &[
                "Washington Looks to Undermine Ties",
                "Michael Hughes",
                "March 29, 2025",
            ],
        );
        // A short list of lower-case lines.
        assert_sentences(
            "features\ncontact manager\nevents, activities\n",
            &["features", "contact manager", "events, activities"],
        );
        // Wrapped text: the capitalised name would not have fitted above.
        let wrapped = "The minister met the delegation on Monday and later said that\nJohn Smith would lead the talks for the government side, which\nwas expected.";
        assert_one_sentence(wrapped);
        // Lines of the same length with no sign of wrapping are captions.
        assert_sentences(
            "People cross an intersection in downtown Tehran, Iran, Monday, Feb. 9. (AP)\nPeople cross an intersection in downtown Tehran, Iran, Monday, Feb. 9. (AP)",
            &[
                "People cross an intersection in downtown Tehran, Iran, Monday, Feb. 9.",
                "(AP)",
                "People cross an intersection in downtown Tehran, Iran, Monday, Feb. 9.",
                "(AP)",
            ],
        );
        // A line ending with a comma goes on.
        assert_one_sentence("Apples, pears,\nOranges and plums.");
        // Separator lines stand alone.
        assert_sentences(
            "Subscribe\n---\n---\nGet Yours!",
            &["Subscribe", "---", "---", "Get Yours!"],
        );
    }

    #[test]
    fn line_break_kinds_and_paragraphs() {
        assert_sentences(
            "One.\r\nTwo.\rThree.\u{2028}Four.",
            &["One.", "Two.", "Three.", "Four."],
        );
        assert_sentences(
            "A headline\n\nBody text here",
            &["A headline", "Body text here"],
        );
        assert_sentences("no stop here\n \t\nnor here", &["no stop here", "nor here"]);
    }

    #[test]
    fn other_scripts() {
        assert_sentences(
            "这是第一句。这是第二句！",
            &["这是第一句。", "这是第二句！"],
        );
        assert_sentences("هل أنت بخير؟ نعم.", &["هل أنت بخير؟", "نعم."]);
        assert_sentences(
            "یہ پہلا جملہ ہے۔ یہ دوسرا ہے۔",
            &["یہ پہلا جملہ ہے۔", "یہ دوسرا ہے۔"],
        );
        assert_sentences("שלום. מה שלומך?", &["שלום.", "מה שלומך?"]);
    }

    #[test]
    fn split_within_a_span() {
        let text = "Skip this. Take this. And this.";
        let got: Vec<&str> = split(text, Span::new(11, text.len()))
            .iter()
            .map(|s| s.of(text))
            .collect();
        assert_eq!(got, ["Take this.", "And this."]);
        // Out-of-range or mid-character spans are clamped, not a panic.
        assert!(split("é", Span::new(1, 99)).is_empty());
        assert!(split("", Span::new(3, 1)).is_empty());
    }

    /// Spans are trimmed, ordered, disjoint, and cover every non-blank char.
    fn check_invariants(text: &str) {
        let spans = sentences(text);
        let mut prev_end = 0;
        for s in &spans {
            assert!(
                s.start >= prev_end && s.start < s.end && s.end <= text.len(),
                "{s:?} in {text:?}"
            );
            assert_eq!(s.trim(text), *s);
            assert!(
                text[prev_end..s.start].chars().all(is_blank),
                "lost text before {s:?} in {text:?}"
            );
            prev_end = s.end;
        }
        assert!(
            text[prev_end..].chars().all(is_blank),
            "lost tail in {text:?}"
        );
    }

    #[test]
    fn never_panics_and_loses_nothing() {
        let long_line = "word ".repeat(200_000);
        let quotes = "\"".repeat(100_000);
        let dots = ". ".repeat(50_000);
        let glued = "a.".repeat(100_000);
        let bullets = "\u{2022} 1. x ".repeat(20_000);
        let enumerated = "1. A. ".repeat(20_000);
        let inputs: Vec<String> = vec![
            String::new(),
            ".".into(),
            "?".into(),
            " . ".into(),
            "\0\0.\0A".into(),
            "\u{feff}\u{200b}".into(),
            "...".into(),
            "\u{2026}\u{2026}".into(),
            ". . . .".into(),
            "1.".into(),
            "a) b) c)".into(),
            "\u{2022}".into(),
            "Mr.".into(),
            "U.S.".into(),
            "\"\u{201d}\u{2019})".into(),
            "x.\u{201d}\u{201d}\u{201d}\u{201d}\u{201d}\u{201d}\u{201d}\u{201d}\u{201d}\u{201d} Y"
                .into(),
            "\u{3002}\u{3002}".into(),
            "؟۔".into(),
            "\r\n\r\n\r".into(),
            long_line,
            quotes,
            dots,
            glued,
            bullets,
            enumerated,
            (0u8..=127).map(char::from).collect(),
            "\u{10ffff}.\u{10ffff}. \u{10ffff}".into(),
        ];
        for text in &inputs {
            check_invariants(text);
        }
    }

    #[test]
    fn random_mixes_of_tricky_characters() {
        // A fixed pseudo-random generator: the same strings on every run.
        let alphabet: Vec<char> =
            "aZ .?!…\"'“”‘’()[]•⁃-–1.)\n\r\t\u{a0}\u{200b}。؟۔Mr.U.S.e.g. I A b@/:"
                .chars()
                .collect();
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..3000 {
            let mut text = String::new();
            for _ in 0..(state % 40) {
                state = state
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                text.push(alphabet[(state >> 33) as usize % alphabet.len()]);
            }
            check_invariants(&text);
        }
    }

    #[test]
    fn questions_answered_in_a_word() {
        assert_sentences(
            "What is the biggest fish on his plate? Iran. Tensions are rising.",
            &[
                "What is the biggest fish on his plate?",
                "Iran.",
                "Tensions are rising.",
            ],
        );
    }

    #[test]
    fn quotations_of_several_sentences_split_inside() {
        assert_sentences(
            "\u{201c}I have decided to stand down. I wish them success,\u{201d} he said.",
            &[
                "\u{201c}I have decided to stand down.",
                "I wish them success,\u{201d} he said.",
            ],
        );
        assert_sentences(
            "He opposed the \u{201c}anti-U.S. style of fundamentalism.\u{201d} After that he left.",
            &[
                "He opposed the \u{201c}anti-U.S. style of fundamentalism.\u{201d}",
                "After that he left.",
            ],
        );
    }

    #[test]
    fn linear_time_on_hostile_input() {
        // Each of these would be quadratic with unbounded look-around.
        let inputs = [
            "a.".repeat(400_000),
            "1. A. ".repeat(100_000),
            "x ".repeat(400_000) + ".",
            "\u{201c}".repeat(300_000) + ". A",
        ];
        for text in &inputs {
            let started = std::time::Instant::now();
            check_invariants(text);
            let took = started.elapsed();
            eprintln!("{} bytes starting {:?}: {took:?}", text.len(), &text[..12]);
            assert!(took.as_secs() < 5, "too slow on {} bytes", text.len());
        }
    }
}
