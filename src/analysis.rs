//! The pipeline: text in, claims, skipped furniture and articles out.

use crate::error::{Error, ErrorKind, MAX_TEXT_BYTES};
use crate::furniture::{self, Role};
use crate::page::Block;
use crate::{claims, layout, verdict};
use crate::{Article, Claim, SkipReason, Skipped, Span};

/// The analysis of one text, with spans in UTF-8 byte offsets.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Analysis {
    pub articles: Vec<Article>,
    pub claims: Vec<Claim>,
    pub skipped: Vec<Skipped>,
    /// Each article's sources, in order of first mention.
    pub sources: Vec<crate::Source>,
}

/// Checks that a text can be analysed at all.
pub(crate) fn check_input(text: &str) -> Result<(), Error> {
    if text.len() > MAX_TEXT_BYTES {
        return Err(Error::new(ErrorKind::TooLarge {
            bytes: text.len(),
            limit: MAX_TEXT_BYTES,
        }));
    }
    if crate::text::is_all_blank(text) {
        return Err(Error::new(ErrorKind::EmptyText));
    }
    Ok(())
}

/// The length of text from which the furniture's tokens are let go once
/// the body is found. The rules that read past a paragraph then split the
/// furniture they cross afresh, 3-4% more instructions in all; on 10 MB of
/// text this saves 3 MB of its 80 MB peak, on an article of 10 KB a few KB.
const KEEP_BODY_TOKENS_FROM: usize = 1 << 20;

/// A paragraph of article body.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Paragraph {
    pub span: Span,
    pub article: usize,
}

/// Runs the whole analysis on `text`.
pub fn analyze_text(text: &str) -> Result<Analysis, Error> {
    analyze_blocks(text, &[])
}

/// Runs the whole analysis on a page's `text` with its block hints (see
/// [`crate::page`]): `blocks` in text order, each line of the text taking
/// the role of the block it lies in. With no blocks this is
/// [`analyze_text`].
pub fn analyze_blocks(text: &str, blocks: &[Block]) -> Result<Analysis, Error> {
    check_input(text)?;
    // The text's tokens, split once for every rule that reads words.
    let _tokens = crate::token::Doc::scope(text);
    let lines = layout::lines(text);
    let hints = crate::page::line_roles(&lines, blocks);
    let pieces = furniture::classify_with(text, &lines, &hints);

    let mut analysis = Analysis::default();
    let mut starts: Vec<(usize, Option<Span>)> = vec![(0, None)];
    let mut paragraphs: Vec<Paragraph> = Vec::new();
    // The paragraph being built, with its block.
    let mut open: Option<(Span, usize)> = None;
    // The page's head: its titles before the first body text.
    let mut head = Head::default();
    for piece in &pieces {
        if paragraphs.is_empty() && open.is_none() && starts.len() == 1 {
            head.see(piece);
        }
        let block = lines[piece.line].block;
        if piece.role != Role::Body {
            if let Some((span, _)) = open.take() {
                paragraphs.push(Paragraph {
                    span,
                    article: starts.len() - 1,
                });
            }
        }
        match piece.role {
            Role::Body => {
                open = match open {
                    Some((span, b)) if b == block => {
                        Some((Span::new(span.start, piece.span.end), b))
                    }
                    Some((span, _)) => {
                        paragraphs.push(Paragraph {
                            span,
                            article: starts.len() - 1,
                        });
                        Some((piece.span, block))
                    }
                    None => Some((piece.span, block)),
                };
                continue;
            }
            Role::Headline { starts_article } => {
                if starts_article {
                    starts.push((piece.span.start, Some(piece.span)));
                } else if let Some(last) = starts.last_mut() {
                    last.1.get_or_insert(piece.span);
                }
                analysis.skipped.push(Skipped {
                    span: piece.span,
                    reason: SkipReason::Headline,
                    detail: if starts_article {
                        "a headline: a new article starts here"
                    } else {
                        "a headline or subhead: short, unpunctuated, followed by article text"
                    },
                });
            }
            Role::Skip(reason, rule) => analysis.skipped.push(Skipped {
                span: piece.span,
                reason,
                detail: rule.message(),
            }),
        }
    }
    if let Some((span, _)) = open.take() {
        paragraphs.push(Paragraph {
            span,
            article: starts.len() - 1,
        });
    }

    drop_empty_articles(&mut starts, &mut paragraphs, &mut analysis.skipped);
    if let Some(headline) = head.headline(text, starts.len() > 1) {
        starts[0].1 = Some(headline);
    }
    // The lines and their pieces are read: free them before the claims,
    // the biggest part of the analysis, are made (10 MB of text, 11 MB).
    drop((pieces, hints, lines));
    // From here on the rules read the body: on a long text, the
    // furniture's tokens go.
    if text.len() >= KEEP_BODY_TOKENS_FROM {
        let body: Vec<Span> = paragraphs.iter().map(|p| p.span).collect();
        crate::token::keep_only(text, &body);
    }
    analysis.claims = claims::find(text, &paragraphs);
    // A question argues only in an article that argues (stance/context.rs).
    crate::stance::weigh_questions_by_article(text, &mut analysis.claims);
    analysis.sources = crate::sources::roster(text, &mut analysis.claims);
    analysis.articles = starts
        .iter()
        .enumerate()
        .map(|(i, &(start, headline))| {
            let end = starts.get(i + 1).map_or(text.len(), |s| s.0);
            verdict::judge(Span::new(start, end), headline, i, &analysis.claims)
        })
        .collect();
    Ok(analysis)
}

/// The titles at the top of a page, before any body text: the site's name,
/// section labels, the headline and its standfirst.
#[derive(Default)]
struct Head {
    titles: Vec<Span>,
    /// For each title, how many bylines and dates stand above it.
    stamps_above: Vec<usize>,
    stamps: usize,
}

impl Head {
    fn see(&mut self, piece: &furniture::Piece) {
        match piece.role {
            Role::Headline { .. } => {
                self.titles.push(piece.span);
                self.stamps_above.push(self.stamps);
            }
            Role::Skip(SkipReason::Byline | SkipReason::Dateline, _) => self.stamps += 1,
            _ => {}
        }
    }

    /// The article's headline is its first title that does not read as a
    /// name: above it may stand the site's name or a section label
    /// ("VeriFact", "Today's Paper", "Sierra Business Journal", "THE HARBOUR
    /// LETTER") that the furniture rules did not know; below it, the
    /// standfirst. A headline has three words or more, and one of up to four
    /// words has a word in lower case ("Ferry fares go up"). A page of
    /// name-like titles only takes the first.
    ///
    /// On a page of several articles (a briefs digest, a letters page), a
    /// title with its own byline or date under it, above another title
    /// right over the first paragraph, is the page's title over all of
    /// them ("Morning Briefing: ...", then "By Gazette Staff", then the
    /// first brief's headline): the first article's headline is that last
    /// title.
    fn headline(&self, text: &str, several_articles: bool) -> Option<Span> {
        let reads_as_name = |t: &Span| {
            let words: Vec<&str> = crate::token::pieces(t.of(text)).collect();
            words.len() < 3
                || words.len() <= 4
                    && words
                        .iter()
                        .all(|w| !w.starts_with(|c: char| c.is_lowercase()))
        };
        let first = self
            .titles
            .iter()
            .position(|t| !reads_as_name(t) && !is_banner(t.of(text)))
            .or_else(|| self.titles.iter().position(|t| !reads_as_name(t)))
            .or((!self.titles.is_empty()).then_some(0))?;
        let last = self.titles.len() - 1;
        let page_title = several_articles
            && last > first
            && self.stamps_above[last] > self.stamps_above[first]
            && !reads_as_name(&self.titles[last]);
        Some(self.titles[if page_title { last } else { first }])
    }
}

/// A promotional banner above a page's headline: a label of three or more
/// words in capitals before a colon ("FIRST ALERT WEATHER DAY: Tornado watch
/// ..."), or a breaking-news or live label ("BREAKING NEWS: ...", "Watch
/// live: ..."). A shorter kicker ("EXCLUSIVE: ...", "ROYAL WEDDING: ...")
/// belongs to the headline it opens.
fn is_banner(title: &str) -> bool {
    let Some((label, rest)) = title.split_once(':') else {
        return false;
    };
    let words: Vec<&str> = crate::token::pieces(label).collect();
    let shouted = words.len() >= 3
        && words
            .iter()
            .all(|w| w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase));
    let promo = [
        "watch live",
        "listen live",
        "live",
        "live updates",
        "breaking",
        "breaking news",
    ]
    .iter()
    .any(|p| label.trim().eq_ignore_ascii_case(p));
    !rest.trim().is_empty() && (shouted || promo)
}

/// A headline that no body text follows before the next headline opens no
/// article (a footer's link titles, a tag list): its article is merged into
/// the one before, so that a page's articles are the reports it carries. The
/// first article always stays, body or not.
fn drop_empty_articles(
    starts: &mut Vec<(usize, Option<Span>)>,
    paragraphs: &mut [Paragraph],
    skipped: &mut [Skipped],
) {
    let mut has_body = vec![false; starts.len()];
    has_body[0] = true;
    for p in paragraphs.iter() {
        has_body[p.article] = true;
    }
    // Old article index to new: the count of kept articles up to it, less one.
    let renumber: Vec<usize> = has_body
        .iter()
        .scan(0, |kept, &body| {
            *kept += usize::from(body);
            Some(*kept - 1)
        })
        .collect();
    for p in paragraphs.iter_mut() {
        p.article = renumber[p.article];
    }
    // Both lists run in text order: one pass re-labels the dropped headlines.
    let mut dropped = starts
        .iter()
        .zip(&has_body)
        .filter(|(_, body)| !**body)
        .filter_map(|(&(_, headline), _)| headline)
        .peekable();
    for item in skipped.iter_mut() {
        while dropped.next_if(|h| h.start < item.span.start).is_some() {}
        if dropped.next_if(|h| *h == item.span).is_some() {
            item.detail = "a headline with no article text under it";
        }
    }
    let mut body = has_body.iter();
    starts.retain(|_| body.next().copied().unwrap_or(true));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_headline_with_no_text_under_it_opens_no_article() {
        // "Markets wrap" and its byline are a teaser with nothing under it
        // before the next headline: not an article of its own.
        let text = "Port deal nears\nBy Ann Lee\n\n\
                    The port is for sale, people said.\n\n\
                    Talks could end this week.\n\n\
                    Markets wrap\nBy Lena Ito\n\n\
                    Shipping stocks rise\nBy Tom Berg\n\n\
                    Shares in the port rose 4% on Monday.\n";
        let analysis = analyze_text(text).unwrap();
        let headlines: Vec<&str> = analysis
            .articles
            .iter()
            .map(|a| a.headline.map_or("", |h| h.of(text)))
            .collect();
        assert_eq!(headlines, ["Port deal nears", "Shipping stocks rise"]);
        assert_eq!(
            analysis
                .claims
                .iter()
                .map(|c| c.article)
                .collect::<Vec<_>>(),
            [0, 0, 1]
        );
    }

    #[test]
    fn the_headline_is_not_the_site_name_above_it() {
        let text = "Sierra Business Journal\n\n\
                    Pellham Outdoor to buy Ridgeback Packs\n\n\
                    By Dana Whitlock\n\n\
                    Pellham Outdoor agreed on Monday to buy the maker of hiking packs.\n";
        let analysis = analyze_text(text).unwrap();
        let headline = analysis.articles[0].headline.map(|h| h.of(text));
        assert_eq!(headline, Some("Pellham Outdoor to buy Ridgeback Packs"));
    }

    /// The headline `analyze_text` finds for the first article of `text`.
    fn headline_of(text: &str) -> Option<&str> {
        let analysis = analyze_text(text).unwrap();
        analysis.articles[0].headline.map(|h| h.of(text))
    }

    #[test]
    fn the_headline_is_not_a_promotional_banner_above_it() {
        assert_eq!(
            headline_of(
                "FIRST ALERT WEATHER DAY: Tornado watch for 14 counties tonight\n\n\
                 Tornado warning, damage reported in Harlan County\n\n\
                 By KTVW 9 Staff\n\n\
                 A tornado warning was issued on Tuesday for the county.\n"
            ),
            Some("Tornado warning, damage reported in Harlan County")
        );
        // A short kicker opens the headline itself, with its standfirst below.
        assert_eq!(
            headline_of(
                "ROYAL WEDDING: Harry and Meghan set the date\n\n\
                 The couple will marry in May at Windsor Castle\n\n\
                 By Jo Bell\n\n\
                 The couple announced the date on Monday.\n"
            ),
            Some("ROYAL WEDDING: Harry and Meghan set the date")
        );
        assert_eq!(
            headline_of(
                "EXCLUSIVE: Brightwater nears deal for port operator\n\n\
                 By Anja Lindqvist\n\n\
                 Brightwater is in advanced talks to buy the port operator.\n"
            ),
            Some("EXCLUSIVE: Brightwater nears deal for port operator")
        );
    }
}
