//! Attribution: who stands behind a claim, as the article presents it.
//!
//! See ../shared/LABELS.md, "Attribution kind".

use crate::{Reason, Span};

/// The attribution kind of one claim (LABELS.md: first match wins, in this order).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AttributionKind {
    Official,
    Named,
    Anonymous,
    Unattributed,
}

impl AttributionKind {
    pub const ALL: [AttributionKind; 4] = [
        AttributionKind::Named,
        AttributionKind::Anonymous,
        AttributionKind::Official,
        AttributionKind::Unattributed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            AttributionKind::Official => "official",
            AttributionKind::Named => "named",
            AttributionKind::Anonymous => "anonymous",
            AttributionKind::Unattributed => "unattributed",
        }
    }
}

/// A claim's attribution: its kind, the source, cue and quotation spans, and
/// the reasons for the kind.
#[derive(Clone, Debug, PartialEq)]
pub struct Attribution {
    pub kind: AttributionKind,
    pub source: Option<Span>,
    pub cue: Option<Span>,
    pub quote: Option<Span>,
    pub reasons: Vec<Reason>,
}

impl Attribution {
    pub fn unattributed() -> Self {
        Attribution {
            kind: AttributionKind::Unattributed,
            source: None,
            cue: None,
            quote: None,
            reasons: Vec::new(),
        }
    }
}

mod cue;
mod quote;
mod source;
mod words;

pub use cue::{Cue, CueKind};
pub use quote::Quote;

use source::{Classed, SourceClass};

/// Finds the quotations of the body paragraphs.
pub fn quotes(text: &str, paragraphs: &[Span]) -> Vec<Quote> {
    quote::find(text, paragraphs)
}

/// A source the article has introduced, remembered for back-references
/// ("he added", "the source said", "the message said").
#[derive(Clone, Debug)]
struct Remembered {
    source: Span,
    cue: Option<Span>,
    kind: AttributionKind,
    /// The source is a person or group of people (not an institution or document).
    person: bool,
    /// A document the source spoke in ("said in the message"): its head word.
    document: Option<Span>,
}

/// What one article has said so far: its sources, for back-references.
#[derive(Clone, Debug, Default)]
pub struct Memory {
    sources: Vec<Remembered>,
    /// The article's body, to find people it introduces by role.
    body: Span,
}

impl Memory {
    pub fn new(body: Span) -> Self {
        Memory { sources: Vec::new(), body }
    }
}

/// One attribution found in a stretch of text.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    pub attribution: Attribution,
    /// The source phrase opens the stretch ("the White House declined to
    /// comment ..."): the stretch is a clause of its own.
    pub opens: bool,
    /// The cue ends the stretch after a comma (", the sources said."): it
    /// governs everything before it.
    pub trailing: bool,
    person: bool,
    document: Option<Span>,
}

fn rank(kind: AttributionKind) -> u8 {
    match kind {
        AttributionKind::Official => 0,
        AttributionKind::Named => 1,
        AttributionKind::Anonymous => 2,
        AttributionKind::Unattributed => 3,
    }
}

fn quoted(text: &str, span: Span) -> String {
    format!("“{}”", span.of(text))
}

/// Finds every attribution in `span` (a sentence or a clause of one),
/// resolving back-references against `memory`. Quotations are skipped.
pub fn find(text: &str, span: Span, quotes: &[Span], memory: &Memory) -> Vec<Found> {
    let cues = cue::find(text, span, quotes);
    let mut found: Vec<Found> = Vec::new();
    let mut floor = span.start;
    for c in cues {
        let (local, inverted) = match c.kind {
            CueKind::According => (source::after(text, c.span, span.end, quotes), true),
            CueKind::Vague => (None, false),
            CueKind::Noun => (nearest_person(text, Span::new(span.start, c.span.start), quotes), false),
            CueKind::Verb | CueKind::Belief | CueKind::Refusal => {
                let is_participle = c.span.of(text).split_whitespace().next().is_some_and(|w| w.ends_with("ing"));
                if is_participle {
                    // ", adding", "by saying": the speaker is the one just named.
                    match found.last() {
                        Some(prev) => {
                            floor = c.span.end;
                            let mut again = prev.clone();
                            again.opens = false;
                            again.trailing = false;
                            found.push(again);
                            continue;
                        }
                        None => (nearest_person(text, Span::new(span.start, c.span.start), quotes), false),
                    }
                } else {
                    match source::before(text, floor, c.span, quotes) {
                        Some(s) => (Some(s), false),
                        None if coordinated(text, floor, c.span, quotes) => (sentence_subject(text, span, quotes), false),
                        // Inverted order only right after a comma or a quotation,
                        // or at the start: "..., said Jane Ruiz", "Said the envoy: ...".
                        None if opens_inverted(text, span.start, c.span) => {
                            (source::after(text, c.span, span.end, quotes), true)
                        }
                        None => (None, false),
                    }
                }
            }
        };
        floor = c.span.end;
        let mut reasons = Vec::new();
        let mut person = false;
        let mut document = None;
        let mut source = local;
        let kind = match (c.kind, local) {
            (CueKind::Vague, _) => {
                reasons.push(Reason::new(
                    "vague-attribution",
                    format!("{} attributes the claim to no one the reader can identify", quoted(text, c.span)),
                    Some(c.span),
                ));
                AttributionKind::Anonymous
            }
            (_, None) => continue,
            (_, Some(src)) => {
                let classed = source::classify(text, src);
                let (kind, resolved_person, antecedent) = resolve(text, src, classed, span, quotes, memory, &mut reasons);
                person = resolved_person;
                // A pronoun's sentence takes the source it refers to (LABELS.md).
                if let Some(a) = antecedent {
                    source = Some(a);
                }
                kind
            }
        };
        let mut kind = kind;
        // Formal channels: an institution, office-holder or spokesperson
        // speaking on the record.
        let channel = c.channel.or(if c.kind == CueKind::Refusal { Some(c.span) } else { None });
        if let Some(ch) = channel {
            if kind == AttributionKind::Named {
                kind = AttributionKind::Official;
                reasons.push(Reason::new(
                    "formal-channel",
                    format!("{} is a formal channel: a named source speaking on the record is official", quoted(text, ch)),
                    Some(ch),
                ));
            } else if kind == AttributionKind::Official {
                reasons.push(Reason::new("formal-channel", format!("speaks through {}", quoted(text, ch)), Some(ch)));
            }
        }
        if c.kind == CueKind::Verb {
            document = document_after(text, c.span, span.end);
        }
        let cue_span = match c.channel {
            Some(ch) if ch.start >= c.span.end && ch.start - c.span.end <= 2 => Span::new(c.span.start, ch.end),
            _ => c.span,
        };
        let opens = local.is_some_and(|s| !inverted && words::words(text, Span::new(span.start, s.start), quotes).len() <= 1);
        let trailing = local.is_some_and(|s| {
            let before_cue = text[span.start..c.span.start.min(s.start)].trim_end();
            let rest = words::words(text, Span::new(s.end.max(c.span.end), span.end), quotes);
            (before_cue.ends_with(',') || before_cue.ends_with(|ch: char| crate::text::is_close_double_quote(ch)))
                && rest.len() <= 12
        });
        reasons.insert(
            0,
            Reason::new(
                match c.kind {
                    CueKind::According => "according-to",
                    CueKind::Vague => "vague-cue",
                    CueKind::Refusal => "refusal-on-record",
                    CueKind::Belief => "belief-verb",
                    CueKind::Noun => "saying-noun",
                    CueKind::Verb => "verb-of-saying",
                },
                format!("cue {}", quoted(text, cue_span)),
                Some(cue_span),
            ),
        );
        found.push(Found {
            attribution: Attribution { kind, source, cue: Some(cue_span), quote: None, reasons },
            opens,
            trailing,
            person,
            document,
        });
    }
    found
}

/// The claim's attribution: of all found, the first kind that matches in
/// LABELS.md's order (official, named, anonymous).
pub fn strongest(found: &[Found]) -> Option<&Found> {
    found.iter().min_by_key(|f| rank(f.attribution.kind))
}

/// Remembers the sources of an attributed claim for later back-references.
pub fn remember(memory: &mut Memory, found: &[Found]) {
    for f in found {
        if let Some(source) = f.attribution.source {
            memory.sources.push(Remembered {
                source,
                cue: f.attribution.cue,
                kind: f.attribution.kind,
                person: f.person,
                document: f.document,
            });
        }
    }
}

/// The phrase that opens a sentence, when it names a source: the shared
/// subject of coordinated verbs ("Secretary of State Marco Rubio, in 2021,
/// pushed legislation ... and called ...").
fn sentence_subject(text: &str, span: Span, quotes: &[Span]) -> Option<Span> {
    let ws = words::words(text, span, quotes);
    let end = ws.iter().position(|w| w.ends_phrase)?;
    let phrase = Span::new(ws.first()?.span.start, ws[end].span.end);
    let class = source::classify(text, phrase).class;
    (end < 8 && matches!(class, SourceClass::Named | SourceClass::Official)).then_some(phrase)
}

/// "... and called": the cue's verb is coordinated with an earlier one.
fn coordinated(text: &str, floor: usize, cue: Span, quotes: &[Span]) -> bool {
    let ws = words::words(text, Span::new(floor, cue.start), quotes);
    ws.last().is_some_and(|w| w.is(text, "and") || w.is(text, "or") || w.is(text, "but"))
}

fn opens_inverted(text: &str, start: usize, cue: Span) -> bool {
    let before = text[start..cue.start].trim_end();
    before.is_empty() || before.ends_with([',', ':', ';']) || before.ends_with(crate::text::is_close_double_quote)
}

/// "said in the message": the document a source spoke in.
fn document_after(text: &str, cue: Span, end: usize) -> Option<Span> {
    let ws = words::words(text, Span::new(cue.end, end), &[]);
    let mut it = ws.iter().take(5);
    while let Some(w) = it.next() {
        if w.is(text, "in") {
            let det = it.next()?;
            if !matches!(det.of(text).to_ascii_lowercase().as_str(), "a" | "an" | "the" | "his" | "her" | "their" | "its" | "one") {
                return None;
            }
            let noun = it.next()?;
            let classed = source::classify(text, noun.span);
            return matches!(classed.class, SourceClass::Document { .. }).then_some(noun.span);
        }
    }
    None
}

/// The nearest person named or pronoun before `within`'s end: the speaker of
/// "he made accusations that" or "by saying".
fn nearest_person(text: &str, within: Span, quotes: &[Span]) -> Option<Span> {
    let ws = words::words(text, within, quotes);
    ws.iter().rev().find_map(|w| {
        let s = w.of(text);
        let pronoun = source::PRONOUNS.iter().any(|p| p.eq_ignore_ascii_case(s)) && !s.eq_ignore_ascii_case("it");
        let name = w.is_capitalized(text)
            && s.chars().any(char::is_lowercase)
            && !source::is_time_word(s)
            && source::classify(text, w.span).class == SourceClass::Named;
        (pronoun || name).then_some(w.span)
    })
}

/// Turns a classed source into a kind, following back-references.
/// Returns the kind and whether the source is a person or group of people.
fn resolve(
    text: &str,
    src: Span,
    classed: Classed,
    sentence: Span,
    quotes: &[Span],
    memory: &Memory,
    reasons: &mut Vec<Reason>,
) -> (AttributionKind, bool, Option<Span>) {
    let words_of = quoted(text, classed.trigger);
    match classed.class {
        SourceClass::Official => {
            let why = match classed.rule {
                "spokesperson" => format!("{words_of}: a spokesperson speaks for an institution"),
                "country-or-capital" => format!("{words_of} stands for its government"),
                _ => format!("{words_of} is an institution speaking as such"),
            };
            reasons.push(Reason::new(classed.rule, why, Some(classed.trigger)));
            (AttributionKind::Official, false, None)
        }
        SourceClass::Named => {
            let why = match classed.rule {
                "named-body" => format!("{words_of} is a named outlet or organisation"),
                _ => format!("{words_of} names the source"),
            };
            reasons.push(Reason::new(classed.rule, why, Some(classed.trigger)));
            (AttributionKind::Named, classed.rule == "person-name", None)
        }
        SourceClass::Anonymous => {
            reasons.push(Reason::new(
                classed.rule,
                format!("{} does not identify the source", quoted(text, src)),
                Some(src),
            ));
            (AttributionKind::Anonymous, true, None)
        }
        SourceClass::Pronoun => {
            let it = src.of(text).eq_ignore_ascii_case("it");
            // A person named earlier in the same sentence ("After Khalilzad ... he said").
            if !it {
                if let Some(name) = nearest_person(text, Span::new(sentence.start, src.start), quotes) {
                    if source::classify(text, name).class == SourceClass::Named {
                        reasons.push(Reason::new(
                            "pronoun",
                            format!("{} refers to {} named before it", quoted(text, src), quoted(text, name)),
                            Some(src),
                        ));
                        return (AttributionKind::Named, true, Some(name));
                    }
                }
            }
            let earlier = memory.sources.iter().rev().find(|r| if it { !r.person } else { r.person });
            match earlier {
                Some(r) => {
                    reasons.push(Reason::new(
                        "pronoun",
                        format!("{} refers back to {}", quoted(text, src), quoted(text, r.source)),
                        Some(r.source),
                    ));
                    (r.kind, r.person, Some(r.source))
                }
                None => {
                    reasons.push(Reason::new(
                        "unresolved-pronoun",
                        format!("{} refers to no source named earlier", quoted(text, src)),
                        Some(src),
                    ));
                    (AttributionKind::Anonymous, true, None)
                }
            }
        }
        SourceClass::Document { formal } => {
            let head = classed.trigger.of(text);
            let author = memory.sources.iter().rev().find(|r| {
                r.document.is_some_and(|d| d.of(text).eq_ignore_ascii_case(head))
                    || r.source.of(text).to_lowercase().contains(&head.to_lowercase())
            });
            match author {
                Some(r) => {
                    reasons.push(Reason::new(
                        "document-author",
                        format!("{} takes the kind of its author, {}", quoted(text, src), quoted(text, r.source)),
                        Some(r.source),
                    ));
                    (r.kind, false, None)
                }
                None if formal => {
                    reasons.push(Reason::new(
                        "formal-document",
                        format!("{words_of} is issued publicly by an institution"),
                        Some(classed.trigger),
                    ));
                    (AttributionKind::Official, false, None)
                }
                None => {
                    reasons.push(Reason::new(
                        "document-unknown-author",
                        format!("{} has no identified author", quoted(text, src)),
                        Some(src),
                    ));
                    (AttributionKind::Anonymous, false, None)
                }
            }
        }
        SourceClass::Definite => {
            // "the source", "the leader", "the ex-U.S. envoy": an earlier source
            // with the same head word, or a person the article names by that role.
            let head = classed.trigger.of(text).rsplit(['-', ' ']).next().unwrap_or("").to_lowercase();
            let head = head.trim_end_matches('s').to_string();
            let earlier = memory
                .sources
                .iter()
                .rev()
                .find(|r| !head.is_empty() && r.source.of(text).to_lowercase().contains(&head));
            if let Some(r) = earlier {
                reasons.push(Reason::new(
                    "back-reference",
                    format!("{} refers back to {}", quoted(text, src), quoted(text, r.source)),
                    Some(r.source),
                ));
                return (r.kind, r.person, None);
            }
            if let Some(name) = named_by_role(text, memory.body, &head) {
                reasons.push(Reason::new(
                    "identified-elsewhere",
                    format!("{} is identified elsewhere in the article as {}", quoted(text, src), quoted(text, name)),
                    Some(name),
                ));
                return (AttributionKind::Named, true, None);
            }
            reasons.push(Reason::new(
                "unidentified",
                format!("{} does not identify the source", quoted(text, src)),
                Some(src),
            ));
            (AttributionKind::Anonymous, true, None)
        }
    }
}

/// A person the article introduces by a role ("Ex-envoy Zalmay Khalilzad",
/// "diplomat Zalmay Khalilzad"): the name right after the role word.
fn named_by_role(text: &str, body: Span, head: &str) -> Option<Span> {
    if head.len() < 3 || !source::is_role(head) {
        return None;
    }
    let ws = words::words(text, body, &[]);
    for (i, w) in ws.iter().enumerate() {
        let lower = w.of(text).to_lowercase();
        if !(lower == head || lower.ends_with(&format!("-{head}"))) || w.ends_phrase {
            continue;
        }
        let name: Vec<&words::Word> = ws[i + 1..]
            .iter()
            .take(3)
            .take_while(|n| n.is_capitalized(text) && n.of(text).chars().any(char::is_lowercase))
            .collect();
        if name.len() >= 2 {
            return Some(Span::new(name[0].span.start, name[name.len() - 1].span.end));
        }
    }
    None
}
