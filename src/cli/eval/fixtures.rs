//! The seed fixtures: every `<name>.gold.json` with `<name>.txt` beside it
//! (format in GOLD_FORMAT.md), compared with the analysis of the text.
//!
//! Character figures count non-blank characters, so that a line break left
//! between two predicted items never counts against them.

use std::path::{Path, PathBuf};

use claimlens::text::is_blank;
use claimlens::{Document, OffsetUnit, Options, Span};
use serde::{Deserialize, Serialize};

use super::ratio::Ratio;
use crate::cli::error::CliError;

#[derive(Deserialize)]
pub(super) struct Gold {
    #[serde(default)]
    articles: Vec<GoldArticle>,
    #[serde(default)]
    pub(super) skipped: Vec<GoldSkipped>,
    #[serde(default)]
    pub(super) claims: Vec<GoldClaim>,
}

#[derive(Deserialize)]
struct GoldArticle {
    #[serde(default)]
    headline: Option<String>,
    kind: String,
}

#[derive(Deserialize)]
pub(super) struct GoldSkipped {
    text: String,
    reason: String,
}

#[derive(Deserialize)]
pub(super) struct GoldClaim {
    pub(super) text: String,
    #[serde(default)]
    article: usize,
    pub(super) attribution: String,
    #[serde(default)]
    pub(super) source: Option<String>,
    pub(super) stance: String,
}

/// The seeds section of the report.
#[derive(Serialize)]
pub struct Seeds {
    pub dir: String,
    pub files: Vec<SeedFile>,
    pub total: Figures,
    /// Gold files that could not be used, and why.
    pub notes: Vec<String>,
}

#[derive(Serialize)]
pub struct SeedFile {
    pub file: String,
    pub figures: Figures,
    pub gold_articles: Vec<ArticleLabel>,
    pub predicted_articles: Vec<ArticleLabel>,
    /// Gold items not found in the text, or text that no gold item covers.
    pub gold_problems: Vec<String>,
    /// With `--verbose`: every disagreement, in text order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub disagreements: Vec<Disagreement>,
}

#[derive(Serialize)]
pub struct ArticleLabel {
    pub headline: Option<String>,
    pub kind: String,
}

/// The agreement figures of one file or of all of them.
#[derive(Clone, Copy, Default, Serialize)]
pub struct Figures {
    /// Gold skipped characters covered by predicted skipped items.
    pub furniture_recall: Ratio,
    /// Predicted skipped characters that are gold skipped characters.
    pub furniture_precision: Ratio,
    /// Gold skipped items whose most-overlapping predicted skipped item has the same reason.
    pub reason_agreement: Ratio,
    /// Gold claim characters covered by predicted claims: no body sentence lost.
    pub body_preservation: Ratio,
    /// Gold claims that a predicted claim matches exactly (same start and end).
    pub exact_boundaries: Ratio,
    /// Gold claims whose most-overlapping predicted claim has the same attribution kind.
    pub attribution_accuracy: Ratio,
    /// Paired gold claims with source words (not a bare pronoun) whose
    /// predicted source words and the gold's contain one another, as in the
    /// real-news section.
    pub source_words: Ratio,
    /// Gold claims whose most-overlapping predicted claim has the same stance.
    pub stance_accuracy: Ratio,
    /// Gold articles whose most-overlapping predicted article has the same kind.
    pub article_kinds: Ratio,
    /// Gold headlines found exactly as the paired predicted article's headline.
    pub headlines: Ratio,
    /// Pairs of claims of one article whose gold sources name the same
    /// source that share one predicted `source_id`.
    pub same_source: Ratio,
    pub gold_articles: usize,
    pub predicted_articles: usize,
    pub gold_claims: usize,
    pub predicted_claims: usize,
    pub gold_skipped: usize,
    pub predicted_skipped: usize,
}

impl Figures {
    fn add(&mut self, o: &Figures) {
        for (a, b) in [
            (&mut self.furniture_recall, o.furniture_recall),
            (&mut self.furniture_precision, o.furniture_precision),
            (&mut self.reason_agreement, o.reason_agreement),
            (&mut self.body_preservation, o.body_preservation),
            (&mut self.exact_boundaries, o.exact_boundaries),
            (&mut self.attribution_accuracy, o.attribution_accuracy),
            (&mut self.source_words, o.source_words),
            (&mut self.stance_accuracy, o.stance_accuracy),
            (&mut self.article_kinds, o.article_kinds),
            (&mut self.headlines, o.headlines),
            (&mut self.same_source, o.same_source),
        ] {
            a.add(b);
        }
        self.gold_articles += o.gold_articles;
        self.predicted_articles += o.predicted_articles;
        self.gold_claims += o.gold_claims;
        self.predicted_claims += o.predicted_claims;
        self.gold_skipped += o.gold_skipped;
        self.predicted_skipped += o.predicted_skipped;
    }
}

/// One disagreement between gold and prediction, for a developer to work through.
#[derive(Serialize)]
pub struct Disagreement {
    /// Line of the text where the gold item starts.
    pub line: usize,
    /// furniture, reason, body, boundary, attribution, stance or article.
    pub what: &'static str,
    pub gold: String,
    pub predicted: String,
    /// The gold item's text, shortened.
    pub text: String,
}

pub fn evaluate(dir: &Path, verbose: bool) -> Result<Seeds, CliError> {
    if !dir.is_dir() {
        return Err(CliError::NoInput(format!(
            "cannot read the fixtures directory {}: no such directory",
            dir.display()
        )));
    }
    let mut golds = Vec::new();
    find_gold(dir, &mut golds)?;
    golds.sort();
    let mut seeds = Seeds {
        dir: dir.display().to_string(),
        files: Vec::new(),
        total: Figures::default(),
        notes: Vec::new(),
    };
    for gold_path in golds {
        let name = gold_path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let stem = name.trim_end_matches(".gold.json");
        let text_path = gold_path.with_file_name(format!("{stem}.txt"));
        if !text_path.is_file() {
            seeds.notes.push(format!(
                "{}: no {stem}.txt beside it, skipped",
                gold_path.display()
            ));
            continue;
        }
        let text = super::read_text(&text_path)?;
        let gold: Gold = serde_json::from_str(&super::read_text(&gold_path)?).map_err(|e| {
            CliError::Data(format!("{}: malformed gold file: {e}", gold_path.display()))
        })?;
        let doc = crate::cli::panic::catch(|| {
            claimlens::analyze(
                &text,
                &Options {
                    offset_unit: OffsetUnit::Utf8,
                },
            )
        })
        .map_err(|m| format!("{}: {m}", text_path.display()))
        .and_then(|r| r.map_err(|e| format!("{}: {e}", text_path.display())))
        .map_err(CliError::Data)?;
        let file = score(stem, &text, &gold, &doc, verbose);
        seeds.total.add(&file.figures);
        seeds.files.push(file);
    }
    Ok(seeds)
}

fn find_gold(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), CliError> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| CliError::NoInput(format!("cannot read {}: {e}", dir.display())))?;
    for entry in entries {
        let path = entry
            .map_err(|e| CliError::NoInput(format!("cannot read {}: {e}", dir.display())))?
            .path();
        if path.is_dir() {
            find_gold(&path, out)?;
        } else if path.to_str().is_some_and(|p| p.ends_with(".gold.json")) {
            out.push(path);
        }
    }
    Ok(())
}

/// Where each gold item lies in the text, and what did not fit.
pub(super) struct Located {
    skipped: Vec<Option<Span>>,
    pub(super) claims: Vec<Option<Span>>,
    pub(super) problems: Vec<String>,
}

/// Finds the gold items in the text. Both lists are in text order and
/// together cover the text, so the next item is whichever of the two next
/// candidates occurs first after the previous item: a repeated line thus
/// matches its occurrences in order.
pub(super) fn locate(text: &str, gold: &Gold) -> Located {
    let mut located = Located {
        skipped: Vec::new(),
        claims: Vec::new(),
        problems: Vec::new(),
    };
    let (mut i, mut j, mut at) = (0, 0, 0);
    let find = |needle: &str, from: usize| -> Option<Span> {
        if needle.is_empty() {
            return None;
        }
        text[from..]
            .find(needle)
            .map(|s| Span::new(from + s, from + s + needle.len()))
    };
    while i < gold.skipped.len() || j < gold.claims.len() {
        let s = gold
            .skipped
            .get(i)
            .map(|g| (g.text.as_str(), find(&g.text, at)));
        let c = gold
            .claims
            .get(j)
            .map(|g| (g.text.as_str(), find(&g.text, at)));
        let take_skipped = match (s, c) {
            (Some((_, Some(a))), Some((_, Some(b)))) => a.start <= b.start,
            (Some((_, Some(_))), _) => true,
            (_, Some((_, Some(_)))) => false,
            // Neither found: drop the one that is missing, skipped first.
            (Some(_), _) => true,
            (None, _) => false,
        };
        let (found, what, item) = if take_skipped {
            let (t, f) = s.unwrap_or_default();
            i += 1;
            located.skipped.push(f);
            (f, "skipped item", t)
        } else {
            let (t, f) = c.unwrap_or_default();
            j += 1;
            located.claims.push(f);
            (f, "claim", t)
        };
        match found {
            Some(span) => {
                let gap = &text[at..span.start];
                if !gap.chars().all(is_blank) {
                    located.problems.push(format!(
                        "text no gold item covers before the {what} {}: {}",
                        snippet(item),
                        snippet(gap.trim())
                    ));
                }
                at = span.end;
            }
            None => located.problems.push(format!(
                "gold {what} not found in the text: {}",
                snippet(item)
            )),
        }
    }
    if !text[at..].chars().all(is_blank) {
        located.problems.push(format!(
            "text no gold item covers at the end: {}",
            snippet(text[at..].trim())
        ));
    }
    located
}

/// Scores one file. `doc` must have UTF-8 offsets.
fn score(name: &str, text: &str, gold: &Gold, doc: &Document, verbose: bool) -> SeedFile {
    let located = locate(text, gold);
    let line_of = |byte: usize| text[..byte].matches('\n').count() + 1;
    let span = |start: usize, end: usize| Span::new(start, end);
    let predicted_claims: Vec<Span> = doc.claims.iter().map(|c| span(c.start, c.end)).collect();
    let predicted_skipped: Vec<Span> = doc.skipped.iter().map(|s| span(s.start, s.end)).collect();

    // Per byte: covered by a gold skipped item, a predicted skipped item, a predicted claim.
    const GOLD_SKIP: u8 = 1;
    const PRED_SKIP: u8 = 2;
    const PRED_CLAIM: u8 = 4;
    let mut marks = vec![0u8; text.len()];
    let mut mark = |s: Span, flag: u8| {
        let end = s.end.min(marks.len());
        marks[s.start.min(end)..end]
            .iter_mut()
            .for_each(|m| *m |= flag);
    };
    located
        .skipped
        .iter()
        .flatten()
        .for_each(|&s| mark(s, GOLD_SKIP));
    predicted_skipped.iter().for_each(|&s| mark(s, PRED_SKIP));
    predicted_claims.iter().for_each(|&s| mark(s, PRED_CLAIM));
    // Non-blank characters of `s`, and how many carry `flag`.
    let coverage = |s: Span, flag: u8| {
        let mut r = Ratio::default();
        for (at, c) in s.of(text).char_indices() {
            if !is_blank(c) {
                r.count(marks[s.start + at] & flag != 0);
            }
        }
        r
    };

    let mut f = Figures {
        gold_articles: gold.articles.len(),
        predicted_articles: doc.articles.len(),
        gold_claims: gold.claims.len(),
        predicted_claims: doc.claims.len(),
        gold_skipped: gold.skipped.len(),
        predicted_skipped: doc.skipped.len(),
        ..Figures::default()
    };
    let mut out = Vec::new();
    let mut disagree = |at: usize, what, gold: String, predicted: String, item: &str| {
        if verbose {
            out.push(Disagreement {
                line: line_of(at),
                what,
                gold,
                predicted,
                text: snippet(item),
            });
        }
    };
    // What the prediction made of a gold span: the reasons or kinds over it.
    let predicted_over = |s: Span| -> String {
        let mut parts: Vec<String> = Vec::new();
        for p in &doc.skipped {
            if span(p.start, p.end).overlaps(s) {
                parts.push(format!("skipped as {}", p.reason));
            }
        }
        for p in &doc.claims {
            if span(p.start, p.end).overlaps(s) {
                parts.push(format!("claim {}", p.index + 1));
            }
        }
        if parts.is_empty() {
            "nothing".to_string()
        } else {
            parts.dedup();
            parts.join(", ")
        }
    };

    for &p in &predicted_skipped {
        f.furniture_precision.add(coverage(p, GOLD_SKIP));
    }
    for (g, s) in gold.skipped.iter().zip(&located.skipped) {
        let Some(s) = *s else { continue };
        let covered = coverage(s, PRED_SKIP);
        f.furniture_recall.add(covered);
        if covered.n < covered.of {
            disagree(
                s.start,
                "furniture",
                format!("skipped as {}", g.reason),
                predicted_over(s),
                &g.text,
            );
        }
        if let Some(p) = most_overlapping(s, &predicted_skipped) {
            let reason = &doc.skipped[p].reason;
            f.reason_agreement.count(*reason == g.reason);
            if *reason != g.reason {
                disagree(
                    s.start,
                    "reason",
                    g.reason.clone(),
                    reason.to_string(),
                    &g.text,
                );
            }
        }
    }
    let exact: std::collections::HashSet<Span> = predicted_claims.iter().copied().collect();
    let mut sourced: Vec<(usize, &str, Option<usize>)> = Vec::new();
    // Beside each of `sourced`: where the gold claim starts, the predicted
    // source words and the claim, to list the pairs that miss one id.
    let mut sourced_at: Vec<(usize, Option<&str>, &str)> = Vec::new();
    for (g, s) in gold.claims.iter().zip(&located.claims) {
        let Some(s) = *s else { continue };
        let covered = coverage(s, PRED_CLAIM);
        f.body_preservation.add(covered);
        if covered.n < covered.of {
            disagree(
                s.start,
                "body",
                "claim".to_string(),
                predicted_over(s),
                &g.text,
            );
        }
        let is_exact = exact.contains(&s);
        f.exact_boundaries.count(is_exact);
        let paired = most_overlapping(s, &predicted_claims).map(|p| &doc.claims[p]);
        if !is_exact {
            let predicted = match paired {
                Some(p) => format!("claim {}: {}", p.index + 1, snippet(&p.text)),
                None => predicted_over(s),
            };
            disagree(
                s.start,
                "boundary",
                "exact claim".to_string(),
                predicted,
                &g.text,
            );
        }
        let Some(p) = paired else { continue };
        let predicted_source = p.attribution.source.as_ref().map(|s| s.text.as_str());
        if let Some(source) = g.source.as_deref() {
            if g.attribution != "unattributed" && !super::realnews::is_bare_pronoun(source) {
                sourced.push((g.article, source, p.attribution.source_id));
                sourced_at.push((s.start, predicted_source, &g.text));
                let hit = predicted_source
                    .is_some_and(|s| super::realnews::contain_one_another(s, source));
                f.source_words.count(hit);
                if !hit {
                    disagree(
                        s.start,
                        "source",
                        snippet(source),
                        predicted_source.map_or("none".to_string(), snippet),
                        &g.text,
                    );
                }
            }
        }
        let kind = &p.attribution.kind;
        f.attribution_accuracy.count(*kind == g.attribution);
        if *kind != g.attribution {
            let source =
                |s: Option<&str>| s.map(|s| format!(" ({})", snippet(s))).unwrap_or_default();
            disagree(
                s.start,
                "attribution",
                format!("{}{}", g.attribution, source(g.source.as_deref())),
                format!(
                    "{kind}{}",
                    source(p.attribution.source.as_ref().map(|s| s.text.as_str()))
                ),
                &g.text,
            );
        }
        f.stance_accuracy.count(p.stance.kind == g.stance);
        if p.stance.kind != g.stance {
            disagree(
                s.start,
                "stance",
                g.stance.clone(),
                p.stance.kind.to_string(),
                &g.text,
            );
        }
    }

    f.same_source = super::realnews::same_source_pairs(&sourced);
    for (i, j) in super::realnews::same_source_misses(&sourced) {
        let side = |k: usize| {
            let id = sourced[k].2.map_or("-".to_string(), |n| n.to_string());
            let words = sourced_at[k].1.map_or("none".to_string(), snippet);
            format!("#{id} {words}")
        };
        disagree(
            sourced_at[j].0,
            "one source",
            format!(
                "{} / {} (after: {})",
                snippet(sourced[i].1),
                snippet(sourced[j].1),
                snippet(sourced_at[i].2)
            ),
            format!("{} / {}", side(i), side(j)),
            sourced_at[j].2,
        );
    }
    // A gold article runs from its first claim to its last.
    let predicted_articles: Vec<Span> = doc.articles.iter().map(|a| span(a.start, a.end)).collect();
    for (index, g) in gold.articles.iter().enumerate() {
        let claims = gold
            .claims
            .iter()
            .zip(&located.claims)
            .filter(|(c, _)| c.article == index);
        let spans: Vec<Span> = claims.filter_map(|(_, s)| *s).collect();
        let extent = match (spans.first(), spans.last()) {
            (Some(a), Some(b)) => Some(span(a.start, b.end)),
            _ => None,
        };
        let paired = extent
            .and_then(|e| most_overlapping(e, &predicted_articles))
            .map(|p| &doc.articles[p]);
        let at = extent.map_or(0, |e| e.start);
        let label = g.headline.as_deref().unwrap_or("(no headline)");
        f.article_kinds
            .count(paired.is_some_and(|p| p.kind == g.kind));
        match paired {
            Some(p) if p.kind != g.kind => disagree(
                at,
                "article",
                format!("kind {}", g.kind),
                format!("kind {}", p.kind),
                label,
            ),
            None => disagree(
                at,
                "article",
                format!("kind {}", g.kind),
                "no article".to_string(),
                label,
            ),
            _ => {}
        }
        if let Some(h) = &g.headline {
            let found = paired
                .and_then(|p| p.headline.as_ref())
                .map(|h| h.text.trim());
            f.headlines.count(found == Some(h.trim()));
            if found != Some(h.trim()) {
                disagree(
                    at,
                    "headline",
                    snippet(h),
                    found.map_or("none".to_string(), snippet),
                    label,
                );
            }
        }
    }
    out.sort_by_key(|d| d.line);

    SeedFile {
        file: name.to_string(),
        figures: f,
        gold_articles: gold
            .articles
            .iter()
            .map(|a| ArticleLabel {
                headline: a.headline.clone(),
                kind: a.kind.clone(),
            })
            .collect(),
        predicted_articles: doc
            .articles
            .iter()
            .map(|a| ArticleLabel {
                headline: a.headline.as_ref().map(|h| h.text.clone()),
                kind: a.kind.to_string(),
            })
            .collect(),
        gold_problems: located.problems,
        disagreements: out,
    }
}

/// The index of the span of `candidates` overlapping `s` most (the first on a
/// tie), if any overlaps it.
pub(super) fn most_overlapping(s: Span, candidates: &[Span]) -> Option<usize> {
    let overlap = |c: &Span| c.end.min(s.end).saturating_sub(c.start.max(s.start));
    candidates
        .iter()
        .enumerate()
        .map(|(i, c)| (overlap(c), i))
        .filter(|&(o, _)| o > 0)
        .max_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)))
        .map(|(_, i)| i)
}

/// The start of `text` on one line, at most 70 characters.
pub(super) fn snippet(text: &str) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= 70 {
        flat
    } else {
        format!("{}…", flat.chars().take(69).collect::<String>())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn most_overlapping_prefers_largest_then_first() {
        let c = [Span::new(0, 5), Span::new(5, 20), Span::new(18, 30)];
        assert_eq!(most_overlapping(Span::new(3, 19), &c), Some(1));
        assert_eq!(most_overlapping(Span::new(30, 40), &c), None);
        assert_eq!(most_overlapping(Span::new(4, 6), &c), Some(0));
    }

    #[test]
    fn repeated_lines_match_in_order() {
        let text = "HEAD\n\nHEAD\n\nBody one. Body two.\n";
        let gold: Gold = serde_json::from_str(
            r#"{"articles": [], "skipped": [{"text": "HEAD", "reason": "headline"},
                {"text": "HEAD", "reason": "duplicate"}],
               "claims": [{"text": "Body one.", "attribution": "unattributed", "stance": "reporting"},
                {"text": "Body two.", "attribution": "unattributed", "stance": "reporting"}]}"#,
        )
        .unwrap();
        let l = locate(text, &gold);
        assert_eq!(l.skipped, [Some(Span::new(0, 4)), Some(Span::new(6, 10))]);
        assert_eq!(l.claims, [Some(Span::new(12, 21)), Some(Span::new(22, 31))]);
        assert!(l.problems.is_empty(), "{:?}", l.problems);
    }

    #[test]
    fn reports_missing_and_uncovered_text() {
        let text = "A. B. C.";
        let gold: Gold = serde_json::from_str(
            r#"{"claims": [{"text": "A.", "attribution": "named", "stance": "reporting"},
                {"text": "X.", "attribution": "named", "stance": "reporting"}]}"#,
        )
        .unwrap();
        let l = locate(text, &gold);
        assert_eq!(l.claims, [Some(Span::new(0, 2)), None]);
        assert_eq!(l.problems.len(), 2, "{:?}", l.problems);
    }
}
