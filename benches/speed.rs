//! The native speed benchmark: `cargo bench --bench speed -- CORPUS_DIR`.
//!
//! For every corpus file (scripts/bench builds them with bench/corpus.py) it
//! times the full analysis (`analyze` with default options: the core and the
//! output document, what a caller gets) and the sentence splitter
//! (`sentences`), after a warm-up run, and prints one JSON line per
//! measurement with the median of several runs. It also reports the peak
//! heap of one analysis of the largest file, counted by the allocator below.
//!
//! `cargo bench --bench speed -- --profile FILE` warms up, then analyses FILE
//! once inside `profiled`, for `valgrind --tool=callgrind
//! --toggle-collect=*profiled*` (repeatable instruction counts of the
//! analysis alone, without the one-time regex compilation).

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::{Duration, Instant};

/// The system allocator, counting the bytes in use and their peak.
struct Counting;

static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = IN_USE.fetch_add(layout.size(), Relaxed) + layout.size();
            PEAK.fetch_max(now, Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        IN_USE.fetch_sub(layout.size(), Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size >= layout.size() {
                let now =
                    IN_USE.fetch_add(new_size - layout.size(), Relaxed) + new_size - layout.size();
                PEAK.fetch_max(now, Relaxed);
            } else {
                IN_USE.fetch_sub(layout.size() - new_size, Relaxed);
            }
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The corpus files, smallest first, and the 1,000-word article.
const FILES: [&str; 6] = ["1k", "10k", "100k", "1m", "10m", "article"];

/// Runs at least this many times, and more while the total is under `BUDGET`.
const MIN_RUNS: usize = 5;
const MAX_RUNS: usize = 200;
const BUDGET: Duration = Duration::from_secs(1);

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    if let [flag, file] = args.as_slice() {
        if flag == "--profile" {
            let text = std::fs::read_to_string(file).expect("the file to profile");
            profiled_warm_up(&text);
            profiled(&text);
            return;
        }
    }
    let dir = args
        .first()
        .map(String::as_str)
        .unwrap_or("target/bench/corpus");
    warm_up();
    for name in FILES {
        let path = Path::new(dir).join(format!("{name}.txt"));
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{}: {e} (run scripts/bench)", path.display()));
        let words = text.split_whitespace().count();
        let analysis = median(|| {
            black_box(
                claimlens::analyze(black_box(&text), &claimlens::Options::default()).unwrap(),
            );
        });
        let sentences = median(|| {
            black_box(claimlens::sentences(black_box(&text)));
        });
        for (task, seconds) in [("analyze", analysis), ("sentences", sentences)] {
            println!(
                "{{\"runtime\":\"native\",\"task\":\"{task}\",\"file\":\"{name}\",\"bytes\":{},\"words\":{words},\"seconds\":{seconds:e}}}",
                text.len()
            );
        }
    }
    let path = Path::new(dir).join("10m.txt");
    let text = std::fs::read_to_string(&path).expect("the 10 MB corpus file");
    // The peak heap of the core analysis alone, and of the whole call (the
    // analysis and the output document, which copies every span's text).
    let (analysis, core_peak) = peak(|| claimlens::analyze_text(&text).unwrap());
    drop(analysis);
    let (doc, doc_peak) =
        peak(|| claimlens::analyze(&text, &claimlens::Options::default()).unwrap());
    drop(doc);
    for (task, peak) in [("peak_heap_analysis", core_peak), ("peak_heap", doc_peak)] {
        println!(
            "{{\"runtime\":\"native\",\"task\":\"{task}\",\"file\":\"10m\",\"bytes\":{},\"peak_bytes\":{peak}}}",
            text.len()
        );
    }
}

/// What `run` returns, and the most heap it had in use at once beyond what
/// was in use before.
fn peak<T>(run: impl FnOnce() -> T) -> (T, usize) {
    let before = IN_USE.load(Relaxed);
    PEAK.store(before, Relaxed);
    let out = run();
    (out, PEAK.load(Relaxed) - before)
}

/// Compiles the rules (regexes are built on first use), outside the timings.
fn warm_up() {
    let text = "Harbour Bridge to Close\n\nThe bridge will close, the department said on Thursday. \"It is a precaution,\" she said.\n";
    black_box(claimlens::analyze(text, &claimlens::Options::default()).unwrap());
}

/// Runs every rule FILE reaches once, so that the profile leaves out compiling them.
#[inline(never)]
fn profiled_warm_up(text: &str) {
    black_box(claimlens::analyze(black_box(text), &claimlens::Options::default()).unwrap());
}

#[inline(never)]
fn profiled(text: &str) {
    black_box(claimlens::analyze(black_box(text), &claimlens::Options::default()).unwrap());
}

/// The median time of `run`, after one warm-up run.
fn median(mut run: impl FnMut()) -> f64 {
    run();
    let started = Instant::now();
    let mut times = Vec::new();
    while times.len() < MIN_RUNS || (started.elapsed() < BUDGET && times.len() < MAX_RUNS) {
        let t = Instant::now();
        run();
        times.push(t.elapsed().as_secs_f64());
    }
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}
