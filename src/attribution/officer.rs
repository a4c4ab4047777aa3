//! A company's officers through the company's own channels (#14, attr17
//! class 1). LABELS.md rule 1 makes an office-holder using a formal channel
//! official, and a named official speaking in person named. For a
//! company's officers the formal channels are what the company publishes:
//! a post or a video on its site ("In a blog post, chief executive Tom
//! Hadley said"), a shareholder letter, a report's foreword. The same
//! officer in an interview, at a conference, on an earnings call or to
//! reporters speaks in person and stays named, and so does anyone without
//! an officer's title: a customer's video is no channel of anybody's. An
//! officer of a body that is named as such (a trade council, a charity:
//! "Its chief executive, Graham Lyle, wrote in a blog post") stays named
//! through any channel, as the body does (LABELS.md).
//!
//! The channels are `src/lexicon/officer_channels.txt` (less what
//! `officer_not_channels.txt` shows to be the officer's own: "in a video
//! interview"), the titles `officer_titles.txt`. A title is read on the
//! source's words, or on an earlier source the source's surname names:
//! "Lindgren said in the video" after "The company's chief executive,
//! Marcus Lindgren,".

use std::sync::LazyLock;

use super::words::{bare_surname, names_surname, words};
use crate::lexicon::{self, List};
use crate::Span;

/// The officers' channels, titles and the in-person look-alikes, found in
/// one walk.
static PHRASES: LazyLock<lexicon::Matcher> = LazyLock::new(|| {
    lexicon::Matcher::new(
        &[
            (CHANNEL, crate::lexicon::list!("officer_channels.txt")),
            (IN_PERSON, crate::lexicon::list!("officer_not_channels.txt")),
            (TITLE, crate::lexicon::list!("officer_titles.txt")),
            (
                AFTER_CUE,
                crate::lexicon::list!("officer_channels_after_cue.txt"),
            ),
        ],
        lexicon::Blanks::Run,
        lexicon::Apostrophes::Either,
    )
});
/// A company's channel (officer_channels.txt).
const CHANNEL: u8 = 0;
/// The officer in person, though it opens like a channel.
const IN_PERSON: u8 = 1;
/// An officer's title (officer_titles.txt).
const TITLE: u8 = 2;
/// A channel only right after the cue (officer_channels_after_cue.txt).
const AFTER_CUE: u8 = 3;
/// The most words between the cue and its channel: the one addressed,
/// after "to" ("apologized to customers in a video").
const MOST_ADDRESSED_WORDS: usize = 3;

/// Whether the words at `source` hold an officer's title ("The company's
/// chief executive, Marcus Lindgren", "Chief financial officer Ana
/// Delgado").
pub(super) fn holds_title(text: &str, source: Span) -> bool {
    PHRASES
        .find_each(source.of(text))
        .iter()
        .any(|h| h.group == TITLE)
}

/// Whether the name at `source` is the surname of one of `earlier` that
/// holds an officer's title: "Lindgren" after "The company's chief
/// executive, Marcus Lindgren".
pub(super) fn titled_before(
    text: &str,
    source: Span,
    mut earlier: impl Iterator<Item = Span>,
) -> bool {
    let Some(surname) = bare_surname(text, &words(text, source, &[]), 3) else {
        return false;
    };
    earlier.any(|e| e != source && holds_title(text, e) && names_surname(text, e, surname))
}

/// The company channel the clause `span` speaks through, outside its
/// quotations: "on a call with analysts", "in a blog post", "in the
/// video". "In a video interview" is the officer in person. A channel is
/// read only where the source and its cue are: before the cue or right
/// after it ("wrote in a shareholder letter"), never in the reported
/// words ("said customers had complained in a blog post").
pub(super) fn channel(text: &str, span: Span, cue: Span, quotes: &[Span]) -> Option<Span> {
    let hits = PHRASES.find_each(span.of(text));
    // Each group is matched as if alone: an in-person phrase starting
    // where a channel starts ("in a video interview") takes it back.
    let in_person = |start: usize| {
        hits.iter()
            .any(|h| h.group == IN_PERSON && h.start == start)
    };
    // Right after the cue, or after the one it addresses: "to customers".
    let after_cue = |s: Span| {
        if s.start < cue.end {
            return false;
        }
        let gap = words(text, Span::new(cue.end, s.start), &[]);
        gap.is_empty()
            || (gap.len() <= MOST_ADDRESSED_WORDS
                && gap[0].is(text, "to")
                && !gap.iter().any(|w| w.ends_phrase))
    };
    hits.iter()
        .filter(|h| matches!(h.group, CHANNEL | AFTER_CUE) && !in_person(h.start))
        .map(|h| (h.group, Span::new(span.start + h.start, span.start + h.end)))
        .filter(|&(group, s)| after_cue(s) || (group == CHANNEL && s.end <= cue.start))
        .map(|(_, s)| s)
        .find(|s| !quotes.iter().any(|q| q.overlaps(*s)))
}

/// Whether the source at `source` opens with a possessive pronoun ("Its
/// chief executive", "their chairman"): whose officer it is, is the body
/// cited before it.
pub(super) fn owned_by_pronoun(text: &str, source: Span) -> bool {
    words(text, source, &[])
        .first()
        .is_some_and(|w| w.is_in(List::BodyPossessives))
}

/// The body named after the officer's title and its "of": "Human Rights
/// Watch" in "Kenneth Roth, executive director of Human Rights Watch".
/// The capitalised run after "of", with small linking words inside it
/// ("Bank of England").
pub(super) fn owner(text: &str, source: Span) -> Option<Span> {
    let title = PHRASES
        .find_each(source.of(text))
        .into_iter()
        .find(|h| h.group == TITLE)?;
    let after = Span::new(source.start + title.end, source.end);
    let ws = words(text, after, &[]);
    body_after_of(text, &ws)
}

/// The body named after a post and its "of", whatever the post: "Freight
/// Drivers Union Local" in "Denise Alvarado, president of Freight Drivers
/// Union Local 823" (a role of `roles.txt` in apposition after the name,
/// or an officer's title as in [`owner`]).
pub(super) fn body_of_post(text: &str, source: Span) -> Option<Span> {
    owner(text, source).or_else(|| {
        let ws = words(text, source, &[]);
        // The post in apposition after the name: "Denise Alvarado,
        // president of ...", not "Secretary of State Antony Blinken".
        let k = (1..ws.len())
            .find(|&k| ws[k - 1].ends_phrase && ws[k].is_in(List::Roles) && !ws[k].ends_phrase)?;
        body_after_of(text, &ws[k + 1..])
    })
}

/// The capitalised run after "of" that `ws` opens with (see [`owner`]).
fn body_after_of(text: &str, ws: &[super::words::Word]) -> Option<Span> {
    let (of, rest) = ws.split_first()?;
    if !of.is(text, "of") || of.ends_phrase {
        return None;
    }
    // "of the Home Builders Council": the article is no part of the name.
    let rest = match rest.split_first() {
        Some((the, more)) if the.is(text, "the") && !the.ends_phrase => more,
        _ => rest,
    };
    let mut end = None;
    for (k, w) in rest.iter().enumerate() {
        if w.capitalised {
            end = Some(w.span.end);
        } else if !(w.is(text, "of") || w.is(text, "and"))
            || !rest.get(k + 1).is_some_and(|n| n.capitalised)
        {
            break;
        }
        if w.ends_phrase {
            break;
        }
    }
    Some(Span::new(rest.first()?.span.start, end?))
}

#[cfg(test)]
mod tests {
    use crate::attribution::testing::kinds;
    use crate::AttributionKind::*;

    #[test]
    fn an_officer_through_the_company_channel_is_official() {
        assert_eq!(
            kinds(
                "Lumora's vice president of product, Daniel Okafor, wrote in a shareholder \
                 letter that the Mini had sold poorly."
            ),
            [Official]
        );
        assert_eq!(
            kinds(
                "In a blog post published on Wednesday, chief executive Tom Hadley said the \
                 database had been misconfigured."
            ),
            [Official]
        );
    }

    #[test]
    fn a_channel_is_read_only_around_the_cue() {
        // "in the post" is the office held, not a channel.
        assert_eq!(
            kinds("Chief executive Tom Hadley, in the post since 2019, said prices would rise."),
            [Named]
        );
        assert_eq!(
            kinds("Chief executive Tom Hadley said in the post office that prices would rise."),
            [Named]
        );
        // A blog post inside the reported words is not the officer's channel.
        assert_eq!(
            kinds(
                "Chief executive Tom Hadley said customers had complained in a blog post \
                 about the delays."
            ),
            [Named]
        );
    }

    #[test]
    fn a_named_bodys_officer_stays_named_whoever_names_the_body() {
        // LABELS.md: an NGO's officer is named through any channel.
        assert_eq!(
            kinds(
                "Kenneth Roth, executive director of Human Rights Watch, said in a video that \
                 the rules were ignored."
            ),
            [Named]
        );
        // And through a statement (attribution/mod.rs, held-out 26): a
        // union's president holds no office, as a union is no institution.
        let text = "Denise Alvarado, president of Freight Drivers Union Local 823, slammed \
                    the deal in a statement as a bet made with jobs. She said the union would \
                    seek guarantees.";
        assert_eq!(kinds(text), [Named, Named]);
        // An institution's officer through its statement is official.
        assert_eq!(
            kinds(
                "Ann Ode, director of the Federal Aviation Administration, said in a \
                 statement that the rules would change."
            ),
            [Official]
        );
    }

    #[test]
    fn the_officers_surname_keeps_the_title() {
        let text = "The company's chief executive, Marcus Lindgren, said in a video posted on \
                    the company's website that the batteries were unsafe.\n\n\
                    \u{201c}We got this wrong,\u{201d} Lindgren said in the video.";
        assert_eq!(kinds(text), [Official, Official]);
    }

    #[test]
    fn the_officer_in_person_or_an_untitled_speaker_stays_named() {
        // An earnings call and an interview are the officer in person.
        assert_eq!(
            kinds("On a call with analysts, chief executive Ines Varga said prices would fall."),
            [Named]
        );
        assert_eq!(
            kinds("Chief executive Ines Varga said in a video interview that prices would fall."),
            [Named]
        );
        assert_eq!(
            kinds("Chief executive Ines Varga told reporters that prices would fall."),
            [Named]
        );
        // A named body's officer stays named through its channels.
        let text = "The Home Builders Council, which represents the industry, disputes this.\n\n\
                    Its chief executive, Graham Lyle, wrote in a blog post that builders were \
                    straining.";
        assert_eq!(kinds(text).last(), Some(&Named));
        // No officer's title: a customer's video is nobody's channel.
        assert_eq!(
            kinds("Jo Bryce, a rider from Leeds, said in a video that the battery caught fire."),
            [Named]
        );
    }
}
