//! The verification exchange (issue 6) as users run it: `veritor prove`, `challenge`, `open`,
//! `verify` on the tiny decode examples. An honest greedy and an honest canonically sampled
//! claim are accepted; tampered claims are rejected with the reason; bad input is one clear
//! error, exit 2, and leaves the store as it was.

use crate::support::{
    edit_json, prove_challenge_open, root, s, store_snapshot as snapshot, verify, verify_args,
    veritor,
};
use std::path::{Path, PathBuf};
use veritor_iree::npy;
use veritor_store::{Digest, Store};

fn work(tag: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("veritor-it-protocol-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn tiny(name: &str) -> (PathBuf, PathBuf) {
    let e = root().join("examples/tiny");
    (
        e.join(format!("{name}.mlir")),
        e.join(format!("{name}.inputs")),
    )
}

#[test]
fn honest_greedy_claim_is_accepted_and_tampered_ones_rejected() {
    let dir = work("greedy");
    let store = dir.join("store");
    let (graph, inputs) = tiny("greedy_kv");
    let (claim, challenge, openings) = prove_challenge_open(
        &dir,
        &store,
        &graph,
        &inputs,
        &["--request", "7", "--seed", "1"],
        "64",
    );
    let out = verify(&store, &claim, &challenge, &openings, &[]);
    assert_eq!(out.code, 0, "honest claim: {}", out.text);
    assert!(
        out.text.contains("verdict: ACCEPT") && out.text.contains("12 of 12 positions"),
        "{}",
        out.text
    );

    // An opened token edited after committing: the proof and the output disagree.
    let bad = dir.join("bad-openings.json");
    edit_json(&openings, &bad, |v| {
        let t = v["openings"][3]["token"].as_i64().unwrap();
        v["openings"][3]["token"] = ((t + 1) % 32).into();
    });
    let out = verify(&store, &claim, &challenge, &bad, &[]);
    assert_eq!(out.code, 1, "{}", out.text);
    assert!(
        out.text.contains("Merkle proof does not verify"),
        "{}",
        out.text
    );

    // A fabricated fingerprint under the challenge's seed.
    edit_json(&openings, &bad, |v| {
        let x = v["fingerprints"][0][0].as_f64().unwrap();
        v["fingerprints"][0][0] = (x + 0.5).into();
    });
    let out = verify(&store, &claim, &challenge, &bad, &[]);
    assert_eq!(out.code, 1, "{}", out.text);
    assert!(
        out.text.contains("under the challenge's seed"),
        "{}",
        out.text
    );

    // The claim replayed as another request: the leaves name the original request.
    let replayed = dir.join("replayed.json");
    edit_json(&claim, &replayed, |v| v["strategy"]["request"] = 8.into());
    let out = verify(&store, &replayed, &challenge, &openings, &[]);
    assert_eq!(out.code, 1, "{}", out.text);
    assert!(
        out.text.contains("Merkle proof does not verify"),
        "{}",
        out.text
    );

    // A changed prompt token: the claim names another prompt than the one generated from.
    let prompt = npy::read(&inputs.join("29.npy")).unwrap();
    let mut data = prompt.clone();
    data.data[0] ^= 1;
    let st = Store::open_existing(&store).unwrap();
    let digest = st.put_blob(&npy::to_bytes(&data)).unwrap();
    drop(st);
    let changed = dir.join("changed-prompt.json");
    edit_json(&claim, &changed, |v| {
        v["inputs"][29] = digest.to_hex().into()
    });
    let out = verify(&store, &changed, &challenge, &openings, &[]);
    assert_eq!(out.code, 1, "{}", out.text);
    assert!(
        out.text.contains("is not the model's choice") || out.text.contains("fingerprint"),
        "{}",
        out.text
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_generation_with_an_edited_token_is_rejected_at_that_position() {
    let dir = work("edited");
    let store = dir.join("store");
    let (graph, inputs) = tiny("greedy_full");
    // The prover commits honestly to a generation whose token at position 9 it edited.
    let expected = root().join("examples/tiny/greedy_full.expected/00.npy");
    let mut tokens = npy::read(&expected).unwrap();
    let i = 9 * 4;
    tokens.data[i] = (tokens.data[i] + 1) % 32;
    let outputs = dir.join("outputs");
    std::fs::create_dir_all(&outputs).unwrap();
    npy::write(&outputs.join("00.npy"), &tokens).unwrap();
    let (claim, challenge, openings) = prove_challenge_open(
        &dir,
        &store,
        &graph,
        &inputs,
        &["--outputs", s(&outputs)],
        "64",
    );
    let out = verify(&store, &claim, &challenge, &openings, &[]);
    assert_eq!(out.code, 1, "{}", out.text);
    assert!(out.text.contains("column 9): token"), "{}", out.text);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn canonical_sampled_claim_is_accepted_and_chosen_noise_rejected() {
    let dir = work("sampled");
    let store = dir.join("store");
    let d = root().join("examples/decode");
    let (graph, inputs) = (
        d.join("canonical_sampled.mlir"),
        d.join("canonical_sampled.inputs"),
    );
    let sampling = [
        "--request",
        "10",
        "--seed",
        "2",
        "--temperature",
        "0.8",
        "--top-k",
        "8",
        "--top-p",
        "0.9",
    ];
    let (claim, challenge, openings) =
        prove_challenge_open(&dir, &store, &graph, &inputs, &sampling, "64");
    let out = verify(&store, &claim, &challenge, &openings, &[]);
    assert_eq!(out.code, 0, "{}", out.text);
    // The committed tokens are JAX's (the canonical sampler in the graph).
    let st = Store::open_existing(&store).unwrap();
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&claim).unwrap()).unwrap();
    let tokens = st
        .get_blob(&Digest::parse(v["outputs"][0].as_str().unwrap()).unwrap())
        .unwrap();
    let jax = std::fs::read(d.join("canonical_sampled.expected/00.npy")).unwrap();
    assert_eq!(npy::parse(&tokens).unwrap(), npy::parse(&jax).unwrap());
    // A claim under another seed names noise that is not that seed's canonical noise.
    let other = dir.join("other-seed.json");
    edit_json(&claim, &other, |v| v["strategy"]["seed"] = 3.into());
    let out = verify(&store, &other, &challenge, &openings, &[]);
    assert_eq!(out.code, 1, "{}", out.text);
    assert!(
        out.text.contains("not the canonical Gumbel noise"),
        "{}",
        out.text
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// Runs `args`, expects exit 2 with `needle` on one line, and the store unchanged.
fn refused(store: &Path, args: &[&str], needle: &str) {
    let before = snapshot(store);
    let out = veritor(args);
    assert_eq!(out.code, 2, "{args:?}: {}", out.text);
    assert!(
        out.text.contains(needle),
        "{args:?}: expected {needle:?} in {}",
        out.text
    );
    assert_eq!(before, snapshot(store), "{args:?} changed the store");
}

#[test]
fn bad_input_is_one_clear_error_exit_2_and_changes_nothing() {
    let dir = work("bad");
    let store = dir.join("store");
    let (graph, inputs) = tiny("greedy_kv");
    let (claim, challenge, openings) =
        prove_challenge_open(&dir, &store, &graph, &inputs, &[], "4");
    let prove = |inputs: &Path, graph: &Path| -> Vec<String> {
        [
            "prove",
            s(graph),
            "--inputs",
            s(inputs),
            "--store",
            s(&store),
            "-o",
            s(&dir.join("never.json")),
        ]
        .iter()
        .map(|x| x.to_string())
        .collect()
    };
    let as_refs = |v: &[String]| -> Vec<String> { v.to_vec() };
    let copy_inputs = |tag: &str, f: &dyn Fn(&Path)| -> PathBuf {
        let to = dir.join(tag);
        std::fs::create_dir_all(&to).unwrap();
        for e in std::fs::read_dir(&inputs).unwrap() {
            let e = e.unwrap();
            std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
        }
        f(&to.join("29.npy"));
        to
    };
    let run = |args: Vec<String>, needle: &str| {
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        refused(&store, &refs, needle);
    };

    // Truncated .npy.
    let truncated = copy_inputs("truncated", &|p| {
        let b = std::fs::read(p).unwrap();
        std::fs::write(p, &b[..b.len() - 3]).unwrap();
    });
    run(as_refs(&prove(&truncated, &graph)), "29.npy");
    // Wrong dtype.
    let dtype = copy_inputs("dtype", &|p| {
        let a = npy::read(p).unwrap();
        let f: Vec<f32> = a.to_f64().iter().map(|x| *x as f32).collect();
        npy::write(p, &npy::Array::from_f32(&a.shape, &f)).unwrap();
    });
    run(
        as_refs(&prove(&dtype, &graph)),
        "the graph expects int32[1, 4]",
    );
    // Wrong shape.
    let shape = copy_inputs("shape", &|p| {
        npy::write(p, &npy::Array::from_i32(&[1, 3], &[1, 2, 3])).unwrap();
    });
    run(
        as_refs(&prove(&shape, &graph)),
        "is int32[1, 3], the graph expects int32[1, 4]",
    );
    // A graph with a disallowed op, and one with an absurd shape.
    let custom = dir.join("custom.mlir");
    std::fs::write(
        &custom,
        "func.func public @main(%x: tensor<4xf32>) -> tensor<4xf32> {\n  %0 = \"stablehlo.custom_call\"(%x) {call_target_name = \"system\"} : (tensor<4xf32>) -> tensor<4xf32>\n  return %0 : tensor<4xf32>\n}\n",
    )
    .unwrap();
    run(
        as_refs(&prove(&inputs, &custom)),
        "custom.mlir:2:8: op 'stablehlo.custom_call' is not allowed: it calls code outside the graph",
    );
    let absurd = dir.join("absurd.mlir");
    std::fs::write(
        &absurd,
        "func.func public @main(%x: tensor<4xf32>) -> tensor<4xf32> {\n  %0 = \"stablehlo.broadcast_in_dim\"(%x) {broadcast_dimensions = array<i64: 2>} : (tensor<4xf32>) -> tensor<100000x100000x4xf32>\n  %1 = \"stablehlo.slice\"(%0) {start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 1, 1, 4>, strides = array<i64: 1, 1, 1>} : (tensor<100000x100000x4xf32>) -> tensor<1x1x4xf32>\n  %2 = \"stablehlo.reshape\"(%1) : (tensor<1x1x4xf32>) -> tensor<4xf32>\n  return %2 : tensor<4xf32>\n}\n",
    )
    .unwrap();
    run(
        as_refs(&prove(&inputs, &absurd)),
        "elements, more than the limit",
    );

    // The verifier: malformed claim JSON, a claim whose graph holds a disallowed op, a
    // missing blob, a truncated blob.
    let verify_args = |claim: &Path| verify_args(&store, claim, &challenge, &openings);
    let malformed = dir.join("malformed.json");
    let text = std::fs::read_to_string(&claim).unwrap();
    std::fs::write(&malformed, &text[..text.len() / 2]).unwrap();
    run(verify_args(&malformed), "malformed claim JSON");
    let st = Store::open_existing(&store).unwrap();
    let custom_digest = st.put_file(&custom).unwrap();
    let truncated_digest = st
        .put_blob(&std::fs::read(truncated.join("29.npy")).unwrap())
        .unwrap();
    drop(st);
    let disallowed = dir.join("disallowed.json");
    edit_json(&claim, &disallowed, |v| {
        v["graph"] = custom_digest.to_hex().into()
    });
    run(
        verify_args(&disallowed),
        "'stablehlo.custom_call' is not allowed",
    );
    let missing = dir.join("missing.json");
    edit_json(&claim, &missing, |v| {
        v["inputs"][3] = "ab".repeat(32).into()
    });
    run(verify_args(&missing), &"ab".repeat(32));
    let trunc = dir.join("truncated-blob.json");
    edit_json(&claim, &trunc, |v| {
        v["inputs"][29] = truncated_digest.to_hex().into()
    });
    run(verify_args(&trunc), "input 29");
    // Openings missing: cannot verify (withholding is not acceptance).
    run(
        vec![
            "verify".into(),
            "--claim".into(),
            s(&claim).into(),
            "--store".into(),
            s(&store).into(),
        ],
        "needs a challenge and the prover's openings",
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// A full-recompute and a KV-cache decoder of the same model generate the same tokens from
/// the same prompt, so their commitments are equal; their claims still differ (graph,
/// workload) and both live in one store, each verified against its own graph.
#[test]
fn two_workloads_with_the_same_tokens_are_two_claims() {
    let dir = work("same-tokens");
    let store = dir.join("store");
    let mut claims = Vec::new();
    for name in ["greedy_full", "greedy_kv"] {
        let sub = dir.join(name);
        std::fs::create_dir_all(&sub).unwrap();
        let (graph, inputs) = tiny(name);
        let extra = ["--request", "3", "--seed", "5"];
        let (claim, challenge, openings) =
            prove_challenge_open(&sub, &store, &graph, &inputs, &extra, "4");
        let out = verify(&store, &claim, &challenge, &openings, &[]);
        assert_eq!(out.code, 0, "{name}: {}", out.text);
        let v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&claim).unwrap()).unwrap();
        claims.push(v);
    }
    assert_eq!(
        claims[0]["strategy"]["commitment"], claims[1]["strategy"]["commitment"],
        "the same tokens and logits rows commit to the same root"
    );
    assert_ne!(claims[0]["graph"], claims[1]["graph"]);
    let st = Store::open_existing(&store).unwrap();
    assert_eq!(st.claims(None).unwrap().len(), 2);
    let _ = std::fs::remove_dir_all(&dir);
}

/// `veritor prove --device` records the descriptor's name and digest in the claim; verify
/// shows it (text and JSON) and accepts; an unknown device, and a claim whose device record
/// is malformed, are one-line errors.
#[test]
fn prove_success_device_is_recorded_and_shown_by_verify() {
    let dir = work("device");
    let store = crate::support::store_with_cpu_device(&dir);
    let (graph, inputs) = tiny("greedy_kv");
    let (claim, challenge, openings) = prove_challenge_open(
        &dir,
        &store,
        &graph,
        &inputs,
        &["--request", "3", "--device", "lab-cpu"],
        "4",
    );
    let digest = crate::support::lab_cpu().digest();
    let v = crate::support::json(&claim);
    assert_eq!(v["device"]["name"], "lab-cpu");
    assert_eq!(v["device"]["digest"], digest.as_str());
    let out = verify(&store, &claim, &challenge, &openings, &[]);
    assert_eq!(out.code, 0, "{}", out.text);
    let line = format!("device (as claimed, not checked here): lab-cpu (descriptor {digest})");
    assert!(out.text.contains(&line), "{}", out.text);
    let out = verify(&store, &claim, &challenge, &openings, &["--json", "-"]);
    let verdict: serde_json::Value = serde_json::from_str(&out.text).unwrap();
    assert_eq!(verdict["device"]["digest"], digest.as_str());

    let bad = dir.join("bad-device.json");
    edit_json(&claim, &bad, |v| v["device"]["digest"] = "00".into());
    let out = verify(&store, &bad, &challenge, &openings, &[]);
    assert_eq!(out.code, 2, "{}", out.text);
    let e = out
        .text
        .lines()
        .find(|l| l.starts_with("veritor: "))
        .unwrap();
    assert!(e.contains("invalid claim: `device.digest`"), "{e}");

    refused(
        &store,
        &[
            "prove",
            s(&graph),
            "--inputs",
            s(&inputs),
            "--store",
            s(&store),
            "--device",
            "nope",
        ],
        "veritor: error: no device \"nope\" in the registry (registered: lab-cpu)",
    );
    let _ = std::fs::remove_dir_all(&dir);
}
