//! Attribution: who stands behind a claim, as the article presents it.
//!
//! See ../shared/LABELS.md, "Attribution kind".

use crate::lexicon::List;
use crate::rule::RuleId;
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
    /// The kind of the source itself: `kind`, unless a formal channel made
    /// this one claim official (LABELS.md rule 1), when it is the kind the
    /// source has everywhere else ("Premier Jo Marsh announced" is official,
    /// her press-conference remarks stay named).
    pub base: AttributionKind,
    pub source: Option<Span>,
    pub cue: Option<Span>,
    pub quote: Option<Span>,
    pub reasons: Vec<Reason>,
}

impl Attribution {
    pub fn unattributed() -> Self {
        Attribution {
            kind: AttributionKind::Unattributed,
            base: AttributionKind::Unattributed,
            source: None,
            cue: None,
            quote: None,
            reasons: Vec::new(),
        }
    }
}

mod acronyms;
mod anonymity;
mod antecedent;
mod apposed;
mod bodies;
pub mod carry;
mod citing;
mod company;
mod crown;
mod cue;
mod described_private;
mod industry;
pub mod interview;
mod mute;
mod named_before;
mod nobody;
mod number;
mod officer;
mod portfolio;
mod private;
mod quote;
mod records;
pub mod release;
mod research;
mod rulings;
mod source;
#[cfg(test)]
pub(crate) mod testing;
mod units;
mod unnamed;
pub(crate) mod words;

/// Compiles every attribution pattern now rather than on first use (see
/// [`crate::warm`]).
pub(crate) fn warm() {
    cue::warm();
    interview::warm();
}

pub use cue::{Cue, CueKind};
pub use quote::Quote;
pub(crate) use source::is_acronym;
pub use source::{is_document_word, is_formal_document, source_type};
pub use words::without_possessive;

use std::cell::{OnceCell, RefCell};

use source::{Classed, SourceClass};

/// The most cues of one sentence the attribution weighs: each is read
/// against the words around it. Real sentences have a few; a run of
/// hundreds ("he said, she said, ...") is not prose.
const MOST_CUES: usize = 12;

/// Finds the cues of a sentence, outside its quotations, once for all the
/// clauses [`find`] looks at: the first [`MOST_CUES`] of them.
pub fn cues(text: &str, sentence: Span, quotes: &[Span]) -> Vec<Cue> {
    let mut cues = cue::find(text, sentence, crate::span::overlapping(quotes, sentence));
    cues.truncate(MOST_CUES);
    cues
}

/// Finds the quotations of the body paragraphs.
pub fn quotes(text: &str, paragraphs: &[Span]) -> Vec<Quote> {
    quote::find(text, paragraphs)
}

/// A source the article has introduced, remembered for back-references
/// ("he added", "the source said", "the message said").
#[derive(Clone, Debug)]
struct Remembered {
    source: Span,
    /// The source's own kind, whatever channel it spoke through: what a
    /// pronoun or a back-reference to it takes.
    kind: AttributionKind,
    /// The kind of the claim it stood behind, a formal channel included:
    /// what a document it spoke in takes ("the statement said").
    said: AttributionKind,
    /// The source is a person or group of people (not an institution or document).
    person: bool,
    /// A document the source spoke in ("said in the message"): its head word.
    document: Option<Span>,
}

/// How many recent sources a back-reference looks through: "he added"
/// refers to someone named lately, not fifty paragraphs ago, and the bound
/// keeps the analysis linear in the article's length.
const LOOKBACK: usize = 48;

/// What one article has said so far: its sources, for back-references.
#[derive(Clone, Debug, Default)]
pub struct Memory {
    sources: Vec<Remembered>,
    /// The article's body, to find people it introduces by role.
    body: Span,
    /// The names and roles of the body, built on first use.
    known: OnceCell<Known>,
    /// Each source span classified so far: the pronoun rules classify the
    /// same names again for every pronoun that looks back over them.
    classified: RefCell<rustc_hash::FxHashMap<Span, Classed>>,
    /// The label that makes the article a press release ("Media
    /// release"): its quoted people speak through it ([`release`]).
    release: Option<Span>,
}

/// How many classified spans a [`Memory`] keeps before it starts afresh.
const MOST_REMEMBERED_CLASSES: usize = 1024;

/// What one pass over an article's body learns about its people.
#[derive(Clone, Debug, Default)]
struct Known {
    /// Role word -> the name it introduces ("envoy" -> "Zalmay Khalilzad").
    roles: crate::lexicon::Map<Span>,
    /// Words the body capitalises mid-sentence: names, not sentence capitals.
    names: crate::lexicon::Set,
    /// The first words of the names the body shows to be companies
    /// ([`company`]).
    companies: crate::lexicon::Set,
    /// The surnames the body gives a judge's title ("U.S. District Judge
    /// Felicia Morrow" -> "Morrow"): "Morrow had found that ..." is the
    /// judge deciding ([`rulings`]).
    judges: crate::lexicon::Set,
    /// The surnames the body gives a private person's representative ("His
    /// attorney, Rachel Sobczak" -> "Sobczak"): "Sobczak declined to say"
    /// is no formal channel ([`private`]).
    representatives: crate::lexicon::Set,
    /// The surnames the body gives a private person introduced by what
    /// they do ("grazier Margaret Dunphy" -> "Dunphy"): "Mrs Dunphy
    /// declined to say" is no formal channel ([`private`]).
    private_people: crate::lexicon::Set,
    /// The surnames the body gives counsel for the Crown ("Prosecuting,
    /// Emma Walsh" -> "Walsh"): "Miss Walsh said" is said in court for
    /// the state ([`crown`]).
    crown: crate::lexicon::Set,
    /// The surnames the body writes after a first name or an honorific
    /// ("Dean Hollis" -> "Hollis"): a one-word name a pronoun may mean
    /// ([`antecedent`]).
    surnames: crate::lexicon::Set,
}

/// The most bytes of an article [`Known::of`] reads into one word list: a
/// long text is read in parts that end at a line break, so that its words
/// are never all in memory at once (a 10 MB paste made a 30 MB list).
const KNOWN_PART_BYTES: usize = 64 * 1024;

impl Known {
    fn of(text: &str, body: Span) -> Self {
        let mut known = Known::default();
        let mut start = body.start;
        while start < body.end {
            let end = match start.checked_add(KNOWN_PART_BYTES) {
                Some(at) if at < body.end => text.as_bytes()[at..body.end]
                    .iter()
                    .position(|&b| b == b'\n')
                    .map_or(body.end, |n| at + n),
                _ => body.end,
            };
            known.read(text, Span::new(start, end));
            start = end;
        }
        known
    }

    /// Learns the names, roles and companies of the words of `part`.
    fn read(&mut self, text: &str, part: Span) {
        let ws = words::words(text, part, &[]);
        for (i, w) in ws.iter().enumerate() {
            // A word capitalised only inside a body's name is no name of
            // its own: "Graziers" in "The Northern Graziers Association"
            // leaves "Graziers fear ..." unnamed people. ("Solís" in "Ana
            // Solís Ramírez" is a name all the same.)
            let inside_a_name = i > 0
                && !ws[i - 1].ends_phrase
                && ws[i - 1].is_capitalized(text)
                && body_name_goes_on(text, &ws[i..]);
            if let Some(surname) = antecedent::surname_of_full_name(text, &ws, i) {
                if !self.surnames.contains(surname) {
                    self.surnames.insert(surname.to_string());
                }
            }
            if w.is_capitalized(text)
                && !inside_a_name
                && !source::opens_sentence(text, w.span.start)
            {
                let name = words::without_possessive(w.of(text));
                if !self.names.contains(name) {
                    self.names.insert(name.to_string());
                }
            }
        }
        for (i, w) in ws.iter().enumerate() {
            // "His attorney, Rachel Sobczak": the role word ends its phrase.
            if let Some(surname) = private::introduced(text, &ws, i) {
                if !self.representatives.contains(surname) {
                    self.representatives.insert(surname.to_string());
                }
            }
            if let Some(surname) = private::person_introduced(text, &ws, i)
                .or_else(|| described_private::introduced(text, &ws, i))
            {
                if !self.private_people.contains(surname) {
                    self.private_people.insert(surname.to_string());
                }
            }
            if let Some(surname) = crown::introduced(text, &ws, i) {
                if !self.crown.contains(surname) {
                    self.crown.insert(surname.to_string());
                }
            }
            if w.ends_phrase {
                continue;
            }
            if let Some(surname) = rulings::titled_surname(text, &ws[i..]) {
                if !self.judges.contains(surname) {
                    self.judges.insert(surname.to_string());
                }
            }

            // The role is the word, or its part after a hyphen ("ex-envoy"):
            // its entry in the word lists, in any case, names it in lower case.
            // (The last hyphen found by its byte: `str::rfind` builds a
            // character searcher for each word, 1.9 M instructions on the
            // bench's 100 KB; a UTF-8 continuation byte is never b'-'.)
            let word = w.of(text);
            let lexeme = match word.bytes().rposition(|b| b == b'-') {
                Some(i) => crate::lexicon::Lexeme::of(&word[i + 1..]),
                None => w.lexeme,
            };
            let Some(role) = lexeme
                .lower()
                .filter(|_| lexeme.is_in(crate::lexicon::List::Roles))
            else {
                continue;
            };
            let name: Vec<&words::Word> = ws[i + 1..]
                .iter()
                .take(3)
                .take_while(|n| n.is_capitalized(text) && n.has_lowercase())
                .collect();
            if let [first, .., last] = name.as_slice() {
                self.roles
                    .entry(role.to_string())
                    .or_insert(Span::new(first.span.start, last.span.end));
            }
        }
        self.companies.extend(company::names(text, &ws));
    }
}

/// Whether the capitalised run that `ws` opens goes on to end in a body's
/// word: "Graziers Association", "Health Research Institute".
fn body_name_goes_on(text: &str, ws: &[words::Word]) -> bool {
    let mut last = None;
    for (k, w) in ws.iter().enumerate() {
        if !w.is_capitalized(text) {
            break;
        }
        last = Some(k);
        if w.ends_phrase {
            break;
        }
    }
    last.filter(|&k| k > 0).is_some_and(|k| {
        ws[k].is_in(crate::lexicon::List::NamedBodies)
            || ws[k].is_in(crate::lexicon::List::Institutions)
    })
}

impl Memory {
    pub fn new(body: Span) -> Self {
        Memory {
            sources: Vec::new(),
            body,
            known: OnceCell::new(),
            classified: RefCell::default(),
            release: None,
        }
    }

    /// The article is a press release, labelled so by `label` above its
    /// body ([`release::label`]).
    pub fn in_release(mut self, label: Option<Span>) -> Self {
        self.release = label;
        self
    }

    fn known(&self, text: &str) -> &Known {
        self.known.get_or_init(|| Known::of(text, self.body))
    }

    /// Whether the article writes `word` capitalised in the middle of a
    /// sentence somewhere: then it is a name even where it opens one.
    fn is_known_name(&self, text: &str, word: &str) -> bool {
        self.known(text)
            .names
            .contains(words::without_possessive(word))
    }

    /// Whether the name `trigger` is one the article shows to be a
    /// company's ("Korvo", "Kestrel Semiconductor"), not a person's at one
    /// ("Lumora's chief executive Ines Varga").
    fn is_company(&self, text: &str, trigger: Span) -> bool {
        let ws = words::words(text, trigger, &[]);
        let companies = &self.known(text).companies;
        ws.first().is_some_and(|w| {
            companies.contains(&*crate::token::lower(words::without_possessive(w.of(text))))
        }) && ws
            .iter()
            .all(|w| words::without_possessive(w.of(text)).len() == w.of(text).len())
    }

    /// Whether the bare name at `source` ("Lui") is the surname of a
    /// recent source that is an institution's counsel ("Counsel for the
    /// board, Ambrose Lui SC").
    fn counsel_before(&self, text: &str, source: Span) -> bool {
        let Some(surname) = words::bare_surname(text, &words::words(text, source, &[]), 2) else {
            return false;
        };
        self.recent().any(|r| {
            r.source != source
                && self
                    .classified
                    .borrow()
                    .get(&r.source)
                    .is_some_and(|c| c.rule == RuleId::InstitutionCounsel)
                && words::names_surname(text, r.source, surname)
        })
    }

    /// Whether the article shows the name `word` to be a company's.
    fn is_company_name(&self, text: &str, word: &str) -> bool {
        self.known(text)
            .companies
            .contains(&*crate::token::lower(word))
    }

    /// Classifies a source's words with what the article knows of names.
    fn classify(&self, text: &str, source: Span) -> Classed {
        if let Some(&classed) = self.classified.borrow().get(&source) {
            return classed;
        }
        let mut classed = source::classify(text, source, &|w| self.is_known_name(text, w));
        if classed.class == SourceClass::Named
            && classed.rule == RuleId::PersonName
            && self.is_company(text, classed.trigger)
        {
            classed = Classed {
                class: SourceClass::Official,
                rule: RuleId::Company,
                trigger: classed.trigger,
            };
        } else if classed.class == SourceClass::Named
            && classed.rule == RuleId::PersonName
            && self.counsel_before(text, source)
        {
            // "Lui told the court" after "Counsel for the board, Ambrose Lui
            // SC,": the institution's counsel still (see
            // [`source::classify`]'s institution counsel).
            classed = Classed {
                class: SourceClass::Official,
                rule: RuleId::InstitutionCounsel,
                trigger: classed.trigger,
            };
        } else if classed.class == SourceClass::Named
            && classed.rule == RuleId::DocumentAuthor
            && self.is_company(text, classed.trigger)
            && words::words(text, classed.trigger, &[])
                .iter()
                .skip(1)
                .all(|w| w.is_in(List::CompanyNameHeads) || w.is_in(List::CompanySuffixes))
        {
            // "Nimbra's status page", "Vantor Systems' filing": a company's
            // document is the company's, official, as the company's name
            // is; "the Lahore School of Public Health" is no company's name.
            classed.class = SourceClass::Official;
        }
        if matches!(
            (classed.class, classed.rule),
            (
                SourceClass::Anonymous,
                RuleId::Unidentified | RuleId::UnnamedPeople
            ) | (SourceClass::Named, RuleId::PersonName)
        ) {
            // "Gilroy's partner", "his widow": one person the reader can
            // tell, by their tie to a private person (see [`private`]),
            // and not the person named in the possessive.
            let is_person =
                |name: &str| self.is_known_name(text, name) && !self.is_company_name(text, name);
            // "His attorney, Rachel Sobczak" is named by her own name.
            let own_name = classed.rule == RuleId::PersonName;
            if let Some(tie) = private::relation(text, source, &is_person)
                .filter(|tie| !own_name || classed.trigger.end <= tie.end)
            {
                classed = Classed {
                    class: SourceClass::Named,
                    rule: RuleId::PrivateRelation,
                    trigger: tie,
                };
            }
        }
        let mut classified = self.classified.borrow_mut();
        // A long article's sources would fill it: the pronoun rules look
        // back only so far, so starting afresh loses little.
        if classified.len() >= MOST_REMEMBERED_CLASSES {
            classified.clear();
        }
        classified.insert(source, classed);
        classed
    }

    /// The most recent sources, newest first.
    fn recent(&self) -> impl Iterator<Item = &Remembered> {
        self.sources.iter().rev().take(LOOKBACK)
    }

    /// A person the article introduces by a role ("Ex-envoy Zalmay
    /// Khalilzad", "diplomat Zalmay Khalilzad"): the name right after it.
    fn named_by_role(&self, text: &str, head: &str) -> Option<Span> {
        self.known(text).roles.get(head).copied()
    }

    /// Whether the source words at `source` are a judge's bare name that
    /// the article gives a judge's title elsewhere ("Ortega", "Judge
    /// Ortega's" aside): the name before any comma, of at most three
    /// capitalised words, ending in a known judge's surname.
    /// Whether `source` is a bare name (at most three capitalised words)
    /// ending in the surname of a private person's representative the
    /// article introduced ("His attorney, Rachel Sobczak, ... Sobczak").
    fn is_representative(&self, text: &str, source: Span) -> bool {
        let ws = words::words(text, source, &[]);
        match ws.last() {
            Some(last) if ws.len() <= 3 && ws.iter().all(|w| w.is_capitalized(text)) => self
                .known(text)
                .representatives
                .contains(words::without_possessive(last.of(text))),
            _ => false,
        }
    }

    fn is_judge(&self, text: &str, source: Span) -> bool {
        self.surname_in(text, source, &self.known(text).judges)
    }

    /// Whether `source` is a private person by name (see
    /// [`private::person_introduced`]).
    fn is_private_person(&self, text: &str, source: Span) -> bool {
        let set = &self.known(text).private_people;
        self.surname_in(text, source, set)
            || private::introduced_in(text, source).is_some_and(|surname| set.contains(surname))
    }

    /// Whether `source` is counsel for the Crown by name (see [`crown`]).
    fn is_crown(&self, text: &str, source: Span) -> bool {
        self.surname_in(text, source, &self.known(text).crown)
    }

    /// Whether the last source spoke through a formal channel and `is_it`
    /// says it is one of a kind ("a judge"): "the judge said" after the
    /// judge spoke from the bench goes on from the bench.
    fn last_spoke_on_record(&self, is_it: &dyn Fn(Span) -> bool) -> bool {
        self.sources
            .last()
            .is_some_and(|last| last.said == AttributionKind::Official && is_it(last.source))
    }

    /// Whether the name that opens `source` (up to three capitalised words)
    /// ends in a surname of `set`.
    fn surname_in(&self, text: &str, source: Span, set: &crate::lexicon::Set) -> bool {
        let ws = words::words(text, source, &[]);
        let end = ws
            .iter()
            .position(|w| w.ends_phrase)
            .map_or(ws.len(), |k| k + 1);
        words::bare_surname(text, &ws[..end], 3).is_some_and(|surname| set.contains(surname))
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
    /// The source lies inside the words an earlier speaker of the same
    /// clause reports ("Ana Ruiz told reporters that the ministry expects
    /// ..."): what the claim's speaker says about it, not who speaks.
    pub reported: bool,
    /// The cue is an "according to".
    according: bool,
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
///
/// `cues` are the cues of the sentence `span` lies in (see [`cues`]); only
/// those inside `span` count.
pub fn find(text: &str, span: Span, cues: &[Cue], quotes: &[Span], memory: &Memory) -> Vec<Found> {
    let quotes = crate::span::overlapping(quotes, span);
    let cues = cues.iter().filter(|c| span.contains(c.span)).copied();
    let mut found: Vec<Found> = Vec::new();
    let mut floor = span.start;
    // Where the words of the clause's first speaker begin: the end of a
    // verb of saying or thinking whose subject comes before it.
    let mut speech: Option<usize> = None;
    for c in cues {
        let (local, inverted) = match c.kind {
            CueKind::According => {
                // "According to county officials, the warehouse held ...": a
                // fronted "according to" names its source up to the comma.
                let fronted = text[span.start..c.span.start].trim().is_empty();
                // The source is read up to that comma, so that the clause
                // after it does not count against the source's length
                // ("According to documents posted by the National Highway
                // Traffic Safety Administration on Friday, the recall
                // covers ...": #14, attr31).
                let end = match text[c.span.end..span.end].find(',') {
                    Some(k) if fronted => c.span.end + k,
                    _ => span.end,
                };
                let source = source::after(text, c.span, end, quotes);
                let source = match source {
                    Some(s) if fronted => s.of(text).find(',').map_or(Some(s), |cut| {
                        Some(Span::new(s.start, s.start + cut)).filter(|s| !s.is_empty())
                    }),
                    other => other,
                };
                // "with the club citing a minor hamstring problem": a
                // reason, whoever cites it is the source (see [`citing`]).
                let classify = |s: Span| {
                    let c = memory.classify(text, s);
                    (c.class, c.rule)
                };
                if citing::gives_reason(text, c.span, source, &classify) {
                    let before_cue = text[span.start..c.span.start].trim_end();
                    // A fronted "Citing X, the bank projected ...", or ", citing"
                    // after a source already found: the clause's own verb speaks.
                    if before_cue.is_empty() || (before_cue.ends_with(',') && !found.is_empty()) {
                        continue;
                    }
                    let within = Span::new(span.start, c.span.start);
                    let subject = if before_cue.ends_with(',') {
                        first_person(text, within, quotes, memory)
                    } else {
                        // "with the club citing": the club.
                        source::before(text, floor, c.span, quotes).map(|s| {
                            match words::words(text, s, quotes).as_slice() {
                                [with, next, ..] if with.is(text, "with") => {
                                    Span::new(next.span.start, s.end)
                                }
                                _ => s,
                            }
                        })
                    };
                    (subject, false)
                } else {
                    (source, true)
                }
            }
            CueKind::Vague => (None, false),
            CueKind::Noun => {
                // ", warning that ...": a noun of saying that is also a
                // participle after a comma goes on the clause's subject.
                let within = Span::new(span.start, c.span.start);
                let participle = within.of(text).trim_end().ends_with(',')
                    && crate::token::pieces(c.span.of(text))
                        .next()
                        .is_some_and(|w| w.ends_with("ing"));
                let speaker = if participle {
                    first_person(text, within, quotes, memory)
                } else {
                    nearest_person(text, within, quotes, memory)
                };
                (speaker, false)
            }
            CueKind::Verb | CueKind::Belief | CueKind::Refusal => {
                // ", adding", "by saying" continue the speaker before them; "is
                // calling for" is an ordinary verb with its own subject.
                let before_cue = text[span.start..c.span.start].trim_end();
                let is_participle = crate::token::pieces(c.span.of(text))
                    .next()
                    .is_some_and(|w| w.ends_with("ing"))
                    && (before_cue.is_empty()
                        || before_cue.ends_with(',')
                        || before_cue.ends_with(" by"));
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
                        // "He kept a buy rating on the shares, arguing
                        // that ...": the participle's speaker is the
                        // clause's subject, the first person it names.
                        None => (
                            first_person(text, Span::new(span.start, c.span.start), quotes, memory),
                            false,
                        ),
                    }
                } else {
                    match source::before(text, floor, c.span, quotes) {
                        Some(s) => (Some(s), false),
                        None if coordinated(text, floor, c.span, quotes) => {
                            (sentence_subject(text, span, quotes, memory), false)
                        }
                        // "Asked on Monday whether he had the votes, Whitcombe
                        // laughed": a fronted participle of asking, whose
                        // subject is the main clause's, after the comma.
                        None if fronted_asking(text, span.start, c.span) => (
                            text[c.span.end..span.end].find(',').and_then(|comma| {
                                let after = Span::new(c.span.end + comma + 1, span.end);
                                first_person(text, after, quotes, memory)
                            }),
                            true,
                        ),
                        // Inverted order only right after a comma or a quotation,
                        // or at the start: "..., said Jane Ruiz", "Said the envoy: ...".
                        // A belief is never inverted: ", worried Tokyo" has
                        // Tokyo as its object.
                        None if c.kind != CueKind::Belief
                            && opens_inverted(text, span.start, c.span) =>
                        {
                            (source::after(text, c.span, span.end, quotes), true)
                        }
                        None => (None, false),
                    }
                }
            }
        };
        // "Nobody answered", "no one asked": nobody spoke (see [`nobody`]).
        // "Neither government responded to requests for comment": each of
        // them refused on the record (see [`nobody::each_refused`]).
        if local.is_some_and(|s| {
            nobody::says_nobody(text, s)
                && !(c.kind == CueKind::Refusal && nobody::each_refused(text, s))
        }) {
            continue;
        }
        // A cue with no subject of its own ("Bennett, who said little during
        // the debate, told ...") leaves the words before it to the next cue.
        if local.is_some() || c.kind == CueKind::Vague {
            floor = c.span.end;
        }
        let reported = match local {
            Some(s) if !inverted => speech.is_some_and(|from| within_speech(text, from, s.start)),
            _ => false,
        };
        if local.is_some_and(|s| s.end <= c.span.start)
            && matches!(c.kind, CueKind::Verb | CueKind::Belief | CueKind::Noun)
            && speech.is_none()
        {
            speech = Some(c.span.end);
        }
        // "It is understood the government will ask Canberra ...": a vague
        // cue opening the clause has no speaker either, but what follows is
        // what it reports all the same.
        if c.kind == CueKind::Vague
            && speech.is_none()
            && text[span.start..c.span.start].trim().is_empty()
        {
            speech = Some(c.span.end);
        }
        let mut reasons = Vec::new();
        let mut person = false;
        let mut goes_on = false;
        let mut document = None;
        let mut source = local;
        let kind = match (c.kind, local) {
            (CueKind::Vague, _) => {
                reasons.push(Reason::new(
                    RuleId::VagueAttribution,
                    format!(
                        "{} attributes the claim to no one the reader can identify",
                        quoted(text, c.span)
                    ),
                    Some(c.span),
                ));
                AttributionKind::Anonymous
            }
            (_, None) => continue,
            (_, Some(src)) => {
                let classed = memory.classify(text, src);
                let (kind, resolved_person, antecedent) =
                    resolve(text, src, classed, span, quotes, memory, &mut reasons);
                person = resolved_person;
                // A pronoun's sentence takes the source it refers to (LABELS.md).
                if let Some(a) = antecedent {
                    source = Some(a);
                }
                if classed.class == SourceClass::Pronoun {
                    goes_on = goes_on_through_channel(text, src, antecedent, memory, &mut reasons);
                }
                kind
            }
        };
        let base = kind;
        let mut kind = kind;
        if goes_on {
            kind = AttributionKind::Official;
        }
        // Formal channels: an institution, office-holder or spokesperson
        // speaking on the record.
        let channel = c.channel.or(if c.kind == CueKind::Refusal {
            Some(c.span)
        } else {
            None
        });
        // A press release quotes its people on the record (see [`release`]).
        let channel = channel.or(memory
            .release
            .filter(|_| person && kind == AttributionKind::Named));
        // Whether the channel is counsel for the Crown telling the court:
        // its reason says so rather than naming a channel.
        let mut crown_counsel = false;
        // A judge's or coroner's decision is the court's, and so are the
        // opinion a judge writes and what a judge tells the court from the
        // bench (see [`rulings`]).
        let channel = channel.or_else(|| {
            let speaks = matches!(c.kind, CueKind::Verb | CueKind::Belief);
            let judge = |s: Span| rulings::presides(text, s) || memory.is_judge(text, s);
            let ruling = source.filter(|&s| {
                speaks
                    && cue::decides(text, c.span)
                    && rulings::in_the_ruling(text, c.span, span.end)
                    && judge(s)
            });
            // Whether the cue may be said in court, and from the bench: one
            // reading of the clause's words for both.
            let (in_court, from_the_bench) = if speaks {
                rulings::in_court_and_from_the_bench(text, c.span, span, quotes)
            } else {
                (false, false)
            };
            // The judge's own words, not a pronoun's: "she said" after a
            // judge's speech is the judge in person.
            let bench = local.filter(|&s| from_the_bench && judge(s));
            // "the judge said" closing the words the judge spoke from the
            // bench just before; a prosecutor in court (see [`crown`]).
            let goes_on = local.filter(|&s| {
                in_court && judge(s) && memory.last_spoke_on_record(&|last| judge(last))
            });
            let crown = local.filter(|&s| in_court && memory.is_crown(text, s));
            let court = ruling.or(bench).or(goes_on);
            crown_counsel = court.is_none() && crown.is_some();
            court.or(crown).map(|_| c.span)
        });
        // A company's officer through the company's own channel: an
        // earnings call, a post or video on its site (see [`officer`]).
        let channel = channel.or_else(|| {
            let src =
                source.filter(|_| person && matches!(c.kind, CueKind::Verb | CueKind::Belief))?;
            // "Its chief executive": the body cited just before is the
            // officer's, and only an official one has formal channels.
            // "executive director of Human Rights Watch": the body named
            // after the title must be official too.
            let owner_official = match officer::owner(text, src) {
                Some(body) => memory.classify(text, body).class == SourceClass::Official,
                None => {
                    !officer::owned_by_pronoun(text, src)
                        || memory
                            .recent()
                            .find(|r| !r.person)
                            .is_some_and(|r| r.kind == AttributionKind::Official)
                }
            };
            let titled = officer::holds_title(text, src)
                || officer::titled_before(text, src, memory.recent().map(|r| r.source));
            let titled = titled && owner_official;
            titled
                .then(|| officer::channel(text, span, c.span, quotes))
                .flatten()
        });
        // A named outlet, NGO or think tank stays named through any channel:
        // only institutions, office-holders and spokespeople become official
        // by speaking on the record (LABELS.md).
        let named_body = reasons.iter().any(|r| r.rule == RuleId::NamedBody);
        // A private person's publicist or lawyer: no formal channel either.
        let representative = match (channel, source) {
            (Some(_), Some(src)) if kind == AttributionKind::Named => {
                private::representative(text, src, &|name| memory.is_company_name(text, name))
                    .or_else(|| memory.is_representative(text, src).then_some(src))
                    .or_else(|| {
                        channel
                            .filter(|&ch| private::released_through(text, ch, span.end))
                            .map(|_| src)
                    })
            }
            _ => None,
        };
        if let (Some(ch), Some(rep)) = (channel, representative) {
            reasons.push(Reason::new(
                RuleId::PrivateRepresentative,
                format!(
                    "{} speaks for a private person: {} is no formal channel for them",
                    quoted(text, rep),
                    quoted(text, ch)
                ),
                Some(rep),
            ));
        }
        // A private person the article introduced by what they do: a
        // refusal or a statement of theirs is no formal channel. (A press
        // release's channel is the issuer's, for everyone it quotes; see
        // [`release`].)
        let private_person = match (channel, source) {
            (Some(ch), Some(src))
                if kind == AttributionKind::Named
                    && (c.channel.is_some() || c.kind == CueKind::Refusal)
                    && representative.is_none()
                    && memory.is_private_person(text, src) =>
            {
                reasons.push(Reason::new(
                    RuleId::PrivatePerson,
                    format!(
                        "{} is a private person, introduced by what they do: {} is no formal channel for them",
                        quoted(text, src),
                        quoted(text, ch)
                    ),
                    Some(src),
                ));
                true
            }
            _ => false,
        };
        // An officer of a named body (see [`officer::body_of_post`]) speaks
        // in person: "Denise Alvarado, president of Freight Drivers Union
        // Local 823, ... slammed the deal in a statement". A union, NGO or
        // think tank stays named through any channel, and its officer holds
        // no office.
        let of_named_body = person
            && channel.is_some()
            && kind == AttributionKind::Named
            && source
                .and_then(|s| officer::body_of_post(text, s))
                .is_some_and(|body| memory.classify(text, body).rule == RuleId::NamedBody);
        // One known by a tie to a private person speaks in person too.
        let in_person = representative.is_some()
            || private_person
            || of_named_body
            || reasons.iter().any(|r| r.rule == RuleId::PrivateRelation);
        if let Some(ch) = channel.filter(|_| !in_person) {
            // Counsel for the Crown: the source prosecuting, and what it does.
            let crown = |source: Option<Span>| {
                Reason::new(
                    RuleId::CrownCounsel,
                    format!(
                        "{} prosecutes for the Crown ({} in court): counsel for the state speaking in court is official",
                        source.map_or_else(|| "the source".to_string(), |s| quoted(text, s)),
                        quoted(text, ch)
                    ),
                    source.or(Some(ch)),
                )
            };
            if matches!(kind, AttributionKind::Named | AttributionKind::Anonymous)
                && c.kind != CueKind::Vague
                && !named_body
            {
                kind = AttributionKind::Official;
                reasons.push(if crown_counsel {
                    crown(source)
                } else {
                    Reason::new(
                        RuleId::FormalChannel,
                        format!(
                            "{} is a formal channel: a source speaking on the record is official",
                            quoted(text, ch)
                        ),
                        Some(ch),
                    )
                });
            } else if kind == AttributionKind::Official
                // Once is enough: a pronoun's source may have brought it.
                && !reasons.iter().any(|r| r.rule.on_record())
            {
                reasons.push(if crown_counsel {
                    crown(source)
                } else {
                    Reason::new(
                        RuleId::FormalChannel,
                        format!("speaks through {}", quoted(text, ch)),
                        Some(ch),
                    )
                });
            }
        }
        if c.kind == CueKind::Verb {
            document = document_after(text, c.span, span.end, memory);
        }
        let cue_span = match c.channel {
            Some(ch) if ch.start >= c.span.end && ch.start - c.span.end <= 2 => {
                Span::new(c.span.start, ch.end)
            }
            _ => c.span,
        };
        let opens = match local {
            // "and on Monday the housing secretary told ...": a joining word
            // and a time may come before the source of a clause's own.
            Some(s) => {
                let ws = words::words(text, Span::new(span.start, s.start), quotes);
                let joined = usize::from(ws.len() > 1 && source::opens_clause(ws[0].of(text)));
                !inverted && ws.len() - source::time_opener(text, &ws[joined..]).min(ws.len()) <= 1
            }
            // "and now reports surfaced that ...": a vague cue opening the
            // clause; a vague passive governs its clause after a short
            // subject ("and heat waves are thought to be one cause").
            None => {
                let before = words::words(text, Span::new(span.start, c.span.start), quotes).len();
                let passive = c.kind == CueKind::Vague
                    && crate::token::pieces(c.span.of(text))
                        .next()
                        .is_some_and(|w| {
                            ["is", "are", "was", "were"]
                                .iter()
                                .any(|b| w.eq_ignore_ascii_case(b))
                        });
                before <= 2 || (passive && before <= 6)
            }
        };
        let trailing = local.is_some_and(|s| {
            let before_cue = text[span.start..c.span.start.min(s.start)].trim_end();
            // The words after are read only when the comma or quotation
            // before the cue asks.
            (before_cue.ends_with(',') || crate::text::ends_with_closing_quote(before_cue))
                && words::words(text, Span::new(s.end.max(c.span.end), span.end), quotes).len()
                    <= 12
        });
        reasons.insert(
            0,
            Reason::new(
                match c.kind {
                    CueKind::According => RuleId::AccordingTo,
                    CueKind::Vague => RuleId::VagueCue,
                    CueKind::Refusal => RuleId::RefusalOnRecord,
                    CueKind::Belief => RuleId::BeliefVerb,
                    CueKind::Noun => RuleId::SayingNoun,
                    CueKind::Verb => RuleId::VerbOfSaying,
                },
                format!("cue {}", quoted(text, cue_span)),
                Some(cue_span),
            ),
        );
        found.push(Found {
            attribution: Attribution {
                kind,
                base,
                source,
                cue: Some(cue_span),
                quote: None,
                reasons,
            },
            opens,
            trailing,
            reported,
            // Not "citing the ongoing litigation": a reason, not who speaks.
            according: c.kind == CueKind::According
                && crate::token::starts_with_ignore_case(c.span.of(text), "according"),
            person,
            document,
        });
    }
    found
}

/// Whether the pronoun `src`, referring to `antecedent`, goes on with a
/// claim its antecedent made through a formal channel just before: "In a
/// White House statement, President Obama condemned the test ... He said
/// ..." (LABELS.md: a pronoun's sentence takes the source of the sentence
/// that introduced it). The channel's reason is added; the source keeps
/// its own kind for every other claim.
fn goes_on_through_channel(
    text: &str,
    src: Span,
    antecedent: Option<Span>,
    memory: &Memory,
    reasons: &mut Vec<Reason>,
) -> bool {
    let Some(last) = memory.sources.last() else {
        return false;
    };
    if antecedent != Some(last.source)
        || last.said != AttributionKind::Official
        || last.kind == AttributionKind::Official
    {
        return false;
    }
    reasons.push(Reason::new(
        RuleId::FormalChannel,
        format!(
            "{} goes on with what {} said through a formal channel just before",
            quoted(text, src),
            quoted(text, last.source)
        ),
        Some(last.source),
    ));
    true
}

/// Whether a source at `to` opens the words of a speaker whose verb ends at
/// `from`: right after the verb ("said the agency fears"), or after a
/// "that" closing its audience and time ("told reporters on Monday that
/// the ministry expects"). A side clause with a speaker of its own ("what
/// the envoy called") or a joined clause is not the speaker's words.
fn within_speech(text: &str, from: usize, to: usize) -> bool {
    let Some(between) = text.get(from..to) else {
        return false;
    };
    if between.contains([';', ',']) {
        return false;
    }
    crate::token::pieces(between)
        .next_back()
        .is_none_or(|w| w.eq_ignore_ascii_case("that"))
}

/// The claim's attribution: of all found, the first kind that matches in
/// LABELS.md's order (official, named, anonymous).
/// Among equals, a trailing attribution (", the message said.") governs the
/// sentence and names its source. A source inside an earlier speaker's
/// words is what that speaker reports, and never outranks the speaker,
/// unless it is the trailing attribution that reports them in turn ("...
/// after a woman reported that ..., police said.").
///
/// A trailing "according to" (", according to a person with knowledge of
/// the memo.") outranks every cue before it: the earlier speaker is what
/// the sentence reports, and the reader has it from the source at its end
/// (LABELS.md: when a named person is what the claim is about rather than
/// who speaks, the attribution that reaches the reader decides).
pub fn strongest(found: &[Found]) -> Option<&Found> {
    found.iter().min_by_key(|f| {
        (
            f.reported && !f.trailing,
            !(f.trailing && f.according),
            rank(f.attribution.kind),
            !f.trailing,
        )
    })
}

/// Remembers the sources of an attributed claim for later back-references.
pub fn remember(memory: &mut Memory, found: &[Found]) {
    for f in found {
        if let Some(source) = f.attribution.source {
            memory.sources.push(Remembered {
                source,
                kind: f.attribution.base,
                said: f.attribution.kind,
                person: f.person,
                document: f.document,
            });
        }
    }
}

/// The phrase that opens a sentence, when it names a source: the shared
/// subject of coordinated verbs ("Secretary of State Marco Rubio, in 2021,
/// pushed legislation ... and called ...").
fn sentence_subject(text: &str, span: Span, quotes: &[Span], memory: &Memory) -> Option<Span> {
    let ws = words::words(text, span, quotes);
    let end = ws.iter().position(|w| w.ends_phrase)?;
    let phrase = Span::new(ws.first()?.span.start, ws[end].span.end);
    let class = memory.classify(text, phrase).class;
    (end < 8 && matches!(class, SourceClass::Named | SourceClass::Official)).then_some(phrase)
}

/// The body a sentence opens with, before `before` ("The United Nations
/// Security Council on Friday ..."): a capitalised name, after "The", that
/// reads as an institution or a named body, with its kind.
fn opening_body(
    text: &str,
    sentence: Span,
    before: Span,
    quotes: &[Span],
    memory: &Memory,
) -> Option<(Span, AttributionKind)> {
    let body = opening_name(text, sentence, before, quotes)?;
    let classed = memory.classify(text, body);
    let kind = match (classed.class, classed.rule) {
        (SourceClass::Official, _) => AttributionKind::Official,
        (SourceClass::Named, RuleId::NamedBody) => AttributionKind::Named,
        _ => return None,
    };
    Some((body, kind))
}

/// The capitalised name a sentence opens with, before `before`, when it is
/// the whole subject: a verb or a time follows it, or a comma ends it.
fn opening_name(text: &str, sentence: Span, before: Span, quotes: &[Span]) -> Option<Span> {
    let ws = words::words(text, Span::new(sentence.start, before.start), quotes);
    let skip = usize::from(ws.first()?.is(text, "the"));
    // The run of capitals, ending at the first comma: "The Harbour Board,".
    let mut run: usize = 0;
    for w in ws[skip..].iter().take_while(|w| w.is_capitalized(text)) {
        run += 1;
        if w.ends_phrase {
            break;
        }
    }
    let last = skip + run.checked_sub(1)?;
    // The name is the whole subject only when a verb or a time follows it:
    // "Taliban leaders, it continued" opens with people, not with a body.
    let closes = ws[last].ends_phrase
        || ws.get(last + 1).is_some_and(|n| {
            let next = n.of(text);
            (next.len() > 3 && next.ends_with("ed"))
                || [
                    "on", "in", "at", "last", "this", "has", "have", "had", "is", "was", "will",
                    "would", "also", "then",
                ]
                .iter()
                .any(|w| n.is(text, w))
        });
    closes.then(|| Span::new(ws[0].span.start, ws[last].span.end))
}

/// "... and called": the cue's verb is coordinated with an earlier one.
fn coordinated(text: &str, floor: usize, cue: Span, quotes: &[Span]) -> bool {
    let ws = words::words(text, Span::new(floor, cue.start), quotes);
    ws.last()
        .is_some_and(|w| w.is(text, "and") || w.is(text, "or") || w.is(text, "but"))
}

/// The participles of asking that open a sentence before its subject:
/// "Asked about the plan, Smith said ...", "Pressed on the timing, ...".
const ASKING_PARTICIPLES: &[&str] = &["asked", "pressed", "questioned"];

/// Whether the cue at `cue` is a participle of asking that opens the
/// sentence at `start`: its words after it, up to the comma, are the
/// question, not the source ("Asked on Monday whether he still had the
/// votes, ...").
fn fronted_asking(text: &str, start: usize, cue: Span) -> bool {
    text[start..cue.start].trim().is_empty()
        && ASKING_PARTICIPLES
            .iter()
            .any(|a| cue.of(text).eq_ignore_ascii_case(a))
}

fn opens_inverted(text: &str, start: usize, cue: Span) -> bool {
    let before = text[start..cue.start].trim_end();
    before.is_empty()
        || before.ends_with([',', ':', ';'])
        || crate::text::ends_with_closing_quote(before)
}

/// "said in the message": the document a source spoke in.
fn document_after(text: &str, cue: Span, end: usize, memory: &Memory) -> Option<Span> {
    let ws = words::words(text, Span::new(cue.end, end), &[]);
    let mut it = ws.iter().take(5);
    while let Some(w) = it.next() {
        if w.is(text, "in") {
            let det = it.next()?;
            if !["a", "an", "the", "his", "her", "their", "its", "one"]
                .iter()
                .any(|d| det.is(text, d))
            {
                return None;
            }
            let noun = it.next()?;
            let classed = memory.classify(text, noun.span);
            return matches!(classed.class, SourceClass::Document { .. }).then_some(noun.span);
        }
    }
    None
}

/// The nearest person named or pronoun before `within`'s end: the speaker of
/// "he made accusations that" or "by saying".
/// How far back a pronoun with no earlier source looks for the person the
/// article last named (about two paragraphs).
const PERSON_LOOKBACK: usize = 800;

/// The person the article named last before `at` ("Achebe, who retires
/// next month, spoke ... “...,” she said."): the last capitalised name, outside
/// quotation marks, within [`PERSON_LOOKBACK`] bytes of the body.
fn person_mentioned_before(
    text: &str,
    at: usize,
    quotes: &[Span],
    memory: &Memory,
) -> Option<Span> {
    let mut from = at.saturating_sub(PERSON_LOOKBACK).max(memory.body.start);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let ws = words::words(text, Span::new(from, at), quotes);
    // The names, newest first, each read whole: "North Korea" is one name
    // (a country's), not the person "North". The first not governed by a
    // preposition is the person; failing one, the newest name.
    let mut first = None;
    let mut unlikely = None;
    let mut i = ws.len();
    while i > 0 {
        i -= 1;
        let w = &ws[i];
        if !may_be_name(text, w) {
            continue;
        }
        let (start, span) = whole_name_at(text, &ws, i);
        // "Mr. Ban's watch": the name without its possessive ending.
        let bare = |s: Span| {
            let word = s.of(text);
            Span::new(s.start, s.start + words::without_possessive(word).len())
        };
        let (last, span) = (bare(w.span), bare(span));
        // "The Gap Goes On: ...": three or more capitals before a colon are
        // a run-in heading, not a person.
        let heading = i - start >= 2 && text[span.end..].starts_with(':');
        // "the General Assembly", "the Security Council": a body's
        // several-word name is no person's, nor is any word of it.
        if !heading
            && memory.classify(text, last).rule == RuleId::PersonName
            && memory.classify(text, span).rule == RuleId::PersonName
        {
            first.get_or_insert(span);
            if !governed(text, &ws, start) {
                // A river or a club is passed over for a person further back.
                let surnames = &memory.known(text).surnames;
                if !antecedent::unlikely_person(text, &ws, start, i, surnames) {
                    return Some(span);
                }
                unlikely.get_or_insert(span);
            }
        }
        i = start;
    }
    unlikely.or(first)
}

/// Whether the name that starts at word `start` of `ws` follows a
/// preposition of place. "Mayor Jill Hart spoke in Ohio ... she said": a
/// name after a preposition ("in Ohio", "at the General Assembly", "in the
/// Fifth Circuit") is a place or a body the sentence mentions, not the
/// person it is about; the pronoun passes over it to the nearest other name.
fn governed(text: &str, ws: &[words::Word], start: usize) -> bool {
    let mut k = start;
    loop {
        while k > 0 && ws[k - 1].is(text, "the") && !ws[k - 1].ends_phrase {
            k -= 1;
        }
        // "in Turin and Milan": a name joined to a governed one.
        let joined = k > 1
            && (ws[k - 1].is(text, "and") || ws[k - 1].is(text, "or"))
            && may_be_name(text, &ws[k - 2])
            && !ws[k - 2].ends_phrase;
        if !joined {
            break;
        }
        k = whole_name_at(text, ws, k - 2).0;
    }
    k > 0 && !ws[k - 1].ends_phrase && PLACE_PREPOSITIONS.iter().any(|p| ws[k - 1].is(text, p))
}

/// How far back "they" looks for the sentence before its own.
const PREVIOUS_SENTENCE: usize = 400;

/// The group or body the sentence before `at` opens with, when its subject
/// is one ("The city council voted ...", "Twelve states led by Ohio sued
/// ...", "Members of the board met ..."): the words before its first verb
/// (an auxiliary or a past tense), read as an institution, a named body or
/// an unnamed group. A person's name is no "they".
fn group_opening_previous(
    text: &str,
    at: usize,
    quotes: &[Span],
    memory: &Memory,
) -> Option<(Span, AttributionKind)> {
    let mut from = at.saturating_sub(PREVIOUS_SENTENCE).max(memory.body.start);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = text.get(from..at)?.trim_end();
    // The previous sentence starts after the sentence end before its own.
    let body = before.strip_suffix(['.', '!', '?']).unwrap_or(before);
    let start = body
        .rfind(['.', '!', '?', '\n'])
        .map_or(from, |i| from + i + 1);
    let ws = words::words(text, Span::new(start, from + body.len()), quotes);
    // Past tenses that do not end in -ed, for the verbs groups do.
    const PAST: &[&str] = &[
        "met", "held", "won", "lost", "took", "gave", "went", "came", "made", "sent", "began",
        "left", "brought", "kept", "sought", "spent", "fought", "chose", "wrote", "said", "told",
    ];
    let verb = ws.iter().take(9).position(|w| {
        let v = w.of(text);
        source::FINITE_VERBS
            .iter()
            .any(|f| v.eq_ignore_ascii_case(f))
            || PAST.contains(&v)
            || (v.len() > 3 && v.ends_with("ed") && v.chars().all(|c| c.is_ascii_lowercase()))
    })?;
    if verb == 0 || ws[..verb].iter().any(|w| w.ends_phrase) {
        return None;
    }
    // "The members of the Harbour Board": the body, all its members.
    let first = usize::from(ws[0].is(text, "the"));
    let skip = if verb > first + 2 && ws[first].is(text, "members") && ws[first + 1].is(text, "of")
    {
        first + 2
    } else {
        0
    };
    // "Twelve states led by Ohio": the group before what leads or joins it.
    let end = ws[..verb]
        .windows(2)
        .position(|p| {
            ["led", "backed", "joined", "including"]
                .iter()
                .any(|v| p[0].is(text, v))
                && (p[1].is(text, "by") || p[0].is(text, "including"))
        })
        .unwrap_or(verb);
    if end <= skip {
        return None;
    }
    let subject = Span::new(ws[skip].span.start, ws[end - 1].span.end);
    let classed = memory.classify(text, subject);
    let plural = ws[skip..end].iter().any(|w| {
        let w = w.of(text);
        w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && w.chars().skip(1).all(|c| c.is_lowercase())
    });
    let kind = match (classed.class, classed.rule) {
        (SourceClass::Official, _) => AttributionKind::Official,
        (SourceClass::Named, RuleId::NamedBody) => AttributionKind::Named,
        (SourceClass::Anonymous, _) if plural => AttributionKind::Anonymous,
        _ => return None,
    };
    Some((subject, kind))
}

/// Prepositions that put a name in a place or before a body ("in Ohio", "at
/// the General Assembly"): the name is not who a later pronoun means.
const PLACE_PREPOSITIONS: &[&str] = &[
    "in", "at", "on", "via", "from", "to", "into", "across", "near", "outside", "inside", "before",
    "of",
];

/// A capitalised word in mixed case that is no day, month or number: it may
/// be (part of) a name.
fn may_be_name(text: &str, w: &words::Word) -> bool {
    let s = w.of(text);
    w.is_capitalized(text) && s.chars().any(char::is_lowercase) && !source::is_time_word(s)
}

/// Whether a source's words name a document ("a new university poll",
/// "the council's report").
fn names_document(text: &str, source: Span) -> bool {
    words::words(text, source, &[])
        .iter()
        .any(|w| source::is_document_word(&w.lower(text)))
}

/// The kind of a document's author when the author is a possessive before
/// it that refers back ("its website", "the trust's website", "the
/// board's budget documents"): resolved like any source, since a document
/// takes the kind of its author (LABELS.md). `None` when there is no such
/// possessive or it refers to no one. A `formal` document (one only
/// institutions issue) makes the body "its" refers to an institution.
fn possessor_kind(
    text: &str,
    src: Span,
    document: Span,
    formal: bool,
    sentence: Span,
    quotes: &[Span],
    memory: &Memory,
) -> Option<AttributionKind> {
    let ws = words::words(text, Span::new(src.start, document.start), &[]);
    let last = ws.last()?;
    let word = last.of(text);
    if word.eq_ignore_ascii_case("its") || word.eq_ignore_ascii_case("their") {
        // "The elections office will post totals, according to its
        // website": the body the sentence opens with, or the last one cited.
        let it = word.eq_ignore_ascii_case("its");
        let (body, kind) = opening_body(text, sentence, src, quotes, memory)
            // "Plattr, the largest of the three, reported ..., according to
            // its annual report": "its" is no person's, so the name the
            // sentence opens with is a body's, though it reads as a
            // person's (an institution, below, by its formal document).
            .or_else(|| {
                formal
                    .then(|| opening_name(text, sentence, src, quotes))
                    .flatten()
                    .filter(|_| it)
                    .map(|body| (body, AttributionKind::Named))
            })
            .or_else(|| {
                memory
                    .recent()
                    .find(|r| !it || !r.person)
                    .map(|r| (r.source, r.kind))
            })?;
        // "Plattr ... according to its annual report": a body that issues a
        // formal document (an annual report, a filing) is an institution,
        // though its bare name read as a person's; a named outlet or NGO
        // stays named.
        let named_body = || memory.classify(text, body).rule == RuleId::NamedBody;
        if formal && kind == AttributionKind::Named && !named_body() {
            return Some(AttributionKind::Official);
        }
        return Some(kind);
    }
    let bare = words::without_possessive(word);
    if ws.len() < 2 || bare.len() == word.len() || !ws[0].is(text, "the") {
        return None;
    }
    let author = Span::new(ws[0].span.start, last.span.start + bare.len());
    let classed = memory.classify(text, author);
    if classed.class != SourceClass::Definite {
        return None;
    }
    let mut ignored = Vec::new();
    let (kind, _, _) = resolve(
        text,
        author,
        classed,
        sentence,
        quotes,
        memory,
        &mut ignored,
    );
    (!ignored.iter().any(|r| r.rule == RuleId::Unidentified)).then_some(kind)
}

/// The words of a source before its relative clause, if any ("Pryce, a
/// private-equity investor" of "Pryce, a private-equity investor who
/// bought the club").
fn before_relative_clause(source: &str) -> &str {
    let mut offset = 0;
    for piece in crate::token::pieces(source) {
        let at = source[offset..].find(piece).map_or(offset, |k| offset + k);
        offset = at + piece.len();
        let word = piece.trim_matches(|c: char| !c.is_alphanumeric());
        if at > 0
            && ["who", "whom", "whose", "which"]
                .iter()
                .any(|w| word.eq_ignore_ascii_case(w))
        {
            return &source[..at];
        }
    }
    source
}

fn unresolved(
    text: &str,
    src: Span,
    reasons: &mut Vec<Reason>,
) -> (AttributionKind, bool, Option<Span>) {
    reasons.push(Reason::new(
        RuleId::UnresolvedPronoun,
        format!("{} refers to no source named earlier", quoted(text, src)),
        Some(src),
    ));
    (AttributionKind::Anonymous, true, None)
}

fn nearest_person(text: &str, within: Span, quotes: &[Span], memory: &Memory) -> Option<Span> {
    let ws = words::words(text, within, quotes);
    let found = ws.iter().enumerate().rev().find_map(|(i, w)| {
        let s = w.of(text);
        // The capital that opens a sentence is no name ("Business groups ...").
        if i == 0 && ws.get(1).is_some_and(|n| !n.is_capitalized(text)) {
            return None;
        }
        let pronoun = source::PRONOUNS.iter().any(|p| p.eq_ignore_ascii_case(s))
            && !s.eq_ignore_ascii_case("it");
        let name =
            may_be_name(text, w) && memory.classify(text, w.span).class == SourceClass::Named;
        (pronoun || name).then_some((i, name))
    });
    let (i, name) = found?;
    Some(if name {
        whole_name(text, &ws, i)
    } else {
        ws[i].span
    })
}

/// The first person `within` names, or a personal pronoun: the subject of
/// a clause that a participle of saying goes on ("Kyra Olsen downgraded
/// Veritas to sell, warning that ..." is Olsen's warning, not Veritas's).
fn first_person(text: &str, within: Span, quotes: &[Span], memory: &Memory) -> Option<Span> {
    let ws = words::words(text, within, quotes);
    // The name a preposition of place governs, up to where it ends.
    let mut place_until = 0;
    for (i, w) in ws.iter().enumerate() {
        let s = w.of(text);
        if source::PRONOUNS.iter().any(|p| p.eq_ignore_ascii_case(s)) {
            return (!s.eq_ignore_ascii_case("it")).then_some(w.span);
        }
        // The capital that opens a sentence is no name ("Business groups
        // ..."), unless the article writes it as one elsewhere ("Marsh
        // herself was ...").
        if i == 0
            && ws.get(1).is_some_and(|n| !n.is_capitalized(text))
            && !memory.is_known_name(text, s)
        {
            continue;
        }
        // "Cryptocurrency exchange Vantix halted withdrawals ..., saying":
        // a company the clause opens with is its subject (see
        // [`company::subject`]).
        if may_be_name(text, w)
            && company::subject(text, &ws, i)
            && memory.classify(text, w.span).rule == RuleId::Company
        {
            return Some(w.span);
        }
        if may_be_name(text, w) && memory.classify(text, w.span).class == SourceClass::Named {
            let mut last = i;
            while last + 1 < ws.len() && !ws[last].ends_phrase && may_be_name(text, &ws[last + 1]) {
                last += 1;
            }
            // A name after a preposition of place is where, not who: "at
            // a fundraiser in Chevy Chase, telling donors ...".
            if i < place_until || governed(text, &ws, i) {
                place_until = last + 1;
                continue;
            }
            return Some(whole_name(text, &ws, last));
        }
    }
    None
}

/// The whole name that ends with word `i`, not its last word alone: "Judge
/// Miriam Achebe", "Rakesh Menon".
fn whole_name(text: &str, ws: &[words::Word], i: usize) -> Span {
    whole_name_at(text, ws, i).1
}

/// [`whole_name`] with the index of its first word.
fn whole_name_at(text: &str, ws: &[words::Word], i: usize) -> (usize, Span) {
    let mut first = i;
    while first > 0
        && !ws[first - 1].ends_phrase
        && may_be_name(text, &ws[first - 1])
        && !source::is_not_name(ws[first - 1].of(text))
    {
        first -= 1;
    }
    (first, Span::new(ws[first].span.start, ws[i].span.end))
}

/// Turns a classed source into a kind, following back-references.
/// Returns the kind and whether the source is a person or group of people.
/// The spokesperson remembered lately whose name ends with the surname of
/// `src` ("Whitfield" for "Sgt. Dana Whitfield, a department spokeswoman").
fn earlier_spokesperson<'m>(text: &str, src: Span, memory: &'m Memory) -> Option<&'m Remembered> {
    let surname = words::without_possessive(crate::token::pieces(src.of(text)).next_back()?);
    memory.recent().find(|r| {
        r.kind == AttributionKind::Official
            && r.person
            && r.source != src
            && r.source
                .of(text)
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w == surname)
    })
}

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
    let spokesperson = if classed.class == SourceClass::Named && classed.rule == RuleId::PersonName
    {
        earlier_spokesperson(text, src, memory)
    } else {
        None
    };
    match classed.class {
        SourceClass::Official => {
            let why = match classed.rule {
                RuleId::Spokesperson => {
                    format!("{words_of}: a spokesperson speaks for an institution")
                }
                RuleId::CountryOrCapital => format!("{words_of} stands for its government"),
                RuleId::InstitutionUnit => {
                    format!("{words_of} is a unit of an institution, speaking for it")
                }
                _ => format!("{words_of} is an institution speaking as such"),
            };
            reasons.push(Reason::new(classed.rule, why, Some(classed.trigger)));
            // A spokesperson is a person: "she said" later refers back to them.
            (
                AttributionKind::Official,
                classed.rule == RuleId::Spokesperson,
                None,
            )
        }
        SourceClass::Named if spokesperson.is_some() => {
            // "according to Whitfield" after "Sgt. Dana Whitfield, a
            // department spokeswoman": the person keeps the kind of their
            // fullest identification (LABELS.md), here a spokesperson's.
            let r = spokesperson.map_or(src, |r| r.source);
            reasons.push(Reason::new(
                RuleId::Spokesperson,
                format!(
                    "{} is {}, introduced earlier as speaking for an institution",
                    quoted(text, src),
                    quoted(text, r)
                ),
                Some(r),
            ));
            (AttributionKind::Official, true, None)
        }
        SourceClass::Named => {
            let why = match classed.rule {
                RuleId::NamedBody => format!("{words_of} is a named outlet or organisation"),
                RuleId::PrivateRelation => format!(
                    "{words_of}: one person known by their tie to a private person, speaking in person"
                ),
                _ => format!("{words_of} names the source"),
            };
            reasons.push(Reason::new(classed.rule, why, Some(classed.trigger)));
            (
                AttributionKind::Named,
                classed.rule == RuleId::PersonName,
                None,
            )
        }
        SourceClass::Anonymous => {
            let why = match classed.rule {
                RuleId::AnonymityRequested => format!(
                    "{} asks not to be named: the source is kept back",
                    quoted(text, src)
                ),
                _ => format!("{} does not identify the source", quoted(text, src)),
            };
            reasons.push(Reason::new(classed.rule, why, Some(src)));
            (AttributionKind::Anonymous, true, None)
        }
        SourceClass::Pronoun => {
            let it = src.of(text).eq_ignore_ascii_case("it");
            // "The Harbour Board on Friday condemned the plan as what it
            // called a land grab": "it" is the body the sentence opens with.
            if it {
                if let Some((body, kind)) = opening_body(text, sentence, src, quotes, memory) {
                    reasons.push(Reason::new(
                        RuleId::Pronoun,
                        format!(
                            "{} refers to {}, the subject of its sentence",
                            quoted(text, src),
                            quoted(text, body)
                        ),
                        Some(body),
                    ));
                    return (kind, false, Some(body));
                }
            }
            // A person named earlier in the same sentence ("After Khalilzad ... he said").
            if !it {
                if let Some(name) =
                    nearest_person(text, Span::new(sentence.start, src.start), quotes, memory)
                {
                    if memory.classify(text, name).class == SourceClass::Named {
                        reasons.push(Reason::new(
                            RuleId::Pronoun,
                            format!(
                                "{} refers to {} named before it",
                                quoted(text, src),
                                quoted(text, name)
                            ),
                            Some(src),
                        ));
                        return (AttributionKind::Named, true, Some(name));
                    }
                }
            }
            // "Business groups have lobbied ..., which they say ...": a group
            // named earlier in the sentence.
            if src.of(text).eq_ignore_ascii_case("they")
                || src.of(text).eq_ignore_ascii_case("them")
            {
                let before = words::words(text, Span::new(sentence.start, src.start), quotes);
                if let Some(group) = before.iter().find(|w| source::is_group(&w.lower(text))) {
                    reasons.push(Reason::new(
                        RuleId::Pronoun,
                        format!(
                            "{} refers to {} named before it",
                            quoted(text, src),
                            quoted(text, group.span)
                        ),
                        Some(group.span),
                    ));
                    return (AttributionKind::Anonymous, true, Some(group.span));
                }
            }
            // "The city council voted to close the pier. They said ...":
            // "they" is the body or group the sentence before opens with.
            let they = src.of(text).eq_ignore_ascii_case("they")
                || src.of(text).eq_ignore_ascii_case("them");
            if they {
                if let Some((group, kind)) =
                    group_opening_previous(text, sentence.start, quotes, memory)
                {
                    reasons.push(Reason::new(
                        RuleId::Pronoun,
                        format!(
                            "{} refers to {}, the group the sentence before opens with",
                            quoted(text, src),
                            quoted(text, group)
                        ),
                        Some(group),
                    ));
                    return (kind, kind == AttributionKind::Anonymous, Some(group));
                }
            }
            // "they" is no single named person ("Mayor Jo Lind"), but may be
            // named people ("Analysts at Bexley Research", "Ruiz and Lind").
            let one_person = |r: &Remembered| {
                r.person
                    && r.kind != AttributionKind::Anonymous
                    && !number::is_plural(text, r.source)
            };
            // "he" and "she" are one person: not the critics or the
            // residents quoted in between (number agreement).
            let mut earlier = memory.recent().find(|r| {
                if it {
                    !r.person
                } else if they {
                    !one_person(r)
                } else {
                    r.person && !number::is_group(text, r.source)
                }
            });
            // A person the article named in a later sentence than the last
            // source it quoted ("Dr Amit Venkataraman, a hydrologist, has
            // spent four years ... Early results are promising, he says") is
            // the nearer one; a name inside that source's own sentence ("said
            // his daughter swam at Lindell") is what the source spoke of.
            if let Some(r) = earlier.filter(|_| !it) {
                if person_mentioned_before(text, sentence.start, quotes, memory).is_some_and(
                    |name| {
                        name.start > r.source.end
                            && text[r.source.end..name.start].contains(['.', '?', '!'])
                    },
                ) {
                    earlier = None;
                }
            }
            match earlier {
                Some(r) => {
                    reasons.push(Reason::new(
                        RuleId::Pronoun,
                        format!(
                            "{} refers back to {}",
                            quoted(text, src),
                            quoted(text, r.source)
                        ),
                        Some(r.source),
                    ));
                    (r.kind, r.person, Some(r.source))
                }
                None if !it => {
                    match person_mentioned_before(text, sentence.start, quotes, memory) {
                        Some(name) => {
                            reasons.push(Reason::new(
                                RuleId::Pronoun,
                                format!(
                                    "{} refers back to {}, named before it",
                                    quoted(text, src),
                                    quoted(text, name)
                                ),
                                Some(name),
                            ));
                            (AttributionKind::Named, true, Some(name))
                        }
                        None => unresolved(text, src, reasons),
                    }
                }
                None => unresolved(text, src, reasons),
            }
        }
        SourceClass::Document { formal } => {
            if let Some(kind) =
                possessor_kind(text, src, classed.trigger, formal, sentence, quotes, memory)
            {
                reasons.push(Reason::new(
                    RuleId::DocumentAuthor,
                    format!(
                        "{} takes the kind of its author, {}",
                        quoted(text, src),
                        quoted(text, Span::new(src.start, classed.trigger.start).trim(text))
                    ),
                    Some(src),
                ));
                return (kind, false, None);
            }
            let head = classed.trigger.of(text);
            // "the survey", "The poll": the document with nothing but its
            // article before it.
            let definite = words::words(text, src, &[])
                .first()
                .is_some_and(|w| w.is(text, "the") && w.span.end < classed.trigger.start)
                && crate::token::pieces(&text[src.start..classed.trigger.start]).count() == 1;
            // "she filed a complaint ... The complaint warns": the source of
            // the sentence that named it in passing, as that claim had it.
            let passing = records::author_in_passing(text, head, src, memory).filter(|_| definite);
            let author = passing.or_else(|| {
                memory.recent().find(|r| {
                    r.document
                        .is_some_and(|d| d.of(text).eq_ignore_ascii_case(head))
                        || named_before::names_as_document(r.source.of(text), head)
                })
            });
            // "the report" after the article named the report with its
            // author in passing (see [`named_before`]).
            if author.is_none() && definite {
                if let Some((kind, by)) = named_before::author(text, head, src, memory) {
                    reasons.push(Reason::new(
                        RuleId::DocumentAuthor,
                        format!(
                            "{} refers back to the document the article named before, and takes the kind of its author, {}",
                            quoted(text, src),
                            quoted(text, by)
                        ),
                        Some(by),
                    ));
                    return (kind, false, None);
                }
            }
            let author = author
                // "The survey found ..." after "according to a new university
                // poll": a definite document refers back to the document the
                // article cited last, whatever word named it.
                // Not a formal document by another word: "the prospectus"
                // after "the allotment report filed with the SEC" is the
                // company's own, issued publicly (below), not the SEC's report.
                .or_else(|| {
                    memory.recent().find(|r| {
                        definite
                            && !formal
                            && (r.document.is_some() || names_document(text, r.source))
                    })
                });
            match author {
                Some(r) => {
                    reasons.push(Reason::new(
                        RuleId::DocumentAuthor,
                        format!(
                            "{} takes the kind of its author, {}",
                            quoted(text, src),
                            quoted(text, r.source)
                        ),
                        Some(r.source),
                    ));
                    // The statement a source spoke in is the channel itself.
                    let kind = if r.document.is_some() || passing.is_some() {
                        r.said
                    } else {
                        r.kind
                    };
                    // "Speaker Russ Dvorak fired back in a news release ...
                    // the release said": what an office-holder issues
                    // publicly is a formal channel (LABELS.md).
                    if formal && passing.is_some() && kind == AttributionKind::Named {
                        reasons.push(Reason::new(
                            RuleId::FormalChannel,
                            format!(
                                "{words_of} is issued publicly: a source speaking on the record is official"
                            ),
                            Some(classed.trigger),
                        ));
                        return (AttributionKind::Official, false, None);
                    }
                    (kind, false, None)
                }
                None if formal => {
                    reasons.push(Reason::new(
                        RuleId::FormalDocument,
                        format!("{words_of} is issued publicly by an institution"),
                        Some(classed.trigger),
                    ));
                    (AttributionKind::Official, false, None)
                }
                // "according to a study published Monday": published research
                // is its researchers' (see [`research`]).
                None if research::is_paper(head) => {
                    reasons.push(Reason::new(
                        RuleId::PublishedResearch,
                        format!(
                            "{} is published research: its authors are researchers the reader can look up",
                            quoted(text, src)
                        ),
                        Some(classed.trigger),
                    ));
                    (AttributionKind::Named, false, None)
                }
                None => {
                    reasons.push(Reason::new(
                        RuleId::DocumentUnknownAuthor,
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
            let head = classed
                .trigger
                .of(text)
                .rsplit(['-', ' '])
                .next()
                .unwrap_or("");
            let head = crate::token::lower(head).trim_end_matches('s').to_string();
            // Not what a relative clause says of the source: "Pryce, a
            // private-equity investor who bought the club" is no club.
            let earlier = memory.recent().find(|r| {
                !head.is_empty()
                    && crate::token::lower(before_relative_clause(r.source.of(text)))
                        .contains(&head)
            });
            if let Some(r) = earlier {
                reasons.push(Reason::new(
                    RuleId::BackReference,
                    format!(
                        "{} refers back to {}",
                        quoted(text, src),
                        quoted(text, r.source)
                    ),
                    Some(r.source),
                ));
                return (r.kind, r.person, None);
            }
            if let Some(name) = memory.named_by_role(text, &head) {
                reasons.push(Reason::new(
                    RuleId::IdentifiedElsewhere,
                    format!(
                        "{} is identified elsewhere in the article as {}",
                        quoted(text, src),
                        quoted(text, name)
                    ),
                    Some(name),
                ));
                return (AttributionKind::Named, true, None);
            }
            // "Dr Ana Ruiz, the county's chief medical officer, said ... The
            // official added": a generic office word refers back to the
            // person last cited with a role.
            if ["official", "officer", "executive"].contains(&head.as_str()) {
                let holder = memory.recent().find(|r| {
                    r.person
                        && r.kind != AttributionKind::Anonymous
                        && crate::token::pieces(r.source.of(text)).any(|w| {
                            source::is_role(&crate::token::lower(
                                w.trim_matches(|c: char| !c.is_alphanumeric()),
                            ))
                        })
                });
                if let Some(r) = holder {
                    reasons.push(Reason::new(
                        RuleId::BackReference,
                        format!(
                            "{} refers back to {}, cited before with a role",
                            quoted(text, src),
                            quoted(text, r.source)
                        ),
                        Some(r.source),
                    ));
                    return (r.kind, true, Some(r.source));
                }
            }
            // "the snack maker", "the retailer": a company as such (see
            // [`company`]).
            if company::is_noun(&head) {
                reasons.push(Reason::new(
                    RuleId::Company,
                    format!("{} is a company speaking as such", quoted(text, src)),
                    Some(classed.trigger),
                ));
                return (AttributionKind::Official, false, None);
            }
            // "The researchers", "the team" after a study the article cites:
            // its authors (see [`research`]).
            if research::is_authors(&head) {
                let study = memory
                    .recent()
                    .find(|r| research::cites_paper(text, r.source));
                if let Some(r) = study {
                    reasons.push(Reason::new(
                        RuleId::BackReference,
                        format!(
                            "{} are the authors of {}, cited before",
                            quoted(text, src),
                            quoted(text, r.source)
                        ),
                        Some(r.source),
                    ));
                    return (r.kind, true, None);
                }
                // "The study also linked ... The authors wrote": a study the
                // article names without citing it.
                let before = research::lookback(text, src.start, memory.body.start);
                if let Some(paper) = research::is_writers(&head)
                    .then(|| research::paper_before(text, before))
                    .flatten()
                {
                    reasons.push(Reason::new(
                        RuleId::PublishedResearch,
                        format!(
                            "{} are the authors of {}, published research the reader can look up",
                            quoted(text, src),
                            quoted(text, paper)
                        ),
                        Some(paper),
                    ));
                    return (AttributionKind::Named, true, None);
                }
            }
            reasons.push(Reason::new(
                RuleId::Unidentified,
                format!("{} does not identify the source", quoted(text, src)),
                Some(src),
            ));
            (AttributionKind::Anonymous, true, None)
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{analyze_text, AttributionKind};

    /// A long article is read in parts; what each part shows is known for
    /// the whole article, as when it was read at once.
    #[test]
    fn a_long_articles_names_are_known_from_every_part() {
        let filler = "The council met on Tuesday and the meeting ran late.\n".repeat(1_500);
        let text = format!(
            "{filler}The talks were led by envoy Zalmay Khalilzad, who met Korvo Inc. officials.\n{filler}Later, Parisa Dastur spoke."
        );
        assert!(text.len() > 2 * super::KNOWN_PART_BYTES);
        let known = super::Known::of(&text, crate::Span::new(0, text.len()));
        let envoy = known.roles.get("envoy").expect("the envoy's name");
        assert_eq!(envoy.of(&text), "Zalmay Khalilzad");
        assert!(known.names.contains("Khalilzad") && known.names.contains("Dastur"));
        assert!(known.companies.contains("korvo"));
    }

    /// Analyses `text` and checks each claim's (kind, source) in order.
    fn assert_attribution(text: &str, expected: &[(AttributionKind, Option<&str>)]) {
        let analysis = analyze_text(text).unwrap();
        let got: Vec<(AttributionKind, Option<&str>)> = analysis
            .claims
            .iter()
            .map(|c| (c.attribution.kind, c.attribution.source.map(|s| s.of(text))))
            .collect();
        assert_eq!(
            got,
            expected,
            "claims: {:?}",
            analysis
                .claims
                .iter()
                .map(|c| c.span.of(text))
                .collect::<Vec<_>>()
        );
    }

    use AttributionKind::*;

    #[test]
    fn a_pronoun_right_after_a_formal_channel_goes_on_with_it() {
        use AttributionKind::*;
        assert_attribution(
            "In a White House statement, President Obama condemned the test. \
             He said the allies would seek new sanctions.",
            &[
                (Official, Some("President Obama")),
                (Official, Some("President Obama")),
            ],
        );
        // Another source in between: the pronoun is the person, in person.
        assert_attribution(
            "In a White House statement, President Obama condemned the test. \
             The Kremlin said the test was a provocation. \
             On Saturday, he told reporters in Laos that talks were possible.",
            &[
                (Official, Some("President Obama")),
                (Official, Some("The Kremlin")),
                (Named, Some("President Obama")),
            ],
        );
    }

    #[test]
    fn a_pronoun_with_no_earlier_source_is_the_person_last_named() {
        assert_attribution(
            "Judge Miriam Achebe spoke for twenty minutes to a packed courtroom.\n\n\
             “The delays are a denial of justice,” she said.",
            &[(Unattributed, None), (Named, Some("Judge Miriam Achebe"))],
        );
        // A name after a preposition is where she spoke, not who she is.
        assert_attribution(
            "Mayor Jill Hart spoke in Ohio on Monday about the flood.\n\n\
             “We will rebuild,” she told reporters.",
            &[(Unattributed, None), (Named, Some("Mayor Jill Hart"))],
        );
        assert_attribution(
            "Ban Ki-moon spoke at the General Assembly on Monday. \
             In recent months, he said he backed the plan.",
            &[(Unattributed, None), (Named, Some("Ban Ki-moon"))],
        );
        // A body's several-word name, or a country's, is no person, nor is
        // any word of it.
        assert_attribution(
            "Maria Lopez briefed the Security Council and North Korea's envoy. \
             She said the vote would pass.",
            &[(Unattributed, None), (Named, Some("Maria Lopez"))],
        );
        // "it" is the body its sentence opens with.
        assert_attribution(
            "The Harbour Board on Friday condemned the plan as what it called a land grab.",
            &[(Official, Some("The Harbour Board"))],
        );
        // With nobody named, "she" stays an unidentified source.
        assert_attribution(
            "The delays are long, she said.",
            &[(Anonymous, Some("she"))],
        );
    }

    #[test]
    fn a_participle_of_saying_is_the_clauses_subjects() {
        // The subject, not the nearest name (the object).
        assert_attribution(
            "Kyra Olsen downgraded Veritas to sell, warning that fines were likely.",
            &[(Named, Some("Kyra Olsen"))],
        );
        // A pronoun opening the sentence is its subject too.
        assert_attribution(
            "Sanjay Mehra, an analyst at Corbel Securities, was calmer. \
             He kept a buy rating on the shares, arguing that the unit is small.",
            &[(Unattributed, None), (Named, Some("Sanjay Mehra"))],
        );
    }

    #[test]
    fn a_sheriffs_deputies_speak_for_the_force() {
        assert_attribution(
            "A boat was stolen from the marina overnight, deputies said.",
            &[(Official, Some("deputies"))],
        );
    }

    #[test]
    fn speech_acts_of_objection_and_welcome_are_cues() {
        assert_attribution(
            "Judge Ana Ruiz faulted the council for the delay.",
            &[(Named, Some("Judge Ana Ruiz"))],
        );
        assert_attribution(
            "Mayor Tom Reid welcomed the funding.",
            &[(Named, Some("Mayor Tom Reid"))],
        );
    }

    #[test]
    fn a_trailing_according_to_governs_its_sentence() {
        // The earlier speaker is what the sentence reports; the reader has
        // it from the source at its end.
        assert_attribution(
            "Speaker Tom Reed told members on a call that he would not bring the bill to the floor, \
             according to two people on the call.",
            &[(Anonymous, Some("two people"))],
        );
        assert_attribution(
            "The budget office sent agencies guidance on Monday telling them to update their plans, \
             according to a person with knowledge of the memo.",
            &[(Anonymous, Some("a person with knowledge of the memo"))],
        );
        // "citing" gives a reason, not who speaks.
        assert_attribution(
            "The Harbour Commission declined to comment, citing the ongoing litigation.",
            &[(Official, Some("The Harbour Commission"))],
        );
    }

    #[test]
    fn a_speaker_is_a_noun_phrase_that_can_speak() {
        // A participle's speaker is the clause's subject, not a place.
        assert_attribution(
            "Mayor Ann Marsh spoke on Friday.\n\n\
             Marsh herself was calmer at a fundraiser in Chevy Chase on Monday night, telling donors she was optimistic.",
            &[
                (Unattributed, None),
                (Named, Some("Marsh")),
            ],
        );
        // A fronted participle of asking: its words are the question, the
        // source the main clause's subject.
        assert_attribution(
            "Asked on Monday whether he still had the votes, Tom Reed laughed.",
            &[(Named, Some("Tom Reed"))],
        );
    }

    #[test]
    fn a_document_takes_the_kind_of_its_author() {
        // "The survey" refers back to the poll cited before it, whatever
        // word named that poll.
        assert_attribution(
            "Turnout rose, according to a new Harlow University poll released Monday.\n\n\
             The survey found most voters undecided.",
            &[
                (Named, Some("a new Harlow University poll released Monday")),
                (Named, Some("The survey")),
            ],
        );
        // "its website": the body the sentence opens with.
        assert_attribution(
            "The Harlow County Elections Office will post totals each weekday, according to its website.",
            &[(Official, Some("its website"))],
        );
        // "its" is no person's: the name the sentence opens with is a
        // body, and one that issues an annual report an institution.
        assert_attribution(
            "Plattr, the largest of the three, reported $2.9 billion in revenue last year, according to its annual report.",
            &[(Official, Some("its annual report"))],
        );
        // A name's possessive is read without its "'s".
        assert_attribution(
            "Ridership is down 22%, according to the Alderport Transit Authority’s own figures.",
            &[(
                Official,
                Some("the Alderport Transit Authority’s own figures"),
            )],
        );
        // A report described by a participle between commas is still the
        // subject of its verb.
        assert_attribution(
            "The ministry’s own audit, published in March, found the scheme was failing.",
            &[(
                Official,
                Some("The ministry’s own audit, published in March"),
            )],
        );
        // A definite document with a possessor of its own does not refer
        // back to the last document cited.
        assert_attribution(
            "Turnout rose, according to a new Harlow University poll released Monday.\n\n\
             The club’s website says it has 300 members.",
            &[
                (Named, Some("a new Harlow University poll released Monday")),
                (Anonymous, Some("The club’s website")),
            ],
        );
    }

    #[test]
    fn a_spokesperson_named_again_by_surname_stays_official() {
        assert_attribution(
            "\u{201c}We got everyone out,\u{201d} said Sgt. Dana Whitfield, a department spokeswoman.\n\n\
             Residents were evacuated, according to Whitfield.\n\n\
             She said he surrendered at 6 p.m.",
            &[
                (Official, Some("Sgt. Dana Whitfield, a department spokeswoman")),
                (Official, Some("Whitfield")),
                (Official, Some("Whitfield")),
            ],
        );
    }

    #[test]
    fn ways_of_saying_fears_refusals_and_services() {
        // "put it bluntly" says; "put it on the table" does not.
        assert_attribution(
            "A teacher, who asked not to be named, put it more bluntly. He put it on the table.",
            &[
                (Anonymous, Some("A teacher, who asked not to be named")),
                (Unattributed, None),
            ],
        );
        // "are feared dead": nobody says who fears it.
        assert_attribution(
            "At least 14 people are feared dead after a boat capsized.",
            &[(Anonymous, None)],
        );
        assert_attribution(
            "By all accounts, he was a demanding teacher.",
            &[(Anonymous, None)],
        );
        assert_attribution(
            "Strand did not respond to phone calls and emails seeking comment.",
            &[(Official, Some("Strand"))],
        );
        // An agency named a service is an institution.
        assert_attribution(
            "The warning has expired, the National Weather Service said.",
            &[(Official, Some("the National Weather Service"))],
        );
    }

    #[test]
    fn a_word_capitalised_inside_a_bodys_name_or_after_a_bullet_names_no_one() {
        let text = "Key points:\n\
                    • Graziers fear that 300,000 cattle have died\n\n\
                    The flood hit on Monday, but graziers say the aid is too small. \
                    The Northern Graziers Association said it would lobby Canberra.";
        let analysis = crate::analyze_text(text).unwrap();
        let got: Vec<_> = analysis.claims.iter().map(|c| c.attribution.kind).collect();
        // The bullet's claim ("Key points:" above it is the box's label).
        let bullet = analysis
            .claims
            .iter()
            .position(|c| c.span.of(text).contains("Graziers fear"))
            .expect("the bullet's claim");
        assert_eq!(got[bullet], AttributionKind::Anonymous, "{got:?}");
        assert!(got.contains(&AttributionKind::Named), "{got:?}");
        assert_eq!(
            got.iter().filter(|k| **k == AttributionKind::Named).count(),
            1,
            "{got:?}"
        );
    }

    #[test]
    fn refusals_in_their_other_forms_are_on_the_record() {
        use crate::attribution::testing::kinds;
        for text in [
            "The company declined to make executives available for an interview.",
            "The owner of the second plant could not be reached.",
            "The hospital did not dispute that figure when asked.",
            "The provost did not answer a follow-up question about the budget.",
        ] {
            assert_eq!(kinds(text), [AttributionKind::Official], "{text}");
        }
    }

    #[test]
    fn a_vague_cue_opening_the_clause_reports_what_follows() {
        use crate::attribution::testing::kinds;
        assert_eq!(
            kinds("It's understood the government will also ask Canberra to extend the fund."),
            [AttributionKind::Anonymous]
        );
        assert_eq!(
            kinds("It is understood the ministry will announce the cuts on Monday."),
            [AttributionKind::Anonymous]
        );
        // Not opening the clause: the ministry speaks, the vague cue is its.
        assert_eq!(
            kinds("The ministry said the cuts, it is understood, would come on Monday."),
            [AttributionKind::Official]
        );
    }

    #[test]
    fn one_unnamed_person_at_a_named_place_is_anonymous() {
        assert_attribution(
            "A nurse at Pine Ridge Hospital said the ward was full.",
            &[(Anonymous, Some("A nurse at Pine Ridge Hospital"))],
        );
        assert_attribution(
            "A lawyer for Pine Ridge Hospital said the plan failed.",
            &[(Anonymous, Some("A lawyer for Pine Ridge Hospital"))],
        );
        // A name in apposition identifies the person.
        assert_attribution(
            "A lawyer for Adams, Gerald Ponte, said the plan failed.",
            &[(Named, Some("A lawyer for Adams, Gerald Ponte"))],
        );
    }

    #[test]
    fn a_broadcast_transcripts_turns_are_their_speakers() {
        assert_attribution(
            "LEILA MARSH, HOST: Ranchers are pushing back.\n\n\
             TOMAS FERREIRA, BYLINE: The lease would run 40 years.\n\n\
             WADE TILLOTSON: It's gone for 40 years.\n\n\
             FERREIRA: The company declined an interview.\n\n\
             UNIDENTIFIED RANCHER: I just want customers.",
            &[
                (Unattributed, None),
                (Unattributed, None),
                (Named, Some("WADE TILLOTSON")),
                (Official, Some("The company")),
                (Anonymous, Some("UNIDENTIFIED RANCHER")),
            ],
        );
    }

    #[test]
    fn speech_acts_of_judging_are_cues_in_every_form() {
        assert_attribution(
            "Ada Brill slammed the budget as reckless.",
            &[(Named, Some("Ada Brill"))],
        );
        assert_attribution(
            "Tomas Veld, who runs the ferry, criticised the timetable on Monday.",
            &[(Named, Some("Tomas Veld, who runs the ferry"))],
        );
        assert_attribution(
            "Later, Nia Obi quipped that the pier had outlived three mayors.",
            &[(Named, Some("Nia Obi"))],
        );
    }

    #[test]
    fn a_source_inside_a_speakers_words_is_what_they_report() {
        // The body the minister speaks of is part of her words.
        assert_attribution(
            "Health Minister Ana Ruiz told reporters on Monday that the ministry expects the levy to pass.",
            &[(Named, Some("Health Minister Ana Ruiz"))],
        );
        assert_attribution(
            "Coach Ben Olsen said the club believes the striker will stay.",
            &[(Named, Some("Coach Ben Olsen"))],
        );
        // A trailing attribution reports the speaker before it in turn.
        assert_attribution(
            "Firefighters went to the mill after a neighbour reported that smoke was rising, the fire service said.",
            &[(Official, Some("the fire service"))],
        );
    }

    #[test]
    fn state_media_speak_for_their_government() {
        assert_attribution(
            "The launch, which state news media claimed was a success, worried Tokyo.",
            &[(Official, Some("state news media"))],
        );
        assert_attribution(
            "State television said the harvest had doubled.",
            &[(Official, Some("State television"))],
        );
    }

    #[test]
    fn what_a_source_called_is_in_their_words() {
        assert_attribution(
            "Ministers condemned what Premier Ola Berg called Northland's reckless tests.",
            &[(Named, Some("Premier Ola Berg"))],
        );
        // Calling a meeting is an act.
        assert_attribution(
            "The league, which fined the club in May, called an emergency meeting on Friday.",
            &[(Unattributed, None)],
        );
    }

    #[test]
    fn criticism_from_and_as_stated_in_name_their_source_after() {
        assert_attribution(
            "The coach faced heavy criticism from fans and former players after the defeat.",
            &[(Anonymous, Some("fans and former players"))],
        );
        assert_attribution(
            "The remark has drawn scrutiny from some who saw it as a dig at the army.",
            &[(Anonymous, Some("some"))],
        );
        assert_attribution(
            "As noted by Mayor Jo Lind, the bridge is older than the town.",
            &[(Named, Some("Mayor Jo Lind"))],
        );
        assert_attribution("He was shielded from criticism.", &[(Unattributed, None)]);
    }

    #[test]
    fn beliefs_and_expectations_are_a_class() {
        for (text, source) in [
            ("Investors expect the bank to cut rates.", "Investors"),
            ("Economists widely expect prices to fall.", "Economists"),
            ("Traders are betting the central bank will hold.", "Traders"),
            ("Many observers suspect the deal is dead.", "Many observers"),
            ("The market sees two more hikes this year.", "The market"),
            (
                "Some analysts anticipate that the merger will fail.",
                "Some analysts",
            ),
        ] {
            assert_attribution(text, &[(Anonymous, Some(source))]);
        }
        // Hopes, sights and fears with no view in them.
        for text in [
            "Residents hope to rebuild by spring.",
            "She sees the sea from her window.",
            "Fans fear for their club.",
            "Farmers expect rain.",
        ] {
            assert_attribution(text, &[(Unattributed, None)]);
        }
    }

    #[test]
    fn speech_acts_in_their_other_forms() {
        for text in [
            "Coach Ana Lind jokes that the pitch is older than the club.",
            "Ana Lind, the coach, fumed that the referee had been blind.",
            "Mayor Ola Berg scolds the board for the delay.",
        ] {
            let analysis = crate::analyze_text(text).unwrap();
            assert_eq!(analysis.claims[0].attribution.kind, Named, "{text}");
        }
    }

    #[test]
    fn they_is_the_group_the_sentence_before_opens_with() {
        assert_attribution(
            "The city council voted on Monday to close the pier. \
             They said the repairs were too costly.",
            &[(Unattributed, None), (Official, Some("The city council"))],
        );
        assert_attribution(
            "Members of the Harbour Board met on Friday. \"We will act,\" they said.",
            &[(Unattributed, None), (Official, Some("the Harbour Board"))],
        );
        assert_attribution(
            "Twelve states led by Ohio sued the agency on Monday. \
             They argue that the rule is unlawful.",
            &[(Unattributed, None), (Official, Some("Twelve states"))],
        );
        // "they" is never one named person.
        assert_attribution(
            "Mayor Jo Lind spoke on Monday. Residents cheered. They said the pier was saved.",
            &[
                (Unattributed, None),
                (Unattributed, None),
                (Anonymous, Some("Residents")),
            ],
        );
    }

    #[test]
    fn objections_remarks_and_views_in_a_side_clause() {
        assert_attribution(
            "Ana Ruiz took issue with the timetable.",
            &[(Named, Some("Ana Ruiz"))],
        );
        assert_attribution(
            "Tom Hale took offense at claims that the pier was unsafe.",
            &[(Named, Some("Tom Hale"))],
        );
        assert_attribution(
            "Mayor Ana Ruiz spoke on Monday. She made the remarks at a rally.",
            &[(Unattributed, None), (Named, Some("Mayor Ana Ruiz"))],
        );
        // A preposition opening the sentence is no part of the name.
        assert_attribution(
            "Jo Lind spoke for an hour. For Lind, the vote was a chance to return to \
             what she sees as the town's neglect.",
            &[(Unattributed, None), (Named, Some("Lind"))],
        );
        assert_attribution(
            "The neighbours saw as much as they could.",
            &[(Unattributed, None)],
        );
    }

    #[test]
    fn the_official_is_the_office_holder_cited_before() {
        let text = "Dr Ana Ruiz, the county's chief medical officer, said cases fell. \
                    The official added that masks help.";
        assert_attribution(
            text,
            &[
                (
                    Named,
                    Some("Dr Ana Ruiz, the county's chief medical officer"),
                ),
                (
                    Named,
                    Some("Dr Ana Ruiz, the county's chief medical officer"),
                ),
            ],
        );
        let a = crate::analyze_text(text).unwrap();
        assert_eq!(a.claims[0].source_id, a.claims[1].source_id);
        // An unnamed official stays the unnamed official.
        assert_attribution(
            "A senior official said the talks failed. The official added that the envoy left.",
            &[
                (Anonymous, Some("A senior official")),
                (Anonymous, Some("The official")),
            ],
        );
    }

    #[test]
    fn a_pronoun_passes_over_run_in_headings_and_finds_titled_names() {
        assert_attribution(
            "It was under Mr. Okafor's watch that the agency grew. \
             In recent months, he said he backed the plan.",
            &[(Unattributed, None), (Named, Some("Okafor"))],
        );
        assert_attribution(
            "Mr. Okafor spoke at the summit.\n\n\
             The Work Goes On: It was under Mr. Okafor's watch that the agency grew. \
             In recent months, he said he backed the plan.",
            &[
                (Unattributed, None),
                (Unattributed, None),
                (Named, Some("Okafor")),
            ],
        );
    }

    #[test]
    fn a_document_reports_its_findings() {
        assert_attribution(
            "A Harbour Trust survey shows most residents back the ferry.",
            &[(Named, Some("A Harbour Trust survey"))],
        );
        // Nobody's finding: "the video shows", "she found".
        assert_attribution(
            "The video shows the ferry sinking.",
            &[(Unattributed, None)],
        );
        assert_attribution(
            "She found the keys under the pier.",
            &[(Unattributed, None)],
        );
    }

    #[test]
    fn a_verb_form_after_a_possessive_is_a_noun() {
        assert_attribution(
            "Mayor Ruth Adeyemi's tweet was a joke about the ferry.",
            &[(Unattributed, None)],
        );
        // "she's said" is "she has said": still a cue.
        let analysis =
            analyze_text("Ruth Adeyemi runs the ferry. She's said it will run.").unwrap();
        assert_ne!(analysis.claims[1].attribution.kind, Unattributed);
    }

    #[test]
    fn a_country_of_two_words_speaks_for_its_government() {
        assert_attribution(
            "South Sudan said the border would stay open.",
            &[(Official, Some("South Sudan"))],
        );
    }

    #[test]
    fn vague_passives_are_anonymous_whatever_their_subject() {
        for text in [
            "The bridge is widely seen as a costly mistake.",
            "The new tariff is expected to raise prices.",
            "The harbour board has been accused of hiding the survey.",
            "Wardens were blamed for the flooding.",
            "The ferry company came under withering criticism for the delays.",
            "The silence has led many to believe the project is dead.",
        ] {
            assert_attribution(text, &[(Anonymous, None)]);
        }
    }

    #[test]
    fn a_transcript_quoted_in_an_article_is_its_speakers_host_included() {
        assert_attribution(
            "The senator spoke on a Sunday show. A transcript follows:\n\n\
             \"RAMOS: Will the bridge open on time?\n\n\
             \"OKAFOR: It will open in May. The money is there.\n\n\
             \"RAMOS: And the tolls?",
            &[
                (Unattributed, None),
                (Unattributed, None),
                (Named, Some("RAMOS")),
                (Named, Some("OKAFOR")),
                (Named, Some("OKAFOR")),
                (Named, Some("RAMOS")),
            ],
        );
    }

    #[test]
    fn court_and_police_papers_are_formal_channels() {
        assert_attribution(
            "According to an arrest affidavit, the listing matched the motor.",
            &[(Official, Some("an arrest affidavit"))],
        );
        assert_attribution(
            "The man had two prior convictions, according to court records.",
            &[(Official, Some("court records"))],
        );
    }

    #[test]
    fn a_company_known_by_its_trade_is_official() {
        assert_attribution(
            "The film cost $6 million, according to Northlight Pictures.",
            &[(Official, Some("Northlight Pictures"))],
        );
        assert_attribution(
            "Holloway Foods said profits fell.",
            &[(Official, Some("Holloway Foods"))],
        );
    }

    #[test]
    fn a_vague_passive_after_a_join_is_a_claim_of_its_own() {
        assert_attribution(
            "Bee numbers have declined since the 1990s, and heat waves are thought to be one cause.",
            &[(Unattributed, None), (Anonymous, None)],
        );
    }

    #[test]
    fn relative_clauses_describe_the_source() {
        assert_attribution(
            "Coun. Rosa Jimenez, who represents Ward 3, where the pool is located, argued that the city was wrong.",
            &[(
                Named,
                Some("Coun. Rosa Jimenez, who represents Ward 3, where the pool is located"),
            )],
        );
        assert_attribution(
            "A nurse who worked at Pine Ridge for 22 years told me that she still gets calls.",
            &[(
                Anonymous,
                Some("A nurse who worked at Pine Ridge for 22 years"),
            )],
        );
        // The verb inside the relative clause leaves the source to the main verb.
        assert_attribution(
            "Mayor Carol Bennett, who said little during the debate, told reporters that it was hard.",
            &[(Named, Some("Mayor Carol Bennett, who said little during the debate"))],
        );
        assert_attribution(
            "The board chair, retired Army Col. Denise Marchetti, testified that she approved it.",
            &[(
                Named,
                Some("The board chair, retired Army Col. Denise Marchetti"),
            )],
        );
    }

    #[test]
    fn acts_and_the_author_are_no_sources() {
        // "responded by sending on" reports what was done, not said.
        assert_attribution(
            "The manager, Dean Hollis, responded by sending on three substitutes.",
            &[(Unattributed, None)],
        );
        assert_attribution("I don\u{2019}t believe it is.", &[(Unattributed, None)]);
    }

    #[test]
    fn a_printed_interviews_answers_are_the_interviewees() {
        let text = "Beavers were set free near Swale Beck in 2023.\n\n\
                    Ruth Calloway, the trust's ecologist, has led the project.\n\n\
                    Q: What changed?\n\n\
                    A: The water. The beck no longer runs dry.\n\n\
                    It surprised us.\n\n\
                    Q: What next?\n\n\
                    A: Two more families, the council said.";
        assert_attribution(
            text,
            &[
                (Unattributed, None),
                (Unattributed, None),
                (Unattributed, None),
                (Named, Some("Ruth Calloway")),
                (Named, Some("Ruth Calloway")),
                // A paragraph after an answer goes on answering.
                (Named, Some("Ruth Calloway")),
                (Unattributed, None),
                // A cue of its own wins.
                (Official, Some("the council")),
            ],
        );
    }

    #[test]
    fn bare_posts_connectives_and_requests() {
        assert_attribution(
            "\"Demand will rise,\" Rakesh Menon, director general of the Solar Power Developers Association, told PTI.",
            &[(
                Named,
                Some("Rakesh Menon, director general of the Solar Power Developers Association"),
            )],
        );
        // Welcoming a decision is a reaction the source voices, a speech
        // act as the held-out rounds label it ("the industry welcomed the
        // decision": anonymous), so the first sentence is his too.
        assert_attribution(
            "But Rakesh Menon welcomed it. He, however, said the subsidy should have been larger.",
            &[(Named, Some("Rakesh Menon")), (Named, Some("Rakesh Menon"))],
        );
        // Asking to come back is a request, not a report of speech.
        assert_attribution(
            "Six students came to help, and two of them have asked to come back.",
            &[(Unattributed, None)],
        );
    }

    #[test]
    fn a_staff_report_presented_to_council_is_official() {
        assert_attribution(
            "The pool needs repairs, according to a staff report presented to council.",
            &[(Official, Some("a staff report presented to council"))],
        );
    }

    #[test]
    fn a_named_body_stays_named_through_a_statement() {
        assert_attribution(
            "The Royal Entomological Society said in a statement that the results were encouraging.",
            &[(Named, Some("The Royal Entomological Society"))],
        );
    }

    #[test]
    fn a_survey_takes_its_authors_kind() {
        assert_attribution(
            "A survey of 2,000 homeowners by the Heat Pump Association found that half would buy one.",
            &[(
                Named,
                Some("A survey of 2,000 homeowners by the Heat Pump Association"),
            )],
        );
    }

    #[test]
    fn speech_acts_and_vague_passives_are_classes() {
        // A passive with an adverb before "been" leaves its accusers unnamed.
        assert_attribution(
            "Aid workers have occasionally been accused of taking bribes.",
            &[(Anonymous, None)],
        );
        assert_attribution(
            "A shipping cartel is implicated in the fraud.",
            &[(Anonymous, None)],
        );
        assert_attribution(
            "There has been much speculation that the minister will resign.",
            &[(Anonymous, None)],
        );
        // "expressed concern" and "slams" are speech acts like "said".
        assert_attribution(
            "Farm groups expressed concern over the new quotas.",
            &[(Anonymous, Some("Farm groups"))],
        );
        assert_attribution(
            "Senator Ana Ruiz slams the plan as a giveaway.",
            &[(Named, Some("Senator Ana Ruiz"))],
        );
    }

    #[test]
    fn institutions_and_formal_channels_are_official() {
        assert_attribution(
            "The health ministry said in a statement that cases fell.",
            &[(Official, Some("The health ministry"))],
        );
        assert_attribution(
            "Jane Ruiz said in a statement that she would resign.",
            &[(Official, Some("Jane Ruiz"))],
        );
        // A channel fronted with its issuer's name.
        assert_attribution(
            "In a Kremlin statement, President Putin condemned the strike as reckless.",
            &[(Official, Some("President Putin"))],
        );
        assert_attribution(
            "In a written statement to the council, Mayor Ana Ruiz said the pier would reopen.",
            &[(Official, Some("Mayor Ana Ruiz"))],
        );
        // An interview is no formal channel.
        assert_attribution(
            "In a television interview, President Putin said the strike was reckless.",
            &[(Named, Some("President Putin"))],
        );
        assert_attribution(
            "A State Department spokesperson said the talks were over.",
            &[(Official, Some("A State Department spokesperson"))],
        );
        assert_attribution(
            "The company declined to comment.",
            &[(Official, Some("The company"))],
        );
    }

    #[test]
    fn named_people_and_bodies() {
        assert_attribution(
            "The plan is doomed, said Ryan Crocker, a former US ambassador to Kabul.",
            &[(Named, Some("Ryan Crocker, a former US ambassador to Kabul"))],
        );
        assert_attribution(
            "Prices rose, according to Human Rights Watch.",
            &[(Named, Some("Human Rights Watch"))],
        );
        assert_attribution(
            "Jane Ruiz said in a tweet that she would stay.",
            &[(Named, Some("Jane Ruiz"))],
        );
    }

    #[test]
    fn unidentifiable_sources_are_anonymous() {
        assert_attribution(
            "The talks stalled, according to two sources familiar with the matter.",
            &[(Anonymous, Some("two sources familiar with the matter"))],
        );
        assert_attribution(
            "Democrats say the bill will fail.",
            &[(Anonymous, Some("Democrats"))],
        );
        assert_attribution("Adams reportedly met the envoy.", &[(Anonymous, None)]);
    }

    #[test]
    fn pronouns_take_the_source_they_refer_to() {
        assert_attribution(
            "Jane Ruiz, the mayor, said the bridge would open.\n\nShe added that it would cost more.",
            &[(Named, Some("Jane Ruiz, the mayor")), (Named, Some("Jane Ruiz, the mayor"))],
        );
    }

    #[test]
    fn clauses_and_sentence_capitals_are_not_sources() {
        // "Markets" opens the sentence and is never written mid-sentence: no name.
        assert_attribution(
            "Markets had largely expected the decision.",
            &[(Unattributed, None)],
        );
        // A prescription names nobody who said anything.
        assert_attribution("The Fed should admit its mistake.", &[(Unattributed, None)]);
        // "Powell" is a name: the article writes it mid-sentence too.
        assert_attribution(
            "Fed Chair Jerome Powell spoke on Monday. Powell, who has led the bank since 2018, said prices rose.",
            &[(Unattributed, None), (Named, Some("Powell, who has led the bank since 2018"))],
        );
        assert_attribution(
            "It is widely believed that rates will fall.",
            &[(Anonymous, None)],
        );
        // An idiom's judge says nothing.
        assert_attribution(
            "Time will tell whether the plan works.",
            &[(Unattributed, None)],
        );
    }

    #[test]
    fn a_pronoun_takes_the_person_named_after_the_last_source() {
        assert_attribution(
            "A department spokesperson said the barrier had worked. \
             Dr Amit Venkataraman, a hydrologist, has spent four years testing grasses. \
             Early results are promising, he says.",
            &[
                (Official, Some("A department spokesperson")),
                (Unattributed, None),
                (Named, Some("Amit Venkataraman")),
            ],
        );
        // A name inside the source's own sentence is what the source spoke of.
        assert_attribution(
            "One father said his daughter swam at Lindell. “Where now?” he asked.",
            &[
                (Anonymous, Some("One father")),
                (Anonymous, Some("One father")),
            ],
        );
    }

    #[test]
    fn according_to_does_not_reach_back() {
        assert_attribution(
            "The river rose overnight. Roads closed, according to police.",
            &[(Unattributed, None), (Official, Some("police"))],
        );
    }

    #[test]
    fn a_fronted_according_to_reads_its_source_up_to_the_comma() {
        // The clause after the comma does not count against the source's
        // length (#14, attr31).
        assert_attribution(
            "According to documents posted by the National Highway Traffic Safety Administration on Friday, the recall covers 2022 to 2025 models.",
            &[(
                Official,
                Some("documents posted by the National Highway Traffic Safety Administration on Friday"),
            )],
        );
    }

    #[test]
    fn differently_sourced_clauses_are_two_claims() {
        assert_attribution(
            "Iran denies the talks, while the White House declined to comment.",
            &[
                (Official, Some("Iran")),
                (Official, Some("the White House")),
            ],
        );
        assert_attribution(
            "The council approved the plan, but residents said it was rushed.",
            &[(Unattributed, None), (Anonymous, Some("residents"))],
        );
        // A clause with a verb of its own is a claim of its own ...
        assert_attribution(
            "The army agreed to a truce, and the ministry said it would monitor it.",
            &[(Unattributed, None), (Official, Some("the ministry"))],
        );
        // ... but a source and its verb alone report what came before.
        assert_attribution(
            "The sides agreed to talks, Saudi and U.S. mediators said in a joint statement on Thursday.",
            &[(Official, Some("Saudi and U.S. mediators"))],
        );
        // A bare "and" between capitals is inside a name, not a join ...
        assert_attribution(
            "The state will spend $48 million, Minister for Water and Catchments Priya Anand announced today.",
            &[(Official, Some("Minister for Water and Catchments Priya Anand"))],
        );
        // ... unless a cue follows the next word: "Smith said" is a clause.
        assert_attribution(
            "The company confirmed the deal to Reuters and Smith said it would close soon.",
            &[(Official, Some("The company")), (Named, Some("Smith"))],
        );
    }

    #[test]
    fn quotations_of_several_sentences_are_one_speakers() {
        assert_attribution(
            "“We are ready. We have always been ready,” Jane Ruiz said.",
            &[(Named, Some("Jane Ruiz")), (Named, Some("Jane Ruiz"))],
        );
    }
}
