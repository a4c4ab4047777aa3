//! Vague passives: "it is widely believed", "is expected to", "has been
//! accused of", "came under fire", "has led many to believe" - attribution
//! whose judges go unnamed.
//!
//! A walk over the sentence's bytes, not a pattern: it finds, span for span,
//! what the pattern below found with `find_iter` (ASCII case-insensitive,
//! ASCII word boundaries at both ends, one space `' '` between words; the
//! alternatives tried in order at each place, each part's options in the
//! pattern's order, the search going on after each find):
//!
//! ```text
//! (?i)(?-u:\b)(?:it (?:is|was|has been|had been) (?:[a-z]+ly )?(?:believed|understood|thought|reported|said|alleged|claimed|rumou?red|assumed)
//! |(?:is|are|was|were|has been|have been|had been|is being|are being) (?:not |also |long |still |[a-z]+ly )*(?:expected to|seen as|viewed as|regarded as|considered to|thought to|believed to|accused of|blamed for|critici[sz]ed (?:as|for)|credited with|rumou?red to|suspected of)
//! |c(?:ame|omes?|oming) under (?:[a-z]+ )?(?:criticism|fire|attack|scrutiny)
//! |(?:has|have|had) led (?:many|some|others|critics|observers) to (?:believe|think|conclude|suspect|question))(?-u:\b)
//! ```
//!
//! The pattern was searched in every sentence holding one of its verbs;
//! without a DFA (the browser build's regex engine may drop it for size) it
//! was the costliest search after the clause joins (`claims::joins`).

use crate::span::Hit;

/// "it is believed", "it was widely reported": the auxiliaries after "it".
const IT_AUXILIARIES: &[&str] = &["is", "was", "has been", "had been"];

/// The verbs after "it is" and an optional adverb.
const IT_VERBS: &[&str] = &[
    "believed",
    "understood",
    "thought",
    "reported",
    "said",
    "alleged",
    "claimed",
    "rumoured",
    "rumored",
    "assumed",
];

/// The auxiliaries of a passive with any subject ("X is expected to").
const AUXILIARIES: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "has been",
    "have been",
    "had been",
    "is being",
    "are being",
];

/// The words that may stand between the auxiliary and the verb, besides
/// adverbs in "-ly": "is not expected to", "is also seen as".
const MODIFIERS: &[&str] = &["not", "also", "long", "still"];

/// The verbs (with their preposition) of a passive with any subject.
const PASSIVES: &[&str] = &[
    "expected to",
    "seen as",
    "viewed as",
    "regarded as",
    "considered to",
    "thought to",
    "believed to",
    "accused of",
    "blamed for",
    "criticised as",
    "criticised for",
    "criticized as",
    "criticized for",
    "credited with",
    "rumoured to",
    "rumored to",
    "suspected of",
];

/// "came under fire": the forms of "come".
const COME: &[&str] = &["came", "comes", "come", "coming"];

/// What one comes under ("came under withering criticism").
const CRITICISM: &[&str] = &["criticism", "fire", "attack", "scrutiny"];

/// "has led many to believe".
const HAVE: &[&str] = &["has", "have", "had"];
const MANY: &[&str] = &["many", "some", "others", "critics", "observers"];
const BELIEVE: &[&str] = &["believe", "think", "conclude", "suspect", "question"];

/// The vague passives of sentence `s`, in order, offsets in `s`.
pub(super) fn find(s: &str) -> Vec<Hit<'_>> {
    let bytes = s.as_bytes();
    let mut found = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        // Every alternative opens with a letter: a word boundary before it
        // is a byte that is not an ASCII word character (or none).
        let opens = at == 0 || !is_word(bytes[at - 1]);
        if let Some(end) = opens.then(|| passive_at(bytes, at)).flatten() {
            found.push(Hit { s, start: at, end });
            at = end;
        } else {
            at += 1;
        }
    }
    found
}

/// The end of the vague passive starting at `at`, trying the forms in the
/// pattern's order.
fn passive_at(b: &[u8], at: usize) -> Option<usize> {
    if !matches!(b[at].to_ascii_lowercase(), b'i' | b'a' | b'w' | b'h' | b'c') {
        return None;
    }
    it_is_believed(b, at)
        .or_else(|| is_expected_to(b, at))
        .or_else(|| came_under_fire(b, at))
        .or_else(|| led_many_to_believe(b, at))
}

/// "it is (widely )believed".
fn it_is_believed(b: &[u8], at: usize) -> Option<usize> {
    let at = word(b, at, "it")?;
    IT_AUXILIARIES.iter().find_map(|aux| {
        let after = word(b, at, aux)?;
        // The adverb if there is one (the pattern's `?` is greedy), else none.
        adverb(b, after)
            .into_iter()
            .chain([after])
            .find_map(|v| last_of(b, v, IT_VERBS))
    })
}

/// "is (not |also |long |still |widely )*expected to".
fn is_expected_to(b: &[u8], at: usize) -> Option<usize> {
    AUXILIARIES.iter().find_map(|aux| {
        let first = word(b, at, aux)?;
        // Most auxiliaries have no modifier after them: no list of stops
        // to allocate for one.
        let Some(second) = modifier(b, first) else {
            return last_of(b, first, PASSIVES);
        };
        let mut stops = vec![first, second];
        while let Some(next) = stops.last().and_then(|&p| modifier(b, p)) {
            stops.push(next);
        }
        // The pattern's `*` is greedy: the most modifiers first.
        stops.iter().rev().find_map(|&v| last_of(b, v, PASSIVES))
    })
}

/// "came under (withering )fire".
fn came_under_fire(b: &[u8], at: usize) -> Option<usize> {
    COME.iter().find_map(|come| {
        let at = word(b, at, come)?;
        let at = word(b, at, "under")?;
        letters_then_space(b, at)
            .into_iter()
            .chain([at])
            .find_map(|n| last_of(b, n, CRITICISM))
    })
}

/// "has led many to believe".
fn led_many_to_believe(b: &[u8], at: usize) -> Option<usize> {
    HAVE.iter().find_map(|have| {
        let at = word(b, at, have)?;
        let at = word(b, at, "led")?;
        MANY.iter().find_map(|many| {
            let at = word(b, at, many)?;
            let at = word(b, at, "to")?;
            last_of(b, at, BELIEVE)
        })
    })
}

/// `w` (ASCII, any case) at `at` in `b`, then one space: where the next word starts.
fn word(b: &[u8], at: usize, w: &str) -> Option<usize> {
    let end = literal(b, at, w)?;
    (b.get(end) == Some(&b' ')).then_some(end + 1)
}

/// The first of `words` at `at` in `b` followed by a word boundary: its end.
fn last_of(b: &[u8], at: usize, words: &[&str]) -> Option<usize> {
    words
        .iter()
        .filter_map(|w| literal(b, at, w))
        .find(|&end| !b.get(end).is_some_and(|&c| is_word(c)))
}

/// `w` (ASCII, any case) at `at` in `b`: its end.
fn literal(b: &[u8], at: usize, w: &str) -> Option<usize> {
    let end = at + w.len();
    b.get(at..end)
        .is_some_and(|s| s.eq_ignore_ascii_case(w.as_bytes()))
        .then_some(end)
}

/// A run of ASCII letters at `at` followed by one space: where the next word starts.
fn letters_then_space(b: &[u8], at: usize) -> Option<usize> {
    let run = b[at.min(b.len())..]
        .iter()
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    (run > 0 && b.get(at + run) == Some(&b' ')).then_some(at + run + 1)
}

/// An adverb in "-ly" at `at` (at least one letter before "ly") and its
/// space: where the next word starts.
fn adverb(b: &[u8], at: usize) -> Option<usize> {
    let next = letters_then_space(b, at)?;
    let run = &b[at..next - 1];
    (run.len() >= 3 && run[run.len() - 2..].eq_ignore_ascii_case(b"ly")).then_some(next)
}

/// One of [`MODIFIERS`] or an adverb at `at`, and its space: where the
/// next word starts.
fn modifier(b: &[u8], at: usize) -> Option<usize> {
    MODIFIERS
        .iter()
        .find_map(|m| word(b, at, m))
        .or_else(|| adverb(b, at))
}

/// An ASCII word character (the pattern's `(?-u:\b)`).
fn is_word(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

#[cfg(test)]
mod tests {
    use super::find;

    /// The pattern the walk replaced, for comparison.
    const PATTERN: &str = concat!(
        r"(?i)(?-u:\b)(?:it (?:is|was|has been|had been) (?:[a-z]+ly )?(?:believed|understood|thought|reported|said|alleged|claimed|rumou?red|assumed)",
        r"|(?:is|are|was|were|has been|have been|had been|is being|are being) (?:not |also |long |still |[a-z]+ly )*(?:expected to|seen as|viewed as|regarded as|considered to|thought to|believed to|accused of|blamed for|critici[sz]ed (?:as|for)|credited with|rumou?red to|suspected of)",
        r"|c(?:ame|omes?|oming) under (?:[a-z]+ )?(?:criticism|fire|attack|scrutiny)",
        r"|(?:has|have|had) led (?:many|some|others|critics|observers) to (?:believe|think|conclude|suspect|question))(?-u:\b)"
    );

    fn by_pattern(s: &str) -> Vec<(usize, usize)> {
        thread_local! {
            static PASSIVE: regex::Regex = crate::pattern::new(PATTERN).unwrap();
        }
        PASSIVE.with(|p| p.find_iter(s).map(|m| (m.start(), m.end())).collect())
    }

    fn found(s: &str) -> Vec<&str> {
        let hits = find(s);
        let spans: Vec<(usize, usize)> = hits.iter().map(|h| (h.start(), h.end())).collect();
        assert_eq!(spans, by_pattern(s), "{s:?}");
        hits.iter().map(|h| h.as_str()).collect()
    }

    #[test]
    fn the_four_forms() {
        assert_eq!(
            found("It is widely believed that it was reported."),
            ["It is widely believed", "it was reported"]
        );
        assert_eq!(found("it has been rumoured"), ["it has been rumoured"]);
        assert_eq!(
            found("He is not also widely Expected To win."),
            ["is not also widely Expected To"]
        );
        assert_eq!(
            found("They are being criticised for it, were credited with it."),
            ["are being criticised for", "were credited with"]
        );
        assert_eq!(
            found("The firm came under withering criticism; comes under fire."),
            ["came under withering criticism", "comes under fire"]
        );
        assert_eq!(
            found("This has led many to believe, had led critics to question."),
            ["has led many to believe", "had led critics to question"]
        );
    }

    #[test]
    fn the_first_form_found_at_a_place_wins() {
        // "it is thought" ends the find: "is thought to" inside it is not
        // searched again.
        assert_eq!(found("it is thought to be"), ["it is thought"]);
        assert_eq!(found("bit is thought to be"), ["is thought to"]);
        // An adverb that is no verb's: the verb right after "is" instead.
        assert_eq!(found("it is reportedly"), Vec::<&str>::new());
        assert_eq!(found("it is said ly"), ["it is said"]);
        // "fire fire": the optional word taken first, and given back.
        assert_eq!(found("came under fire fire"), ["came under fire fire"]);
        assert_eq!(found("came under fire firex"), ["came under fire"]);
        assert_eq!(found("is being expected to"), ["is being expected to"]);
    }

    #[test]
    fn word_boundaries_and_blanks() {
        assert!(found("this expected to").is_empty());
        assert!(found("is expected tomorrow").is_empty());
        assert!(found("is  expected to").is_empty());
        assert!(found("is\u{a0}expected to").is_empty());
        assert!(found("is expected_to").is_empty());
        assert!(found("is ly expected to").is_empty());
        assert!(found("").is_empty());
        assert_eq!(found("éis expected to"), ["is expected to"]);
        assert_eq!(found("_is expected to").len(), 0);
        assert_eq!(found("is expected to.”"), ["is expected to"]);
        assert_eq!(found("is expected toé"), ["is expected to"]);
        assert_eq!(found("IS LONG STILL SEEN AS"), ["IS LONG STILL SEEN AS"]);
    }

    /// Every line of the fixtures: the same finds as the pattern.
    #[test]
    fn the_same_as_the_pattern_on_the_fixtures() {
        for (path, text) in crate::furniture::testing::fixture_texts() {
            for line in text.split_inclusive('\n') {
                let ours: Vec<(usize, usize)> =
                    find(line).iter().map(|h| (h.start(), h.end())).collect();
                assert_eq!(ours, by_pattern(line), "{path}: {line:?}");
            }
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// On text made of the pattern's own words, near misses, blanks and
        /// punctuation, the walk finds exactly what the pattern found.
        #[test]
        fn agrees_with_the_pattern(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "it", "It", "IT", "bit", "is", "was", "has", "had", "have", "been",
                    "are", "were", "being", "not", "also", "long", "still", "widely",
                    "ly", "lately", "believed", "thought", "said", "rumored", "rumoured",
                    "expected", "to", "tomorrow", "seen", "as", "criticized", "criticised",
                    "for", "came", "come", "comes", "coming", "under", "fire", "firm",
                    "criticism", "led", "many", "critics", "believe", "question",
                    "x", "_", "9", "é", " ", " ", " ", " ", "  ", "\u{a0}", "\n", ",",
                    ".", "\u{2019}", "-",
                ]),
                0..30,
            ),
        ) {
            let text: String = pieces.concat();
            let ours: Vec<(usize, usize)> =
                find(&text).iter().map(|h| (h.start(), h.end())).collect();
            proptest::prop_assert_eq!(ours, by_pattern(&text));
        }
    }
}
