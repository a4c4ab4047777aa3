//! Records and documents of institutions: who wrote them.
//!
//! LABELS.md: "A document, message or post takes the kind of its author".
//! A court's filing, a police force's records, a council's report, "figures
//! from the ONS" or "data published by the regulator" are the institution's
//! own, so official; documents by unnamed people ("court filings by the
//! families' attorneys") are anonymous. The author comes after the document,
//! after "by", "from" or an "of" that names a body, often past a
//! participle of issuing and a time: "a report released in May by the
//! commission's inspector general", "figures published last week by the
//! Office of Rail and Road, the regulator", "a memo from the nonpartisan
//! Legislative Fiscal Bureau released Monday". The author's words end where
//! the description of the document goes on: at a comma, a participle of
//! issuing ("released Monday") or a time ("on Tuesday").
//!
//! A document's phrase may also go on past its noun without naming anyone:
//! "An affidavit of probable cause", "Minutes of the meeting", "documents
//! posted on the board's website" are still the document.

use super::source::time_opener;
use super::words::Word;
use crate::lexicon::List;
use crate::Span;

/// How an author phrase is joined to its document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Join {
    /// "by", "from": the phrase after it wrote or issued the document.
    By,
    /// "in", "on" after a participle of issuing: the place it came out in
    /// may be its issuer ("filed in Greer County District Court") or a time
    /// ("published on Monday").
    In,
    /// "of": the phrase after it may be its author ("a report of the
    /// Commons committee") or its subject ("minutes of the meeting").
    Of,
}

/// The author phrases after the document word `doc` (indexes into `ws`, the
/// last inclusive), in order, each with its joining word. `seen` tells the
/// participles after which "by" names who saw the document, not who wrote it
/// ("a message seen by Reuters").
pub(super) fn authors_after(
    text: &str,
    ws: &[Word],
    doc: usize,
    seen: impl Fn(&str) -> bool,
) -> Vec<(usize, usize, Join)> {
    let mut out = Vec::new();
    for k in doc + 1..ws.len() {
        // "filed in Greer County District Court", "published in Nature":
        // where a document was issued is who issued it.
        let issued_in = (ws[k].is(text, "in") || ws[k].is(text, "on"))
            && ws[k - 1].is_in(List::DocumentParticiples);
        let join = if ws[k].is(text, "by") || ws[k].is(text, "from") {
            Join::By
        } else if issued_in {
            Join::In
        } else if ws[k].is(text, "of") && k == doc + 1 {
            Join::Of
        } else {
            continue;
        };
        if seen(&ws[k - 1].lower(text)) {
            continue;
        }
        let end = author_end(text, ws, k + 1);
        if end > k + 1 {
            out.push((k + 1, end - 1, join));
        }
        // A comma closes the document's description: what follows is
        // another phrase ("..., the regulator").
        if ws[k..end].iter().any(|w| w.ends_phrase) {
            break;
        }
    }
    out
}

/// Where the author phrase that starts at `from` ends (exclusive): after a
/// word a comma follows, or before a participle of issuing or a time.
fn author_end(text: &str, ws: &[Word], from: usize) -> usize {
    let mut end = from;
    while end < ws.len() {
        if end > from && (ws[end].is_in(List::DocumentParticiples) || starts_time(text, ws, end)) {
            break;
        }
        end += 1;
        if ws[end - 1].ends_phrase {
            break;
        }
    }
    end
}

/// Whether a time phrase begins at word `at` ("on Tuesday", "last week").
fn starts_time(text: &str, ws: &[Word], at: usize) -> bool {
    time_opener(text, &ws[at..]) > 0
}

/// Whether the words after the document word `doc` go on describing the
/// document rather than naming something else: a participle of issuing
/// ("released Monday", "posted on the board's website") or what it is about
/// ("of probable cause", "of the meeting", "on the closure", "into the
/// crash").
pub(super) fn goes_on_describing(text: &str, ws: &[Word], doc: usize) -> bool {
    // ", released in September,": a participle may follow a comma.
    ws.get(doc + 1).is_some_and(|w| {
        w.is_in(List::DocumentParticiples)
            || !ws[doc].ends_phrase && (w.is(text, "of") || w.is(text, "on") || w.is(text, "into"))
    })
}

/// Whether `ws` holds a document followed by a participle of issuing ("figures
/// published", "budget documents posted"), and no comma since: the
/// document's description, which may go on with a time, a place and its
/// author ("published last week by the regulator").
pub(super) fn issued_before(ws: &[Word]) -> bool {
    ws.windows(2)
        .rposition(|p| p[0].is_in(List::Documents) && p[1].is_in(List::DocumentParticiples))
        .is_some_and(|d| !ws[d..].iter().any(|w| w.ends_phrase))
}

/// The source of the sentence that last named the document `head` (the
/// head word of `src`, "The complaint") in passing, after every source the
/// article cited since: "Dastur said ... she filed a written complaint with
/// the inspector general. The complaint warns ..." is Dastur's complaint.
pub(super) fn author_in_passing<'m>(
    text: &str,
    head: &str,
    src: Span,
    memory: &'m super::Memory,
) -> Option<&'m super::Remembered> {
    // The mention must follow every recent source's start (no source cited
    // since), so only the text from the newest one on is searched: the
    // search stays short however long the article is.
    let from = memory
        .recent()
        .map(|r| r.source.start)
        .max()?
        .max(memory.body.start.min(src.start));
    let before = text.get(from..src.start)?;
    let at = from + rfind_ignoring_case(before, head)?;
    let r = memory.recent().find(|r| r.source.end <= at)?;
    let newer = memory.recent().any(|n| n.source.start > at);
    (!newer && !text[r.source.end..at].contains(['.', '!', '?'])).then_some(r)
}

/// The byte offset of the last `needle` in `haystack`, ASCII letters in any
/// case (offsets stay those of `haystack`, whatever its other letters).
fn rfind_ignoring_case(haystack: &str, needle: &str) -> Option<usize> {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    if n.is_empty() || n.len() > h.len() {
        return None;
    }
    (0..=h.len() - n.len())
        .rev()
        .find(|&i| haystack.is_char_boundary(i) && h[i..i + n.len()].eq_ignore_ascii_case(n))
}

#[cfg(test)]
mod tests {
    use crate::attribution::testing::kinds;
    use crate::AttributionKind::*;

    #[test]
    fn a_document_with_its_author_and_scope_before_its_verb() {
        // A long scope before the verb: the document is still its
        // author's (LABELS.md).
        let text = "A poll of 400 shire residents by Riverina Research for the Advocate last \
                    month found 52 per cent supported the expansion.";
        assert_eq!(kinds(text), [Named], "{text}");
    }

    #[test]
    fn records_that_do_not_list_say_what_they_hold() {
        // A negated finding is the records' too, and "Jail" in "Jail
        // records" is no name the article gave a person ("the Pell County
        // Jail").
        assert_eq!(
            kinds(
                "Hendrick was held in the Pell County Jail on $15,000 bond. \
                 Jail records did not list an attorney for him."
            )
            .last(),
            Some(&Official)
        );
        assert_eq!(
            kinds("Court records do not show who paid the bond."),
            [Official]
        );
    }

    #[test]
    fn the_last_mention_is_found_in_any_case_at_its_own_offset() {
        use super::rfind_ignoring_case;
        // "İ" lower-cases to three bytes: offsets must stay the text's own.
        assert_eq!(
            rfind_ignoring_case("İ The Complaint, the COMPLAINT.", "complaint"),
            Some(22)
        );
        assert_eq!(rfind_ignoring_case("no such word", "complaint"), None);
        assert_eq!(rfind_ignoring_case("", "complaint"), None);
    }

    #[test]
    fn an_institutions_document_is_official_past_its_description() {
        // The author after "by", past a participle and a time.
        assert_eq!(
            kinds("A report released in May by the commission's inspector general found that the agency had failed."),
            [Official]
        );
        assert_eq!(
            kinds("According to figures published last week by the Office of Rail and Road, the regulator, punctuality fell."),
            [Official]
        );
        // The author's words end before "released Monday".
        assert_eq!(
            kinds("A memo from the nonpartisan Legislative Fiscal Bureau released Monday says the plan is short."),
            [Official]
        );
    }

    #[test]
    fn a_record_goes_on_past_what_it_is_about() {
        assert_eq!(
            kinds("An affidavit of probable cause says Lamb told detectives he had been drinking."),
            [Official]
        );
        assert_eq!(
            kinds("Minutes of the meeting show that the councillor did not declare an interest."),
            [Official]
        );
    }

    #[test]
    fn a_document_named_in_passing_is_its_sentences_sources() {
        assert_eq!(
            kinds(
                "The agency said readings were as high as 40. \
                 Anna Dastur said she was fired after she filed a complaint with the board. \
                 The complaint warns that the delay exposes children to harm."
            ),
            [Official, Named, Named]
        );
    }

    #[test]
    fn a_companys_reports_and_an_offices_records_are_theirs() {
        assert_eq!(
            kinds("Vantor spent $3.4 billion on capital projects last year, according to its annual report."),
            [Official]
        );
        assert_eq!(
            kinds("The unit brought in $212 million, the company's annual report shows."),
            [Official]
        );
        assert_eq!(
            kinds(
                "The firms spent $1.2 million on lobbyists, according to state disclosure records."
            ),
            [Official]
        );
        assert_eq!(
            kinds("The house sold for $400,000 in 2019, property records show."),
            [Official]
        );
        // A named NGO's annual report is the NGO's: named.
        assert_eq!(
            kinds("Arrests rose by a third, according to Amnesty International's annual report."),
            [Named]
        );
    }

    #[test]
    fn a_polls_place_and_an_averages_compiler() {
        // The place a poll measures is no pollster.
        assert_eq!(kinds("Polls in Ohio show the race is tied."), [Anonymous]);
        // An outlet's average is the outlet's, whatever its name between.
        assert_eq!(
            kinds("Trump is ahead by two points, according to POLITICO's Battleground States average."),
            [Named]
        );
    }

    #[test]
    fn documents_by_unnamed_people_are_anonymous() {
        assert_eq!(
            kinds("The school knew of the results, according to court filings by the families' attorneys."),
            [Anonymous]
        );
        // Who saw a document did not write it.
        assert_eq!(
            kinds("The plan was shelved, according to a memo seen by Reuters."),
            [Anonymous]
        );
    }
}
