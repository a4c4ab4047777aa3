//! The token layer: the text split into tokens once per analysis, for the
//! rules to read instead of splitting words again each time they look.
//!
//! A token is a run of characters between blanks, or a dash used as
//! punctuation standing alone ("said — and"). It carries what the rules
//! ask about a word, worked out once when the text is split:
//!
//! - its byte span, and the word inside it (edge punctuation stripped,
//!   "U.S." keeping its final stop): [`Token::span`], [`Token::word`];
//! - whether punctuation around it opens or closes a phrase:
//!   [`Token::starts_phrase`], [`Token::ends_phrase`];
//! - the word's case, as the rules ask it: [`Token::is_capitalised`],
//!   [`Token::has_lowercase`] ("YOU" in capitals is a title, not the
//!   reader);
//! - its word lists: [`Token::is_in`] a [`List`], from one look-up of the
//!   word in [`crate::lexicon::Lexeme`]'s table when the token is made (no
//!   rule lower-cases a word or hashes it again to ask);
//! - its lower-case form, without a `String` in nearly every case:
//!   [`Token::lower`] lends the table's copy for a listed word and the
//!   text itself for a word with nothing to lower-case; only a word on no
//!   list with capitals in it is lower-cased afresh.
//!
//! Flags are added as rules come to ask for them: each costs a test per
//! character of every token.
//!
//! [`Doc::scope`] builds the tokens of the text being analysed and makes
//! them the thread's current tokens until the returned guard is dropped;
//! [`each_in`] hands them to a rule that asks about the same text (a text
//! that is not the current one is split afresh, into the same tokens).
//! The next step is to pass `&Doc` to the rules explicitly.

use std::borrow::Cow;
use std::cell::RefCell;

use crate::lexicon::Lexeme;
pub use crate::lexicon::List;
use crate::Span;

/// One token of the text, offsets in bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    start: u32,
    end: u32,
    /// The word inside the token: empty (`word_start == word_end`) for
    /// punctuation and dashes.
    word_start: u32,
    word_end: u32,
    flags: u8,
    lexeme: Lexeme,
}

/// A token as a [`Doc`] keeps it: its start, and the lengths of what
/// follows as small numbers. A long text has millions of tokens (about 1.7
/// million in 10 MB): every byte here is paid for in each of them, while a
/// [`Token`] lives only as long as a rule reads it.
#[derive(Clone, Copy, Debug)]
struct Stored {
    start: u32,
    lexeme: Lexeme,
    /// The word's length: `word_start + word_len = word_end`.
    word_len: u16,
    /// Punctuation before the word: `start + lead = word_start`.
    lead: u8,
    /// Punctuation after it: `word_end + trail = end`.
    trail: u8,
    /// The token's flags, or [`WIDE`].
    flags: u8,
}

const _: () = assert!(std::mem::size_of::<Stored>() == 12);

/// A token whose lengths do not fit [`Stored`] (a word of 64 KB, a run of
/// 300 brackets glued to a word): kept whole in the [`Doc`]'s `wide`
/// tokens, the stored one holding its index there.
const WIDE: u8 = 128;

impl Stored {
    fn of(t: Token, wide: &mut Vec<Token>) -> Stored {
        let (lead, word_len, trail) = (
            t.word_start - t.start,
            t.word_end - t.word_start,
            t.end - t.word_end,
        );
        if let (Ok(lead), Ok(word_len), Ok(trail)) = (
            u8::try_from(lead),
            u16::try_from(word_len),
            u8::try_from(trail),
        ) {
            return Stored {
                start: t.start,
                lexeme: t.lexeme,
                word_len,
                lead,
                trail,
                flags: t.flags,
            };
        }
        let [lo, hi, lead, trail] = (wide.len() as u32).to_le_bytes();
        wide.push(t);
        Stored {
            start: t.start,
            lexeme: Lexeme::NONE,
            word_len: u16::from_le_bytes([lo, hi]),
            lead,
            trail,
            flags: WIDE,
        }
    }

    /// The token back; `wide` is the [`Doc`]'s.
    #[inline(always)]
    fn token(&self, wide: &[Token]) -> Token {
        if self.flags == WIDE {
            let [lo, hi] = self.word_len.to_le_bytes();
            return wide[u32::from_le_bytes([lo, hi, self.lead, self.trail]) as usize];
        }
        let word_start = self.start + u32::from(self.lead);
        let word_end = word_start + u32::from(self.word_len);
        Token {
            start: self.start,
            end: word_end + u32::from(self.trail),
            word_start,
            word_end,
            flags: self.flags,
            lexeme: self.lexeme,
        }
    }
}

/// Punctuation other than an apostrophe precedes the word: "(said", "“We".
const STARTS_PHRASE: u8 = 1;
/// A comma, semicolon, colon, closing bracket, closing double quote or dash
/// follows the word: "Crocker,", "said:".
const ENDS_PHRASE: u8 = 2;
const DASH: u8 = 4;
/// The word is all ASCII.
const ASCII: u8 = 8;
/// A character of the word is lower case (`char::is_lowercase`).
const LOWER: u8 = 16;
/// The word's first character is upper case (`char::is_uppercase`).
const CAPITALISED: u8 = 32;
/// Lower-casing changes the word (an upper-case or title-case letter).
const LOWERS: u8 = 64;

impl Token {
    /// The token `text[start..end]` (a blank-free run, or one dash).
    fn new(text: &str, start: usize, end: usize, dash: bool) -> Token {
        let (word_start, word_end, flags) = if !dash && text.as_bytes()[start..end].is_ascii() {
            edges_ascii(text, start, end)
        } else {
            edges_any(text, start, end, dash)
        };
        let word = &text[word_start..word_end];
        let lexeme = if word.is_empty() {
            Lexeme::NONE
        } else if flags & ASCII != 0 {
            Lexeme::of_ascii(word.as_bytes(), flags & LOWERS != 0)
        } else {
            Lexeme::of(word)
        };
        Token {
            start: start as u32,
            end: end as u32,
            word_start: word_start as u32,
            word_end: word_end as u32,
            flags,
            lexeme,
        }
    }

    /// The whole token, punctuation included.
    pub fn span(&self) -> Span {
        Span::new(self.start as usize, self.end as usize)
    }

    /// The word inside the token; `None` for punctuation and dashes.
    pub fn word(&self) -> Option<Span> {
        (self.word_start < self.word_end)
            .then(|| Span::new(self.word_start as usize, self.word_end as usize))
    }

    /// Punctuation other than an apostrophe opens the token ("(said").
    pub fn starts_phrase(&self) -> bool {
        self.flags & STARTS_PHRASE != 0
    }

    /// Punctuation that closes a phrase follows the word ("Crocker,").
    pub fn ends_phrase(&self) -> bool {
        self.flags & ENDS_PHRASE != 0
    }

    /// The word opens with an upper-case letter ("Crocker", "U.S.").
    pub fn is_capitalised(&self) -> bool {
        self.flags & CAPITALISED != 0
    }

    /// A letter of the word is lower case.
    pub fn has_lowercase(&self) -> bool {
        self.flags & LOWER != 0
    }

    /// Whether the word is on `list` (in any case).
    pub fn is_in(&self, list: List) -> bool {
        self.lexeme.is_in(list)
    }

    /// The word's entry in the word lists' table.
    pub fn lexeme(&self) -> Lexeme {
        self.lexeme
    }

    /// The word in lower case (empty for punctuation): borrowed unless the
    /// word is on no list and has letters to lower-case.
    pub fn lower<'t>(&self, text: &'t str) -> Cow<'t, str> {
        let Some(word) = self.word() else {
            return Cow::Borrowed("");
        };
        if let Some(listed) = self.lexeme.lower() {
            return Cow::Borrowed(listed);
        }
        let word = word.of(text);
        if self.flags & LOWERS == 0 {
            Cow::Borrowed(word)
        } else {
            Cow::Owned(word.to_lowercase())
        }
    }
}

/// [`Token::new`]'s word span and flags of any token, character by
/// character.
fn edges_any(text: &str, start: usize, end: usize, dash: bool) -> (usize, usize, u8) {
    let raw = &text[start..end];
    let core = raw.trim_matches(is_edge_punct);
    let mut flags = if dash { DASH } else { 0 };
    let (word_start, word_end) = if core.is_empty() {
        (end, end)
    } else {
        let lead = raw.len() - raw.trim_start_matches(is_edge_punct).len();
        let before = &raw[..lead];
        let after = &raw[lead + core.len()..];
        let word_start = start + lead;
        let mut word_end = word_start + core.len();
        // A final stop after a capital abbreviation ("U.S.") is part of the word.
        if after.starts_with('.') && core.contains('.') {
            word_end += 1;
        }
        flags |= shape(&text[word_start..word_end]);
        if before.chars().any(|c| c != '\'' && c != '’') {
            flags |= STARTS_PHRASE;
        }
        if after
            .chars()
            .any(|c| matches!(c, ',' | ';' | ':' | ')' | ']' | '—' | '–'))
            || after.chars().any(crate::text::is_close_double_quote)
        {
            flags |= ENDS_PHRASE;
        }
        (word_start, word_end)
    };
    (word_start, word_end, flags)
}

/// [`edges_any`] of an ASCII token, nearly every token of an article,
/// decided on its bytes in one pass over its edges.
fn edges_ascii(text: &str, start: usize, end: usize) -> (usize, usize, u8) {
    let raw = &text.as_bytes()[start..end];
    // `is_edge_punct` of an ASCII character.
    let edge =
        |b: &u8| !b.is_ascii_alphanumeric() && !matches!(b, b'$' | b'%' | b'&' | b'@' | b'#');
    let mut flags = 0;
    let (word_start, word_end) = match raw.iter().position(|b| !edge(b)) {
        None => (end, end),
        Some(lead) => {
            let core_end = raw.iter().rposition(|b| !edge(b)).map_or(lead, |i| i + 1);
            let (before, after) = (&raw[..lead], &raw[core_end..]);
            let mut word_end = start + core_end;
            // A final stop after a capital abbreviation ("U.S.") is part of the word.
            if after.first() == Some(&b'.') && raw[lead..core_end].contains(&b'.') {
                word_end += 1;
            }
            flags |= shape(&text[start + lead..word_end]);
            if before.iter().any(|&b| b != b'\'') {
                flags |= STARTS_PHRASE;
            }
            if after
                .iter()
                .any(|b| matches!(b, b',' | b';' | b':' | b')' | b']' | b'"'))
            {
                flags |= ENDS_PHRASE;
            }
            (start + lead, word_end)
        }
    };
    (word_start, word_end, flags)
}

/// The shape flags of a word.
fn shape(word: &str) -> u8 {
    let bytes = word.as_bytes();
    // One pass over the bytes decides an ASCII word.
    let (mut upper, mut lower, mut high) = (false, false, false);
    for &b in bytes {
        upper |= b.is_ascii_uppercase();
        lower |= b.is_ascii_lowercase();
        high |= !b.is_ascii();
    }
    if !high {
        let mut flags = ASCII;
        if upper {
            flags |= LOWERS;
        }
        if lower {
            flags |= LOWER;
        }
        if bytes[0].is_ascii_uppercase() {
            flags |= CAPITALISED;
        }
        return flags;
    }
    let mut flags = 0;
    for c in word.chars() {
        if c.is_lowercase() {
            flags |= LOWER;
        }
        if c.to_lowercase().ne(std::iter::once(c)) {
            flags |= LOWERS;
        }
    }
    if word.chars().next().is_some_and(char::is_uppercase) {
        flags |= CAPITALISED;
    }
    flags
}

/// Characters stripped from the edges of a token to find its word.
fn is_edge_punct(c: char) -> bool {
    !c.is_alphanumeric() && !matches!(c, '$' | '%' | '&' | '@' | '#')
}

/// The tokens of one text.
#[derive(Debug)]
pub struct Doc {
    /// Where the text is, to recognise it in [`with`]; never dereferenced.
    text_at: usize,
    text_len: usize,
    tokens: Vec<Stored>,
    /// The tokens too long for [`Stored`], whole (see [`WIDE`]).
    wide: Vec<Token>,
    /// The end of the text whose tokens are kept: spans past it are split
    /// afresh (see [`release_from`]).
    kept_to: usize,
}

thread_local! {
    static CURRENT: RefCell<Option<Doc>> = const { RefCell::new(None) };
}

/// Keeps a [`Doc`] current on this thread; dropping it restores the one
/// that was current before.
pub struct Scope {
    previous: Option<Doc>,
}

impl Drop for Scope {
    fn drop(&mut self) {
        let previous = self.previous.take();
        CURRENT.with(|c| *c.borrow_mut() = previous);
    }
}

impl Doc {
    /// Splits `text` into tokens.
    pub fn new(text: &str) -> Doc {
        let mut wide = Vec::new();
        let tokens = tokens(text, 0, text.len())
            .map(|t| Stored::of(t, &mut wide))
            .collect();
        Doc {
            text_at: text.as_ptr() as usize,
            text_len: text.len(),
            tokens,
            wide,
            kept_to: text.len(),
        }
    }

    /// Builds the tokens of `text` and makes them current on this thread
    /// while the returned guard lives (the text cannot change meanwhile: it
    /// is borrowed for as long).
    pub fn scope(text: &str) -> Scope {
        let doc = Doc::new(text);
        let previous = CURRENT.with(|c| c.borrow_mut().replace(doc));
        Scope { previous }
    }

    fn is_of(&self, text: &str) -> bool {
        self.text_at == text.as_ptr() as usize && self.text_len == text.len()
    }

    /// Forgets the tokens that start at or after `offset`.
    fn release_from(&mut self, offset: usize) {
        if offset >= self.kept_to {
            return;
        }
        let kept = self.tokens.partition_point(|t| (t.start as usize) < offset);
        self.tokens.truncate(kept);
        // Every token of a span that ends by `offset` starts before it.
        self.kept_to = offset;
        if self.tokens.capacity() - kept >= RELEASE_AT_LEAST {
            self.tokens.shrink_to_fit();
        }
    }

    /// Calls `f` with each token of `span`, in order. A token that `span`
    /// cuts is cut too, as if `span` were the whole text.
    pub fn each_in(&self, text: &str, span: Span, mut f: impl FnMut(Token)) {
        if span.is_empty() {
            return;
        }
        // The first token that ends after the span starts: the last one
        // starting at or before it, unless that one ends before it.
        let after = self
            .tokens
            .partition_point(|t| t.start as usize <= span.start);
        let first = match after.checked_sub(1) {
            Some(last) if self.tokens[last].token(&self.wide).end as usize > span.start => last,
            _ => after,
        };
        for t in self.tokens[first..]
            .iter()
            .take_while(|t| (t.start as usize) < span.end)
        {
            let t = t.token(&self.wide);
            let (start, end) = (t.start as usize, t.end as usize);
            if start < span.start || end > span.end {
                f(Token::new(
                    text,
                    start.max(span.start),
                    end.min(span.end),
                    t.flags & DASH != 0,
                ));
            } else {
                f(t);
            }
        }
    }
}

/// Calls `f` with each token of `span` of `text`: read from the current
/// [`Doc`] when it is this text's, else split afresh. Either way the tokens
/// are the same.
pub fn each_in(text: &str, span: Span, mut f: impl FnMut(Token)) {
    let done = CURRENT.with(|c| match c.borrow().as_ref() {
        Some(doc) if doc.is_of(text) && span.end <= doc.kept_to => {
            doc.each_in(text, span, &mut f);
            true
        }
        _ => false,
    });
    if !done {
        tokens(text, span.start, span.end).for_each(f);
    }
}

/// Lets the current [`Doc`] of `text` give back the memory of the tokens
/// from `offset` on, when no rule will read them again: a long text's
/// tokens are a fifth of its analysis's memory. Spans past `offset` are
/// still read, split afresh, into the same tokens.
pub fn release_from(text: &str, offset: usize) {
    CURRENT.with(|c| {
        if let Some(doc) = c.borrow_mut().as_mut().filter(|d| d.is_of(text)) {
            doc.release_from(offset);
        }
    });
}

/// How many released tokens' room [`release_from`] lets pile up before it
/// hands the room back (64 K tokens, 768 KB): often enough for the memory
/// to go as the claims come, seldom enough to cost nothing.
const RELEASE_AT_LEAST: usize = 1 << 16;

/// The tokens of `text[from..to]`.
fn tokens(text: &str, from: usize, to: usize) -> impl Iterator<Item = Token> + '_ {
    let mut at = from;
    std::iter::from_fn(move || {
        // Skips blanks; a dash is a token of its own.
        let start = loop {
            let (sep, len) = separator_at(text, at, to)?;
            match sep {
                Separator::Dash => {
                    at += len;
                    return Some(Token::new(text, at - len, at, true));
                }
                Separator::Blank => at += len,
                Separator::None => break at,
            }
        };
        let bytes = text.as_bytes();
        loop {
            // ASCII other than a blank goes on the token, byte by byte.
            while at < to && bytes[at] > b' ' && bytes[at] < 0x7f {
                at += 1;
            }
            match separator_at(text, at, to) {
                Some((Separator::None, len)) => at += len,
                _ => break,
            }
        }
        Some(Token::new(text, start, at, false))
    })
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Separator {
    Blank,
    Dash,
    None,
}

/// What the character at byte `at` of `text` is to [`tokens`], and its
/// length; `None` at `to`. ASCII, nearly all of an article, is decided on
/// its byte alone: its blanks are the controls and the space.
#[inline]
fn separator_at(text: &str, at: usize, to: usize) -> Option<(Separator, usize)> {
    if at >= to {
        return None;
    }
    let b = text.as_bytes()[at];
    if b.is_ascii() {
        let sep = if b <= b' ' || b == 0x7f {
            Separator::Blank
        } else {
            Separator::None
        };
        return Some((sep, 1));
    }
    let c = text[at..].chars().next().expect("a character");
    let sep = if crate::text::is_dash(c) {
        Separator::Dash
    } else if crate::text::is_blank(c) {
        Separator::Blank
    } else {
        Separator::None
    };
    Some((sep, c.len_utf8()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(text: &str, span: Span) -> Vec<Token> {
        let mut out = Vec::new();
        each_in(text, span, |t| out.push(t));
        out
    }

    #[test]
    fn tokens_have_kinds_and_words() {
        let text = "Crocker, a U.S. envoy — (said) “no.”";
        let ts = all(text, Span::new(0, text.len()));
        let words: Vec<Option<&str>> = ts.iter().map(|t| t.word().map(|w| w.of(text))).collect();
        assert_eq!(
            words,
            [
                Some("Crocker"),
                Some("a"),
                Some("U.S."),
                Some("envoy"),
                None,
                Some("said"),
                Some("no")
            ]
        );
        assert_eq!(ts[4].span().of(text), "—");
        assert!(ts[0].ends_phrase() && !ts[1].ends_phrase());
        assert!(ts[5].starts_phrase() && ts[5].ends_phrase());
        assert!(ts[6].starts_phrase());
    }

    #[test]
    fn tokens_know_their_case_lists_and_lower_case() {
        let text = "YOU said Crocker’s 3-2 NATO ǅemal Ⅻ you, AND";
        let ts = all(text, Span::new(0, text.len()));
        let at = |w: &str| {
            *ts.iter()
                .find(|t| t.word().is_some_and(|s| s.of(text) == w))
                .expect(w)
        };
        let you = at("YOU");
        assert!(you.is_capitalised() && !you.has_lowercase());
        assert!(you.is_in(List::StanceSecondPerson));
        assert!(matches!(you.lower(text), Cow::Borrowed("you")));
        assert!(at("you").is_in(List::StanceSecondPerson) && at("you").has_lowercase());
        assert!(at("Crocker’s").is_capitalised() && !at("3-2").is_capitalised());
        assert!(
            !at("said").is_capitalised() && matches!(at("said").lower(text), Cow::Borrowed("said"))
        );
        assert!(at("ǅemal").is_capitalised() == 'ǅ'.is_uppercase());
        for w in ["Crocker’s", "ǅemal", "Ⅻ", "AND", "NATO", "3-2"] {
            assert_eq!(at(w).lower(text), w.to_lowercase(), "{w}");
        }
        assert!(at("AND").is_in(List::CoordinatingConjunctions));
        assert!(!at("NATO").is_in(List::CoordinatingConjunctions));
    }

    #[test]
    fn the_current_doc_gives_the_same_tokens_as_splitting_afresh() {
        let text = "He said: “We won’t — can’t — go,” (Smith told A.P.) and left.\n\nNext.";
        let fresh: Vec<Vec<Token>> = spans(text).map(|s| all(text, s)).collect();
        let _scope = Doc::scope(text);
        for (span, fresh) in spans(text).zip(fresh) {
            assert_eq!(all(text, span), fresh, "{span:?}");
        }
    }

    /// Every span between character boundaries.
    fn spans(text: &str) -> impl Iterator<Item = Span> + '_ {
        let bounds: Vec<usize> = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .collect();
        let pairs: Vec<Span> = bounds
            .iter()
            .flat_map(|&a| {
                bounds
                    .iter()
                    .filter(move |&&b| b >= a)
                    .map(move |&b| Span::new(a, b))
            })
            .collect();
        pairs.into_iter()
    }

    #[test]
    fn tokens_too_long_to_keep_small_come_back_the_same() {
        let text = format!(
            "a {}word{} b \"{}\" {} c",
            "(".repeat(300),
            "!".repeat(300),
            "x".repeat(70_000),
            "-".repeat(400)
        );
        let wide: Vec<Span> = vec![
            Span::new(0, text.len()),
            Span::new(2, text.len()),
            Span::new(1, 700),
            Span::new(400, 70_500),
            Span::new(text.len() - 300, text.len()),
        ];
        let fresh: Vec<Vec<Token>> = wide.iter().map(|&s| all(&text, s)).collect();
        assert_eq!(fresh[0].len(), 6);
        let _scope = Doc::scope(&text);
        for (&span, fresh) in wide.iter().zip(fresh) {
            assert_eq!(all(&text, span), fresh, "{span:?}");
        }
    }

    #[test]
    fn ascii_tokens_are_made_as_any_other() {
        let odd =
            "a (b) \"c,\" U.S. U.S.A.. 'd' e.; ((f)) $5 5% #g @h &i 3-2 ... '' x!y? \x7f\x01z";
        let mut texts = vec![odd.to_string()];
        texts.extend(
            crate::furniture::testing::fixture_texts()
                .into_iter()
                .take(30)
                .map(|(_, t)| t),
        );
        let mut ascii = 0;
        for text in &texts {
            for t in tokens(text, 0, text.len()) {
                let (start, end) = (t.start as usize, t.end as usize);
                let any = edges_any(text, start, end, t.flags & DASH != 0);
                let made = (t.word_start as usize, t.word_end as usize, t.flags);
                assert_eq!(made, any, "{:?}", &text[start..end]);
                ascii += usize::from(text[start..end].is_ascii());
            }
        }
        assert!(ascii > 10_000);
    }

    #[test]
    fn another_text_is_split_afresh() {
        let a = String::from("one two");
        let b = String::from("three four five");
        let _scope = Doc::scope(&a);
        assert_eq!(all(&b, Span::new(0, b.len())).len(), 3);
    }
}
