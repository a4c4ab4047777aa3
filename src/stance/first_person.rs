//! First person: the author speaking as "I" or "we" ("I recently thought",
//! "We argued"). Inside quotation marks or reported speech the "I" is the
//! source's; `model.rs` drops those or counts them as reported by who speaks.
//!
//! Decisions: "US" in capitals is the country, never "us"; a lower-case "i"
//! standing alone is a list marker or a typo, not the author.

use std::borrow::Cow;

use crate::lexicon;
use crate::stance::model::{Evidence, Feature};
use crate::stance::phrases::{List, Phrase};
use crate::stance::SignalKind;
use crate::text::{is_double_quote, is_single_quote};
use crate::Span;

/// Verbs of seeming after which "to me" or "to us" is the author's view
/// ("it looks to me", "it seems to us").
const SEEMING: [&str; 12] = [
    "seem", "seems", "seemed", "look", "looks", "looked", "appear", "appears", "appeared", "sound",
    "sounds", "sounded",
];

/// Nouns for the community the author writes as one of ("our society",
/// "our democracy"): after "our" the author speaks for everyone, the voice
/// of argument, not of narration ("our car", "our reporters"). Written from
/// general knowledge of English.
const COMMUNITIES: [&str; 13] = [
    "society",
    "economy",
    "democracy",
    "country",
    "nation",
    "politics",
    "culture",
    "civilisation",
    "civilization",
    "republic",
    "times",
    "planet",
    "species",
];

/// "our society", "our democracy": a possessive before a community.
fn community_after(text: &str, pronoun: Span) -> bool {
    words_from(text, pronoun.end)
        .next()
        .is_some_and(|w| COMMUNITIES.contains(&&*w))
}

/// The lower-cased words of `text` from byte `at` on, punctuation trimmed.
fn words_from(text: &str, at: usize) -> impl Iterator<Item = Cow<'_, str>> + '_ {
    crate::token::pieces(text.get(at..).unwrap_or_default())
        .map(|w| crate::token::lower(w.trim_matches(|c: char| !c.is_alphanumeric())))
}

/// "in my view", "it is my hope", "our verdict": a possessive before a noun
/// of view.
fn view_noun_after(text: &str, pronoun: Span) -> bool {
    words_from(text, pronoun.end)
        .next()
        .is_some_and(|w| lexicon::List::StanceFirstPersonViewNouns.contains(&w))
}

/// "I have no idea", "we had no doubt": when the subject's verb (past
/// "have" and adverbs, see [`verb_after`]) is "no", the noun after it.
fn no_view_noun_after(text: &str, pronoun: Span) -> bool {
    words_from(text, pronoun.end)
        .skip_while(|w| w != "no")
        .nth(1)
        .is_some_and(|w| lexicon::List::StanceFirstPersonViewNouns.contains(&w))
}

/// "it looks to me", "it seems to us", "it strikes me": the object pronoun
/// of a verb of seeming is the one who judges.
fn seems_to(text: &str, claim: Span, pronoun: Span) -> bool {
    let Some(before) = text.get(claim.start..pronoun.start) else {
        return false;
    };
    let mut words = crate::token::pieces(before)
        .rev()
        .map(|w| crate::token::lower(w.trim_matches(|c: char| !c.is_alphanumeric())));
    match words.next().as_deref() {
        Some("strikes" | "struck") => true,
        Some("to") => words.next().is_some_and(|w| SEEMING.contains(&&*w)),
        _ => false,
    }
}

/// The verb right after a subject pronoun, past up to two adverbs or
/// auxiliaries ("I recently thought", "we have long argued", "we first met").
fn verb_after(text: &str, pronoun: Span) -> Option<String> {
    let mut after = crate::token::pieces(&text[pronoun.end..]).map(|w| {
        crate::token::lower(
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}'),
        )
        .replace('\u{2019}', "'")
    });
    let skippable = |w: &str| {
        w.ends_with("ly")
            || matches!(
                w,
                "also"
                    | "still"
                    | "then"
                    | "now"
                    | "first"
                    | "later"
                    | "always"
                    | "never"
                    | "too"
                    | "long"
                    | "have"
                    | "had"
                    | "do"
                    | "did"
                    | "not"
                    | "don't"
                    | "didn't"
            )
    };
    let mut next = after.next()?;
    for _ in 0..2 {
        if !skippable(&next) {
            break;
        }
        next = after.next()?;
    }
    Some(next)
}

/// "We met her at the field office", "I asked the ministry": the author
/// narrating the reporting.
fn narrates_reporting(text: &str, pronoun: Span) -> bool {
    verb_after(text, pronoun)
        .is_some_and(|w| lexicon::List::StanceFirstPersonReporting.contains(&w))
}

pub(crate) fn detect(text: &str, claim: Span, phrases: &[Phrase], out: &mut Vec<Evidence>) {
    for p in phrases.iter().filter(|p| p.list == List::FirstPerson) {
        let Some(word) = text.get(p.span.range()) else {
            continue;
        };
        // The list's entries are ASCII, as the word is but for a curly
        // apostrophe.
        let lower = crate::token::lower(word);
        if word == "US" || (lower.starts_with('i') && !word.starts_with('I')) {
            continue;
        }
        // "Our" or "We" capitalised mid-sentence is part of a name ("Feeding
        // Our Future"), unless it opens a sentence or quotation.
        if !lower.starts_with('i')
            && word.starts_with(char::is_uppercase)
            && mid_sentence(text, claim, p.span)
        {
            continue;
        }
        if matches!(&*lower, "i" | "we") && narrates_reporting(text, p.span) {
            continue;
        }
        // "Here is what we know so far", "what we don't know": a report's
        // signpost to its facts, no view of the author's.
        if lower == "we" && signpost(text, claim, p.span) {
            out.push(Evidence::new(
                p.span,
                SignalKind::FirstPerson,
                Feature::FirstPersonNarrating,
            ));
            continue;
        }
        // "I think", "we argued", "let's", "I was sceptical": the author
        // states a view or a feeling. "Our car slid", "my husband is 84",
        // "I was at the meeting", "I've lived here": the author narrates.
        let lower = lower.replace('\u{2019}', "'");
        let subject = matches!(lower.as_str(), "i" | "we");
        let verb = verb_after(text, p.span);
        let states_view = lower == "let's"
            || (subject
                && verb
                    .as_deref()
                    .is_some_and(|v| lexicon::List::StanceFirstPersonViews.contains(v)))
            || (subject
                && verb.as_deref().is_some_and(is_past_copula)
                && judges_after_copula(text, p.span, 1))
            || (matches!(lower.as_str(), "i'm" | "we're") && judges_after_copula(text, p.span, 0))
            || matches!(lower.as_str(), "i'd" | "we'd" | "i'll" | "we'll")
            || (matches!(lower.as_str(), "my" | "our") && view_noun_after(text, p.span))
            || (lower == "our" && community_after(text, p.span))
            || (subject && verb.as_deref() == Some("no") && no_view_noun_after(text, p.span))
            || (matches!(lower.as_str(), "me" | "us") && seems_to(text, claim, p.span));
        let w = if states_view {
            Feature::FirstPersonView
        } else {
            Feature::FirstPersonNarrating
        };
        out.push(Evidence::new(p.span, SignalKind::FirstPerson, w));
    }
}

/// "what we know", "what we do not know": "we" after "what" and before
/// "know" (past "do", "not" and adverbs, see [`verb_after`]).
fn signpost(text: &str, claim: Span, pronoun: Span) -> bool {
    let before = text.get(claim.start..pronoun.start).unwrap_or_default();
    let what = crate::token::pieces(before)
        .next_back()
        .is_some_and(|w| w.eq_ignore_ascii_case("what"));
    what && verb_after(text, pronoun).as_deref() == Some("know")
}

fn is_past_copula(w: &str) -> bool {
    matches!(w, "was" | "were")
}

/// Words after a copula that make it narration: a place, a time, a role or
/// a passive ("I was at the meeting", "we were there", "I was a teacher",
/// "I was born", "we were driving").
const NARRATING_AFTER_COPULA: [&str; 21] = [
    "a", "an", "the", "at", "in", "on", "from", "to", "with", "there", "here", "home", "born",
    "one", "part", "among", "about", "into", "out", "up", "back",
];

/// True when the word after the copula (`skip` words after the pronoun)
/// judges or feels ("I was sceptical", "I'm wrong", "we were lucky"): an
/// adjective, not a place, role, participle or number.
fn judges_after_copula(text: &str, pronoun: Span, skip: usize) -> bool {
    let Some(rest) = text.get(pronoun.end..) else {
        return false;
    };
    let mut words = crate::token::pieces(rest)
        .map(|w| crate::token::lower(w.trim_matches(|c: char| !c.is_alphanumeric())))
        .skip(skip)
        .skip_while(|w| {
            w.ends_with("ly")
                || matches!(
                    &**w,
                    "so" | "very" | "quite" | "too" | "never" | "all" | "not" | "still" | "just"
                )
        });
    words.next().is_some_and(|w| {
        let narrates = w.is_empty()
            || NARRATING_AFTER_COPULA.contains(&&*w)
            || w.ends_with("ing")
            || (w.ends_with("ed") && w.len() > 5)
            || w.starts_with(|c: char| c.is_ascii_digit());
        !narrates
    })
}

/// True when the word follows other words of its sentence, not a sentence
/// or quotation opener.
fn mid_sentence(text: &str, claim: Span, word: Span) -> bool {
    let Some(before) = text.get(claim.start..word.start) else {
        return false;
    };
    match before.chars().rev().find(|c| !c.is_whitespace()) {
        None => false,
        Some(c) => {
            !(matches!(c, '.' | '?' | '!' | ':' | '(' | '\u{2014}' | '\u{2013}')
                || is_double_quote(c)
                || is_single_quote(c))
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::stance::testing::{assert_stance, assert_stance_in};
    use crate::stance::SignalKind::*;
    use crate::stance::StanceKind::*;

    #[test]
    fn a_reports_signpost_to_what_we_know_is_narration() {
        assert_stance(
            "Here is what we know so far.",
            Reporting,
            &[("we", FirstPerson)],
        );
        assert_stance(
            "What we don't know is who signed the order.",
            Reporting,
            &[("we", FirstPerson)],
        );
        // Knowing as a view, not a signpost, is still the author's.
        assert_stance("We know the answer.", Opinion, &[("We", FirstPerson)]);
    }

    #[test]
    fn the_first_person_of_newsgathering_is_reporting() {
        assert_stance(
            "We met her at the trust's field office in Reeth.",
            Reporting,
            &[("Reeth", Specifics)],
        );
        assert_stance(
            "The drain, I learn later, was cleared the following Thursday.",
            Reporting,
            &[("Thursday", Specifics)],
        );
        // Finding is judging: "I found the argument unconvincing" stays opinion.
        assert_stance(
            "I found the argument unconvincing.",
            Opinion,
            &[("I", FirstPerson), ("unconvincing", Evaluative)],
        );
    }

    #[test]
    fn the_first_person_narrating_events_is_reporting() {
        assert_stance(
            "On the night of Nov. 21, our car slid off Mt. Harlan Road.",
            Reporting,
            &[
                ("Nov", Specifics),
                ("21", Specifics),
                ("our", FirstPerson),
                ("Mt", Specifics),
                ("Road", Specifics),
            ],
        );
        assert_stance(
            "We wondered whether the council knew.",
            Opinion,
            &[("We", FirstPerson)],
        );
    }

    #[test]
    fn the_author_as_i_or_we() {
        assert_stance(
            "I recently thought the two governments were headed for a divorce.",
            Opinion,
            &[("I", FirstPerson)],
        );
        assert_stance(
            "We argued that the envoy was part of a larger plan.",
            Opinion,
            &[("We", FirstPerson)],
        );
        // Pointing back to the author's own argument states a view too.
        assert_stance(
            "As I have written before, the line was strikingly respectful.",
            Opinion,
            &[("I", FirstPerson)],
        );
    }

    #[test]
    fn my_view_and_seems_to_me_state_a_view_my_car_narrates() {
        assert_stance(
            "In my view, the council acted within its powers.",
            Opinion,
            &[("my", FirstPerson)],
        );
        assert_stance(
            "The council, it looks to me, acted within its powers.",
            Opinion,
            &[("me", FirstPerson)],
        );
        assert_stance(
            "I have no idea whether the council acted within its powers.",
            Opinion,
            &[("I", FirstPerson)],
        );
        assert_stance(
            "I also have no idea which council members drove to the site.",
            Opinion,
            &[("I", FirstPerson)],
        );
        assert_stance(
            "I have no car, so the council members drove to the site.",
            Reporting,
            &[("I", FirstPerson)],
        );
        assert_stance(
            "In my car, the council members drove to the site.",
            Reporting,
            &[("my", FirstPerson)],
        );
        assert_stance(
            "The guide pointed to me and to the council members.",
            Reporting,
            &[("me", FirstPerson)],
        );
    }

    #[test]
    fn feeling_as_i_or_we_is_a_view_our_community_speaks_for_all() {
        assert_stance(
            "We aren\u{2019}t blind.",
            Opinion,
            &[("We", FirstPerson), ("blind", Evaluative)],
        );
        for view in [
            "We aren\u{2019}t sure.",
            "I despise the new parking rules.",
            "We don't care.",
            "Our democracy depends on trust in the count.",
        ] {
            let fp = view.split_whitespace().next().unwrap_or_default();
            assert_stance(view, Opinion, &[(fp, FirstPerson)]);
        }
        // "our" before what the author owns or did narrates, beside the
        // same nouns.
        assert_stance(
            "Our car slid off the road near the dam.",
            Reporting,
            &[("Our", FirstPerson)],
        );
        assert_stance(
            "The economy grew in our second quarter survey.",
            Reporting,
            &[("our", FirstPerson)],
        );
    }

    #[test]
    fn the_author_in_the_claim_outweighs_one_name() {
        assert_stance(
            "And we know sabotage is one of Khalilzad's specialties.",
            Opinion,
            &[
                ("we", FirstPerson),
                ("sabotage", Evaluative),
                ("Khalilzad's", Specifics),
            ],
        );
        assert_stance(
            "I think the plan is a fiasco.",
            Opinion,
            &[("I think", Hedge), ("fiasco", Evaluative)],
        );
    }

    #[test]
    fn a_capitalised_our_inside_a_name_is_not_the_author() {
        assert_stance(
            "Officials raided Feeding Our Future on Tuesday.",
            Reporting,
            &[("Feeding Our Future", Specifics), ("Tuesday", Specifics)],
        );
    }

    #[test]
    fn the_country_is_not_us() {
        assert_stance(
            "The US imposed sanctions on the firm.",
            Reporting,
            &[("US", Specifics)],
        );
    }

    #[test]
    fn quoted_first_person_is_the_sources() {
        assert_stance_in(
            "\u{201c}We will win,\u{201d} she said.",
            Reporting,
            &[],
            &["\u{201c}We will win,\u{201d}"],
        );
    }
}
