//! The evaluation report as text, for a person.

use std::io::{self, Write};

use super::fixtures::{Figures, Seeds};
use super::golden::Golden;
use super::ratio::Ratio;
use super::subjectivity::{Scores, Subjectivity};
use super::Report;

pub fn write(out: &mut impl Write, report: &Report, verbose: bool) -> io::Result<()> {
    writeln!(out, "claimlens evaluation")?;
    if let Some(g) = &report.golden {
        golden(out, g, verbose)?;
    }
    if let Some(s) = &report.subjectivity {
        subjectivity(out, s)?;
    }
    if let Some(s) = &report.seeds {
        seeds(out, s, verbose)?;
    }
    if let Some(p) = &report.pages {
        super::pages::write(out, p, verbose)?;
    }
    Ok(())
}

fn golden(out: &mut impl Write, g: &Golden, verbose: bool) -> io::Result<()> {
    writeln!(
        out,
        "\n1. Golden Rules: exact sentence lists, whitespace runs folded ({})",
        g.path
    )?;
    writeln!(
        out,
        "   all rules     {:>6}  {:>6}   (pragmatic_segmenter 98.08%)",
        g.all.fraction(),
        g.all.percent()
    )?;
    writeln!(
        out,
        "   pySBD subset  {:>6}  {:>6}   (rules with pysbd_id; pySBD 97.92%)",
        g.pysbd.fraction(),
        g.pysbd.percent()
    )?;
    let failing: Vec<String> = g.failing.iter().map(u32::to_string).collect();
    writeln!(
        out,
        "   failing rules: {}",
        if failing.is_empty() {
            "none".to_string()
        } else {
            failing.join(", ")
        }
    )?;
    if verbose {
        for f in &g.failures {
            writeln!(out, "   - rule {}: {}", f.id, f.rule)?;
            writeln!(
                out,
                "       expected {}",
                serde_json::to_string(&f.expected).unwrap_or_default()
            )?;
            writeln!(
                out,
                "       got      {}",
                serde_json::to_string(&f.got).unwrap_or_default()
            )?;
        }
    }
    Ok(())
}

fn subjectivity(out: &mut impl Write, s: &Subjectivity) -> io::Result<()> {
    writeln!(out, "\n2. Subjectivity: CheckThat! English, each sentence analysed alone; SUBJ = any opinion claim")?;
    writeln!(
        out,
        "   {:<30} {:>9}  {:>8}  {:>9}  {:>9}  {:>9}  {:>9}",
        "file", "sentences", "macro-F1", "SUBJ prec", "SUBJ rec", "OBJ prec", "OBJ rec"
    )?;
    let row = |out: &mut dyn Write, sc: &Scores| {
        writeln!(
            out,
            "   {:<30} {:>9}  {:>8.4}  {:>9.3}  {:>9.3}  {:>9.3}  {:>9.3}{}",
            sc.file,
            sc.sentences,
            sc.macro_f1,
            sc.subj.precision,
            sc.subj.recall,
            sc.obj.precision,
            sc.obj.recall,
            if sc.analysis_errors > 0 {
                format!("  ({} refused)", sc.analysis_errors)
            } else {
                String::new()
            }
        )
    };
    for f in &s.files {
        row(out, f)?;
    }
    row(out, &s.all)?;
    writeln!(
        out,
        "   reference macro-F1: logistic regression over embeddings {}, best system {}; target {}",
        s.reference.logistic_regression_over_embeddings,
        s.reference.best_system,
        s.reference.target
    )
}

fn seeds(out: &mut impl Write, s: &Seeds, verbose: bool) -> io::Result<()> {
    writeln!(
        out,
        "\n3. Seeds: gold fixtures under {} ({} files)",
        s.dir,
        s.files.len()
    )?;
    for note in &s.notes {
        writeln!(out, "   note: {note}")?;
    }
    if s.files.is_empty() {
        return writeln!(out, "   no <name>.gold.json with <name>.txt beside it");
    }
    let name_width = s
        .files
        .iter()
        .map(|f| f.file.chars().count())
        .max()
        .unwrap_or(5)
        .max(5);
    let header = [
        "furn.rec",
        "furn.prec",
        "reasons",
        "body",
        "bounds",
        "attrib",
        "stance",
        "articles",
        "kinds",
        "headlines",
    ];
    write!(out, "   {:<name_width$}", "file")?;
    for h in header {
        write!(out, "  {h:>9}")?;
    }
    writeln!(out)?;
    let row = |out: &mut dyn Write, name: &str, f: &Figures| -> io::Result<()> {
        let cells = [
            f.furniture_recall.percent(),
            f.furniture_precision.percent(),
            f.reason_agreement.fraction(),
            f.body_preservation.percent(),
            f.exact_boundaries.fraction(),
            f.attribution_accuracy.fraction(),
            f.stance_accuracy.fraction(),
            format!("{}/{}", f.predicted_articles, f.gold_articles),
            f.article_kinds.fraction(),
            f.headlines.fraction(),
        ];
        write!(out, "   {name:<name_width$}")?;
        for c in cells {
            write!(out, "  {c:>9}")?;
        }
        writeln!(out)
    };
    for f in &s.files {
        row(out, &f.file, &f.figures)?;
    }
    row(out, "total", &s.total)?;
    let t = &s.total;
    writeln!(out)?;
    let line = |out: &mut dyn Write, what: &str, r: Ratio, of: &str| {
        writeln!(
            out,
            "   {what:<22} {:>7}  ({} of {of})",
            r.percent(),
            r.fraction()
        )
    };
    line(
        out,
        "furniture recall",
        t.furniture_recall,
        "gold skipped characters covered by predicted skipped items",
    )?;
    line(
        out,
        "furniture precision",
        t.furniture_precision,
        "predicted skipped characters that gold skips",
    )?;
    line(
        out,
        "reason agreement",
        t.reason_agreement,
        "gold skipped items paired with a predicted one",
    )?;
    line(
        out,
        "body preservation",
        t.body_preservation,
        "gold claim characters inside predicted claims",
    )?;
    line(
        out,
        "exact boundaries",
        t.exact_boundaries,
        "gold claims matched exactly",
    )?;
    line(
        out,
        "attribution accuracy",
        t.attribution_accuracy,
        "gold claims paired with a predicted claim",
    )?;
    line(
        out,
        "stance accuracy",
        t.stance_accuracy,
        "gold claims paired with a predicted claim",
    )?;
    line(out, "article kinds", t.article_kinds, "gold articles")?;
    writeln!(
        out,
        "   counts: gold {} claims, {} skipped, {} articles; predicted {} claims, {} skipped, {} articles",
        t.gold_claims, t.gold_skipped, t.gold_articles, t.predicted_claims, t.predicted_skipped, t.predicted_articles
    )?;
    for f in &s.files {
        let kinds = |labels: &[super::fixtures::ArticleLabel]| {
            labels
                .iter()
                .map(|a| a.kind.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        };
        writeln!(
            out,
            "   {}: article kinds gold [{}], predicted [{}]",
            f.file,
            kinds(&f.gold_articles),
            kinds(&f.predicted_articles)
        )?;
        for p in &f.gold_problems {
            writeln!(out, "     gold problem: {p}")?;
        }
    }
    if verbose {
        for f in &s.files {
            writeln!(
                out,
                "\n   disagreements in {} ({}):",
                f.file,
                f.disagreements.len()
            )?;
            for d in &f.disagreements {
                writeln!(
                    out,
                    "   line {:>4}  {:<11} gold: {} | predicted: {}\n              {}",
                    d.line, d.what, d.gold, d.predicted, d.text
                )?;
            }
        }
    }
    Ok(())
}
