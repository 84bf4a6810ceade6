//! `veritor verify-batch` without claims that need a prover (tools/batch_test.py, in
//! `make test`, runs 200 real ones on the local pool and on Ray): entries that cannot be
//! verified each get their line, a rerun skips them, a log cut mid-line is resumed, and bad
//! arguments are one error line.

use std::path::{Path, PathBuf};

use crate::support::{s, veritor};

fn scratch(tag: &str) -> PathBuf {
    crate::support::scratch(&format!("batch-{tag}"))
}

/// A batch of three entries that cannot be verified, and an empty store.
fn bad_batch(d: &Path) -> (PathBuf, PathBuf) {
    let (batch, store) = (d.join("batch"), d.join("store"));
    veritor_store::Store::open(&store).unwrap();
    for (name, claim) in [
        ("empty", None),
        ("truncated", Some("{\"format\": \"veritor-cl".to_string())),
        ("oversized", Some(" ".repeat((1 << 20) + 1))),
    ] {
        std::fs::create_dir_all(batch.join(name)).unwrap();
        if let Some(text) = claim {
            std::fs::write(batch.join(name).join("claim.json"), text).unwrap();
        }
    }
    std::fs::write(batch.join("README"), "files beside the entries are ignored").unwrap();
    (batch, store)
}

fn lines(log: &Path) -> Vec<serde_json::Value> {
    std::fs::read_to_string(log)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn verify_batch_success_bad_entries_get_one_line_each_and_a_rerun_skips_them() {
    let d = scratch("bad");
    let (batch, store) = bad_batch(&d);
    let log = d.join("log.jsonl");
    let args = [
        "verify-batch",
        s(&batch),
        "--store",
        s(&store),
        "--log",
        s(&log),
    ];
    let out = veritor(&[&args[..], &["--workers", "2"]].concat());
    assert_eq!(out.code, 0, "{}", out.text);
    assert!(out.text.contains("cannot verify 3"), "{}", out.text);
    let got = lines(&log);
    let mut ids: Vec<&str> = got.iter().map(|l| l["id"].as_str().unwrap()).collect();
    ids.sort();
    assert_eq!(ids, ["empty", "oversized", "truncated"]);
    for l in &got {
        assert_eq!(l["outcome"], "cannot_verify", "{l}");
    }
    let reason = |id: &str| {
        got.iter().find(|l| l["id"] == id).unwrap()["reason"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert!(
        reason("oversized").contains("more than the limit"),
        "{}",
        reason("oversized")
    );
    assert!(
        reason("truncated").contains("malformed claim JSON"),
        "{}",
        reason("truncated")
    );
    assert!(
        reason("empty").contains("claim.json"),
        "{}",
        reason("empty")
    );

    let again = veritor(&args);
    assert_eq!(again.code, 0, "{}", again.text);
    assert!(
        again.text.contains("3 already in the log, 0 of 0 verified"),
        "{}",
        again.text
    );
    assert_eq!(lines(&log).len(), 3);

    // A run stopped while writing its last line: the line is cut off and verified again.
    let text = std::fs::read_to_string(&log).unwrap();
    let keep: Vec<&str> = text.lines().take(2).collect();
    std::fs::write(&log, format!("{}\n{{\"id\": \"tru", keep.join("\n"))).unwrap();
    let resumed = veritor(&args);
    assert_eq!(resumed.code, 0, "{}", resumed.text);
    assert!(
        resumed
            .text
            .contains("2 already in the log, 1 of 1 verified"),
        "{}",
        resumed.text
    );
    assert_eq!(lines(&log).len(), 3);
    let _ = std::fs::remove_dir_all(d);
}

#[test]
fn verify_batch_failure_bad_arguments_are_one_line() {
    let d = scratch("args");
    let (batch, store) = bad_batch(&d);
    let corrupt = d.join("corrupt.jsonl");
    std::fs::write(&corrupt, "not a verdict\n").unwrap();
    let missing = d.join("missing");
    for (args, expected) in [
        (
            vec!["verify-batch", s(&missing), "--store", s(&store)],
            "missing",
        ),
        (
            vec!["verify-batch", s(&batch), "--store", s(&missing)],
            "missing",
        ),
        (
            vec![
                "verify-batch",
                s(&batch),
                "--store",
                s(&store),
                "--workers",
                "0",
            ],
            "at least 1",
        ),
        (
            vec![
                "verify-batch",
                s(&batch),
                "--store",
                s(&store),
                "--log",
                s(&corrupt),
            ],
            "not a verdict line",
        ),
        (
            vec![
                "verify-batch",
                s(&batch),
                "--store",
                s(&store),
                "--ray",
                "--ray-driver",
                s(&missing),
            ],
            "missing",
        ),
    ] {
        let out = veritor(&args);
        assert_eq!(out.code, 2, "{args:?}: {}", out.text);
        let errors: Vec<&str> = out
            .text
            .lines()
            .filter(|l| l.starts_with("veritor: error: "))
            .collect();
        assert_eq!(errors.len(), 1, "{args:?}: {}", out.text);
        assert!(errors[0].contains(expected), "{args:?}: {}", out.text);
    }
    assert_eq!(
        std::fs::read_to_string(&corrupt).unwrap(),
        "not a verdict\n"
    );
    let _ = std::fs::remove_dir_all(d);
}
