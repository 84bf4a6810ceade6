//! `veritor store ...` through `cli_run`: output lines and exit codes.

use std::fs;

use veritor_store::cli_run;

use crate::{fixture, flip_byte, Scratch};

/// Runs the CLI with `--store root` and the given words; returns (code, stdout, stderr).
fn check(root: &std::path::Path, words: &[&str]) -> (i32, String, String) {
    let mut args = vec!["--store".to_string(), root.display().to_string()];
    args.extend(words.iter().map(|w| w.to_string()));
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = cli_run(&args, &mut out, &mut err);
    (
        code,
        String::from_utf8_lossy(&out).into_owned(),
        String::from_utf8(err).unwrap(),
    )
}

#[test]
fn cli_success_put_get_roundtrip() {
    let scratch = Scratch::new("cli-put-get");
    let root = scratch.path("store");
    let input = scratch.path("weights.npy");
    fs::write(&input, crate::npy_like(300)).unwrap();
    let (code, out, err) = check(&root, &["put", input.to_str().unwrap()]);
    assert_eq!((code, err.as_str()), (0, ""));
    let digest = out.trim().to_string();
    assert_eq!(digest.len(), 64);
    let copy = scratch.path("copy.npy");
    let (code, out, err) = check(&root, &["get", &digest, "-o", copy.to_str().unwrap()]);
    assert_eq!((code, out.as_str(), err.as_str()), (0, "", ""));
    assert_eq!(fs::read(&copy).unwrap(), fs::read(&input).unwrap());
    let args: Vec<String> = ["--store", root.to_str().unwrap(), "get", &digest, "-o", "-"]
        .iter()
        .map(|w| w.to_string())
        .collect();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    assert_eq!(cli_run(&args, &mut out, &mut err), 0);
    assert_eq!(out, fs::read(&input).unwrap());
    let (code, out, _) = check(&root, &["ls", "objects"]);
    assert_eq!((code, out), (0, format!("object {digest}\n")));
}

#[test]
fn cli_verify_success_then_failure_names_corrupt_and_missing() {
    let scratch = Scratch::new("cli-verify");
    let root = scratch.path("store");
    let fx = fixture(&root);
    let (code, out, _) = check(&root, &["verify"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.lines()
            .last()
            .unwrap()
            .starts_with("store verify: ok: 9 objects"),
        "{out}"
    );
    assert_eq!(
        out.lines()
            .filter(|l| l.starts_with("note: unreferenced"))
            .count(),
        3
    );
    let corrupt = fx.referenced[0];
    let missing = fx.referenced[1];
    flip_byte(&fx.store.object_path(&corrupt), 5);
    fs::remove_file(fx.store.object_path(&missing)).unwrap();
    let (code, out, err) = check(&root, &["verify"]);
    assert_eq!((code, err.as_str()), (1, ""));
    let corrupt_line = format!(
        "corrupt object {corrupt} ({}): its ",
        fx.store.object_path(&corrupt).display()
    );
    assert!(
        out.lines().any(|l| l.starts_with(&corrupt_line)
            && l.ends_with("; referenced by workload \"tiny\" graph")),
        "{out}"
    );
    let missing_line = format!(
        "missing object {missing} ({}); referenced by claim \"claim-1\" input 0",
        fx.store.object_path(&missing).display()
    );
    assert!(out.lines().any(|l| l == missing_line), "{out}");
    assert!(
        out.lines()
            .last()
            .unwrap()
            .starts_with("store verify: FAILED: 2 problems (1 corrupt, 1 missing)"),
        "{out}"
    );
    let (code, out, _) = check(&root, &["verify", "--json"]);
    assert_eq!(code, 1);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["ok"], false);
    let problems = json["report"]["problems"].as_array().unwrap();
    assert_eq!(problems.len(), 2);
    assert!(problems.iter().any(|p| p["problem"] == "corrupt"
        && p["digest"] == corrupt.to_string()
        && p["referenced_by"][0]["kind"] == "workload"));
    assert!(problems
        .iter()
        .any(|p| p["problem"] == "missing" && p["digest"] == missing.to_string()));
    // get on the corrupt object: problem found, exit 1, naming it.
    let (code, _, err) = check(&root, &["get", &corrupt.to_string(), "-o", "-"]);
    assert_eq!(code, 1);
    assert!(
        err.starts_with(&format!("veritor store: error: corrupt object {corrupt}")),
        "{err}"
    );
}

#[test]
fn cli_gc_success_lists_removed_objects() {
    let scratch = Scratch::new("cli-gc");
    let root = scratch.path("store");
    let fx = fixture(&root);
    drop(fx.store);
    let (code, out, _) = check(&root, &["gc", "--dry-run"]);
    assert_eq!(code, 0);
    assert_eq!(
        out.lines()
            .filter(|l| l.starts_with("would remove"))
            .count(),
        3,
        "{out}"
    );
    let (code, out, _) = check(&root, &["gc"]);
    assert_eq!(code, 0);
    for digest in &fx.unreferenced {
        assert!(
            out.contains(&format!("removed unreferenced object {digest}")),
            "{out}"
        );
    }
    assert!(
        out.lines()
            .last()
            .unwrap()
            .starts_with("store gc: removed 3 unreferenced objects"),
        "{out}"
    );
    let (code, out, _) = check(&root, &["verify"]);
    assert_eq!(code, 0, "{out}");
}

#[test]
fn cli_failure_cannot_run_exit_2() {
    let scratch = Scratch::new("cli-cannot");
    let missing = scratch.path("nowhere");
    for words in [&["verify"][..], &["gc"], &["ls"]] {
        let (code, _, err) = check(&missing, words);
        assert_eq!(code, 2, "{words:?}");
        assert_eq!(
            err,
            format!(
                "veritor store: error: no store at {}: the directory does not exist\n",
                missing.display()
            )
        );
    }
    assert!(!missing.exists());
    let root = scratch.path("store");
    let fx = fixture(&root);
    // gc while the store is open elsewhere.
    let (code, _, err) = check(&root, &["gc"]);
    assert_eq!(code, 2);
    assert!(err.contains("the store is in use"), "{err}");
    drop(fx);
    let (code, _, err) = check(&root, &["put", scratch.path("absent").to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("veritor store: error: cannot read "),
        "{err}"
    );
    let (code, _, err) = check(&root, &["get", &"0".repeat(64), "-o", "-"]);
    assert_eq!(code, 1, "a missing object is a problem found");
    assert!(
        err.starts_with("veritor store: error: missing object 0000"),
        "{err}"
    );
}

#[test]
fn cli_ls_success_lists_rows() {
    let scratch = Scratch::new("cli-ls");
    let root = scratch.path("store");
    let fx = fixture(&root);
    let (code, out, _) = check(&root, &["ls", "claims"]);
    assert_eq!(code, 0);
    let claim = fx.store.claim("claim-1").unwrap().unwrap();
    assert!(
        out.starts_with(&format!(
            "claim \"claim-1\" workload=\"tiny\" strategy=stamp inputs=[{}] outputs=[{}]",
            claim.inputs[0], claim.outputs[0]
        )),
        "{out}"
    );
    let (code, out, _) = check(&root, &["ls"]);
    assert_eq!(code, 0);
    for prefix in ["workload ", "claim ", "run ", "ref ", "object "] {
        assert!(
            out.lines().any(|l| l.starts_with(prefix)),
            "{prefix}: {out}"
        );
    }
}
