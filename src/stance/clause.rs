//! Where a word sits in its sentence: in a side clause, as the predicate of
//! the main clause, or tucked in a modifying phrase.
//!
//! LABELS.md: a judging word makes a sentence opinion when the author's
//! judgment is what the sentence asserts ("Khalilzad is the perfect man for
//! the job") or when it describes the main subject or event ("he made
//! bizarre accusations"); a stock description in a side clause leaves it
//! reporting. These checks are deliberately shallow (a few words back to the
//! nearest clause boundary) so they cost nothing and can be explained.

use crate::lexicon;
use crate::Span;

/// The position of a word, from most to least assertive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Position {
    /// After a copula in its clause: "is the perfect man", "seems absurd".
    Predicate,
    /// Anywhere else in the main clause: "he made bizarre accusations".
    Main,
    /// Inside a prepositional phrase hanging off the clause: "from the head
    /// of notorious terrorist X".
    Modifier,
    /// Inside a relative clause or parenthesis: "the movement, which is
    /// notoriously harsh, ...", "(a bizarre choice)".
    Side,
}

const COPULAS: [&str; 21] = [
    "is", "are", "was", "were", "be", "been", "being", "am", "seems", "seem", "seemed", "remains",
    "remain", "remained", "looks", "looked", "sounds", "becomes", "became", "become", "'s",
];

const RELATIVES: [&str; 5] = ["which", "who", "whom", "whose", "where"];

const PREPOSITIONS: [&str; 16] = [
    "of", "from", "with", "by", "against", "on", "for", "in", "at", "about", "into", "over",
    "under", "among", "amid", "despite",
];

/// How many words back the copula or preposition may be: "is (no) small
/// feat", "was (truly) (a) bizarre".
const REACH: usize = 3;

/// The position of `word` inside `claim` of `text`.
pub(crate) fn position(text: &str, claim: Span, word: Span) -> Position {
    let Some(before) = text.get(claim.start..word.start.max(claim.start)) else {
        return Position::Main;
    };
    // Walk back to the start of the word's clause.
    let mut depth = 0i32;
    let mut clause_start = 0;
    for (i, c) in before.char_indices().rev() {
        match c {
            ')' => depth += 1,
            '(' if depth == 0 => return Position::Side,
            '(' => depth -= 1,
            ',' | ';' | ':' | '\u{2013}' | '\u{2014}' if depth == 0 => {
                clause_start = i + c.len_utf8();
                break;
            }
            _ => {}
        }
    }
    let clause = &before[clause_start..];
    let mut words: Vec<&str> = clause
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}' || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    let relative = words.iter().enumerate().rposition(|(i, w)| {
        RELATIVES.iter().any(|r| w.eq_ignore_ascii_case(r))
            || w.eq_ignore_ascii_case("that") && relative_that(&words[..i])
    });
    if let Some(r) = relative {
        match main_resumes(&words[r + 1..]) {
            // "The plan that he proposed is absurd": the main clause's own
            // copula follows the relative clause; read from there.
            Some(k) => {
                words.drain(..r + 1 + k);
            }
            None => return Position::Side,
        }
    }
    // "is a kind of brainwashing": the classing noun and its "of" are no
    // modifying phrase; the word after them is what the clause asserts.
    if let [.., noun, of] = words[..] {
        if of.eq_ignore_ascii_case("of")
            && lexicon::Lexeme::of(noun).is_in(lexicon::List::StanceClassifierNouns)
        {
            words.truncate(words.len() - 2);
        }
    }
    // "are not now so bold", "becomes more interdependent and fragile":
    // negation, degree words and a coordinated adjective stand between the
    // copula and its predicate without counting against the reach.
    let mut end = words.len();
    while end > 0 {
        let w = words[end - 1];
        if DEGREE_WORDS.iter().any(|d| w.eq_ignore_ascii_case(d)) {
            end -= 1;
        } else if end >= 2 && ["and", "or"].iter().any(|c| w.eq_ignore_ascii_case(c)) {
            end -= 2;
        } else {
            break;
        }
    }
    if end < words.len()
        && words[end.saturating_sub(REACH)..end]
            .iter()
            .any(|w| is_copula(w))
    {
        return Position::Predicate;
    }
    let near_start = words.len().saturating_sub(REACH);
    let near = &words[near_start..];
    if near.iter().any(|w| is_copula(w)) {
        return Position::Predicate;
    }
    if let Some(p) = near
        .iter()
        .rposition(|w| PREPOSITIONS.iter().any(|l| w.eq_ignore_ascii_case(l)))
    {
        let p = near_start + p;
        // "voted with cheerful alacrity", "turned into a chaotic
        // nightmare": a phrase of manner or result on the verb describes
        // the main event itself, not a noun beside it.
        let on_verb = ["with", "into"]
            .iter()
            .any(|l| words[p].eq_ignore_ascii_case(l))
            && p >= 1
            && is_past_verb(words[p - 1], p.checked_sub(2).map(|i| words[i]));
        // "endowed shareholders of corporations an extraordinary gift": a
        // determiner after the phrase's own noun opens a new noun phrase, so
        // the prepositional phrase has closed.
        let closed = words[p + 1..]
            .iter()
            .skip(1)
            .any(|w| DETERMINERS.iter().any(|d| w.eq_ignore_ascii_case(d)));
        return if on_verb || closed {
            Position::Main
        } else {
            Position::Modifier
        };
    }
    Position::Main
}

/// Negation and degree words between a copula and its predicate.
const DEGREE_WORDS: [&str; 14] = [
    "not", "never", "now", "so", "too", "very", "more", "most", "less", "also", "still", "quite",
    "rather", "really",
];

/// Auxiliaries that join the next verb in one verb group ("has been").
const AUXILIARIES: [&str; 8] = ["has", "have", "had", "will", "would", "can", "could", "may"];

fn is_copula(w: &str) -> bool {
    COPULAS.iter().any(|l| w.eq_ignore_ascii_case(l))
        || ((w.ends_with("'s") || w.ends_with("\u{2019}s")) && is_pronoun_contraction(w))
}

/// A past verb form ("voted", "turned") rather than a participle used as
/// an adjective after a determiner or preposition ("the embittered", "of
/// imported").
fn is_past_verb(w: &str, before: Option<&str>) -> bool {
    let adjectival = before.is_some_and(|b| {
        DETERMINERS.iter().any(|d| b.eq_ignore_ascii_case(d))
            || PREPOSITIONS.iter().any(|d| b.eq_ignore_ascii_case(d))
    });
    w.len() > 4 && crate::token::ends_with_ignore_case(w, "ed") && !adjectival
}

/// Where the main clause takes up again after a relative clause opened by
/// the word before `rest`: at a copula that follows the relative clause's
/// own words ("who ran the company | is", "that he proposed | was"), not at
/// one that is the relative clause's verb ("which is", "who has been").
fn main_resumes(rest: &[&str]) -> Option<usize> {
    rest.iter().enumerate().skip(2).find_map(|(k, w)| {
        let prev = rest[k - 1];
        let joined = is_copula(prev)
            || AUXILIARIES.iter().any(|a| prev.eq_ignore_ascii_case(a))
            || DEGREE_WORDS.iter().any(|a| prev.eq_ignore_ascii_case(a))
            || crate::token::ends_with_ignore_case(prev, "ly");
        (is_copula(w) && !joined && !rest[..k].iter().any(|v| is_copula(v))).then_some(k)
    })
}

/// Words that may follow an adjective heading its predicate ("is hard to
/// see", "are worse than", "is key for", "is real, yes"); any other word
/// after it is likely the noun it modifies ("is a real estate firm").
const PREDICATE_FOLLOWERS: [&str; 16] = [
    "to", "than", "that", "for", "in", "on", "at", "about", "with", "enough", "and", "but", "or",
    "because", "if", "now",
];

/// True when `word` is the bare head of its clause's predicate: after a
/// copula with no determiner between ("the risk is real", "it is hard to
/// imagine", "things are worse than"), and followed by punctuation, the end
/// of the claim or a word that cannot be the noun it modifies. Words that
/// judge only in that position ("real", "key") need it.
pub(crate) fn bare_predicate(text: &str, claim: Span, word: Span) -> bool {
    if position(text, claim, word) != Position::Predicate {
        return false;
    }
    let (Some(before), Some(after)) = (
        text.get(claim.start..word.start),
        text.get(word.end..claim.end),
    ) else {
        return false;
    };
    // The words between the copula and `word`: none may be a determiner.
    for w in crate::token::pieces(before).rev().take(REACH) {
        if is_copula(w) {
            break;
        }
        if DETERMINERS.iter().any(|d| w.eq_ignore_ascii_case(d)) {
            return false;
        }
    }
    match after.chars().next() {
        None => true,
        // "real-time", "hard's": part of a longer word.
        Some('-' | '\'' | '\u{2019}') => false,
        Some(c) if c.is_whitespace() => {
            let next: String = after
                .trim_start()
                .chars()
                .take_while(|c| c.is_alphanumeric())
                .collect();
            next.is_empty()
                || PREDICATE_FOLLOWERS
                    .iter()
                    .any(|f| next.eq_ignore_ascii_case(f))
        }
        Some(_) => true,
    }
}

/// Determiners that open a noun phrase.
const DETERMINERS: [&str; 11] = [
    "a", "an", "the", "this", "its", "their", "his", "her", "our", "any", "every",
];

/// "that" opens a relative clause when it follows a noun phrase ("a civil
/// war that restores ..."): a determiner one or two words back and a last
/// word that is no verb form. After a verb ("ensuring that", "said that")
/// it opens the verb's complement, which the main clause asserts.
pub(crate) fn relative_that(before: &[&str]) -> bool {
    let n = before.len();
    let Some(last) = before.last() else {
        return false;
    };
    let verb_like = ["ed", "ing", "s"].iter().any(|e| last.ends_with(e)) && last.len() > 4;
    !verb_like
        && (n >= 2
            && DETERMINERS
                .iter()
                .any(|d| before[n - 2].eq_ignore_ascii_case(d))
            || n >= 3
                && DETERMINERS
                    .iter()
                    .any(|d| before[n - 3].eq_ignore_ascii_case(d)))
}

/// "it's", "that's", "he's": a copula, unlike the possessive "Trump's".
fn is_pronoun_contraction(w: &str) -> bool {
    let stem = w.trim_end_matches("'s").trim_end_matches("\u{2019}s");
    [
        "it", "that", "this", "he", "she", "there", "what", "here", "who",
    ]
    .iter()
    .any(|p| stem.eq_ignore_ascii_case(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pos(text: &str, word: &str) -> Position {
        let start = text.find(word).expect("word in text");
        position(
            text,
            Span::new(0, text.len()),
            Span::new(start, start + word.len()),
        )
    }

    #[test]
    fn predicates_follow_a_copula() {
        assert_eq!(
            pos("Khalilzad is the perfect man for the job.", "perfect"),
            Position::Predicate
        );
        assert_eq!(pos("This is no small feat.", "small"), Position::Predicate);
        assert_eq!(pos("That\u{2019}s absurd.", "absurd"), Position::Predicate);
    }

    #[test]
    fn main_clause_objects_are_main() {
        assert_eq!(
            pos("In 2023, he made bizarre accusations.", "bizarre"),
            Position::Main
        );
        assert_eq!(pos("Trump's absurd plan failed.", "absurd"), Position::Main);
    }

    #[test]
    fn relative_clauses_and_parentheses_are_side() {
        assert_eq!(
            pos("The group, which ran a brutal campaign, left.", "brutal"),
            Position::Side
        );
        assert_eq!(
            pos("He left (a bizarre choice) on Monday.", "bizarre"),
            Position::Side
        );
        assert_eq!(
            pos("He left (it was late) for a bizarre trip.", "bizarre"),
            Position::Modifier
        );
    }

    #[test]
    fn that_after_a_noun_opens_a_side_clause() {
        assert_eq!(
            pos(
                "It could plunge them into a civil war that restores the Taliban's harsh rule.",
                "harsh"
            ),
            Position::Side
        );
        assert_eq!(
            pos(
                "They share an interest in ensuring that the harsh rule ends.",
                "harsh"
            ),
            Position::Main
        );
    }

    #[test]
    fn a_relative_clause_ends_where_the_main_copula_follows() {
        assert_eq!(
            pos("The plan that he proposed is absurd.", "absurd"),
            Position::Predicate
        );
        assert_eq!(
            pos(
                "The man who ran the company was a notorious crook.",
                "notorious"
            ),
            Position::Predicate
        );
        // The relative clause's own copula keeps the word in it.
        assert_eq!(
            pos(
                "The paper which has been brutal to her sold well.",
                "brutal"
            ),
            Position::Side
        );
        assert_eq!(
            pos("A group who are notorious for it left.", "notorious"),
            Position::Side
        );
    }

    #[test]
    fn negation_and_degree_words_keep_the_predicate() {
        assert_eq!(
            pos("Its backers are not now so bold.", "bold"),
            Position::Predicate
        );
        assert_eq!(
            pos(
                "The system becomes more interdependent and fragile.",
                "fragile"
            ),
            Position::Predicate
        );
        assert_eq!(
            pos("He met a partner and a bold rival.", "bold"),
            Position::Main
        );
    }

    #[test]
    fn manner_and_result_on_the_main_verb_are_main() {
        assert_eq!(
            pos(
                "The bond issues were then voted with cheerful alacrity.",
                "cheerful"
            ),
            Position::Main
        );
        assert_eq!(
            pos("The event turned into a chaotic nightmare.", "chaotic"),
            Position::Main
        );
        // After a noun, or a participle used as an adjective, the phrase
        // modifies that noun.
        assert_eq!(
            pos("He left the town with chaotic streets.", "chaotic"),
            Position::Modifier
        );
        assert_eq!(
            pos("She sold the embittered with cheerful words.", "cheerful"),
            Position::Modifier
        );
    }

    #[test]
    fn a_determiner_after_the_phrase_closes_it() {
        assert_eq!(
            pos(
                "Society endowed shareholders of corporations an extraordinary gift.",
                "extraordinary"
            ),
            Position::Main
        );
        assert_eq!(
            pos("He spoke of the bizarre plan.", "bizarre"),
            Position::Modifier
        );
    }

    #[test]
    fn prepositional_phrases_are_modifiers() {
        assert_eq!(
            pos(
                "The U.S. lifted bounties from the head of notorious terrorist X.",
                "notorious"
            ),
            Position::Modifier
        );
    }
}
