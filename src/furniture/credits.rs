//! Photo captions and credits: a caption by its label ("FILE PHOTO:") or by
//! the credit closing it ("(AP Photo/Jane Doe)"), a credit on its own line,
//! the line set right above a credit, a photo's one-word label, a
//! transcript's audio cue. They describe a picture or a sound, not the
//! article's news.

use std::sync::LazyLock;

use regex::Regex;

use super::fact_boxes::is_figure_row;
use super::gate::{self, LinePattern};
use super::line_gates;
use super::words::{at_most_words, ends_sentence, has_lowercase, words};
use super::{Draft, Look, Page, Rule, SkipReason};
use crate::lexicon;

/// The photo agencies' names as one alternation, longest first.
pub(super) fn agencies() -> String {
    let mut names: Vec<&str> =
        lexicon::entries(crate::lexicon::list!("photo_agencies.txt")).collect();
    crate::sort::by_key(&mut names, |n| {
        u64::from(crate::sort::reverse(crate::sort::small(n.len())))
    });
    names
        .iter()
        .map(|n| regex::escape(n))
        .collect::<Vec<_>>()
        .join("|")
}

/// "FILE PHOTO: ...", "Photo: ...": a caption by its label.
static CAPTION_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"^(?:(?:FILE PHOTO|FILE PICTURE|FILE IMAGE|FILE|PHOTO|PICTURE|IMAGE|VIDEO|WATCH|Pictured|In this photo|Caption)\s*[:|]|(?:Image|Media|Video|Photo) caption\b[,:]?)")
        .expect("caption label")
});

/// A photo credit closing a line: "(AP)", "(AP Photo/Jane Doe)", "(File
/// Photo/...)", "Jane Doe/Pool via REUTERS", "/AFP", "Getty Images",
/// "(Courtesy of Pell County Public Works)", "(Westbrook Gazette file
/// photo)", and the wire gallery's "Purchase Licensing Rights" button after
/// its credit. One pattern per form of credit, each behind a gate that every
/// line it matches passes, so that an article compiles only the forms its
/// lines could end with (one alternation of them all cost a first analysis
/// more than any other pattern).
static CREDIT_ENDS: [CreditEnd; 9] = [
    credit_end(
        agency_after_bracket,
        &AGENCY_IN_BRACKETS,
        after_inner_bracket,
    ),
    credit_end(ends_with_agency, &VIA_AGENCY, before_agency),
    credit_end(names_a_picture, &PICTURE_IN_BRACKETS, bracket_or_last_stop),
    credit_end(labels_a_picture, &PICTURE_LABEL, last_stop),
    credit_end(
        names_in_brackets_with_slash,
        &NAME_SLASH_AGENCY,
        after_inner_bracket,
    ),
    credit_end(holds_courtesy, &COURTESY, courtesy_start),
    credit_end(holds_file, &FILE_PHOTO, after_inner_bracket),
    credit_end(holds_submitted, &SUBMITTED_BY, after_inner_bracket),
    credit_end(holds_licensing, &PURCHASE_LICENSING, last_stop),
];

/// One form of credit closing a line: its gate, its pattern, and where on
/// the line a match can start at the earliest.
struct CreditEnd {
    /// A test every line the pattern matches passes.
    gate: fn(&str) -> bool,
    pattern: &'static LazyLock<Regex>,
    /// A place no match starts before, on a line past the gate. The forms
    /// are anchored at the end only: without its DFA (the browser build)
    /// the regex engine tries them from every place of the line, and pays
    /// for the line's length times the pattern's states on each search, so
    /// the search starts here (`is_match_at`, which reads the byte before
    /// for `\b`).
    from: fn(&str) -> usize,
}

impl CreditEnd {
    /// Whether line `s`, past the gate, ends with this form.
    fn matches(&self, s: &str) -> bool {
        (self.gate)(s) && self.pattern.is_match_at(s, (self.from)(s))
    }
}

const fn credit_end(
    gate: fn(&str) -> bool,
    pattern: &'static LazyLock<Regex>,
    from: fn(&str) -> usize,
) -> CreditEnd {
    CreditEnd {
        gate,
        pattern,
        from,
    }
}

/// Where a credit in brackets closing the line can start at the earliest:
/// at the first '(' after the last ')' before the closing one. The forms in
/// brackets open with '(' and hold no ')' between their brackets, and the
/// closing one is the line's last ')' (only blanks and a full stop follow
/// it).
fn after_inner_bracket(s: &str) -> usize {
    let end = before_the_end(s);
    let inside = end.strip_suffix(')').unwrap_or(end);
    let after = inside.rfind(')').map_or(0, |at| at + 1);
    inside[after..].find('(').map_or(after, |at| after + at)
}

/// Where a credit holding no full stop but the one it may end with can
/// start at the earliest: at the last full stop before that end (the forms
/// by a label, "courtesy of ..." unbracketed, Getty's name, "... Purchase
/// Licensing Rights", whose `\S` may be that stop).
fn last_stop(s: &str) -> usize {
    before_the_end(s).rfind('.').unwrap_or(0)
}

/// [`PICTURE_IN_BRACKETS`]: in brackets on a line closing with one, else
/// Getty's or Shutterstock's name (no full stop).
fn bracket_or_last_stop(s: &str) -> usize {
    if closes_with_bracket(s) {
        after_inner_bracket(s)
    } else {
        last_stop(s)
    }
}

/// [`COURTESY`]: "photo courtesy of ..." holds no full stop but its last;
/// "(Courtesy of ...)" no ')' inside.
fn courtesy_start(s: &str) -> usize {
    if closes_with_bracket(s) {
        after_inner_bracket(s).min(last_stop(s))
    } else {
        last_stop(s)
    }
}

/// [`VIA_AGENCY`]: the agency's name ends the line, before a full stop and
/// blanks or not, so it starts at most the longest name's length before
/// the earlier of those two ends (the names are ASCII: either case is as
/// long); before it come blanks (as many as there are) and "via" or a
/// slash.
fn before_agency(s: &str) -> usize {
    let longest = AGENCY_NAMES.iter().map(|a| a.len()).max().unwrap_or(0);
    let name = floor_char_boundary(s, before_the_end(s).len().saturating_sub(longest));
    let blanks = s[..name].trim_end().len();
    floor_char_boundary(s, blanks.saturating_sub("via".len()))
}

/// The last character boundary of `s` at or before `at`.
fn floor_char_boundary(s: &str, mut at: usize) -> usize {
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// One form of credit, `form`, closing a line (a full stop and blanks may follow).
fn credit_end_pattern(form: &str) -> Regex {
    crate::pattern::new(&format!(r"(?i)(?:{form})\s*\.?\s*$")).expect("credit at end")
}

static AGENCY_IN_BRACKETS: LazyLock<Regex> = LazyLock::new(|| {
    let a = agencies();
    credit_end_pattern(&format!(
        r"\((?:{a})(?:\s+(?:photo|images?|file))?(?:\s*/[^)]*)?\)"
    ))
});
static VIA_AGENCY: LazyLock<Regex> = LazyLock::new(|| {
    let a = agencies();
    credit_end_pattern(&format!(r"(?:(?-u:\b)via|/)\s*(?:{a})"))
});
static PICTURE_IN_BRACKETS: LazyLock<Regex> = LazyLock::new(|| {
    credit_end_pattern(
        r"\((?:file\s+)?(?:photo|picture|image)(?-u:\b)[^)]*\)|(?-u:\b)(?:getty images|shutterstock)",
    )
});
static PICTURE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    credit_end_pattern(r"(?-u:\b)(?:photo(?:graph)?|picture|image|credit)s?\s*:\s*[^.]{1,60}")
});
static NAME_SLASH_AGENCY: LazyLock<Regex> = LazyLock::new(|| {
    credit_end_pattern(r"\([A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}\s*/\s*[A-Z][^()]{0,40}\)")
});
static COURTESY: LazyLock<Regex> = LazyLock::new(|| {
    credit_end_pattern(
        r"(?-u:\b)(?:photo|picture|image)s?\s+courtesy\s+of\s+[^.]{1,60}|\((?:(?:photo|picture|image)\s+)?courtesy\s+of\s+(?-i:[A-Z])[^()]{0,60}\)",
    )
});
static FILE_PHOTO: LazyLock<Regex> =
    LazyLock::new(|| credit_end_pattern(r"\([^()]{1,40}(?-u:\b)file\s+(?:photo|picture|image)\)"));
static SUBMITTED_BY: LazyLock<Regex> = LazyLock::new(|| {
    credit_end_pattern(r"\((?:submitted|supplied|contributed)\s+by\s+(?-i:[A-Z])[^()]{0,60}\)")
});
static PURCHASE_LICENSING: LazyLock<Regex> = LazyLock::new(|| {
    credit_end_pattern(r"\S\s+purchase\s+licensing\s+rights(?:,\s*opens\s+new\s+tab)?")
});

/// The photo agencies' names, for the gates. ASCII case aside, a name
/// matches as written, as in the patterns' alternation of them.
pub(super) static AGENCY_NAMES: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| lexicon::entries(crate::lexicon::list!("photo_agencies.txt")).collect());

/// Whether `text` opens with an agency's name.
fn opens_with_agency(text: &str) -> bool {
    AGENCY_NAMES.iter().any(|a| {
        text.as_bytes()
            .get(..a.len())
            .is_some_and(|t| t.eq_ignore_ascii_case(a.as_bytes()))
    })
}

/// Whether `text` ends with an agency's name.
fn closes_with_agency(text: &str) -> bool {
    AGENCY_NAMES.iter().any(|a| {
        text.len() >= a.len()
            && text.as_bytes()[text.len() - a.len()..].eq_ignore_ascii_case(a.as_bytes())
    })
}

/// [`AGENCY_IN_BRACKETS`]'s gate: an agency's name right after a bracket,
/// and a bracket closing the line.
fn agency_after_bracket(s: &str) -> bool {
    closes_with_bracket(s)
        && s.match_indices('(')
            .any(|(at, _)| opens_with_agency(&s[at + 1..]))
}

/// `s` without what every credit form may leave after itself: blanks, a
/// full stop, blanks (the forms' `\s*\.?\s*$`).
fn before_the_end(s: &str) -> &str {
    let end = s.trim_end();
    end.strip_suffix('.').unwrap_or(end).trim_end()
}

/// Whether a bracket closes the line, before a full stop and blanks or
/// not: the credit forms in brackets end there. Their patterns are not
/// anchored at the start: without its DFA (a browser build) the regex
/// engine tries them from every place of every line let through, so the
/// gates keep them to the lines they could match.
fn closes_with_bracket(s: &str) -> bool {
    before_the_end(s).ends_with(')')
}

/// [`VIA_AGENCY`]'s gate: "via" or a slash, and the line ends with an
/// agency's name, before a full stop and blanks or not.
fn ends_with_agency(s: &str) -> bool {
    let end = s.trim_end();
    let before_stop = end.strip_suffix('.').unwrap_or(end).trim_end();
    (s.contains('/') || gate::holds(s, "via"))
        && (closes_with_agency(end) || closes_with_agency(before_stop))
}

/// [`PICTURE_IN_BRACKETS`]'s gate: a bracket closing the line and a
/// picture named, or Getty's or Shutterstock's name.
fn names_a_picture(s: &str) -> bool {
    closes_with_bracket(s) && gate::holds_any(s, &["photo", "picture", "image"])
        || gate::holds_any(s, &["getty images", "shutterstock"])
}

/// [`PICTURE_LABEL`]'s gate: a picture or credit named, and a colon after
/// the line's last full stop (the label's text after the colon holds none).
fn labels_a_picture(s: &str) -> bool {
    let end = before_the_end(s);
    end.rfind(':') > end.rfind('.') && gate::holds_any(s, &["photo", "picture", "image", "credit"])
}

/// [`NAME_SLASH_AGENCY`]'s gate: a slash, and a bracket closing the line.
fn names_in_brackets_with_slash(s: &str) -> bool {
    s.contains('/') && closes_with_bracket(s)
}

fn holds_courtesy(s: &str) -> bool {
    gate::holds(s, "courtesy")
}

fn holds_file(s: &str) -> bool {
    closes_with_bracket(s) && gate::holds(s, "file")
}

fn holds_submitted(s: &str) -> bool {
    closes_with_bracket(s) && gate::holds_any(s, &["submitted", "supplied", "contributed"])
}

fn holds_licensing(s: &str) -> bool {
    gate::holds(s, "licensing")
}

/// Whether a photo credit closes the line ([`CREDIT_ENDS`]). Every form
/// needs a bracket closing the line, a slash, a colon, or "via", "Getty",
/// "Shutterstock", "courtesy" or "licensing": most lines stop there.
fn ends_with_credit(s: &str, n_words: usize) -> bool {
    n_words <= CAPTION_WORDS
        && could_end_with_credit(s)
        && CREDIT_ENDS.iter().any(|form| form.matches(s))
}

/// What every credit form needs (see [`ends_with_credit`]).
fn could_end_with_credit(s: &str) -> bool {
    s.trim_end_matches(|c: char| c == '.' || c.is_whitespace())
        .ends_with(')')
        // By the byte (`str::contains` with two chars decodes every
        // character of the line; neither is ever part of another's bytes).
        || s.as_bytes().contains(&b'/')
        || s.as_bytes().contains(&b':')
        || line_gates::holds_any(s, line_gates::CREDIT_END)
}

/// A photographer's credit for the publication after a caption's sentence:
/// "... in glass jars. Matteo Ranieri for The Meridian".
static CREDIT_FOR: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"^[A-Z][A-Za-zÀ-ɏ'’\-]+(?:\s+[A-Z][A-Za-zÀ-ɏ'’\-]+){1,2}\s+for\s+(?:The\s+)?[A-Z][A-Za-zÀ-ɏ'’\-]*(?:\s+[A-Z][A-Za-zÀ-ɏ'’\-]*){0,3}\.?$")
        .expect("credit for")
});

/// Whether the line's last sentence is a photographer's credit (see
/// [`CREDIT_FOR`]): only that short tail is matched. The tail holds the
/// word "for", so a line without "for" has no such tail: most lines stop
/// there, before the last sentence break is looked for.
fn ends_with_credit_for(s: &str) -> bool {
    s.contains("for")
        && last_sentence_break(s.trim_end_matches('.')).is_some_and(|at| {
            let tail = s[at + 1..].trim_start();
            words(tail).any(|w| w == "for") && CREDIT_FOR.is_match(tail)
        })
}

/// Where the last ". " of `s` starts: `s.rfind(". ")` by the byte, without
/// building a string searcher for each line.
fn last_sentence_break(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    (1..b.len())
        .rev()
        .find(|&i| b[i] == b' ' && b[i - 1] == b'.')
        .map(|i| i - 1)
}

/// Whether a line opens with a caption's label ([`CAPTION_LABEL`]), past
/// the gate of its first word.
fn is_caption_label(s: &str) -> bool {
    could_be_caption_label(s) && CAPTION_LABEL.is_match(s)
}

/// [`CAPTION_LABEL`]'s gate: the first word of one of its labels opens the line.
fn could_be_caption_label(s: &str) -> bool {
    gate::opens_with(
        s,
        &[
            "file", "photo", "picture", "image", "video", "watch", "pictured", "in", "caption",
            "media",
        ],
    )
}

/// A credit on its own: "Credit: Reuters Studio", "US embassy/Handout via Reuters".
static CREDIT_LINE: LazyLock<Regex> = LazyLock::new(|| {
    let a = agencies();
    crate::pattern::new(&format!(
        r"(?i)^(?:(?:photo|image|picture|video)?\s*credits?\s*:|(?:photo(?:graph)?|image|picture|video)s?\s+by\s+[A-Z]|(?:photo(?:graph)?|image|picture|video|source)s?\s*:|image source,|\(?(?:{a})\s+photo(?-u:\b))"
    ))
    .expect("credit line")
});

/// [`CREDIT_LINE`]'s gate: a credit names a photo, image, picture, video,
/// source or credit.
fn could_be_credit_line(s: &str) -> bool {
    line_gates::holds_any(s, line_gates::CREDIT_LINE)
}

/// A credit line on its own ([`CREDIT_LINE`]).
static CREDIT_LINE_RULE: LinePattern = LinePattern {
    most_words: 12,
    gate: Some(could_be_credit_line),
    pattern: &CREDIT_LINE,
};
/// The most words of a caption.
const CAPTION_WORDS: usize = 80;
/// The most words of a credit, a name or two and an agency, standing alone.
const LONE_CREDIT_WORDS: usize = 8;

/// A line that is a credit or a caption, by its label or its credit: the
/// rule that finds it.
pub(super) fn caption_or_credit(s: &str, n_words: usize) -> Option<Rule> {
    if CREDIT_LINE_RULE.matches(s, n_words) {
        return Some(Rule::CreditLine);
    }
    if n_words <= CAPTION_WORDS && is_caption_label(s) {
        return Some(Rule::CaptionLabel);
    }
    if n_words <= CAPTION_WORDS && (ends_with_credit(s, n_words) || ends_with_credit_for(s)) {
        if n_words <= LONE_CREDIT_WORDS && !ends_sentence(s.trim_end_matches([')', '.'])) {
            if is_caption_label(s) {
                return Some(Rule::CaptionLabel);
            }
            return Some(Rule::LoneCredit);
        }
        return Some(Rule::CaptionWithCredit);
    }
    None
}

/// A transcript's audio cue on a line of its own: "(SOUNDBITE OF MUSIC)",
/// "(LAUGHTER)", "(CROSSTALK)".
static AUDIO_CUE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(
        r"^\((?:SOUNDBITE|SOUND|AUDIO|MUSIC|APPLAUSE|LAUGHTER|CROSSTALK|INAUDIBLE)(?-u:\b)[^()]*\)$",
    )
    .expect("audio cue")
});

/// Whether a line is a transcript's audio cue ([`AUDIO_CUE`]).
pub(super) fn is_audio_cue(s: &str) -> bool {
    s.starts_with('(') && s.ends_with(')') && AUDIO_CUE.is_match(s)
}

/// A lone capitalised word right under a title is a photo label.
pub(super) fn photo_labels(page: &Page, draft: &mut Draft) {
    let looks = &mut draft.looks[..];
    for i in 0..page.lines.len() {
        if looks[i] != Look::Title {
            continue;
        }
        let s = page.line(i);
        if words(s).count() == 1
            && s.chars().next().is_some_and(char::is_uppercase)
            && has_lowercase(s)
            && i > 0
            && looks[i - 1] == Look::Title
        {
            looks[i] = Look::Label;
        }
    }
}

/// The most words of a caption set above its credit.
const MOST_CAPTION_ABOVE_CREDIT_WORDS: usize = 60;

/// A line set directly above a credit is the caption it credits; under a
/// table's rows, a note above the data's source is the table's. A body
/// sentence above a "Source:" line is not: the line names where the story
/// or its figures came from ("Source: AAP" closing a wire story), and a
/// chart's title above its source is a title, not body text.
pub(super) fn captions_above_credits(page: &Page, draft: &mut Draft) {
    let (text, lines, looks) = (page.text, page.lines, &mut draft.looks[..]);
    let mut under_table = vec![false; lines.len()];
    for i in 1..lines.len() {
        // A table's rows are text: a share bar's spaced buttons ("Share
        // Tweet   Email") set aside above a caption make no table.
        under_table[i] = lines[i - 1].block == lines[i].block
            && looks[i - 1].is_text()
            && (under_table[i - 1] || is_figure_row(lines[i - 1].span.of(text)));
    }
    for i in 0..lines.len().saturating_sub(1) {
        if matches!(looks[i], Look::Body | Look::Title | Look::Exclaim)
            && lines[i + 1].block == lines[i].block
            && matches!(looks[i + 1], Look::Skip(SkipReason::Credit, _))
            && at_most_words(lines[i].span.of(text), MOST_CAPTION_ABOVE_CREDIT_WORDS)
            && !(under_table[i] && looks[i] == Look::Body)
            && !(looks[i] == Look::Body
                && gate::opens_with(lines[i + 1].span.of(text), &["source", "sources"]))
        {
            looks[i] = Look::skip(Rule::CaptionAboveCredit);
        }
    }
}

/// Compiles this file's patterns now rather than on first use (see
/// [`crate::warm`]).
pub(crate) fn warm() {
    for pattern in [
        &CAPTION_LABEL,
        &AGENCY_IN_BRACKETS,
        &VIA_AGENCY,
        &PICTURE_IN_BRACKETS,
        &PICTURE_LABEL,
        &NAME_SLASH_AGENCY,
        &COURTESY,
        &FILE_PHOTO,
        &SUBMITTED_BY,
        &PURCHASE_LICENSING,
        &CREDIT_FOR,
        &CREDIT_LINE,
        &AUDIO_CUE,
    ] {
        LazyLock::force(pattern);
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::assert_roles;

    #[test]
    fn a_sentence_above_a_stories_source_line_is_body() {
        assert_roles(
            "The premier announced the package on Sunday in Dubbo.\nThe state election is due on March 23.\nSource: AAP",
            &[
                ("The premier announced the package on Sunday in Dubbo.", "body"),
                ("The state election is due on March 23.", "body"),
                ("Source: AAP", "credit"),
            ],
        );
    }
    use super::*;

    #[test]
    fn the_gates_pass_every_match() {
        gate::assert_gates(&[
            (could_be_caption_label, &CAPTION_LABEL, "FILE PHOTO: A crew"),
            (could_be_caption_label, &CAPTION_LABEL, "Image caption, The"),
            (could_be_caption_label, &CAPTION_LABEL, "In this photo: the"),
            (could_be_credit_line, &CREDIT_LINE, "Photograph: Jane Doe"),
            (
                agency_after_bracket,
                &AGENCY_IN_BRACKETS,
                "A man walks by. (AP Photo/Jane Doe)",
            ),
            (ends_with_agency, &VIA_AGENCY, "Jane Doe/Pool via REUTERS."),
            (
                names_a_picture,
                &PICTURE_IN_BRACKETS,
                "A march. (Photo by Jo Lee)",
            ),
            (labels_a_picture, &PICTURE_LABEL, "A march. Photo: Jo Lee"),
            (
                names_in_brackets_with_slash,
                &NAME_SLASH_AGENCY,
                "A march. (Jo Lee/Pell Post)",
            ),
            (holds_courtesy, &COURTESY, "A dog. (Courtesy of Jo Lee)"),
            (
                holds_file,
                &FILE_PHOTO,
                "Crews clear the road (Pell County Public Works file photo).",
            ),
            (
                holds_submitted,
                &SUBMITTED_BY,
                "A dog. (Submitted by Jo Lee)",
            ),
            (
                holds_licensing,
                &PURCHASE_LICENSING,
                "Traders at work. MARLOW/Jae Kim Purchase Licensing Rights",
            ),
        ]);
    }

    /// The credit forms behind their gates find exactly what their one
    /// alternation found, on every line of the fixtures and on lines made
    /// to sit at the edges of the gates.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn the_credit_forms_are_the_one_pattern_they_replace() {
        let a = agencies();
        let one = crate::pattern::new(&format!(
            r"(?i)(?:\((?:{a})(?:\s+(?:photo|images?|file))?(?:\s*/[^)]*)?\)|\((?:file\s+)?(?:photo|picture|image)(?-u:\b)[^)]*\)|(?:(?-u:\b)via|/)\s*(?:{a})|(?-u:\b)(?:getty images|shutterstock)|(?-u:\b)(?:photo(?:graph)?|picture|image|credit)s?\s*:\s*[^.]{{1,60}}|\([A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){{0,3}}\s*/\s*[A-Z][^()]{{0,40}}\)|(?-u:\b)(?:photo|picture|image)s?\s+courtesy\s+of\s+[^.]{{1,60}}|\((?:(?:photo|picture|image)\s+)?courtesy\s+of\s+(?-i:[A-Z])[^()]{{0,60}}\)|\([^()]{{1,40}}(?-u:\b)file\s+(?:photo|picture|image)\)|\((?:submitted|supplied|contributed)\s+by\s+(?-i:[A-Z])[^()]{{0,60}}\)|\S\s+purchase\s+licensing\s+rights(?:,\s*opens\s+new\s+tab)?)\s*\.?\s*$"
        ))
        .unwrap();
        let mut lines = super::super::testing::fixture_lines();
        let ends = [
            "(AP)",
            "(ap photo)",
            "(AP Photo/Jo Lee) .",
            "(Reuters/ x (y)",
            "via AFP",
            "viaGetty",
            "/ epa .",
            "/ EPA. .",
            "Getty Images",
            "SHUTTERSTOCK  ",
            "Photo: Jo",
            "credits :x.",
            "Photo: ",
            "(Jo Lee/Post)",
            "(jo lee / post)",
            "(Jo/)",
            "photos courtesy of Jo",
            "(Courtesy of Jo)",
            "(courtesy of jo)",
            "(A Gazette file photo)",
            "(file picture)",
            "(Submitted by Jo)",
            "(supplied by jo)",
            "x Purchase Licensing Rights, opens new tab",
            "(AP Photo)…",
            "(Anadolu Agency)",
            "(anadolu)",
            "/Asharq Al-Awsat",
            "(Pictured: Jo)",
        ];
        for end in ends {
            for head in [
                "",
                "A man walks by. ",
                "Trivia",
                "A/B test ",
                "Files show: ",
            ] {
                lines.push(format!("{head}{end}"));
            }
        }
        for line in &lines {
            let n = words(line).count();
            if n <= CAPTION_WORDS {
                assert_eq!(ends_with_credit(line, n), one.is_match(line), "{line:?}");
            }
        }
    }

    /// Each credit form, searched from where [`CreditEnd::from`] says a
    /// match can start at the earliest, answers as the form searched from
    /// the line's start: on every fixture line past its gate, and on lines
    /// with brackets, full stops, blanks and slashes before a credit.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn each_credit_form_from_its_earliest_start_answers_as_from_the_line_start() {
        // `before_agency` counts bytes as the names' either case has them,
        // and the forms in brackets hold no ')' between them.
        for name in AGENCY_NAMES.iter() {
            assert!(name.is_ascii() && !name.contains(')'), "{name:?}");
        }
        let mut lines = super::super::testing::fixture_lines();
        let heads = [
            "",
            "A dog. ",
            "A dog (left). ",
            "(x) (y) ",
            "Rain.(x)",
            "Jo Lee/Post ",
            "é ",
            "x\u{a0}via  ",
            "a.b.c ",
        ];
        let ends = [
            "(AP)",
            "(AP Photo/Jo Lee) .",
            "(Reuters/ x (y)",
            "(Reuters/ x) (y)",
            "via AFP",
            "via   Agence France-Presse",
            "/ epa .",
            "/\u{2003}EPA. \u{a0}",
            "Getty Images",
            "Getty Images. ",
            "SHUTTERSTOCK  ",
            "Photo: Jo",
            "Photo : Jo .",
            "credits :x.",
            "(Jo Lee/Post)",
            "(Jo/)",
            "photos courtesy of Jo",
            "photo courtesy of Jo (Lee).",
            "(Courtesy of Jo)",
            "(photo courtesy of Jo. Lee)",
            "(A Gazette file photo)",
            "(a.b file photo)",
            "(Submitted by Jo)",
            "(supplied by jo)",
            "x Purchase Licensing Rights, opens new tab",
            ". Purchase Licensing Rights",
            "(Pictured: Jo)",
        ];
        for head in heads {
            for end in ends {
                lines.push(format!("{head}{end}"));
                lines.push(format!("{end} {head}{end}"));
            }
        }
        let mut asked = 0;
        for line in &lines {
            for form in &CREDIT_ENDS {
                if (form.gate)(line) {
                    asked += 1;
                    let from = (form.from)(line);
                    assert!(line.is_char_boundary(from), "{line:?}");
                    assert_eq!(
                        form.pattern.is_match_at(line, from),
                        form.pattern.is_match(line),
                        "{line:?}"
                    );
                }
            }
        }
        assert!(asked > 500, "{asked}");
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
    fn body_sentence_naming_an_agency_is_not_a_caption() {
        assert_roles(
            "The talks failed, AFP reported.",
            &[("The talks failed, AFP reported.", "body")],
        );
    }

    /// The last sentence break by the byte is `rfind(". ")`, and the
    /// "for" gate only passes over lines whose tail has no "for", on every
    /// fixture line.
    #[test]
    fn the_last_sentence_break_and_its_gate_are_the_searches_they_replace() {
        let mut lines = super::super::testing::fixture_lines();
        lines.extend(
            [
                "",
                ".",
                ". ",
                "a. ",
                " . .",
                "Dogs. Matteo Ranieri for The Meridian.",
                "Caf\u{e9}. Ana for The Post",
                "x.\u{a0}y. z",
            ]
            .map(String::from),
        );
        for line in &lines {
            let trimmed = line.trim_end_matches('.');
            assert_eq!(
                last_sentence_break(trimmed),
                trimmed.rfind(". "),
                "{line:?}"
            );
            let old = trimmed.rfind(". ").is_some_and(|at| {
                let tail = line[at + 1..].trim_start();
                words(tail).any(|w| w == "for") && CREDIT_FOR.is_match(tail)
            });
            assert_eq!(ends_with_credit_for(line), old, "{line:?}");
        }
        assert!(ends_with_credit_for(
            "Dogs. Matteo Ranieri for The Meridian."
        ));
    }
}
