//! Claims: body sentences, split where joined main clauses are differently
//! sourced, each with its attribution and stance.

use crate::analysis::Paragraph;
use crate::attribution::carry;
use crate::attribution::interview::{self, Turn};
use crate::attribution::{self, Attribution, AttributionKind, Cue, CueKind, Memory};
use crate::lexicon::{Lexeme, List};
use crate::rule::RuleId;
use crate::span::overlapping;
use crate::{sentences, stance, Claim, Reason, Span};

/// Where a joined main clause may begin in sentence `s`, in order: after
/// ", and", ", but", ", while", ", whereas", ", yet" or the same after a
/// blank (any case, then a blank), the conjunction (the second clause
/// starts with it); after "; " and blanks, the first character after them.
///
/// A walk over the sentence's characters, not a pattern: it finds, span
/// for span, what `(?:,\s+|\s)(and|but|while|whereas|yet)\s|;\s+(\S)`
/// captured (`\s` as [`char::is_whitespace`], both Unicode white space;
/// each search goes on after the whole previous find, its trailing blank
/// or first character included). It ran on every sentence, and was the
/// costliest pattern of the analysis.
fn joins(s: &str) -> impl Iterator<Item = Join<'_>> {
    let bytes = s.as_bytes();
    let mut from = 0;
    std::iter::from_fn(move || {
        let mut at = from;
        while at < bytes.len() {
            let b = bytes[at];
            let found = match b {
                b',' => {
                    let q = after_blanks(s, at + 1);
                    (q > at + 1).then(|| conjunction(s, q)).flatten()
                }
                b';' => {
                    let q = after_blanks(s, at + 1);
                    s[q..].chars().next().filter(|_| q > at + 1).map(|c| {
                        let end = q + c.len_utf8();
                        (Join { s, start: q, end }, end)
                    })
                }
                b'\t'..=b'\r' | b' ' => conjunction(s, at + 1),
                // The lead bytes of the blanks past ASCII (U+0085, U+00A0,
                // U+1680, U+2000 to U+3000).
                0xc2 | 0xe1..=0xe3 => {
                    let c = s[at..].chars().next().unwrap_or_default();
                    c.is_whitespace()
                        .then(|| conjunction(s, at + c.len_utf8()))
                        .flatten()
                }
                _ => None,
            };
            if let Some((join, next)) = found {
                from = next;
                return Some(join);
            }
            at += 1;
        }
        from = at;
        None
    })
}

/// The words [`joins`] finds a clause opening with.
const CONJUNCTIONS: [&str; 5] = ["and", "but", "while", "whereas", "yet"];

/// The conjunction of [`CONJUNCTIONS`] at `at` in `s`, in any case and
/// followed by a blank, and where the search goes on (after the blank).
fn conjunction(s: &str, at: usize) -> Option<(Join<'_>, usize)> {
    let bytes = s.as_bytes();
    if !matches!(
        bytes.get(at),
        Some(b'a' | b'A' | b'b' | b'B' | b'w' | b'W' | b'y' | b'Y')
    ) {
        return None;
    }
    CONJUNCTIONS.iter().find_map(|w| {
        let end = at + w.len();
        let blank = bytes
            .get(at..end)
            .filter(|b| b.eq_ignore_ascii_case(w.as_bytes()))
            .and_then(|_| s[end..].chars().next())
            .filter(|c| c.is_whitespace())?;
        Some((Join { s, start: at, end }, end + blank.len_utf8()))
    })
}

/// Where the blanks (Unicode white space) from `at` in `s` end.
fn after_blanks(s: &str, at: usize) -> usize {
    s[at..]
        .find(|c: char| !c.is_whitespace())
        .map_or(s.len(), |i| at + i)
}

// A place `joins` found: the conjunction, or the first character after a
// semicolon and its blanks, offsets in the sentence.
use crate::span::Hit as Join;

/// The longest stretch of text the attribution rules read as one sentence,
/// in bytes. Real sentences are far shorter (news sentences run to a few
/// hundred characters); a longer one is a table, code or text without
/// punctuation. It is read in pieces of at most this length, cut at blanks,
/// because the rules weigh every cue of a sentence against the words around
/// it: on one unbounded sentence that cost grows with the square of the text.
const LONGEST_SENTENCE: usize = 1_000;

/// The most places a sentence is tried for a split into clauses: each try
/// reads the attribution of the rest of the sentence. Real sentences have a
/// few " and "s and commas; a run of hundreds is not prose.
const MOST_JOINS: usize = 12;

/// A claim before its stance is judged.
struct Draft {
    span: Span,
    paragraph: usize,
    attribution: Option<Attribution>,
    /// Where the attribution cues of the claim's sentence lie in its
    /// article's cues, which stance reads to
    /// tell reported speech and thought inside the claim from the author's.
    cues: std::ops::Range<usize>,
}

/// The length of text from which [`find`] lets the tokens go as the claims
/// are made. Below it they stay (12 bytes a token, about 2 bytes a byte of
/// text) for the rules that read the text after the claims (the sources'
/// roster above all), which split every span they read afresh once the
/// tokens are gone: about 9,000 tokens made again on the bench's 100 KB.
const RELEASE_TOKENS_FROM: usize = 1 << 20;

/// Finds the claims of the body `paragraphs` of `text`.
///
/// Article by article, the last first: each article's claims are drafted,
/// given the attribution carried between its sentences, and made, and the
/// tokens of its text are let go as they are (`token::release_from`, from
/// [`RELEASE_TOKENS_FROM`] bytes of text). On a
/// long text of many articles, its drafts and its tokens are then never
/// whole in memory beside its claims (10 MB of text: 20 MB of tokens,
/// 12 MB of drafts).
pub fn find(text: &str, paragraphs: &[Paragraph]) -> Vec<Claim> {
    let spans: Vec<Span> = paragraphs.iter().map(|p| p.span).collect();
    let quotes: Vec<Span> = attribution::quotes(text, &spans)
        .iter()
        .map(|q| q.span)
        .collect();
    let articles: Vec<std::ops::Range<usize>> = articles(paragraphs).collect();
    let body = match (paragraphs.first(), paragraphs.last()) {
        (Some(first), Some(last)) => Span::new(first.span.start, last.span.end),
        _ => return Vec::new(),
    };
    // The claims from the last back.
    let mut claims: Vec<Claim> = Vec::new();
    for range in articles.into_iter().rev() {
        let article = paragraphs[range.start].article;
        let (mut drafts, cues) = draft(text, paragraphs, range.clone(), &quotes);
        let read = body.end - paragraphs[range.start].span.start;
        reserve(&mut claims, drafts.len(), read, body.len());
        carry_within_quotes(text, &mut drafts, &quotes);
        carry_to_quote_continuations(text, &mut drafts, &quotes);
        attribute_interview_answers(text, paragraphs, range.clone(), &mut drafts);
        attribute_transcript_turns(text, paragraphs, range, &mut drafts);
        carry_to_block_quotes(text, &mut drafts);
        carry_poll_findings(text, &mut drafts);
        // The drafts become claims from the last one back, and no rule
        // reads the text after the claim just made again.
        while let Some(d) = drafts.pop() {
            let start = d.span.start;
            let cues = &cues[d.cues.clone()];
            claims.push(claim(text, d, article, cues, &quotes));
            if text.len() >= RELEASE_TOKENS_FROM {
                crate::token::release_from(text, start);
            }
            // The drafts' vector gives its memory back as it empties.
            if drafts.len().is_multiple_of(RELEASE_EVERY) {
                drafts.shrink_to_fit();
            }
        }
    }
    claims.reverse();
    claims
}

/// How many drafts are made claims between two releases of the drafts'
/// memory.
const RELEASE_EVERY: usize = 4_096;

/// Makes room in `claims` for `coming` more, when it lacks it, for as many
/// as the text's `read` bytes so far (with the `coming`) promise in all
/// `total` of it, and an eighth more: a long text's claims vector then
/// grows once or twice, not by doubling, which copies it and leaves the
/// old copy's memory behind each time.
fn reserve(claims: &mut Vec<Claim>, coming: usize, read: usize, total: usize) {
    if claims.capacity() - claims.len() >= coming {
        return;
    }
    let so_far = claims.len() + coming;
    let expected = (so_far as u128 * total as u128 / read.max(1) as u128) as usize;
    claims.reserve_exact((expected + expected / 8).max(so_far) - claims.len());
}

/// The drafts of the claims of the article whose paragraphs are `range`,
/// and the cues of its sentences, which the drafts share.
fn draft(
    text: &str,
    paragraphs: &[Paragraph],
    range: std::ops::Range<usize>,
    quotes: &[Span],
) -> (Vec<Draft>, Vec<Cue>) {
    let Some(first) = paragraphs.get(range.start) else {
        return (Vec::new(), Vec::new());
    };
    let end = paragraphs[range.end - 1].span.end;
    // The furniture above the article's body may label it a press release.
    let head_start = range
        .start
        .checked_sub(1)
        .map_or(0, |p| paragraphs[p].span.end);
    let label = attribution::release::label(text, Span::new(head_start, first.span.start));
    let mut memory = Memory::new(Span::new(first.span.start, end)).in_release(label);
    let (mut drafts, mut article_cues) = (Vec::new(), Vec::new());
    for pi in range {
        for sentence in sentences::split(text, paragraphs[pi].span)
            .into_iter()
            .flat_map(|s| pieces(text, s))
        {
            let cues = attribution::cues(text, sentence, quotes);
            let shared = article_cues.len()..article_cues.len() + cues.len();
            for clause in clauses(text, sentence, &cues, quotes, &memory) {
                let mut found = attribution::find(text, clause, &cues, quotes, &memory);
                attribution::remember(&mut memory, &found);
                // The strongest finding is taken out, not copied: the rest
                // are dropped here.
                let strongest = attribution::strongest(&found)
                    .and_then(|s| found.iter().position(|f| std::ptr::eq(f, s)));
                let attribution = strongest.map(|i| found.swap_remove(i).attribution);
                drafts.push(Draft {
                    span: clause,
                    paragraph: pi,
                    attribution,
                    cues: shared.clone(),
                });
            }
            article_cues.extend(cues);
        }
    }
    (drafts, article_cues)
}

/// The claim of `d`: its attribution's quotation and reasons finished, its
/// stance judged.
fn claim(text: &str, d: Draft, article: usize, cues: &[Cue], quotes: &[Span]) -> Claim {
    let inside: Vec<Span> = overlapping(quotes, d.span)
        .iter()
        .map(|q| Span::new(q.start.max(d.span.start), q.end.min(d.span.end)).trim(text))
        .filter(|q| !q.is_empty())
        .collect();
    let mut attribution = d.attribution.unwrap_or_else(Attribution::unattributed);
    attribution.quote = inside.first().copied();
    if attribution.reasons.is_empty() {
        attribution.reasons = vec![Reason::new(
            RuleId::NoAttribution,
            "no source, cue or carried-forward quotation: the article states it itself",
            None,
        )];
    }
    // A claim keeps its reasons to the end of the analysis: a vector grown
    // by pushing holds room for four.
    attribution.reasons.shrink_to_fit();
    let context = stance::Context {
        quotes: &inside,
        cues,
        source: attribution.source,
        cue: attribution.cue,
        attributed: attribution.kind != attribution::AttributionKind::Unattributed,
    };
    let stance = stance::assess(text, d.span, &context);
    Claim {
        span: d.span,
        article,
        paragraph: d.paragraph,
        attribution,
        source_id: None,
        stance,
    }
}

/// `sentence`, cut at blanks into trimmed pieces of at most
/// [`LONGEST_SENTENCE`] bytes (one piece unless it is longer).
fn pieces(text: &str, sentence: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = sentence.start;
    while sentence.end - start > LONGEST_SENTENCE {
        let mut cut = start + LONGEST_SENTENCE;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        // The last blank in the second half of the piece, if there is one.
        let mut half = start + LONGEST_SENTENCE / 2;
        while !text.is_char_boundary(half) {
            half += 1;
        }
        if let Some(i) = text[half..cut].rfind(crate::text::is_blank) {
            cut = half + i;
        }
        let piece = Span::new(start, cut).trim(text);
        if !piece.is_empty() {
            out.push(piece);
        }
        start = cut;
    }
    let last = Span::new(start, sentence.end).trim(text);
    if !last.is_empty() {
        out.push(last);
    }
    out
}

/// Splits a sentence where a joined main clause opens with its own,
/// different source ("Iran denies the talks, | while the White House
/// declined to comment."). Side clauses are never split off, and a trailing
/// attribution (", the sources said.") governs the whole sentence.
fn clauses(
    text: &str,
    sentence: Span,
    cues: &[Cue],
    quotes: &[Span],
    memory: &Memory,
) -> Vec<Span> {
    let s = sentence.of(text);
    let mut out = Vec::new();
    let mut start = sentence.start;
    for g in joins(s).take(MOST_JOINS) {
        let at = sentence.start + g.start();
        if at <= start
            || overlapping(quotes, Span::new(at, at + 1))
                .iter()
                .any(|q| q.start <= at)
            || in_brackets(&text[start..at])
        {
            continue;
        }
        let left = Span::new(start, at).trim(text);
        let right = Span::new(at, sentence.end);
        let found_right = attribution::find(text, right, cues, quotes, memory);
        let Some(first) = found_right.first() else {
            // "Korvo says the headband loosens with use, | and after a week
            // mine did": an attributed main clause, then one with no source.
            if unsourced_clause_after(text, s, g, left, right, cues, quotes, memory) {
                out.push(left);
                start = at;
            }
            continue;
        };
        if !first.opens || first.trailing || reports_back(text, right, cues, &first.attribution) {
            continue;
        }
        let found_left = attribution::find(text, left, cues, quotes, memory);
        // A bare " and " joins phrases more often than clauses: split there
        // only between two attributed clauses ("X declined to comment and Y
        // did not respond").
        let bare = !s[..g.start()].trim_end().ends_with([',', ';']);
        if bare && found_left.is_empty() && !looks_like_clause(text, left) {
            continue;
        }
        // "the Minister for Water and Catchments Priya Anand announced": a
        // bare "and" between capitals, with the name going on after the
        // next word, is inside a name ("to Reuters and Smith said" joins).
        let capital = |w: Option<&str>| w.is_some_and(|w| w.starts_with(char::is_uppercase));
        let mut after = crate::token::pieces(&s[g.end()..]);
        if bare
            && g.as_str().eq_ignore_ascii_case("and")
            && capital(crate::token::pieces(&s[..g.start()]).next_back())
            && capital(after.next())
            && capital(after.next())
        {
            continue;
        }
        let left_att = attribution::strongest(&found_left).map(|f| &f.attribution);
        let right_att = &first.attribution;
        let differ = match left_att {
            None => true,
            Some(l) => {
                l.kind != right_att.kind
                    || match (l.source, right_att.source) {
                        (Some(a), Some(b)) => !a.of(text).eq_ignore_ascii_case(b.of(text)),
                        _ => false,
                    }
            }
        };
        // A trailing attribution in the right clause that reaches back, or
        // a left clause with no subject of its own, keeps the sentence whole.
        if differ && !left.is_empty() {
            out.push(left);
            start = at;
        }
    }
    out.push(Span::new(start, sentence.end).trim(text));
    out
}

/// Whether the join `g` of sentence `s` opens a main clause with no source
/// of its own after an attributed one: the kinds differ (unattributed
/// counts as a kind), so LABELS.md splits them. Only after a comma or a
/// semicolon, before a coordinating conjunction (coordinating_conjunctions.txt)
/// or the semicolon itself, never before the speaker's content going on
/// ("and that ..."), and only in two shapes:
/// - the author speaks in the right side ("The Treasury called the pledge a
///   fantasy, | and for once I find myself agreeing");
/// - the left side's cue closes it and the right side opens with a subject
///   of its own (", the weather service said, | but a warning remains");
/// - the right side turns against the left with "but" or "yet"
///   (contrastive_conjunctions.txt) and opens with a subject of its own
///   ("Vantor says Atlas will be profitable, | but investors have heard
///   that before");
/// - the right side opens with the author's comment on what was said
///   (comment_openers.txt among its first three words: "My husband says
///   I'm enabling him, | and he's probably right").
///   Otherwise "Ruiz said A, and B" is left whole, since B may still be
///   Ruiz's words.
#[allow(clippy::too_many_arguments)]
fn unsourced_clause_after(
    text: &str,
    s: &str,
    g: Join<'_>,
    left: Span,
    right: Span,
    cues: &[Cue],
    quotes: &[Span],
    memory: &Memory,
) -> bool {
    let before = s[..g.start()].trim_end();
    let semicolon = before.ends_with(';');
    let coordinating = Lexeme::of(g.as_str()).is_in(List::CoordinatingConjunctions);
    if !(semicolon || before.ends_with(',') && coordinating) || left.is_empty() {
        return false;
    }
    // The first three words of the new clause, after its conjunction.
    let mut words = Vec::with_capacity(3);
    let mut seen = 0;
    crate::token::each_in(text, right, |t| {
        if t.word().is_some() && words.len() < 3 {
            if semicolon || seen >= 1 {
                words.push(t);
            }
            seen += 1;
        }
    });
    // Words that go on with a speaker's content after a join ("and that").
    let Some(&opening) = words.first().filter(|t| !t.is_in(List::ContentOpeners)) else {
        return false;
    };
    // "and he's probably right", "but frankly, loyalty ...", "and you can
    // bet that ...": the author's comment on what was said opens the
    // clause (comment_openers.txt), which is the author's, whatever its
    // subject.
    let comment = !semicolon && words.iter().any(|t| t.is_in(List::CommentOpeners));
    // "and has added three matinees" shares the subject before the join; a
    // word that opens a new main clause's subject ("the", "it") does not.
    let subject = opening.is_in(List::ClauseSubjects)
        || opening.is_capitalised() && looks_like_clause(text, right);
    let author = author_speaks(text, right, quotes);
    if !(author || subject || comment) {
        return false;
    }
    // "Vantor says Atlas will be profitable, | but investors have heard
    // that before": a clause turning against the speaker's, with a subject
    // of its own, is a new statement even after a leading cue.
    // A pronoun that may be the speaker ("but he accepted that ...") is no
    // change of subject.
    let turns = subject
        && !opening.is_in(List::SpeakerPronouns)
        && Lexeme::of(g.as_str()).is_in(List::ContrastiveConjunctions);
    let found_left = attribution::find(text, left, cues, quotes, memory);
    attribution::strongest(&found_left)
        .is_some_and(|said| author || turns || comment || said.trailing)
}

/// Whether the author speaks in the first person in `span`, outside its
/// quotations ("I", "my", "we"; "US" in capitals is the country).
fn author_speaks(text: &str, span: Span, quotes: &[Span]) -> bool {
    let mut found = false;
    crate::token::each_in(text, span, |t| {
        let Some(w) = t.word() else { return };
        if found || quotes.iter().any(|q| q.contains(w)) {
            return;
        }
        found = t.is_in(List::StanceFirstPerson) && w.of(text) != "US";
    });
    found
}

/// Whether a stretch reads as a clause rather than a phrase: it has a
/// finite verb we can recognise without a parser (an auxiliary, or a past
/// tense in -ed after its subject). "He helped negotiate the release" is a
/// clause; "one source familiar with the US" is not.
fn looks_like_clause(text: &str, span: Span) -> bool {
    const FINITE: &[&str] = &[
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
        "should", "must", "may", "might", "did", "does", "do", "says", "said", "made", "went",
        "took", "gave", "got", "came", "left", "met",
    ];
    crate::token::pieces(span.of(text)).skip(1).any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        FINITE.iter().any(|f| f.eq_ignore_ascii_case(w))
            || (w.len() > 4 && w.ends_with("ed") && w.chars().all(|c| c.is_lowercase()))
    })
}

/// Whether the right clause is only a source and its verb of saying, with
/// at most a channel or a time after it (", Saudi and U.S. mediators said in
/// a joint statement on Thursday."): it reports the words before the join,
/// and is no claim of its own. A refusal ("and the ministry declined to
/// comment") is one, and so is a verb with its own content ("and the
/// ministry said it would appeal").
fn reports_back(text: &str, right: Span, cues: &[Cue], attribution: &Attribution) -> bool {
    const ADJUNCTS: &[&str] = &[
        "in", "on", "at", "during", "late", "early", "earlier", "later", "last", "this", "to",
        "through", "after", "before", "via", "by", "when", "while", "from", "over", "with",
    ];
    let Some(said) = attribution.cue else {
        return false;
    };
    let verb = cues
        .iter()
        .any(|c| c.span.start == said.start && c.kind == CueKind::Verb);
    if !verb || said.start < right.start || said.end > right.end {
        return false;
    }
    let rest = text[said.end..right.end].trim_end_matches(|c: char| !c.is_alphanumeric());
    let words: Vec<&str> = crate::token::pieces(rest).collect();
    match words.first() {
        None => true,
        Some(first) => {
            ADJUNCTS.iter().any(|a| first.eq_ignore_ascii_case(a))
                && words.len() <= 8
                && !words
                    .iter()
                    .any(|w| w.eq_ignore_ascii_case("that") || w.contains(['"', '“']))
        }
    }
}

fn in_brackets(s: &str) -> bool {
    s.matches('(').count() > s.matches(')').count()
}

/// A quotation of several sentences is one speaker's: sentences of it that
/// have no cue of their own take the attribution of the one that does.
fn carry_within_quotes(text: &str, drafts: &mut [Draft], quotes: &[Span]) {
    for q in quotes {
        let first = drafts.partition_point(|d| d.span.end <= q.start);
        let inside: Vec<usize> = (first..drafts.len())
            .take_while(|&i| drafts[i].span.start < q.end)
            .collect();
        if inside.len() < 2 {
            continue;
        }
        let Some(&from) = inside.iter().find(|&&i| drafts[i].attribution.is_some()) else {
            continue;
        };
        let Some(base) = drafts[from].attribution.clone() else {
            continue;
        };
        for &i in &inside {
            if drafts[i].attribution.is_none() {
                drafts[i].attribution = Some(carried(
                    text,
                    &base,
                    RuleId::QuoteContinues,
                    "the same quotation",
                ));
            }
        }
    }
}

/// A paragraph or sentence that is all quotation, with no cue, goes on
/// quoting the source of the claim before it ("... said Ryan Crocker. /
/// “I’m pretty skeptical ...”").
fn carry_to_quote_continuations(text: &str, drafts: &mut [Draft], quotes: &[Span]) {
    for i in 1..drafts.len() {
        if drafts[i].attribution.is_some() {
            continue;
        }
        let span = drafts[i].span;
        let quoted: usize = overlapping(quotes, span)
            .iter()
            .map(|q| q.end.min(span.end) - q.start.max(span.start))
            .sum();
        if quoted * 2 < span.len() {
            continue;
        }
        if let Some(base) = drafts[i - 1].attribution.clone() {
            drafts[i].attribution = Some(carried(
                text,
                &base,
                RuleId::QuoteCarried,
                "the claim before it",
            ));
        }
    }
}

/// A lead-in that ends its paragraph with a colon ("Limbaugh added:")
/// introduces a block quotation: the next paragraph's sentences with no cue
/// of their own are the speaker's (see `attribution::carry`).
fn carry_to_block_quotes(text: &str, drafts: &mut [Draft]) {
    for i in 1..drafts.len() {
        let lead = &drafts[i - 1];
        let Some(base) = lead.attribution.as_ref() else {
            continue;
        };
        if drafts[i].paragraph == lead.paragraph || !carry::introduces_block(text, lead.span, base)
        {
            continue;
        }
        let (paragraph, base) = (drafts[i].paragraph, base.clone());
        for d in drafts[i..]
            .iter_mut()
            .take_while(|d| d.paragraph == paragraph)
        {
            // The block is the speaker's words: like a cue inside quotation
            // marks, a weak cue of its own ("the greatest fear I have seen")
            // does not name another source.
            let own = d.attribution.as_ref().map(|a| a.kind);
            if matches!(own, None | Some(AttributionKind::Anonymous)) {
                d.attribution = Some(carried(
                    text,
                    &base,
                    RuleId::BlockQuote,
                    "the lead-in before it",
                ));
            }
        }
    }
}

/// After an article cites one poll or survey, the sentences that go on
/// giving figures with no source of their own, or with the respondents as
/// their only source ("63 percent said"), are the poll's findings (see
/// `attribution::carry`). A later poll takes over. The drafts are one
/// article's: a new article starts with no poll.
fn carry_poll_findings(text: &str, drafts: &mut [Draft]) {
    let mut poll: Option<Attribution> = None;
    for d in drafts.iter_mut() {
        if let Some(a) = &d.attribution {
            if let Some(s) = a.source.filter(|&s| carry::is_poll(text, s)) {
                // "The poll indicates ...": the same poll, whose findings
                // keep pointing at its fullest name.
                if poll.is_none() || !carry::refers_back(text, s) {
                    poll = Some(a.clone());
                }
                continue;
            }
        }
        let Some(base) = &poll else { continue };
        if carry::is_poll_finding(text, d.span, d.attribution.as_ref()) {
            d.attribution = Some(carried_as(
                text,
                base,
                RuleId::PollFinding,
                "a poll's figure",
                "the poll cited before it",
            ));
        }
    }
}

/// In an article printed as questions and answers, the sentences of each
/// answer, from its "A:" to the next question, are the interviewee's (see
/// `attribution::interview`), unless a cue of their own says otherwise.
fn attribute_interview_answers(
    text: &str,
    paragraphs: &[Paragraph],
    article: std::ops::Range<usize>,
    drafts: &mut [Draft],
) {
    let first = article.start;
    let body = &paragraphs[article];
    let turns: Vec<Option<Turn>> = body.iter().map(|p| interview::turn(text, p.span)).collect();
    if body.is_empty() || !interview::is_interview(&turns) {
        return;
    }
    // The answer label and interviewee each paragraph's sentences take.
    let opening = turns.iter().position(|t| t.is_some()).unwrap_or(0);
    let span = Span::new(body[0].span.start, body[body.len() - 1].span.end);
    let intro = Span::new(span.start, body[opening].span.start);
    let who = interview::interviewee(text, intro, &Memory::new(span));
    let mut answer = None;
    let answers: Vec<Option<Span>> = turns
        .iter()
        .enumerate()
        .map(|(i, turn)| {
            match turn {
                Some(Turn::Question) => answer = None,
                Some(Turn::Answer(label)) => answer = Some(*label),
                None if i < opening => return None,
                None => {}
            }
            answer
        })
        .collect();
    for d in drafts.iter_mut() {
        if let (None, Some(label)) = (&d.attribution, answers[d.paragraph - first]) {
            d.attribution = Some(interview::answer(text, label, who));
        }
    }
}

/// In an article printed as a broadcast transcript, each interviewee's
/// labelled turn ("WADE TILLOTSON: ...") and the unlabelled paragraphs after
/// it are the speaker's (see `attribution::interview::speaker`); a host's or
/// reporter's turn, or a surname a journalist's label gave, is the
/// programme's own narration and stays unattributed.
fn attribute_transcript_turns(
    text: &str,
    paragraphs: &[Paragraph],
    article: std::ops::Range<usize>,
    drafts: &mut [Draft],
) {
    let first = article.start;
    let labels: Vec<Option<interview::Speaker>> = paragraphs[article]
        .iter()
        .map(|p| interview::speaker(text, p.span))
        .collect();
    if !interview::is_transcript(text, &labels) {
        return;
    }
    let quoted = interview::is_quoted_transcript(&labels);
    // Every word of a journalist's name: "FERREIRA:" after "TOMAS
    // FERREIRA, BYLINE:".
    let journalists: Vec<&str> = labels
        .iter()
        .flatten()
        .filter(|s| s.journalist)
        .flat_map(|s| crate::token::pieces(s.name.of(text)))
        .collect();
    let mut current = None;
    let turns: Vec<Option<interview::Speaker>> = labels
        .iter()
        .map(|label| {
            if let Some(label) = label {
                let narrator = !quoted
                    && (label.journalist
                        || crate::token::pieces(label.name.of(text))
                            .all(|w| journalists.contains(&w)));
                current = (!narrator).then_some(*label);
            }
            current
        })
        .collect();
    for d in drafts.iter_mut() {
        if let (None, Some(speaker)) = (&d.attribution, turns[d.paragraph - first]) {
            d.attribution = Some(interview::turn_of(text, speaker));
        }
    }
}

/// The paragraph index ranges of each article, in order.
fn articles(paragraphs: &[Paragraph]) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    crate::runs::runs(paragraphs, |p| p.article)
}

fn carried(text: &str, base: &Attribution, rule: RuleId, what: &str) -> Attribution {
    carried_as(text, base, rule, "a quotation", what)
}

/// [`carried`], for `thing` ("a figure") rather than a quotation.
fn carried_as(
    text: &str,
    base: &Attribution,
    rule: RuleId,
    thing: &str,
    what: &str,
) -> Attribution {
    let mut a = base.clone();
    let who = a
        .source
        .or(a.cue)
        .map(|s| format!("“{}”", s.of(text)))
        .unwrap_or_else(|| "its source".into());
    a.reasons.insert(
        0,
        Reason::new(
            rule,
            format!("{thing} with no cue of its own: carries forward {who} from {what}"),
            a.source,
        ),
    );
    a
}

#[cfg(test)]
mod tests {
    use crate::AttributionKind;
    use AttributionKind::*;

    use crate::attribution::testing::claim_kinds as claims;

    #[test]
    fn an_attributed_clause_closed_by_its_cue_is_split_from_an_unsourced_one() {
        assert_eq!(
            claims(
                "The flood warning has ended, the county said, but the river road stays closed until noon."
            ),
            [
                ("The flood warning has ended, the county said,".to_string(), Official),
                ("but the river road stays closed until noon.".to_string(), Unattributed),
            ]
        );
    }

    #[test]
    fn the_author_speaking_after_a_source_is_a_clause_of_its_own() {
        assert_eq!(
            claims("The mayor called the plan “a bargain”, and for once I find myself agreeing.")
                .len(),
            2
        );
    }

    #[test]
    fn a_speakers_content_going_on_after_and_is_not_split() {
        // The speech is still open: the second clause may be the speaker's.
        assert_eq!(
            claims("Ruiz said the vote was close, and the recount would start Monday.").len(),
            1
        );
        // "and that ...": the speaker's content, explicitly.
        assert_eq!(
            claims("The county said the road was closed, and that it would reopen at noon.").len(),
            1
        );
        // A verb with no subject of its own shares the one before.
        assert_eq!(
            claims(
                "The theatre expects a sell-out, its director said, and has added two matinees."
            )
            .len(),
            1
        );
    }

    #[test]
    fn a_clause_turning_against_a_leading_speaker_with_its_own_subject_is_split() {
        let found = claims(
            "The mayor says the bridge will open in May, but the contractor has not started work.",
        );
        assert_eq!(found.len(), 2);
        assert_eq!(
            found[1],
            (
                "but the contractor has not started work.".to_string(),
                Unattributed
            )
        );
        assert_eq!(
            claims("Ruiz said the bridge would open in May, yet the contractor has not started.")
                .len(),
            2
        );
        // A pronoun may be the speaker going on: no change of subject.
        assert_eq!(
            claims("Ruiz said the budget was fair, but he accepted that rents were too high.")
                .len(),
            1
        );
        // "and" turns against nothing: the speech may still be open.
        assert_eq!(
            claims("Ruiz said the bridge would open in May, and the contractor has not started.")
                .len(),
            1
        );
    }

    #[test]
    fn a_clause_opening_with_the_authors_comment_on_a_speaker_is_split() {
        for (sentence, second) in [
            (
                "My sister says I am too soft on him, and she is probably right.",
                "and she is probably right.",
            ),
            (
                "The regulator has told banks to pay savers more, but frankly, loyalty is rarely rewarded.",
                "but frankly, loyalty is rarely rewarded.",
            ),
            (
                "The district said attendance was down 9 percent, and you can bet it will fall further.",
                "and you can bet it will fall further.",
            ),
        ] {
            let found = claims(sentence);
            assert_eq!(found.len(), 2, "{sentence}");
            assert_eq!(found[1], (second.to_string(), Unattributed), "{sentence}");
        }
        // Without the author's comment, the speaker may be going on.
        for sentence in [
            "Ruiz said the bridge would open in May, and it would be late.",
            "My sister says I am too soft on him, and she is worried.",
        ] {
            assert_eq!(claims(sentence).len(), 1, "{sentence}");
        }
    }

    #[test]
    fn a_time_before_the_source_of_a_joined_clause_still_opens_it() {
        assert_eq!(
            claims(
                "The target is 300,000 homes a year, and on Monday the housing minister, Jo Pike, told MPs it was achievable."
            ),
            [
                ("The target is 300,000 homes a year,".to_string(), Unattributed),
                (
                    "and on Monday the housing minister, Jo Pike, told MPs it was achievable."
                        .to_string(),
                    Named
                ),
            ]
        );
    }
}

#[cfg(test)]
mod join_tests {
    use super::joins;

    /// What the pattern `joins` replaced captured, for comparison.
    fn by_pattern(s: &str) -> Vec<(usize, usize)> {
        let pattern =
            crate::pattern::new(r"(?i)(?:,\s+|\s)(and|but|while|whereas|yet)\s|;\s+(\S)").unwrap();
        pattern
            .captures_iter(s)
            .filter_map(|m| m.get(1).or_else(|| m.get(2)))
            .map(|g| (g.start(), g.end()))
            .collect()
    }

    fn found(s: &str) -> Vec<&str> {
        let joins: Vec<_> = joins(s).collect();
        let spans: Vec<(usize, usize)> = joins.iter().map(|j| (j.start(), j.end())).collect();
        assert_eq!(spans, by_pattern(s), "{s:?}");
        joins.iter().map(|j| j.as_str()).collect()
    }

    #[test]
    fn conjunctions_after_a_comma_or_a_blank_and_the_start_after_a_semicolon() {
        assert_eq!(found("Iran denies it, and the US agrees."), ["and"]);
        assert_eq!(found("Iran denies it,   \t but the US agrees."), ["but"]);
        assert_eq!(found("Iran denies it,\nwhile the US agrees."), ["while"]);
        assert_eq!(
            found("Iran denies it\u{a0}whereas\u{2003}the US agrees."),
            ["whereas"]
        );
        assert_eq!(
            found("It rained AND it poured, Yet we went."),
            ["AND", "Yet"]
        );
        assert_eq!(
            found("It rained; \u{201c}Go,\u{201d} he said."),
            ["\u{201c}"]
        );
        assert_eq!(found("It rained;\n\n it poured; ;x"), ["i", ";"]);
        assert_eq!(
            found("café\u{2028}and\u{85}x; \u{3000}é, \u{1680}YET\u{a0}ü but"),
            ["and", "é", "YET"]
        );
    }

    #[test]
    fn no_join_without_blanks_on_both_sides() {
        assert!(found("And then it rained.").is_empty());
        assert!(found("a band played, andante yet").is_empty());
        assert!(found("it rained,and poured;no").is_empty());
        assert!(found("It rained; ").is_empty());
        assert!(found("yet, and").is_empty());
        assert!(found("").is_empty());
    }

    #[test]
    fn each_search_goes_on_after_the_blank_it_took() {
        // The blank after the first "and" is taken: the second has none
        // before it left.
        assert_eq!(found("x and and and y"), ["and", "and"]);
        // A conjunction needs a blank after it ("and," is none), and the
        // first "yet" lost the blank before it to the "and".
        assert_eq!(found("x, and, and yet yet z"), ["and", "yet"]);
        // The second semicolon is the first's character after its blank.
        assert_eq!(found("x; ; y"), [";"]);
        // "yet" as an adverb is found all the same: the callers judge it.
        assert_eq!(found("not yet done"), ["yet"]);
    }

    /// Every sentence of the fixtures, and every line of them, split the
    /// same as by the pattern.
    #[test]
    fn the_same_as_the_pattern_on_the_fixtures() {
        for (path, text) in crate::furniture::testing::fixture_texts() {
            for line in text.split_inclusive('\n') {
                assert_eq!(
                    joins(line)
                        .map(|j| (j.start(), j.end()))
                        .collect::<Vec<_>>(),
                    by_pattern(line),
                    "{path}: {line:?}"
                );
            }
        }
    }
}
