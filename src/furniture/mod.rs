//! Page furniture: what is set aside rather than analysed.
//!
//! See ../shared/LABELS.md, "Claims": every skipped item carries one reason.

use crate::Span;

/// Why a piece of text is not a claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SkipReason {
    Headline,
    Caption,
    Credit,
    Duplicate,
    Navigation,
    Byline,
    Dateline,
    Advertisement,
    Restriction,
    Boilerplate,
}

impl SkipReason {
    pub fn as_str(self) -> &'static str {
        match self {
            SkipReason::Headline => "headline",
            SkipReason::Caption => "caption",
            SkipReason::Credit => "credit",
            SkipReason::Duplicate => "duplicate",
            SkipReason::Navigation => "navigation",
            SkipReason::Byline => "byline",
            SkipReason::Dateline => "dateline",
            SkipReason::Advertisement => "advertisement",
            SkipReason::Restriction => "restriction",
            SkipReason::Boilerplate => "boilerplate",
        }
    }
}

/// A piece of page furniture, set aside with its reason.
#[derive(Clone, Debug, PartialEq)]
pub struct Skipped {
    pub span: Span,
    pub reason: SkipReason,
    /// What made it furniture, for the reader ("ends with a photo credit").
    pub detail: String,
}

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use regex::Regex;

use crate::layout::Line;
use crate::lexicon;
use crate::page::BlockRole;

/// What a piece of a line is, once the page's furniture has been recognised.
#[derive(Clone, Debug, PartialEq)]
pub enum Role {
    /// Article body: becomes claims.
    Body,
    /// A headline or subhead. `starts_article` marks the headline of a new
    /// article on a page that holds several.
    Headline { starts_article: bool },
    /// Other furniture.
    Skip(SkipReason, &'static str),
}

/// A line, or part of a line, with its role.
#[derive(Clone, Debug, PartialEq)]
pub struct Piece {
    pub span: Span,
    /// Index into the lines the pieces were made from.
    pub line: usize,
    pub role: Role,
}

/// A first look at one line, before headlines are told from other short lines.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Look {
    Body,
    /// Short, unpunctuated, standing alone: a headline, or site furniture.
    Title,
    /// Short and standing alone, but ending in `?` or `!`: site furniture
    /// when no article text follows, otherwise a line of the body.
    Exclaim,
    /// A lone proper name right under a headline: a photo label.
    Label,
    Skip(SkipReason, &'static str),
}

static ADVERTISEMENT: LazyLock<lexicon::Set> =
    LazyLock::new(|| lexicon::set(include_str!("../lexicon/advertisement.txt")));
static SPONSORED_LABELS: LazyLock<lexicon::Set> =
    LazyLock::new(|| lexicon::set(include_str!("../lexicon/sponsored_labels.txt")));
/// A sponsor's own line: "Paid Post: How one family cut its bill", "Sponsored
/// · Harbor Point Senior Living: ...", "This content was paid for by ... and
/// produced by ...", "Presented by Brightwell Home Energy" (short, see
/// `look`).
static SPONSOR_LINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"(?i)^(?:paid post|sponsored|promoted|paid content)\s*[:·|]|^this (?:content|article|story) was (?:paid for|sponsored|funded) by(?-u:\b)|^(?:presented|sponsored) by(?-u:\b)")
        .expect("sponsor line")
});
static NAVIGATION: LazyLock<lexicon::Set> =
    LazyLock::new(|| lexicon::set(include_str!("../lexicon/navigation.txt")));
static BOILERPLATE: LazyLock<lexicon::Set> =
    LazyLock::new(|| lexicon::set(include_str!("../lexicon/boilerplate.txt")));
static REFERENCE_LABELS: LazyLock<lexicon::Set> =
    LazyLock::new(|| lexicon::set(include_str!("../lexicon/reference_labels.txt")));
static KICKERS: LazyLock<lexicon::Set> =
    LazyLock::new(|| lexicon::set(include_str!("../lexicon/kickers.txt")));
/// The lists of line openings: [`NAVIGATION_PREFIX`], [`BOILERPLATE_PREFIX`]
/// and [`NEWSLETTER_FORMULA`] are their groups.
static OPENINGS: LazyLock<lexicon::Matcher> = LazyLock::new(|| {
    lexicon::Matcher::new(
        &[
            (
                NAVIGATION_PREFIX,
                include_str!("../lexicon/navigation_prefixes.txt"),
            ),
            (
                BOILERPLATE_PREFIX,
                include_str!("../lexicon/boilerplate_prefixes.txt"),
            ),
            (
                NEWSLETTER_FORMULA,
                include_str!("../lexicon/newsletter_formulas.txt"),
            ),
        ],
        lexicon::Blanks::Exact,
        lexicon::Apostrophes::Straight,
    )
});
/// A link or teaser's opening ("Read more", "Watch:").
const NAVIGATION_PREFIX: u8 = 0;
/// Site furniture's opening ("©", "Subscribe to").
const BOILERPLATE_PREFIX: u8 = 1;
/// A newsletter's greeting or sign-off, as whole words: "hi there" must not
/// open "Hi thereafter".
const NEWSLETTER_FORMULA: u8 = 2;
/// The licensing lists: [`RESTRICTION_TERMS`] and [`RESTRICTION`] are their groups.
static RESTRICTIONS: LazyLock<lexicon::Matcher> = LazyLock::new(|| {
    lexicon::Matcher::new(
        &[
            (
                RESTRICTION_TERMS,
                include_str!("../lexicon/restriction_terms.txt"),
            ),
            (RESTRICTION, include_str!("../lexicon/restriction.txt")),
        ],
        lexicon::Blanks::Exact,
        lexicon::Apostrophes::Straight,
    )
});
/// Licensing terms in ordinary case ("may not be published").
const RESTRICTION_TERMS: u8 = 0;
/// Broadcast and licensing restrictions ("NO ARCHIVES"), in an all-capitals line.
const RESTRICTION: u8 = 1;

/// Where the first entry of the restriction list `group` starts in `s`.
fn restriction(s: &str, group: u8) -> Option<usize> {
    RESTRICTIONS
        .find_each(s)
        .into_iter()
        .find(|hit| hit.group == group)
        .map(|hit| hit.start)
}
static AGENCY_NAMES: LazyLock<lexicon::Set> = LazyLock::new(|| {
    let mut set = lexicon::set(include_str!("../lexicon/photo_agencies.txt"));
    set.extend(lexicon::set(include_str!("../lexicon/news_agencies.txt")));
    set
});

fn agencies() -> String {
    let mut names: Vec<&str> =
        lexicon::entries(include_str!("../lexicon/photo_agencies.txt")).collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    names
        .iter()
        .map(|n| regex::escape(n))
        .collect::<Vec<_>>()
        .join("|")
}

fn months() -> String {
    lexicon::entries(include_str!("../lexicon/months.txt"))
        .collect::<Vec<_>>()
        .join("|")
}

/// "FILE PHOTO: ...", "Photo: ...": a caption by its label.
static CAPTION_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"^(?:(?:FILE PHOTO|FILE PICTURE|FILE IMAGE|FILE|PHOTO|PICTURE|IMAGE|VIDEO|WATCH|Pictured|In this photo|Caption)\s*[:|]|(?:Image|Media|Video|Photo) caption\b[,:]?)")
        .expect("caption label")
});

/// A photo credit closing a line: "(AP)", "(AP Photo/Jane Doe)", "(File Photo/...)",
/// "Jane Doe/Pool via REUTERS", "/AFP", "Getty Images", "(Courtesy of Pell
/// County Public Works)", "(Westbrook Gazette file photo)", and the wire
/// gallery's "Purchase Licensing Rights" button after its credit.
static CREDIT_AT_END: LazyLock<Regex> = LazyLock::new(|| {
    let a = agencies();
    crate::pattern::new(&format!(
        r"(?i)(?:\((?:{a})(?:\s+(?:photo|images?|file))?(?:\s*/[^)]*)?\)|\((?:file\s+)?(?:photo|picture|image)(?-u:\b)[^)]*\)|(?:(?-u:\b)via|/)\s*(?:{a})|(?-u:\b)(?:getty images|shutterstock)|(?-u:\b)(?:photo(?:graph)?|picture|image|credit)s?\s*:\s*[^.]{{1,60}}|\([A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){{0,3}}\s*/\s*[A-Z][^()]{{0,40}}\)|(?-u:\b)(?:photo|picture|image)s?\s+courtesy\s+of\s+[^.]{{1,60}}|\((?:(?:photo|picture|image)\s+)?courtesy\s+of\s+(?-i:[A-Z])[^()]{{0,60}}\)|\([^()]{{1,40}}(?-u:\b)file\s+(?:photo|picture|image)\)|\((?:submitted|supplied|contributed)\s+by\s+(?-i:[A-Z])[^()]{{0,60}}\)|\S\s+purchase\s+licensing\s+rights(?:,\s*opens\s+new\s+tab)?)\s*\.?\s*$"
    ))
    .expect("credit at end")
});

/// A photographer's credit for the publication after a caption's sentence:
/// "... in glass jars. Matteo Ranieri for The Meridian".
static CREDIT_FOR: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"^[A-Z][A-Za-zÀ-ɏ'’\-]+(?:\s+[A-Z][A-Za-zÀ-ɏ'’\-]+){1,2}\s+for\s+(?:The\s+)?[A-Z][A-Za-zÀ-ɏ'’\-]*(?:\s+[A-Z][A-Za-zÀ-ɏ'’\-]*){0,3}\.?$")
        .expect("credit for")
});

/// Whether the line's last sentence is a photographer's credit (see
/// [`CREDIT_FOR`]): only that short tail is matched.
fn ends_with_credit_for(s: &str) -> bool {
    s.trim_end_matches('.')
        .rfind(". ")
        .is_some_and(|at| CREDIT_FOR.is_match(s[at + 1..].trim_start()))
}

/// "12 min read", "5 minute read".
static READING_TIME: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"(?i)^\d{1,3}\s*(?:-\s*)?(?:min|mins|minute|minutes)\s+read$")
        .expect("reading time")
});

/// "This article appears in the March 2027 issue ...", "A version of this
/// article appeared in print on ...": the print edition, a dateline.
static PRINT_EDITION: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"(?i)^(?:a\s+version\s+of\s+)?this\s+(?:article|story|piece|essay)\s+(?:appears|appeared|was\s+published|will\s+appear)\s+(?:in|on)(?-u:\b)")
        .expect("print edition")
});

/// A credit on its own: "Credit: Reuters Studio", "US embassy/Handout via Reuters".
static CREDIT_LINE: LazyLock<Regex> = LazyLock::new(|| {
    let a = agencies();
    crate::pattern::new(&format!(
        r"(?i)^(?:(?:photo|image|picture|video)?\s*credits?\s*:|(?:photo(?:graph)?|image|picture|video)s?\s+by\s+[A-Z]|(?:photo(?:graph)?|image|picture|video|source)s?\s*:|image source,|\(?(?:{a})\s+photo(?-u:\b))"
    ))
    .expect("credit line")
});

static DATE: LazyLock<String> = LazyLock::new(|| {
    let m = months();
    format!(
        r"(?:(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?),?\s+)?(?:(?:{m})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{m})\.?,?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}))"
    )
});

/// A line that is a date, perhaps with a time: "March 29, 2025", "29 March 2025 14:05 GMT".
static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(&format!(
        r"(?i)^(?:(?:published|updated|posted|last updated|last modified|first published|modified|date)(?:\s+on)?\s*:?\s*)?{}(?:,?\s*(?:at\s+)?\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{{2,5}})?)?(?:\s*(?:[-|–—,]|(?-u:\b)(?:updated|modified)(?-u:\b))\s*.{{0,40}})?$",
        *DATE
    ))
    .expect("date line")
});

/// "Published: Nov. 27, 2026 at 5:48 PM CST | Updated: ...", "Updated 3
/// hours ago", "Duration: 02:35", a live blog's "11:52 BST", "15:32, 26 Nov
/// 2026 Updated 16:05". After "Published"/"Updated" a date or time must
/// come first: "Published in 2019, the report found ..." is a sentence.
static DATED_LINE: LazyLock<Regex> = LazyLock::new(|| {
    let m = months();
    crate::pattern::new(&format!(
        r"(?i)^(?:(?:published|updated|posted|last updated|last modified|first published|modified)(?:\s+(?:on|at))?\s*:?\s*(?:on\s+|at\s+)?(?:\d|(?:{m})(?-u:\b)|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?-u:\b)|today(?-u:\b)|yesterday(?-u:\b)).{{0,120}}$|\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago$|duration\s*:\s*\d|\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?)?(?:\s*[a-z]{{2,5}})?$|\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?)?,?\s+.{{0,60}}(?-u:\b)\d{{4}}(?-u:\b).{{0,40}}$)"
    ))
    .expect("dated line")
});

/// A wire dateline opening a body line: "WASHINGTON (Reuters) - ", "KABUL, Afghanistan (AP) — ".
static WIRE_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"^[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2})?(?:,? [A-Z][a-z]{2,8}\.? \d{1,2})?(?: \([A-Za-z .'/-]{2,30}\))? ?[-–—]{1,2} ")
        .expect("wire dateline")
});

/// A live update's timestamp glued to its paragraph: "UPDATE 4:25 p.m.: The
/// warning has expired", "Updated 9:10 a.m. ET — Crews ...".
static UPDATE_STAMP: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"^(?i:update[ds]?|updated at)\s*,?\s*\d{1,2}(?:[:.]\d{2}\s*(?i:a\.m\.|p\.m\.|am|pm)?|\s*(?i:a\.m\.|p\.m\.|am|pm))(?:\s+[A-Z]{2,4})?\s*[:\-–—]\s")
        .expect("update stamp")
});

/// A live commentary's minute marker on a line of its own: "88'", "90+4'",
/// "45+2’", "HT", "FT".
static MATCH_MINUTE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"^(?:\d{1,3}(?:\+\d{1,2})?['’′]|HT|FT)$").expect("match minute")
});

/// A letter's salutation glued to its first paragraph: "Dear Maeve: My
/// brother ...", "Dear Tapped Out, You are not wrong".
static SALUTATION: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"^Dear [A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,3}\s*[:,]\s")
        .expect("salutation")
});

/// An agency's dateline in ordinary case with no dash: "New Delhi, Nov 27
/// (PTI) The Union Cabinet ...", "Basra (Iraq) (AFP) - Hundreds ...". The
/// agency in brackets marks it.
static AGENCY_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(&format!(
        r"^[A-Z][A-Za-zÀ-ɏ.'\-]+(?: [A-Z][A-Za-zÀ-ɏ.'\-]+){{0,3}}(?:, [A-Z][A-Za-zÀ-ɏ.]+(?: [A-Z][A-Za-zÀ-ɏ.]+){{0,2}})?(?: \([A-Z][A-Za-zÀ-ɏ.' \-]{{1,30}}\))?,? (?:[A-Z][a-z]{{2,8}}\.? \d{{1,2}} )?\((?:{})\)(?:\s*[-–—:])?\s",
        agencies()
    ))
    .expect("agency dateline")
});

/// A press release's "About Pellham Outdoor Inc." heading the company's
/// description: a label like "Media Contact:", not a headline.
static ABOUT_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"^About (?:[A-Z][\w&'’.\-]*\s+)+(?:Inc|Ltd|Corp|Corporation|LLC|plc|PLC|Group|Co|AG|SA|NV|GmbH|Holdings)\.?$")
            .expect("about label")
});

/// "Editor's note:". A note about the story itself ("This story has been
/// updated ...") is site furniture; a note that adds a fact ("Brightwater
/// Offshore says the turbines would be visible ...") is a claim.
static EDITORS_NOTE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"^(?i:editor['’]?s['’]? note)\s*[:.—–-]").expect("editor's note")
});

/// What an editor's note about the story itself says.
static NOTE_ON_THE_STORY: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"(?i)(?-u:\b)(?:(?:has|have) been|was|were) (?:updated|corrected|edited|amended|changed|revised|condensed)(?-u:\b)|(?-u:\b)(?:an earlier|a previous|the original) version(?-u:\b)|(?-u:\b)(?:this|the) (?:story|article|column|piece|report|interview|conversation|transcript|essay) (?:is|contains|includes|originally|first)(?-u:\b)|(?-u:\b)views expressed(?-u:\b)")
        .expect("note on the story")
});

/// A wire service's slug of its journalists' initials at the story's foot
/// ("has/sbk/jsa"): the byline's last trace.
static INITIALS_SLUG: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"^[a-z]{2,4}(?:/[a-z]{2,4}){1,5}$").expect("initials slug")
});

/// "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Opinion by Jane
/// Doe", a live blog's "By Ellie Marsh (now) and Tom Ashworth (earlier)",
/// and a newsroom's own "KXYZ News 4 Staff".
static BY_LINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"^(?:(?:(?i:opinion|analysis|commentary|column|editorial|story|text|words|interview)\s+)?(?i:by)\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}(?:\s*\([\w ]{1,20}\))?(?:\s*(?:,|and|&)\s*[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}(?:\s*\([\w ]{1,20}\))?)*(?:\s*[,|–—-]\s*[\w .'’@\-]{1,40})?|[A-Z][\w&.'’\-]*(?:\s+[\w&.'’\-]+){0,4}\s+(?i:staff|staff reports?|staff writers?|newsroom|news desk|web staff|digital staff))$")
        .expect("by line")
});

/// "Reporting by ...; Editing by ...", "Roger Fortuna reports.", a press
/// release's "Materials provided by University of Leeds.", a wire's
/// "Associated Press writer Jo Reyes in Concord contributed to this report."
static CREDIT_TRAILER: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"^\(?(?:(?i:(?:additional\s+)?(?:reporting|writing|editing|compiled|reported|produced|written)\s+by|materials\s+provided\s+by|this\s+(?:story|report|article)\s+(?:includes|contains|uses)\s+(?:information|material|reporting)\s+from)(?-u:\b)|[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,3}\s+reports?\.?$|[A-Z][^.]{0,150}?(?:\.[^.]{1,60}?)*\s(?i:contributed\s+(?:reporting|to\s+(?:this|the)\s+(?:report|story|article)))(?-u:\b)[^.]{0,60}\.?\)?$)")
        .expect("credit trailer")
});

/// A pitch for money: "Support the Ledger — subscribe from $1 a week",
/// "Give from just £2 a month".
static PITCH: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(
        r"(?i)(?-u:\b)(?:subscribe|donate|give|join)\s+(?:from|for|now|today)(?-u:\b)",
    )
    .expect("pitch")
});

/// A dated amendment notice: "This article was amended on 17 March 2027.
/// An earlier version said ...". The article's publication history, like
/// an "Updated" line.
static AMENDED_ON: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"(?i)^this (?:article|story|report|piece) (?:was|has been) (?:amended|corrected|updated|changed|edited) on(?-u:\b)|^corrections?:\s+an? (?:earlier|previous) version of this (?:article|story|report)(?-u:\b)|^(?:this (?:article|story) was )?originally published (?:by|in|on)(?-u:\b)")
        .expect("amended on")
});

/// A translator's credit: "This article was translated from Spanish by
/// Laura Benítez.", "Translated by Laura Benítez".
static TRANSLATED_BY: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(
        r"^(?i:(?:this (?:article|story|report) was )?translated(?: from [a-z]+)? by) [A-Z]",
    )
    .expect("translated by")
});

/// A newsletter pitch: "Get the day's top stories in your inbox".
static INBOX: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"(?i)(?-u:\b)(?:in|to|into)\s+your\s+inbox(?-u:\b)").expect("inbox")
});

/// A citation of a paper: it carries a DOI ("DOI: 10.1038/s41559-...").
static REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"(?i)(?-u:\b)(?:doi\s*:\s*10\.\d|doi\.org/10\.\d)|^(?-i:[A-Z][a-zà-ÿ'’\-]+, (?:[A-Z]\.\s?)+(?:,? (?:and|&) [A-Z][a-zà-ÿ'’\-]+, (?:[A-Z]\.\s?)+)*(?:et al\.\s?)?\((?:19|20)\d\d[a-z]?\)\.)")
        .expect("reference")
});

/// A newsletter platform's standing pitch: "The Long Commute is a
/// reader-supported publication. To receive new posts and support my work,
/// consider becoming a free or paid subscriber."
static READER_SUPPORTED: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(
        r"(?i)(?-u:\b)is a reader-supported publication(?-u:\b)|(?-u:\b)becom(?:e|ing) a free or paid subscriber(?-u:\b)",
    )
    .expect("reader-supported")
});

/// A transcript's audio cue on a line of its own: "(SOUNDBITE OF MUSIC)",
/// "(LAUGHTER)", "(CROSSTALK)".
static AUDIO_CUE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(
        r"^\((?:SOUNDBITE|SOUND|AUDIO|MUSIC|APPLAUSE|LAUGHTER|CROSSTALK|INAUDIBLE)(?-u:\b)[^()]*\)$",
    )
    .expect("audio cue")
});

/// A transcript speaker's label with the role, alone on its line:
/// "LEILA MARSH, HOST:".
static SPEAKER_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"^[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,3}, [A-Z][A-Z.'’\- ]{1,30}:$")
        .expect("speaker label")
});

/// A writer's contact line under the story: "Lena Marchetti can be reached
/// at lmarchetti@harbortribune.com."
static CONTACT_LINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"^[A-Z][\w.'’\-]+(?: [A-Z][\w.'’\-]+){0,3} (?:can be reached|may be reached|is reachable|can be contacted) (?:at|by email at|via email at) \S+@\S+\s*$")
        .expect("contact line")
});

/// A standfirst by its label: "Summary: ...", "Standfirst: ...".
static STANDFIRST: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"^(?i:summary|standfirst)\s*:\s+\S").expect("standfirst")
});

/// "Clara Voss is a former budget analyst ...": an author's note, by the name it opens with.
static AUTHOR_NOTE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(
        r"^([A-Z][\w'’\-]+(?:\s+[A-Z][\w.'’\-]*){0,3})\s+(?:is|was|has been|writes|covers|receives|works|holds|has|does not|reported)(?-u:\b)",
    )
    .expect("author note")
});

/// "Opinion | The bus lanes worked": a section label and a pipe opening a headline.
static KICKER_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"^([A-Za-z][A-Za-z -]{1,24}?)\s*\|\s*\S").expect("kicker prefix")
});

/// "Guest column: Rural hospitals are closing": a section label and a colon
/// opening the page's headline. Only above the first body line: further
/// down, "Update: police have confirmed ..." is a sentence.
static KICKER_COLON: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"^([A-Za-z][A-Za-z -]{1,24}?):\s+\S").expect("kicker colon")
});

fn is_kicker(label: &str) -> bool {
    listed(&KICKERS, key(label).as_ref())
}

/// "Hannah Lindqvist, Senior Lecturer in Energy Policy, University of Bristol":
/// a name, a comma, then the writer's post.
static NAME_THEN_POST: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"^[A-Z][\w'’\-]+(?:\s+[A-Z][\w.'’\-]*){1,3},\s+(.+)$")
        .expect("name then post")
});

static WRITER_POSTS: LazyLock<lexicon::Set> =
    LazyLock::new(|| lexicon::set(include_str!("../lexicon/writer_posts.txt")));

/// A writer's name followed by their post, as opinion and analysis sites
/// print under the headline.
/// A post holds no figures: "Hal Brennan, band director for 38 years, dies
/// at 89" is a headline.
fn is_writer_and_post(s: &str) -> bool {
    NAME_THEN_POST.captures(s).is_some_and(|c| {
        !c[1].contains(|c: char| c.is_ascii_digit())
            && c[1]
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| WRITER_POSTS.contains(&w.to_lowercase()))
    })
}

/// A reporter at the ground or in a city, as match reports and dispatches
/// sign: "Owen Pritchard at Mill Lane", "Jo Reyes in Concord".
static NAME_AT_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"^[A-Z][A-Za-zÀ-ɏ'’\-]+(?:\s+[A-Z][A-Za-zÀ-ɏ'’\-]*){1,2}\s+(?:at|in)\s+(?:the\s+)?[A-Z][A-Za-zÀ-ɏ'’.\-]*(?:,?\s+[A-Z][A-Za-zÀ-ɏ'’.\-]*){0,3}$").expect("name at place")
});

/// A letter's signature: a name (or two joined by "and"), a comma and a
/// place: "Margaret Lindqvist, Port Aldous", "Rev. Thomas Adeyemi,
/// Caldwell", "Dorothy and Frank Mercer, West Caldwell".
static SIGNATURE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"^(?:(?:Rev|Dr|Mr|Mrs|Ms|Prof|Sr|Fr)\.?\s+)?[A-Z][\w'’\-]+\.?(?:\s+(?:and|&)\s+[A-Z][\w'’\-]+)?(?:\s+[A-Z][\w.'’\-]+){1,3},\s+[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){0,3}(?:,\s+[A-Z][\w.'’\-]+)?$")
        .expect("signature")
});

/// A signature set after a dash, as advice columns print a reader's
/// pseudonym: "— Tapped Out in Truro", "— Worried, Leeds".
static DASH_SIGNATURE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"^[—–]\s*[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3}(?:(?:,|\s+in|\s+from)\s+[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){0,3})?$")
        .expect("dash signature")
});

/// A note on who signed a letter or column: "The writer is pastor of ...".
static WRITER_IS: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(
        r"^The (?:writer|writers|author|authors) (?:is|are|was|were|has|have|lives|live)(?-u:\b)",
    )
    .expect("writer is")
});

/// A person's name alone: two to four capitalised words.
static NAME_LINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"^[A-Z][\w'’\-]+\.?(?:\s+[A-Z][\w'’\-]*\.?){1,3}$").expect("name line")
});

/// What separates the items of a breadcrumb or a row of buttons.
const TRAIL_SEPARATORS: [char; 5] = ['|', '›', '»', '>', '/'];

/// A breadcrumb or section trail: "News › Local › City Hall", "Markets |
/// Technology". Two or more items of at most three words, between pipes,
/// chevrons or slashes, none of them a sentence.
fn is_breadcrumb(s: &str) -> bool {
    let items: Vec<&str> = s.split(TRAIL_SEPARATORS).map(str::trim).collect();
    items.len() >= 2
        && s.split(TRAIL_SEPARATORS)
            .skip(1)
            .all(|i| i.starts_with(' '))
        && items.iter().all(|i| {
            let n = words(i).count();
            (1..=3).contains(&n) && !ends_sentence(i) && !i.contains('@')
        })
}

/// A menu of sections on one line: "Local   Crime   Business   Weather",
/// capitalised words, most of them section names (kickers.txt).
fn is_section_menu(s: &str) -> bool {
    let ws: Vec<&str> = words(s).collect();
    let sections = ws
        .iter()
        .filter(|w| listed(&KICKERS, key(w).as_ref()))
        .count();
    ws.iter().all(|w| w.starts_with(char::is_uppercase))
        && !ends_sentence(s)
        && 2 * sections > ws.len()
}

/// A menu pasted as one line, its entries apart by runs of spaces or tabs
/// ("News   Weather   Sports   Watch Live"): four or more entries of one to
/// three capitalised words. A sentence or headline is spaced singly.
fn is_spaced_menu(s: &str) -> bool {
    let entries: Vec<&str> = spaced_entries(s).collect();
    entries.len() >= 4
        && entries.iter().all(|e| {
            let n = e.split_whitespace().count();
            (1..=3).contains(&n) && is_capitalised_item(e) && !ends_sentence(e)
        })
}

/// Whether every entry of a line is a lone site button ("Share", "Log in").
fn all_buttons<'s>(mut entries: impl Iterator<Item = &'s str>) -> bool {
    entries.all(|e| listed(&BOILERPLATE, key(e).as_ref()))
}

/// The entries of a line spaced apart by runs of spaces or tabs.
fn spaced_entries(s: &str) -> impl Iterator<Item = &str> {
    s.split("  ")
        .flat_map(|part| part.split('\t'))
        .map(str::trim)
        .filter(|e| !e.is_empty())
}

/// A menu item starts with a capital; a one-word brand may start in lower
/// case ("iPlayer").
fn is_capitalised_item(s: &str) -> bool {
    s.starts_with(char::is_uppercase)
        || !s.contains(char::is_whitespace) && s.contains(char::is_uppercase)
}

static LIST_OPENERS: LazyLock<lexicon::Set> =
    LazyLock::new(|| lexicon::set(include_str!("../lexicon/navigation_list_openers.txt")));

/// A link list's title by its first words: "Related interviews", "More
/// from The Meridian".
fn starts_list_title(s: &str) -> bool {
    let ws: Vec<String> = words(s).take(2).map(|w| w.to_lowercase()).collect();
    !ends_sentence(s)
        && (ws.first().is_some_and(|w| LIST_OPENERS.contains(w))
            || ws.len() == 2 && LIST_OPENERS.contains(&ws.join(" ")))
}

/// A link list's title by its colon: "Suggested Topics:" over "Deals" /
/// "Transport". A short label ending in a colon heads what follows; over
/// two or more short lines it heads links ("He added:" heads a quotation).
fn colon_list_titles(text: &str, lines: &[Line], looks: &mut [Look]) {
    let item = |j: usize| {
        let s = lines[j].span.of(text);
        words(s).take(4).count() <= 3 && !ends_sentence(s)
    };
    for i in 0..lines.len().saturating_sub(2) {
        let s = lines[i].span.of(text).trim_end();
        if matches!(looks[i], Look::Title | Look::Body)
            && s.ends_with(':')
            && words(s).take(4).count() <= 3
            && !s.contains(char::is_numeric)
            && (i + 1..i + 3).all(|j| lines[j].block == lines[i].block && item(j))
        {
            looks[i] = Look::Skip(SkipReason::Navigation, "a menu or link-list title");
        }
    }
}

/// A line wholly in parentheses ("($1 = 10.97 Norvanian crowns)"): an aside
/// or a note to the reader, never a headline.
fn is_parenthetical(s: &str) -> bool {
    let s = s.trim();
    s.starts_with('(') && s.ends_with(')') && s[1..].find(')') == Some(s.len() - 2)
}

/// A cookie-consent banner, however long: it speaks to the reader ("we use
/// cookies", "you agree") of cookies and asks to accept, consent or change
/// settings. A news sentence about cookies ("the site set cookies without
/// consent, the regulator found") does not address the reader.
fn is_cookie_banner(s: &str) -> bool {
    // Most lines never mention cookies: look before lower-casing.
    if !s.contains("ookie") && !s.contains("OOKIE") {
        return false;
    }
    let lower = s.to_lowercase();
    let addressed = ["we use", "you ", "your ", "our "]
        .iter()
        .any(|w| lower.contains(w));
    lower.contains("cookies")
        && addressed
        && [
            "accept",
            "consent",
            "cookie settings",
            "cookie policy",
            "privacy policy",
        ]
        .iter()
        .any(|w| lower.contains(w))
}

/// A horizontal rule or a line of symbols only.
fn is_rule(s: &str) -> bool {
    s.chars().all(|c| !c.is_alphanumeric())
}

/// Lower-cases and strips surrounding punctuation, for matching whole lines
/// to lists. `None` for a line too long to be on any list: an article's
/// paragraph is not lower-cased in full only to miss every look-up.
fn key(s: &str) -> Option<String> {
    let trimmed = s.trim_matches(|c: char| !c.is_alphanumeric());
    // Lower-casing shrinks a character at most threefold in UTF-8 (the
    // Kelvin sign, three bytes, becomes "k").
    (trimmed.len() <= 3 * *LONGEST_LISTED_LINE).then(|| trimmed.to_lowercase())
}

/// The longest entry, in bytes, of the lists whole lines are looked up in.
static LONGEST_LISTED_LINE: LazyLock<usize> = LazyLock::new(|| {
    [
        &ADVERTISEMENT,
        &NAVIGATION,
        &BOILERPLATE,
        &KICKERS,
        &AGENCY_NAMES,
    ]
    .iter()
    .flat_map(|set| set.iter())
    .map(String::len)
    .max()
    .unwrap_or(0)
});

/// Cheap tests that a line may match one of the line patterns below: each
/// is implied by its pattern, so a line failing it is not searched (and a
/// pattern no line of an article could match is never compiled).
mod could {
    /// Whether the first word's leading ASCII letters, past an opening
    /// bracket, are one of `any_of` in any case: "(Reporting" opens with
    /// "reporting", "Sponsored:" with "sponsored".
    fn opens_with(s: &str, any_of: &[&str]) -> bool {
        let first = s.split_whitespace().next().unwrap_or("");
        let first = first.strip_prefix('(').unwrap_or(first);
        let letters = first.len()
            - first
                .trim_start_matches(|c: char| c.is_ascii_alphabetic())
                .len();
        word_is(Some(&first[..letters]), any_of)
    }

    /// Whether `s` holds `needle` (lower case), ignoring ASCII case.
    fn holds(s: &str, needle: &str) -> bool {
        s.as_bytes()
            .windows(needle.len())
            .any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
    }

    fn word_is(word: Option<&str>, any_of: &[&str]) -> bool {
        word.is_some_and(|w| any_of.iter().any(|a| w.eq_ignore_ascii_case(a)))
    }

    fn has_digit(s: &str) -> bool {
        s.bytes().any(|b| b.is_ascii_digit())
    }

    /// [`super::BY_LINE`]: "By" as the first or second word, or a desk's
    /// name ("staff", "newsroom") as the last.
    pub fn be_by_line(s: &str) -> bool {
        let mut words = s.split_whitespace();
        word_is(words.next(), &["by"])
            || word_is(words.next(), &["by"])
            || word_is(
                s.split_whitespace().last(),
                &[
                    "staff", "report", "reports", "writer", "writers", "newsroom", "desk",
                ],
            )
    }

    /// [`super::CREDIT_TRAILER`]: "Reporting by", "Materials provided by",
    /// "This story includes", "... reports." or "contributed".
    pub fn be_credit_trailer(s: &str) -> bool {
        let last = s.split_whitespace().last().map(|w| w.trim_end_matches('.'));
        opens_with(
            s,
            &[
                "additional",
                "reporting",
                "writing",
                "editing",
                "compiled",
                "reported",
                "produced",
                "written",
                "materials",
                "this",
            ],
        ) || word_is(last, &["report", "reports"])
            || holds(s, "contributed")
    }

    /// [`super::SPONSOR_LINE`]: "Paid post", "Sponsored", "Promoted",
    /// "This content was paid for", "Presented by".
    pub fn be_sponsor_line(s: &str) -> bool {
        opens_with(s, &["paid", "sponsored", "promoted", "this", "presented"])
    }

    /// [`super::CREDIT_LINE`]: a credit names a photo, image, picture,
    /// video, source or credit.
    pub fn be_credit_line(s: &str) -> bool {
        ["credit", "photo", "image", "picture", "video", "source"]
            .iter()
            .any(|w| holds(s, w))
    }

    /// [`super::CREDIT_AT_END`]: a closing bracket at the end (past blanks
    /// and full stops), a slash, a colon, or "via", "Getty", "Shutterstock",
    /// "courtesy", "licensing". A bracket inside a sentence is not enough.
    pub fn end_with_credit(s: &str) -> bool {
        s.trim_end_matches(|c: char| c == '.' || c.is_whitespace())
            .ends_with(')')
            || s.contains(['/', ':'])
            || ["via", "getty", "shutterstock", "courtesy", "licensing"]
                .iter()
                .any(|w| holds(s, w))
    }

    /// [`super::DATE_LINE`]: every date has digits.
    pub fn be_date_line(s: &str) -> bool {
        has_digit(s)
    }

    /// [`super::DATED_LINE`]: digits, or "Published", "Updated", "Posted",
    /// "Last ...", "First ...", "Modified" first ("Updated today").
    pub fn be_dated_line(s: &str) -> bool {
        has_digit(s)
            || opens_with(
                s,
                &[
                    "published",
                    "updated",
                    "posted",
                    "last",
                    "first",
                    "modified",
                ],
            )
    }

    /// [`super::CONTACT_LINE`]: an email address.
    pub fn be_contact_line(s: &str) -> bool {
        s.contains('@')
    }

    /// [`super::PITCH`]: "subscribe", "donate", "give" or "join".
    pub fn be_pitch(s: &str) -> bool {
        ["subscribe", "donate", "give", "join"]
            .iter()
            .any(|w| holds(s, w))
    }

    /// [`super::AMENDED_ON`]: "This article was amended", "Correction:",
    /// "Originally published".
    pub fn be_amended_on(s: &str) -> bool {
        opens_with(s, &["this", "correction", "corrections", "originally"])
    }

    /// [`super::PROMOTED_BY`]: "Promoted by", "Recommended stories by", "Ads by".
    pub fn be_promoted_by(s: &str) -> bool {
        opens_with(s, &["promoted", "sponsored", "recommended", "paid", "ads"])
    }

    /// [`super::PRINT_EDITION`]: "This article appears", "A version of this".
    pub fn be_print_edition(s: &str) -> bool {
        opens_with(s, &["this", "a"])
    }

    /// [`super::REFERENCE`]: a DOI, or a year in brackets.
    pub fn be_reference(s: &str) -> bool {
        holds(s, "doi") || s.contains('(')
    }

    /// [`super::INBOX`]: "your inbox".
    pub fn be_inbox(s: &str) -> bool {
        holds(s, "inbox")
    }

    /// [`super::READER_SUPPORTED`]: "reader-supported" or "subscriber".
    pub fn be_reader_supported(s: &str) -> bool {
        holds(s, "reader-supported") || holds(s, "subscriber")
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        /// A test, its pattern and an example line the pattern matches.
        type Case = (fn(&str) -> bool, &'static regex::Regex, &'static str);

        /// Each pattern's own examples pass its test; a plain sentence
        /// passes none, so none of the patterns is compiled for it.
        #[test]
        fn every_match_passes_the_test() {
            let cases: [Case; 20] = [
                (
                    be_pitch,
                    &super::super::PITCH,
                    "Support us: give from just $2 a month",
                ),
                (
                    be_amended_on,
                    &super::super::AMENDED_ON,
                    "Correction: an earlier version of this story misnamed him",
                ),
                (
                    be_amended_on,
                    &super::super::AMENDED_ON,
                    "Originally published by The Ledger",
                ),
                (
                    be_promoted_by,
                    &super::super::PROMOTED_BY,
                    "Recommended stories by Outbrain",
                ),
                (
                    be_print_edition,
                    &super::super::PRINT_EDITION,
                    "A version of this article appeared in print on May 2",
                ),
                (
                    be_reference,
                    &super::super::REFERENCE,
                    "Ruiz, J. (2019). Tides. doi: 10.1038/x",
                ),
                (
                    be_inbox,
                    &super::super::INBOX,
                    "Get the best stories in your inbox",
                ),
                (
                    be_by_line,
                    &super::super::BY_LINE,
                    "By Jane Doe and Ann Lee",
                ),
                (be_by_line, &super::super::BY_LINE, "Opinion by Jane Doe"),
                (be_by_line, &super::super::BY_LINE, "Ledger staff writers"),
                (
                    be_credit_trailer,
                    &super::super::CREDIT_TRAILER,
                    "(Reporting by Jo Reyes; Editing by Ann Lee)",
                ),
                (
                    be_credit_trailer,
                    &super::super::CREDIT_TRAILER,
                    "Roger Fortuna reports.",
                ),
                (
                    be_credit_trailer,
                    &super::super::CREDIT_TRAILER,
                    "Jo Reyes in Concord contributed to this report.",
                ),
                (
                    be_sponsor_line,
                    &super::super::SPONSOR_LINE,
                    "Sponsored: the best deals",
                ),
                (
                    be_credit_line,
                    &super::super::CREDIT_LINE,
                    "Photograph: Jane Doe",
                ),
                (
                    end_with_credit,
                    &super::super::CREDIT_AT_END,
                    "A man walks by. (AP Photo/Jane Doe)",
                ),
                (
                    end_with_credit,
                    &super::super::CREDIT_AT_END,
                    "Crews clear the road (Pell County Public Works file photo).",
                ),
                (be_date_line, &super::super::DATE_LINE, "March 29, 2025"),
                (
                    be_dated_line,
                    &super::super::DATED_LINE,
                    "Updated today at noon",
                ),
                (
                    be_contact_line,
                    &super::super::CONTACT_LINE,
                    "Jane Doe can be reached at jd@example.com",
                ),
            ];
            for (test, pattern, line) in cases {
                assert!(pattern.is_match(line), "{line:?} is an example");
                assert!(test(line), "{line:?} must pass the test");
            }
            let plain = "The mayor said the bridge will close.";
            for (test, _, _) in cases {
                assert!(!test(plain));
            }
        }
    }
}

/// Whether the line's key is on `list`.
fn listed(list: &lexicon::Set, key: Option<&String>) -> bool {
    key.is_some_and(|k| list.contains(k))
}

/// Lines compared for duplicates: case and spacing do not matter.
fn dup_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split(crate::text::is_blank).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&w.to_lowercase());
    }
    out
}

fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(crate::text::is_blank).filter(|w| !w.is_empty())
}

fn has_lowercase(s: &str) -> bool {
    s.chars().any(char::is_lowercase)
}

fn is_all_caps(s: &str) -> bool {
    !has_lowercase(s) && s.chars().filter(|c| c.is_alphabetic()).count() >= 3
}

fn ends_sentence(s: &str) -> bool {
    let last = s.trim_end_matches(|c: char| {
        crate::text::is_double_quote(c) || crate::text::is_single_quote(c) || c == ')' || c == '*'
    });
    // A post quoted from social media may end on an emoji instead.
    matches!(
        last.chars().last(),
        Some(
            '.'
            | '!'
            | '?'
            | '…'
            | ':'
            | ';'
            | ','
            | '\u{1F300}'..='\u{1FAFF}'
            | '\u{2600}'..='\u{27BF}',
        )
    )
}

/// The words a hard-wrapped line often ends with mid-sentence.
fn ends_with_function_word(s: &str) -> bool {
    matches!(
        words(s).last().map(str::to_lowercase).as_deref(),
        Some(
            "the"
                | "a"
                | "an"
                | "and"
                | "or"
                | "of"
                | "to"
                | "in"
                | "on"
                | "for"
                | "with"
                | "that"
                | "by"
                | "at"
                | "from"
                | "as"
                | "but"
        )
    )
}

fn starts_lowercase(s: &str) -> bool {
    s.chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(char::is_lowercase)
}

fn starts_with_bullet(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if crate::text::is_bullet(c) => true,
        Some('-' | '*' | '+' | '>') => chars.next().is_some_and(char::is_whitespace),
        _ => false,
    }
}

/// Looks at one line alone.
fn look(s: &str) -> Look {
    let k = key(s);
    let k = k.as_ref();
    // Every rule below asks for at most 80 words: longer lines stop counting.
    let n_words = words(s).take(81).count();
    if is_rule(s) {
        return Look::Skip(SkipReason::Boilerplate, "a line of symbols only");
    }
    // Stars alone are a line of symbols; a half star ("★★★½") is a digit.
    if s.contains(['★', '☆']) && s.chars().all(|c| !c.is_alphanumeric() || c == '½') {
        return Look::Skip(SkipReason::Boilerplate, "a star rating");
    }
    if s.len() <= 3 && s.bytes().all(|b| b.is_ascii_digit()) {
        return Look::Skip(
            SkipReason::Boilerplate,
            "a lone number: a footnote or list marker",
        );
    }
    if starts_with_bullet(s) && n_words <= 7 && !ends_sentence(s) {
        return Look::Skip(SkipReason::Navigation, "a short bulleted menu entry");
    }
    if listed(&SPONSORED_LABELS, k) {
        return Look::Skip(SkipReason::Advertisement, "marks sponsored content");
    }
    if listed(&ADVERTISEMENT, k) {
        return Look::Skip(SkipReason::Advertisement, "marks an advertising slot");
    }
    // "Presented by X" is a sponsor's line only when short and unpunctuated.
    if n_words <= 40
        && could::be_sponsor_line(s)
        && SPONSOR_LINE.is_match(s)
        && (!s
            .get(..12)
            .is_some_and(|p| p.eq_ignore_ascii_case("presented by"))
            || n_words <= 6 && !ends_sentence(s))
    {
        return Look::Skip(SkipReason::Advertisement, "a sponsor's line");
    }
    // The line's words lower-cased, for the checks against word lists.
    let lower = std::cell::OnceCell::new();
    let lower = || lower.get_or_init(|| lower_words(s)).as_slice();
    if n_words <= 12 && ends_with_sponsor_label(lower()) {
        return Look::Skip(SkipReason::Advertisement, "a sponsor's label");
    }
    if n_words <= 6 && is_edition_switch(s) {
        return Look::Skip(SkipReason::Navigation, "switches the site's edition");
    }
    if n_words <= 12 && could::be_promoted_by(s) && PROMOTED_BY.is_match(s) {
        return Look::Skip(
            SkipReason::Advertisement,
            "labels a recommendation or ad widget",
        );
    }
    if n_words <= 30 && is_truncated_teaser(s) {
        return Look::Skip(
            SkipReason::Navigation,
            "a truncated teaser of another story",
        );
    }
    if listed(&NAVIGATION, k) {
        return Look::Skip(SkipReason::Navigation, "a menu or link-list title");
    }
    if listed(&BOILERPLATE, k) {
        return Look::Skip(SkipReason::Boilerplate, "a lone site-furniture word");
    }
    if n_words <= 4 && COMMENTS_OPENER.is_match(s) {
        return Look::Skip(SkipReason::Boilerplate, "a comments link or count");
    }
    if listed(&REFERENCE_LABELS, k) || n_words <= 6 && ABOUT_LABEL.is_match(s) {
        return Look::Skip(SkipReason::Boilerplate, "labels a reference block");
    }
    if listed(&KICKERS, k) {
        return Look::Skip(SkipReason::Boilerplate, "a section label");
    }
    if n_words <= 25 && OPENINGS.opens(s, NAVIGATION_PREFIX, false) {
        return Look::Skip(SkipReason::Navigation, "a link or teaser line");
    }
    if n_words <= 80 && is_cookie_banner(s) {
        return Look::Skip(SkipReason::Boilerplate, "a cookie-consent banner");
    }
    if n_words <= 25 && could::be_inbox(s) && INBOX.is_match(s) {
        return Look::Skip(SkipReason::Boilerplate, "a newsletter sign-up");
    }
    if n_words <= 60 && EDITORS_NOTE.is_match(s) && NOTE_ON_THE_STORY.is_match(s) {
        return Look::Skip(
            SkipReason::Boilerplate,
            "an editor's note on the story itself",
        );
    }
    if n_words <= 14 && OPENINGS.opens(s, NEWSLETTER_FORMULA, true) {
        return Look::Skip(
            SkipReason::Boilerplate,
            "a newsletter's greeting or sign-off",
        );
    }
    if n_words <= 80 && is_copyright_notice(s) {
        return Look::Skip(SkipReason::Boilerplate, "a copyright notice");
    }
    if n_words <= 25 && is_comment_prompt(lower()) {
        return Look::Skip(SkipReason::Boilerplate, "the comments widget");
    }
    if n_words <= 30 && OPENINGS.opens(s, BOILERPLATE_PREFIX, false) {
        return Look::Skip(
            SkipReason::Boilerplate,
            "site furniture (copyright, subscription, cookies)",
        );
    }
    if n_words <= 60 && restriction(s, RESTRICTION_TERMS).is_some() {
        return Look::Skip(SkipReason::Restriction, "licensing terms");
    }
    let agency_first = s.split('|').next().map(key);
    if n_words <= 5 && listed(&AGENCY_NAMES, k)
        || n_words <= 9 && s.contains('|') && listed(&AGENCY_NAMES, agency_first.flatten().as_ref())
    {
        return Look::Skip(
            SkipReason::Byline,
            "names the news agency that filed the story",
        );
    }
    if is_all_caps(s) && restriction(s, RESTRICTION).is_some() {
        return Look::Skip(SkipReason::Restriction, "broadcast or licensing terms");
    }
    if n_words <= 12 && could::be_credit_line(s) && CREDIT_LINE.is_match(s) {
        return Look::Skip(SkipReason::Credit, "a photo or video credit");
    }
    if n_words <= 80 && CAPTION_LABEL.is_match(s) {
        return Look::Skip(SkipReason::Caption, "labelled as a photo caption");
    }
    if n_words <= 80
        && (could::end_with_credit(s) && CREDIT_AT_END.is_match(s) || ends_with_credit_for(s))
    {
        if n_words <= 8 && !ends_sentence(s.trim_end_matches([')', '.'])) {
            if CAPTION_LABEL.is_match(s) {
                return Look::Skip(SkipReason::Caption, "labelled as a photo caption");
            }
            return Look::Skip(SkipReason::Credit, "a photo credit on its own");
        }
        return Look::Skip(SkipReason::Caption, "ends with a photo credit");
    }
    if n_words <= 24
        && (could::be_date_line(s) && DATE_LINE.is_match(s)
            || could::be_dated_line(s) && DATED_LINE.is_match(s))
    {
        return Look::Skip(SkipReason::Dateline, "a publication date or time");
    }
    // "Maya Sandhu · CBC News · Posted: Nov 08, 2027 4:00 AM PST": the
    // writer, the outlet and the date on one line, ending on the date.
    if n_words <= 25
        && s.contains('·')
        && s.rsplit('·')
            .find(|part| !part.trim().is_empty())
            .is_some_and(|last| {
                let last = last.trim();
                could::be_date_line(last) && DATE_LINE.is_match(last)
                    || could::be_dated_line(last) && DATED_LINE.is_match(last)
            })
    {
        return Look::Skip(SkipReason::Dateline, "the writer and the date on one line");
    }
    if n_words <= 15 && could::be_pitch(s) && PITCH.is_match(s) {
        return Look::Skip(SkipReason::Boilerplate, "a subscription or donation pitch");
    }
    if n_words <= 80 && could::be_amended_on(s) && AMENDED_ON.is_match(s) {
        return Look::Skip(SkipReason::Dateline, "a correction or publication notice");
    }
    if n_words <= 30 && TRANSLATED_BY.is_match(s) {
        return Look::Skip(SkipReason::Byline, "credits the translator");
    }
    if n_words <= 40 && could::be_print_edition(s) && PRINT_EDITION.is_match(s) {
        return Look::Skip(SkipReason::Dateline, "a print-edition line");
    }
    if n_words <= 4 && READING_TIME.is_match(s) {
        return Look::Skip(SkipReason::Boilerplate, "a reading-time line");
    }
    if n_words <= 5 && starts_list_title(s) {
        return Look::Skip(SkipReason::Navigation, "a menu or link-list title");
    }
    if (n_words <= 16 && could::be_by_line(s) && BY_LINE.is_match(s))
        || (n_words <= 30 && could::be_credit_trailer(s) && CREDIT_TRAILER.is_match(s))
        || INITIALS_SLUG.is_match(s.trim())
    {
        return Look::Skip(SkipReason::Byline, "names the reporter");
    }
    if n_words <= 16 && !ends_sentence(s) && is_writer_and_post(s) {
        return Look::Skip(SkipReason::Byline, "names the writer and their post");
    }
    // "Price: $249 / £229": a label and its values, not a trail.
    if n_words <= 12 && is_breadcrumb(s) && !LABELLED.is_match(s) {
        if all_buttons(s.split(TRAIL_SEPARATORS)) {
            return Look::Skip(SkipReason::Boilerplate, "site buttons on one line");
        }
        return Look::Skip(SkipReason::Navigation, "a breadcrumb or section trail");
    }
    // "Subscribe   Log in", "Share   Save   Print": buttons spaced on one line.
    if n_words <= 16 && spaced_entries(s).nth(1).is_some() && all_buttons(spaced_entries(s)) {
        return Look::Skip(SkipReason::Boilerplate, "site buttons on one line");
    }
    if n_words <= 16 && is_spaced_menu(s) {
        return Look::Skip(SkipReason::Navigation, "a menu of the site's sections");
    }
    if (3..=12).contains(&n_words) && is_section_menu(s) {
        return Look::Skip(SkipReason::Navigation, "a menu of the site's sections");
    }
    if n_words <= 80 && could::be_reference(s) && REFERENCE.is_match(s) {
        return Look::Skip(SkipReason::Boilerplate, "a reference to a published paper");
    }
    if n_words <= 40 && could::be_reader_supported(s) && READER_SUPPORTED.is_match(s) {
        return Look::Skip(SkipReason::Boilerplate, "a subscription or donation pitch");
    }
    if MATCH_MINUTE.is_match(s) {
        return Look::Skip(SkipReason::Dateline, "a live commentary's minute");
    }
    if AUDIO_CUE.is_match(s) {
        return Look::Skip(SkipReason::Caption, "an audio cue in a transcript");
    }
    if SPEAKER_LABEL.is_match(s) {
        return Look::Skip(SkipReason::Byline, "a transcript speaker's label");
    }
    if n_words <= 16 && could::be_contact_line(s) && CONTACT_LINE.is_match(s) {
        return Look::Skip(SkipReason::Byline, "how to reach the writer");
    }
    if n_words <= 60 && STANDFIRST.is_match(s) {
        return Look::Title;
    }
    if n_words <= 30 && KICKER_PREFIX.captures(s).is_some_and(|c| is_kicker(&c[1])) {
        return Look::Title;
    }
    if n_words <= 30 && is_labelled_verdict(s) {
        return Look::Body;
    }
    if n_words <= 20
        && s.len() <= 200
        && !starts_lowercase(s)
        && !starts_with_bullet(s)
        && !is_parenthetical(s)
    {
        if !ends_sentence(s) {
            return Look::Title;
        }
        if n_words <= 6
            && s.trim_end_matches(|c: char| !c.is_alphanumeric()).len() < s.len()
            && s.ends_with(['!', '?'])
        {
            return Look::Exclaim;
        }
    }
    Look::Body
}

/// Splits an all-capitals licensing prefix off a line that goes on in normal
/// case ("... INCLUDING FOR LENGTH** Western intermediaries are ..."): returns
/// the byte length of the prefix (before the blank that ends it).
fn shouting_prefix(s: &str) -> Option<usize> {
    let mut end_of_caps = None;
    let mut seen = 0;
    for (at, w) in word_offsets(s) {
        let letters = w.chars().filter(|c| c.is_alphabetic()).count();
        if has_lowercase(w) {
            // The first mixed-case word must open a normal sentence: it and
            // the word after are in sentence case.
            let next_lower = s[at + w.len()..]
                .split_whitespace()
                .next()
                .is_some_and(has_lowercase);
            if seen >= 3 && next_lower && w.chars().next().is_some_and(char::is_uppercase) {
                return end_of_caps;
            }
            return None;
        }
        if letters > 0 {
            seen += 1;
        }
        end_of_caps = Some(at + w.len());
    }
    None
}

fn word_offsets(s: &str) -> impl Iterator<Item = (usize, &str)> {
    s.split_whitespace()
        .map(move |w| (w.as_ptr() as usize - s.as_ptr() as usize, w))
}

/// Finds the page furniture among `lines` of `text` and returns every line,
/// or part of a line, with its role. Every line's span is covered exactly by
/// its pieces.
#[cfg(test)]
pub fn classify(text: &str, lines: &[Line]) -> Vec<Piece> {
    classify_with(text, lines, &[])
}

/// [`classify`] with the page's block hints: `hints[i]` is what the markup
/// says line `i`'s block is (empty for plain text, which is then classified
/// exactly as by [`classify`]). Hints are evidence the rules weigh
/// ([`weigh_hint`]): a caption, menu or aside in the markup is furniture
/// whatever its words; a heading is a title only while it reads as one; an
/// aside repeating the article's own words is a duplicate.
pub fn classify_with(text: &str, lines: &[Line], hints: &[Option<BlockRole>]) -> Vec<Piece> {
    let hint = |i: usize| hints.get(i).copied().flatten();
    let mut looks: Vec<Look> = lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let s = l.span.of(text);
            weigh_hint(hint(i), look(s), s)
        })
        .collect();
    // A paste with no line of running text is what the person wants read: a
    // lone sentence ("Why is the council tearing them out?") is a claim,
    // not a page footer.
    if !looks.contains(&Look::Body) {
        for l in &mut looks {
            if matches!(l, Look::Title | Look::Exclaim) {
                *l = Look::Body;
            }
        }
    }
    fact_boxes(text, lines, &mut looks);
    pros_and_cons(text, lines, &mut looks);
    colon_list_titles(text, lines, &mut looks);
    data_panels(text, lines, &mut looks);
    menu_columns(text, lines, &mut looks);
    promoted_links(text, lines, &mut looks);
    ranked_lists(text, lines, &mut looks);
    text_ads(text, lines, &mut looks);
    lead_in_points(text, lines, &mut looks);
    section_trails(text, lines, &mut looks);
    question_subheads(text, lines, &mut looks);
    writers_posts(text, lines, &mut looks);
    standfirst(text, lines, &mut looks);

    // A kicker and a colon above the first body line open the headline.
    for (i, line) in lines.iter().enumerate() {
        if looks[i] != Look::Body {
            continue;
        }
        let s = line.span.of(text);
        if words(s).take(31).count() <= 30
            && KICKER_COLON.captures(s).is_some_and(|c| is_kicker(&c[1]))
        {
            looks[i] = Look::Title;
        }
        break;
    }
    let mut pieces: Vec<Piece> = Vec::with_capacity(lines.len());

    // Hard-wrapped body text: a "title" line that continues into the next
    // line, or continues the line before, is body. Past two lines that were
    // only made body here, a line continues only when it reads on (lower
    // case, or after a comma or a function word): a column of menu titles
    // under one unpunctuated line stays titles.
    let first_looks = looks.clone();
    let mut unread_chain = 0;
    for i in 0..lines.len() {
        if looks[i] != Look::Title {
            continue;
        }
        let s = lines[i].span.of(text);
        let same_block = |j: usize| lines[j].block == lines[i].block;
        let next_continues = i + 1 < lines.len()
            && same_block(i + 1)
            && looks[i + 1] == Look::Body
            && starts_lowercase(lines[i + 1].span.of(text));
        if i == 0 || looks[i - 1] != Look::Body {
            unread_chain = 0;
        }
        let prev_continues = i > 0 && same_block(i - 1) && looks[i - 1] == Look::Body && {
            let prev = lines[i - 1].span.of(text);
            let reads_on =
                starts_lowercase(s) || prev.ends_with(',') || ends_with_function_word(prev);
            if first_looks[i - 1] == Look::Body || reads_on {
                unread_chain = 0;
            }
            !ends_sentence(prev) && (reads_on || unread_chain < 2)
        };
        if prev_continues && !next_continues {
            unread_chain += 1;
        }
        if next_continues
            || prev_continues
            || (ends_with_function_word(s) && i + 1 < lines.len() && same_block(i + 1))
        {
            looks[i] = Look::Body;
        }
    }

    // Names next to a date are bylines; a lone capitalised word right under
    // a headline is a photo label.
    for i in 0..lines.len() {
        if looks[i] != Look::Title {
            continue;
        }
        let s = lines[i].span.of(text);
        let near_date = [i.wrapping_sub(1), i + 1]
            .into_iter()
            .any(|j| j < lines.len() && matches!(looks[j], Look::Skip(SkipReason::Dateline, _)));
        if near_date && (NAME_LINE.is_match(s) || NAME_AT_PLACE.is_match(s)) {
            looks[i] = Look::Skip(SkipReason::Byline, "a name beside the date");
        } else if words(s).count() == 1
            && s.chars().next().is_some_and(char::is_uppercase)
            && has_lowercase(s)
            && i > 0
            && looks[i - 1] == Look::Title
        {
            looks[i] = Look::Label;
        }
    }

    signatures(text, lines, &mut looks);

    // Under a reference label ("Journal Reference:", "Cite This Page:") the
    // lines of its block are the reference; under a link-list title
    // ("Related articles") the titles of its block are its links.
    for i in 1..lines.len() {
        // A label alone in its block ("Sources", then a blank line) heads the
        // block under it.
        let label_above = looks[i - 1]
            == Look::Skip(SkipReason::Boilerplate, "labels a reference block")
            && alone_in_block(lines, i - 1);
        if lines[i].block != lines[i - 1].block && !label_above {
            continue;
        }
        match looks[i - 1] {
            Look::Skip(
                SkipReason::Boilerplate,
                "labels a reference block" | "a reference under its label",
            ) if matches!(looks[i], Look::Body | Look::Title) => {
                looks[i] = Look::Skip(SkipReason::Boilerplate, "a reference under its label");
            }
            // A link may be hard-wrapped or lower-case ("match reports").
            Look::Skip(
                SkipReason::Navigation,
                "a menu or link-list title" | "a link under a link-list title",
            ) if matches!(looks[i], Look::Title | Look::Label)
                || looks[i] == Look::Body && {
                    let s = lines[i].span.of(text);
                    words(s).take(7).count() <= 6 && !ends_sentence(s)
                } =>
            {
                looks[i] = Look::Skip(SkipReason::Navigation, "a link under a link-list title");
            }
            // Under a sponsored-content label, its whole block (a native
            // advertisement: title, copy, testimonial, disclosure).
            Look::Skip(
                SkipReason::Advertisement,
                "marks sponsored content" | "inside sponsored content",
            ) if matches!(
                looks[i],
                Look::Body
                    | Look::Title
                    | Look::Exclaim
                    | Look::Label
                    | Look::Skip(SkipReason::Advertisement, _)
            ) && block_at_most(lines, i, MOST_SPONSORED_LINES) =>
            {
                looks[i] = Look::Skip(SkipReason::Advertisement, "inside sponsored content");
            }
            // An advertising slot's own lines under its label, in a short
            // block: "Advertisement" / "BET £10 GET £30" / "18+ | ...".
            Look::Skip(SkipReason::Advertisement, _)
                // Not a headline: a title only when it shouts ("BET £10 GET
                // £30"), other furniture only a "18+ | ..." trail.
                if (matches!(
                    looks[i],
                    Look::Body
                        | Look::Exclaim
                        | Look::Skip(SkipReason::Navigation, "a breadcrumb or section trail")
                ) || looks[i] == Look::Title && is_all_caps(lines[i].span.of(text)))
                    && block_at_most(lines, i, MOST_AD_SLOT_LINES)
                    && words(lines[i].span.of(text)).take(31).count() <= 30 =>
            {
                looks[i] = Look::Skip(SkipReason::Advertisement, "inside an advertising slot");
            }
            _ => {}
        }
    }

    // A line set directly above a credit is the caption it credits; under
    // a table's rows, a note above the data's source is the table's.
    let mut under_table = vec![false; lines.len()];
    for i in 1..lines.len() {
        under_table[i] = lines[i - 1].block == lines[i].block
            && (under_table[i - 1] || is_figure_row(lines[i - 1].span.of(text)));
    }
    for i in 0..lines.len().saturating_sub(1) {
        if matches!(looks[i], Look::Body | Look::Title | Look::Exclaim)
            && lines[i + 1].block == lines[i].block
            && matches!(looks[i + 1], Look::Skip(SkipReason::Credit, _))
            && words(lines[i].span.of(text)).take(61).count() <= 60
            && !(under_table[i] && looks[i] == Look::Body)
        {
            looks[i] = Look::Skip(SkipReason::Caption, "sits directly above a photo credit");
        }
    }

    // A licensing block goes on while its lines stay in capitals; a line
    // that leaves capitals half-way keeps its tail as body. A copyright
    // notice followed by licensing terms on one line is two items.
    let mut in_restriction = false;
    let mut splits: HashMap<usize, (usize, Role, Role)> = HashMap::new();
    for i in 0..lines.len() {
        let s = lines[i].span.of(text);
        match looks[i] {
            Look::Skip(SkipReason::Restriction, _) => in_restriction = true,
            _ if in_restriction && is_all_caps(s) => {
                looks[i] = Look::Skip(
                    SkipReason::Restriction,
                    "continues a block of licensing terms",
                );
            }
            _ => {
                if let Some(cut) = shouting_prefix(s) {
                    if in_restriction || restriction(&s[..cut], RESTRICTION).is_some() {
                        let licensing =
                            Role::Skip(SkipReason::Restriction, "broadcast or licensing terms");
                        splits.insert(i, (cut, licensing, Role::Body));
                        looks[i] = Look::Body;
                    }
                }
                if let Look::Skip(SkipReason::Boilerplate, detail) = looks[i] {
                    if let Some(cut) = licensing_after(s) {
                        let head = Role::Skip(SkipReason::Boilerplate, detail);
                        let tail = Role::Skip(SkipReason::Restriction, "licensing terms");
                        splits.insert(i, (cut, head, tail));
                    }
                }
                in_restriction = false;
            }
        }
    }

    pull_quotes(text, lines, &mut looks);
    if !hints.is_empty() {
        repeated_asides(text, lines, hints, &mut looks);
    }

    // Repeated headlines and captions.
    let mut seen: HashSet<String> = HashSet::new();
    let mut duplicate = vec![false; lines.len()];
    for i in 0..lines.len() {
        let repeatable = matches!(
            looks[i],
            Look::Title | Look::Label | Look::Skip(SkipReason::Caption | SkipReason::Headline, _)
        );
        if repeatable && !seen.insert(dup_key(lines[i].span.of(text))) {
            duplicate[i] = true;
        }
    }

    // A title is a headline when body text follows it before any menu; a
    // title followed by a menu is the site's masthead; titles with no body
    // after them are the page's footer.
    let mut body_follows = vec![false; lines.len()];
    let mut menu_follows = vec![false; lines.len()];
    let (mut body_after, mut menu_after) = (false, false);
    for i in (0..lines.len()).rev() {
        body_follows[i] = body_after;
        menu_follows[i] = menu_after;
        match looks[i] {
            Look::Body => (body_after, menu_after) = (true, false),
            // A lone link title ("Comments" under the byline) is no menu.
            Look::Skip(SkipReason::Navigation, "a menu or link-list title")
                if ![i.wrapping_sub(1), i + 1].into_iter().any(|j| {
                    j < lines.len() && matches!(looks[j], Look::Skip(SkipReason::Navigation, _))
                }) => {}
            Look::Skip(SkipReason::Navigation, _) => (body_after, menu_after) = (false, true),
            _ => {}
        }
    }

    // An author's note: a short paragraph, opening its block, about a writer
    // named in the article's own byline (one of the last two printed above
    // it: a page of many articles checks only its own), wherever it stands.
    let mut bylines: [Option<&str>; 2] = [None, None];
    for i in 0..lines.len() {
        let s = lines[i].span.of(text);
        if matches!(looks[i], Look::Skip(SkipReason::Byline, _)) {
            bylines = [Some(s), bylines[0]];
            continue;
        }
        let opens_block = i == 0 || lines[i - 1].block != lines[i].block;
        if looks[i] == Look::Body && opens_block && words(s).take(36).count() <= 35 {
            if let Some(name) = AUTHOR_NOTE.captures(s).and_then(|c| c.get(1)) {
                // Every word of the name is a word of a byline: "Anja covers
                // ..." under "By Anja Lindqvist".
                let in_byline = |b: &str| {
                    words(name.as_str()).all(|n| {
                        words(b).any(|w| w.trim_matches(|c: char| !c.is_alphanumeric()) == n)
                    })
                };
                if bylines.iter().flatten().any(|b| in_byline(b)) {
                    looks[i] = Look::Skip(
                        SkipReason::Byline,
                        "an author's note about the byline's writer",
                    );
                }
            }
        }
    }

    reader_comments(text, lines, &mut looks);

    let mut body_seen = false;
    for (i, line) in lines.iter().enumerate() {
        let s = line.span.of(text);
        let role = if duplicate[i] {
            Role::Skip(
                SkipReason::Duplicate,
                "repeats a headline or caption printed above",
            )
        } else {
            match looks[i] {
                Look::Body => Role::Body,
                Look::Exclaim if body_follows[i] || i > 0 && looks[i - 1] == Look::Body => {
                    Role::Body
                }
                Look::Exclaim => Role::Skip(
                    SkipReason::Boilerplate,
                    "page footer: no article text follows",
                ),
                Look::Label => Role::Skip(SkipReason::Caption, "a photo label under the headline"),
                Look::Skip(reason, detail) => Role::Skip(reason, detail),
                Look::Title if body_follows[i] && !menu_follows[i] => {
                    // A subhead in the markup (`<h2>` in the body) opens no article.
                    let starts_article = body_seen
                        && hint(i) != Some(BlockRole::Subhead)
                        && starts_new_article(text, lines, &looks, &duplicate, i);
                    Role::Headline { starts_article }
                }
                Look::Title if menu_follows[i] => {
                    Role::Skip(SkipReason::Boilerplate, "the site's name above its menu")
                }
                Look::Title => Role::Skip(
                    SkipReason::Boilerplate,
                    "page footer: no article text follows",
                ),
            }
        };
        if role == Role::Body {
            body_seen = true;
        }
        if let Some((cut, head_role, tail_role)) = splits.remove(&i) {
            let head = Span::new(line.span.start, line.span.start + cut).trim(text);
            let tail = Span::new(head.end, line.span.end).trim(text);
            pieces.push(Piece {
                span: head,
                line: i,
                role: head_role,
            });
            pieces.push(Piece {
                span: tail,
                line: i,
                role: tail_role,
            });
            continue;
        }
        if role == Role::Body {
            let stamp = WIRE_DATELINE
                .find(s)
                .or_else(|| AGENCY_DATELINE.find(s))
                .map(|m| (m, SkipReason::Dateline, "a wire dateline"))
                .or_else(|| {
                    UPDATE_STAMP
                        .find(s)
                        .map(|m| (m, SkipReason::Dateline, "the time stamp of a live update"))
                })
                .or_else(|| {
                    SALUTATION
                        .find(s)
                        .map(|m| (m, SkipReason::Boilerplate, "a letter's salutation"))
                });
            if let Some((m, reason, why)) = stamp {
                if m.end() < s.len() {
                    let head = Span::new(line.span.start, line.span.start + m.end()).trim(text);
                    let tail = Span::new(head.end, line.span.end).trim(text);
                    pieces.push(Piece {
                        span: head,
                        line: i,
                        role: Role::Skip(reason, why),
                    });
                    pieces.push(Piece {
                        span: tail,
                        line: i,
                        role: Role::Body,
                    });
                    continue;
                }
            }
        }
        pieces.push(Piece {
            span: line.span,
            line: i,
            role,
        });
    }
    pieces
}

/// How a block's role in the markup changes the first look at one of its
/// lines. Regions (captions, menus, asides) are furniture whatever their
/// words, keeping a more exact reason the text rules found (an
/// advertisement, a credit); a heading is a title while it is short; a
/// byline or date element is one while it is short enough to be one; a
/// quotation set off as a block, and a list item of five words or more, are
/// article text.
fn weigh_hint(hint: Option<BlockRole>, look: Look, s: &str) -> Look {
    let Some(role) = hint else {
        return look;
    };
    let short = |most: usize| words(s).take(most + 1).count() <= most;
    let furniture = matches!(look, Look::Skip(..));
    match role {
        BlockRole::Headline | BlockRole::Subhead if short(30) && !furniture => Look::Title,
        BlockRole::Caption if !furniture => Look::Skip(
            SkipReason::Caption,
            "a figure's caption in the page's markup",
        ),
        BlockRole::Navigation if !furniture => Look::Skip(
            SkipReason::Navigation,
            "a menu, link list, share bar or comment thread in the page's markup",
        ),
        BlockRole::Aside if !furniture => Look::Skip(
            SkipReason::Boilerplate,
            "set beside the article in the page's markup",
        ),
        BlockRole::Byline if short(40) && !furniture => {
            Look::Skip(SkipReason::Byline, "the writer's name in the page's markup")
        }
        BlockRole::Dateline if short(15) && !furniture => {
            Look::Skip(SkipReason::Dateline, "the date in the page's markup")
        }
        BlockRole::Quote if matches!(look, Look::Title | Look::Exclaim) => Look::Body,
        // An item of a list the markup keeps in the text (not in a menu) is
        // a point of it, not a title: "He is confident the deal will pass".
        BlockRole::ListItem if look == Look::Title && !short(4) => Look::Body,
        _ => look,
    }
}

/// The most aside lines looked for in the article: each is compared with
/// every body line.
const MOST_ASIDE_REPEATS: usize = 32;

/// An aside that repeats the article's own words (a pull quote, a
/// highlighted line) is a duplicate, not other furniture.
fn repeated_asides(text: &str, lines: &[Line], hints: &[Option<BlockRole>], looks: &mut [Look]) {
    let asides: Vec<usize> = (0..lines.len())
        .filter(|&i| {
            hints.get(i) == Some(&Some(BlockRole::Aside))
                && words(lines[i].span.of(text)).nth(3).is_some()
        })
        .take(MOST_ASIDE_REPEATS)
        .collect();
    if asides.is_empty() {
        return;
    }
    let body: Vec<String> = (0..lines.len())
        .filter(|&i| looks[i] == Look::Body)
        .map(|i| normal_words(lines[i].span.of(text)))
        .collect();
    for i in asides {
        let aside = normal_words(lines[i].span.of(text));
        if body.iter().any(|b| b.contains(&aside)) {
            looks[i] = Look::Skip(SkipReason::Duplicate, "a pull quote repeating the article");
        }
    }
}

/// A line's words in lower case, one space apart, without punctuation.
fn normal_words(s: &str) -> String {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The label of a recommendation or ad widget: "Promoted content by
/// Outbrain", "Recommended by", "Ads by Google", "Sponsored stories by X".
static PROMOTED_BY: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"(?i)^(?:(?:promoted|sponsored|recommended|paid)(?:\s+(?:content|stories|links|posts))?|ads)\s+by\b")
        .expect("promoted by")
});

static SPONSOR_LABEL_ENDINGS: LazyLock<Vec<Vec<String>>> = LazyLock::new(|| {
    lexicon::entries(include_str!("../lexicon/sponsor_label_endings.txt"))
        .map(|e| e.split_whitespace().map(str::to_lowercase).collect())
        .collect()
});

/// A sponsor's label, its logo to follow: "US & Canada is sponsored by"
/// (sponsor_label_endings.txt). A sentence names its sponsor after "by".
fn ends_with_sponsor_label(ws: &[String]) -> bool {
    SPONSOR_LABEL_ENDINGS
        .iter()
        .any(|ending| ws.ends_with(ending))
}

/// A line's words, lower-cased, their edge punctuation stripped.
fn lower_words(s: &str) -> Vec<String> {
    words(s)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect()
}

/// A switch between the site's editions: "US edition", "switch to the UK
/// edition". Short, unpunctuated, ending on "edition".
fn is_edition_switch(s: &str) -> bool {
    !ends_sentence(s)
        && words(s).count() >= 2
        && words(s)
            .last()
            .is_some_and(|w| w.eq_ignore_ascii_case("edition"))
}

static VERDICT_LABELS: LazyLock<lexicon::Set> =
    LazyLock::new(|| lexicon::set(include_str!("../lexicon/verdict_labels.txt")));

/// "Prediction: Harwood City 2-1 Ashby Town", "Verdict: a triumph": the
/// writer's judgment under a label of [`VERDICT_LABELS`] is a claim, not a
/// heading, though it has no full stop.
fn is_labelled_verdict(s: &str) -> bool {
    s.split_once(':').is_some_and(|(label, value)| {
        !value.trim().is_empty() && VERDICT_LABELS.contains(&label.trim().to_lowercase())
    })
}

/// A site's copyright notice, however much legal text follows it on its
/// line ("© 2020 Condé Nast. All rights reserved. Use of this site
/// constitutes ..."): it opens with "©", "(c) 2020" or "Copyright" and a
/// year or "©". "Copyright holders said ..." is a sentence.
fn is_copyright_notice(s: &str) -> bool {
    let mut ws = words(s);
    let (Some(first), second) = (ws.next(), ws.next()) else {
        return false;
    };
    let year_or_sign = |w: &str| w.starts_with('©') || w.starts_with(|c: char| c.is_ascii_digit());
    // The site's name may come first: "example.com © 1996-2015 Example Inc".
    let sign_after_name = second.is_some_and(|w| w.starts_with('©')) && is_web_address(first);
    sign_after_name
        || first.starts_with('©')
        || first.eq_ignore_ascii_case("(c)") && second.is_some_and(year_or_sign)
        || first.eq_ignore_ascii_case("copyright") && second.is_some_and(year_or_sign)
}

static COMMENT_WORDS: LazyLock<lexicon::Set> =
    LazyLock::new(|| lexicon::set(include_str!("../lexicon/comment_words.txt")));
static ACCOUNT_ACTIONS: LazyLock<lexicon::Set> =
    LazyLock::new(|| lexicon::set(include_str!("../lexicon/account_actions.txt")));

/// A comments widget speaking to the reader about their account: "You must
/// login or create an account to comment.", "Sign up or login to join the
/// discussions!", "You must be logged in to report a comment." It names
/// commenting (comment_words.txt) and an account action
/// (account_actions.txt), and it addresses the reader: it opens with "you",
/// "please" or the action itself. A report about a site's rules ("Users
/// must log in to comment, the company said") addresses no one.
fn is_comment_prompt(lower: &[String]) -> bool {
    let Some(first) = lower.first() else {
        return false;
    };
    // An action is one to three words ("login", "sign in", "create an account").
    let action_at = |i: usize| {
        (i + 1..=(i + 3).min(lower.len()))
            .any(|end| ACCOUNT_ACTIONS.contains(&lower[i..end].join(" ")))
    };
    let addressed = first == "you" || first == "please" || action_at(0);
    addressed && lower.iter().any(|w| COMMENT_WORDS.contains(w)) && (0..lower.len()).any(action_at)
}

/// A teaser of another story cut short by the page: a title that breaks
/// off with an ellipsis ("The Landmark European Law That Could Change
/// Facebook and Improve Privacy in..."), or several run together on one
/// line. An article's own sentence that trails off keeps its sentence case;
/// a teaser is a title.
fn is_truncated_teaser(s: &str) -> bool {
    let ellipses = s.matches('…').count() + s.matches("...").count();
    if ellipses == 0 || !(s.ends_with('…') || s.ends_with("...")) {
        return false;
    }
    let head = s.trim_end_matches(['…', '.', ' ']);
    if head.ends_with(['.', '!', '?', '"', '\u{201d}']) {
        return false;
    }
    let ws: Vec<&str> = words(head).collect();
    let capitalised = ws
        .iter()
        .filter(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
        .count();
    ellipses >= 2 || ws.len() >= 4 && capitalised * 10 >= ws.len() * 6
}

/// Where licensing terms begin in a line of other furniture ("Copyright
/// 2026 AP. All rights reserved. | This material may not be published
/// ..."): the start of the sentence holding them, if that is not the line's
/// start.
fn licensing_after(s: &str) -> Option<usize> {
    let at = restriction(s, RESTRICTION_TERMS)?;
    let cut = s[..at].rfind(". ")? + 1;
    (cut > 1).then_some(cut)
}

/// "Kick-off: Sunday 7 November, 2pm GMT", "Rating: False": a label, a
/// colon and its value.
static LABELLED: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"^[A-Z][A-Za-zÀ-ɏ'’\-]*(?: [A-Za-zÀ-ɏ'’\-]+){0,2}:\s+\S")
        .expect("labelled line")
});

/// A fact box: lines of "Label: value" set one under another ("Kick-off:
/// Sunday 2pm" / "Venue: The Meadow" / "Referee: Sam Whitlow", "Claim: ..."
/// / "Rating: False"). Each line alone looks like a title; together they
/// state facts, so they are claims.
fn fact_boxes(text: &str, lines: &[Line], looks: &mut [Look]) {
    // A kicker's colon opens a headline ("Editorial: The budget gap won't
    // close itself"), not a fact.
    let labelled = |looks: &[Look], j: usize| {
        let s = lines[j].span.of(text);
        !matches!(looks[j], Look::Skip(_, _))
            && LABELLED.is_match(s)
            && !s.split_once(':').is_some_and(|(label, _)| is_kicker(label))
    };
    let boxed: Vec<usize> = (0..lines.len())
        .filter(|&i| {
            looks[i] == Look::Title
                && labelled(looks, i)
                && [i.wrapping_sub(1), i + 1].into_iter().any(|j| {
                    j < lines.len() && lines[j].block == lines[i].block && labelled(looks, j)
                })
        })
        .collect();
    for i in boxed {
        looks[i] = Look::Body;
    }
    // Alone, a label over a share or a price states one too ("Price:
    // $249.99", "Precincts reporting: 87% (41 of 47)"), and so does a
    // table's row with figures in its columns
    // ("Ngozi Okafor   DEM   18,412   54.3%"): neither is a headline. A
    // panel of such rows alone in its block is still a data panel
    // ([`data_panels`]).
    for i in 0..lines.len() {
        let s = lines[i].span.of(text);
        if looks[i] == Look::Title && (labelled(looks, i) && labelled_figure(s) || is_figure_row(s))
        {
            looks[i] = Look::Body;
        }
    }
}

/// Whether the value after a line's label holds a share or a price
/// ("Price: $249", "Turnout: 61%"); a score or a time ("Full-time: Rovers
/// 2-1 City") heads a section as often as it states one.
fn labelled_figure(s: &str) -> bool {
    s.split_once(':').is_some_and(|(_, value)| {
        words(value).any(|w| is_figure(w) && w.contains(['%', '$', '€', '£']))
    })
}

/// The most words in a table's row read as one line.
const MOST_ROW_WORDS: usize = 8;

/// A table's row: its name, then two figures or more to close it ("No
/// 17,208 52.6%", "Ngozi Okafor   DEM   18,412   54.3%"), read with its
/// columns spaced apart or, from a page's markup, one space apart. A signed
/// change ("Dow 17,113.15 +167.35 +0.99%") is a market ticker's, page
/// furniture.
fn is_figure_row(s: &str) -> bool {
    let ws: Vec<&str> = words(s).take(MOST_ROW_WORDS + 1).collect();
    let trailing = ws.iter().rev().take_while(|w| is_figure(w)).count();
    let signed = |w: &&str| is_figure(w) && w.trim_start_matches('(').starts_with(['+', '-', '−']);
    // A date ends on its year ("October 13, 2016").
    let year = ws.last().is_some_and(|w| {
        w.len() == 4
            && (w.starts_with("19") || w.starts_with("20"))
            && w.bytes().all(|b| b.is_ascii_digit())
    });
    ws.len() <= MOST_ROW_WORDS
        && trailing >= 2
        && trailing < ws.len()
        && !year
        && !ws.iter().any(signed)
}

/// A review's verdict lists: under "Pros" or "Cons" (alone on its line),
/// the bulleted lines of its block ("+ 38-hour battery life", "- Firm
/// clamping force") are the reviewer's claims, not a menu. The heading
/// itself stays a subhead.
fn pros_and_cons(text: &str, lines: &[Line], looks: &mut [Look]) {
    let mut under_heading = false;
    for i in 0..lines.len() {
        let s = lines[i].span.of(text);
        if i == 0 || lines[i - 1].block != lines[i].block {
            // A block opens: is its first line the heading?
            under_heading = words(s).take(3).count() <= 2
                && matches!(
                    key(s).as_deref(),
                    Some("pros" | "cons" | "the good" | "the bad")
                );
        } else if under_heading && starts_with_bullet(s) {
            looks[i] = Look::Body;
        }
    }
}

/// The most lines an advertising slot's block holds, its label included: a
/// longer block under "Advertisement" is the article going on.
const MOST_AD_SLOT_LINES: usize = 5;

/// The most lines a sponsored-content block holds, its label included: a
/// native advertisement runs longer than an ad slot, but a longer block
/// under the label is no longer the sponsor's.
const MOST_SPONSORED_LINES: usize = 12;

/// Whether the block of line `i` holds at most `most` lines (looking no
/// further than that, so that a page of long blocks stays linear).
fn block_at_most(lines: &[Line], i: usize, most: usize) -> bool {
    let block = lines[i].block;
    let above = (0..i)
        .rev()
        .take(most)
        .take_while(|&j| lines[j].block == block)
        .count();
    let below = (i + 1..lines.len())
        .take(most)
        .take_while(|&j| lines[j].block == block)
        .count();
    above + 1 + below <= most
}

/// Whether line `i` is a block of its own: a paragraph of one line.
fn alone_in_block(lines: &[Line], i: usize) -> bool {
    (i == 0 || lines[i - 1].block != lines[i].block)
        && (i + 1 == lines.len() || lines[i + 1].block != lines[i].block)
}

/// The blocks of `lines`, as ranges of line indices.
fn blocks(lines: &[Line]) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= lines.len() {
            return None;
        }
        let block = lines[start].block;
        let end = start
            + lines[start..]
                .iter()
                .take_while(|l| l.block == block)
                .count();
        let range = start..end;
        start = end;
        Some(range)
    })
}

/// Whether a word is a figure: a score, a price, a change ("3–2", "84.12",
/// "-3.61", "(-4.11%)", "90+3").
fn is_figure(w: &str) -> bool {
    let w = w.trim_matches(|c: char| matches!(c, '(' | ')' | ',' | '%' | '$' | '€' | '£'));
    w.chars().any(|c| c.is_ascii_digit())
        && w.chars().all(|c| {
            c.is_ascii_digit() || matches!(c, '.' | ',' | '-' | '–' | '+' | ':' | '%' | '−')
        })
}

/// A data panel: a block of at least two short unpunctuated lines, most
/// of them with digits and one mostly figures, as a match's score panel
/// ("Castleford 3–2 Redbridge", "Okonkwo 12, Varga 67") or a stock widget
/// ("84.12 USD", "-3.61 (-4.11%)") prints them. It is site furniture: the
/// figures are the page's, not sentences of the article.
fn data_panels(text: &str, lines: &[Line], looks: &mut [Look]) {
    for block in blocks(lines) {
        let texts: Vec<&str> = block.clone().map(|i| lines[i].span.of(text)).collect();
        let short = texts
            .iter()
            .all(|s| words(s).take(9).count() <= 8 && !ends_sentence(s));
        let with_digits = texts
            .iter()
            .filter(|s| s.chars().any(|c| c.is_ascii_digit()))
            .count();
        let figures = texts.iter().any(|s| {
            let n = words(s).count();
            2 * words(s).filter(|w| is_figure(w)).count() >= n
        });
        if texts.len() >= 2 && short && 2 * with_digits > texts.len() && figures {
            for i in block {
                if matches!(
                    looks[i],
                    Look::Body
                        | Look::Title
                        | Look::Exclaim
                        | Look::Label
                        | Look::Skip(SkipReason::Dateline | SkipReason::Byline, _)
                ) {
                    looks[i] = Look::Skip(SkipReason::Boilerplate, "a data panel (scores, prices)");
                }
            }
        }
    }
}

/// What opens a reader-comments section: "Comments", "Join the
/// conversation", "12 comments".
static COMMENTS_OPENER: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"(?i)^(?:(?:\d+\s+)?(?:reader\s+)?comments?|join the (?:conversation|discussion|debate)|(?:show|view|read)\s+(?:all\s+)?comments)(?:\s*\(\d+\))?$")
        .expect("comments opener")
});

/// The controls of a comments widget.
static COMMENTS_WIDGET: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"(?i)\b(?:sign in|log in|register|newest|oldest|sort by|to comment|commenting|join the (?:conversation|discussion)|your (?:name|e-?mail|comment)|(?:post|add|leave|write) (?:a |your )?(?:comment|reply)|terms of (?:use|service))\b|^(?:comment|reply)\s*\*?$")
        .expect("comments widget")
});

/// Reader comments under an article: after the body, a comments heading
/// and what follows it (handles, times, comment text, "Reply", "Like (14)")
/// up to the next link list or copyright line. The comments are readers',
/// not the article's claims.
fn reader_comments(text: &str, lines: &[Line], looks: &mut [Look]) {
    let Some(first_body) = looks.iter().position(|l| *l == Look::Body) else {
        return;
    };
    // The heading is the widget's when the widget's own controls follow it
    // ("Sign in or register to comment", "Newest first", "2 hours ago"); a
    // lone "Comment" share button is not.
    // A second comments button under the heading ("Comments" / "Show
    // Comments") is the widget's too.
    let widget = |i: usize| {
        (i + 1..lines.len().min(i + 5)).any(|j| {
            let s = lines[j].span.of(text);
            COMMENTS_WIDGET.is_match(s)
                || COMMENTS_OPENER.is_match(s)
                || s.ends_with(" ago") && could::be_dated_line(s) && DATED_LINE.is_match(s)
        })
    };
    let Some(open) = (first_body + 1..lines.len()).find(|&i| {
        looks[i] != Look::Body && COMMENTS_OPENER.is_match(lines[i].span.of(text)) && widget(i)
    }) else {
        return;
    };
    looks[open] = Look::Skip(SkipReason::Boilerplate, "opens the reader comments");
    for j in open + 1..lines.len() {
        let s = lines[j].span.of(text);
        looks[j] = match looks[j] {
            _ if COMMENTS_OPENER.is_match(s) => {
                Look::Skip(SkipReason::Boilerplate, "the comments widget")
            }
            Look::Skip(SkipReason::Navigation, "a menu or link-list title") => break,
            Look::Skip(SkipReason::Boilerplate, detail) if detail.starts_with("site furniture") => {
                break
            }
            Look::Body => Look::Skip(SkipReason::Boilerplate, "a reader's comment"),
            Look::Title
            | Look::Label
            | Look::Exclaim
            | Look::Skip(SkipReason::Navigation, "a link under a link-list title")
                if is_handle(s) =>
            {
                Look::Skip(SkipReason::Byline, "a commenter's name")
            }
            Look::Title
            | Look::Label
            | Look::Exclaim
            | Look::Skip(SkipReason::Navigation, "a link under a link-list title") => {
                Look::Skip(SkipReason::Boilerplate, "the comments widget")
            }
            other => other,
        };
    }
}

/// A commenter's handle: one token with a digit, an inner capital, "_" or
/// "@" ("KelbrookLad88", "MaureenH"), unlike a button ("Reply").
fn is_handle(s: &str) -> bool {
    !s.contains(char::is_whitespace)
        && (s.contains(|c: char| c.is_ascii_digit() || c == '_' || c == '@')
            || s.chars().skip(1).any(char::is_uppercase))
}

/// A letter signed at its foot: a signature line ([`SIGNATURE`]) right
/// after a paragraph of body text, ending its block, is the letter's byline;
/// a "The writer is ..." note under it is too.
fn signatures(text: &str, lines: &[Line], looks: &mut [Look]) {
    for i in 1..lines.len() {
        let s = lines[i].span.of(text);
        let after_body = looks[i - 1] == Look::Body && lines[i - 1].block != lines[i].block;
        if looks[i] != Look::Title
            || !after_body
            || !(SIGNATURE.is_match(s) || DASH_SIGNATURE.is_match(s))
        {
            continue;
        }
        looks[i] = Look::Skip(SkipReason::Byline, "a letter's signature");
        let Some(next) = lines.get(i + 1).map(|l| l.span.of(text)) else {
            continue;
        };
        if matches!(looks[i + 1], Look::Body | Look::Title)
            && WRITER_IS.is_match(next)
            && words(next).take(41).count() <= 40
        {
            looks[i + 1] = Look::Skip(SkipReason::Byline, "a note on the letter's writer");
        }
    }
}

/// The fewest lines a menu set one item per line needs, and how many of them
/// must be section names (kickers.txt).
const MENU_COLUMN_LINES: usize = 3;
const MENU_COLUMN_SECTIONS: usize = 2;

/// A menu set one item per line ("News" / "Sport" / "What’s On" / "Jobs"):
/// a run of at least [`MENU_COLUMN_LINES`] short lines in one block, none a
/// sentence, a figure or a label with a colon, at least
/// [`MENU_COLUMN_SECTIONS`] of them section names or site-furniture words
/// (kickers.txt, boilerplate.txt). Each line alone looks
/// like a title or a section label; together they are the site's menu.
fn menu_columns(text: &str, lines: &[Line], looks: &mut [Look]) {
    let item: Vec<bool> = (0..lines.len())
        .map(|i| {
            let s = lines[i].span.of(text);
            let short = words(s).take(4).count() <= 3;
            let looks_like_item = matches!(
                looks[i],
                Look::Title
                    | Look::Label
                    | Look::Skip(
                        SkipReason::Boilerplate,
                        "a section label" | "a lone site-furniture word"
                    )
                    | Look::Skip(SkipReason::Navigation, "a menu or link-list title")
            );
            // A site index sets its items in lower case ("home page",
            // "today's paper"), which look like body text; a short line that
            // ends no sentence is an item while the run it stands in names
            // enough sections.
            (looks_like_item || looks[i] == Look::Body)
                && short
                && !ends_item_sentence(s)
                && !s.contains(':')
                && !s.chars().any(|c| c.is_ascii_digit())
        })
        .collect();
    let mut i = 0;
    while i < lines.len() {
        let mut end = i;
        while end < lines.len() && lines[end].block == lines[i].block && item[end] {
            end += 1;
        }
        if end == i {
            i += 1;
            continue;
        }
        // A footer's menu names the site's pages ("about", "privacy") rather
        // than its sections.
        let is_section = |j: usize| {
            let k = key(lines[j].span.of(text));
            listed(&KICKERS, k.as_ref()) || listed(&BOILERPLATE, k.as_ref())
        };
        // The page's first line is its masthead, above the menu, unless it
        // is a section name itself.
        let start = if i == 0 && !is_section(0) { 1 } else { i };
        let sections = (start..end).filter(|&j| is_section(j)).count();
        if end - start >= MENU_COLUMN_LINES && sections >= MENU_COLUMN_SECTIONS {
            // Site buttons ("Share", "Sign in") among the items stay buttons.
            for look in &mut looks[start..end] {
                if *look != Look::Skip(SkipReason::Boilerplate, "a lone site-furniture word") {
                    *look = Look::Skip(SkipReason::Navigation, "a menu set one item per line");
                }
            }
        }
        i = end;
    }
}

/// Whether a short line ends a sentence, an abbreviation ("U.S.", "N.Y.")
/// standing as a menu item aside.
fn ends_item_sentence(s: &str) -> bool {
    let last = words(s).last().unwrap_or("");
    let abbreviation = last.ends_with('.') && last[..last.len() - 1].contains('.');
    ends_sentence(s) && !abbreviation
}

/// The most words in a line of a promoted link or a text ad.
const MOST_AD_LINE_WORDS: usize = 20;

/// Whether a line is a short source in parentheses, alone: "(NextAdvisor)",
/// "(Paid Post On NYTimes.com)".
fn is_source_in_parentheses(s: &str) -> bool {
    is_parenthetical(s) && words(s).take(7).count() <= 6 && !ends_sentence(&s[..s.len() - 1])
}

/// A recommendation widget's promoted links: a title over its source in
/// parentheses ("Having 1 Of These 7 Credit Cards Means You Have Excellent
/// Credit" / "(NextAdvisor)"), two such pairs or more one after another.
/// One title over "(Reuters)" is not yet a widget.
fn promoted_links(text: &str, lines: &[Line], looks: &mut [Look]) {
    let pair = |looks: &[Look], i: usize| {
        i + 1 < lines.len()
            && matches!(looks[i], Look::Body | Look::Title | Look::Exclaim)
            && words(lines[i].span.of(text))
                .take(MOST_AD_LINE_WORDS + 1)
                .count()
                <= MOST_AD_LINE_WORDS
            && matches!(looks[i + 1], Look::Body | Look::Title)
            && is_source_in_parentheses(lines[i + 1].span.of(text))
    };
    let mut i = 0;
    while i < lines.len() {
        let mut end = i;
        while pair(looks, end) {
            end += 2;
        }
        if end - i >= 4 {
            for look in &mut looks[i..end] {
                *look = Look::Skip(SkipReason::Advertisement, "a promoted link and its source");
            }
            i = end;
        } else {
            i += 1;
        }
    }
}

/// The fewest numbered entries that make a ranked list.
const RANKED_LIST_ENTRIES: usize = 3;

/// A ranked list of other stories, each title under its number on a line of
/// its own ("1" / "The melting of Antarctica was already really bad. It just
/// got worse." / "2" / ...): three entries or more numbered 1, 2, 3 in turn.
/// A "Most read" box pastes this way; an article numbers its points on the
/// point's own line ("1. Check the label").
fn ranked_lists(text: &str, lines: &[Line], looks: &mut [Look]) {
    let number = |i: usize| -> Option<usize> {
        let s = lines[i].span.of(text).trim();
        (s.len() <= 3).then(|| s.parse().ok()).flatten()
    };
    let entry = |looks: &[Look], i: usize| {
        i + 1 < lines.len()
            && number(i).is_some()
            && matches!(looks[i + 1], Look::Body | Look::Title | Look::Exclaim)
            && words(lines[i + 1].span.of(text)).take(41).count() <= 40
    };
    let mut i = 0;
    while i < lines.len() {
        if number(i) != Some(1) || !entry(looks, i) {
            i += 1;
            continue;
        }
        let (mut end, mut entries) = (i, 0);
        while end < lines.len() && number(end) == Some(entries + 1) && entry(looks, end) {
            end += 2;
            entries += 1;
        }
        if entries >= RANKED_LIST_ENTRIES {
            for j in (i + 1..end).step_by(2) {
                looks[j] = Look::Skip(
                    SkipReason::Navigation,
                    "an entry of a ranked list of stories",
                );
            }
        }
        i = end.max(i + 1);
    }
}

/// Whether a line is a bare web address: "www.example.com",
/// "genealogy.com/Records_War" (one token, a dot inside its host, letters
/// after the dot).
fn is_web_address(s: &str) -> bool {
    let s = s.trim();
    if s.contains(char::is_whitespace) || s.contains('@') {
        return false;
    }
    let s = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"))
        .unwrap_or(s);
    let host = s.split('/').next().unwrap_or("");
    host.rsplit_once('.').is_some_and(|(name, tld)| {
        !name.is_empty()
            && tld.len() >= 2
            && tld.chars().all(|c| c.is_ascii_alphabetic())
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
    })
}

/// The most lines of text ads read under an ad widget's label.
const MOST_TEXT_AD_LINES: usize = 16;

/// Text ads under an ad widget's label ("Ads by Google"): short lines of
/// copy, each ad ending on its bare web address ("Medicare Supplement
/// Plans" / "Compare Plans & Prices for 2015." / "www.example.com"). Every
/// line down to the last web address is the ads'; none without an address
/// is taken, so an article paragraph after a lone label stays the article.
fn text_ads(text: &str, lines: &[Line], looks: &mut [Look]) {
    for i in 0..lines.len() {
        if looks[i]
            != Look::Skip(
                SkipReason::Advertisement,
                "labels a recommendation or ad widget",
            )
        {
            continue;
        }
        let mut last_address = None;
        for j in i + 1..lines.len().min(i + 1 + MOST_TEXT_AD_LINES) {
            let s = lines[j].span.of(text);
            let copy = matches!(looks[j], Look::Body | Look::Title | Look::Exclaim)
                && words(s).take(MOST_AD_LINE_WORDS + 1).count() <= MOST_AD_LINE_WORDS;
            if !copy {
                break;
            }
            if is_web_address(s) {
                last_address = Some(j);
            }
        }
        if let Some(last) = last_address {
            for look in &mut looks[i + 1..=last] {
                *look = Look::Skip(SkipReason::Advertisement, "a text ad under its label");
            }
        }
    }
}

/// The points of a list under the sentence leading into it: "In a
/// wide-ranging interview, the president also said:" over "The UK must stay
/// in the EU to have influence" / "He is confident the deal will pass". A
/// pasted list loses its bullets, and each point, unpunctuated, looks like
/// a title; under a lead-in of four words or more ending with a colon, a
/// block of lines of five words or more is the article's.
fn lead_in_points(text: &str, lines: &[Line], looks: &mut [Look]) {
    for i in 0..lines.len().saturating_sub(1) {
        let s = lines[i].span.of(text).trim_end();
        let next_block = lines[i + 1].block != lines[i].block;
        if looks[i] != Look::Body
            || !s.ends_with(':')
            || words(s).take(4).count() < 4
            || !next_block
        {
            continue;
        }
        let block = lines[i + 1].block;
        let points = (i + 1..lines.len()).take_while(|&j| lines[j].block == block);
        let points: Vec<usize> = points.collect();
        let all_points = points.len() >= 2
            && points.iter().all(|&j| {
                let p = lines[j].span.of(text);
                matches!(looks[j], Look::Title | Look::Body) && words(p).take(5).count() >= 5
            });
        if all_points {
            for j in points {
                looks[j] = Look::Body;
            }
        }
    }
}

/// Above the first body line, a block of two or more one- or two-word
/// titles is the site's section trail ("Football" over "Championship"), and
/// under a link-list title standing alone ("Most read"), a block of titles
/// is its links.
fn section_trails(text: &str, lines: &[Line], looks: &mut [Look]) {
    let mut before_body = true;
    let mut after_list_title = false;
    for block in blocks(lines) {
        let titles = block.clone().all(|i| {
            matches!(
                looks[i],
                Look::Title | Look::Skip(SkipReason::Boilerplate, "a section label")
            )
        });
        let tiny = block
            .clone()
            .all(|i| words(lines[i].span.of(text)).take(3).count() <= 2);
        if titles && block.len() >= 2 && (after_list_title || before_body && tiny) {
            for i in block.clone() {
                looks[i] = Look::Skip(SkipReason::Navigation, "a section trail or link list");
            }
        }
        before_body &= !block.clone().any(|i| looks[i] == Look::Body);
        after_list_title = block.len() == 1
            && looks[block.start]
                == Look::Skip(SkipReason::Navigation, "a menu or link-list title");
    }
}

/// A writer's post on a line of its own, or after their name with no comma
/// ("Hannah Okoro Health correspondent", "Senior political correspondent"),
/// beside a byline or a date: a short line that is no sentence and ends with
/// a post from writer_posts.txt. Away from a byline or a date, "Police
/// arrest former newspaper editor" is a headline.
fn writers_posts(text: &str, lines: &[Line], looks: &mut [Look]) {
    for i in 0..lines.len() {
        let s = lines[i].span.of(text);
        // "Health correspondent", "Political reporter, BBC News".
        let post = s.split(',').next().unwrap_or(s);
        if !matches!(looks[i], Look::Title | Look::Body)
            || words(s).take(7).count() > 6
            || ends_sentence(s)
            || !words(post)
                .last()
                .is_some_and(|w| WRITER_POSTS.contains(&w.to_lowercase()))
        {
            continue;
        }
        let beside = [i.wrapping_sub(1), i + 1].into_iter().any(|j| {
            j < lines.len()
                && lines[j].block == lines[i].block
                && matches!(
                    looks[j],
                    Look::Skip(SkipReason::Byline | SkipReason::Dateline, _)
                )
        });
        // The writer's name alone on the line above: "Helen Marsh".
        let named_above = i > 0
            && lines[i - 1].block == lines[i].block
            && looks[i - 1] == Look::Title
            && NAME_LINE.is_match(lines[i - 1].span.of(text));
        if named_above {
            looks[i - 1] = Look::Skip(SkipReason::Byline, "the writer's name above their post");
        }
        if beside || named_above {
            looks[i] = Look::Skip(SkipReason::Byline, "the writer's post beside the byline");
        }
    }
}

/// A standfirst: above the first body line, a paragraph set between the
/// headline and the byline ("In a mountain village in Piedmont, a retired
/// schoolteacher has spent thirty years ..."). It reads like body text but
/// is the headline's furniture. A headline written as sentences ("Okafor's
/// transit bet is bold. Whether Alderport can afford it is another
/// question.") under a kicker or menu, with no title above it, is the same:
/// a line or two of sentences that the byline follows.
fn standfirst(text: &str, lines: &[Line], looks: &mut [Look]) {
    let Some(first_body) = looks.iter().position(|l| *l == Look::Body) else {
        return;
    };
    let i = first_body;
    let short = |j: usize| words(lines[j].span.of(text)).take(61).count() <= 60;
    if i == 0 || !short(i) {
        return;
    }
    let under_title = looks[i - 1] == Look::Title;
    // No title above, or only the masthead over its menu.
    // Under a menu or a section label, with no title above (or only the
    // masthead over its menu); not under a byline or other furniture.
    let untitled = matches!(
        looks[i - 1],
        Look::Skip(SkipReason::Navigation, _)
            | Look::Skip(SkipReason::Boilerplate, "a section label")
    ) && looks[..i]
        .iter()
        .rposition(|l| *l == Look::Title)
        .is_none_or(|t| {
            looks[t + 1..i]
                .iter()
                .any(|l| matches!(l, Look::Skip(SkipReason::Navigation, _)))
        });
    if !under_title && !untitled {
        return;
    }
    // Under no title, up to two such lines: a sentence headline and its
    // standfirst.
    let last = if untitled && looks.get(i + 1) == Some(&Look::Body) && short(i + 1) {
        i + 1
    } else {
        i
    };
    // A byline above the story ("By Clara Whitfield"), not a sign-off
    // after it ("Roger Fortuna reports.").
    let byline_after = |end: usize| {
        (end + 1..lines.len().min(end + 4))
            .take_while(|&j| looks[j] != Look::Body)
            .any(|j| {
                matches!(looks[j], Look::Skip(SkipReason::Byline, _))
                    && !ends_sentence(lines[j].span.of(text))
            })
    };
    let end = if byline_after(i) {
        i
    } else if last > i && byline_after(last) {
        last
    } else {
        return;
    };
    for look in &mut looks[i..=end] {
        *look = Look::Title;
    }
}

/// The most lines checked as pull quotes: each is looked for in the whole
/// page, and a page prints two or three.
const MOST_PULL_QUOTES: usize = 16;

/// A pull quote: a line that is one quotation, alone in its block, whose
/// words the article prints elsewhere in a paragraph ("“A seed that nobody
/// plants is just a small stone.”"). The repeat is furniture, a duplicate.
fn pull_quotes(text: &str, lines: &[Line], looks: &mut [Look]) {
    let normal = normal_words;
    let candidates: Vec<usize> = (0..lines.len())
        .filter(|&i| {
            let s = lines[i].span.of(text);
            matches!(looks[i], Look::Body | Look::Title | Look::Exclaim)
                && alone_in_block(lines, i)
                && s.starts_with(crate::text::is_double_quote)
                && s.trim_end_matches(['.', ','])
                    .ends_with(crate::text::is_double_quote)
                && s.chars()
                    .filter(|c| crate::text::is_double_quote(*c))
                    .count()
                    == 2
                && (4..=40).contains(&words(s).take(41).count())
        })
        .take(MOST_PULL_QUOTES)
        .collect();
    if candidates.is_empty() {
        return;
    }
    let body: Vec<(usize, String)> = (0..lines.len())
        .filter(|i| looks[*i] == Look::Body && !candidates.contains(i))
        .map(|i| (i, normal(lines[i].span.of(text))))
        .collect();
    for i in candidates {
        let quote = normal(lines[i].span.of(text));
        if body.iter().any(|(_, b)| b.contains(&quote)) {
            looks[i] = Look::Skip(SkipReason::Duplicate, "a pull quote repeating the article");
        }
    }
}

/// An explainer's subheads: three or more short questions, each alone in
/// its block with body text right after ("What happened?", "Who is
/// affected?"). One or two such lines are the author's questions, claims.
fn question_subheads(text: &str, lines: &[Line], looks: &mut [Look]) {
    let subheads: Vec<usize> = (0..lines.len())
        .filter(|&i| {
            looks[i] == Look::Exclaim
                && lines[i].span.of(text).ends_with('?')
                && alone_in_block(lines, i)
                && looks.get(i + 1) == Some(&Look::Body)
        })
        .collect();
    if subheads.len() >= 3 {
        for i in subheads {
            looks[i] = Look::Title;
        }
    }
}

/// A headline after body text opens a new article (rather than being a
/// subhead) when the page leaves extra space before it, or prints the
/// usual top-of-article furniture (captions, bylines, dates, a repeat of the
/// headline) between it and its first paragraph, or that paragraph opens
/// with a dateline.
fn starts_new_article(
    text: &str,
    lines: &[Line],
    looks: &[Look],
    duplicate: &[bool],
    i: usize,
) -> bool {
    if lines[i].blank_before >= 2 {
        return true;
    }
    // After a letter's or column's sign-off, a headline opens the next one.
    if i > 0
        && matches!(
            looks[i - 1],
            Look::Skip(
                SkipReason::Byline,
                "a letter's signature" | "a note on the letter's writer"
            )
        )
    {
        return true;
    }
    for j in i + 1..lines.len() {
        if duplicate[j] {
            return true;
        }
        match looks[j] {
            // Only an article's first paragraph opens with a dateline
            // ("DUNMORE — A kitchen fire ...").
            Look::Body => {
                let s = lines[j].span.of(text);
                return WIRE_DATELINE.is_match(s) || AGENCY_DATELINE.is_match(s);
            }
            Look::Label
            | Look::Skip(
                SkipReason::Caption
                | SkipReason::Credit
                | SkipReason::Byline
                | SkipReason::Dateline,
                _,
            ) => return true,
            _ => {}
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::lines;

    /// Classifies `text` and returns (piece text, role) pairs.
    fn roles(text: &str) -> Vec<(String, String)> {
        classify(text, &lines(text))
            .into_iter()
            .map(|p| {
                let role = match p.role {
                    Role::Body => "body".to_string(),
                    Role::Headline {
                        starts_article: true,
                    } => "headline+".to_string(),
                    Role::Headline {
                        starts_article: false,
                    } => "headline".to_string(),
                    Role::Skip(r, _) => r.as_str().to_string(),
                };
                (p.span.of(text).to_string(), role)
            })
            .collect()
    }

    fn assert_roles(text: &str, expected: &[(&str, &str)]) {
        let got = roles(text);
        let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn a_labelled_verdict_is_a_claim() {
        assert!(is_labelled_verdict(
            "Prediction: Harwood City 2-1 Ashby Town"
        ));
        assert!(is_labelled_verdict("Our verdict: a triumph of staging"));
        assert!(!is_labelled_verdict("Prediction:"));
        assert!(!is_labelled_verdict("Full-time: Rovers 2-1 City"));
        assert_eq!(look("Verdict: a triumph of staging"), Look::Body);
    }

    #[test]
    fn headline_caption_and_repeats() {
        assert_roles(
            "Ministers Resign\n\nFILE PHOTO: The minister in Rome, May 2, 2024. REUTERS/Jane Doe\nFILE PHOTO: The minister in Rome, May 2, 2024. REUTERS/Jane Doe\n\nMinisters Resign\n\nTwo ministers resigned on Monday.",
            &[
                ("Ministers Resign", "headline"),
                ("FILE PHOTO: The minister in Rome, May 2, 2024. REUTERS/Jane Doe", "caption"),
                ("FILE PHOTO: The minister in Rome, May 2, 2024. REUTERS/Jane Doe", "duplicate"),
                ("Ministers Resign", "duplicate"),
                ("Two ministers resigned on Monday.", "body"),
            ],
        );
    }

    #[test]
    fn captions_by_their_credit() {
        assert_roles(
            "Protesters march in Paris, France, Jan. 4, 2026. (AP Photo/Jane Doe)\n\nThe march was peaceful.",
            &[
                ("Protesters march in Paris, France, Jan. 4, 2026. (AP Photo/Jane Doe)", "caption"),
                ("The march was peaceful.", "body"),
            ],
        );
    }

    #[test]
    fn captions_by_a_courtesy_or_file_photo_credit() {
        assert_roles(
            "A sinkhole on Crane Road on Sunday, Aug. 8. (Courtesy of Pell County Public Works)\n\nA jet at the airport in 2024. (Westbrook Gazette file photo)\n\nTraders work on the floor, Oct. 21, 2027. MARLOW/Jae Kim Purchase Licensing Rights\n\nThe road reopened on Monday.",
            &[
                (
                    "A sinkhole on Crane Road on Sunday, Aug. 8. (Courtesy of Pell County Public Works)",
                    "caption",
                ),
                ("A jet at the airport in 2024. (Westbrook Gazette file photo)", "caption"),
                (
                    "Traders work on the floor, Oct. 21, 2027. MARLOW/Jae Kim Purchase Licensing Rights",
                    "caption",
                ),
                ("The road reopened on Monday.", "body"),
            ],
        );
    }

    #[test]
    fn live_update_stamps_ratings_footnote_numbers_and_tip_lines() {
        assert_roles(
            "Storms hit the county\n\n★★★½\n\nUPDATE 4:25 p.m.: The warning has expired, forecasters said.\n\nThe river rose overnight.\n\n1\nFigures are from the state.\n\nThis is a developing story. Stay with us for updates.\n\nHave a news tip? Email news@example.com.",
            &[
                ("Storms hit the county", "headline"),
                ("★★★½", "boilerplate"),
                ("UPDATE 4:25 p.m.:", "dateline"),
                ("The warning has expired, forecasters said.", "body"),
                ("The river rose overnight.", "body"),
                ("1", "boilerplate"),
                ("Figures are from the state.", "body"),
                (
                    "This is a developing story. Stay with us for updates.",
                    "boilerplate",
                ),
                ("Have a news tip? Email news@example.com.", "boilerplate"),
            ],
        );
    }

    #[test]
    fn references_pitches_and_contact_lines_at_the_foot() {
        assert_roles(
            "Schools cut Fridays\n\nThe district moved to a four-day week.\n\nTran, E. and Oduya, M. (2026). \u{201c}Four Days, Fewer Gains?\u{201d} NSU Working Paper 26-04.\n\nThe Long Commute is a reader-supported publication. To receive new posts, consider becoming a free or paid subscriber.\n\nLena Marchetti can be reached at lmarchetti@example.com.",
            &[
                ("Schools cut Fridays", "headline"),
                ("The district moved to a four-day week.", "body"),
                (
                    "Tran, E. and Oduya, M. (2026). \u{201c}Four Days, Fewer Gains?\u{201d} NSU Working Paper 26-04.",
                    "boilerplate",
                ),
                (
                    "The Long Commute is a reader-supported publication. To receive new posts, consider becoming a free or paid subscriber.",
                    "boilerplate",
                ),
                ("Lena Marchetti can be reached at lmarchetti@example.com.", "byline"),
            ],
        );
    }

    #[test]
    fn a_sponsored_block_is_advertisement_whole() {
        assert_roles(
            "Rates rise\n\nThe commission approved the increase.\n\nSPONSORED CONTENT\nPaid Post: How one family cut its bill\nWhen the Dietz family replaced their furnace, their bill fell.\n\"We should have done this years ago,\" says Alisha Dietz.\nThis content was paid for by Brightwell and produced by Ledger Studio.\n\nThe increase is the third in four years.",
            &[
                ("Rates rise", "headline"),
                ("The commission approved the increase.", "body"),
                ("SPONSORED CONTENT", "advertisement"),
                ("Paid Post: How one family cut its bill", "advertisement"),
                (
                    "When the Dietz family replaced their furnace, their bill fell.",
                    "advertisement",
                ),
                (
                    "\"We should have done this years ago,\" says Alisha Dietz.",
                    "advertisement",
                ),
                (
                    "This content was paid for by Brightwell and produced by Ledger Studio.",
                    "advertisement",
                ),
                ("The increase is the third in four years.", "body"),
            ],
        );
    }

    #[test]
    fn translators_corrections_and_column_footers() {
        assert_roles(
            "Water runs one day in four\n\nThis article was translated from Spanish by Laura Benítez.\n\nThe city rations water.\n\nRCMP officers stand at a gate. (Submitted by Tahla Land Defenders)\n\nCorrections: A previous version of this article misstated the vote.\n\nSend your questions to ask@example.com.",
            &[
                ("Water runs one day in four", "headline"),
                (
                    "This article was translated from Spanish by Laura Benítez.",
                    "byline",
                ),
                ("The city rations water.", "body"),
                (
                    "RCMP officers stand at a gate. (Submitted by Tahla Land Defenders)",
                    "caption",
                ),
                (
                    "Corrections: A previous version of this article misstated the vote.",
                    "dateline",
                ),
                ("Send your questions to ask@example.com.", "boilerplate"),
            ],
        );
    }

    #[test]
    fn a_letters_salutation_and_dash_signature_are_set_aside() {
        assert_roles(
            "Ask Maeve\n\nDear Maeve: My brother keeps borrowing money.\n\n— Tapped Out in Truro\n\nDear Tapped Out, You are not the bad guy.",
            &[
                ("Ask Maeve", "headline"),
                ("Dear Maeve:", "boilerplate"),
                ("My brother keeps borrowing money.", "body"),
                ("— Tapped Out in Truro", "byline"),
                ("Dear Tapped Out,", "boilerplate"),
                ("You are not the bad guy.", "body"),
            ],
        );
    }

    #[test]
    fn a_live_commentarys_minutes_are_its_times() {
        assert_roles(
            "Rovers 2-1 City: live\n\n90+4'\nFull time here.\n\n88'\nBaptiste scores.",
            &[
                ("Rovers 2-1 City: live", "headline"),
                ("90+4'", "dateline"),
                ("Full time here.", "body"),
                ("88'", "dateline"),
                ("Baptiste scores.", "body"),
            ],
        );
    }

    #[test]
    fn the_writer_and_the_date_on_one_line() {
        assert_roles(
            "Arrests at blockade\n\nMaya Sandhu · CBC News · Posted: Nov 08, 2027 4:00 AM PST\n\nSix people were arrested.",
            &[
                ("Arrests at blockade", "headline"),
                (
                    "Maya Sandhu · CBC News · Posted: Nov 08, 2027 4:00 AM PST",
                    "dateline",
                ),
                ("Six people were arrested.", "body"),
            ],
        );
    }

    #[test]
    fn share_buttons_times_and_staff_bylines() {
        assert_roles(
            "Council shelves bus lane plan\n\nShare\nSave\n\nKXYZ News 4 Staff\nPublished: Nov. 27, 2026 at 5:48 PM CST | Updated: Nov. 27, 2026 at 9:15 PM CST\n\n11:52 BST\nThe council voted on Monday.\n\nPublished in 2019, the report found that half of the lanes were empty.",
            &[
                ("Council shelves bus lane plan", "headline"),
                ("Share", "boilerplate"),
                ("Save", "boilerplate"),
                ("KXYZ News 4 Staff", "byline"),
                (
                    "Published: Nov. 27, 2026 at 5:48 PM CST | Updated: Nov. 27, 2026 at 9:15 PM CST",
                    "dateline",
                ),
                ("11:52 BST", "dateline"),
                ("The council voted on Monday.", "body"),
                (
                    "Published in 2019, the report found that half of the lanes were empty.",
                    "body",
                ),
            ],
        );
    }

    #[test]
    fn a_press_release_footer_and_standfirst() {
        assert_roles(
            "Bees adapt to city heat\n\nSummary: Urban bees carry heat-tolerance genes more often, a study suggests.\n\nBees in cities are changing, the team found.\n\nStory Source:\nMaterials provided by University of Leeds. Note: Content may be edited for style and length.\n\nJournal Reference:\nP. Natarajan. Urban heat islands. Nature Ecology & Evolution, 2026; DOI: 10.1038/s41559-026-02417-3\n\nCite This Page:\nUniversity of Leeds. \"Bees adapt to city heat.\" ScienceNews Daily, 23 November 2026.\n\nRelated articles\nBees decline across Europe\nCities plant wildflower verges",
            &[
                ("Bees adapt to city heat", "headline"),
                (
                    "Summary: Urban bees carry heat-tolerance genes more often, a study suggests.",
                    "headline",
                ),
                ("Bees in cities are changing, the team found.", "body"),
                ("Story Source:", "boilerplate"),
                (
                    "Materials provided by University of Leeds. Note: Content may be edited for style and length.",
                    "byline",
                ),
                ("Journal Reference:", "boilerplate"),
                (
                    "P. Natarajan. Urban heat islands. Nature Ecology & Evolution, 2026; DOI: 10.1038/s41559-026-02417-3",
                    "boilerplate",
                ),
                ("Cite This Page:", "boilerplate"),
                (
                    "University of Leeds. \"Bees adapt to city heat.\" ScienceNews Daily, 23 November 2026.",
                    "boilerplate",
                ),
                ("Related articles", "navigation"),
                ("Bees decline across Europe", "navigation"),
                ("Cities plant wildflower verges", "navigation"),
            ],
        );
    }

    #[test]
    fn consent_banner_trails_panels_and_sign_ups() {
        assert_roles(
            "We use cookies to personalise content and ads and to analyse our traffic. By clicking \"Accept all\", you agree to the storing of cookies on your device.\nAccept all\n\n\
             News › Local › City Hall\n\n\
             Football\nChampionship\n\n\
             Guest column: Pools are closing. Children pay the price.\n\n\
             By Tessa Morgan | tmorgan@examiner.ca\n\n\
             Owen Pritchard at Mill Lane\nSat 28 Nov 2026 17.21 GMT\n\n\
             Castleford Athletic 3–2 Redbridge Rovers\nOkonkwo 12, Varga 67, Hale 90+3\nBrennan 41, 58\n\n\
             The council voted 6-5 on Tuesday.\n\n\
             Get the day's biggest stories in your inbox every morning.\n\n\
             Associated Press writer Jo Reyes in Concord, N.H., contributed to this report.\n\n\
             Copyright 2026 The Associated Press. All rights reserved. This material may not be published without permission.\n\n\
             Most read\n\n\
             1. Highway 7 reopens after crash\n\
             2. Bakery wins award\n\n\
             Explore more on these topics\nRedbridge Rovers\nmatch reports",
            &[
                (
                    "We use cookies to personalise content and ads and to analyse our traffic. By clicking \"Accept all\", you agree to the storing of cookies on your device.",
                    "boilerplate",
                ),
                ("Accept all", "boilerplate"),
                ("News › Local › City Hall", "navigation"),
                ("Football", "navigation"),
                ("Championship", "navigation"),
                ("Guest column: Pools are closing. Children pay the price.", "headline"),
                ("By Tessa Morgan | tmorgan@examiner.ca", "byline"),
                ("Owen Pritchard at Mill Lane", "byline"),
                ("Sat 28 Nov 2026 17.21 GMT", "dateline"),
                ("Castleford Athletic 3–2 Redbridge Rovers", "boilerplate"),
                ("Okonkwo 12, Varga 67, Hale 90+3", "boilerplate"),
                ("Brennan 41, 58", "boilerplate"),
                ("The council voted 6-5 on Tuesday.", "body"),
                ("Get the day's biggest stories in your inbox every morning.", "boilerplate"),
                (
                    "Associated Press writer Jo Reyes in Concord, N.H., contributed to this report.",
                    "byline",
                ),
                ("Copyright 2026 The Associated Press. All rights reserved.", "boilerplate"),
                ("This material may not be published without permission.", "restriction"),
                ("Most read", "navigation"),
                ("1. Highway 7 reopens after crash", "navigation"),
                ("2. Bakery wins award", "navigation"),
                ("Explore more on these topics", "navigation"),
                ("Redbridge Rovers", "navigation"),
                ("match reports", "navigation"),
            ],
        );
    }

    #[test]
    fn magazine_and_explainer_furniture() {
        assert_roles(
            "Skip to content\nThe Meridian\nSubscribe | Log in\n\n\
             Local   Crime   Business   Weather   Sports\n\n\
             The Seed Keeper\n\n\
             In a mountain village, a retired teacher has spent thirty years saving seeds. Now the gene banks are calling.\n\n\
             By Clara Whitfield\n\n\
             12 min read\n\n\
             The cellar smells of earth. \u{201c}A seed that nobody plants is just a small stone,\u{201d} she says.\n\n\
             \u{201c}A seed that nobody plants is just a small stone.\u{201d}\n\n\
             What happened?\n\nA fire broke out.\n\n\
             Who is affected?\n\nAbout 300 homes.\n\n\
             When can people go home?\n\nNot before Friday.\n\n\
             This article appears in the March 2027 issue of The Meridian.\n\n\
             More from The Meridian\nThe Night Ferry to Stromness\n\n\
             WhatsApp",
            &[
                ("Skip to content", "navigation"),
                ("The Meridian", "boilerplate"),
                ("Subscribe | Log in", "boilerplate"),
                ("Local   Crime   Business   Weather   Sports", "navigation"),
                ("The Seed Keeper", "headline"),
                (
                    "In a mountain village, a retired teacher has spent thirty years saving seeds. Now the gene banks are calling.",
                    "headline",
                ),
                ("By Clara Whitfield", "byline"),
                ("12 min read", "boilerplate"),
                (
                    "The cellar smells of earth. \u{201c}A seed that nobody plants is just a small stone,\u{201d} she says.",
                    "body",
                ),
                ("\u{201c}A seed that nobody plants is just a small stone.\u{201d}", "duplicate"),
                ("What happened?", "headline"),
                ("A fire broke out.", "body"),
                ("Who is affected?", "headline"),
                ("About 300 homes.", "body"),
                ("When can people go home?", "headline"),
                ("Not before Friday.", "body"),
                ("This article appears in the March 2027 issue of The Meridian.", "dateline"),
                ("More from The Meridian", "navigation"),
                ("The Night Ferry to Stromness", "navigation"),
                ("WhatsApp", "boilerplate"),
            ],
        );
    }

    #[test]
    fn agency_datelines_and_bylines() {
        assert_roles(
            "Press Trust of India | New Delhi\n\n\
             New Delhi, Nov 27 (PTI) The Union Cabinet approved the scheme.\n\n\
             Hal Brennan, band director for 38 years, dies at 89\n\n\
             He died on Thursday.",
            &[
                ("Press Trust of India | New Delhi", "byline"),
                ("New Delhi, Nov 27 (PTI)", "dateline"),
                ("The Union Cabinet approved the scheme.", "body"),
                (
                    "Hal Brennan, band director for 38 years, dies at 89",
                    "headline",
                ),
                ("He died on Thursday.", "body"),
            ],
        );
    }

    #[test]
    fn a_menu_one_item_per_line_under_the_masthead() {
        assert_roles(
            "Ashworth Gazette\nNews\nSport\nWhat’s On\nPuzzles\n\
             Council leader suspended as police assess complaint\n\
             Hannah Okoro Health correspondent\n\
             Tue 16 Mar 2027 00.01 GMT\n\n\
             The leader was suspended on Thursday.\n\n\
             This article was amended on 17 March 2027. An earlier version gave the wrong date.",
            &[
                ("Ashworth Gazette", "boilerplate"),
                ("News", "navigation"),
                ("Sport", "navigation"),
                ("What’s On", "navigation"),
                ("Puzzles", "navigation"),
                (
                    "Council leader suspended as police assess complaint",
                    "headline",
                ),
                ("Hannah Okoro Health correspondent", "byline"),
                ("Tue 16 Mar 2027 00.01 GMT", "dateline"),
                ("The leader was suspended on Thursday.", "body"),
                (
                    "This article was amended on 17 March 2027. An earlier version gave the wrong date.",
                    "dateline",
                ),
            ],
        );
    }

    #[test]
    fn a_quoted_post_may_end_on_an_emoji() {
        assert_roles(
            "The striker said goodbye on Sunday.\n\n\
             Team-mate Kofi Mensah wrote on Instagram: \"Go win everything \u{1f499}\"",
            &[
                ("The striker said goodbye on Sunday.", "body"),
                (
                    "Team-mate Kofi Mensah wrote on Instagram: \"Go win everything \u{1f499}\"",
                    "body",
                ),
            ],
        );
    }

    #[test]
    fn reader_comments_are_not_the_article() {
        assert_roles(
            "The leader was suspended on Thursday.\n\
             Comments\n\
             Sign in or register to comment\n\
             KelbrookLad88\n\
             Same old story in this town.\n\
             Reply\n\
             Most popular\n\
             Man charged after crash closes bypass",
            &[
                ("The leader was suspended on Thursday.", "body"),
                ("Comments", "boilerplate"),
                ("Sign in or register to comment", "boilerplate"),
                ("KelbrookLad88", "byline"),
                ("Same old story in this town.", "boilerplate"),
                ("Reply", "boilerplate"),
                ("Most popular", "navigation"),
                ("Man charged after crash closes bypass", "navigation"),
            ],
        );
    }

    #[test]
    fn a_second_comments_button_opens_the_thread() {
        let got = roles(
            "The mayor signed the budget on Friday.\n\n\
             Comments\n\
             Show Comments\n\n\
             Gold Member Badge\n\n\
             Gold members have posted helpful comments for a year.\n\n\
             Most read\n\
             Harbour ferry returns after repairs",
        );
        let roles: Vec<&str> = got.iter().map(|(_, r)| r.as_str()).collect();
        assert_eq!(
            roles,
            [
                "body",
                "boilerplate",
                "boilerplate",
                "boilerplate",
                "boilerplate",
                "navigation",
                "navigation"
            ]
        );
    }

    #[test]
    fn prompts_to_log_in_and_comment_are_the_widget_not_the_article() {
        for line in [
            "You must login or create an account to comment.",
            "Sign up or log in to join the discussion!",
            "You must be logged in to report a comment.",
            "reader comments",
        ] {
            let text = format!("The council approved the plan on Monday.\n\n{line}");
            assert_eq!(
                roles(&text)[1],
                (line.to_string(), "boilerplate".to_string()),
                "{line}"
            );
        }
        // A report on a site's rules speaks to no one.
        let text = "The council approved the plan on Monday.\n\n\
                    Users must log in to comment on the plan, the council said.";
        assert_eq!(roles(text)[1].1, "body");
    }

    #[test]
    fn a_copyright_notice_is_furniture_however_long() {
        let notice = "Copyright 2031 Harbour Media Group. All rights reserved. Use of this site \
                      constitutes acceptance of our User Agreement and Privacy Policy and \
                      Cookie Statement and your privacy choices and rights, updated yearly. \
                      The site may earn a share of sales from links on it.";
        let text = format!("The council approved the plan on Monday.\n\n{notice}");
        assert_eq!(roles(&text)[1].1, "boilerplate");
        assert!(!is_copyright_notice(
            "Copyright holders objected to the plan."
        ));
        assert!(is_copyright_notice("© Harbour Media Group"));
    }

    #[test]
    fn promoted_links_with_their_sources_are_advertisements() {
        let got = roles(
            "The council approved the plan on Monday.\n\
             From Partners\n\
             Seven Towns Where Retirement Costs Less Than You Think\n\
             (MoneyDaily)\n\
             This Simple Habit Could Cut Your Power Bill\n\
             (HomeTips)",
        );
        let ads = got.iter().filter(|(_, r)| r == "advertisement").count();
        assert_eq!(ads, 4, "{got:?}");
        // One title over an agency in parentheses is no widget.
        let got = roles(
            "The council approved the plan on Monday.\n\n\
             The ferry will run again next week, the operator said\n\
             (Reuters)",
        );
        assert!(got.iter().all(|(_, r)| r != "advertisement"), "{got:?}");
    }

    #[test]
    fn text_ads_run_down_to_their_last_web_address() {
        let got = roles(
            "The council approved the plan on Monday.\n\n\
             Ads by Google\n\n\
             Garden Sheds Direct\n\n\
             Sheds for every garden. Free delivery this month.\n\n\
             www.example-sheds.com\n\n\
             The plan goes to a public vote in May, officials said.",
        );
        let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(got[2], ("Garden Sheds Direct", "advertisement"));
        assert_eq!(got[4], ("www.example-sheds.com", "advertisement"));
        assert_eq!(
            got[5],
            (
                "The plan goes to a public vote in May, officials said.",
                "body"
            )
        );
        // A label alone takes no article text.
        let got = roles(
            "The council approved the plan on Monday.\n\n\
             Ads by Google\n\n\
             The plan goes to a public vote in May, officials said.",
        );
        assert_eq!(got[2].1, "body");
    }

    #[test]
    fn points_under_a_lead_in_are_the_article() {
        let got = roles(
            "The minister spoke to reporters on Monday.\n\n\
             In a long interview, the minister also said:\n\n\
             The new bridge will open before the winter\n\
             Ferry fares must not rise again this year\n\n\
             She leaves for Brussels on Tuesday.",
        );
        assert!(got.iter().all(|(_, r)| r == "body"), "{got:?}");
    }

    #[test]
    fn labelled_prices_and_result_rows_are_claims_not_titles() {
        let got = roles(
            "The headphones are comfortable, the review found.\n\n\
             Korvo Pulse 2: specs\n\
             Price: $249.99 / £229 / AU$399\n\n\
             County Executive\n\
             Precincts reporting: 87% (41 of 47)\n\
             Ngozi Okafor   DEM   18,412   54.3%\n\
             Results are unofficial until certified by the board.\n\
             Source: County Elections Office\n\n\
             The winner takes office in January.",
        );
        let body: Vec<&str> = got
            .iter()
            .filter(|(_, r)| r == "body")
            .map(|(t, _)| t.as_str())
            .collect();
        for line in [
            "Price: $249.99 / £229 / AU$399",
            "Precincts reporting: 87% (41 of 47)",
            "Ngozi Okafor   DEM   18,412   54.3%",
            "Results are unofficial until certified by the board.",
        ] {
            assert!(body.contains(&line), "{line}: {got:?}");
        }
        // A ticker's row, its changes signed, is the page's; a date is no row.
        assert!(!is_figure_row("Dow  17,113.15  +167.35  +0.99%"));
        assert!(!is_figure_row("PLHM (NYSE) $38.42 ▲ 1.86 (+5.09%)"));
        assert!(!is_figure_row("Yahoo Finance October 13, 2016"));
    }

    #[test]
    fn sponsor_labels_and_edition_switches_are_furniture() {
        let got = roles(
            "The council approved the plan on Monday.\n\n\
             Ocean Week is supported by\n\n\
             switch to the UK edition\n\n\
             harbourtimes.com © 1998-2031 Harbour Times\n\n\
             The plan goes to a vote in May, officials said.",
        );
        let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(
            got[1..4],
            [
                ("Ocean Week is supported by", "advertisement"),
                ("switch to the UK edition", "navigation"),
                ("harbourtimes.com © 1998-2031 Harbour Times", "boilerplate"),
            ]
        );
        // A sentence names its sponsor.
        assert!(!ends_with_sponsor_label(&lower_words(
            "The festival is sponsored by the council."
        )));
    }

    #[test]
    fn a_ranked_list_of_stories_is_navigation() {
        let got = roles(
            "The council approved the plan on Monday.\n\n\
             Most read\n\
             1\n\
             The ferry is back. It runs twice a day.\n\
             2\n\
             Why the bridge costs so much\n\
             3\n\
             Ten places to eat by the harbour",
        );
        let body: Vec<&str> = got
            .iter()
            .filter(|(_, r)| r == "body")
            .map(|(t, _)| t.as_str())
            .collect();
        assert_eq!(body, ["The council approved the plan on Monday."]);
        // Two numbered lines are no ranked list.
        let got = roles(
            "The council approved the plan on Monday.\n\n\
             1\n\
             The ferry is back. It runs twice a day.\n\
             2\n\
             The bridge opens in May. Tolls start in June.",
        );
        assert_eq!(got.iter().filter(|(_, r)| r == "body").count(), 3);
    }

    #[test]
    fn a_site_index_in_lower_case_is_a_menu() {
        let got = roles(
            "The council approved the plan on Monday.\n\n\
             news\n\
             home page\n\
             world\n\
             today's paper\n\
             U.S.\n\
             privacy\n\
             help",
        );
        assert!(got[1..].iter().all(|(_, r)| r != "body"), "{got:?}");
    }

    #[test]
    fn letters_signed_at_their_foot_are_articles_of_their_own() {
        let got = roles(
            "Turbines would cost us the view\n\n\
             The view is the only reason visitors stop here.\n\n\
             Margaret Lindqvist, Port Aldous\n\n\
             The library deserves better\n\n\
             The trailers have no restrooms.\n\n\
             Rev. Thomas Adeyemi, Caldwell\n\
             The writer is pastor of Grace Fellowship Church.",
        );
        let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(
            got,
            [
                ("Turbines would cost us the view", "headline"),
                ("The view is the only reason visitors stop here.", "body"),
                ("Margaret Lindqvist, Port Aldous", "byline"),
                ("The library deserves better", "headline+"),
                ("The trailers have no restrooms.", "body"),
                ("Rev. Thomas Adeyemi, Caldwell", "byline"),
                ("The writer is pastor of Grace Fellowship Church.", "byline"),
            ]
        );
    }

    #[test]
    fn briefs_each_open_with_a_dateline() {
        assert_roles(
            "Bridge to close for three weeks\n\n\
             HADLEY — The bridge will close Monday.\n\n\
             Board trims $1.1M from budget\n\n\
             KESSLING — The board voted 5-2.\n\n\
             A pumpkin stands at the fair on Saturday. (J.R. Tanaka / Gazette)",
            &[
                ("Bridge to close for three weeks", "headline"),
                ("HADLEY —", "dateline"),
                ("The bridge will close Monday.", "body"),
                ("Board trims $1.1M from budget", "headline+"),
                ("KESSLING —", "dateline"),
                ("The board voted 5-2.", "body"),
                (
                    "A pumpkin stands at the fair on Saturday. (J.R. Tanaka / Gazette)",
                    "caption",
                ),
            ],
        );
    }

    #[test]
    fn a_kicker_colon_below_the_first_paragraph_is_a_sentence() {
        assert_roles(
            "Storm hits coast\n\nThe storm hit on Sunday.\n\nUpdate: Police have confirmed that two people died.\n\nThe site set cookies without consent and must pay a fine, the regulator found.",
            &[
                ("Storm hits coast", "headline"),
                ("The storm hit on Sunday.", "body"),
                ("Update: Police have confirmed that two people died.", "body"),
                (
                    "The site set cookies without consent and must pay a fine, the regulator found.",
                    "body",
                ),
            ],
        );
    }

    #[test]
    fn body_sentence_naming_an_agency_is_not_a_caption() {
        assert_roles(
            "The talks failed, AFP reported.",
            &[("The talks failed, AFP reported.", "body")],
        );
    }

    #[test]
    fn masthead_menu_byline_date_and_footer() {
        assert_roles(
            "logo\n\nDaily Harbour News\n\n  • Home\n  • About\n\nCouncil Votes on Budget\n\nJane Doe\nMarch 3, 2025\n\nThe council voted 7-2 on Monday.\n\nSubscribe to our channel\n\n---\n\nGet Yours!\n\n© Daily Harbour\n  • About",
            &[
                ("logo", "boilerplate"),
                ("Daily Harbour News", "boilerplate"),
                ("• Home", "navigation"),
                ("• About", "navigation"),
                ("Council Votes on Budget", "headline"),
                ("Jane Doe", "byline"),
                ("March 3, 2025", "dateline"),
                ("The council voted 7-2 on Monday.", "body"),
                ("Subscribe to our channel", "boilerplate"),
                ("---", "boilerplate"),
                ("Get Yours!", "boilerplate"),
                ("© Daily Harbour", "boilerplate"),
                ("• About", "navigation"),
            ],
        );
    }

    #[test]
    fn restriction_block_and_glued_sentence() {
        assert_roles(
            "RESTRICTIONS: NO USE FRANCE.\n\nVIDEO MUST BE USED IN ITS ENTIRETY.\n\nNO FURTHER EDITS ARE PERMITTED** The mayor said on Monday the bridge would reopen.",
            &[
                ("RESTRICTIONS: NO USE FRANCE.", "restriction"),
                ("VIDEO MUST BE USED IN ITS ENTIRETY.", "restriction"),
                ("NO FURTHER EDITS ARE PERMITTED**", "restriction"),
                ("The mayor said on Monday the bridge would reopen.", "body"),
            ],
        );
    }

    #[test]
    fn second_article_on_a_page() {
        assert_roles(
            "Storm Hits Coast\n\nThe storm hit the coast on Sunday.\n\n\nBank Raises Rates\n\nThe central bank raised rates.\n\nWHAT COMES NEXT\n\nAnalysts expect more rises.",
            &[
                ("Storm Hits Coast", "headline"),
                ("The storm hit the coast on Sunday.", "body"),
                ("Bank Raises Rates", "headline+"),
                ("The central bank raised rates.", "body"),
                ("WHAT COMES NEXT", "headline"),
                ("Analysts expect more rises.", "body"),
            ],
        );
    }

    #[test]
    fn wire_dateline_and_reporter_credits() {
        assert_roles(
            "WASHINGTON (Reuters) - The Senate passed the bill on Friday.\n\nJane Doe reports.\n\nReporting by Jane Doe; Editing by John Roe",
            &[
                ("WASHINGTON (Reuters) -", "dateline"),
                ("The Senate passed the bill on Friday.", "body"),
                ("Jane Doe reports.", "byline"),
                ("Reporting by Jane Doe; Editing by John Roe", "byline"),
            ],
        );
    }

    #[test]
    fn hard_wrapped_paragraph_stays_body() {
        assert_roles(
            "The committee met for six hours on Tuesday and\nagreed to publish its findings next week.",
            &[
                ("The committee met for six hours on Tuesday and", "body"),
                ("agreed to publish its findings next week.", "body"),
            ],
        );
    }

    #[test]
    fn opinion_site_furniture() {
        assert_roles(
            "Opinion | The lanes worked. Why tear them out?\n\nOpinion by Ana Ruiz\n\n\
             Ana Ruiz is a transport researcher and a columnist.\n\n\
             Ed Park, Senior Lecturer in Energy Policy, University of Leeds\n\n\
             The lanes cut journey times by a tenth.\n\n\
             A boy reads outside the library on Sunday.\nPhoto by Grace Okafor\n\n\
             The council meets on Monday.\n\n\
             The views expressed are the author’s own.\n\n\
             This article is republished from The Conversation under a Creative Commons license.\n\n\
             (Reporting by Amira Haddad; Editing by Hugh Lawson)",
            &[
                ("Opinion | The lanes worked. Why tear them out?", "headline"),
                ("Opinion by Ana Ruiz", "byline"),
                ("Ana Ruiz is a transport researcher and a columnist.", "byline"),
                ("Ed Park, Senior Lecturer in Energy Policy, University of Leeds", "byline"),
                ("The lanes cut journey times by a tenth.", "body"),
                ("A boy reads outside the library on Sunday.", "caption"),
                ("Photo by Grace Okafor", "credit"),
                ("The council meets on Monday.", "body"),
                ("The views expressed are the author’s own.", "boilerplate"),
                (
                    "This article is republished from The Conversation under a Creative Commons license.",
                    "restriction",
                ),
                ("(Reporting by Amira Haddad; Editing by Hugh Lawson)", "byline"),
            ],
        );
    }

    #[test]
    fn advertisement_and_navigation_phrases() {
        assert_roles(
            "Advertisement\n\nYou are here\n\nRead more: Why the vote matters",
            &[
                ("Advertisement", "advertisement"),
                ("You are here", "navigation"),
                ("Read more: Why the vote matters", "navigation"),
            ],
        );
    }

    #[test]
    fn a_title_ending_in_a_colon_heads_links() {
        assert_roles(
            "Port deal nears\n\nThe port is for sale, people said.\n\nSuggested Topics:\nDeals\nTransport\n\n($1 = 10.97 crowns)",
            &[
                ("Port deal nears", "headline"),
                ("The port is for sale, people said.", "body"),
                ("Suggested Topics:", "navigation"),
                ("Deals", "navigation"),
                ("Transport", "navigation"),
                ("($1 = 10.97 crowns)", "body"),
            ],
        );
        // A colon over a paragraph introduces it; it heads no links.
        assert_roles(
            "Port deal nears\n\nThe port is for sale, people said.\n\nHe added:\nThe talks could end this week and the board would meet.",
            &[
                ("Port deal nears", "headline"),
                ("The port is for sale, people said.", "body"),
                ("He added:", "body"),
                ("The talks could end this week and the board would meet.", "body"),
            ],
        );
    }

    #[test]
    fn a_headline_written_as_sentences_under_a_kicker() {
        assert_roles(
            "NEWS ANALYSIS\n\nThe transit bet is bold. Whether the city can afford it is another question.\n\n\
             By Ruth Delacroix\n\nThe mayor promised buses every ten minutes.",
            &[
                ("NEWS ANALYSIS", "boilerplate"),
                (
                    "The transit bet is bold. Whether the city can afford it is another question.",
                    "headline",
                ),
                ("By Ruth Delacroix", "byline"),
                ("The mayor promised buses every ten minutes.", "body"),
            ],
        );
    }

    #[test]
    fn bbc_and_afp_page_furniture() {
        assert_roles(
            "News   Sport   Weather   iPlayer   Sounds\n\n\
             Water protests flare in Basra\n\n\
             Helen Marsh\nPolitical reporter, BBC News\n\n\
             Share   Facebook   X   Email\n\n\
             Image source, PA Media\nImage caption, Protesters block a road in Basra\n\n\
             Basra (Iraq) (AFP) - Hundreds of people protested on Wednesday.\n\n\
             has/sbk/jsa",
            &[
                ("News   Sport   Weather   iPlayer   Sounds", "navigation"),
                ("Water protests flare in Basra", "headline"),
                ("Helen Marsh", "byline"),
                ("Political reporter, BBC News", "byline"),
                ("Share   Facebook   X   Email", "boilerplate"),
                ("Image source, PA Media", "credit"),
                ("Image caption, Protesters block a road in Basra", "caption"),
                ("Basra (Iraq) (AFP) -", "dateline"),
                ("Hundreds of people protested on Wednesday.", "body"),
                ("has/sbk/jsa", "byline"),
            ],
        );
    }

    #[test]
    fn a_menu_one_item_per_line_may_hold_a_brand_in_lower_case() {
        assert_roles(
            "Home\nNews\nSport\niPlayer\nWeather\n\nMinisters shelve rail plan\n\nThe line will not reopen.",
            &[
                ("Home", "navigation"),
                ("News", "navigation"),
                ("Sport", "navigation"),
                ("iPlayer", "navigation"),
                ("Weather", "navigation"),
                ("Ministers shelve rail plan", "headline"),
                ("The line will not reopen.", "body"),
            ],
        );
    }

    #[test]
    fn a_company_press_release_footer() {
        assert_roles(
            "Pellham to buy Ridgeback\n\nPellham agreed to buy Ridgeback, the company said.\n\n\
             This story includes information from a Pellham Outdoor press release.\n\n\
             About Pellham Outdoor Inc.\nPellham Outdoor Inc. designs outdoor apparel. It was founded in 1987.\n\n\
             Forward-Looking Statements\nThis press release contains forward-looking statements.\n\n\
             Media Contact:\nJordan Reyes\npress@pellhamoutdoor.com",
            &[
                ("Pellham to buy Ridgeback", "headline"),
                ("Pellham agreed to buy Ridgeback, the company said.", "body"),
                (
                    "This story includes information from a Pellham Outdoor press release.",
                    "byline",
                ),
                ("About Pellham Outdoor Inc.", "boilerplate"),
                (
                    "Pellham Outdoor Inc. designs outdoor apparel. It was founded in 1987.",
                    "boilerplate",
                ),
                ("Forward-Looking Statements", "boilerplate"),
                ("This press release contains forward-looking statements.", "boilerplate"),
                ("Media Contact:", "boilerplate"),
                ("Jordan Reyes", "boilerplate"),
                ("press@pellhamoutdoor.com", "boilerplate"),
            ],
        );
    }

    #[test]
    fn an_advertising_slot_holds_its_own_lines() {
        assert_roles(
            "Derby preview\n\nThe derby kicks off on Sunday.\n\n\
             Advertisement\nBET £10 GET £30 IN FREE BETS\n18+ | BeGambleAware.org\n\n\
             Ashby have won five in a row.\n\n\
             Advertisement\nThe hosts have lost once.\nTheir keeper is fit.\nTheir captain is not.\nNor is their coach.\nThe fans are restless.",
            &[
                ("Derby preview", "headline"),
                ("The derby kicks off on Sunday.", "body"),
                ("Advertisement", "advertisement"),
                ("BET £10 GET £30 IN FREE BETS", "advertisement"),
                ("18+ | BeGambleAware.org", "advertisement"),
                ("Ashby have won five in a row.", "body"),
                ("Advertisement", "advertisement"),
                ("The hosts have lost once.", "body"),
                ("Their keeper is fit.", "body"),
                ("Their captain is not.", "body"),
                ("Nor is their coach.", "body"),
                ("The fans are restless.", "body"),
            ],
        );
    }

    #[test]
    fn an_editors_note_on_the_story_is_furniture_one_adding_a_fact_is_a_claim() {
        assert_roles(
            "Parking app draws fire\n\nThe app works most of the time.\n\n\
             Editor's note: This story has been updated with a statement from the city.\n\n\
             Editor’s note: After this column was submitted, a city spokesperson said the council would review the system.",
            &[
                ("Parking app draws fire", "headline"),
                ("The app works most of the time.", "body"),
                (
                    "Editor's note: This story has been updated with a statement from the city.",
                    "boilerplate",
                ),
                (
                    "Editor’s note: After this column was submitted, a city spokesperson said the council would review the system.",
                    "body",
                ),
            ],
        );
    }

    #[test]
    fn a_fact_box_states_facts() {
        assert_roles(
            "Harwood host Ashby in derby\n\nThe derby is sold out.\n\n\
             Kick-off: Sunday 7 November, 2pm GMT\nVenue: The Meadow, Harwood\nReferee: Sam Whitlow\n\n\
             More opinion\nEditorial: The budget gap won't close itself\nColumn: The quiet return of the town meeting",
            &[
                ("Harwood host Ashby in derby", "headline"),
                ("The derby is sold out.", "body"),
                ("Kick-off: Sunday 7 November, 2pm GMT", "body"),
                ("Venue: The Meadow, Harwood", "body"),
                ("Referee: Sam Whitlow", "body"),
                // Titles with no text under them: the page's footer.
                ("More opinion", "boilerplate"),
                ("Editorial: The budget gap won't close itself", "boilerplate"),
                ("Column: The quiet return of the town meeting", "boilerplate"),
            ],
        );
    }

    #[test]
    fn a_newsletters_greeting_and_sign_off_frame_it() {
        assert_roles(
            "Ferry fares go up\n\nHi there,\n\n\
             Welcome back. It’s been a busy week at City Hall, and not all of it made sense to me.\n\n\
             Fares rise on April 1.\n\nThat’s it for this week.\n\nSee you Thursday,",
            &[
                ("Ferry fares go up", "headline"),
                ("Hi there,", "boilerplate"),
                (
                    "Welcome back. It’s been a busy week at City Hall, and not all of it made sense to me.",
                    "body",
                ),
                ("Fares rise on April 1.", "body"),
                ("That’s it for this week.", "boilerplate"),
                ("See you Thursday,", "boilerplate"),
            ],
        );
    }

    #[test]
    fn a_reviews_pros_and_cons_are_claims() {
        assert_roles(
            "Korvo Pulse 2 review\n\nThe Pulse 2 sounds wonderful.\n\n\
             Pros\n+ 38-hour battery life\n+ Warm, detailed sound\n\n\
             Cons\n- Firm clamping force\n\n\
             The cushions will not suit everyone.",
            &[
                ("Korvo Pulse 2 review", "headline"),
                ("The Pulse 2 sounds wonderful.", "body"),
                ("Pros", "headline"),
                ("+ 38-hour battery life", "body"),
                ("+ Warm, detailed sound", "body"),
                ("Cons", "headline"),
                ("- Firm clamping force", "body"),
                ("The cushions will not suit everyone.", "body"),
            ],
        );
    }
}
