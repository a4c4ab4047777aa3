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
    if words
        .iter()
        .any(|w| RELATIVES.iter().any(|r| w.eq_ignore_ascii_case(r)))
        || words
            .iter()
            .enumerate()
            .any(|(i, w)| w.eq_ignore_ascii_case("that") && relative_that(&words[..i]))
    {
        return Position::Side;
    }
    // "is a kind of brainwashing": the classing noun and its "of" are no
    // modifying phrase; the word after them is what the clause asserts.
    if let [.., noun, of] = words[..] {
        if of.eq_ignore_ascii_case("of")
            && lexicon::List::StanceClassifierNouns.contains(&noun.to_lowercase())
        {
            words.truncate(words.len() - 2);
        }
    }
    let near = &words[words.len().saturating_sub(REACH)..];
    let is = |list: &[&str], w: &str| {
        list.iter().any(|l| w.eq_ignore_ascii_case(l))
            || (list.contains(&"'s")
                && (w.ends_with("'s") || w.ends_with("\u{2019}s"))
                && is_pronoun_contraction(w))
    };
    if near.iter().any(|w| is(&COPULAS, w)) {
        return Position::Predicate;
    }
    if near.iter().any(|w| is(&PREPOSITIONS, w)) {
        return Position::Modifier;
    }
    Position::Main
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
    for w in before.split_whitespace().rev().take(REACH) {
        let copula = COPULAS.iter().any(|c| w.eq_ignore_ascii_case(c))
            || ((w.ends_with("'s") || w.ends_with("\u{2019}s")) && is_pronoun_contraction(w));
        if copula {
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
