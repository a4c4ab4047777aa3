//! The `claimlens` command line: analyse articles, split sentences and run
//! the evaluation, from files, standard input or JSON Lines archives.
//!
//! The command line is native only; on wasm32 (where the crate is built as a
//! library for the browser) this binary is an empty shell.

#[cfg(not(target_arch = "wasm32"))]
mod cli;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(cli::main());
}

#[cfg(target_arch = "wasm32")]
fn main() {}
