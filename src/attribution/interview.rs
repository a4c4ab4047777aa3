//! Interviews printed as questions and answers: "Q: What changed?" /
//! "A: The water did."
//!
//! LABELS.md does not name the format; an editor reads it plainly: the
//! questions are the interviewer's own (the article's, unattributed) and
//! every answer is the interviewee speaking in person (named), from the
//! "A:" label to the next question, with the interviewee introduced before
//! the first question. The label is the cue, the interviewee's name in the
//! introduction the source.

use std::sync::LazyLock;

use regex::Regex;

use super::words;
use super::{Attribution, AttributionKind, Memory, SourceClass};
use crate::rule::RuleId;
use crate::{Reason, Span};

/// "Q:", "Question:" or "A:", "Answer:" opening a paragraph.
static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"^(?:(Q|Question)|(A|Answer))\s*:\s").expect("interview label")
});

/// `p` up to its first colon and the character after it, if `p` has a
/// colon: all that [`LABEL`] and [`SPEAKER`] can match, since neither
/// takes a colon before its own, and the character after it decides their
/// `\s` (or `$`) as it did in the whole paragraph. A regex engine without
/// its DFA (a browser build) pays for the length of the text it is given,
/// here a whole paragraph for a label of a few words.
fn to_first_colon(p: &str) -> Option<&str> {
    let colon = p.find(':')?;
    let next = p[colon + 1..].chars().next().map_or(0, char::len_utf8);
    Some(&p[..colon + 1 + next])
}

/// What opens a paragraph of an interview.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Turn {
    Question,
    /// An answer, with the span of its label ("A:").
    Answer(Span),
}

/// The label opening `paragraph`, if it is a question or an answer.
pub fn turn(text: &str, paragraph: Span) -> Option<Turn> {
    let p = paragraph.of(text);
    let c = LABEL.captures(to_first_colon(p.starts_with(['Q', 'A']).then_some(p)?)?)?;
    if c.get(1).is_some() {
        return Some(Turn::Question);
    }
    let label = c.get(2)?;
    let end = paragraph.start + c.get(0)?.as_str().trim_end().len();
    Some(Turn::Answer(Span::new(
        paragraph.start + label.start(),
        end,
    )))
}

/// Whether the turns of an article make it a printed interview: at least
/// one question and two answers.
pub fn is_interview(turns: &[Option<Turn>]) -> bool {
    let questions = turns.iter().filter(|t| **t == Some(Turn::Question)).count();
    let answers = turns
        .iter()
        .filter(|t| matches!(t, Some(Turn::Answer(_))))
        .count();
    questions >= 1 && answers >= 2
}

/// The person the introduction presents: the first name of two or more
/// capitalised words that reads as a person's and does not follow a
/// preposition ("near the head of Swale Beck" is a place).
pub fn interviewee(text: &str, intro: Span, memory: &Memory) -> Option<Span> {
    let ws = words::words(text, intro, &[]);
    let mut i = 0;
    while i < ws.len() {
        // Capitalised words, up to three, not across a comma or full stop.
        let mut run = 0;
        while run < 3 && i + run < ws.len() && ws[i + run].is_capitalized(text) {
            let w = ws[i + run];
            run += 1;
            if w.ends_phrase || text[w.span.end..].starts_with(['.', '!', '?']) {
                break;
            }
        }
        let after_preposition = i > 0
            && [
                "of", "in", "at", "near", "from", "to", "into", "on", "by", "for",
            ]
            .iter()
            .any(|p| ws[i - 1].of(text).eq_ignore_ascii_case(p));
        if run >= 2 && !after_preposition {
            let span = Span::new(ws[i].span.start, ws[i + run - 1].span.end);
            let classed = memory.classify(text, span);
            if classed.class == SourceClass::Named && classed.rule == RuleId::PersonName {
                return Some(span);
            }
        }
        i += run.max(1);
    }
    None
}

/// A speaker's label in capitals opening a paragraph of a broadcast
/// transcript: "WADE TILLOTSON: You lease ...", "LEILA MARSH, HOST: ...",
/// "FERREIRA: ...", "UNIDENTIFIED RANCHER: ...". An article quoting a
/// transcript opens each turn with a quotation mark (group 1: "\"WALLACE:
/// ..."). The name is group 2, a role after a comma group 3.
static SPEAKER: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(
        r"^([\x22“]?)([A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,3})(?:, ([A-Z][A-Z.'’\- ]{1,30}))?:(?:\s|$)",
    )
    .expect("speaker label")
});

/// Roles that mark a journalist's turn: the programme's own words.
const JOURNALIST_ROLES: [&str; 6] = [
    "HOST",
    "BYLINE",
    "ANCHOR",
    "REPORTER",
    "CORRESPONDENT",
    "PRESENTER",
];

/// One labelled turn of a transcript.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Speaker {
    /// The name in the label ("WADE TILLOTSON").
    pub name: Span,
    /// The whole label, up to its colon: the cue.
    pub label: Span,
    /// The label names a host or reporter.
    pub journalist: bool,
    /// The turn opens with a quotation mark: an article quoting a transcript.
    pub quoted: bool,
}

/// The speaker's label opening `paragraph`, if any.
pub fn speaker(text: &str, paragraph: Span) -> Option<Speaker> {
    let p = paragraph.of(text);
    let opens = p.starts_with(|c: char| c.is_ascii_uppercase() || c == '"' || c == '“');
    let c = SPEAKER.captures(to_first_colon(opens.then_some(p)?)?)?;
    let quoted = c.get(1).is_some_and(|q| !q.is_empty());
    let name = c.get(2)?;
    let whole = c.get(0)?.as_str();
    let label_len = whole.trim_end().len();
    let journalist = c.get(3).is_some_and(|role| {
        crate::token::pieces(role.as_str()).any(|w| JOURNALIST_ROLES.contains(&w))
    });
    Some(Speaker {
        name: Span::new(paragraph.start + name.start(), paragraph.start + name.end()),
        label: Span::new(paragraph.start, paragraph.start + label_len),
        journalist,
        quoted,
    })
}

/// Whether an article's labelled turns make it a transcript: at least three
/// turns by at least two speakers, one of them labelled as the host or
/// reporter, so that datelines in capitals ("NEW DELHI: ...", "LONDON:
/// ...") opening a page of briefs are no transcript. Turns that each open
/// with a quotation mark are a transcript quoted by the article (see
/// [`is_quoted_transcript`]) and need no journalist's label.
pub fn is_transcript(text: &str, speakers: &[Option<Speaker>]) -> bool {
    let names: Vec<&str> = speakers.iter().flatten().map(|s| s.name.of(text)).collect();
    names.len() >= 3
        && names.iter().any(|n| *n != names[0])
        && (speakers.iter().flatten().any(|s| s.journalist) || is_quoted_transcript(speakers))
}

/// Whether every labelled turn opens with a quotation mark: an article
/// quoting a broadcast ("Partial transcript as follows: \"WALLACE: ...").
/// There the host's questions are quoted too, so every turn, the host's
/// included, is its speaker's.
pub fn is_quoted_transcript(speakers: &[Option<Speaker>]) -> bool {
    let mut turns = speakers.iter().flatten().peekable();
    turns.peek().is_some() && turns.all(|s| s.quoted)
}

/// The attribution of a sentence in an interviewee's turn: the speaker
/// named in the label, speaking in person ("UNIDENTIFIED ..." is
/// anonymous).
pub fn turn_of(text: &str, speaker: Speaker) -> Attribution {
    let name = speaker.name.of(text);
    let unnamed = ["UNIDENTIFIED", "UNKNOWN", "CROWD", "GROUP"]
        .iter()
        .any(|w| crate::token::pieces(name).any(|n| n == *w));
    let kind = if unnamed {
        AttributionKind::Anonymous
    } else {
        AttributionKind::Named
    };
    Attribution {
        kind,
        base: kind,
        source: Some(speaker.name),
        cue: Some(speaker.label),
        quote: None,
        reasons: vec![Reason::new(
            RuleId::TranscriptTurn,
            format!(
                "a turn of a broadcast transcript: “{name}” speaks, labelled in the transcript"
            ),
            Some(speaker.label),
        )],
    }
}

/// The attribution of an answer's sentence.
pub fn answer(text: &str, label: Span, interviewee: Option<Span>) -> Attribution {
    let who = interviewee.map_or_else(
        || "the interviewee".to_string(),
        |s| format!("“{}”", s.of(text)),
    );
    Attribution {
        kind: AttributionKind::Named,
        base: AttributionKind::Named,
        source: interviewee,
        cue: Some(label),
        quote: None,
        reasons: vec![Reason::new(
            RuleId::InterviewAnswer,
            format!(
                "an answer in a printed interview: {who}, introduced before the questions, speaks in person"
            ),
            Some(label),
        )],
    }
}

/// Compiles this file's patterns now rather than on first use (see
/// [`crate::warm`]).
pub(crate) fn warm() {
    for pattern in [&LABEL, &SPEAKER] {
        LazyLock::force(pattern);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_open_questions_and_answers() {
        let text = "Q: What changed?\nA: The water did.\nA fine day.";
        assert_eq!(turn(text, Span::new(0, 16)), Some(Turn::Question));
        assert_eq!(
            turn(text, Span::new(17, 34)),
            Some(Turn::Answer(Span::new(17, 19)))
        );
        // "A fine day." opens with the article "A", not a label.
        assert_eq!(turn(text, Span::new(35, text.len())), None);
    }

    #[test]
    fn a_transcript_needs_a_host_and_two_speakers() {
        let text =
            "LEILA MARSH, HOST: Water is scarce.\nWADE TILLOTSON: It's gone.\nMARSH: Thanks.";
        let paragraphs = [
            Span::new(0, 35),
            Span::new(36, 62),
            Span::new(63, text.len()),
        ];
        let speakers: Vec<Option<Speaker>> = paragraphs.iter().map(|p| speaker(text, *p)).collect();
        assert!(speakers[0].is_some_and(|s| s.journalist));
        assert_eq!(speakers[1].map(|s| s.name.of(text)), Some("WADE TILLOTSON"));
        assert!(is_transcript(text, &speakers));
        // A role is matched by whole words: an Anchorage mayor is no anchor.
        let guest = speaker("SUE KIM, FORMER ANCHORAGE MAYOR: Yes.", Span::new(0, 36));
        assert!(guest.is_some_and(|s| !s.journalist));
        // Datelines in capitals open briefs, not turns.
        let text = "NEW DELHI: Rates rose.\nLONDON: Rates fell.\nPARIS: Rates held.";
        let paragraphs = [
            Span::new(0, 22),
            Span::new(23, 42),
            Span::new(43, text.len()),
        ];
        let speakers: Vec<Option<Speaker>> = paragraphs.iter().map(|p| speaker(text, *p)).collect();
        assert!(speakers.iter().all(Option::is_some));
        assert!(!is_transcript(text, &speakers));
    }

    /// Every line of the fixtures: the same labels, at the same places, as
    /// the patterns find in the whole line.
    #[test]
    fn labels_read_to_the_first_colon_as_in_the_whole_line() {
        fn groups(c: Option<regex::Captures>) -> Option<Vec<Option<(usize, usize)>>> {
            c.map(|c| c.iter().map(|g| g.map(|g| (g.start(), g.end()))).collect())
        }
        let mut lines: Vec<String> = crate::furniture::testing::fixture_texts()
            .into_iter()
            .flat_map(|(_, text)| text.lines().map(str::to_string).collect::<Vec<_>>())
            .collect();
        lines.extend(
            [
                "Q:",
                "Q: x",
                "A :\u{a0}x",
                "A:x",
                "Answer:  x",
                "Q\u{2003}: x",
                "HOST:",
                "HOST:\u{2028}",
                "“SUE KIM, HOST: x",
                "\"WALLACE: x",
                "NO COLON",
                "A: B: c",
                "X:é",
            ]
            .map(str::to_string),
        );
        for line in &lines {
            let whole = Span::new(0, line.len());
            assert_eq!(turn(line, whole), {
                let c = LABEL.captures(line);
                c.map(|c| {
                    if c.get(1).is_some() {
                        Turn::Question
                    } else {
                        let label = c.get(2).unwrap();
                        Turn::Answer(Span::new(label.start(), c[0].trim_end().len()))
                    }
                })
            });
            let p = to_first_colon(line);
            assert_eq!(
                groups(p.and_then(|p| SPEAKER.captures(p))),
                groups(SPEAKER.captures(line)),
                "{line:?}"
            );
            assert_eq!(
                speaker(line, whole).is_some(),
                SPEAKER.is_match(line),
                "{line:?}"
            );
        }
    }

    #[test]
    fn the_interviewee_is_the_first_person_introduced() {
        let text = "Beavers were set free near Swale Beck. Ruth Calloway, the trust's ecologist, led the project.";
        let memory = Memory::new(Span::new(0, text.len()));
        let who = interviewee(text, Span::new(0, text.len()), &memory);
        assert_eq!(who.map(|s| s.of(text)), Some("Ruth Calloway"));
    }
}
