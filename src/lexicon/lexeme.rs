//! Word-list membership from one table: every entry of the lists below,
//! lower-cased, mapped to the set of lists it is on.
//!
//! A rule asks [`Lexeme::of`] a word (or a token its [`Lexeme`], looked up
//! once when the token layer splits the text) and then
//! [`Lexeme::is_in`] a [`List`]: one hash of the word for every list, no
//! `String` per word and no set per list. Membership is exactly a
//! `HashSet` of the list's entries lower-cased with `str::to_lowercase`
//! and asked about the word lower-cased the same way: entries keep their
//! inner punctuation and spaces, and a multi-word entry is found only by a
//! key holding the same words (a whole line looked up, not a token).

use std::sync::LazyLock;

macro_rules! lists {
    ($($(#[$doc:meta])* $name:ident = $file:literal,)*) => {
        /// A word list of `src/lexicon/` whose membership the table holds.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum List {
            $($(#[$doc])* $name,)*
        }

        /// Each list with its entries lower-cased, one a line, in the order
        /// of [`List`].
        const FILES: &[(List, &str)] = &[$((List::$name, super::lower_list!($file)),)*];

        /// Each list with its file as written, for the tests.
        #[cfg(test)]
        const WRITTEN: &[(List, &str)] = &[$((List::$name, super::list!($file)),)*];
    };
}

lists! {
    /// The abbreviation lists of the sentence splitter, each split by the
    /// case its entries are written in (`build.rs`), without their final
    /// stops: an entry written in lower case matches a word in any case;
    /// a capitalised one, a capitalised word only.
    AbbreviationsAmbiguous = "abbreviations.any.txt",
    AbbreviationsAmbiguousCapitalised = "abbreviations.capitalised.txt",
    AbbreviationsBeforeNames = "abbreviations_before_names.any.txt",
    AbbreviationsBeforeNamesCapitalised = "abbreviations_before_names.capitalised.txt",
    AbbreviationsBeforeNumbers = "abbreviations_before_numbers.any.txt",
    AbbreviationsBeforeNumbersCapitalised = "abbreviations_before_numbers.capitalised.txt",
    AbbreviationsDates = "abbreviations_dates.any.txt",
    AbbreviationsDatesCapitalised = "abbreviations_dates.capitalised.txt",
    AccountActions = "account_actions.txt",
    Advertisement = "advertisement.txt",
    /// The last word of an alert banner's label ("WEATHER ALERT:") (furniture/banners.rs).
    AlertBanners = "alert_banners.txt",
    /// "anonymity": a request not to be named (attribution/anonymity.rs).
    AnonymityNouns = "anonymity_nouns.txt",
    AnonymousPeople = "anonymous_people.txt",
    /// Head nouns of a description before a comma that calls the name after
    /// it a body (`attribution::apposed`).
    ApposedBodyHeads = "apposed_body_heads.txt",
    /// A judge's decision opening a sentence (attribution/rulings.rs).
    BenchDecisions = "bench_decisions.txt",
    /// Who a judge tells something in court (attribution/rulings.rs).
    BenchInCourt = "bench_in_court.txt",
    /// Where a judge speaks in person, not from the bench (attribution/rulings.rs).
    BenchOutsideCourt = "bench_outside_court.txt",
    /// Head words of a unit inside an institution ("team", "unit") (attribution/units.rs).
    BodyUnits = "body_units.txt",
    BodyNameHeads = "body_name_heads.txt",
    /// Possessives pointing back to a body ("its", "their") (attribution/officer.rs).
    BodyPossessives = "body_possessives.txt",
    /// Words between a subject and its verb of saying ("has", "also") (attribution/source.rs).
    BetweenSubjectAndVerb = "between_subject_and_verb.txt",
    Boilerplate = "boilerplate.txt",
    /// Words that open a clause but are no part of its subject (attribution/source.rs).
    ClauseOpeners = "clause_openers.txt",
    ClauseSubjects = "clause_subjects.txt",
    ClockFollowers = "clock_followers.txt",
    CompanyNameHeads = "company_name_heads.txt",
    CompanyNouns = "company_nouns.txt",
    CompanySuffixes = "company_suffixes.txt",
    CommentWords = "comment_words.txt",
    /// The author's comment opening a clause after a speaker's ("and he's probably right") (claims.rs).
    CommentOpeners = "comment_openers.txt",
    /// Verbs that put a figure on what is to come ("forecast", "projected") (attribution/cue/forecast.rs).
    CueVerbsForecast = "cue_verbs_forecast.txt",
    /// Words before a verb of forecasting that make it a passive or an
    /// adjective ("is", "than") (attribution/cue/forecast.rs).
    CueForecastNotBefore = "cue_forecast_not_before.txt",
    /// Words right after a verb of forecasting that make it no forecast of
    /// a figure ("to", "of", "in") (attribution/cue/forecast.rs).
    CueForecastNotAfter = "cue_forecast_not_after.txt",
    ContactWords = "contact_words.txt",
    ContentOpeners = "content_openers.txt",
    /// "but", "yet": a join turning against a speaker's clause (claims.rs).
    ContrastiveConjunctions = "contrastive_conjunctions.txt",
    CorporateRoles = "corporate_roles.txt",
    CoordinatingConjunctions = "coordinating_conjunctions.txt",
    Countries = "countries.txt",
    /// Prepositions between unnamed people and a country (attribution/source.rs).
    CountryPrepositions = "country_prepositions.txt",
    Courts = "courts.txt",
    /// Openers naming counsel for the Crown ("Prosecuting,") (attribution/crown.rs).
    CrownOpeners = "crown_openers.txt",
    /// Small words between a photo credit's names (furniture/head_captions.rs).
    CreditLinks = "credit_links.txt",
    /// Determiners of a return to a document named before (attribution/named_before.rs).
    DefiniteDeterminers = "definite_determiners.txt",
    Demonyms = "demonyms.txt",
    DocumentParticiples = "document_participles.txt",
    /// Prepositions opening a document word's phrase (attribution/named_before.rs).
    DocumentPhrasePrepositions = "document_phrase_prepositions.txt",
    /// Who saw a document, not who wrote it (attribution/source.rs).
    DocumentReaders = "document_readers.txt",
    Documents = "documents.txt",
    DocumentsFormal = "documents_formal.txt",
    FrontingPrepositions = "fronting_prepositions.txt",
    /// "state", "federal": a level of government before an institution's name.
    GovernmentLevels = "government_levels.txt",
    /// Honorifics before a name ("mr", "dame") (attribution/source.rs).
    Honorifics = "honorifics.txt",
    /// "named", "identified": a name kept back after "not to be" (attribution/anonymity.rs).
    KeptBackParticiples = "kept_back_participles.txt",
    /// Determiners and numbers opening unnamed members of a group (attribution/source.rs).
    IndefiniteDeterminers = "indefinite_determiners.txt",
    InsertedPrepositions = "inserted_prepositions.txt",
    /// Prepositions between an institution and its place (attribution/source.rs).
    InstitutionPlacePrepositions = "institution_place_prepositions.txt",
    Institutions = "institutions.txt",
    Kickers = "kickers.txt",
    LineEndFunctionWords = "line_end_function_words.txt",
    Months = "months.txt",
    /// Words that carry a capitalised name on ("and", "of", "&") (attribution/source.rs).
    NameJoiners = "name_joiners.txt",
    /// Prepositions ending a mention's head after a common noun (sources.rs name_words).
    NamePostPrepositions = "name_post_prepositions.txt",
    NamedBodies = "named_bodies.txt",
    /// Verbs that put a name on something ("called", "dubbed") (attribution/source.rs).
    NamingVerbs = "naming_verbs.txt",
    /// "not" (attribution/anonymity.rs).
    Negators = "negators.txt",
    NegativeSubjects = "negative_subjects.txt",
    Navigation = "navigation.txt",
    NavigationListOpeners = "navigation_list_openers.txt",
    NewsAgencies = "news_agencies.txt",
    /// Capitalised words that are no part of a name ("The", "Mr") (attribution/source.rs).
    NotNames = "not_names.txt",
    /// Subject words that are no source ("i", "we", "there") (attribution/source.rs).
    NotSources = "not_sources.txt",
    /// Words that open an open question (stance/context.rs).
    OpenQuestionWords = "open_question_words.txt",
    /// Last words that make a capitalised name an organisation's.
    OrgNameHeads = "org_name_heads.txt",
    /// "first name", "forename": a part of a name that, given "only",
    /// leaves the source anonymous (attribution/anonymity.rs).
    PartialNames = "partial_names.txt",
    PartyNames = "party_names.txt",
    /// "be" before a participle (attribution/anonymity.rs).
    PassiveAuxiliaries = "passive_auxiliaries.txt",
    PhotoAgencies = "photo_agencies.txt",
    /// Prepositions after which unnamed people go on to a place or a body (attribution/source.rs).
    PlacePrepositions = "place_prepositions.txt",
    /// Prepositions between a poll and its place (attribution/source.rs).
    PollPlacePrepositions = "poll_place_prepositions.txt",
    /// Polls, surveys and poll averages.
    PollWords = "poll_words.txt",
    /// Words that cannot close a post right before a name ("for", "the") (sources/aliases.rs).
    PostLinks = "post_links.txt",
    PressReleaseLabels = "press_release_labels.txt",
    /// One person known by their tie to a private person: "Gilroy's
    /// partner", "his widow" (attribution/private.rs).
    PrivateRelations = "private_relations.txt",
    PrivateRepresentatives = "private_representatives.txt",
    /// Words that introduce a private person right before their full name:
    /// "grazier Margaret Dunphy" (attribution/private.rs).
    PrivatePeople = "private_people.txt",
    /// Participles of where people are: "drivers stuck at the turnoff"
    /// (attribution/unnamed.rs).
    PlacingParticiples = "placing_participles.txt",
    ReferenceLabels = "reference_labels.txt",
    /// Relative pronouns, and "where" (attribution/source.rs).
    RelativePronouns = "relative_pronouns.txt",
    /// "he", "it": a subject that may be the speaker going on (claims.rs).
    SpeakerPronouns = "speaker_pronouns.txt",
    ResearchAuthors = "research_authors.txt",
    ResearchFirmWords = "research_firm_words.txt",
    ResearchPapers = "research_papers.txt",
    Roles = "roles.txt",
    SentenceStarters = "sentence_starters.txt",
    /// "a", "an", "one": one unnamed person (attribution/source.rs).
    SingularDeterminers = "singular_determiners.txt",
    /// Words of a sign-up box, and two-word entries ("sign up") (furniture/sign_ups.rs).
    SignUpWords = "sign_up_words.txt",
    SitePages = "site_pages.txt",
    Spokespeople = "spokespeople.txt",
    Sports = "sports.txt",
    SponsoredLabels = "sponsored_labels.txt",
    SponsorLabelEndings = "sponsor_label_endings.txt",
    StanceClassifierNouns = "stance_classifier_nouns.txt",
    StanceCopulas = "stance_copulas.txt",
    StanceEmphasis = "stance_emphasis.txt",
    StanceFirstPerson = "stance_first_person.txt",
    StanceFrontedClauses = "stance_fronted_clauses.txt",
    /// Sentence adverbs that judge only when they open a claim (stance/fronted.rs).
    StanceFrontedJudgments = "stance_fronted_judgments.txt",
    StanceFirstPersonReporting = "stance_first_person_reporting.txt",
    StanceFirstPersonViewNouns = "stance_first_person_view_nouns.txt",
    StanceFirstPersonViews = "stance_first_person_views.txt",
    StanceImperatives = "stance_imperatives.txt",
    StanceImperativesObject = "stance_imperatives_object.txt",
    StanceNeutralAsides = "stance_neutral_asides.txt",
    /// People and bodies in office: "must now" on them is a call (stance/prescriptive.rs).
    StanceOfficeHolders = "stance_office_holders.txt",
    /// Classes a rule is laid on: "must" on them states it (stance/prescriptive.rs).
    StanceRuleBound = "stance_rule_bound.txt",
    StanceSecondPerson = "stance_second_person.txt",
    StanceSubordinators = "stance_subordinators.txt",
    /// Conjunctions opening a subordinate clause with its own subject (attribution/source.rs).
    Subordinators = "subordinators.txt",
    /// Time units of a time phrase opening a clause ("week", "morning") (attribution/source.rs).
    TimeUnits = "time_units.txt",
    /// Prepositions between a titled person and their body ("of", "at") (sources/aliases.rs).
    TitledBodyPrepositions = "titled_body_prepositions.txt",
    /// Titles written with a full stop before a name ("gen", "supt") (attribution/source.rs).
    TitlesBeforeNames = "titles_before_names.txt",
    UnnamedPersonNouns = "unnamed_person_nouns.txt",
    /// "whatever", "if", "how": a clause after them reports nothing said
    /// (attribution/cue/unsaid.rs).
    UnsaidClauseOpeners = "unsaid_clause_openers.txt",
    VerdictLabels = "verdict_labels.txt",
    Weekdays = "weekdays.txt",
    WriterPosts = "writer_posts.txt",
}

/// A set of [`List`]s, one bit each: room for 128 lists.
type Lists = u128;

impl List {
    fn bit(self) -> Lists {
        1 << self as u32
    }

    /// Whether `lower`, already lower-cased as the caller wants it
    /// compared, is an entry of the list (a word, or words joined by
    /// single spaces for a multi-word entry).
    pub fn contains(self, lower: &str) -> bool {
        Lexeme::of_lower(lower).is_in(self)
    }
}

/// A word's entry in the table: which lists it is on, which it opens or
/// closes an entry of, and its lower-case form. Words on no list share
/// [`Lexeme::NONE`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Lexeme(u16);

impl Lexeme {
    /// The entry of every word on no list.
    pub const NONE: Lexeme = Lexeme(0);

    /// The entry of `word`, in any case.
    pub fn of(word: &str) -> Lexeme {
        if word.is_ascii() {
            let upper = word.bytes().any(|b| b.is_ascii_uppercase());
            return Lexeme::of_ascii(word.as_bytes(), upper);
        }
        let table = &*TABLE;
        // Every character lower-cases into one byte at least.
        if word.len() > 4 * table.longest || word.chars().count() > table.longest {
            return Lexeme::NONE;
        }
        table.get(crate::case::lower(word).as_bytes())
    }

    /// The entry of an ASCII `word`, in any case; `upper` whether it holds
    /// a capital (the token layer has looked already).
    pub(crate) fn of_ascii(word: &[u8], upper: bool) -> Lexeme {
        let table = &*TABLE;
        if word.len() > table.longest {
            return Lexeme::NONE;
        }
        if !upper {
            return table.get(word);
        }
        let mut buf = [0u8; LOWER_ON_STACK];
        match buf.get_mut(..word.len()) {
            Some(buf) => {
                buf.copy_from_slice(word);
                buf.make_ascii_lowercase();
                table.get(buf)
            }
            None => table.get(&word.to_ascii_lowercase()),
        }
    }

    /// The entry of `lower`, a word already lower-cased as the caller
    /// wants it compared (the sentence splitter folds apostrophes first).
    pub fn of_lower(lower: &str) -> Lexeme {
        TABLE.get(lower.as_bytes())
    }

    /// Whether the word is on `list`.
    pub fn is_in(self, list: List) -> bool {
        self.0 != 0 && TABLE.lists[self.0 as usize] & list.bit() != 0
    }

    /// Whether the word is on any of `lists`.
    pub fn is_in_any(self, lists: &[List]) -> bool {
        lists.iter().any(|&l| self.is_in(l))
    }

    /// Whether an entry of `list` opens with the word (an entry of one
    /// word opens with itself): before the words after it are joined and
    /// looked up ("chief" opens "chief executive officer").
    pub fn opens(self, list: List) -> bool {
        self.0 != 0 && TABLE.openers[self.0 as usize] & list.bit() != 0
    }

    /// Whether an entry of `list` ends with the word (an entry of one word
    /// ends with itself): before a line's last words are joined and looked
    /// up ("by" closes "sponsored by").
    pub fn closes(self, list: List) -> bool {
        self.0 != 0 && TABLE.closers[self.0 as usize] & list.bit() != 0
    }

    /// The word in lower case, for a word on some list (or opening or
    /// closing an entry of one).
    pub fn lower(self) -> Option<&'static str> {
        (self.0 != 0).then(|| TABLE.words[self.0 as usize])
    }
}

/// The longest list entry lower-cased on the stack, in bytes.
const LOWER_ON_STACK: usize = 64;

struct Table {
    /// Lower-cased entry (its bytes) to its index in `words` and `lists`.
    index: rustc_hash::FxHashMap<&'static [u8], u16>,
    /// Index 0 is the word on no list.
    words: Vec<&'static str>,
    lists: Vec<Lists>,
    /// The lists with an entry whose first word this is.
    openers: Vec<Lists>,
    /// The lists with an entry whose last word this is.
    closers: Vec<Lists>,
    /// The longest entry, in bytes.
    longest: usize,
    /// For each first byte of a key, the lengths of the keys opening with
    /// it (bit 63 for 63 bytes and more): most words on no list are told
    /// so without hashing them.
    shapes: [u64; 256],
    /// The keys of at most [`SHORT`] bytes again, for [`Short::get`].
    short: Short,
}

impl Table {
    fn get(&self, lower: &[u8]) -> Lexeme {
        match lower.first() {
            Some(&b) if self.shapes[usize::from(b)] & shape_bit(lower) != 0 => {
                if lower.len() <= SHORT {
                    return Lexeme(self.short.get(lower));
                }
                Lexeme(self.index.get(lower).copied().unwrap_or(0))
            }
            _ => Lexeme::NONE,
        }
    }
}

/// The longest key [`Short`] holds: eight bytes, one `u64`.
const SHORT: usize = 8;

/// The keys of one to eight bytes (nearly every word the tokens ask about)
/// each packed into a `u64`, in an open-addressed table: a word is found
/// by a multiplication and a compare of two integers, where the map hashed
/// it byte by byte and compared it as a slice (a fifth of the tokens'
/// making, on the bench's text).
struct Short {
    /// The key packed ([`pack`]), its length (0: an empty slot) and its
    /// index in [`Table::words`].
    slots: Vec<(u64, u16, u8)>,
    /// `slots.len() - 1` (a power of two, at least twice the keys).
    mask: usize,
}

impl Short {
    /// The table of the `keys` of at most [`SHORT`] bytes.
    fn of<'k>(keys: impl Iterator<Item = (&'k [u8], u16)> + Clone) -> Short {
        let count = keys.clone().filter(|(k, _)| k.len() <= SHORT).count();
        let size = (2 * count).next_power_of_two().max(16);
        let mut short = Short {
            slots: vec![(0, 0, 0); size],
            mask: size - 1,
        };
        for (key, at) in keys.filter(|(k, _)| !k.is_empty() && k.len() <= SHORT) {
            let packed = pack(key);
            let mut i = short.slot(packed, key.len());
            while short.slots[i].2 != 0 {
                i = (i + 1) & short.mask;
            }
            short.slots[i] = (packed, at, key.len() as u8);
        }
        short
    }

    /// Where the search for a key starts.
    #[inline(always)]
    fn slot(&self, packed: u64, len: usize) -> usize {
        let hash = (packed ^ len as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        (hash >> 40) as usize & self.mask
    }

    /// The index of `key` (one to [`SHORT`] bytes), or 0.
    #[inline]
    fn get(&self, key: &[u8]) -> u16 {
        let packed = pack(key);
        let mut i = self.slot(packed, key.len());
        loop {
            let (k, at, len) = self.slots[i];
            if len == 0 {
                return 0;
            }
            if k == packed && usize::from(len) == key.len() {
                return at;
            }
            i = (i + 1) & self.mask;
        }
    }
}

/// One to eight bytes as a `u64`, the first byte lowest, zeros above: read
/// as two overlapping halves (or three bytes) without a loop or a copy.
#[inline(always)]
fn pack(key: &[u8]) -> u64 {
    let len = key.len();
    debug_assert!((1..=SHORT).contains(&len));
    if len >= 4 {
        let lo = u32::from_le_bytes([key[0], key[1], key[2], key[3]]);
        let hi = u32::from_le_bytes([key[len - 4], key[len - 3], key[len - 2], key[len - 1]]);
        u64::from(lo) | u64::from(hi) << (8 * (len - 4))
    } else {
        u64::from(key[0])
            | u64::from(key[len / 2]) << (8 * (len / 2))
            | u64::from(key[len - 1]) << (8 * (len - 1))
    }
}

/// A key's length as a bit of [`Table::shapes`].
fn shape_bit(key: &[u8]) -> u64 {
    1 << key.len().min(63)
}

/// About how many words the table holds (1,940 in December 2026): room
/// for them all without growing the map.
const CAPACITY: usize = 2048;

static TABLE: LazyLock<Table> = LazyLock::new(|| {
    let mut table = Table {
        index: rustc_hash::FxHashMap::with_capacity_and_hasher(CAPACITY, Default::default()),
        words: Vec::with_capacity(CAPACITY),
        lists: Vec::with_capacity(CAPACITY),
        openers: Vec::with_capacity(CAPACITY),
        closers: Vec::with_capacity(CAPACITY),
        longest: 0,
        shapes: [0; 256],
        short: Short {
            slots: Vec::new(),
            mask: 0,
        },
    };
    table.words.push("");
    table.lists.push(0);
    table.openers.push(0);
    table.closers.push(0);
    // The entries come lower-cased, one a line (build.rs): each is hashed
    // once, and borrowed for the program.
    for (list, word) in FILES
        .iter()
        .flat_map(|&(list, keys)| keys.lines().map(move |word| (list, word)))
    {
        let at = table.at(word) as usize;
        table.lists[at] |= list.bit();
        // An entry of one word opens and closes itself: no second look-up.
        let (first, last) = match (word.split_once(' '), word.rsplit_once(' ')) {
            (Some((first, _)), Some((_, last))) => {
                (table.at(first) as usize, table.at(last) as usize)
            }
            _ => (at, at),
        };
        table.openers[first] |= list.bit();
        table.closers[last] |= list.bit();
        table.longest = table.longest.max(word.len());
    }
    table.short = Short::of(table.index.iter().map(|(&k, &v)| (k, v)));
    table
});

impl Table {
    /// The index of `word`, added if it is new.
    fn at(&mut self, word: &'static str) -> u16 {
        *self.index.entry(word.as_bytes()).or_insert_with(|| {
            if let Some(&b) = word.as_bytes().first() {
                self.shapes[usize::from(b)] |= shape_bit(word.as_bytes());
            }
            self.words.push(word);
            self.lists.push(0);
            self.openers.push(0);
            self.closers.push(0);
            u16::try_from(self.words.len() - 1).expect("fewer than 65,536 entries")
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lists_fit_the_bitset_and_stay_in_order() {
        assert!(FILES.len() <= Lists::BITS as usize);
        for (i, &(list, _)) in FILES.iter().enumerate() {
            assert_eq!(list as usize, i);
        }
    }

    #[test]
    fn build_rs_lower_cases_each_entry() {
        for (&(list, lower), &(_, written)) in FILES.iter().zip(WRITTEN) {
            let want: Vec<String> = super::super::entries(written)
                .map(str::to_lowercase)
                .collect();
            assert_eq!(lower.lines().collect::<Vec<_>>(), want, "{list:?}");
        }
    }

    /// The packed table answers what the map answers, for every key and
    /// for words that are no key (their prefixes, a key with a byte more
    /// or a zero byte added, which packs like the key itself).
    #[test]
    fn short_keys_are_found_as_the_map_finds_them() {
        let table = &*TABLE;
        let mut asked = 0;
        for (&key, &at) in &table.index {
            for n in 1..=key.len().min(SHORT + 1) {
                let mut probes = vec![key[..n].to_vec()];
                probes.push([&key[..n], b"\0"].concat());
                probes.push([&key[..n], b"s"].concat());
                for probe in probes {
                    let want = Lexeme(table.index.get(&probe[..]).copied().unwrap_or(0));
                    assert_eq!(table.get(&probe), want, "{probe:?}");
                    asked += 1;
                }
            }
            if key.len() <= SHORT && !key.is_empty() {
                assert_eq!(table.short.get(key), at);
            }
        }
        assert!(asked > 1000);
        for len in 1..=SHORT {
            let key: Vec<u8> = (1..=len as u8).collect();
            let want: u64 = key
                .iter()
                .enumerate()
                .map(|(i, &b)| u64::from(b) << (8 * i))
                .sum();
            assert_eq!(pack(&key), want, "{len}");
        }
    }

    #[test]
    fn membership_is_a_lower_cased_set_of_each_list() {
        for &(list, file) in WRITTEN {
            // What each list's own set of entries, lower-cased, answers.
            let set: super::super::Set =
                super::super::entries(file).map(str::to_lowercase).collect();
            for entry in super::super::entries(file) {
                for word in [
                    entry.to_string(),
                    entry.to_uppercase(),
                    entry.to_lowercase(),
                ] {
                    assert_eq!(
                        Lexeme::of(&word).is_in(list),
                        set.contains(&word.to_lowercase()),
                        "{word:?} in {list:?}"
                    );
                }
            }
            for entry in super::super::entries(file) {
                let lower = entry.to_lowercase();
                let first = lower.split(' ').next().unwrap_or_default();
                assert!(
                    Lexeme::of_lower(first).opens(list),
                    "{entry:?} opens {list:?}"
                );
                let last = lower.rsplit(' ').next().unwrap_or_default();
                assert!(
                    Lexeme::of_lower(last).closes(list),
                    "{entry:?} closes {list:?}"
                );
            }
            assert!(!Lexeme::of("zzqx").is_in(list));
        }
        let chief = Lexeme::of("Chief");
        assert!(chief.opens(List::CorporateRoles) && !chief.is_in(List::CorporateRoles));
        assert!(Lexeme::of("CEO").opens(List::CorporateRoles));
        assert!(!Lexeme::of("officer").opens(List::CorporateRoles));
        assert!(Lexeme::of("officer").closes(List::CorporateRoles));
        assert!(!chief.closes(List::CorporateRoles));
        assert!(List::CorporateRoles.contains("chief executive"));
        assert!(!List::CorporateRoles.contains("Chief executive"));
        let you = Lexeme::of("YOU");
        assert!(you.is_in(List::StanceSecondPerson));
        assert_eq!(you.lower(), Some("you"));
        assert_eq!(Lexeme::of("zzqx"), Lexeme::NONE);
        assert_eq!(Lexeme::NONE.lower(), None);
    }
}
