//! A court's decisions: "the court ruled", "the bench held that", "The
//! court directed the council to ...", "A division bench of Justice Kale
//! and Justice Rao held that ...". LABELS.md makes a court an institution
//! and its ruling a formal channel, so a verb of deciding
//! (cue_verbs_rulings.txt) is a cue when a court (courts.txt) is its
//! subject; the source is then the court, and official.

use super::words::{words, Word};
use crate::lexicon::List;
use crate::Span;

/// The most words of a judge's title and name: "U.S. District Judge
/// Harriet Lomax".
const MOST_NAME_WORDS: usize = 5;

/// The most words read back from the verb for its court.
const MOST_SUBJECT_WORDS: usize = 12;

/// Whether the words `before` a verb of deciding end with a court as its
/// subject: the last word, past auxiliaries, adverbs and a time ("on
/// Wednesday", "in 2015", "last week"), is a court's head word; or a court
/// "of" its judges' names ("A division bench of Justice P N Kale and
/// Justice Sunita Rao").
pub(super) fn court_subject(text: &str, before: Span) -> bool {
    let ws = words(text, before, &[]);
    // The words back from the verb to the last one that ends a phrase or
    // a sentence ("Kale, the bench", "He left. The court").
    let words: Vec<&Word> = ws
        .iter()
        .rev()
        .take_while(|w| !ends_clause(text, w))
        .take(MOST_SUBJECT_WORDS)
        .collect();
    let is_court = |w: &Word| w.is_in(List::Courts);
    let is_time = |w: &Word| {
        w.is_in(List::Weekdays)
            || w.is_in(List::Months)
            || w.of(text).bytes().all(|b| b.is_ascii_digit())
            || [
                "on",
                "in",
                "last",
                "earlier",
                "this",
                "week",
                "month",
                "year",
                "today",
                "yesterday",
            ]
            .iter()
            .any(|t| w.is(text, t))
    };
    let is_linking = |w: &Word| {
        w.of(text).ends_with("ly")
            || [
                "has",
                "have",
                "had",
                "also",
                "then",
                "later",
                "again",
                "unanimously",
            ]
            .iter()
            .any(|t| w.is(text, t))
    };
    let Some(head) = words.iter().position(|w| !(is_linking(w) || is_time(w))) else {
        return false;
    };
    if is_court(words[head]) {
        // Not a court's members or followers: "Fans of the court".
        let before_head = words[head + 1..].iter().find(|w| {
            !["the", "a", "an", "this", "that"]
                .iter()
                .any(|d| w.is(text, d))
        });
        return !before_head.is_some_and(|w| w.is(text, "of"));
    }
    // "District Judge Helen Marsh", "Coroner Ann Ode": a judge's name after
    // the title (see [`presides`]).
    let titled = words[head..]
        .iter()
        .take(MOST_NAME_WORDS)
        .take_while(|w| w.is_capitalized(text))
        .any(|w| presiding_word(text, w));
    if titled {
        return true;
    }
    // Judges' names after "<court> of": every word between is capitalised,
    // an initial, or "and".
    words[head..]
        .iter()
        .position(|w| w.is(text, "of"))
        .is_some_and(|of| {
            words[head..head + of]
                .iter()
                .all(|w| w.is_capitalized(text) || w.of(text) == "and")
                && words.get(head + of + 1).is_some_and(|w| is_court(w))
        })
}

/// Whether a comma, semicolon, colon or full stop follows the word `w`
/// (or ends it, as in "U.S."): the subject is after it.
fn ends_clause(text: &str, w: &Word) -> bool {
    w.of(text).ends_with('.')
        || text[w.span.end..]
            .chars()
            .next()
            .is_some_and(|c| matches!(c, ',' | ';' | ':' | '.'))
}

/// Courts that sit as one body, unlike a judge or a magistrate.
const COURTS_AS_BODIES: &[&str] = &["court", "bench", "tribunal", "inquest"];

/// Whether the source words at `source` name one who presides over a
/// court: "U.S. District Judge Harriet Lomax", "the magistrate", "A
/// coroner". Their decisions are the court's: "Judge Lomax ruled that ..."
/// speaks through the ruling, a formal channel (LABELS.md rule 1), where
/// "Judge Lomax said in an interview" is a named person speaking.
pub(super) fn presides(text: &str, source: Span) -> bool {
    let ws = words(text, source, &[]);
    ws.iter().any(|w| presiding_word(text, w)) || chairs_the_bench(text, &ws)
}

/// Whether the words `ws` give a lay bench's presiding magistrate: "Chair
/// of the bench Angela Moss", "the chairman of the bench".
fn chairs_the_bench(text: &str, ws: &[Word]) -> bool {
    ws.windows(4).any(|w| {
        ["chair", "chairman", "chairwoman"]
            .iter()
            .any(|c| w[0].is(text, c))
            && w[1].is(text, "of")
            && w[2].is(text, "the")
            && w[3].is(text, "bench")
    })
}

/// The verbs by which one who presides speaks in court: "Judge Marsh told
/// Rourke he was free to leave", "the coroner said it was a tragedy".
/// Not "asked": a judge's question at a hearing is the judge's own.
const BENCH_VERBS: &[&str] = &["said", "says", "told", "tells", "added", "adds"];

/// Whether a verb of saying at `cue`, in the clause `clause`, may be said
/// in court, and whether it speaks from the bench: `(in court, from the
/// bench)`, from one reading of the clause's words (the attribution asks
/// both of every verb of saying, and read the clause three times for them).
///
/// In court: one of [`BENCH_VERBS`], and no word of the clause takes it
/// outside ("told reporters", "in an interview", "told Reuters"). Who says
/// it decides the rest: a judge from the bench, a prosecutor
/// ([`super::crown`]).
///
/// From the bench: LABELS.md makes the court's ruling a formal channel, and
/// what a presiding judge, magistrate or coroner tells the defendant, the
/// jury or the court, or says while delivering the verdict or the
/// sentence, is the court on the record (heldout2, 16 and 19: official;
/// "from the bench" itself is a channel of cue_channels.txt). A judge who
/// just "said", or spoke to reporters, in an interview or a speech, is a
/// named person speaking in person.
pub(super) fn in_court_and_from_the_bench(
    text: &str,
    cue: Span,
    clause: Span,
    quotes: &[Span],
) -> (bool, bool) {
    let verb = crate::token::pieces(cue.of(text)).next().unwrap_or("");
    if !BENCH_VERBS.iter().any(|v| verb.eq_ignore_ascii_case(v)) {
        return (false, false);
    }
    let ws = words(text, clause, quotes);
    if ws
        .iter()
        .any(|w| w.is_in(List::BenchOutsideCourt) || w.is_in(List::NewsAgencies))
    {
        return (false, false);
    }
    (true, speaks_from_the_bench(text, cue, verb, &ws))
}

/// Whether a verb of saying in court speaks from the bench (see
/// [`in_court_and_from_the_bench`]), from the clause's words `ws`.
fn speaks_from_the_bench(text: &str, cue: Span, verb: &str, ws: &[Word]) -> bool {
    let delivering = ws
        .first()
        .is_some_and(|w| w.span.start < cue.start && w.is_in(List::BenchDecisions));
    let tells = ["tells", "told"]
        .iter()
        .any(|v| verb.eq_ignore_ascii_case(v));
    // The one told: the next word, past "the".
    let told = ws
        .iter()
        .skip_while(|w| w.span.start < cue.end)
        .find(|w| !w.is(text, "the"))
        .is_some_and(|w| w.is_in(List::BenchInCourt));
    delivering || (tells && told)
}

/// Whether `w` is the title of one who presides over a court ("judge",
/// "magistrate", "coroner"), not a court sitting as a body.
fn presiding_word(text: &str, w: &Word) -> bool {
    w.is_in(List::Courts) && !COURTS_AS_BODIES.iter().any(|c| w.is(text, c))
}

/// The surname of a judge whose title opens `ws`: "Judge Felicia Morrow"
/// -> "Morrow", "Magistrate Ben Ode's" -> "Ode". The name is the run of
/// capitalised words after the title, up to [`MOST_NAME_WORDS`].
pub(super) fn titled_surname<'t>(text: &'t str, ws: &[Word]) -> Option<&'t str> {
    let (title, rest) = ws.split_first()?;
    if !title.is_capitalized(text) || title.ends_phrase || !presiding_word(text, title) {
        return None;
    }
    super::words::name_run_surname(text, rest, MOST_NAME_WORDS)
}

/// Whether a judge's verb at `cue` (its clause ending at `end`) speaks in
/// the ruling: a judge "wrote" the court's opinion, but "wrote in an
/// op-ed", "wrote on Twitter" or "wrote to the governor" is writing of
/// another kind (a ruling written in, "in a 46-page order", is a channel of
/// its own before this is asked).
pub(super) fn in_the_ruling(text: &str, cue: Span, end: usize) -> bool {
    let verb = cue.of(text);
    let writes = ["wrote", "writes"]
        .iter()
        .any(|w| verb.eq_ignore_ascii_case(w));
    if !writes {
        return true;
    }
    let rest = Span::new(cue.end, end.max(cue.end));
    let next = words(text, rest, &[]);
    !next.first().is_some_and(|w| {
        ["in", "on", "to", "about", "for"]
            .iter()
            .any(|p| w.is(text, p))
    })
}

/// The index of the court's word when the source words `ws` are a court
/// named by its judges: "A division bench of Justice P N Kale and Justice
/// Sunita Rao", "a three-judge bench of Justices Lee and Ode". The bench is
/// the court as such, official (LABELS.md rule 1), however many judges'
/// names it goes on to; "Judge Amy Lo of the county court" is the judge.
pub(super) fn court_of_judges(text: &str, ws: &[Word]) -> Option<usize> {
    let k = ws
        .iter()
        .take(4)
        .position(|w| COURTS_AS_BODIES.iter().any(|c| w.is(text, c)))?;
    let opens = ws[..k]
        .iter()
        .all(|w| !w.is_capitalized(text) || w.span.start == ws[0].span.start);
    let of_names = !ws[k].ends_phrase
        && ws.get(k + 1).is_some_and(|w| w.is(text, "of"))
        && ws.get(k + 2).is_some_and(|w| w.is_capitalized(text));
    (opens && of_names).then_some(k)
}

#[cfg(test)]
mod tests {
    use super::court_subject;
    use crate::attribution::testing::kinds;
    use crate::AttributionKind::*;
    use crate::Span;

    #[test]
    fn a_court_is_the_subject_past_a_time_and_its_judges_names() {
        let court = |before: &str| court_subject(before, Span::new(0, before.len()));
        assert!(court("The Bombay high court on Wednesday"));
        assert!(court("The bench"));
        assert!(court("the appeals court had"));
        assert!(court(
            "A division bench of Justice P N Kale and Justice Sunita Rao"
        ));
        assert!(court("He left. The court"));
        assert!(!court("She"));
        assert!(!court("The mayor on Friday"));
        assert!(!court("Fans of the court"));
        assert!(!court("The court, she"));
    }

    #[test]
    fn a_judge_speaking_from_the_bench_is_the_court() {
        assert_eq!(
            kinds("Chair of the bench Angela Moss told her: “We accept you are remorseful.”"),
            [Official]
        );
        assert_eq!(
            kinds("Returning a verdict of misadventure, Coroner Ann Ode said it was a tragedy."),
            [Official]
        );
        assert_eq!(
            kinds("Judge Ann Ode told the jury the evidence was thin."),
            [Official]
        );
        // Just "said", outside the court, or asking at a hearing: the judge
        // in person.
        assert_eq!(
            kinds("Judge Ann Ode said the backlog was growing."),
            [Named]
        );
        assert_eq!(
            kinds("Judge Ann Ode told reporters the backlog was growing."),
            [Named]
        );
        assert_eq!(
            kinds("Judge Ann Ode said in an interview that the backlog was growing."),
            [Named]
        );
        assert_eq!(
            kinds("Judge Ann Ode asked whether the state had looked at the cards."),
            [Named]
        );
    }

    #[test]
    fn a_courts_decision_is_official() {
        assert_eq!(
            kinds("The court directed the council to repair the road within eight weeks."),
            [Official]
        );
        assert_eq!(
            kinds("The bench held that the council had failed in its duty."),
            [Official]
        );
        assert_eq!(kinds("The bench rejected the argument."), [Official]);
        // What a court or an inquest heard said is said on its record.
        assert_eq!(
            kinds("The inquest heard that lifeguards were on duty until 7pm."),
            [Official]
        );
        assert_eq!(
            kinds("The court heard arguments on Tuesday over the law."),
            [Unattributed]
        );
        // A place's court is the court, a judge "of" a court the judge.
        assert_eq!(
            kinds("The Bombay high court on Wednesday directed the city to pay the widow."),
            [Official]
        );
        assert_eq!(
            kinds("Judge Amy Lo of the county court said the trial would go ahead."),
            [Named]
        );
        // Not a court: the same verbs report nothing.
        assert_eq!(
            kinds("The mayor directed traffic at the junction."),
            [Unattributed]
        );
        assert_eq!(
            kinds("She held the door for the inspectors."),
            [Unattributed]
        );
        assert_eq!(kinds("The judge held a hearing on Monday."), [Unattributed]);
    }

    #[test]
    fn a_panel_that_decides_is_official_like_a_court() {
        // A disciplinary or appeals panel decides as a tribunal does, and
        // "it" and "the panel" after it keep its kind.
        assert_eq!(
            kinds("An independent disciplinary panel found that the lock had abused the referee."),
            [Official]
        );
        assert_eq!(
            kinds("The appeals panel ruled that the ban stood. It found that the contact was reckless."),
            [Official, Official]
        );
        assert_eq!(
            kinds("The tribunal ruled that the dismissal was unfair."),
            [Official]
        );
    }

    #[test]
    fn a_bench_named_by_its_judges_is_the_court() {
        assert_eq!(
            kinds(
                "A division bench of Justice P N Kale and Justice Sunita Rao held that \
                 the council had failed. \"Roads are no favour,\" the bench said."
            ),
            [Official, Official]
        );
        assert_eq!(
            kinds("A bench of Justices Amy Lo and Ben Ode said the law was void."),
            [Official]
        );
        assert_eq!(
            kinds("Judge Amy Lo of the county court said the trial would go ahead."),
            [Named]
        );
    }

    #[test]
    fn a_judges_or_coroners_decision_is_the_courts() {
        assert_eq!(
            kinds("Judge Amy Lo ruled that the permit was unlawful."),
            [Official]
        );
        assert_eq!(
            kinds("A coroner has recommended that warning signs be put up at the pier."),
            [Official]
        );
        assert_eq!(
            kinds("Magistrate Ben Ode told the defendant from the bench that he had been lucky."),
            [Official]
        );
        assert_eq!(
            kinds(
                "U.S. District Judge Harriet Lomax wrote in a 46-page order that the agency erred."
            ),
            [Official]
        );
        // A judge named after the title decides with any verb of ruling.
        assert_eq!(
            kinds("District Judge Helen Marsh ordered the council to pay the costs."),
            [Official]
        );
        // A judge speaking as a person, and a decision by no judge.
        assert_eq!(
            kinds("Judge Amy Lo said at a book launch that the law was unclear."),
            [Named]
        );
        assert_eq!(
            kinds("Ann Ode, a teacher, recommended that the school close early."),
            [Named]
        );
    }

    #[test]
    fn a_judges_written_opinion_is_the_courts() {
        assert_eq!(
            kinds("U.S. Circuit Judge Ann Ode wrote for the majority that the cap is lawful."),
            [Official]
        );
        // The judge's bare name, with a title elsewhere in the article.
        assert_eq!(
            kinds(
                "Judge Ann Ode upheld the cap on Monday. \
                 \"The law is ordinary regulation,\" Ode wrote."
            ),
            [Official, Official]
        );
        assert_eq!(
            kinds(
                "The case returns to District Judge Ben Lo, who blocked the cap. \
                 Lo had found that the cap was likely unlawful."
            ),
            [Unattributed, Official]
        );
        // A dissent is a written opinion of the court's record.
        assert_eq!(
            kinds("In a 22-page dissent, Judge Ben Lo said the majority had erred."),
            [Official]
        );
        // A judge writing elsewhere is a person writing; one who finds no
        // "that" decides nothing; a name no judge's title goes with is a
        // person.
        assert_eq!(
            kinds("Judge Ann Ode wrote in an op-ed that the courts were overloaded."),
            [Named]
        );
        assert_eq!(
            kinds("Judge Ann Ode found the file on her desk."),
            [Unattributed]
        );
        assert_eq!(
            kinds("Judge Ann Ode upheld the cap. Tom Lee had found that it was unlawful."),
            [Official, Named]
        );
    }

    #[test]
    fn a_judges_surname_follows_the_title() {
        use super::titled_surname;
        use crate::attribution::words::words;
        let surname = |s: &'static str| {
            let ws = words(s, Span::new(0, s.len()), &[]);
            titled_surname(s, &ws)
        };
        assert_eq!(surname("Judge Felicia Morrow in Las Vegas"), Some("Morrow"));
        assert_eq!(surname("Magistrate Ben Ode's ruling"), Some("Ode"));
        assert_eq!(surname("Judge Lo, who"), Some("Lo"));
        assert_eq!(surname("judge said"), None);
        assert_eq!(surname("Court Of Appeal"), None);
        assert_eq!(surname("Smith said"), None);
    }

    #[test]
    fn a_judge_writing_in_a_judgment_speaks_through_it() {
        assert_eq!(
            kinds("\"It is no shield,\" Justice Rao wrote in the judgment."),
            [Official]
        );
        assert_eq!(
            kinds("Judge Amy Lo said in an interview that the law was unclear."),
            [Named]
        );
    }
}
