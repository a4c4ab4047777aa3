//! The sources roster: every person, body or document an article cites,
//! identified once, with all its mentions and claims (LABELS.md: "a source
//! introduced vaguely and identified elsewhere in the article takes its
//! fullest identification").
//!
//! The claims' source words are gathered, article by article and in order,
//! into sources: a mention joins an earlier source when it repeats it, when
//! its name words are a run of that source's name words ("Clinton" after
//! "Former President Bill Clinton", "the Security Council" after "The United
//! Nations Security Council"), or when it is a definite description that
//! refers back ("the former president", "the group", "the poll"). Each
//! source has one base kind, that of its fullest mention as the source
//! itself (before any formal channel of one claim), and every claim
//! takes it; the one change LABELS.md allows is kept with its reason: a
//! formal channel makes an office-holder's claim official.

mod aliases;

use crate::attribution::{self, AttributionKind};
use crate::lexicon::List;
use crate::rule::RuleId;
use crate::{Claim, Reason, Span};

/// What a source is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceType {
    /// A person, or unnamed people ("officials", "experts").
    Person,
    /// An institution, company or organisation.
    Body,
    /// A report, poll, statement or other document: it speaks for its author.
    Document,
    Unknown,
}

impl SourceType {
    pub fn as_str(self) -> &'static str {
        match self {
            SourceType::Person => "person",
            SourceType::Body => "body",
            SourceType::Document => "document",
            SourceType::Unknown => "unknown",
        }
    }
}

/// One source of one article.
#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    /// Index into the analysis's articles.
    pub article: usize,
    /// The fullest name the article gives it.
    pub name: Span,
    /// Its base kind: that of its fullest mention.
    pub kind: AttributionKind,
    pub source_type: SourceType,
    /// Every distinct span of source words that points to it, in order.
    pub mentions: Vec<Span>,
    /// The claims it stands behind (indexes into the analysis's claims).
    pub claims: Vec<usize>,
}

/// Words that open or title a name without naming anyone by themselves.
const NOT_NAME_WORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "mr",
    "mrs",
    "ms",
    "dr",
    "gov",
    "sen",
    "rep",
    "gen",
    "prof",
    "former",
    "then",
    "president",
    "sir",
    "dame",
    "lord",
    "lady",
    "judge",
    "justice",
    "senator",
    "governor",
];

/// The capitalised words of a mention, titles stripped: what names it
/// ("Bill", "Clinton"). Each comma-separated phrase is read up to the
/// preposition after a common noun ("a spokesperson for Okafor, Dana
/// Whitcombe": Dana Whitcombe). A phrase whose head is a common noun has
/// capitals that only modify it ("Brandt supporters", "Okafor's office").
fn name_words(text: &str, mention: Span) -> Vec<String> {
    let name_word = |w: &str| {
        !NOT_NAME_WORDS
            .iter()
            .any(|n| w.trim_end_matches('.').eq_ignore_ascii_case(n))
    };
    let mut out = Vec::new();
    // The mention's words once, in phrases: a comma between two words
    // ends one.
    let all = attribution::words::words(text, mention, &[]);
    let mut phrases: Vec<&[attribution::words::Word]> = Vec::new();
    let mut from = 0;
    for i in 1..=all.len() {
        let comma = all
            .get(i)
            .is_none_or(|next| text[all[i - 1].span.end..next.span.start].contains(','));
        if comma {
            phrases.push(&all[from..i]);
            from = i;
        }
    }
    for ws in phrases {
        let phrase = Span::new(ws[0].span.start, ws[ws.len() - 1].span.end);
        let mut head: Vec<&attribution::words::Word> = Vec::new();
        for w in ws {
            // "a spokesperson for Okafor": a preposition after a common
            // noun ends the head (`name_post_prepositions.txt`).
            let after_common = head.last().is_some_and(|p| !p.is_capitalized(text));
            if after_common && !w.is_capitalized(text) && w.is_in(List::NamePostPrepositions) {
                break;
            }
            head.push(w);
        }
        if !head.last().is_some_and(|w| w.is_capitalized(text)) {
            // "Wessex director of rugby Mark Pellow": the reading stopped at
            // the post's preposition; the name after the post is the
            // person's. (After a name, as in "Martina Keller, a principal
            // analyst at the consultancy Halden Research", it is the
            // employer's, not hers.)
            if !out.is_empty() {
                continue;
            }
            out.extend(
                aliases::name_after_post(text, phrase)
                    .into_iter()
                    .filter(|w| name_word(w)),
            );
            continue;
        }
        out.extend(
            head.iter()
                .filter(|w| w.is_capitalized(text) && name_word(w.of(text)))
                .map(|w| {
                    crate::token::lower(attribution::without_possessive(w.of(text))).into_owned()
                }),
        );
    }
    out
}

/// The lower-cased words of a mention.
fn lower_words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .map(|w| crate::token::lower(w).into_owned())
        .collect()
}

fn is_run_of(short: &[String], long: &[String]) -> bool {
    !short.is_empty() && short.len() <= long.len() && long.windows(short.len()).any(|w| w == short)
}

/// A mention with no name of its own that refers back by its head noun:
/// "the former president", "the group", "the poll", "the agency".
fn definite_head(text: &str) -> Option<String> {
    let words = lower_words(text);
    let first = words.first()?;
    if !matches!(first.as_str(), "the" | "this" | "that") || words.len() > 4 {
        return None;
    }
    // "the French foreign ministry" is a new reference, not a return.
    let capitalised = crate::token::pieces(text)
        .skip(1)
        .any(|w| w.chars().next().is_some_and(char::is_uppercase));
    if capitalised {
        return None;
    }
    // "the ministry's survey" names its own author: not a return to
    // another body's survey.
    let mut raw: Vec<&str> = crate::token::pieces(text).collect();
    raw.pop();
    let possessive = raw.iter().any(|w| {
        let w = w.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
        w.ends_with("'s") || w.ends_with("’s") || w.ends_with("s'") || w.ends_with("s’")
    });
    if possessive {
        return None;
    }
    words.last().cloned()
}

/// Generic heads that refer back to any body ("the group" after a named
/// union); a specific head ("the ministry") must be the body's own word.
const BODY_HEADS: &[&str] = &[
    "group",
    "organization",
    "organisation",
    "body",
    "company",
    "firm",
    "charity",
];

struct Entity {
    source: Source,
    /// What its mentions are, by their own words (each type once).
    types: Vec<SourceType>,
    /// The name words of its mentions (each list once).
    names: Vec<Vec<String>>,
    /// The lower-cased words of its mentions (each list once).
    words: Vec<Vec<String>>,
    /// Its mentions, for a quick "seen already".
    seen: rustc_hash::FxHashSet<Span>,
}

impl Entity {
    /// Adds what `mention` says of the entity; forms it already has are
    /// kept once, so that a source named a thousand times in a long text
    /// is still quick to compare with.
    fn add(&mut self, mention: Span, kind: SourceType, names: Vec<String>, words: Vec<String>) {
        self.seen.insert(mention);
        self.source.mentions.push(mention);
        if !self.types.contains(&kind) {
            self.types.push(kind);
        }
        if !self.names.contains(&names) {
            self.names.push(names);
        }
        if !self.words.contains(&words) {
            self.words.push(words);
        }
    }
}

/// The current article's sources by the words that can join a mention to
/// them, so that each mention is compared with the sources it could be,
/// not with every earlier one (which is quadratic in a long text).
#[derive(Default)]
struct Index {
    /// A mention's whole lower-cased words.
    by_words: rustc_hash::FxHashMap<Vec<String>, Vec<usize>>,
    /// Each name word of a mention.
    by_name_word: rustc_hash::FxHashMap<String, Vec<usize>>,
    /// Each lower-cased word of a mention (a definite head's look-up).
    by_word: rustc_hash::FxHashMap<String, Vec<usize>>,
    /// Sources that are bodies, and documents, by their first mention.
    bodies: Vec<usize>,
    documents: Vec<usize>,
}

impl Index {
    fn add(&mut self, id: usize, names: &[String], words: &[String]) {
        let push = |list: &mut Vec<usize>| {
            if list.last() != Some(&id) {
                list.push(id);
            }
        };
        // A key is copied only when it is new: a source's mentions repeat
        // its words.
        match self.by_words.get_mut(words) {
            Some(list) => push(list),
            None => {
                self.by_words.insert(words.to_vec(), vec![id]);
            }
        }
        for (map, keys) in [(&mut self.by_name_word, names), (&mut self.by_word, words)] {
            for k in keys {
                match map.get_mut(k.as_str()) {
                    Some(list) => push(list),
                    None => {
                        map.insert(k.clone(), vec![id]);
                    }
                }
            }
        }
    }

    /// The sources a mention could be ([`Entity::is`] decides), latest
    /// first: those with the same words, then those sharing a name word or,
    /// for a mention without a name, its definite head.
    fn candidates(
        &self,
        text: &str,
        mention: Span,
        names: &[String],
        words: &[String],
    ) -> Vec<usize> {
        // The same words first, latest first ("The state" again is the
        // earlier "The state", not "the state's own election office" named
        // since): the other candidates only after them.
        let mut out: Vec<usize> = self.by_words.get(words).cloned().unwrap_or_default();
        out.sort_unstable_by(|a, b| b.cmp(a));
        let same = out.len();
        if !names.is_empty() {
            for n in names {
                out.extend(self.by_name_word.get(n).into_iter().flatten());
            }
        } else if let Some(head) = definite_head(mention.of(text)) {
            out.extend(self.by_word.get(&head).into_iter().flatten());
            if BODY_HEADS.contains(&head.as_str()) {
                out.extend(&self.bodies);
            }
            if attribution::is_document_word(&head) {
                out.extend(&self.documents);
            }
        }
        out[same..].sort_unstable_by(|a, b| b.cmp(a));
        let mut seen = rustc_hash::FxHashSet::default();
        out.retain(|&id| seen.insert(id));
        out
    }
}

impl Entity {
    /// Whether `mention` (with its name and plain words) is this source.
    /// With `generic` off, a definite description must repeat the source's
    /// own head word ("the report" after "the report"); with it on, a
    /// generic head also refers back to any body or document ("the group",
    /// "the report" after "a separate analysis").
    fn is(
        &self,
        text: &str,
        mention: Span,
        kind: SourceType,
        names: &[String],
        words: &[String],
        generic: bool,
    ) -> bool {
        let same_words = self.words.iter().any(|w| w == words);
        if same_words && !words.is_empty() {
            return true;
        }
        // A person is not the office or document that bears their name.
        let compatible =
            |t: SourceType| t == kind || t == SourceType::Unknown || kind == SourceType::Unknown;
        if !self.types.iter().copied().all(compatible) {
            return false;
        }
        if !names.is_empty() {
            return self
                .names
                .iter()
                .any(|n| is_run_of(names, n) || is_run_of(n, names));
        }
        match definite_head(mention.of(text)) {
            Some(head) => {
                self.words.iter().any(|w| w.contains(&head))
                    || generic
                        && (BODY_HEADS.contains(&head.as_str())
                            && self.source.source_type == SourceType::Body)
                    // Not a formal document by another word: "the
                    // statement" after "a Prairie Watch analysis" is the
                    // institution's own (see attribution's document author).
                    || generic
                        && (attribution::is_document_word(&head)
                            && !attribution::is_formal_document(&head)
                            && self.source.source_type == SourceType::Document
                            // Nor a formal document by an informal word:
                            // "the note" after "a filing with the SEC" is
                            // a client note, not the filing.
                            && !self.words.iter().flatten().any(|w| attribution::is_formal_document(w)))
            }
            None => false,
        }
    }
}

/// Builds each article's roster from its claims, sets each claim's
/// `source_id` and gives it its source's kind.
pub fn roster(text: &str, claims: &mut [Claim]) -> Vec<Source> {
    let mut entities: Vec<Entity> = Vec::new();
    let mut index = Index::default();
    let mut article = usize::MAX;
    for (i, claim) in claims.iter_mut().enumerate() {
        if claim.article != article {
            article = claim.article;
            index = Index::default();
        }
        let at = &claim.attribution;
        let Some(mention) = at
            .source
            .filter(|_| at.kind != AttributionKind::Unattributed)
        else {
            continue;
        };
        let words = lower_words(mention.of(text));
        if words.is_empty() {
            continue;
        }
        let names = name_words(text, mention);
        let read = attribution::source_type(text, mention);
        // "The national federation, Athletics Norland": the attribution
        // layer read a body's description before its name.
        let apposed_body = at.reasons.iter().any(|r| r.rule == RuleId::ApposedBody);
        let kind = if aliases::titled_person_of_body(text, mention)
            || aliases::post_then_name(text, mention)
                // "A report by the council's director of education, Alan
                // Reid" is the report, whoever wrote it.
                && read != SourceType::Document
                && !apposed_body
        {
            SourceType::Person
        } else {
            type_read(text, mention, at, read)
        };
        let kind = if opens_a_body_name(&index, &entities, kind, &names, &words) {
            SourceType::Body
        } else {
            kind
        };
        // The latest source of this article it refers to, if any: one
        // its own words name first ("the report" after "the agency's
        // report", though another document came between), then any body or
        // document a generic head refers back to.
        let candidates = index.candidates(text, mention, &names, &words);
        let found = [false, true]
            .into_iter()
            .find_map(|generic| {
                candidates
                    .iter()
                    .copied()
                    .find(|&e| entities[e].is(text, mention, kind, &names, &words, generic))
            })
            .or_else(|| other_name(text, mention, kind, &names, article, &entities));
        let id = match found {
            Some(id) => {
                let e = &mut entities[id];
                if !e.seen.contains(&mention) {
                    index.add(id, &names, &words);
                    e.add(mention, kind, names, words);
                    if fuller(text, (mention, at.base), (e.source.name, e.source.kind)) {
                        e.source.name = mention;
                        e.source.kind = at.base;
                    }
                }
                id
            }
            None => {
                let id = entities.len();
                index.add(id, &names, &words);
                match kind {
                    SourceType::Body => index.bodies.push(id),
                    SourceType::Document => index.documents.push(id),
                    _ => {}
                }
                entities.push(Entity {
                    source: Source {
                        article,
                        name: mention,
                        kind: at.base,
                        source_type: kind,
                        mentions: vec![mention],
                        claims: Vec::new(),
                    },
                    types: vec![kind],
                    names: vec![names],
                    words: vec![words],
                    seen: std::iter::once(mention).collect(),
                });
                id
            }
        };
        entities[id].source.claims.push(i);
        claim.source_id = Some(id);
    }
    let sources: Vec<Source> = entities.into_iter().map(|e| e.source).collect();
    for source in &sources {
        for &c in &source.claims {
            take_kind(text, &mut claims[c], source);
        }
    }
    sources
}

/// Whether a mention read as a person's, all of it name words ("Severn
/// Vale"), is the opening of the name of exactly one body the article
/// named before ("Severn Vale Water"), with no person of the article
/// sharing a word of it: the body called short, as "In a statement,
/// Severn Vale said" is the company's statement (LABELS.md: a source takes
/// its fullest identification).
fn opens_a_body_name(
    index: &Index,
    entities: &[Entity],
    kind: SourceType,
    names: &[String],
    words: &[String],
) -> bool {
    if kind != SourceType::Person || names.is_empty() || names.len() != words.len() {
        return false;
    }
    let mut body = None;
    for &id in names
        .iter()
        .flat_map(|n| index.by_name_word.get(n).into_iter().flatten())
    {
        let e = &entities[id];
        if e.types.contains(&SourceType::Person) {
            return false;
        }
        let opens = e
            .names
            .iter()
            .any(|n| n.len() > names.len() && n.starts_with(names));
        if opens && e.types.contains(&SourceType::Body) {
            if body.is_some_and(|b| b != id) {
                return false;
            }
            body = Some(id);
        }
    }
    body.is_some()
}

/// The latest source of `article` that `mention` names by another name
/// than its words ([`aliases`]): a body's initials after its full name
/// ("MOM" after "the Ministry of Manpower"), the bare word that stands for
/// a body named with it ("police" after "West Riding Police", and the name
/// after the bare word). Only when one source of the article fits.
fn other_name(
    text: &str,
    mention: Span,
    kind: SourceType,
    names: &[String],
    article: usize,
    entities: &[Entity],
) -> Option<usize> {
    let m = mention.of(text);
    let body = |e: &Entity| {
        e.source.article == article
            && e.types
                .iter()
                .all(|&t| t == SourceType::Body || t == SourceType::Unknown)
    };
    // The article's bodies whose mentions pass `fits`.
    let bodies = |fits: &dyn Fn(&[Span]) -> bool| -> Vec<usize> {
        entities
            .iter()
            .enumerate()
            .filter(|(_, e)| body(e) && fits(&e.source.mentions))
            .map(|(i, _)| i)
            .collect()
    };
    let bare = m.trim_start_matches("the ").trim_start_matches("The ");
    let fits: Vec<usize> = if aliases::is_initials(bare) {
        bodies(&|ms| ms.iter().any(|&s| aliases::spells(bare, text, s)))
    } else if let Some(word) = aliases::institution_word(text, mention) {
        bodies(&|ms| ms.iter().any(|&s| aliases::names_with(text, s, &word)))
    } else if kind == SourceType::Body && !names.is_empty() {
        bodies(&|ms| {
            ms.iter().all(|&s| {
                aliases::institution_word(text, s)
                    .is_some_and(|w| aliases::names_with(text, mention, &w))
            })
        })
    } else {
        Vec::new()
    };
    match fits.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

/// What a claim's source is, as the rule that read its words says: a name
/// the article shows to be a company's ("Nimbra said") or an
/// organisation's ("Kestrel Midstream, the Houston-based company ...") is a
/// body, not a person who shares its first word ("Nimbra chief technology
/// officer Rajiv Menon"); a person's name is a person, whatever office it
/// holds ("U.S. District Judge Harriet Lomax"), when the name ends its
/// phrase ("The Harbour Workers Union" read by "Harbour" is still a body).
/// Other sources keep the type their words give (`by_words`).
fn type_read(
    text: &str,
    mention: Span,
    at: &crate::Attribution,
    by_words: SourceType,
) -> SourceType {
    // After the name: nothing, a comma, a preposition ("of the Court of
    // First Instance") or a post-nominal in capitals ("SC", "Jr").
    let ends_phrase = |name: Option<Span>| {
        name.and_then(|n| text.get(n.end..mention.end))
            .is_some_and(|rest| {
                let next = crate::token::pieces(rest).next().unwrap_or("");
                let word = next.trim_matches(|c: char| !c.is_alphanumeric());
                rest.trim_start().starts_with(',')
                    || word.is_empty()
                    || ["of", "for", "at", "from"].contains(&word)
                    || word.chars().all(|c| c.is_uppercase())
                    || word == "Jr"
            })
    };
    let read = at.reasons.iter().find_map(|r| match r.rule {
        RuleId::Company | RuleId::Organisation | RuleId::ApposedBody => Some(SourceType::Body),
        RuleId::PersonName if ends_phrase(r.span) => Some(SourceType::Person),
        // "Counsel for the board, Ambrose Lui SC": counsel are people, as
        // spokespeople are, whoever they speak for.
        RuleId::InstitutionCounsel => Some(SourceType::Person),
        _ => None,
    });
    match (read, by_words) {
        (Some(t), SourceType::Person | SourceType::Body | SourceType::Unknown) => t,
        _ => by_words,
    }
}

/// Whether `a` (of kind `a_kind`) names a source more fully than `b` (of
/// kind `b_kind`): an identified mention before an anonymous one, then more
/// name words, then more words (a title, a role in apposition).
fn fuller(
    text: &str,
    (a, a_kind): (Span, AttributionKind),
    (b, b_kind): (Span, AttributionKind),
) -> bool {
    let key = |s: Span, k: AttributionKind| {
        (
            k != AttributionKind::Anonymous,
            name_words(text, s).len(),
            lower_words(s.of(text)).len(),
        )
    };
    key(a, a_kind) > key(b, b_kind)
}

/// Gives `claim` its source's kind, unless a formal channel made an
/// office-holder's claim official (that reason stays).
fn take_kind(text: &str, claim: &mut Claim, source: &Source) {
    let at = &mut claim.attribution;
    let formal = at.reasons.iter().any(|r| r.rule.on_record());
    // LABELS.md rule 1: a spokesperson speaking on another's behalf is
    // official, whoever they speak for ("Dvorak spokesman Kyle Brandt
    // said" after the speaker's own interview).
    let spokesperson = at.reasons.iter().any(|r| r.rule == RuleId::Spokesperson);
    if at.kind == source.kind || ((formal || spokesperson) && at.kind == AttributionKind::Official)
    {
        at.base = source.kind;
        return;
    }
    at.reasons.push(Reason::new(
        RuleId::SameSource,
        format!(
            "the article's source “{}” is {} where it is named most fully; every claim it stands behind takes that kind",
            source.name.of(text),
            source.kind.as_str()
        ),
        Some(source.name),
    ));
    at.kind = source.kind;
    at.base = source.kind;
}

#[cfg(test)]
mod tests {
    use crate::analyze_text;

    /// The source words of each claim and the roster id they were given.
    fn ids(text: &str) -> Vec<(Option<String>, Option<usize>)> {
        let a = analyze_text(text).unwrap();
        a.claims
            .iter()
            .map(|c| {
                (
                    c.attribution.source.map(|s| s.of(text).to_string()),
                    c.source_id,
                )
            })
            .collect()
    }

    #[test]
    fn a_surname_and_a_title_are_the_full_name() {
        let text = "Former Mayor Lena Okoro said the pier would reopen. \
                    Okoro said repairs cost $2 million. \
                    The ferry runs hourly.";
        let got = ids(text);
        assert_eq!(got[0].1, Some(0), "{got:?}");
        assert_eq!(got[1].1, Some(0), "{got:?}");
        assert_eq!(got[2], (None, None));
    }

    #[test]
    fn different_people_are_different_sources() {
        let text = "Lena Okoro said the pier would reopen. Paul Mbeki said it would not.";
        let got = ids(text);
        assert_eq!((got[0].1, got[1].1), (Some(0), Some(1)), "{got:?}");
    }

    #[test]
    fn a_definite_description_refers_back_and_takes_the_kind() {
        let text = "The Harbour Workers Union said the strike would go on. \
                    The group said talks had failed.";
        let a = analyze_text(text).unwrap();
        assert_eq!(a.sources.len(), 1, "{:?}", a.sources);
        let s = &a.sources[0];
        assert_eq!(s.name.of(text), "The Harbour Workers Union");
        assert_eq!(s.claims, [0, 1]);
        assert_eq!(a.claims[0].attribution.kind, a.claims[1].attribution.kind);
    }

    #[test]
    fn the_same_words_again_are_the_earlier_source_not_a_later_one_sharing_a_word() {
        // "The state" again is the earlier "The state", though "the
        // state's own election office" came between.
        let text = "The state has said the law prevents fraud. \
                    But the state's own election office reported two cases. \
                    The state disputes that figure.";
        let got = ids(text);
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(got[0].1, got[2].1, "{got:?}");
        assert_ne!(got[0].1, got[1].1, "{got:?}");
    }

    #[test]
    fn a_body_called_by_the_first_words_of_its_name_is_the_body() {
        let text = "Severn Vale Water told the stock market that its chief executive \
                    would get a bonus. In a statement, Severn Vale said the award was fair.";
        let got = ids(text);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].1, got[1].1, "{got:?}");
        // A person's surname that a body's name opens with stays the person.
        let text = "Ford Motor said sales fell. Bill Ford said the plant would stay open. \
                    Ford said it was his decision.";
        let got = ids(text);
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(got[1].1, got[2].1, "{got:?}");
    }

    #[test]
    fn a_body_its_description_names_is_one_body_with_its_later_name() {
        let text = "The national federation, Athletics Norland, said it had been informed. \
                    Athletics Norland later said the case was closed.";
        let got = ids(text);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].1, got[1].1, "{got:?}");
        let a = analyze_text(text).unwrap();
        assert!(
            a.sources
                .iter()
                .all(|s| s.source_type == super::SourceType::Body),
            "{:?}",
            a.sources
        );
    }

    #[test]
    fn a_new_body_is_not_an_earlier_one() {
        let text = "The prize went to her foundation, according to the Harbour Trust. \
                    The French foreign ministry said the ruling was unjust.";
        let a = analyze_text(text).unwrap();
        let ids: Vec<Option<usize>> = a.claims.iter().map(|c| c.source_id).collect();
        assert_eq!(ids.len(), 2, "{:?}", a.sources);
        assert_ne!(ids[0], ids[1], "{:?}", a.sources);
    }

    #[test]
    fn a_name_after_an_honorific_and_a_study_by_its_authors_are_one_source_each() {
        let got = ids(
            "County Health Executive Dr Grace Achieng said 14 people had died. \
             Dr Achieng said the wards were full. \
             A study by researchers at the Kenya Medical Research Institute found that \
             wells were to blame. The study said most wells were shallow.",
        );
        assert_eq!(got[0].1, got[1].1, "{got:?}");
        assert_eq!(got[2].1, got[3].1, "{got:?}");
        assert_ne!(got[0].1, got[2].1, "{got:?}");
    }

    #[test]
    fn a_person_titled_by_a_body_is_not_the_body() {
        let text = "Hospital president Dr. Ann Ode said the ward would close. \
                    The hospital said it would reopen in May.";
        let a = analyze_text(text).unwrap();
        let ids: Vec<Option<usize>> = a.claims.iter().map(|c| c.source_id).collect();
        assert_ne!(ids[0], ids[1], "{:?}", a.sources);
        assert_eq!(
            a.claims[1].attribution.kind,
            crate::AttributionKind::Official
        );
    }

    #[test]
    fn a_document_with_its_own_author_is_not_anothers() {
        let text = "A Harbour Trust survey found that most residents back the ferry. \
                    The ministry's survey found that most residents oppose it.";
        let a = analyze_text(text).unwrap();
        let ids: Vec<Option<usize>> = a.claims.iter().map(|c| c.source_id).collect();
        assert_ne!(ids[0], ids[1], "{:?}", a.sources);
        assert_eq!(
            a.claims[1].attribution.kind,
            crate::AttributionKind::Official,
            "{:?}",
            a.claims[1].attribution
        );
    }

    #[test]
    fn a_formal_document_by_another_word_is_not_the_document_before() {
        use crate::AttributionKind::{Named, Official};
        // The statement is what the company issued, not the institute's
        // survey; the prospectus likewise, not the regulator's report.
        let text = "A survey by the Larkin Institute found that most investors back the offer.\n\n\
                    The company's offer will raise $40 million, the statement said.\n\n\
                    The company made a loss in 2022, according to the prospectus.";
        let a = analyze_text(text).unwrap();
        let ids: Vec<Option<usize>> = a.claims.iter().map(|c| c.source_id).collect();
        assert_ne!(ids[0], ids[1], "{:?}", a.sources);
        assert_ne!(ids[0], ids[2], "{:?}", a.sources);
        let kinds: Vec<_> = a.claims.iter().map(|c| c.attribution.kind).collect();
        assert_eq!(kinds, [Named, Official, Official], "{:?}", a.claims);
    }

    #[test]
    fn an_office_holders_channel_makes_only_its_own_claim_official() {
        use crate::AttributionKind::{Named, Official};
        // The entity's base kind is the office-holder's own (named); the
        // announcement alone is official, her press conference is in person.
        let text = "Premier Jo Marsh has announced $1 billion for farmers.\n\n\
                    Ms Marsh told a press conference in Dubbo that the money would flow within weeks.\n\n\
                    “No farmer should feel alone,” she said.";
        let a = analyze_text(text).unwrap();
        let kinds: Vec<_> = a.claims.iter().map(|c| c.attribution.kind).collect();
        assert_eq!(kinds, [Official, Named, Named], "{:?}", a.claims);
        assert_eq!(a.sources.len(), 1, "{:?}", a.sources);
        assert_eq!(a.sources[0].kind, Named);
        // A spokesperson is official whatever the channel.
        let text =
            "Dana Ruiz, a ministry spokeswoman, said in a statement that talks had failed.\n\n\
                    Ruiz told reporters the ministry would try again.";
        let a = analyze_text(text).unwrap();
        let kinds: Vec<_> = a.claims.iter().map(|c| c.attribution.kind).collect();
        assert_eq!(kinds, [Official, Official], "{:?}", a.claims);
    }

    #[test]
    fn a_pronoun_joins_the_person_it_resolves_to() {
        let text = "Lena Okoro, the harbour master, said the pier would reopen.\n\n\
                    “It will be ready in May,” she said.";
        let a = analyze_text(text).unwrap();
        assert_eq!(a.sources.len(), 1, "{:?}", a.sources);
        assert_eq!(a.sources[0].claims, [0, 1]);
        assert_eq!(a.sources[0].source_type, super::SourceType::Person);
    }

    #[test]
    fn a_surname_after_a_post_or_a_title_before_a_body_is_the_full_name() {
        // A post holding a preposition before the name.
        let got = ids(
            "Harbour director of operations Mark Pellow said the pier would reopen. \
             Pellow said repairs cost $2 million.",
        );
        assert_eq!(got[0].1, got[1].1, "{got:?}");
        // A person titled before the body they serve.
        let got = ids(
            "Battalion Chief Dana Ruiz of the Front Range Fire District said the fire spread fast. \
             Ruiz said nobody was hurt.",
        );
        assert_eq!(got[0].1, got[1].1, "{got:?}");
    }

    #[test]
    fn a_spokesperson_for_a_named_person_stays_official() {
        use crate::AttributionKind::{Named, Official};
        let text = "Speaker Russ Dvorak said in an interview that the votes were there. \
                    Dvorak spokesman Kyle Brandt said talks would resume.";
        let a = analyze_text(text).unwrap();
        let kinds: Vec<_> = a.claims.iter().map(|c| c.attribution.kind).collect();
        assert_eq!(kinds, [Named, Official], "{:?}", a.claims);
    }

    #[test]
    fn a_bodys_initials_and_its_bare_word_are_the_body() {
        let got = ids("The Ministry of Manpower said the rules would change. \
             MOM said employers had a year to comply.");
        assert_eq!(got[0].1, got[1].1, "{got:?}");
        let got = ids("A man was charged with assault, police said. \
             West Riding Police said he would appear in court on Monday.");
        assert_eq!(got[0].1, got[1].1, "{got:?}");
        let got = ids(
            "The Springdale Police Department said the road was closed. \
             The standoff ended at noon, police said.",
        );
        assert_eq!(got[0].1, got[1].1, "{got:?}");
        // Two forces: the bare word is neither.
        let got = ids(
            "The Springdale Police Department said the road was closed. \
             The Harbour Police Service said the port was open. \
             The standoff ended at noon, police said.",
        );
        assert_ne!(got[2].1, got[0].1, "{got:?}");
        assert_ne!(got[2].1, got[1].1, "{got:?}");
    }
}
