//! Running `veritor-opt` and `veritor` the way a user does, finding the example corpus, and
//! looking at a store.

use std::path::{Path, PathBuf};
use std::process::Command;
use veritor_store::Store;

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

/// Exit code and output (stdout then stderr) of one `veritor` run.
pub struct Out {
    pub code: i32,
    pub text: String,
}

/// Runs `veritor` with `args`.
pub fn veritor(args: &[&str]) -> Out {
    let output = Command::new(env!("CARGO_BIN_EXE_veritor"))
        .args(args)
        .output()
        .expect("veritor runs");
    Out {
        code: output.status.code().unwrap_or(-1),
        text: format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        ),
    }
}

/// A path as a command-line argument.
pub fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Everything observable of a store: its objects, references and rows.
pub fn store_snapshot(store: &Path) -> String {
    let st = Store::open_existing(store).unwrap();
    let mut objects: Vec<String> = st.objects().iter().map(|d| d.to_hex()).collect();
    objects.sort();
    format!(
        "{objects:?}\n{:?}\n{:?}\n{:?}\n{:?}",
        st.references().unwrap(),
        st.workloads().unwrap(),
        st.claims(None).unwrap(),
        st.runs(None).unwrap()
    )
}

pub fn json(path: &Path) -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Writes `path`'s JSON, edited by `f`, to `to`.
pub fn edit_json(path: &Path, to: &Path, f: impl FnOnce(&mut serde_json::Value)) {
    let mut v = json(path);
    f(&mut v);
    std::fs::write(to, serde_json::to_string_pretty(&v).unwrap()).unwrap();
}
