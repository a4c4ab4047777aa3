//! The `claimlens` command line.

fn main() {
    eprintln!("claimlens: command line not built yet");
    std::process::exit(2);
}
