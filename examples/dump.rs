fn main() {
    let path = std::env::args().nth(1).expect("file");
    let text = std::fs::read_to_string(path).unwrap();
    let a = claimlens::analyze_text(&text).unwrap();
    for s in &a.skipped {
        println!("SKIP {:<13} {}", s.reason.as_str(), s.span.of(&text).chars().take(90).collect::<String>());
    }
    for art in &a.articles {
        println!("ARTICLE {:?} {:?} {:?}", art.headline.map(|h| h.of(&text)), art.kind, art.counts);
    }
    for c in &a.claims {
        let at = &c.attribution;
        println!(
            "[{}:{}] {:<12} {:<9} src={:?} cue={:?}\n     {}",
            c.article,
            c.paragraph,
            at.kind.as_str(),
            c.stance.kind.as_str(),
            at.source.map(|s| s.of(&text)),
            at.cue.map(|s| s.of(&text)),
            c.span.of(&text).chars().take(150).collect::<String>() + &format!("\n     {:?}", at.reasons.iter().map(|r| &r.detail).collect::<Vec<_>>())
        );
    }
}
