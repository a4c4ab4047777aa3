//! Companies the article itself shows to be companies. A company speaking
//! as such is official (LABELS.md rule 1), but most firms' names are no
//! word the lists know ("Korvo says ...", "Kestrel forecast ..."), and read
//! as a person's. The article says what they are, somewhere in its body:
//! - a company's suffix: "Kestrel Semiconductor Inc";
//! - an apposition: "Lumora, the San Francisco company that ...", unless it
//!   is a research or data firm, which is named like a pollster;
//! - its officers or its shares: "TriPort chief operating officer Marcus
//!   Lee", "Lumora's chief executive", "shares of Holloway Foods";
//! - "its" after what it says: "Korvo says its new drivers ...": no person;
//! - a trade ending its name: "Vantor Systems", "Cumberland Records"
//!   (company_name_heads.txt), unless the first word is a person's surname
//!   elsewhere in the article.
//!
//! And a definite description by a company noun ("the snack maker", "the
//! retailer") is a company as such.

use std::borrow::Cow;

use super::words::{without_possessive, Word};
use crate::lexicon::{self, Lexeme, List};

/// Whether the lower-cased `word` (or words) is on `list`.
fn on(list: List, word: &str) -> bool {
    Lexeme::of_lower(word).is_in(list)
}

/// How many words of an apposition are read for its noun.
const APPOSITION: usize = 7;

/// Whether `noun` (lower case, singular) describes a business as such.
pub fn is_noun(noun: &str) -> bool {
    on(List::CompanyNouns, noun)
}

/// The words of a company its describing noun calls one, as the whole
/// source: a definite description ("the Dubai-listed developer", "the
/// Zurich-based lender") or the noun before the company's name
/// ("Payments firm Kestrel Pay"). A company speaking as such is official
/// (LABELS.md rule 1). "A company director", "the firm's Jane Doe" are
/// people: the noun must end the description, or open the name that ends
/// the source.
pub fn described(text: &str, ws: &[Word]) -> Option<(usize, usize)> {
    let last = ws.len().checked_sub(1)?;
    if ws[..last].iter().any(|w| w.ends_phrase) || ws.len() > 6 {
        return None;
    }
    // "Research firm Corvid Analytics", "the analytics firm StatsPitch":
    // like pollsters, named (LABELS.md).
    if ws
        .iter()
        .any(|w| on(List::ResearchFirmWords, &lower(text, w)))
    {
        return None;
    }
    let company_noun = |w: &Word| {
        !w.is_capitalized(text)
            && without_possessive(w.of(text)).len() == w.of(text).len()
            && is_noun(&lower(text, w))
    };
    // "the Dubai-listed developer": "the", describing words, the noun.
    if last >= 2 && ws[0].is(text, "the") && company_noun(&ws[last]) {
        return Some((0, last));
    }
    // "The maker of Tonnic and Brisk": the noun, "of", and the names of
    // what it makes or runs ("the maker of the film" is left alone).
    let names = |rest: &[Word]| {
        rest.last().is_some_and(|w| is_capital(text, w))
            && rest
                .iter()
                .all(|w| is_capital(text, w) || w.is(text, "and") || w.is(text, "&"))
    };
    if last >= 3 && ws[0].is(text, "the") && company_noun(&ws[1]) && ws[2].is(text, "of") {
        return names(&ws[3..]).then_some((0, last));
    }
    // "Payments firm Kestrel Pay": the noun, then a name to the end.
    let k = (0..last.min(3)).find(|&k| company_noun(&ws[k]))?;
    ws[k + 1..]
        .iter()
        .all(|w| is_capital(text, w))
        .then_some((0, last))
}

/// The word as the lists are asked about it: without possessive endings
/// or a final stop ("Lumora's", "inc.").
fn stem<'t>(text: &'t str, w: &Word) -> &'t str {
    let word = w.of(text);
    // Both endings cut end in 's' or '.': most words stop here.
    if !matches!(word.as_bytes().last(), Some(b's' | b'.')) {
        return word;
    }
    without_possessive(word).trim_end_matches('.')
}

fn lower<'t>(text: &'t str, w: &Word) -> Cow<'t, str> {
    crate::token::lower(stem(text, w))
}

/// The entry of [`lower`]'s word in the word lists, without a `String`:
/// the word's own entry, from its token, when the stem is the whole word.
fn lexeme(text: &str, w: &Word) -> Lexeme {
    let stem = stem(text, w);
    if stem.len() == w.span.len() {
        w.lexeme
    } else {
        Lexeme::of(stem)
    }
}

/// A capitalised word with a lower-case letter ("Holloway", not "KC"):
/// its token's flags.
fn is_capital(text: &str, w: &Word) -> bool {
    w.is_capitalized(text) && w.has_lowercase()
}

/// The first words (lower case) of the names the body `ws` shows to be
/// companies.
pub fn names(text: &str, ws: &[Word]) -> lexicon::Set {
    let mut out = lexicon::Set::default();
    // Names that end in a trade ("Vantor Systems"), and the last words of
    // the other names of two words or more ("Raj Mehta"): a person's
    // surname is no company's ("Jo Ford" and "Ford Motors" in one article
    // leave "Ford" a person's).
    let mut by_trade: Vec<Cow<str>> = Vec::new();
    let mut surnames = lexicon::Set::default();
    let mut i = 0;
    while i < ws.len() {
        if !is_capital(text, &ws[i]) {
            i += 1;
            continue;
        }
        // The run of capitals: "Holloway Foods", "Kestrel Semiconductor".
        // A full stop ends it: "... when contacted by BlockWire. Vantix was
        // founded in 2019" holds no name "BlockWire Vantix", whose
        // "Vantix" would be a person's surname.
        let mut end = i;
        while end + 1 < ws.len()
            && !ws[end].ends_phrase
            && is_capital(text, &ws[end + 1])
            && !super::source::opens_sentence(text, ws[end + 1].span.start)
        {
            end += 1;
        }
        if is_company(text, ws, i, end) {
            let first = lower(text, &ws[i]);
            if !out.contains(&*first) {
                out.insert(first.into_owned());
            }
        } else if (end > i && lexeme(text, &ws[end]).is_in(List::CompanyNameHeads))
            || (end == i && named_by_its_trade(text, ws, i))
        {
            by_trade.push(lower(text, &ws[i]));
        } else if end > i {
            let last = lower(text, &ws[end]);
            if !surnames.contains(&*last) {
                surnames.insert(last.into_owned());
            }
        }
        i = end + 1;
    }
    for first in by_trade {
        if !surnames.contains(&*first) && !out.contains(&*first) {
            out.insert(first.into_owned());
        }
    }
    out
}

/// Whether the one-word name `ws[start]` follows a company noun that names
/// its trade: "Cryptocurrency exchange Vantix", "startup Korvo". The
/// article says what the name is, and the bare name later ("Vantix has not
/// disputed the figures") is the company speaking as such (LABELS.md rule
/// 1). A name of two words or more may be a person's ("software developer
/// Jane Doe", "film producer Ann Ode"): only one word is read. A research
/// or data firm ("analytics firm Ledgerscope") is named like a pollster,
/// and a possessive ("the firm's Jane") or a comma between leaves a person.
fn named_by_its_trade(text: &str, ws: &[Word], start: usize) -> bool {
    let Some(k) = start.checked_sub(1) else {
        return false;
    };
    let noun = &ws[k];
    if noun.ends_phrase || ws[start].starts_phrase || noun.is_capitalized(text) {
        return false;
    }
    let word = lower(text, noun);
    if stem(text, noun).len() != noun.of(text).len() || !is_noun(&word) {
        return false;
    }
    let research = |w: &Word| on(List::ResearchFirmWords, &lower(text, w));
    !(k >= 1 && !ws[k - 1].ends_phrase && research(&ws[k - 1]))
}

/// Whether the name at `ws[i]` opens its clause, alone or after the noun
/// of its trade: "Vantix stopped all customer withdrawals on Tuesday night,
/// citing a shortfall", "Cryptocurrency exchange Vantix halted withdrawals
/// ..., saying in a blog post ...". A company that is the clause's subject
/// is who the participle after its comma goes on (LABELS.md rule 1: a
/// company as such is official). A company further in is the verb's
/// object ("Kyra Olsen downgraded Veritas to sell, warning ...").
pub fn subject(text: &str, ws: &[Word], i: usize) -> bool {
    match i {
        0 => true,
        1 | 2 => {
            let noun = &ws[i - 1];
            !noun.ends_phrase
                && !noun.is_capitalized(text)
                && is_noun(&lower(text, noun))
                && ws[..i - 1].iter().all(|w| !w.ends_phrase)
        }
        _ => false,
    }
}

/// Whether the run of capitals `ws[start..=end]` is shown to be a company
/// by the words around it.
fn is_company(text: &str, ws: &[Word], start: usize, end: usize) -> bool {
    let last = &ws[end];
    let possessive = without_possessive(last.of(text)).len() < last.of(text).len();
    let next = |k: usize| ws.get(end + k).map(|w| lower(text, w));
    // Whether the word `k` after the run is `word` (lower case, ASCII: no
    // other letter lower-cases into one of its letters).
    let next_is = |k: usize, word: &str| {
        ws.get(end + k)
            .is_some_and(|w| stem(text, w).eq_ignore_ascii_case(word))
    };
    let first_after = ws.get(end + 1).map_or(Lexeme::NONE, |w| lexeme(text, w));
    // "Kestrel Semiconductor Inc": the suffix ends the run of capitals, or
    // follows it ("Kestrel Semiconductor inc.").
    if (end > start && lexeme(text, last).is_in(List::CompanySuffixes))
        || (!last.ends_phrase && first_after.is_in(List::CompanySuffixes))
    {
        return true;
    }
    // "shares of Holloway Foods"
    if start >= 2 && ws[start - 2].is(text, "shares") && ws[start - 1].is(text, "of") {
        return true;
    }
    // "TriPort chief operating officer", "Lumora's chief executive",
    // "Ardent shares"
    // A run followed by no word that opens an officer's title has no
    // officer after it: its next words need not be joined and looked up.
    if !last.ends_phrase && first_after.opens(List::CorporateRoles) {
        let one = next(1).unwrap_or_default();
        let two = format!("{one} {}", next(2).unwrap_or_default());
        let three = format!("{two} {}", next(3).unwrap_or_default());
        if [&*one, two.as_str(), three.as_str()]
            .iter()
            .any(|r| on(List::CorporateRoles, r))
        {
            return true;
        }
    }
    // "Korvo says its new drivers ..."
    if !possessive
        && !last.ends_phrase
        && (next_is(1, "says") || next_is(1, "said"))
        && next_is(2, "its")
    {
        return true;
    }
    // "Lumora, the San Francisco company that ...": an apposition whose
    // noun is a company's, not "a company director", and no research firm.
    if last.ends_phrase {
        let appo = &ws[end + 1..(end + 1 + APPOSITION).min(ws.len())];
        let opens = appo
            .first()
            .is_some_and(|w| w.is(text, "a") || w.is(text, "an") || w.is(text, "the"));
        if !opens {
            return false;
        }
        let mut phrase = Vec::new();
        for w in appo {
            phrase.push(lower(text, w));
            if w.ends_phrase {
                break;
            }
        }
        let noun = phrase.iter().position(|w| is_noun(w));
        let research = phrase.iter().any(|w| on(List::ResearchFirmWords, w));
        if let Some(k) = noun {
            // "a company director", and "the chief technology officer of
            // payroll startup Tillbook": a role before the noun too makes
            // the name a person's, the company theirs.
            let role = |w: &Cow<str>| super::source::is_role(w) || w == "director";
            let of_a_person = phrase.get(k + 1).is_some_and(role) || phrase[..k].iter().any(role);
            return !research && !of_a_person;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::testing::claim_kinds;
    use crate::{AttributionKind, Span};
    use AttributionKind::*;

    fn known(text: &str) -> Vec<String> {
        let ws = super::super::words::words(text, Span::new(0, text.len()), &[]);
        let set = names(text, &ws);
        let mut out: Vec<String> = ["korvo", "kestrel", "lumora", "triport", "holloway", "ann"]
            .iter()
            .filter(|n| set.contains(**n))
            .map(|n| n.to_string())
            .collect();
        out.sort();
        out
    }

    #[test]
    fn a_describing_noun_makes_a_company_official() {
        assert_eq!(
            crate::attribution::testing::kinds(
                "Profit doubled last year, the Oslo-listed developer said."
            ),
            [Official]
        );
        assert_eq!(
            crate::attribution::testing::kinds("Lending firm Tarn Credit, which employs 400 people, said it would cut jobs. The company said the cuts were final."),
            [Official, Official]
        );
        // A research firm is named, like a pollster.
        assert_eq!(
            crate::attribution::testing::kinds(
                "Research firm Corvid Analytics estimates that sales fell."
            ),
            [Named]
        );
        // A person the noun describes is no company.
        assert_eq!(
            crate::attribution::testing::kinds("Company director Ann Ode said the plant was safe."),
            [Named]
        );
        // The maker of named brands is the company that makes them.
        assert_eq!(
            crate::attribution::testing::kinds(
                "The maker of Tonnic and Brisk said adjusted profit fell 19 per cent."
            ),
            [Official]
        );
    }

    #[test]
    fn what_the_article_says_makes_a_name_a_company() {
        assert_eq!(
            known("Kestrel Semiconductor Inc reported revenue."),
            ["kestrel"]
        );
        assert_eq!(
            known("Lumora, the San Francisco company that made it, fell."),
            ["lumora"]
        );
        assert_eq!(
            known("TriPort chief operating officer Marcus Lee said so."),
            ["triport"]
        );
        assert_eq!(known("Shares of Holloway Foods slid 6%."), ["holloway"]);
        assert_eq!(known("Korvo says its new drivers are better."), ["korvo"]);
    }

    #[test]
    fn people_and_research_firms_are_no_companies() {
        assert!(known("Ann Ode, a company director, said so.").is_empty());
        // The officer is a person; the startup after her title is the
        // company.
        assert_eq!(
            known("Ann Ode, the chief technology officer of startup Korvo, said so."),
            ["korvo"]
        );
        assert!(known("Korvo, a market research firm, estimates the share.").is_empty());
        assert!(known("Ann Ode says her drivers are better.").is_empty());
        // A surname is a person's, whatever trade shares it.
        assert!(known("Korvo Foods makes pies, and Dana Korvo runs it.").is_empty());
    }

    #[test]
    fn a_company_noun_before_a_name_makes_it_a_company() {
        assert_eq!(
            known("Cryptocurrency exchange Korvo halted withdrawals."),
            ["korvo"]
        );
        let text = "Cryptocurrency exchange Korvo halted withdrawals on Tuesday.\n\n\
                    Korvo has not disputed the figures.";
        assert_eq!(kinds(text).last(), Some(&Official));
        // A research or data firm is named, like a pollster.
        assert!(known("Data compiled by analytics firm Korvo showed a drop.").is_empty());
        // A full name after the noun may be a person's.
        assert!(known("Software developer Ann Korvo said so.").is_empty());
        // A surname elsewhere in the article is a person's.
        assert!(known("The startup Kestrel grew, and Ann Kestrel runs it.").is_empty());
        // A name that closes one sentence and one that opens the next are
        // no one name.
        assert_eq!(
            known("The startup Korvo was asked by Ledgerscope. Korvo said no."),
            ["korvo"]
        );
    }

    #[test]
    fn a_company_opening_its_clause_is_the_participles_speaker() {
        let text = "Prices fell on Monday as traders sold.\n\n\
                    Cryptocurrency exchange Korvo halted withdrawals on Tuesday, saying in a blog post that it was short of cash.\n\n\
                    Korvo stopped all payments, citing a shortfall in liquid assets.";
        assert_eq!(kinds(text), [Unattributed, Official, Official]);
        // A company the verb acts on is no speaker.
        let text = "Startup Korvo grew fast.\n\n\
                    Kyra Olsen downgraded Korvo to sell, warning that costs would rise.";
        assert_eq!(kinds(text).last(), Some(&Named));
    }

    #[test]
    fn a_trade_ending_a_name_makes_it_a_company() {
        assert_eq!(
            known("Kestrel Systems is asking investors to pay."),
            ["kestrel"]
        );
        assert_eq!(known("Her label, Lumora Records, said so."), ["lumora"]);
        let text = "Kestrel Systems reported a loss of $2 billion on Thursday.\n\n\
                    Capital spending would rise, Kestrel said.";
        assert_eq!(kinds(text).last(), Some(&Official));
        assert_eq!(
            kinds("Cumberland Records, her label for three decades, said it would go ahead."),
            [Official]
        );
    }

    fn kinds(text: &str) -> Vec<AttributionKind> {
        claim_kinds(text)
            .into_iter()
            .map(|(_, kind)| kind)
            .collect()
    }

    #[test]
    fn a_company_the_article_shows_speaks_officially() {
        let text = "Shares of Holloway Foods slid 6% on Thursday.\n\n\
                    Holloway said costs had risen.\n\n\
                    The snack maker said it would close two plants.";
        assert_eq!(kinds(text), [Unattributed, Official, Official]);
        // With nothing to show it is a company, a name is no company's.
        assert_ne!(kinds("Costs had risen, Holloway said.")[0], Official);
    }
}
