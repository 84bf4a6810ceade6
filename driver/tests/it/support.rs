//! Running `veritor-opt` the way a user does, and finding the example corpus.

use std::path::PathBuf;
use std::process::Command;

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The tiny example programs (names of `examples/tiny/<name>.json`), sorted.
pub fn tiny_programs() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(root().join("examples/tiny"))
        .expect("examples/tiny exists")
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            e.file_name()
                .to_str()?
                .strip_suffix(".json")
                .map(str::to_string)
        })
        .collect();
    names.sort();
    names
}

/// Output of one `veritor-opt` run.
pub struct Run {
    pub status: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `veritor-opt` with `args`.
pub fn veritor_opt(args: &[&str]) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_veritor-opt"))
        .args(args)
        .output()
        .expect("veritor-opt runs");
    Run {
        status: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}
