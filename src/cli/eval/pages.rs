//! Real web pages, whole (`<data>/pages/*/`): does a page given as HTML
//! (`source.html`) or pasted as text (`paste.txt`) yield the article's
//! sentences as claims and nothing else? The article is what Mozilla
//! Readability extracts (`expected.html`); see the folder's README.
//!
//! - **Body recall:** the share of the article's sentences (30 characters
//!   or more, from its paragraphs, list items and quotes) found inside the
//!   claims.
//! - **Leak:** the share of claim characters in claims that are not
//!   article text.
//!
//! Text is compared with blanks folded and typographic quotes made
//! straight, so that the two extractions of one page compare equal.

use std::path::Path;

use claimlens::{BlockRole, Document, Options};
use serde::Serialize;

use super::ratio::Ratio;
use crate::cli::error::CliError;

/// The shortest article sentence counted for recall.
const SHORTEST_SENTENCE: usize = 30;

#[derive(Serialize)]
pub struct Pages {
    pub path: String,
    /// The pages given as HTML.
    pub html: Reading,
    /// The pages pasted as plain text.
    pub paste: Reading,
}

/// One way of reading every page: totals and each page's figures.
#[derive(Serialize, Default)]
pub struct Reading {
    pub recall: Ratio,
    /// Leaked claim characters out of all claim characters.
    pub leak: Ratio,
    pub pages: Vec<PageScore>,
}

#[derive(Serialize)]
pub struct PageScore {
    pub name: String,
    pub recall: Ratio,
    pub leak: Ratio,
    /// Article sentences not found in the claims (with --verbose).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub missed: Vec<String>,
    /// Claims that are not article text (with --verbose).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub leaked: Vec<String>,
}

pub fn evaluate(data: &Path, verbose: bool) -> Result<Pages, CliError> {
    let dir = data.join("pages");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .map_err(|e| CliError::NoInput(format!("cannot read {}: {e}", dir.display())))?
        .filter_map(Result::ok)
        .filter(|e| e.path().join("expected.html").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let mut report = Pages {
        path: dir.display().to_string(),
        html: Reading::default(),
        paste: Reading::default(),
    };
    let options = Options::default();
    for name in names {
        let page = dir.join(&name);
        let expected = super::read_text(&page.join("expected.html"))?;
        let article = Article::new(&expected);
        let html = super::read_text(&page.join("source.html"))?;
        let doc = claimlens::analyze_html(&html, &options)
            .map_err(|e| CliError::Data(format!("{name}/source.html: {e}")))?;
        report.html.add(article.score(&name, &doc, verbose));
        let paste = super::read_text(&page.join("paste.txt"))?;
        let doc = claimlens::analyze(&paste, &options)
            .map_err(|e| CliError::Data(format!("{name}/paste.txt: {e}")))?;
        report.paste.add(article.score(&name, &doc, verbose));
    }
    Ok(report)
}

impl Reading {
    fn add(&mut self, page: PageScore) {
        self.recall.add(page.recall);
        self.leak.add(page.leak);
        self.pages.push(page);
    }
}

/// The article as Readability extracted it.
struct Article {
    /// Its sentences of 30 characters or more, normalised.
    sentences: Vec<String>,
    /// All its text, normalised, blocks one space apart.
    text: String,
}

impl Article {
    fn new(expected: &str) -> Article {
        let page = claimlens::html::read(expected);
        let mut sentences = Vec::new();
        for block in &page.blocks {
            let prose = matches!(
                block.role,
                None | Some(BlockRole::ListItem | BlockRole::Quote)
            );
            if !prose {
                continue;
            }
            let s = block.span.of(&page.text);
            for span in claimlens::sentences(s) {
                let sentence = normal(span.of(s));
                if sentence.chars().count() >= SHORTEST_SENTENCE {
                    sentences.push(sentence);
                }
            }
        }
        let text = page
            .blocks
            .iter()
            .map(|b| normal(b.span.of(&page.text)))
            .collect::<Vec<_>>()
            .join(" ");
        Article { sentences, text }
    }

    fn score(&self, name: &str, doc: &Document, verbose: bool) -> PageScore {
        let claims: Vec<String> = doc.claims.iter().map(|c| normal(&c.text)).collect();
        let all = claims.join(" ");
        let mut recall = Ratio::default();
        let mut missed = Vec::new();
        for s in &self.sentences {
            let found = all.contains(s.as_str());
            recall.count(found);
            if !found && verbose {
                missed.push(s.clone());
            }
        }
        let mut leak = Ratio::default();
        let mut leaked = Vec::new();
        for c in &claims {
            let chars = c.chars().count();
            leak.of += chars;
            if !self.text.contains(c.as_str()) {
                leak.n += chars;
                if verbose {
                    leaked.push(c.clone());
                }
            }
        }
        PageScore {
            name: name.to_string(),
            recall,
            leak,
            missed,
            leaked,
        }
    }
}

/// Text with blank runs folded to one space, typographic quotes and dashes
/// made plain, invisible characters dropped.
fn normal(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        let c = match c {
            '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{2032}' => '\'',
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{2033}' => '"',
            '\u{2013}' | '\u{2014}' => '-',
            c => c,
        };
        if matches!(
            c,
            '\u{ad}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}'
        ) {
            continue;
        }
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(c);
    }
    out
}

/// The pages section of the text report.
pub fn write(out: &mut impl std::io::Write, p: &Pages, verbose: bool) -> std::io::Result<()> {
    writeln!(
        out,
        "\n5. Real pages, whole: article sentences kept, furniture leaked ({})",
        p.path
    )?;
    writeln!(out, "   {:<24} {:>16} {:>16}", "", "body recall", "leak")?;
    for (label, reading) in [("given as HTML", &p.html), ("pasted as text", &p.paste)] {
        let rate = |r: Ratio| r.rate().map_or("n/a".to_string(), |x| format!("{x:.3}"));
        writeln!(
            out,
            "   {label:<24} {:>16} {:>16}",
            rate(reading.recall),
            rate(reading.leak)
        )?;
        if verbose {
            for page in &reading.pages {
                writeln!(
                    out,
                    "     {:<22} {:>16} {:>16}",
                    page.name,
                    rate(page.recall),
                    rate(page.leak)
                )?;
                for s in &page.missed {
                    writeln!(out, "       missed: {s}")?;
                }
                for s in &page.leaked {
                    writeln!(out, "       leaked: {s}")?;
                }
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recall_and_leak_count_sentences_and_characters() {
        let article = Article::new(
            "<div><h2>Title</h2><p>The port is for sale, people familiar said on Monday. \
             Short one.</p><li>Talks could end this week, the minister told reporters.</li></div>",
        );
        assert_eq!(article.sentences.len(), 2);
        let doc = claimlens::analyze(
            "The port is for sale, people familiar said on Monday.\n\n\
             Harbour towns have long drawn visitors in the summer months.\n",
            &Options::default(),
        )
        .unwrap();
        let score = article.score("x", &doc, true);
        assert_eq!(score.recall, Ratio::new(1, 2));
        assert!(score.leak.n > 0 && score.leak.n < score.leak.of);
        assert_eq!(
            score.leaked,
            ["Harbour towns have long drawn visitors in the summer months."]
        );
    }

    #[test]
    fn typographic_marks_and_blanks_compare_plain() {
        assert_eq!(
            normal("  \u{201c}It\u{2019}s  \n fine\u{201d} \u{2014} ok "),
            "\"It's fine\" - ok"
        );
    }
}
