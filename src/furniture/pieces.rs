//! The last step: each line's look becomes its role. A title becomes a
//! headline (body text follows it), the masthead (a menu follows it) or the
//! page's footer (nothing follows it); a repeat becomes a duplicate; a line
//! cut in two gives two pieces, and so does a body line opening with a
//! dateline, a live update's stamp or a salutation.

use super::datelines::opening_stamp;
use super::first_datelines::first_dateline;
use super::headlines::starts_new_article;
use super::update_notes::glued_note;
use super::words::at_most_words;
use super::{Draft, Look, Page, Piece, Role, Rule};
use crate::page::BlockRole;
use crate::Span;

/// The most words of a line of body read as clutter above an article's
/// first paragraph, not as that paragraph.
/// A line of more words opening with a dateline is the first paragraph
/// (first_datelines.rs); a shorter one is a labelled fact.
pub(super) const SHORT_LINE_WORDS: usize = 11;

/// The role of each line, or of each part of a line, in order.
pub(super) fn pieces(page: &Page, mut draft: Draft) -> Vec<Piece> {
    let (text, lines) = (page.text, page.lines);
    let looks = &draft.looks;
    let mut pieces: Vec<Piece> = Vec::with_capacity(lines.len());
    let mut body_seen = false;
    // Whether the article's first paragraph is still to come: at the
    // page's top, and under a headline that opens a new article. A short
    // line of body above it (clutter no rule knew) is not that paragraph.
    let mut first_paragraph = true;
    for (i, line) in lines.iter().enumerate() {
        let s = line.span.of(text);
        let role = if draft.repeats[i] {
            Role::skip(Rule::Repeat)
        } else {
            match looks[i] {
                Look::Body => Role::Body,
                Look::Exclaim if draft.body_follows[i] || i > 0 && looks[i - 1] == Look::Body => {
                    Role::Body
                }
                Look::Exclaim => Role::skip(Rule::PageFooter),
                Look::Label => Role::skip(Rule::PhotoLabel),
                Look::Skip(reason, rule) => Role::Skip(reason, rule),
                Look::Title if draft.body_follows[i] && !draft.menu_follows[i] => {
                    // A subhead in the markup (`<h2>` in the body) opens no article.
                    let starts_article = body_seen
                        && page.hint(i) != Some(BlockRole::Subhead)
                        && starts_new_article(text, lines, looks, &draft.repeats, i);
                    Role::Headline { starts_article }
                }
                Look::Title if draft.menu_follows[i] => Role::skip(Rule::Masthead),
                Look::Title => Role::skip(Rule::PageFooter),
            }
        };
        let opens_article = role == Role::Body && first_paragraph;
        match role {
            Role::Body => {
                body_seen = true;
                first_paragraph &= at_most_words(s, SHORT_LINE_WORDS);
            }
            Role::Headline {
                starts_article: true,
            } => first_paragraph = true,
            _ => {}
        }
        if let Some((cut, head_role, tail_role)) = draft.splits.remove(&i) {
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
            let stamp = opening_stamp(s)
                .or_else(|| glued_note(s).map(|end| (end, Rule::UpdateNote)))
                .or_else(|| {
                    opens_article
                        .then(|| first_dateline(s))
                        .flatten()
                        .map(|end| (end, Rule::WireDateline))
                });
            if let Some((end, rule)) = stamp {
                if end < s.len() {
                    let head = Span::new(line.span.start, line.span.start + end).trim(text);
                    let tail = Span::new(head.end, line.span.end).trim(text);
                    pieces.push(Piece {
                        span: head,
                        line: i,
                        role: Role::skip(rule),
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
