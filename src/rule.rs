//! Every attribution and verdict rule's stable id and its machine name, one
//! line each. A [`Reason`](crate::Reason) names its rule by id; code matches
//! on the id, never on the name or the reader's message. The names are the
//! output's `rule` strings (docs/schema.md): they never change once shipped.

/// Declares [`RuleId`] from lines of `Id = "machine-name";`.
macro_rules! rules {
    ($($(#[$doc:meta])* $id:ident = $name:literal;)*) => {
        /// Which rule gave a claim its attribution, or an article its verdict.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum RuleId {
            $($(#[$doc])* $id,)*
        }

        impl RuleId {
            /// Every rule, in the order declared.
            #[cfg(test)]
            const ALL: &[RuleId] = &[$(RuleId::$id,)*];

            /// The rule's stable machine name, as the output writes it.
            pub fn name(self) -> &'static str {
                match self {
                    $(RuleId::$id => $name,)*
                }
            }
        }
    };
}

rules! {
    // The cue: how the claim is attributed (attribution/mod.rs).
    /// "said", "told", "wrote": a verb of saying.
    VerbOfSaying = "verb-of-saying";
    /// "according to".
    AccordingTo = "according-to";
    /// "reportedly", "is expected to": a cue that names no one.
    VagueCue = "vague-cue";
    /// "declined to comment": a refusal, on the record.
    RefusalOnRecord = "refusal-on-record";
    /// "believes", "expects", "fears": a verb of belief.
    BeliefVerb = "belief-verb";
    /// "in a statement", "the report": a noun of saying.
    SayingNoun = "saying-noun";
    /// Source words the reader cannot identify ("some say").
    VagueAttribution = "vague-attribution";

    // The source: who is cited (attribution/source.rs and its class files).
    /// A person's name.
    PersonName = "person-name";
    /// A named outlet or organisation speaking as such.
    NamedBody = "named-body";
    /// A spokesperson speaking for an institution.
    Spokesperson = "spokesperson";
    /// A spokesperson for a private person or firm.
    PrivateSpokesperson = "private-spokesperson";
    /// "Gilroy's partner", "his widow": one person known by their tie to a
    /// private person, named and speaking in person.
    PrivateRelation = "private-relation";
    /// A private person the article introduces by what they do ("grazier
    /// Margaret Dunphy"): named, and no formal channel is theirs.
    PrivatePerson = "private-person";
    /// A lawyer for an institution.
    InstitutionCounsel = "institution-counsel";
    /// Speaks for a private person: no formal channel for them.
    PrivateRepresentative = "private-representative";
    /// A company as such.
    Company = "company";
    /// A body its description before a comma calls one: "The supplement's
    /// maker, Hydrafuel,".
    ApposedBody = "apposed-body";
    /// A document, survey, poll or figure: it takes its author's kind.
    DocumentAuthor = "document-author";
    /// A document with no identified author.
    DocumentUnknownAuthor = "document-unknown-author";
    /// Source words that are a document.
    Document = "document";
    /// A document an institution issues publicly.
    FormalDocument = "formal-document";
    /// An institution speaking as such: a ministry, an agency, a court.
    Institution = "institution";
    /// A unit of an institution ("the council's trading standards team")
    /// speaking for it (attribution/units.rs).
    InstitutionUnit = "institution-unit";
    /// An organisation named as such ("the Pentagon", "The Taliban").
    Organisation = "organisation";
    /// A country or capital standing for its government.
    CountryOrCapital = "country-or-capital";
    /// People the text does not name ("officials", "residents").
    UnnamedPeople = "unnamed-people";
    /// A source that asks not to be named ("who asked not to be named",
    /// "on condition of anonymity") (attribution/anonymity.rs).
    AnonymityRequested = "anonymity-requested";
    /// A role the text does not name the holder of ("a witness").
    UnnamedRole = "unnamed-role";
    /// No source words at all.
    NoSourceWords = "no-source-words";
    /// Source words that name no one.
    Unidentified = "unidentified";
    /// "the group", "the official": a definite description referring back.
    BackReference = "back-reference";
    /// Source words the article identifies elsewhere.
    IdentifiedElsewhere = "identified-elsewhere";
    /// "he", "she", "they": a pronoun, resolved to the source it refers to.
    Pronoun = "pronoun";
    /// A pronoun that refers to no source named earlier.
    UnresolvedPronoun = "unresolved-pronoun";
    /// A statement, filing or hearing: a formal channel makes a source official.
    FormalChannel = "formal-channel";
    /// Counsel for the Crown telling the court: the prosecution speaks for
    /// the state on its record, official as a formal channel makes it.
    CrownCounsel = "crown-counsel";
    /// Published research: its authors are researchers the reader can look up.
    PublishedResearch = "published-research";
    /// A poll's figure, carried from the poll cited before it.
    PollFinding = "poll-finding";
    /// An answer in a printed interview: the interviewee speaks in person.
    InterviewAnswer = "interview-answer";
    /// A turn of a broadcast transcript, labelled with its speaker.
    TranscriptTurn = "transcript-turn";

    // Carrying attribution between claims (claims.rs, sources.rs).
    /// No cue and no source: the claim is unattributed.
    NoAttribution = "no-attribution";
    /// The same quotation as the claim before.
    QuoteContinues = "quote-continues";
    /// A quotation carried from the claim before it.
    QuoteCarried = "quote-carried";
    /// A block quotation carried from its lead-in.
    BlockQuote = "block-quote";
    /// A source takes the kind it has where the article names it most fully.
    SameSource = "same-source";

    // The article's verdict (verdict.rs).
    /// The share of claims in the author's voice that are opinion.
    OpinionShare = "opinion-share";
    /// The author's signals behind the opinion claims.
    OpinionSignals = "opinion-signals";
    /// Few opinion claims: a news report.
    Reports = "reports";
    /// Many opinion claims: a column or commentary.
    Argues = "argues";
    /// Some opinion claims: analysis, or reporting with commentary.
    Mixed = "mixed";
    /// The author speaks in the first person in opinion claims.
    FirstPerson = "first-person";
    /// No article text to judge.
    NoClaims = "no-claims";
}

impl RuleId {
    /// Whether the rule makes a source official by speaking on the record:
    /// a formal channel, or counsel for the Crown in court.
    pub fn on_record(self) -> bool {
        matches!(self, RuleId::FormalChannel | RuleId::CrownCounsel)
    }
}

#[cfg(test)]
mod tests {
    use super::RuleId;

    #[test]
    fn names_are_unique_and_kebab_case() {
        let mut seen = std::collections::HashSet::new();
        for rule in RuleId::ALL {
            let name = rule.name();
            assert!(seen.insert(name), "{name} twice");
            assert!(
                name.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
                "{name}"
            );
        }
    }
}
