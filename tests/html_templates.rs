//! The gold fixtures rendered as web pages through three CMS-like templates
//! of our own (a semantic HTML5 theme, a div-soup CMS, a blog theme): the
//! template, not the gold, decides what is furniture (menus, figures with
//! captions written as sentences, "Related" lists of sentence-like teasers,
//! share bars, comment threads, pull quotes, footers). Read as HTML, every
//! piece of template furniture is set aside, no body sentence is lost, and
//! the body claims keep the labels the engine gives their text version.
//! (Run with --nocapture for the figures.)

use std::fs;
use std::path::Path;

use claimlens::{analyze, analyze_html, Document, Options};
use serde_json::Value;

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Template furniture: every line a sentence, so that no text rule could
/// tell it from body text.
const CAPTION: &str = "Residents walk past the council offices on Monday after the meeting ended.";
const TEASERS: [&str; 3] = [
    "The mayor opened a new cycle bridge over the river on Sunday.",
    "House prices in the region fell for the third month in a row.",
    "Police said the coastal road would reopen by the end of the week.",
];
const COMMENT: &str = "I have lived here for thirty years and nobody ever asked us about this.";
const SHARE: &str = "Share this story with your friends on social media.";
const FOOTER: &str = "The Daily Courier is published by Courier Media Group in the city.";

fn furniture() -> Vec<&'static str> {
    let mut all = vec![CAPTION, COMMENT, SHARE, FOOTER];
    all.extend(TEASERS);
    all
}

/// One article's paragraphs rendered by template `t`; `pull` is a body
/// sentence a template may repeat as a pull quote.
fn render(t: usize, headline: &str, paragraphs: &[String], pull: &str) -> String {
    let body: Vec<String> = paragraphs
        .iter()
        .map(|p| {
            format!(
                "<p>{}</p>",
                p.lines().map(esc).collect::<Vec<_>>().join("<br>")
            )
        })
        .collect();
    let (first, rest) = body.split_at(1.min(body.len()));
    let (first, rest) = (first.join("\n"), rest.join("\n"));
    let teasers = |tag: &str| {
        TEASERS
            .iter()
            .map(|t| format!("<li><{tag} href=\"/x\">{t}</{tag}></li>"))
            .collect::<String>()
    };
    let h = esc(headline);
    match t {
        0 => format!(
            "<!doctype html><html><head><title>{h}</title><script>var x = 1;</script></head><body>\
             <header><a href=/>The Daily Courier</a><nav><ul><li><a href=/news>News</a></li><li><a href=/sport>Sport</a></li></ul></nav></header>\
             <main><article><h1>{h}</h1><p class=byline>By <a rel=author href=/a>Staff Reporter</a></p><time datetime=2026-01-05>January 5, 2026</time>\
             {first}<figure><img src=x.jpg alt=\"{CAPTION}\"><figcaption>{CAPTION}</figcaption></figure>\n{rest}\
             <aside><h2>Related</h2><ul>{}</ul></aside></article></main>\
             <footer><p>{FOOTER}</p></footer></body></html>",
            teasers("a")
        ),
        1 => format!(
            "<html><body><div id=wrapper class=\"page has-sidebar\"><div class=\"site-nav\"><a href=/>Home</a> <a href=/news>News</a></div>\
             <div class=headline-wrap><h1 class=headline>{h}</h1></div><div class=\"article-byline\">Staff Reporter</div>\
             <div class=\"story-body\">{first}<div class=\"image-caption\">{CAPTION}</div>{rest}</div>\
             <div class=\"share-bar\"><p>{SHARE}</p></div><div class=\"related-links\"><h3>More from the Courier</h3><ul>{}</ul></div>\
             <div id=comments><h3>Comments</h3><div class=comment><p>{COMMENT}</p></div></div>\
             <div class=footer><p>{FOOTER}</p></div></div></body></html>",
            teasers("a")
        ),
        _ => format!(
            "<!DOCTYPE html><html><body class=\"single-post sidebar-right\"><div class=\"site\"><nav class=\"main-navigation\"><ul><li><a href=/>Blog</a></li></ul></nav>\
             <div class=\"entry-header\"><h1 class=\"entry-title\">{h}</h1><span class=\"posted-on\"><time>January 5, 2026</time></span></div>\
             <div class=\"entry-content\">{first}<aside class=\"pullquote\"><p>{}</p></aside>\
             <figure class=\"wp-block-image\"><img src=a.jpg><figcaption>{CAPTION}</figcaption></figure>{rest}</div>\
             <div class=\"sharedaddy sd-sharing\"><h3>Share this:</h3><ul><li><a href=#>Facebook</a></li></ul></div>\
             <section class=\"widget widget-recent-posts\"><h2>Recent posts</h2><ul>{}</ul></section>\
             <div class=\"comments-area\" id=comments><ol class=\"comment-list\"><li><p>{COMMENT}</p></li></ol></div>\
             <footer class=\"site-footer\"><p>{FOOTER}</p></footer></div></body></html>",
            esc(pull),
            teasers("a")
        ),
    }
}

fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `s` without its blanks.
fn unblanked(s: &str) -> String {
    s.split_whitespace().collect()
}

fn labels(doc: &Document, claim: &str) -> Option<(String, String)> {
    let want = norm(claim);
    doc.claims
        .iter()
        .find(|c| norm(&c.text) == want)
        .map(|c| (c.attribution.kind.to_string(), c.stance.kind.to_string()))
}

#[test]
fn fixtures_through_three_cms_templates() {
    let options = Options::default();
    let (mut furniture_found, mut furniture_all) = (0, 0);
    let (mut body_lost, mut body_all) = (Vec::new(), 0);
    let (mut same_labels, mut compared) = (0, 0);
    let mut dirs: Vec<_> = fs::read_dir("tests/fixtures")
        .expect("fixtures")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    for dir in dirs {
        let mut golds: Vec<_> = fs::read_dir(&dir)
            .expect("dir")
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.to_string_lossy().ends_with(".gold.json"))
            .collect();
        golds.sort();
        for gold_path in golds {
            let gold: Value =
                serde_json::from_str(&fs::read_to_string(&gold_path).unwrap()).unwrap();
            let txt = gold_path.to_string_lossy().replace(".gold.json", ".txt");
            let text = fs::read_to_string(Path::new(&txt)).unwrap();
            let claims: Vec<&str> = gold["claims"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|c| c["article"] == 0)
                .filter_map(|c| c["text"].as_str())
                .collect();
            if claims.is_empty() {
                continue;
            }
            let headline = gold["articles"][0]["headline"].as_str().unwrap_or("News");
            // The fixture's paragraphs that hold its first article's claims.
            let paragraphs: Vec<String> = text
                .split("\n\n")
                .map(str::trim)
                .filter(|p| claims.iter().any(|c| norm(p).contains(&norm(c))))
                .map(str::to_string)
                .collect();
            let plain = analyze(&paragraphs.join("\n\n"), &options).unwrap();
            for t in 0..3 {
                let html = render(t, headline, &paragraphs, claims[0]);
                let doc = analyze_html(&html, &options).unwrap();
                let skipped: Vec<String> = doc.skipped.iter().map(|s| norm(&s.text)).collect();
                for f in furniture().into_iter().filter(|f| html.contains(f)) {
                    furniture_all += 1;
                    if skipped.iter().any(|s| s.contains(f)) {
                        furniture_found += 1;
                    }
                }
                // A body sentence is lost when its words are missing from the
                // claims, not when the claims cut it elsewhere ("the
                // Tech.Pass" split after "Tech." is a boundary error, which
                // the text evaluation counts): blanks are left out of both.
                let all_claims: String = doc.claims.iter().map(|c| unblanked(&c.text)).collect();
                for c in &claims {
                    body_all += 1;
                    if !all_claims.contains(&unblanked(c)) {
                        body_lost.push(format!("{} (template {t}): {c}", gold_path.display()));
                    }
                    if let (Some(a), Some(b)) = (labels(&plain, c), labels(&doc, c)) {
                        compared += 1;
                        same_labels += usize::from(a == b);
                    }
                }
            }
        }
    }
    let recall = furniture_found as f64 / furniture_all as f64;
    let agreement = same_labels as f64 / compared as f64;
    eprintln!(
        "template furniture recall {furniture_found}/{furniture_all} ({:.1}%), body sentences lost {}/{body_all}, labels as in the text version {same_labels}/{compared} ({:.1}%)",
        recall * 100.0,
        body_lost.len(),
        agreement * 100.0
    );
    assert!(recall >= 0.99, "furniture recall {recall}");
    assert!(body_lost.is_empty(), "lost: {body_lost:#?}");
    assert!(agreement >= 0.98, "label agreement {agreement}");
}
