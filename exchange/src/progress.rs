//! What a long command is doing (`veritor prove`, `veritor calibrate`), as one line on stderr
//! rewritten in place, only when stderr is a terminal: a log, a pipe, a test or a
//! `verify-batch` worker sees nothing. `VERITOR_PROGRESS=0` silences it on a terminal too,
//! `VERITOR_PROGRESS=1` shows it anywhere. The command clears the line ([`clear`]) before it
//! prints its result.

use std::fmt::Display;
use std::io::{IsTerminal, Write};
use std::sync::OnceLock;
use std::time::Instant;

/// Whether progress is shown: `VERITOR_PROGRESS=0` or `1` decides, else whether stderr is a
/// terminal.
pub fn enabled(terminal: bool, setting: Option<&str>) -> bool {
    match setting {
        Some("0") => false,
        Some("1") => true,
        _ => terminal,
    }
}

fn shown() -> bool {
    static SHOWN: OnceLock<bool> = OnceLock::new();
    *SHOWN.get_or_init(|| {
        let setting = std::env::var("VERITOR_PROGRESS").ok();
        enabled(std::io::stderr().is_terminal(), setting.as_deref())
    })
}

fn start() -> Instant {
    static START: OnceLock<Instant> = OnceLock::new();
    *START.get_or_init(Instant::now)
}

/// The progress line: back to the line's start, erase it, say `what` and the time so far.
pub fn line(what: &str, seconds: f64) -> String {
    format!("\r\x1b[K{what} ({seconds:.0} s)")
}

/// Shows `what` (e.g. `prove: training step 3 of 8`) when progress is shown.
pub fn say(what: impl Display) {
    if shown() {
        let start = start();
        let mut err = std::io::stderr().lock();
        let _ = err.write_all(line(&what.to_string(), start.elapsed().as_secs_f64()).as_bytes());
        let _ = err.flush();
    }
}

/// Erases the progress line (before the command prints its result).
pub fn clear() {
    if shown() {
        eprint!("\r\x1b[K");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shown_on_a_terminal_unless_told() {
        assert!(enabled(true, None) && !enabled(false, None));
        assert!(!enabled(true, Some("0")) && enabled(false, Some("1")));
        assert!(
            enabled(true, Some("yes")),
            "another value: the terminal decides"
        );
    }

    #[test]
    fn a_line_rewrites_the_previous_one() {
        assert_eq!(
            line("prove: step 2 of 8", 3.4),
            "\r\x1b[Kprove: step 2 of 8 (3 s)"
        );
    }
}
