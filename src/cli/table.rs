//! The text format: a readable table of an analysis, for a terminal.

use std::io::{self, Write};

use claimlens::{ArticleEntry, Document};

use super::style::{self, Style};

const NUMBER: usize = 4;
const KIND: usize = 12;
const STANCE: usize = 13;
const SOURCE: usize = 20;
const GAP: &str = "  ";

/// The width to lay the table out in: $COLUMNS, else 100 (at least 60).
pub fn width() -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .unwrap_or(100)
        .max(60)
}

/// One cell: its text and its colour.
struct Cell {
    text: String,
    code: &'static str,
    width: usize,
    right: bool,
}

impl Cell {
    fn new(text: impl Into<String>, code: &'static str, width: usize) -> Cell {
        Cell {
            text: text.into(),
            code,
            width,
            right: false,
        }
    }
}

fn write_row(out: &mut impl Write, style: Style, cells: &[Cell]) -> io::Result<()> {
    let wrapped: Vec<Vec<String>> = cells.iter().map(|c| wrap(&c.text, c.width)).collect();
    let height = wrapped.iter().map(Vec::len).max().unwrap_or(1);
    for row in 0..height {
        let mut line = String::new();
        for (i, (cell, lines)) in cells.iter().zip(&wrapped).enumerate() {
            let text = lines.get(row).map(String::as_str).unwrap_or("");
            let pad = cell.width.saturating_sub(text.chars().count());
            let last = i + 1 == cells.len();
            if i > 0 {
                line.push_str(GAP);
            }
            if cell.right {
                line.push_str(&" ".repeat(pad));
            }
            line.push_str(&style.paint(cell.code, text));
            if !cell.right && !last {
                line.push_str(&" ".repeat(pad));
            }
        }
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}

/// Writes the table of `doc`: per article its claims and skipped items in text
/// order, then a summary line with its verdict and counts.
pub fn write_document(
    out: &mut impl Write,
    doc: &Document,
    style: Style,
    width: usize,
) -> io::Result<()> {
    let text_width = width
        .saturating_sub(NUMBER + KIND + STANCE + SOURCE + 4 * GAP.len())
        .max(24);
    let header = [
        Cell {
            right: true,
            ..Cell::new("#", "2", NUMBER)
        },
        Cell::new("attribution", "2", KIND),
        Cell::new("stance/reason", "2", STANCE),
        Cell::new("source", "2", SOURCE),
        Cell::new("text", "2", text_width),
    ];
    write_row(out, style, &header)?;

    // Claims and skipped items in text order, each with its article.
    enum Item<'d> {
        Claim(&'d claimlens::ClaimEntry),
        Skipped(&'d claimlens::SkippedEntry),
    }
    let article_of = |at: usize| {
        doc.articles
            .iter()
            .position(|a| a.start <= at && at < a.end)
    };
    let mut items: Vec<(usize, Option<usize>, Item)> = Vec::new();
    for c in &doc.claims {
        let article = (c.article < doc.articles.len()).then_some(c.article);
        items.push((c.start, article, Item::Claim(c)));
    }
    for s in &doc.skipped {
        items.push((s.start, article_of(s.start), Item::Skipped(s)));
    }
    items.sort_by_key(|(start, _, _)| *start);

    let mut skipped_in = vec![0usize; doc.articles.len()];
    for (_, article, item) in &items {
        if let (Some(a), Item::Skipped(_)) = (article, item) {
            skipped_in[*a] += 1;
        }
    }

    let mut current: Option<Option<usize>> = None;
    let mut shown = vec![false; doc.articles.len()];
    for (_, article, item) in &items {
        if current != Some(*article) {
            if let Some(Some(a)) = current {
                write_summary(out, style, &doc.articles[a], skipped_in[a])?;
            }
            writeln!(out)?;
            match article {
                Some(a) => {
                    write_article_header(out, style, &doc.articles[*a])?;
                    shown[*a] = true;
                }
                None => writeln!(out, "{}", style.bold("Outside any article"))?,
            }
            current = Some(*article);
        }
        match item {
            Item::Claim(c) => {
                let source = c
                    .attribution
                    .source
                    .as_ref()
                    .map(|s| s.text.as_str())
                    .unwrap_or("");
                write_row(
                    out,
                    style,
                    &[
                        Cell {
                            right: true,
                            ..Cell::new((c.index + 1).to_string(), "0", NUMBER)
                        },
                        Cell::new(
                            &*c.attribution.kind,
                            style::attribution_code(&c.attribution.kind),
                            KIND,
                        ),
                        Cell::new(&*c.stance.kind, style::stance_code(&c.stance.kind), STANCE),
                        Cell::new(source, "0", SOURCE),
                        Cell::new(&c.text, "0", text_width),
                    ],
                )?;
            }
            Item::Skipped(s) => {
                let text = if s.detail.is_empty() {
                    s.text.clone()
                } else {
                    format!("{}\n({})", s.text, s.detail)
                };
                write_row(
                    out,
                    style,
                    &[
                        Cell {
                            right: true,
                            ..Cell::new("-", "2", NUMBER)
                        },
                        Cell::new("skipped", "2", KIND),
                        Cell::new(&*s.reason, "2", STANCE),
                        Cell::new("", "0", SOURCE),
                        Cell::new(text, "2", text_width),
                    ],
                )?;
            }
        }
    }
    if let Some(Some(a)) = current {
        write_summary(out, style, &doc.articles[a], skipped_in[a])?;
    }
    for (a, article) in doc.articles.iter().enumerate() {
        if !shown[a] {
            writeln!(out)?;
            write_article_header(out, style, article)?;
            write_summary(out, style, article, skipped_in[a])?;
        }
    }
    writeln!(out)?;
    writeln!(
        out,
        "{}",
        style.bold(&format!(
            "{} · {} · {} skipped",
            plural(doc.articles.len(), "article"),
            plural(doc.claims.len(), "claim"),
            doc.skipped.len()
        ))
    )
}

fn write_article_header(out: &mut impl Write, style: Style, a: &ArticleEntry) -> io::Result<()> {
    let headline = match &a.headline {
        Some(h) => format!(" · “{}”", clean(&h.text)),
        None => String::new(),
    };
    writeln!(
        out,
        "{} · {}{}",
        style.bold(&format!("Article {}", a.index + 1)),
        style.stance(&a.kind),
        headline
    )
}

fn write_summary(
    out: &mut impl Write,
    style: Style,
    a: &ArticleEntry,
    skipped: usize,
) -> io::Result<()> {
    let c = &a.counts;
    writeln!(
        out,
        "{} verdict: {} · {}: {} named, {} official, {} anonymous, {} unattributed · {} opinion, {} reporting · {} skipped",
        style.dim(&format!("Article {} ·", a.index + 1)),
        style.stance(&a.kind),
        plural(c.claims, "claim"),
        c.named,
        c.official,
        c.anonymous,
        c.unattributed,
        c.opinion,
        c.reporting,
        skipped
    )
}

/// Writes the sentences as a numbered list.
pub fn write_sentences(
    out: &mut impl Write,
    sentences: &[&str],
    style: Style,
    width: usize,
) -> io::Result<()> {
    let text_width = width.saturating_sub(NUMBER + GAP.len()).max(24);
    for (i, s) in sentences.iter().enumerate() {
        write_row(
            out,
            style,
            &[
                Cell {
                    right: true,
                    ..Cell::new((i + 1).to_string(), "2", NUMBER)
                },
                Cell::new(*s, "0", text_width),
            ],
        )?;
    }
    Ok(())
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// The text with control characters (which could drive the terminal) made
/// visible as spaces, line breaks kept only where asked for.
fn clean(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// Wraps `text` to lines of at most `width` characters at spaces, keeping its
/// own line breaks; words longer than a line are cut.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        let mut len = 0;
        for word in clean(paragraph).split_whitespace() {
            let mut word: Vec<char> = word.chars().collect();
            loop {
                let need = if len == 0 {
                    word.len()
                } else {
                    len + 1 + word.len()
                };
                if need <= width {
                    if len > 0 {
                        line.push(' ');
                        len += 1;
                    }
                    line.extend(word.iter());
                    len += word.len();
                    break;
                }
                if len > 0 {
                    lines.push(std::mem::take(&mut line));
                    len = 0;
                    continue;
                }
                let rest = word.split_off(width);
                lines.push(word.iter().collect());
                word = rest;
            }
        }
        lines.push(line);
    }
    while lines.len() > 1 && lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn wraps_at_spaces() {
        assert_eq!(wrap("one two three four", 9), ["one two", "three", "four"]);
        assert_eq!(wrap("abcdefghij", 4), ["abcd", "efgh", "ij"]);
        assert_eq!(wrap("a\nb", 10), ["a", "b"]);
        assert_eq!(wrap("", 10), [""]);
        assert_eq!(wrap("tab\x1b[31m", 20), ["tab [31m"]);
    }
}
