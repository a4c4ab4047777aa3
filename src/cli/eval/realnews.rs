//! Real news: `realnews_dev.json`, real articles labelled claim by claim
//! against LABELS.md by people who never saw claimlens's output. Each article
//! is analysed alone and every gold claim is paired with the predicted claim
//! overlapping it most.
//!
//! Source words match when the predicted source and the gold source contain
//! one another on word boundaries ("Clinton" and "Former President Bill
//! Clinton"). Where the gold resolves a pronoun ("he said") to a name, the
//! predicted source must carry that name. Claims whose gold source is a bare
//! pronoun, or that have no gold source words, are not counted.

use std::collections::BTreeMap;
use std::path::Path;

use claimlens::{Document, OffsetUnit, Options, Span};
use serde::{Deserialize, Serialize};

use super::fixtures::{locate, most_overlapping, snippet, Gold};
use super::ratio::Ratio;
use super::subjectivity::{scores, Confusion, Scores};
use crate::cli::error::CliError;

pub const FILE: &str = "realnews_dev.json";

#[derive(Deserialize)]
struct Data {
    articles: Vec<RealArticle>,
}

#[derive(Deserialize)]
struct RealArticle {
    doc: String,
    text: String,
    article_kind: String,
    #[serde(flatten)]
    gold: Gold,
}

/// The real-news section of the report.
#[derive(Serialize)]
pub struct RealNews {
    pub path: String,
    pub articles: Vec<ArticleFigures>,
    pub total: Figures,
    /// Stance with opinion as the positive class.
    pub stance: Scores,
    /// Gold kind → predicted kind → claims.
    pub kinds: BTreeMap<String, BTreeMap<String, usize>>,
    /// With `--verbose`: every disagreement, article by article.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub disagreements: Vec<Disagreement>,
}

#[derive(Serialize)]
pub struct ArticleFigures {
    pub doc: String,
    pub gold_kind: String,
    pub predicted_kind: Option<String>,
    pub figures: Figures,
    /// Gold claims not found in the text, or text no gold item covers.
    pub gold_problems: Vec<String>,
}

#[derive(Clone, Copy, Default, Serialize)]
pub struct Figures {
    /// Gold claims that some predicted claim overlaps.
    pub claims_found: Ratio,
    /// Gold claims a predicted claim matches exactly.
    pub exact_boundaries: Ratio,
    /// Paired gold claims whose predicted attribution kind is the gold's.
    pub attribution: Ratio,
    /// Paired gold claims with source words (not a bare pronoun) whose
    /// predicted source words and the gold's contain one another.
    pub source_words: Ratio,
    /// Paired gold claims whose predicted stance is the gold's.
    pub stance: Ratio,
    /// Pairs of claims of one article whose gold sources name the same
    /// person or body (see [`same_source_pairs`]) that share one predicted
    /// `source_id`.
    pub same_source: Ratio,
    /// Articles whose predicted kind (of the article overlapping most) is the gold's.
    pub article_kinds: Ratio,
}

impl RealNews {
    /// A report on the data at `path` before any article is scored.
    fn empty(path: String) -> Self {
        RealNews {
            path,
            articles: Vec::new(),
            total: Figures::default(),
            stance: scores("all", Confusion::default(), 0),
            kinds: BTreeMap::new(),
            disagreements: Vec::new(),
        }
    }
}

impl Figures {
    fn add(&mut self, o: &Figures) {
        self.claims_found.add(o.claims_found);
        self.exact_boundaries.add(o.exact_boundaries);
        self.attribution.add(o.attribution);
        self.source_words.add(o.source_words);
        self.stance.add(o.stance);
        self.same_source.add(o.same_source);
        self.article_kinds.add(o.article_kinds);
    }
}

#[derive(Serialize)]
pub struct Disagreement {
    pub doc: String,
    /// attribution, source or stance.
    pub what: &'static str,
    pub gold: String,
    pub predicted: String,
    pub text: String,
}

pub fn evaluate(dir: &Path, verbose: bool) -> Result<RealNews, CliError> {
    let path = dir.join(FILE);
    let data: Data = serde_json::from_str(&super::read_text(&path)?)
        .map_err(|e| CliError::Data(format!("{}: malformed data: {e}", path.display())))?;
    let mut report = RealNews::empty(path.display().to_string());
    let mut confusion = Confusion::default();
    for article in &data.articles {
        let doc = crate::cli::panic::catch(|| {
            claimlens::analyze(
                &article.text,
                &Options {
                    offset_unit: OffsetUnit::Utf8,
                },
            )
        })
        .map_err(|m| format!("{}: {m}", article.doc))
        .and_then(|r| r.map_err(|e| format!("{}: {e}", article.doc)))
        .map_err(CliError::Data)?;
        let figures = score(article, &doc, &mut report, &mut confusion, verbose);
        report.total.add(&figures.figures);
        report.articles.push(figures);
    }
    report.stance = scores("all", confusion, 0);
    Ok(report)
}

fn score(
    article: &RealArticle,
    doc: &Document,
    report: &mut RealNews,
    confusion: &mut Confusion,
    verbose: bool,
) -> ArticleFigures {
    let located = locate(&article.text, &article.gold);
    let predicted: Vec<Span> = doc
        .claims
        .iter()
        .map(|c| Span::new(c.start, c.end))
        .collect();
    let mut f = Figures::default();
    let mut sourced: Vec<(usize, &str, Option<usize>)> = Vec::new();
    let mut disagree = |what, gold: String, predicted: String, text: &str| {
        if verbose {
            report.disagreements.push(Disagreement {
                doc: article.doc.clone(),
                what,
                gold,
                predicted,
                text: snippet(text),
            });
        }
    };
    for (g, at) in article.gold.claims.iter().zip(&located.claims) {
        let Some(at) = *at else { continue };
        let paired = most_overlapping(at, &predicted).map(|i| &doc.claims[i]);
        f.claims_found.count(paired.is_some());
        f.exact_boundaries.count(predicted.contains(&at));
        let Some(p) = paired else { continue };
        let a = &p.attribution;
        let source = a.source.as_ref().map(|s| s.text.as_str());
        f.attribution.count(a.kind == g.attribution);
        *report
            .kinds
            .entry(g.attribution.clone())
            .or_default()
            .entry(a.kind.to_string())
            .or_default() += 1;
        let shown = |kind: &str, source: Option<&str>| match source {
            Some(s) => format!("{kind} ({})", snippet(s)),
            None => kind.to_string(),
        };
        if a.kind != g.attribution {
            disagree(
                "attribution",
                shown(&g.attribution, g.source.as_deref()),
                shown(&a.kind, source),
                &g.text,
            );
        }
        if let Some(gold_source) = g
            .source
            .as_deref()
            .filter(|s| g.attribution != "unattributed" && !is_bare_pronoun(s))
        {
            sourced.push((0, gold_source, a.source_id));
            let hit = source.is_some_and(|s| contain_one_another(s, gold_source));
            f.source_words.count(hit);
            if !hit {
                disagree(
                    "source",
                    snippet(gold_source),
                    source.map_or("none".to_string(), snippet),
                    &g.text,
                );
            }
        }
        f.stance.count(p.stance.kind == g.stance);
        confusion.add(g.stance == "opinion", p.stance.kind == "opinion");
        if p.stance.kind != g.stance {
            disagree(
                "stance",
                g.stance.clone(),
                p.stance.kind.to_string(),
                &g.text,
            );
        }
    }
    f.same_source = same_source_pairs(&sourced);
    // The gold article runs over the whole text; its pair is the predicted
    // article covering most of it.
    let articles: Vec<Span> = doc
        .articles
        .iter()
        .map(|a| Span::new(a.start, a.end))
        .collect();
    let predicted_kind = most_overlapping(Span::new(0, article.text.len()), &articles)
        .map(|i| doc.articles[i].kind.to_string());
    f.article_kinds
        .count(predicted_kind.as_deref() == Some(article.article_kind.as_str()));
    ArticleFigures {
        doc: article.doc.clone(),
        gold_kind: article.article_kind.clone(),
        predicted_kind,
        figures: f,
        gold_problems: located.problems,
    }
}

/// Of the pairs of gold claims in one article (the first of each triple)
/// whose gold source words contain one another ("Clinton", "Former
/// President Bill Clinton"), how many share one predicted source id (the
/// third). A crude reading of "the same person": two gold sources such as
/// "Hillary Clinton" and "Clinton" count as one.
pub fn same_source_pairs(claims: &[(usize, &str, Option<usize>)]) -> Ratio {
    let mut r = Ratio::default();
    for (i, a) in claims.iter().enumerate() {
        for b in &claims[i + 1..] {
            if a.0 == b.0 && contain_one_another(a.1, b.1) {
                r.count(a.2.is_some() && a.2 == b.2);
            }
        }
    }
    r
}

/// The pairs [`same_source_pairs`] counts that do not share one id, as
/// indices into `claims`.
pub fn same_source_misses(claims: &[(usize, &str, Option<usize>)]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (i, a) in claims.iter().enumerate() {
        for (j, b) in claims.iter().enumerate().skip(i + 1) {
            if a.0 == b.0 && contain_one_another(a.1, b.1) && !(a.2.is_some() && a.2 == b.2) {
                out.push((i, j));
            }
        }
    }
    out
}

/// "he", "She", "they": a source that names no one by itself.
pub fn is_bare_pronoun(s: &str) -> bool {
    const PRONOUNS: [&str; 10] = [
        "he", "she", "they", "it", "we", "i", "you", "him", "her", "them",
    ];
    PRONOUNS.iter().any(|p| s.trim().eq_ignore_ascii_case(p))
}

/// The words of `s`, lower-cased: runs of letters and digits (an apostrophe
/// inside a word stays in it).
fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .map(|w| w.trim_matches(|c| c == '\'' || c == '’').to_lowercase())
        .filter(|w| !w.is_empty())
        .collect()
}

/// Whether one's words are a run of the other's words.
pub fn contain_one_another(a: &str, b: &str) -> bool {
    let (a, b) = (words(a), words(b));
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    !short.is_empty() && long.windows(short.len()).any(|w| w == short.as_slice())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_words_contain_one_another_on_word_boundaries() {
        assert!(contain_one_another(
            "Clinton",
            "Former President Bill Clinton"
        ));
        assert!(contain_one_another(
            "the former president",
            "The former president"
        ));
        assert!(contain_one_another("Gov. Mike Pence (R-IN)", "Mike Pence"));
        assert!(!contain_one_another("he", "Clinton"));
        assert!(!contain_one_another("Clint", "Clinton"));
        assert!(!contain_one_another("Hillary Clinton", "Bill Clinton"));
        assert!(!contain_one_another("", "Clinton"));
    }

    #[test]
    fn same_source_pairs_are_counted_within_an_article() {
        let claims = [
            (0, "Bill Clinton", Some(1)),
            (0, "Clinton", Some(1)),
            (0, "the mayor", Some(2)),
            (0, "Clinton", None),
            (1, "Clinton", Some(1)),
        ];
        // Three pairs name Clinton in article 0; one shares an id.
        assert_eq!(same_source_pairs(&claims), Ratio::new(1, 3));
    }

    #[test]
    fn bare_pronouns_are_not_counted() {
        assert!(is_bare_pronoun(" He"));
        assert!(!is_bare_pronoun("He and his aides"));
    }

    #[test]
    fn scores_an_invented_article() {
        let data: Data = serde_json::from_str(
            r#"{"articles": [{"doc": "x", "article_kind": "reporting",
                "text": "Rain Falls\n\nThe mayor, Ann Ode, said the dam held. It will hold, she said. Awful news.",
                "skipped": [{"text": "Rain Falls", "reason": "headline"}],
                "claims": [
                  {"text": "The mayor, Ann Ode, said the dam held.", "attribution": "official",
                   "source": "The mayor, Ann Ode", "cue": "said", "stance": "reporting"},
                  {"text": "It will hold, she said.", "attribution": "official",
                   "source": "Ann Ode", "cue": "said", "stance": "reporting"},
                  {"text": "Awful news.", "attribution": "unattributed", "source": null,
                   "cue": null, "stance": "opinion"}]}]}"#,
        )
        .unwrap();
        let article = &data.articles[0];
        let doc = claimlens::analyze(&article.text, &Options::default()).unwrap();
        let mut report = RealNews::empty(String::new());
        let mut confusion = Confusion::default();
        let a = score(article, &doc, &mut report, &mut confusion, true);
        assert!(a.gold_problems.is_empty(), "{:?}", a.gold_problems);
        assert_eq!(a.figures.claims_found, Ratio::new(3, 3));
        assert_eq!(a.figures.source_words.of, 2);
        assert_eq!(a.figures.stance.of, 3);
        assert_eq!(a.figures.same_source, Ratio::new(1, 1));
    }
}
