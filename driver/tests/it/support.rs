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

/// A fresh, empty scratch directory for one test: `veritor-it-<tag>-<pid>` under the
/// system's temporary directory.
pub fn scratch(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("veritor-it-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// `veritor-opt input <passes> -o output`, which must succeed; the output's text.
pub fn rewrite(input: &Path, passes: &[&str], output: &Path) -> String {
    let mut args = vec![s(input)];
    args.extend_from_slice(passes);
    args.extend(["-o", s(output)]);
    let run = veritor_opt(&args);
    assert_eq!(run.status, 0, "veritor-opt {passes:?}: {}", run.stderr);
    std::fs::read_to_string(output).unwrap()
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

/// Runs `veritor` with `args` and asserts that it succeeded (the message names `what`).
pub fn veritor_ok(args: &[&str], what: &str) -> Out {
    let out = veritor(args);
    assert_eq!(out.code, 0, "{what}: {}", out.text);
    out
}

/// The arguments of `veritor verify` for a claim with its challenge and openings in `store`.
pub fn verify_args(store: &Path, claim: &Path, challenge: &Path, openings: &Path) -> Vec<String> {
    let args = [
        "verify",
        "--claim",
        s(claim),
        "--challenge",
        s(challenge),
        "--openings",
        s(openings),
        "--store",
        s(store),
    ];
    args.iter().map(|a| a.to_string()).collect()
}

/// Runs `veritor verify` on a claim, its challenge and openings, with `extra` flags.
pub fn verify(
    store: &Path,
    claim: &Path,
    challenge: &Path,
    openings: &Path,
    extra: &[&str],
) -> Out {
    let mut args = verify_args(store, claim, challenge, openings);
    args.extend(extra.iter().map(|a| a.to_string()));
    veritor(&args.iter().map(String::as_str).collect::<Vec<_>>())
}

/// `veritor challenge derive` from `secret` for `claim`, with `--open N` or `--open-steps N`
/// (`what`), into `challenge`; asserts success.
pub fn derive(secret: &Path, claim: &Path, what: (&str, &str), challenge: &Path) {
    let (flag, n) = what;
    let args = [
        "challenge",
        "derive",
        "--secret",
        s(secret),
        "--claim",
        s(claim),
        flag,
        n,
        "-o",
        s(challenge),
    ];
    veritor_ok(&args, "derive");
}

/// `veritor open` for `claim` and `challenge` from `store`, into `openings`; asserts success.
pub fn open(store: &Path, claim: &Path, challenge: &Path, openings: &Path) {
    let args = [
        "open",
        "--claim",
        s(claim),
        "--challenge",
        s(challenge),
        "--store",
        s(store),
        "-o",
        s(openings),
    ];
    veritor_ok(&args, "open");
}

/// The whole exchange as one script runs it for every claim: proves `graph` on `inputs` (with
/// `extra` flags) into `store`, then writes under `dir` the claim, a fresh secret, a challenge
/// (`--open n_open`) and the openings; returns the paths of the claim, challenge and openings.
pub fn prove_challenge_open(
    dir: &Path,
    store: &Path,
    graph: &Path,
    inputs: &Path,
    extra: &[&str],
    n_open: &str,
) -> (PathBuf, PathBuf, PathBuf) {
    let (claim, secret, challenge, openings) = (
        dir.join("claim.json"),
        dir.join("secret"),
        dir.join("challenge.json"),
        dir.join("openings.json"),
    );
    let mut args = vec![
        "prove",
        s(graph),
        "--inputs",
        s(inputs),
        "--store",
        s(store),
        "-o",
        s(&claim),
    ];
    args.extend(extra);
    let out = veritor(&args);
    assert_eq!(out.code, 0, "prove: {}", out.text);
    let _ = std::fs::remove_file(&secret);
    let out = veritor(&["challenge", "commit", "--secret", s(&secret)]);
    assert_eq!(out.code, 0, "commit: {}", out.text);
    derive(&secret, &claim, ("--open", n_open), &challenge);
    open(store, &claim, &challenge, &openings);
    (claim, challenge, openings)
}

/// The CPU descriptor `lab-cpu` (a test's numbers, not a measurement).
pub fn lab_cpu() -> veritor_protocol::device::Device {
    veritor_protocol::device::Device {
        format: veritor_protocol::device::DEVICE_FORMAT.into(),
        name: "lab-cpu".into(),
        kind: "cpu".into(),
        arch: "x86_64".into(),
        memory_bytes: 1 << 30,
        memory_bandwidth: 1e10,
        link_bandwidth: 1e9,
        iree_target: "cpu".into(),
        source: "test".into(),
    }
}

/// [`lab_cpu`] registered in a new store under `dir`; the store's path.
pub fn store_with_cpu_device(dir: &Path) -> PathBuf {
    let store = dir.join("store");
    veritor_spotcheck::registry::Registry::open(&store)
        .unwrap()
        .add(&lab_cpu(), false)
        .unwrap();
    store
}
