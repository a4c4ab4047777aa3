fn main() {
    let path = std::env::args().nth(1).expect("file");
    let text = std::fs::read_to_string(path).unwrap();
    let t = std::time::Instant::now();
    let n = claimlens::sentences(&text).len();
    let s = t.elapsed().as_secs_f64();
    let t = std::time::Instant::now();
    let a = claimlens::analyze_text(&text).unwrap();
    let e = t.elapsed().as_secs_f64();
    let t = std::time::Instant::now();
    let d = claimlens::Document::new(&text, &a, claimlens::OffsetUnit::Char);
    let e2 = t.elapsed().as_secs_f64();
    let t = std::time::Instant::now();
    let j = serde_json::to_string(&d).unwrap();
    let e3 = t.elapsed().as_secs_f64();
    let mb = text.len() as f64 / 1e6;
    println!(
        "sentences {n} {:.1} MB/s | analyze {:.1} MB/s | document {:.2}s | json {:.2}s {}",
        mb / s,
        mb / e,
        e2,
        e3,
        j.len()
    );
}
