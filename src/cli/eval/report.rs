//! The evaluation report as text, for a person.

use std::io::{self, Write};

use super::fixtures::{Figures, Seeds};
use super::golden::Golden;
use super::ratio::Ratio;
use super::realnews::{Figures as RealFigures, RealNews};
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
    if let Some(r) = &report.realnews {
        realnews(out, r, verbose)?;
    }
    if let Some(p) = &report.pages {
        super::pages::write(out, p, verbose)?;
    }
    Ok(())
}

fn realnews(out: &mut impl Write, r: &RealNews, verbose: bool) -> io::Result<()> {
    writeln!(
        out,
        "\n4. Real news: claim by claim against hand labels ({})",
        r.path
    )?;
    writeln!(
        out,
        "   {:<45} {:>9} {:>9} {:>9} {:>9} {:>9}  kind (gold/predicted)",
        "article", "claims", "exact", "attrib", "source", "stance"
    )?;
    let row = |out: &mut dyn Write, name: &str, f: &RealFigures, kind: &str| {
        writeln!(
            out,
            "   {:<45} {:>9} {:>9} {:>9} {:>9} {:>9}  {kind}",
            name.chars().take(45).collect::<String>(),
            f.claims_found.fraction(),
            f.exact_boundaries.fraction(),
            f.attribution.fraction(),
            f.source_words.fraction(),
            f.stance.fraction(),
        )
    };
    for a in &r.articles {
        let kind = format!(
            "{}/{}",
            a.gold_kind,
            a.predicted_kind.as_deref().unwrap_or("none")
        );
        row(out, &a.doc, &a.figures, &kind)?;
    }
    let t = &r.total;
    row(out, "total", t, &t.article_kinds.fraction())?;
    writeln!(out)?;
    for (what, ratio) in [
        ("claims found", t.claims_found),
        ("exact boundaries", t.exact_boundaries),
        ("attribution kind", t.attribution),
        ("source words", t.source_words),
        ("stance", t.stance),
        ("one entity, one id", t.same_source),
    ] {
        writeln!(
            out,
            "   {what:<18} {:>7}  ({})",
            ratio.percent(),
            ratio.fraction()
        )?;
    }
    writeln!(
        out,
        "   stance macro-F1 {:.3} (opinion precision {:.2}, recall {:.2}; reporting precision {:.2}, recall {:.2})",
        r.stance.macro_f1,
        r.stance.subj.precision,
        r.stance.subj.recall,
        r.stance.obj.precision,
        r.stance.obj.recall
    )?;
    writeln!(out, "   attribution, gold kind -> predicted kinds:")?;
    for (gold, predicted) in &r.kinds {
        let cells: Vec<String> = predicted.iter().map(|(k, n)| format!("{k} {n}")).collect();
        writeln!(out, "     {gold:<13} {}", cells.join(", "))?;
    }
    for a in &r.articles {
        for p in &a.gold_problems {
            writeln!(out, "   {}: gold problem: {p}", a.doc)?;
        }
    }
    if verbose {
        writeln!(out, "\n   disagreements ({}):", r.disagreements.len())?;
        for d in &r.disagreements {
            writeln!(
                out,
                "   {:<24} {:<11} gold: {} | predicted: {}\n              {}",
                d.doc.chars().take(24).collect::<String>(),
                d.what,
                d.gold,
                d.predicted,
                d.text
            )?;
        }
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
        "source",
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
            f.source_words.fraction(),
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
        "source words",
        t.source_words,
        "attributed gold claims with source words, not a bare pronoun",
    )?;
    line(
        out,
        "stance accuracy",
        t.stance_accuracy,
        "gold claims paired with a predicted claim",
    )?;
    line(out, "article kinds", t.article_kinds, "gold articles")?;
    line(
        out,
        "one entity, one id",
        t.same_source,
        "pairs of claims whose gold sources name one source",
    )?;
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
