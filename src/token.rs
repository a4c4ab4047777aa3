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

mod both;
pub use both::lend_both;

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

    /// The token `text[start..end]` made of this one cut at its edges:
    /// [`Token::new`] of the cut, which a span that ends on a word's comma
    /// ("Crocker" of "Crocker,") or starts inside an opening bracket
    /// asks for at nearly every rule's read. When the cut leaves the word
    /// whole and what it cuts off is ASCII punctuation, the word, its case
    /// and its lists are this token's: only the phrase flags are read
    /// again, from the punctuation left.
    ///
    /// Inlined into the token walks: returned from a call, the cut token
    /// came back through memory, and the walk's merge of it with the
    /// uncut one kept every token on the stack (about 70 instructions a
    /// token in `attribution::words`).
    #[inline(always)]
    fn cut(&self, text: &str, start: usize, end: usize) -> Token {
        let (word_start, word_end) = (self.word_start as usize, self.word_end as usize);
        let bytes = text.as_bytes();
        if self.flags & ASCII == 0
            || self.flags & DASH != 0
            || word_start >= word_end
            || start > word_start
            || end < word_end
            || !bytes[start..word_start].is_ascii()
            || !bytes[word_end..end].is_ascii()
        {
            return Token::new(text, start, end, self.flags & DASH != 0);
        }
        let mut flags = self.flags & !(STARTS_PHRASE | ENDS_PHRASE);
        if bytes[start..word_start].iter().any(|&b| b != b'\'') {
            flags |= STARTS_PHRASE;
        }
        // (A final stop the word took, "U.S.", is no phrase's end either
        // way.)
        if bytes[word_end..end]
            .iter()
            .any(|b| matches!(b, b',' | b';' | b':' | b')' | b']' | b'"'))
        {
            flags |= ENDS_PHRASE;
        }
        Token {
            start: start as u32,
            end: end as u32,
            flags,
            ..*self
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
            lower(word)
        }
    }
}

/// The engine's one lower-casing of text, for the rules that need a word
/// or a phrase in lower case as a string (to look a joined phrase up, to
/// find one name inside another): what `str::to_lowercase` gives, borrowed
/// when there is nothing to lower-case. A rule asking about one token reads
/// [`Token::lower`] or its [`List`]s instead; a rule comparing a word with
/// a few fixed ASCII words uses `eq_ignore_ascii_case`,
/// [`starts_with_ignore_case`] or [`ends_with_ignore_case`], and lower-cases
/// nothing.
pub fn lower(s: &str) -> Cow<'_, str> {
    if s.is_ascii() {
        if s.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(s.to_ascii_lowercase())
        } else {
            Cow::Borrowed(s)
        }
    } else {
        Cow::Owned(crate::case::lower(s))
    }
}

/// Whether `word` starts with `prefix` (written in lower case) with its
/// ASCII letters in any case ("Asked" starts with "ask"): a comparison of
/// the bytes, nothing lower-cased.
pub fn starts_with_ignore_case(word: &str, prefix: &str) -> bool {
    word.as_bytes()
        .get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// Whether `word` ends with `suffix` (written in lower case) with its
/// ASCII letters in any case ("VOTED" ends with "ed", "JANE’S" with "’s").
pub fn ends_with_ignore_case(word: &str, suffix: &str) -> bool {
    word.len() >= suffix.len()
        && word.as_bytes()[word.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
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
            flags |= shape_ascii(&raw[lead..word_end - start]);
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
        if crate::case::changes(c) {
            flags |= LOWERS;
        }
    }
    if word.chars().next().is_some_and(char::is_uppercase) {
        flags |= CAPITALISED;
    }
    flags
}

/// [`shape`] of an ASCII word (not empty), eight bytes at a time: a
/// byte-by-byte loop was a quarter of a token's making. The flags are ORs
/// over the bytes, so overlapping reads (the first and the last eight
/// bytes, as [`crate::lexicon`]'s packed keys are read) count a byte twice
/// and change nothing.
#[inline]
fn shape_ascii(word: &[u8]) -> u8 {
    let len = word.len();
    let (mut upper, mut lower) = (0u64, 0u64);
    let mut mark = |w: u64| {
        // Adding `0x80 - lo` to a byte below `0x80` sets its high bit
        // exactly when the byte is at least `lo`; no sum carries.
        let at_least = |lo: u8| w.wrapping_add(u64::from_le_bytes([0x80 - lo; 8])) & HIGH_BITS;
        upper |= at_least(b'A') & !at_least(b'Z' + 1);
        lower |= at_least(b'a') & !at_least(b'z' + 1);
    };
    let eight = |at: usize| u64::from_le_bytes(word[at..at + 8].try_into().expect("eight bytes"));
    if len >= 8 {
        let mut at = 0;
        while at + 8 < len {
            mark(eight(at));
            at += 8;
        }
        mark(eight(len - 8));
    } else if len >= 4 {
        let four = |at: usize| {
            u64::from(u32::from_le_bytes(
                word[at..at + 4].try_into().expect("four bytes"),
            ))
        };
        mark(four(0) | four(len - 4) << 32);
    } else {
        // One to three bytes: the first, the middle and the last.
        mark(u64::from_le_bytes([
            word[0],
            word[len / 2],
            word[len - 1],
            0,
            0,
            0,
            0,
            0,
        ]));
    }
    let mut flags = ASCII;
    if upper != 0 {
        flags |= LOWERS;
    }
    if lower != 0 {
        flags |= LOWER;
    }
    if word[0].is_ascii_uppercase() {
        flags |= CAPITALISED;
    }
    flags
}

/// Every byte's high bit.
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

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
    /// For each [`BLOCK`] bytes of the text, the index of the first stored
    /// token starting in or after them: [`Doc::first_touching`] searches
    /// only the tokens of one block. Kept through [`Doc::release_from`]
    /// (an index past the tokens left reads as their end) and rebuilt by
    /// [`Doc::keep_only`].
    firsts: Vec<u32>,
    /// The stretches of the text whose tokens are kept, in order: a span
    /// outside them is split afresh (see [`keep_only`], [`release_from`]).
    kept: Vec<Span>,
    /// The last span [`remember`]ed and its tokens, as [`Doc::each_in`]
    /// gives them.
    remembered: (Span, Vec<Token>),
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
        let tokens: Vec<Stored> = tokens(text, 0, text.len())
            .map(|t| Stored::of(t, &mut wide))
            .collect();
        Doc {
            text_at: text.as_ptr() as usize,
            text_len: text.len(),
            firsts: firsts(&tokens, text.len()),
            tokens,
            wide,
            kept: vec![Span::new(0, text.len())],
            // An empty span has no tokens.
            remembered: (Span::new(0, 0), Vec::new()),
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
        let kept = self.tokens.partition_point(|t| (t.start as usize) < offset);
        self.tokens.truncate(kept);
        // The kept stretches end at `offset`, or at the end of a kept token
        // that runs past it: a stretch never cuts a token.
        let end = self
            .tokens
            .last()
            .map_or(offset, |t| offset.max(t.token(&self.wide).end as usize));
        let regions = self.kept.partition_point(|r| r.start < end);
        self.kept.truncate(regions);
        if let Some(last) = self.kept.last_mut() {
            last.end = last.end.min(end);
        }
        self.give_back();
    }

    /// Forgets the tokens outside `spans` (in order, not overlapping).
    fn keep_only(&mut self, spans: &[Span]) {
        let (wide, mut at) = (&self.wide, 0);
        let mut kept: Vec<Span> = Vec::with_capacity(spans.len());
        self.tokens.retain(|t| {
            let t = t.token(wide).span();
            while spans.get(at).is_some_and(|s| s.end <= t.start) {
                at += 1;
            }
            let Some(&s) = spans.get(at).filter(|s| s.start < t.end) else {
                return false;
            };
            // The stretch kept is the span widened to the tokens it cuts,
            // so that no stretch ends inside a token.
            match kept.last_mut() {
                Some(last) if last.end >= s.start.min(t.start) => {
                    last.end = last.end.max(s.end).max(t.end);
                }
                _ => kept.push(Span::new(s.start.min(t.start), s.end.max(t.end))),
            }
            true
        });
        self.kept = kept;
        self.firsts = firsts(&self.tokens, self.text_len);
        self.give_back();
    }

    /// Hands back the room of forgotten tokens once there is enough of it.
    fn give_back(&mut self) {
        if self.tokens.capacity() - self.tokens.len() >= RELEASE_AT_LEAST {
            self.tokens.shrink_to_fit();
        }
    }

    /// Calls `f` with each token of `span`, in order. A token that `span`
    /// cuts is cut too, as if `span` were the whole text. The stretches
    /// whose tokens were let go are split afresh.
    pub fn each_in(&self, text: &str, span: Span, mut f: impl FnMut(Token)) {
        if span == self.remembered.0 {
            self.remembered.1.iter().for_each(|&t| f(t));
            return;
        }
        let mut at = span.start;
        let mut region = self.kept.partition_point(|k| k.end <= span.start);
        while at < span.end {
            let (end, kept) = match self.kept.get(region) {
                Some(k) if k.start <= at => {
                    region += 1;
                    (k.end.min(span.end), true)
                }
                Some(k) => (k.start.min(span.end), false),
                None => (span.end, false),
            };
            if kept {
                self.stored_in(text, Span::new(at, end), &mut f);
            } else {
                tokens(text, at, end).for_each(&mut f);
            }
            at = end;
        }
    }

    /// How many tokens [`Doc::each_in`] gives for `span`, when they are all
    /// kept (else `None`): two binary searches over the stored tokens, not
    /// a walk over the span's bytes. Each token the span touches is one
    /// token of the span, whole or cut.
    fn count_in(&self, span: Span) -> Option<usize> {
        if span.is_empty() {
            return Some(0);
        }
        Some(self.touched(span)?.len())
    }

    /// The indices of the stored tokens a non-empty `span` touches, when
    /// the span lies in one kept stretch (else `None`): from the first token
    /// of the span to the first that starts at or after its end.
    fn touched(&self, span: Span) -> Option<std::ops::Range<usize>> {
        let region = self
            .kept
            .get(self.kept.partition_point(|k| k.end <= span.start))?;
        if region.start > span.start || region.end < span.end {
            return None;
        }
        let first = self.first_touching(span.start);
        Some(first..self.first_from(span.end).max(first))
    }

    /// The index of the first stored token that ends after `start`: the
    /// last one starting at or before it, unless that one ends before it.
    /// The search runs over the tokens of `start`'s block (see `firsts`).
    fn first_touching(&self, start: usize) -> usize {
        let len = self.tokens.len();
        let block = start / BLOCK;
        let at = |b: usize| self.firsts.get(b).map_or(len, |&i| (i as usize).min(len));
        // Every token before the block's first starts before `start`, and
        // every one from the next block's first on after it.
        let (lo, hi) = (at(block), at(block + 1));
        let after = lo + self.tokens[lo..hi].partition_point(|t| t.start as usize <= start);
        match after.checked_sub(1) {
            Some(last) if self.tokens[last].token(&self.wide).end as usize > start => last,
            _ => after,
        }
    }

    /// [`Doc::each_in`] for a span whose tokens are all kept.
    fn stored_in(&self, text: &str, span: Span, f: impl FnMut(Token)) {
        self.lend_stored(text, span).for_each(f);
    }

    /// The tokens [`Doc::each_in`] gives for `span`, lent without a call
    /// for each: the remembered ones, or the stored ones when the span's
    /// tokens are all kept in one stretch; else `None`.
    fn lend<'a>(&'a self, text: &'a str, span: Span) -> Option<Lent<'a>> {
        if span == self.remembered.0 {
            return Some(Lent {
                remembered: self.remembered.1.iter(),
                ..Lent::stored(text, span, &[], &[])
            });
        }
        if span.is_empty() {
            return Some(Lent::stored(text, span, &[], &[]));
        }
        let region = self
            .kept
            .get(self.kept.partition_point(|k| k.end <= span.start))?;
        if region.start > span.start || region.end < span.end {
            return None;
        }
        Some(self.lend_stored(text, span))
    }

    /// The stored tokens of `span` (all kept), cut at its edges.
    fn lend_stored<'a>(&'a self, text: &'a str, span: Span) -> Lent<'a> {
        if span.is_empty() {
            return Lent::stored(text, span, &[], &[]);
        }
        let first = self.first_touching(span.start);
        Lent::stored(text, span, &self.tokens[first..], &self.wide)
    }
}

/// How many bytes of text one entry of a [`Doc`]'s index of first tokens
/// covers: about 40 tokens of English, six steps of a binary search.
const BLOCK: usize = 256;

/// The index of first tokens of `tokens` (sorted by start) over a text of
/// `len` bytes: entry `b` is the index of the first token starting at or
/// after `b * BLOCK`, for every block and the one past the end.
fn firsts(tokens: &[Stored], len: usize) -> Vec<u32> {
    let blocks = len / BLOCK + 2;
    let mut out = Vec::with_capacity(blocks);
    for (i, t) in tokens.iter().enumerate() {
        while out.len() * BLOCK <= t.start as usize {
            out.push(i as u32);
        }
    }
    out.resize(blocks.max(out.len()), tokens.len() as u32);
    out
}

/// The tokens of a span of the current [`Doc`], as [`Doc::each_in`] gives
/// them, lent by [`lend`]: an iterator a rule's loop reads with no call
/// for each token (a token at the span's edges is cut, as there).
pub struct Lent<'a> {
    text: &'a str,
    span: Span,
    /// The remembered tokens (the span is the one [`remember`]ed).
    remembered: std::slice::Iter<'a, Token>,
    /// The stored tokens from the span's first on; the walk stops at the
    /// first that starts at or after its end.
    stored: std::slice::Iter<'a, Stored>,
    wide: &'a [Token],
}

impl<'a> Lent<'a> {
    fn stored(text: &'a str, span: Span, stored: &'a [Stored], wide: &'a [Token]) -> Lent<'a> {
        Lent {
            text,
            span,
            remembered: [].iter(),
            stored: stored.iter(),
            wide,
        }
    }
}

impl Lent<'_> {
    /// The walk of `for_each`, with the tokens the span cuts (its first or
    /// last) handed to `cut` and every other to `whole`, each with `state`
    /// (two functions, not two closures over one reader): a reader whose
    /// `whole` is inlined here keeps the unpacked token in registers, where
    /// one call for both merged it with the cut one through the stack
    /// (about 70 instructions a token in `attribution::words`, 40 now).
    #[inline(always)]
    pub fn for_each_cut_apart<S>(
        self,
        state: &mut S,
        whole: impl Fn(&mut S, Token),
        cut: impl Fn(&mut S, Token),
    ) {
        for &t in self.remembered {
            whole(state, t);
        }
        let Lent {
            text, span, wide, ..
        } = self;
        for stored in self.stored {
            if stored.start as usize >= span.end {
                break;
            }
            let t = stored.token(wide);
            let (start, end) = (t.start as usize, t.end as usize);
            if start < span.start || end > span.end {
                cut(state, t.cut(text, start.max(span.start), end.min(span.end)));
            } else {
                whole(state, t);
            }
        }
    }
}

impl Iterator for Lent<'_> {
    type Item = Token;

    #[inline(always)]
    fn next(&mut self) -> Option<Token> {
        if let Some(&t) = self.remembered.next() {
            return Some(t);
        }
        let stored = self.stored.next()?;
        if stored.start as usize >= self.span.end {
            self.stored = [].iter();
            return None;
        }
        let t = stored.token(self.wide);
        let (start, end) = (t.start as usize, t.end as usize);
        Some(if start < self.span.start || end > self.span.end {
            t.cut(
                self.text,
                start.max(self.span.start),
                end.min(self.span.end),
            )
        } else {
            t
        })
    }

    /// The walk of `for_each`: the remembered tokens, then the stored ones
    /// in a loop of their own (no test of the remembered ones per token).
    #[inline(always)]
    fn fold<B, F: FnMut(B, Token) -> B>(self, init: B, mut f: F) -> B {
        let mut acc = init;
        for &t in self.remembered {
            acc = f(acc, t);
        }
        let Lent {
            text, span, wide, ..
        } = self;
        for stored in self.stored {
            if stored.start as usize >= span.end {
                break;
            }
            let t = stored.token(wide);
            let (start, end) = (t.start as usize, t.end as usize);
            acc = f(
                acc,
                if start < span.start || end > span.end {
                    t.cut(text, start.max(span.start), end.min(span.end))
                } else {
                    t
                },
            );
        }
        acc
    }
}

/// Calls `f` with each token of `span` of `text`: read from the current
/// [`Doc`] when it is this text's, else split afresh. Either way the tokens
/// are the same.
///
/// Built once for all its callers (`f` is called through a pointer): with
/// `f` generic each caller got its own copy of the thread-local access and
/// the token walk, 23 copies of about 1.1 KB in the browser build. The
/// hottest caller takes [`each_in_inlined`].
pub fn each_in(text: &str, span: Span, mut f: impl FnMut(Token)) {
    each_in_inlined(text, span, &mut f as &mut dyn FnMut(Token));
}

/// [`each_in`] with `f` inlined into a copy of its own: for the callers
/// that run over every claim's words, where the call through a pointer
/// costs (`attribution::words`: 1.5% of the bench's instructions with all
/// callers on one copy).
pub fn each_in_inlined(text: &str, span: Span, mut f: impl FnMut(Token)) {
    let done = CURRENT.with(|c| match c.borrow().as_ref() {
        Some(doc) if doc.is_of(text) => {
            doc.each_in(text, span, &mut f);
            true
        }
        _ => false,
    });
    if !done {
        tokens(text, span.start, span.end).for_each(f);
    }
}

/// Calls `f` with the tokens of `span` of `text` lent by the current [`Doc`]
/// (what [`each_in`] gives, read in `f`'s own loop, with no call for each
/// token), when the Doc is this text's and holds them (the span is the one
/// remembered, or its tokens are all kept); else `None`, and the caller
/// reads them through [`each_in`]. For the walks over every claim's words
/// (`attribution::words`).
pub fn lend<R>(text: &str, span: Span, f: impl FnOnce(Lent<'_>) -> R) -> Option<R> {
    CURRENT.with(|c| {
        let current = c.borrow();
        let lent = current
            .as_ref()
            .filter(|doc| doc.is_of(text))?
            .lend(text, span)?;
        Some(f(lent))
    })
}

/// Reads the tokens of `span` of `text` once and keeps them at hand in the
/// current [`Doc`] of `text`: a rule that then asks [`each_in`] for exactly
/// this span is handed the kept tokens, not a search of the stored ones
/// and each unpacked (and cut) again. For a span several rules read in
/// turn: a claim, which every stance detector reads (8,684 reads of 1,388
/// claims on the bench's 100 KB). The tokens are the same either way (a
/// `Doc`'s text cannot change); only the last span remembered is kept.
pub fn remember(text: &str, span: Span) {
    CURRENT.with(|c| {
        // (Asked while a rule reads the tokens, nothing is remembered.)
        let Ok(mut current) = c.try_borrow_mut() else {
            return;
        };
        let Some(doc) = current.as_mut().filter(|d| d.is_of(text)) else {
            return;
        };
        if doc.remembered.0 == span || text.get(span.range()).is_none() {
            return;
        }
        let mut tokens = std::mem::take(&mut doc.remembered.1);
        tokens.clear();
        doc.each_in(text, span, |t| tokens.push(t));
        doc.remembered = (span, tokens);
    });
}

/// How many tokens `span` of `text` has, counting no further than `most`:
/// `pieces(span.of(text)).take(most).count()`, read off the current [`Doc`]
/// when it holds this text's tokens there (a line's word count without
/// walking the line), else counted piece by piece.
pub fn count_in(text: &str, span: Span, most: usize) -> usize {
    let stored = CURRENT.with(|c| {
        c.borrow()
            .as_ref()
            .filter(|doc| doc.is_of(text))
            .and_then(|doc| doc.count_in(span))
    });
    match stored {
        Some(n) => n.min(most),
        None => pieces(span.of(text)).take(most).count(),
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

/// Lets the current [`Doc`] of `text` give back the memory of the tokens
/// outside `spans` (in order, not overlapping): the article body, once the
/// furniture around it is set aside. Spans outside them are still read,
/// split afresh, into the same tokens.
pub fn keep_only(text: &str, spans: &[Span]) {
    CURRENT.with(|c| {
        if let Some(doc) = c.borrow_mut().as_mut().filter(|d| d.is_of(text)) {
            doc.keep_only(spans);
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
        let (start, end, dash) = next_piece(text, at, to)?;
        at = end;
        Some(Token::new(text, start, end, dash))
    })
}

/// The next token of `text[at..to]`: its start, its end and whether it is
/// a dash standing alone.
#[inline(always)]
fn next_piece(text: &str, mut at: usize, to: usize) -> Option<(usize, usize, bool)> {
    let bytes = text.as_bytes();
    // Skips blanks; a dash is a token of its own. ASCII, nearly all of an
    // article, is decided on its byte: its blanks are the controls and the
    // space.
    let start = loop {
        while at < to && (bytes[at] <= b' ' || bytes[at] == 0x7f) {
            at += 1;
        }
        if at >= to {
            return None;
        }
        if bytes[at].is_ascii() {
            break at;
        }
        match separator_of_char(text, at) {
            (Separator::Dash, len) => return Some((at, at + len, true)),
            (Separator::Blank, len) => at += len,
            (Separator::None, _) => break at,
        }
    };
    loop {
        // ASCII other than a blank goes on the token: eight bytes at a
        // time while eight are left (most tokens end inside the first
        // eight), then byte by byte.
        while at + 8 <= to {
            let eight = u64::from_le_bytes(bytes[at..at + 8].try_into().expect("eight bytes"));
            let stops = ends_piece(eight);
            if stops != 0 {
                at += (stops.trailing_zeros() / 8) as usize;
                break;
            }
            at += 8;
        }
        while at < to && bytes[at] > b' ' && bytes[at] < 0x7f {
            at += 1;
        }
        if at >= to || bytes[at].is_ascii() {
            break;
        }
        match separator_of_char(text, at) {
            (Separator::None, len) => at += len,
            _ => break,
        }
    }
    Some((start, at, false))
}

/// The high bit of each of eight bytes (the first lowest) that stops
/// [`next_piece`]'s run of ASCII: a blank or control (at most `b' '`),
/// DEL, or a byte beyond ASCII. With the high bits cleared first, adding
/// `0x80 - lo` to a byte sets its high bit exactly when the byte is at
/// least `lo`, and no sum carries into the next byte.
#[inline(always)]
fn ends_piece(eight: u64) -> u64 {
    let low = eight & !HIGH_BITS;
    let at_least = |lo: u8| low.wrapping_add(u64::from_le_bytes([0x80 - lo; 8])) & HIGH_BITS;
    (eight & HIGH_BITS) | (!at_least(b' ' + 1) & HIGH_BITS) | at_least(0x7f)
}

/// The tokens of a text as text, punctuation included, as the token layer
/// splits it: runs between blanks ([`crate::text::is_blank`]), a dash
/// standing alone ("said — and" is three). The split for a rule that reads
/// a piece of text cut from a sentence: [`each_in`] gives the same tokens
/// with their case and word lists.
pub fn pieces(text: &str) -> Pieces<'_> {
    Pieces {
        text,
        front: 0,
        back: text.len(),
    }
}

/// [`pieces`]: the tokens of a text as text, from either end.
#[derive(Clone, Debug)]
pub struct Pieces<'t> {
    text: &'t str,
    front: usize,
    back: usize,
}

impl<'t> Iterator for Pieces<'t> {
    type Item = &'t str;

    fn next(&mut self) -> Option<&'t str> {
        let Some((start, end, _)) = next_piece(self.text, self.front, self.back) else {
            self.front = self.back;
            return None;
        };
        self.front = end;
        Some(&self.text[start..end])
    }
}

impl DoubleEndedIterator for Pieces<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        let mut chars = self.text[self.front..self.back].char_indices().rev();
        let end = loop {
            let (i, c) = chars.next()?;
            match separator_kind(c) {
                Separator::Blank => {}
                Separator::Dash => {
                    let at = self.front + i;
                    let piece = &self.text[at..at + c.len_utf8()];
                    self.back = at;
                    return Some(piece);
                }
                Separator::None => break self.front + i + c.len_utf8(),
            }
        };
        let mut start = self.front;
        for (i, c) in chars {
            if separator_kind(c) != Separator::None {
                start = self.front + i + c.len_utf8();
                break;
            }
        }
        let piece = &self.text[start..end];
        self.back = start;
        Some(piece)
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Separator {
    Blank,
    Dash,
    None,
}

/// What the non-ASCII character at byte `at` of `text` is to [`tokens`],
/// and its length.
fn separator_of_char(text: &str, at: usize) -> (Separator, usize) {
    let c = text[at..].chars().next().expect("a character");
    (separator_kind(c), c.len_utf8())
}

/// What a character is to [`tokens`].
fn separator_kind(c: char) -> Separator {
    if crate::text::is_dash(c) {
        Separator::Dash
    } else if crate::text::is_blank(c) {
        Separator::Blank
    } else {
        Separator::None
    }
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
    fn a_remembered_span_gives_the_same_tokens() {
        let mut read = 0;
        for text in fixture_texts() {
            let _doc = Doc::scope(&text);
            let boundary = |mut i: usize| {
                i = i.min(text.len());
                while !text.is_char_boundary(i) {
                    i -= 1;
                }
                i
            };
            for start in (0..text.len()).step_by(97).map(boundary) {
                for len in [0, 7, 60, 180] {
                    let span = Span::new(start, boundary(start + len).max(start));
                    let fresh: Vec<Token> = tokens(&text, span.start, span.end).collect();
                    remember(&text, span);
                    assert_eq!(all(&text, span), fresh, "{:?}", span.of(&text));
                    // Another span is read as before; the remembered one
                    // stays.
                    let other = Span::new(span.start, boundary(span.end + 3));
                    let other_fresh: Vec<Token> = tokens(&text, other.start, other.end).collect();
                    assert_eq!(all(&text, other), other_fresh);
                    assert_eq!(all(&text, span), fresh);
                    read += fresh.len();
                }
            }
        }
        assert!(read > 10_000, "{read} tokens read");
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

    /// Tokens let go, the body kept or the tail released, come back the
    /// same when read: split afresh where they are gone.
    #[test]
    fn tokens_let_go_are_split_afresh_into_the_same() {
        let text = "Menu — Home\nHe said: “We won’t — can’t go,” (Smith)\nAd\nShe left—now.\nEnd";
        let fresh: Vec<Vec<Token>> = spans(text).map(|s| all(text, s)).collect();
        let body = |from: &str, to: &str| {
            let start = text.find(from).unwrap();
            Span::new(start, text.find(to).unwrap() + to.len())
        };
        // Paragraphs cut inside tokens ("ome", "(Smi") as well as at them.
        let kept = [body("ome", "He"), body("said", "(Smi"), body("She", "now.")];
        for release in [
            None,
            Some(text.find("can’t").unwrap()),
            Some(text.find("left").unwrap()),
        ] {
            let _scope = Doc::scope(text);
            keep_only(text, &kept);
            if let Some(offset) = release {
                release_from(text, offset);
            }
            for (span, fresh) in spans(text).zip(&fresh) {
                assert_eq!(&all(text, span), fresh, "{span:?} after {release:?}");
            }
        }
    }

    /// The index of first tokens finds what a search of all the stored
    /// tokens finds, at every offset of the fixture texts, with all their
    /// tokens kept, the body kept, and the tail released.
    #[test]
    fn the_index_of_first_tokens_finds_what_a_whole_search_finds() {
        let mut asked = 0;
        for text in fixture_texts().iter().step_by(7) {
            let paragraphs = every_other_paragraph(text);
            for step in 0..3 {
                let mut doc = Doc::new(text);
                if step > 0 {
                    doc.keep_only(&paragraphs);
                }
                if step > 1 {
                    doc.release_from(text.len() / 2);
                }
                for start in 0..=text.len() {
                    let after = doc.tokens.partition_point(|t| t.start as usize <= start);
                    let whole = match after.checked_sub(1) {
                        Some(last) if doc.tokens[last].token(&doc.wide).end as usize > start => {
                            last
                        }
                        _ => after,
                    };
                    assert_eq!(doc.first_touching(start), whole, "{start} of step {step}");
                    asked += 1;
                }
            }
        }
        assert!(asked > 100_000, "{asked} offsets");
    }

    /// Every other paragraph of `text` (parted by blank lines), as the
    /// body's spans kept by [`keep_only`].
    fn every_other_paragraph(text: &str) -> Vec<Span> {
        let mut out = Vec::new();
        let mut at = 0;
        for (i, p) in text.split("\n\n").enumerate() {
            if i % 2 == 0 && !p.is_empty() {
                out.push(Span::new(at, at + p.len()));
            }
            at += p.len() + 2;
        }
        out
    }

    /// The tokens [`lend`] lends are the ones [`each_in`] gives, on every
    /// span it lends (remembered, kept, empty), and it lends none of a span
    /// whose tokens were let go.
    #[test]
    fn lent_tokens_are_the_ones_each_in_gives() {
        let (mut lent, mut refused) = (0, 0);
        for text in fixture_texts().iter().step_by(5) {
            let paragraphs = every_other_paragraph(text);
            let _doc = Doc::scope(text);
            keep_only(text, &paragraphs);
            release_from(text, text.len() * 3 / 4);
            for (i, start) in (0..text.len()).step_by(41).enumerate() {
                for len in [0, 1, 9, 70, 300] {
                    let span = Span::new(start, (start + len).min(text.len()));
                    if text.get(span.range()).is_none() {
                        continue;
                    }
                    if i % 3 == 0 {
                        remember(text, span);
                    }
                    let each: Vec<Token> = all(text, span);
                    match lend(text, span, |ts| ts.collect::<Vec<Token>>()) {
                        Some(got) => {
                            assert_eq!(got, each, "{:?}", span.of(text));
                            lent += 1;
                        }
                        None => refused += 1,
                    }
                }
            }
        }
        assert!(
            lent > 1_000 && refused > 100,
            "{lent} lent, {refused} refused"
        );
    }

    /// [`count_in`] counts what [`pieces`] of the span gives, on every span,
    /// with the text's tokens current and kept, partly let go, or absent;
    /// and on every line of the fixture texts.
    #[test]
    fn a_span_counts_its_pieces() {
        let text = "Menu — Home\nHe said: “We won’t — can’t go,” (Smith)\nAd\nShe left—now.\nEnd";
        let pieces_in = |span: Span, most: usize| pieces(span.of(text)).take(most).count();
        for span in spans(text) {
            assert_eq!(
                count_in(text, span, usize::MAX),
                pieces_in(span, usize::MAX)
            );
        }
        {
            let _scope = Doc::scope(text);
            for span in spans(text) {
                for most in [0, 1, 2, usize::MAX] {
                    assert_eq!(
                        count_in(text, span, most),
                        pieces_in(span, most),
                        "{span:?}"
                    );
                }
            }
            release_from(text, text.find("can’t").unwrap());
            for span in spans(text) {
                assert_eq!(count_in(text, span, 5), pieces_in(span, 5), "{span:?}");
            }
        }
        for text in fixture_texts() {
            let _scope = Doc::scope(&text);
            let mut at = 0;
            for line in text.split('\n') {
                let span = Span::new(at, at + line.len());
                assert_eq!(count_in(&text, span, 81), pieces(line).take(81).count());
                at += line.len() + 1;
            }
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

    /// The eight-byte test of a piece's end is the byte test, for every
    /// byte in every position.
    #[test]
    fn a_pieces_end_is_found_eight_bytes_at_a_time_as_byte_by_byte() {
        for b in 0..=255u8 {
            for at in 0..8 {
                for fill in [b'a', b'~', b'!'] {
                    let mut eight = [fill; 8];
                    eight[at] = b;
                    let want = eight.iter().enumerate().fold(0u64, |m, (i, &x)| {
                        m | (u64::from(x <= b' ' || x >= 0x7f) << (8 * i + 7))
                    });
                    assert_eq!(ends_piece(u64::from_le_bytes(eight)), want, "{eight:?}");
                }
            }
        }
    }

    /// The word's shape read eight bytes at a time is the byte-by-byte
    /// one, for every length and every ASCII byte in every position.
    #[test]
    fn ascii_shapes_are_read_as_byte_by_byte() {
        for len in 1..=20 {
            for b in 0..0x80u8 {
                for at in 0..len {
                    let mut word = vec![b'.'; len];
                    word[at] = b;
                    let s = std::str::from_utf8(&word).unwrap();
                    assert_eq!(shape_ascii(&word), shape(s), "{s:?}");
                    word[len - 1 - at] = b'x';
                    let s = std::str::from_utf8(&word).unwrap();
                    assert_eq!(shape_ascii(&word), shape(s), "{s:?}");
                }
            }
        }
        for text in crate::furniture::testing::fixture_texts().iter().take(30) {
            for w in text.1.split_ascii_whitespace().filter(|w| w.is_ascii()) {
                assert_eq!(shape_ascii(w.as_bytes()), shape(w), "{w:?}");
            }
        }
    }

    #[test]
    fn pieces_are_the_tokens_from_either_end() {
        let texts = [
            "He said: “We won’t — can’t—go,” (Smith told A.P.) and left.\n\nNext.",
            "  a\u{200B}b – c− ",
            "",
            "   ",
            "——",
        ];
        for text in texts {
            let want: Vec<&str> = tokens(text, 0, text.len())
                .map(|t| t.span().of(text))
                .collect();
            assert_eq!(pieces(text).collect::<Vec<_>>(), want, "{text:?}");
            let mut back: Vec<&str> = pieces(text).rev().collect();
            back.reverse();
            assert_eq!(back, want, "{text:?}");
            // Both ends at once meet in the middle.
            let mut both = pieces(text);
            let (mut front, mut rear) = (Vec::new(), Vec::new());
            while let Some(p) = both.next() {
                front.push(p);
                match both.next_back() {
                    Some(p) => rear.push(p),
                    None => break,
                }
            }
            rear.reverse();
            front.extend(rear);
            assert_eq!(front, want, "{text:?}");
        }
    }

    #[test]
    fn lower_is_str_to_lowercase_and_the_ignore_case_checks_compare_bytes() {
        for s in [
            "",
            "said",
            "Said",
            "U.S.",
            "ÉTÉ",
            "Crocker’s",
            "ǅemal Ⅻ",
            "ΟΔΟΣ Σ",
            "İ",
        ] {
            assert_eq!(lower(s), s.to_lowercase(), "{s:?}");
        }
        assert!(matches!(lower("said so"), Cow::Borrowed(_)));
        for (word, prefix, want) in [
            ("Asked", "ask", true),
            ("ask", "ask", true),
            ("as", "ask", false),
            ("ÀSK", "ask", false),
            ("Put", "", true),
        ] {
            assert_eq!(
                starts_with_ignore_case(word, prefix),
                want,
                "{word} {prefix}"
            );
            let ascii_lowered = word.to_ascii_lowercase().starts_with(prefix);
            assert_eq!(starts_with_ignore_case(word, prefix), ascii_lowered);
        }
        for (word, suffix, want) in [
            ("VOTED", "ed", true),
            ("d", "ed", false),
            ("naïvED", "ed", true),
            ("é", "d", false),
        ] {
            assert_eq!(ends_with_ignore_case(word, suffix), want, "{word} {suffix}");
        }
    }

    #[test]
    fn another_text_is_split_afresh() {
        let a = String::from("one two");
        let b = String::from("three four five");
        let _scope = Doc::scope(&a);
        assert_eq!(all(&b, Span::new(0, b.len())).len(), 3);
    }

    /// The fixture texts, `tests/fixtures/**/*.txt`, read at test time.
    fn fixture_texts() -> Vec<String> {
        fn walk(dir: &std::path::Path, out: &mut Vec<String>) {
            let mut entries: Vec<_> = std::fs::read_dir(dir)
                .unwrap()
                .map(|e| e.unwrap().path())
                .collect();
            entries.sort();
            for path in entries {
                if path.is_dir() {
                    walk(&path, out);
                } else if path.extension().is_some_and(|x| x == "txt") {
                    out.push(std::fs::read_to_string(&path).unwrap());
                }
            }
        }
        let mut out = Vec::new();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        walk(&root, &mut out);
        out
    }

    /// [`Token::cut`] is a fast path of [`Token::new`]: on every token of
    /// the fixture texts and every cut of it that keeps its word whole
    /// (the cuts the fast path may take; any other falls back to
    /// `Token::new` itself), the two agree on every field.
    #[test]
    fn a_cut_is_the_token_of_the_cut() {
        let texts = fixture_texts();
        assert!(!texts.is_empty());
        let mut cuts = 0usize;
        for text in &texts {
            for t in tokens(text, 0, text.len()) {
                let dash = t.flags & DASH != 0;
                let starts = (t.start..=t.word_start).map(|i| i as usize);
                for start in starts.filter(|&i| text.is_char_boundary(i)) {
                    let ends = (t.word_end..=t.end).map(|i| i as usize);
                    for end in ends.filter(|&i| text.is_char_boundary(i) && i >= start) {
                        assert_eq!(
                            t.cut(text, start, end),
                            Token::new(text, start, end, dash),
                            "{:?} cut to {:?}",
                            &text[t.start as usize..t.end as usize],
                            &text[start..end],
                        );
                        cuts += 1;
                    }
                }
            }
        }
        assert!(cuts > 50_000, "{cuts} cuts");
    }
}
