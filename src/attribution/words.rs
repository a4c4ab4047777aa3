//! Words of a sentence with their offsets, for the attribution rules.

use std::borrow::Cow;

use crate::lexicon::{Lexeme, List};
use crate::Span;

/// One word: its span with surrounding punctuation stripped, and what
/// punctuation followed it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Word {
    pub span: Span,
    /// A comma, semicolon, colon, closing bracket or closing quote sits
    /// between this word and the next: a phrase ends here.
    pub ends_phrase: bool,
    /// An opening bracket or quote, or a dash, sits before this word.
    pub starts_phrase: bool,
    /// The word's entry in the word lists, from its token.
    pub lexeme: Lexeme,
    /// The word opens with an upper-case letter, from its token.
    pub capitalised: bool,
    /// A letter of the word is lower case, from its token.
    pub lowercase: bool,
}

impl Word {
    pub fn of<'t>(&self, text: &'t str) -> &'t str {
        self.span.of(text)
    }

    pub fn is(&self, text: &str, word: &str) -> bool {
        self.of(text).eq_ignore_ascii_case(word)
    }

    /// The word in lower case: the word lists' copy for a listed word,
    /// else [`crate::token::lower`] (borrowed when already lower case).
    pub fn lower<'t>(&self, text: &'t str) -> Cow<'t, str> {
        match self.lexeme.lower() {
            Some(listed) => Cow::Borrowed(listed),
            None => crate::token::lower(self.of(text)),
        }
    }

    /// Whether the word is on `list` (in any case): its token's look-up.
    pub fn is_in(&self, list: List) -> bool {
        self.lexeme.is_in(list)
    }

    /// Whether the word opens with an upper-case letter
    /// (`char::is_uppercase`): its token's flag, read once when the text
    /// was split. (`text` is the word's text, as for the other questions.)
    pub fn is_capitalized(&self, _text: &str) -> bool {
        self.capitalised
    }

    /// Whether a letter of the word is lower case ("Walsh", not "KC"):
    /// its token's flag.
    pub fn has_lowercase(&self) -> bool {
        self.lowercase
    }
}

/// The word without its possessive endings: what `.trim_end_matches("’s")
/// .trim_end_matches("'s")` gives, without building a string searcher for
/// each call.
pub fn without_possessive(mut word: &str) -> &str {
    // Both endings end in 's': most words stop here.
    if !word.ends_with('s') {
        return word;
    }
    while let Some(rest) = word.strip_suffix("’s") {
        word = rest;
    }
    while let Some(rest) = word.strip_suffix("'s") {
        word = rest;
    }
    word
}

/// The surname of a bare name: the last of `ws` when they are at most
/// `most` words, all capitalised ("Lindgren", "Ambrose Lui"), without its
/// "'s". One reading for every rule that knows a source again by its
/// surname (officers, institutions' counsel, judges).
pub fn bare_surname<'t>(text: &'t str, ws: &[Word], most: usize) -> Option<&'t str> {
    let [.., last] = ws else {
        return None;
    };
    (ws.len() <= most && ws.iter().all(|w| w.capitalised))
        .then(|| without_possessive(last.of(text)))
}

/// Whether a word of the source at `earlier` is `surname` (without its
/// "'s"): "Lindgren" in "The company's chief executive, Marcus Lindgren".
pub fn names_surname(text: &str, earlier: Span, surname: &str) -> bool {
    words(text, earlier, &[])
        .iter()
        .any(|w| without_possessive(w.of(text)) == surname)
}

/// The surname ending the run of capitalised words that opens `ws`, up to
/// `most` words and the end of a phrase: "Emma Walsh told" -> "Walsh",
/// "Felicia Morrow's" -> "Morrow". An all-capitals word ("KC") ends the run.
pub fn name_run_surname<'t>(text: &'t str, ws: &[Word], most: usize) -> Option<&'t str> {
    let mut last = None;
    for w in ws.iter().take(most) {
        if !w.is_capitalized(text) || !w.has_lowercase() {
            break;
        }
        last = Some(w);
        if w.ends_phrase {
            break;
        }
    }
    last.map(|w| without_possessive(w.of(text)))
}

/// The words [`words`] read, in a vector lent from the thread's few spare
/// ones and handed back when dropped: the rules ask for some 10,000 word
/// lists on the bench's 100 KB, each used a moment, and a vector from the
/// allocator and back cost more than reading the words. Reads as a
/// `Vec<Word>` (and so as a slice).
#[derive(Debug)]
pub struct Words(Vec<Word>);

/// How many spare vectors a thread keeps, and the largest it keeps (in
/// words): a whole body's list ([`super::Known`]) goes back to the
/// allocator.
const SPARE: usize = 8;
const SPARE_WORDS: usize = 1024;

thread_local! {
    static SPARES: std::cell::RefCell<Vec<Vec<Word>>> = const { std::cell::RefCell::new(Vec::new()) };
}

impl Words {
    /// An empty vector with room for `n` words, spare if one is.
    fn with_capacity(n: usize) -> Words {
        let spare = SPARES
            .try_with(|s| s.try_borrow_mut().ok().and_then(|mut s| s.pop()))
            .ok()
            .flatten();
        match spare {
            Some(mut v) => {
                v.reserve(n);
                Words(v)
            }
            None => Words(Vec::with_capacity(n)),
        }
    }
}

impl Drop for Words {
    fn drop(&mut self) {
        if self.0.capacity() == 0 || self.0.capacity() > SPARE_WORDS {
            return;
        }
        let mut v = std::mem::take(&mut self.0);
        v.clear();
        let _ = SPARES.try_with(|s| {
            if let Ok(mut s) = s.try_borrow_mut() {
                if s.len() < SPARE {
                    s.push(v);
                }
            }
        });
    }
}

impl std::ops::Deref for Words {
    type Target = Vec<Word>;
    fn deref(&self) -> &Vec<Word> {
        &self.0
    }
}

impl std::ops::DerefMut for Words {
    fn deref_mut(&mut self) -> &mut Vec<Word> {
        &mut self.0
    }
}

impl IntoIterator for Words {
    type Item = Word;
    type IntoIter = std::vec::IntoIter<Word>;
    fn into_iter(mut self) -> Self::IntoIter {
        std::mem::take(&mut self.0).into_iter()
    }
}

impl<'w> IntoIterator for &'w Words {
    type Item = &'w Word;
    type IntoIter = std::slice::Iter<'w, Word>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

/// The words of `span` in `text`, skipping anything inside `skip` spans
/// (quotations): the word tokens of the token layer ([`crate::token`]),
/// split on blanks and on dashes used as punctuation.
pub fn words(text: &str, span: Span, skip: &[Span]) -> Words {
    // About one word in six bytes of English text: room for most spans
    // without growing the vector word by word.
    let mut reader = Reader {
        out: Words::with_capacity(span.len() / 6 + 1),
        pending_start: false,
        skip,
    };
    // The current Doc's tokens in this loop, with no call for each (about
    // 170,000 tokens on the bench's 100 KB); the tokens the span cuts (at
    // most two) through a call, so that the others stay in registers. A
    // span they do not hold is read through `each_in`.
    let lent = crate::token::lend(text, span, |tokens| {
        tokens.for_each_cut_apart(&mut reader, Reader::read, Reader::read_cut)
    });
    if lent.is_none() {
        crate::token::each_in_inlined(text, span, |t| reader.read(t));
    }
    reader.out
}

/// What [`words`] has read so far.
struct Reader<'s> {
    out: Words,
    /// A quotation or punctuation standing alone came last: the next word
    /// starts a phrase.
    pending_start: bool,
    skip: &'s [Span],
}

impl Reader<'_> {
    #[inline(always)]
    fn read(&mut self, token: crate::token::Token) {
        let skipped = !self.skip.is_empty() && self.skip.iter().any(|q| q.overlaps(token.span()));
        match token.word() {
            Some(word) if !skipped => {
                self.out.push(Word {
                    span: word,
                    ends_phrase: token.ends_phrase(),
                    starts_phrase: self.pending_start || token.starts_phrase(),
                    lexeme: token.lexeme(),
                    capitalised: token.is_capitalised(),
                    lowercase: token.has_lowercase(),
                });
                self.pending_start = false;
            }
            // A quotation, or punctuation standing alone (a dash, a bracket),
            // ends the phrase before it and starts the one after.
            _ => {
                if let Some(last) = self.out.last_mut() {
                    last.ends_phrase = true;
                }
                self.pending_start = true;
            }
        }
    }

    /// [`Reader::read`] of a token the span cuts, out of the walk's loop.
    #[inline(never)]
    fn read_cut(&mut self, token: crate::token::Token) {
        self.read(token);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_strip_punctuation_and_mark_phrases() {
        let text = "Ryan Crocker, a former U.S. envoy, said — “no.”";
        let ws = words(text, Span::new(0, text.len()), &[]);
        let got: Vec<(&str, bool)> = ws.iter().map(|w| (w.of(text), w.ends_phrase)).collect();
        assert_eq!(
            got,
            [
                ("Ryan", false),
                ("Crocker", true),
                ("a", false),
                ("former", false),
                ("U.S.", false),
                ("envoy", true),
                ("said", true),
                ("no", true)
            ]
        );
    }

    #[test]
    fn quoted_words_are_skipped() {
        let text = "“We won,” she said.";
        let quote = Span::new(3, 10);
        let ws = words(text, Span::new(0, text.len()), &[quote]);
        assert_eq!(
            ws.iter().map(|w| w.of(text)).collect::<Vec<_>>(),
            ["she", "said"]
        );
        assert!(ws[0].starts_phrase);
    }

    /// The token's flag is what the word's first character says.
    #[test]
    fn capitals_are_the_first_characters_case() {
        let mut texts = vec!["Ǆemal ǅemal ǆemal Éte éte ‘Quote’ (Paren) 3D x".to_string()];
        texts.extend(
            crate::furniture::testing::fixture_texts()
                .into_iter()
                .take(20)
                .map(|(_, t)| t),
        );
        for text in &texts {
            for w in words(text, Span::new(0, text.len()), &[]) {
                let first = w.of(text).chars().next().is_some_and(char::is_uppercase);
                assert_eq!(w.is_capitalized(text), first, "{:?}", w.of(text));
            }
        }
    }
}
