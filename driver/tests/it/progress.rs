//! Progress of long commands (issue 13): `veritor prove` says what it is doing on a
//! terminal, one line rewritten in place, and nothing of it when stderr is a pipe or a file.

use crate::support::{root, s};
use std::path::Path;
use std::process::Command;

/// Runs `veritor prove` on the tiny greedy decoder into `store` with `env`; returns the exit
/// code and stderr.
fn prove(store: &Path, claim: &Path, env: &[(&str, &str)]) -> (i32, String) {
    let e = root().join("examples/tiny");
    let out = Command::new(env!("CARGO_BIN_EXE_veritor"))
        .args(["prove", s(&e.join("greedy_kv.mlir")), "--inputs"])
        .args([
            s(&e.join("greedy_kv.inputs")),
            "--store",
            s(store),
            "-o",
            s(claim),
        ])
        .env_remove("VERITOR_PROGRESS")
        .envs(env.iter().copied())
        .output()
        .expect("veritor runs");
    let code = out.status.code().unwrap_or(-1);
    (code, String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn prove_shows_progress_on_a_terminal_only() {
    let dir = std::env::temp_dir().join(format!("veritor-it-progress-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let (store, claim) = (dir.join("store"), dir.join("claim.json"));

    // stderr is a pipe: the result line only.
    let (code, quiet) = prove(&store, &claim, &[]);
    assert_eq!(code, 0, "{quiet}");
    assert!(quiet.starts_with("veritor: claim stamp-"), "{quiet:?}");
    assert!(
        !quiet.contains('\r') && !quiet.contains('\u{1b}'),
        "{quiet:?}"
    );
    assert_eq!(quiet.lines().count(), 1, "{quiet:?}");

    // Asked for: each phase rewrites the line, which is erased before the result.
    let (code, shown) = prove(&store, &claim, &[("VERITOR_PROGRESS", "1")]);
    assert_eq!(code, 0, "{shown}");
    for phase in [
        "prove: checking the graph (",
        "prove: running main (",
        "prove: the teacher-forced run (",
    ] {
        assert!(
            shown.contains(&format!("\r\u{1b}[K{phase}")),
            "{phase}: {shown:?}"
        );
    }
    assert!(
        shown.contains("\r\u{1b}[Kveritor: claim stamp-"),
        "{shown:?}"
    );

    // A real terminal (util-linux `script` gives the command a pseudo-terminal).
    let command = format!(
        "{} prove {} --inputs {} --store {} -o {}",
        env!("CARGO_BIN_EXE_veritor"),
        s(&root().join("examples/tiny/greedy_kv.mlir")),
        s(&root().join("examples/tiny/greedy_kv.inputs")),
        s(&store),
        s(&claim)
    );
    let out = Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .env_remove("VERITOR_PROGRESS")
        .output()
        .expect("script (util-linux) runs");
    let tty = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{tty}");
    assert!(tty.contains("\r\u{1b}[Kprove: running main ("), "{tty:?}");
    let _ = std::fs::remove_dir_all(&dir);
}
