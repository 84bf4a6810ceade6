//! The detection matrix, small (`benches/detection_matrix.py --quick`; `make detect` runs the
//! full one): three honest claims per prover (JAX CPU with its own logits, IREE CPU; one per
//! program: greedy_full, greedy_kv, canonical_sampled) are accepted by the verifier on IREE
//! CPU under the built-in calibrated tolerances, and one trial of every tampering class is
//! rejected, each through the `veritor` binary under test; then the training-replay rows
//! (one honest chain, one chain per tamper mode, on examples/tiny/train_step).

use crate::support::{self, derive, root, s, veritor_ok, Out};
use std::process::Command;

#[test]
fn honest_runs_accepted_every_tampering_class_rejected() {
    let python = root().join(".venv/bin/python");
    let out = std::env::temp_dir().join(format!("veritor-it-detect-{}.json", std::process::id()));
    let run = Command::new(&python)
        .arg(root().join("benches/detection_matrix.py"))
        .args([
            "--quick",
            "--veritor",
            env!("CARGO_BIN_EXE_veritor"),
            "--json",
        ])
        .arg(&out)
        .output()
        .expect("the venv's python runs (make setup)");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&run.stdout),
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(run.status.success(), "{text}");
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    let _ = std::fs::remove_file(&out);
    let rows = v["rows"].as_array().unwrap();
    let row = |class: &str, prover: &str| {
        rows.iter()
            .find(|r| r["class"] == class && r["prover"] == prover)
            .unwrap_or_else(|| panic!("no row {class}/{prover}: {text}"))
    };
    for prover in ["jax-cpu", "iree-cpu"] {
        let r = row("honest", prover);
        assert_eq!(
            (r["trials"].as_u64(), r["accepted"].as_u64()),
            (Some(3), Some(3)),
            "{text}"
        );
    }
    for class in [
        "param_seed",
        "layer_noise",
        "bf16_weights",
        "prompt_token",
        "edited_token",
        "temperature",
        "top_k",
        "fabricated_fp",
        "replayed",
    ] {
        let r = row(class, "jax-cpu");
        assert_eq!(
            (r["trials"].as_u64(), r["rejected"].as_u64()),
            (Some(1), Some(1)),
            "{class}: {text}"
        );
    }
    // Training replay: an honest chain accepted, one chain per tamper mode rejected with
    // every step replayed; with 2 of 6 steps replayed, rejected exactly when the tampered
    // step is among them.
    let r = row("train_honest", "iree-cpu");
    assert_eq!(
        (r["trials"].as_u64(), r["accepted"].as_u64()),
        (Some(1), Some(1)),
        "{text}"
    );
    for class in ["train_data", "train_lr", "train_skip", "train_double"] {
        let r = row(class, "iree-cpu");
        assert_eq!(
            (r["trials"].as_u64(), r["rejected"].as_u64()),
            (Some(1), Some(1)),
            "{class}: {text}"
        );
        let p = &r["partial"];
        assert_eq!(p["rejected_when_hit"], p["hit"], "{class}: {text}");
        assert_eq!(
            p["accepted_when_missed"].as_u64().unwrap(),
            p["challenges"].as_u64().unwrap() - p["hit"].as_u64().unwrap(),
            "{class}: {text}"
        );
    }
}
/// `verify --tolerances FILE` applies the file's thresholds (reported in the verdict); a bad
/// file is one error line and exit 2; without it the built-in calibration applies.
#[test]
fn verify_reads_a_tolerances_file() {
    let dir = std::env::temp_dir().join(format!("veritor-it-tolerances-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let e = root().join("examples/tiny");
    let (graph, inputs) = (e.join("greedy_kv.mlir"), e.join("greedy_kv.inputs"));
    let (store, claim, secret) = (
        dir.join("store"),
        dir.join("claim.json"),
        dir.join("secret"),
    );
    let (challenge, openings) = (dir.join("challenge.json"), dir.join("openings.json"));
    let file = dir.join("tol.json");
    let prove = [
        "prove",
        s(&graph),
        "--inputs",
        s(&inputs),
        "--request",
        "5",
        "--store",
        s(&store),
        "-o",
        s(&claim),
    ];
    veritor_ok(&prove, "prove");
    veritor_ok(&["challenge", "commit", "--secret", s(&secret)], "commit");
    derive(&secret, &claim, ("--open", "64"), &challenge);
    support::open(&store, &claim, &challenge, &openings);
    let verify = |extra: &[&str]| {
        let mut args = vec!["--json", "-"];
        args.extend(extra);
        support::verify(&store, &claim, &challenge, &openings, &args)
    };
    std::fs::write(
        &file,
        r#"{"format":"veritor-tolerances/1","tolerances":{"fingerprint_rel":0.25,"fingerprint_abs":0.5,"tie_margin":0.125,"noise_rel":1e-6}}"#,
    )
    .unwrap();
    let Out { code, text } = verify(&["--tolerances", s(&file)]);
    assert_eq!(code, 0, "{text}");
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["tolerances"]["fingerprint_rel"], 0.25, "{text}");
    assert_eq!(v["tolerances"]["tie_margin"], 0.125, "{text}");
    // The verifier keeps the checked, transformed program in the cache; an entry whose text
    // no longer matches its recorded digest is ignored (derived again), not trusted.
    let cached: Vec<_> = std::fs::read_dir(dir.join("store/cache"))
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_str().unwrap().ends_with(".program.mlir"))
        .collect();
    assert_eq!(cached.len(), 1, "{cached:?}");
    std::fs::write(&cached[0], "garbage").unwrap();
    let Out { code, text } = verify(&[]);
    assert_eq!(code, 0, "{text}");
    assert_ne!(std::fs::read_to_string(&cached[0]).unwrap(), "garbage");
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let builtin = veritor_exchange::Tolerances::default();
    assert_eq!(
        v["tolerances"]["fingerprint_rel"], builtin.fingerprint_rel,
        "{text}"
    );
    assert_eq!(v["tolerances"]["tie_margin"], builtin.tie_margin, "{text}");
    std::fs::write(
        &file,
        r#"{"format":"veritor-tolerances/1","tolerances":{"fingerprint_rel":-1}}"#,
    )
    .unwrap();
    let Out { code, text } = verify(&["--tolerances", s(&file)]);
    assert_eq!(code, 2, "{text}");
    assert_eq!(text.lines().count(), 1, "{text}");
    let _ = std::fs::remove_dir_all(&dir);
}
