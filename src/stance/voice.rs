//! Whose voice each word of a claim is: the author's narration, the author
//! framing a source, a quotation, reported speech or thought, a title or
//! name, or the source's name. The stretches of each speaker are found
//! first ([`Zones`]); then every word of the claim, read from the token
//! layer (`crate::token`), gets one owner, and every stance signal is read
//! through that one assignment (`model.rs`): only the author's voice can make
//! a claim opinion.
//!
//! Decisions (LABELS.md, "Stance"):
//! - Words inside quotation marks are the source's, never the author's,
//!   whether the marks are balanced in the claim or the quotation runs
//!   across sentences (the attribution module pairs the marks paragraph by
//!   paragraph and passes the stretches in).
//! - Words inside a name or title ("Supreme Court", "Fair Work Commission",
//!   "Feeding Our Future") are the name's: they judge nothing.
//! - The complement of a verb of saying, thinking or labelling inside the
//!   claim ("critics called the plan a disaster", "the show was labelled a
//!   flop", "she fears the worst") is reported speech or thought, even when
//!   the claim as a whole is the author's (see `cues.rs`).
//! - In an attributed claim, the reported content (what the source said) is
//!   the source's; the source span is the source's name, not a signal.
//! - The author's framing zone is the stretch from the source to the cue
//!   ("critics, rightly, say", "he made bizarre accusations") plus any
//!   short lead-in before the source ("Predictably, the ministry declined
//!   to comment", "In 2023, he made ..."): words there are the author's and
//!   judge the source or its statement.
//! - Which side of the cue holds the content: after the cue ("X said that
//!   ...", "according to X, ..."), unless the cue closes the sentence
//!   ("..., he said on Tuesday.", "..., according to a warning from the
//!   agency."), when the content is before the source.
//! - A claim carried forward (source and cue outside it) is reported from
//!   end to end.
//! - A first-person source ("We argued that ...", "I think") is the author:
//!   nothing in the claim is reported.
//! - A verb of saying inside the author's set phrase ("That is to say",
//!   "needless to say", "it goes without saying", "hard to say") reports no
//!   one's words: what follows it is the author's.
//! - A manner adjunct the author sets after a cue and its comma ("he
//!   said, as if that explained everything", "she said, tellingly, ...",
//!   "he said, conveniently ignoring the deficit") is the author's framing
//!   of the source's act, not part of what the source said: it opens with
//!   "as if" or "as though", or with an adverb in "-ly" that stands alone
//!   between commas or leads an "-ing" phrase, and runs to the next comma
//!   or the claim's end (LABELS.md: "an attributed claim is opinion when
//!   the author adds their own framing").
//! - A verb of saying inside a fronted subordinate clause ("When the
//!   minister said it would, the deal collapsed", "Next time he asks, keep
//!   it short") governs that clause only: the main clause after the
//!   clause's comma is the author's unless a cue of its own governs it.

use crate::lexicon::List;
use crate::stance::{cues, Context};
use crate::Span;

/// Who speaks in a stretch of a claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Owner {
    /// The author, in an unattributed stretch.
    Author,
    /// The author, framing an attributed claim (between or before the
    /// source and cue).
    Framing,
    /// The source's name.
    Source,
    /// What the source is reported to have said.
    Reported,
    /// Inside quotation marks.
    Quote,
    /// Inside a name or title.
    Title,
}

impl Owner {
    /// The voice's name in a signal's reasons.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Owner::Author => "author",
            Owner::Framing => "framing",
            Owner::Source => "source",
            Owner::Reported => "reported",
            Owner::Quote => "quote",
            Owner::Title => "title",
        }
    }
}

/// The voice of one claim: whose words each of its words is, assigned once
/// (one pass over the token layer) and read by every stance signal.
#[derive(Clone, Debug)]
pub(crate) struct Voice<'c> {
    quotes: &'c [Span],
    /// The claim's words in text order, each with its owner.
    words: Vec<(Span, Owner)>,
}

impl<'c> Voice<'c> {
    /// `connectives` are the author's own set phrases the stance lists found
    /// in the claim ("that is to say", "needless to say", "hard to say"): a
    /// verb of saying inside one reports nobody's words.
    pub(crate) fn new(
        text: &str,
        claim: Span,
        context: &Context<'c>,
        titles: &'c [Span],
        connectives: &[Span],
    ) -> Self {
        let zones = Zones::new(text, claim, context, titles, connectives);
        // Room for the claim's words at once (a word and its blank take
        // about six bytes of English; four leaves a margin): grown from
        // empty, the vector was reallocated four times a claim, 2 M
        // instructions on the bench's 100 KB.
        let mut words = Vec::with_capacity(claim.len() / 4 + 1);
        crate::token::each_in(text, claim, |t| {
            if let Some(w) = t.word() {
                words.push((w, zones.owner(w)));
            }
        });
        Voice {
            quotes: context.quotes,
            words,
        }
    }

    /// Who speaks the words of `span`. A span across voices is a
    /// quotation's, the source's or a name's when any of its words is (in
    /// that order); reported or framing only when all of its words are;
    /// else the author's.
    pub(crate) fn owner(&self, span: Span) -> Owner {
        let first = self.words.partition_point(|(w, _)| w.end <= span.start);
        // The owners of the span's words, read once: which of the three
        // strongest occur, and whether all are the first one (no vector
        // for each span asked about).
        let (mut quote, mut source, mut title) = (false, false, false);
        let (mut only, mut same) = (None, true);
        for &(_, o) in self.words[first..]
            .iter()
            .take_while(|(w, _)| w.start < span.end)
            .filter(|(w, _)| w.overlaps(span))
        {
            quote |= o == Owner::Quote;
            source |= o == Owner::Source;
            title |= o == Owner::Title;
            match only {
                None => only = Some(o),
                Some(f) => same &= f == o,
            }
        }
        if quote {
            return Owner::Quote;
        }
        if source {
            return Owner::Source;
        }
        if title {
            return Owner::Title;
        }
        match only {
            Some(o) if same => o,
            _ => Owner::Author,
        }
    }

    /// True when `pos` (a question or exclamation mark) is inside quotation
    /// marks.
    pub(crate) fn quoted(&self, pos: usize) -> bool {
        self.quotes.iter().any(|q| q.start <= pos && pos < q.end)
    }
}

/// The stretches of a claim by speaker, from which [`Voice`] assigns each
/// word its owner.
#[derive(Clone, Debug)]
struct Zones<'c> {
    quotes: &'c [Span],
    /// Names and titles.
    titles: &'c [Span],
    /// Complements of verbs of saying, thinking or labelling inside the claim.
    said: Vec<Span>,
    source: Option<Span>,
    /// The cue's own words ("expressed outrage", "voiced concern"): a
    /// judging word that ends a longer cue is the noun naming what the source
    /// said or felt, so it is the source's. A judging word that is the whole
    /// cue ("touted", "boasted") is the author's choice of verb, and one
    /// inside it ("made the absurd claim") the author's adjective: framing.
    cue: Option<Span>,
    framing: Option<Span>,
    /// The author's manner adjunct after the cue ("as if that explained
    /// everything"): framing, though it lies where content could.
    aside: Option<Span>,
    /// At most two stretches: the content before and after the framing zone.
    reported: [Option<Span>; 2],
}

/// Short stretches on the far side of a sentence-final cue ("he said on
/// Tuesday.") hold fewer words than this; content holds at least this many.
const CONTENT_WORDS: usize = 4;

impl<'c> Zones<'c> {
    fn new(
        text: &str,
        claim: Span,
        context: &Context<'c>,
        titles: &'c [Span],
        connectives: &[Span],
    ) -> Self {
        let front = fronted_clause(text, claim);
        let mut said = cues::complements(text, claim, context.cues, connectives);
        if let Some(f) = front {
            // A cue inside the fronted clause reports that clause only.
            for s in &mut said {
                if s.start < f.end && s.end > f.end {
                    s.end = f.end;
                }
            }
            said.retain(|s| !s.is_empty());
        }
        let mut voice = Zones {
            quotes: context.quotes,
            titles,
            said,
            source: None,
            cue: None,
            framing: None,
            aside: None,
            reported: [None, None],
        };
        if !context.attributed {
            return voice;
        }
        let inside = |s: Option<Span>| s.filter(|s| claim.contains(*s) && !s.is_empty());
        let source = inside(context.source);
        let cue = inside(context.cue);
        if source.is_some_and(|s| text.get(s.range()).is_some_and(is_first_person)) {
            return voice;
        }
        voice.source = source;
        voice.cue = cue;
        let anchors: Vec<Span> = [source, cue].into_iter().flatten().collect();
        let (Some(lo), Some(hi)) = (
            anchors.iter().map(|s| s.start).min(),
            anchors.iter().map(|s| s.end).max(),
        ) else {
            voice.reported[0] = Some(claim);
            return voice;
        };
        if let Some(f) = front.filter(|f| cue.is_some() && f.contains(Span::new(lo, hi))) {
            // The source speaks in the fronted clause only: what follows
            // its cue up to the comma is reported, the main clause is the
            // author's.
            voice.framing = Some(Span::new(claim.start, hi));
            voice.reported[1] = Some(Span::new(hi, f.end));
            return voice;
        }
        if cue.is_none() {
            // A source without a cue: its words can still frame, the rest is reported.
            voice.framing = Some(Span::new(lo, hi));
            voice.reported = [
                Some(Span::new(claim.start, lo)),
                Some(Span::new(hi, claim.end)),
            ];
            return voice;
        }
        let before = Span::new(claim.start, lo);
        voice.aside = aside_after(text, claim, hi);
        // The content after the cue is what follows the author's aside.
        let after = Span::new(voice.aside.map_or(hi, |a| a.end), claim.end);
        let words = |s: Span| text.get(s.range()).map_or(0, word_count);
        // "..., according to a recent warning from the agency": the source
        // after a comma-led "according to" follows the content however long
        // the source's description runs.
        let trailing_according = cue.and_then(|c| text.get(c.range())).is_some_and(|c| {
            c.get(..9)
                .is_some_and(|a| a.eq_ignore_ascii_case("according"))
        }) && text
            .get(before.range())
            .is_some_and(|b| b.trim_end().ends_with(','));
        let content_before =
            words(before) >= CONTENT_WORDS && (words(after) < CONTENT_WORDS || trailing_according);
        if content_before {
            voice.framing = Some(Span::new(lo, claim.end));
            voice.reported[0] = Some(before);
        } else {
            voice.framing = Some(Span::new(claim.start, hi));
            voice.reported[1] = Some(after);
        }
        voice
    }

    /// Who speaks the words of `span`.
    fn owner(&self, span: Span) -> Owner {
        if self.quotes.iter().any(|q| q.overlaps(span)) {
            return Owner::Quote;
        }
        if self.source.is_some_and(|s| s.overlaps(span)) {
            return Owner::Source;
        }
        if self.titles.iter().any(|t| t.overlaps(span)) {
            return Owner::Title;
        }
        if self.aside.is_some_and(|a| a.contains(span)) {
            return Owner::Framing;
        }
        if self.reported.iter().flatten().any(|r| r.contains(span))
            || self
                .cue
                .is_some_and(|c| c.contains(span) && c.end == span.end && c.start < span.start)
            || self.said.iter().any(|r| r.contains(span))
        {
            return Owner::Reported;
        }
        if self.framing.is_some_and(|f| f.contains(span)) {
            return Owner::Framing;
        }
        Owner::Author
    }
}

/// The fronted subordinate clause that opens `claim` ("When the minister
/// said it would,", "Next time he asks,"): from the claim's start to its
/// first comma, when the claim opens with a conjunction of
/// `stance_fronted_clauses.txt` or with "next time", "every time" or
/// "each time", and a main clause of at least two words follows the comma.
fn fronted_clause(text: &str, claim: Span) -> Option<Span> {
    // The first two words, the count of words up to the first comma and
    // in all: counted as the tokens come, not gathered into a vector for
    // each claim.
    let (mut first, mut second) = (None, None);
    let mut words = 0usize;
    let mut comma = None;
    crate::token::each_in(text, claim, |t| {
        if t.word().is_some() {
            match (first, second) {
                (None, _) => first = Some(t),
                (Some(_), None) => second = Some(t),
                _ => {}
            }
            words += 1;
        }
        if comma.is_none() && t.ends_phrase() && text[..t.span().end].ends_with(',') {
            comma = Some((t.span().end, words));
        }
    });
    let (end, before) = comma?;
    let first = first?;
    let opens = first.is_in(List::StanceFrontedClauses)
        || (second.is_some_and(|t| t.lower(text) == "time")
            && matches!(&*first.lower(text), "next" | "every" | "each"));
    // The opener, a subject and a verb before the comma; a main clause of
    // two words or more after it.
    (opens && before >= 3 && words >= before + 2).then(|| Span::new(claim.start, end))
}

/// The author's manner adjunct right after a cue and its comma (`cue_end`
/// is where the source and cue end): "as if ..." or "as though ...", a
/// lone adverb in "-ly" between commas or at the claim's end ("said,
/// tellingly, that"), or an "-ly" adverb leading an "-ing" phrase
/// ("conveniently ignoring the deficit"); to the next comma or the end.
fn aside_after(text: &str, claim: Span, cue_end: usize) -> Option<Span> {
    if !text.get(cue_end..claim.end)?.starts_with(',') {
        return None;
    }
    // The first two words after the comma, and where the first phrase
    // from the first word ends.
    let mut words: Vec<(Span, bool)> = Vec::with_capacity(2);
    let mut end = None;
    crate::token::each_in(text, Span::new(cue_end + 1, claim.end), |t| {
        let Some(w) = t.word() else { return };
        if words.len() < 2 {
            words.push((w, t.ends_phrase()));
        }
        if end.is_none() && t.ends_phrase() {
            end = Some(w.end);
        }
    });
    let (first, first_ends) = *words.first()?;
    let word = |s: Span| text.get(s.range()).unwrap_or_default();
    let second = words.get(1).map(|&(s, _)| word(s));
    let opens = if word(first).eq_ignore_ascii_case("as") {
        second.is_some_and(|w| w.eq_ignore_ascii_case("if") || w.eq_ignore_ascii_case("though"))
    } else {
        crate::token::ends_with_ignore_case(word(first), "ly")
            && (first_ends
                || words.len() < 2
                || second.is_some_and(|w| crate::token::ends_with_ignore_case(w, "ing")))
    };
    opens.then(|| Span::new(first.start, end.unwrap_or(claim.end)))
}

fn word_count(s: &str) -> usize {
    s.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}')
        .filter(|w| !w.is_empty())
        .count()
}

/// "I", "we" and their forms, as a source.
fn is_first_person(source: &str) -> bool {
    let s = source.trim();
    ["i", "we", "me", "us", "myself", "ourselves"]
        .iter()
        .any(|p| s.eq_ignore_ascii_case(p))
        || s == "I"
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span_of(text: &str, words: &str) -> Span {
        let start = text.find(words).expect("words in text");
        Span::new(start, start + words.len())
    }

    fn owner(text: &str, source: &str, cue: &str, word: &str) -> Owner {
        let claim = Span::new(0, text.len());
        let context = Context {
            quotes: &[],
            cues: &[],
            source: Some(span_of(text, source)),
            cue: Some(span_of(text, cue)),
            attributed: true,
        };
        Voice::new(text, claim, &context, &[], &[]).owner(span_of(text, word))
    }

    #[test]
    fn content_after_the_cue_is_reported() {
        let text = "Crocker said he was pretty skeptical of the deal.";
        assert_eq!(owner(text, "Crocker", "said", "pretty"), Owner::Reported);
    }

    #[test]
    fn content_before_a_closing_cue_is_reported() {
        let text = "The deal is a disaster for everyone involved, Crocker said on Tuesday.";
        assert_eq!(owner(text, "Crocker", "said", "disaster"), Owner::Reported);
    }

    #[test]
    fn words_between_source_and_cue_frame() {
        let text = "Critics, rightly, say the plan will fail.";
        assert_eq!(owner(text, "Critics", "say", "rightly"), Owner::Framing);
        let text = "Predictably, the ministry declined to comment.";
        assert_eq!(
            owner(text, "the ministry", "declined to comment", "Predictably"),
            Owner::Framing
        );
    }

    #[test]
    fn the_cues_own_words_are_the_sources() {
        // The same judging word: the source's feeling when the cue names
        // it, the author's framing when the author adds it.
        let text = "Diplomats expressed outrage over the test.";
        assert_eq!(
            owner(text, "Diplomats", "expressed outrage", "outrage"),
            Owner::Reported
        );
        let text = "Diplomats, in outrage, condemned the test.";
        assert_eq!(
            owner(text, "Diplomats", "condemned", "outrage"),
            Owner::Framing
        );
        let text = "Officials touted the test.";
        assert_eq!(owner(text, "Officials", "touted", "touted"), Owner::Framing);
        let text = "Officials made the absurd claim that the test failed.";
        assert_eq!(
            owner(text, "Officials", "made the absurd claim", "absurd"),
            Owner::Framing
        );
    }

    #[test]
    fn the_authors_aside_after_a_cue_frames() {
        // "as if ..." or a lone "-ly" adverb after the cue and its comma is
        // the author's, whichever side of the cue the content lies.
        let text = "The fare rise is unavoidable, the minister said, as if that settled it.";
        assert_eq!(owner(text, "the minister", "said", "as if"), Owner::Framing);
        assert_eq!(
            owner(text, "the minister", "said", "unavoidable"),
            Owner::Reported
        );
        let text = "The minister said, tellingly, that the fare rise is unavoidable.";
        assert_eq!(
            owner(text, "The minister", "said", "tellingly"),
            Owner::Framing
        );
        assert_eq!(
            owner(text, "The minister", "said", "unavoidable"),
            Owner::Reported
        );
        // Content that goes on after the comma stays the source's.
        let text = "Fares will rise, the minister said, especially on rural routes.";
        assert_eq!(
            owner(text, "the minister", "said", "especially"),
            Owner::Reported
        );
    }

    #[test]
    fn source_words_are_the_sources() {
        let text = "The notorious ministry said the plan will fail.";
        assert_eq!(
            owner(text, "The notorious ministry", "said", "notorious"),
            Owner::Source
        );
    }

    #[test]
    fn first_person_source_is_the_author() {
        let text = "We argued that the plan was doomed.";
        assert_eq!(owner(text, "We", "argued", "doomed"), Owner::Author);
    }

    #[test]
    fn a_span_across_voices_takes_the_quotation_or_else_the_author() {
        let text = "Critics say \u{201c}the plan\u{201d} is a disaster.";
        let quote = span_of(text, "\u{201c}the plan\u{201d}");
        let context = Context {
            quotes: &[quote],
            cues: &[],
            source: Some(span_of(text, "Critics")),
            cue: Some(span_of(text, "say")),
            attributed: true,
        };
        let voice = Voice::new(text, Span::new(0, text.len()), &context, &[], &[]);
        assert_eq!(voice.owner(span_of(text, "plan\u{201d} is")), Owner::Quote);
        assert_eq!(voice.owner(span_of(text, "is a")), Owner::Reported);
        assert_eq!(voice.owner(span_of(text, "say \u{201c}the")), Owner::Quote);
        assert_eq!(voice.owner(span_of(text, "Critics say")), Owner::Source);
        // Framing and reported words together: neither zone holds them all.
        let text = "Critics, rightly, say it failed.";
        let context = Context {
            quotes: &[],
            cues: &[],
            source: Some(span_of(text, "Critics")),
            cue: Some(span_of(text, "say")),
            attributed: true,
        };
        let voice = Voice::new(text, Span::new(0, text.len()), &context, &[], &[]);
        assert_eq!(voice.owner(span_of(text, "rightly")), Owner::Framing);
        assert_eq!(voice.owner(span_of(text, "it failed")), Owner::Reported);
        assert_eq!(voice.owner(span_of(text, "say it")), Owner::Author);
    }

    #[test]
    fn carried_forward_claims_are_reported_throughout() {
        let text = "It was a disaster.";
        let context = Context {
            attributed: true,
            ..Context::default()
        };
        let voice = Voice::new(text, Span::new(0, text.len()), &context, &[], &[]);
        assert_eq!(voice.owner(span_of(text, "disaster")), Owner::Reported);
    }
}

/// The same evaluative sentence in each voice: only the author's makes it
/// opinion.
#[cfg(test)]
mod voice_classes {
    use crate::stance::testing::{assert_attributed, assert_stance, assert_stance_in};
    use crate::stance::SignalKind::*;
    use crate::stance::StanceKind::*;

    #[test]
    fn in_the_authors_narration_it_is_opinion() {
        assert_stance(
            "The plan is a disaster.",
            Opinion,
            &[("disaster", Evaluative)],
        );
    }

    #[test]
    fn inside_a_quotation_it_is_reporting() {
        let text = "\u{201c}The plan is a disaster,\u{201d} she said.";
        assert_stance_in(
            text,
            Reporting,
            &[],
            &["\u{201c}The plan is a disaster,\u{201d}"],
        );
        // A quotation that opened in an earlier sentence and has not closed:
        // the attribution module passes the whole stretch in as quoted.
        let text = "The plan is a disaster.";
        assert_stance_in(text, Reporting, &[], &[text]);
    }

    #[test]
    fn as_reported_speech_or_thought_it_is_reporting() {
        assert_attributed(
            "The mayor said that the plan is a disaster.",
            "The mayor",
            "said",
            Reporting,
            &[("disaster", Evaluative)],
        );
        // The cue inside an unattributed claim (found by the attribution
        // module) makes its complement reported: thought, and a label.
        assert_stance(
            "Critics believe the plan is a disaster.",
            Reporting,
            &[("disaster", Evaluative)],
        );
        assert_stance(
            "The plan was labelled a disaster by critics.",
            Reporting,
            &[("disaster", Evaluative)],
        );
    }

    #[test]
    fn in_the_authors_framing_of_a_source_it_is_opinion() {
        // The judgment is the author's, of the source and its statement.
        assert_attributed(
            "The mayor made the absurd claim that the plan is a disaster.",
            "The mayor",
            "claim",
            Opinion,
            &[("absurd", AuthorFraming), ("disaster", Evaluative)],
        );
    }

    #[test]
    fn the_authors_aside_after_a_cue_frames() {
        // "as if ..." after the cue is the author's reading of the act, not
        // the source's words: framing that makes the claim opinion.
        assert_attributed(
            "“The trains run on time,” the minister said, as if that settled it.",
            "the minister",
            "said",
            Opinion,
            &[("as if", AuthorFraming)],
        );
    }

    #[test]
    fn after_a_fronted_clause_with_a_cue_it_is_the_authors() {
        // The cue governs its own fronted clause, not the main clause after
        // the comma.
        assert_attributed(
            "When the minister said it would, the deal was a disaster.",
            "the minister",
            "said",
            Opinion,
            &[("would", Speculation), ("disaster", Evaluative)],
        );
        assert_attributed(
            "The minister said the deal was a disaster.",
            "The minister",
            "said",
            Reporting,
            &[("disaster", Evaluative)],
        );
        // Unattributed, with the cue found inside the claim.
        assert_stance(
            "Although critics said it would, the deal was a disaster.",
            Opinion,
            &[("would", Speculation), ("disaster", Evaluative)],
        );
        assert_stance(
            "Critics said the deal was a disaster.",
            Reporting,
            &[("disaster", Evaluative)],
        );
        // A cue of its own in the main clause still governs it.
        assert_attributed(
            "When asked about the deal, the minister said it was a disaster.",
            "the minister",
            "said",
            Reporting,
            &[("disaster", Evaluative)],
        );
    }

    #[test]
    fn inside_a_title_it_is_reporting() {
        assert_stance(
            "The theatre stages Disaster In The Plan.",
            Reporting,
            &[("Disaster In The Plan", Specifics)],
        );
    }
}

/// Each kind of the author's signal, in each voice: the same sentence is
/// opinion as the author's narration and reporting inside a quotation, as
/// the complement of a verb of saying or thinking, and when the whole claim
/// is attributed to a source. A modal, a "should" or a question is the
/// author's only when the author says it.
#[cfg(test)]
mod voice_classes_by_signal {
    use crate::stance::{assess, Context, StanceKind};
    use crate::Span;

    /// One sentence per kind of signal, in the author's voice.
    const SENTENCES: [&str; 11] = [
        "The council should scrap the plan.",
        "The plan is probably doomed.",
        "The council of course wants a delay.",
        "The strike will spread to the ports.",
        "Why did the council wait so long?",
        "I think the plan is a disaster.",
        "The plan is utterly absurd.",
        "After all, nobody reads the budget.",
        "Consider the cost of the delay.",
        "The levy is a gamble.",
        "Worse, the council wants a delay.",
    ];

    /// The stance of the claim that is all of `text`, with `quotes` and the
    /// cues the attribution module finds, as the analysis passes them.
    fn stance(text: &str, quotes: &[Span], attributed: Option<(&str, &str)>) -> StanceKind {
        let claim = Span::new(0, text.len());
        let cues = crate::attribution::cues(text, claim, quotes);
        let at = |w: &str| {
            let start = text.find(w).expect("words in text");
            Span::new(start, start + w.len())
        };
        let context = Context {
            quotes,
            cues: &cues,
            source: attributed.map(|(s, _)| at(s)),
            cue: attributed.map(|(_, c)| at(c)),
            attributed: attributed.is_some(),
        };
        assess(text, claim, &context).kind
    }

    /// The sentence with its first letter lower-cased and its end mark
    /// dropped, to follow a cue.
    fn complement(s: &str) -> String {
        let mut chars = s.chars();
        let first = chars.next().map(|c| c.to_ascii_lowercase());
        let rest: String = chars.collect();
        let rest = rest.trim_end_matches(['.', '?']);
        format!("{}{rest}", first.into_iter().collect::<String>())
    }

    #[test]
    fn in_the_authors_voice_each_is_opinion() {
        for s in SENTENCES {
            assert_eq!(stance(s, &[], None), StanceKind::Opinion, "{s}");
        }
    }

    #[test]
    fn inside_a_quotation_each_is_reporting() {
        for s in SENTENCES {
            let quote = format!("\u{201c}{s}\u{201d}");
            let text = format!("{quote} the mayor said.");
            let q = Span::new(0, quote.len());
            assert_eq!(
                stance(&text, &[q], Some(("the mayor", "said"))),
                StanceKind::Reporting,
                "{text}"
            );
            // A quotation running on from an earlier sentence: the whole
            // claim is quoted.
            assert_eq!(
                stance(s, &[Span::new(0, s.len())], None),
                StanceKind::Reporting,
                "{s} (quoted)"
            );
        }
    }

    #[test]
    fn as_reported_speech_or_thought_each_is_reporting() {
        for s in SENTENCES {
            let text = format!("The mayor said {}.", complement(s));
            assert_eq!(
                stance(&text, &[], Some(("The mayor", "said"))),
                StanceKind::Reporting,
                "{text}"
            );
            // ("that": without it the attribution module reads "believe
            // the council" as believing a person, not a clause.)
            let text = format!("Critics believe that {}.", complement(s));
            assert_eq!(stance(&text, &[], None), StanceKind::Reporting, "{text}");
        }
    }
}
