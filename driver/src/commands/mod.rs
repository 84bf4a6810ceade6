//! One module per `veritor` command: its arguments (`Args`, parsed by clap in
//! `src/bin/veritor.rs`) and what it does (`run`, returning the process exit code).

pub mod calibrate;
pub mod challenge;
pub mod compile;
pub mod exec;
pub mod inspect;
pub mod open;
pub mod prove;
pub mod run;
pub mod verify;
pub mod verify_batch;

use std::process::ExitCode;

/// Prints a one-line error and returns exit code 2 (cannot run / cannot verify).
pub fn fail(message: impl std::fmt::Display) -> ExitCode {
    eprintln!("veritor: error: {message}");
    ExitCode::from(2)
}

/// `Ok` is exit code 0; `Err` is [`fail`].
pub fn exit(result: Result<(), String>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(e),
    }
}
