//! Panics become one line of error, never a backtrace.
//!
//! The hook records the message instead of printing it; whoever catches the
//! panic decides how to report it (the top level as an internal error, the
//! JSON Lines reader as the error of one line).

use std::cell::RefCell;
use std::panic::{self, AssertUnwindSafe};

thread_local! {
    static LAST: RefCell<Option<String>> = const { RefCell::new(None) };
}

pub fn install_hook() {
    panic::set_hook(Box::new(|info| {
        let payload = info.payload();
        let what = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_string());
        let at = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        let message =
            format!("internal error: {what}{at}; please report it with the input that caused it");
        if cfg!(panic = "abort") {
            eprintln!("claimlens: {message}");
        }
        LAST.with(|last| *last.borrow_mut() = Some(message));
    }));
}

/// Runs `f`, turning a panic into its message.
pub fn catch<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    panic::catch_unwind(AssertUnwindSafe(f)).map_err(|_| {
        LAST.with(|last| last.borrow_mut().take())
            .unwrap_or_else(|| "internal error: unknown panic".to_string())
    })
}
