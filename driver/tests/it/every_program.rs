//! The whole exchange on every program (issue 12, part 5): one script, `veritor prove |
//! challenge commit | challenge derive | open | verify` ([`prove_challenge_open`]), whatever
//! the claim's strategy and the decoder's shape: a decoder without a batch axis (tokens `[L]`,
//! logits `[L, V]`), a program IREE compiles only inlined (gemma's sampler, a `bit_exact`
//! claim), and `bit_exact` claims, whose challenge opens nothing. Honest claims are accepted
//! and a claim with one edited token rejected; every program is compiled once per test (one
//! store).

use crate::support::{
    edit_json, json, prove_challenge_open, root, s, store_snapshot as snapshot, verify, veritor,
};
use std::path::{Path, PathBuf};
use veritor_iree::npy;

fn work(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("veritor-it-every-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// `<dir>/<name>.mlir` and `<dir>/<name>.inputs`.
fn program(dir: &str, name: &str) -> (PathBuf, PathBuf) {
    let d = root().join(dir);
    (
        d.join(format!("{name}.mlir")),
        d.join(format!("{name}.inputs")),
    )
}

/// `<dir>/<name>.expected/00.npy` with the token at flat index `at` changed, as the outputs
/// directory of a prover that edited one generated token (and committed honestly to it).
fn edited_outputs(dir: &str, name: &str, at: usize, vocab: i32, to: &Path) -> PathBuf {
    let expected = root().join(format!("{dir}/{name}.expected/00.npy"));
    let tokens = npy::read(&expected).unwrap();
    let mut values: Vec<i32> = tokens.to_f64().iter().map(|v| *v as i32).collect();
    values[at] = (values[at] + 1) % vocab;
    std::fs::create_dir_all(to).unwrap();
    npy::write(
        &to.join("00.npy"),
        &npy::Array::from_i32(&tokens.shape, &values),
    )
    .unwrap();
    to.to_path_buf()
}

#[test]
fn a_decoder_without_a_batch_axis_runs_the_whole_exchange() {
    let dir = work("unbatched");
    let store = dir.join("store");
    let (graph, inputs) = program("examples/decode", "unbatched_full");
    let honest = dir.join("honest");
    std::fs::create_dir_all(&honest).unwrap();
    let (claim, challenge, openings) = prove_challenge_open(
        &honest,
        &store,
        &graph,
        &inputs,
        &["--request", "3", "--seed", "1"],
        "64",
    );
    let out = verify(&store, &claim, &challenge, &openings, &[]);
    assert_eq!(out.code, 0, "{}", out.text);
    assert!(
        out.text
            .contains("verdict: ACCEPT (stamp claim, 12 of 12 positions"),
        "{}",
        out.text
    );
    // Leaf i is position 4 + i of the rank-1 buffer (row 0).
    let table: Vec<&str> = out.text.lines().filter(|l| l.contains("match")).collect();
    assert!(table[0].split_whitespace().take(3).eq(["0", "0", "4"]));
    assert!(table[11].split_whitespace().take(3).eq(["11", "0", "15"]));

    // A generation with one edited token, committed honestly: that position is not the
    // model's choice.
    let edited = dir.join("edited");
    let outputs = edited_outputs(
        "examples/decode",
        "unbatched_full",
        9,
        32,
        &edited.join("out"),
    );
    let (claim, challenge, openings) = prove_challenge_open(
        &edited,
        &store,
        &graph,
        &inputs,
        &["--outputs", s(&outputs), "--request", "4"],
        "64",
    );
    let out = verify(&store, &claim, &challenge, &openings, &[]);
    assert_eq!(out.code, 1, "{}", out.text);
    assert!(
        out.text.contains("(row 0, column 9): token"),
        "{}",
        out.text
    );

    // A prover on JAX: its tokens and teacher-forced logits `[L, V]` (the reference's, as
    // `jax_prover.py --logits` writes them), given to prove and open.
    let jax = dir.join("jax");
    std::fs::create_dir_all(&jax).unwrap();
    let logits = root().join("examples/decode/unbatched_full.reference/logits.npy");
    let expected = root().join("examples/decode/unbatched_full.expected");
    let (claim, secret, challenge, openings) = (
        jax.join("claim.json"),
        jax.join("secret"),
        jax.join("challenge.json"),
        jax.join("openings.json"),
    );
    let ok = |args: &[&str]| {
        let out = veritor(args);
        assert_eq!(out.code, 0, "{args:?}: {}", out.text);
    };
    ok(&[
        "prove",
        s(&graph),
        "--inputs",
        s(&inputs),
        "--outputs",
        s(&expected),
        "--logits",
        s(&logits),
        "--request",
        "5",
        "--store",
        s(&store),
        "-o",
        s(&claim),
    ]);
    ok(&["challenge", "commit", "--secret", s(&secret)]);
    ok(&[
        "challenge",
        "derive",
        "--secret",
        s(&secret),
        "--claim",
        s(&claim),
        "--open",
        "5",
        "-o",
        s(&challenge),
    ]);
    ok(&[
        "open",
        "--claim",
        s(&claim),
        "--challenge",
        s(&challenge),
        "--logits",
        s(&logits),
        "--store",
        s(&store),
        "-o",
        s(&openings),
    ]);
    let out = verify(&store, &claim, &challenge, &openings, &[]);
    assert_eq!(out.code, 0, "{}", out.text);
    assert!(out.text.contains("5 of 12 positions"), "{}", out.text);

    // Logits of another rank; sampling from a graph without a noise input.
    let before = snapshot(&store);
    let tokens = expected.join("00.npy");
    let out = veritor(&[
        "open",
        "--claim",
        s(&claim),
        "--challenge",
        s(&challenge),
        "--logits",
        s(&tokens),
        "--store",
        s(&store),
        "-o",
        s(&jax.join("never.json")),
    ]);
    assert_eq!(out.code, 2, "{}", out.text);
    assert!(
        out.text.contains(
            "the logits are not f32[L, V] or f32[B, L, V] covering the claim's positions"
        ),
        "{}",
        out.text
    );
    let out = veritor(&[
        "prove",
        s(&graph),
        "--inputs",
        s(&inputs),
        "--temperature",
        "0.8",
        "--store",
        s(&store),
        "-o",
        s(&jax.join("never.json")),
    ]);
    assert_eq!(out.code, 2, "{}", out.text);
    assert!(
        out.text.contains("(an argument f32[16, 32], the logits' shape, the canonical Gumbel noise); this one has none"),
        "{}",
        out.text
    );
    assert_eq!(before, snapshot(&store));
    let _ = std::fs::remove_dir_all(&dir);
}

/// gemma's sampler fails in iree-compile as exported (`failed to legalize operation
/// 'stablehlo.subtract'`, outlined masking helpers) and compiles once inlined, which the
/// exchange always does; `veritor-ar-to-tf` gives it a teacher-forced form (its tokens reach
/// the result through the mask after the end token), so it is a `stamp` claim, and an edited
/// token is rejected at its position.
#[test]
fn a_program_iree_compiles_only_inlined_is_proved_and_verified() {
    let dir = work("inlined");
    let store = dir.join("store");
    let (graph, inputs) = program("examples/ecosystem/programs", "gemma_greedy");
    let vmfb = dir.join("original.vmfb");
    assert!(
        veritor_iree::exec::compile_cpu(&graph, &vmfb, &[]).is_err(),
        "gemma_greedy compiles as exported now: this test needs a program that compiles only inlined"
    );
    let honest = dir.join("honest");
    std::fs::create_dir_all(&honest).unwrap();
    let (claim, challenge, openings) =
        prove_challenge_open(&honest, &store, &graph, &inputs, &[], "64");
    let out = verify(&store, &claim, &challenge, &openings, &[]);
    assert_eq!(out.code, 0, "{}", out.text);
    assert!(
        out.text
            .contains("verdict: ACCEPT (stamp claim, 12 of 12 positions"),
        "{}",
        out.text
    );
    // The claimed tokens are JAX's.
    let jax = root().join("examples/ecosystem/programs/gemma_greedy.expected/00.npy");
    let claimed = json(&claim)["outputs"][0].as_str().unwrap().to_string();
    assert_eq!(
        claimed,
        veritor_store::Digest::of(&std::fs::read(&jax).unwrap()).to_hex()
    );

    // One generated token edited: the re-execution differs.
    let edited = dir.join("edited");
    let outputs = edited_outputs(
        "examples/ecosystem/programs",
        "gemma_greedy",
        5,
        101,
        &edited.join("out"),
    );
    let (claim, challenge, openings) = prove_challenge_open(
        &edited,
        &store,
        &graph,
        &inputs,
        &["--outputs", s(&outputs)],
        "64",
    );
    let out = verify(&store, &claim, &challenge, &openings, &[]);
    assert_eq!(out.code, 1, "{}", out.text);
    assert!(out.text.contains("column 5): token"), "{}", out.text);

    // A prompt that is all padding: at the first step the attention row keeps no entry, where
    // the parallel teacher-forced form is not exact; its run-time check refuses the run, and
    // so does `prove`, in one line.
    let padded = dir.join("padded-inputs");
    std::fs::create_dir_all(&padded).unwrap();
    for entry in std::fs::read_dir(&inputs).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, padded.join(path.file_name().unwrap())).unwrap();
    }
    npy::write(
        &padded.join("24.npy"),
        &npy::Array::from_i32(&[1, 4], &[0; 4]),
    )
    .unwrap();
    let claim = dir.join("padded-claim.json");
    let out = veritor(&[
        "prove",
        s(&graph),
        "--inputs",
        s(&padded),
        "--store",
        s(&store),
        "-o",
        s(&claim),
    ]);
    assert_eq!(out.code, 2, "{}", out.text);
    assert!(
        out.text.contains("run-time check failed on these tokens"),
        "{}",
        out.text
    );
    assert!(!claim.exists());
    let _ = std::fs::remove_dir_all(&dir);
}

/// A bit_exact claim goes through the same exchange: its challenge opens nothing and derives
/// from the claim's digest, its openings are empty; both are checked when given.
#[test]
fn bit_exact_claims_take_the_same_challenge_and_openings() {
    let dir = work("bit-exact");
    let store = dir.join("store");
    let (graph, inputs) = program("examples/tiny", "forward");
    let honest = dir.join("honest");
    std::fs::create_dir_all(&honest).unwrap();
    let (claim, challenge, openings) =
        prove_challenge_open(&honest, &store, &graph, &inputs, &[], "64");
    let out = verify(&store, &claim, &challenge, &openings, &[]);
    assert_eq!(out.code, 0, "{}", out.text);
    let c = json(&challenge);
    assert_eq!(
        c["params"],
        serde_json::json!({"positions": 0, "open": 0, "steps": 0, "open_steps": 0})
    );
    let body = veritor_protocol::claim::Claim::read(&claim)
        .unwrap()
        .to_json()
        .unwrap();
    let digest = veritor_store::Digest::of(body.as_bytes()).to_hex();
    assert_eq!(c["challenge"]["root"], serde_json::json!(digest));
    assert_eq!(json(&openings)["root"], serde_json::json!(digest));
    // Without a challenge the claim is still re-executed and accepted.
    let out = veritor(&["verify", "--claim", s(&claim), "--store", s(&store)]);
    assert_eq!(out.code, 0, "{}", out.text);

    // One output value edited: rejected.
    let edited = dir.join("edited");
    let mut logits = npy::read(&root().join("examples/tiny/forward.expected/00.npy")).unwrap();
    logits.data[4] ^= 1;
    std::fs::create_dir_all(edited.join("out")).unwrap();
    npy::write(&edited.join("out/00.npy"), &logits).unwrap();
    let out_dir = edited.join("out");
    let (bad_claim, bad_challenge, bad_openings) = prove_challenge_open(
        &edited,
        &store,
        &graph,
        &inputs,
        &["--outputs", s(&out_dir)],
        "64",
    );
    let out = verify(&store, &bad_claim, &bad_challenge, &bad_openings, &[]);
    assert_eq!(out.code, 1, "{}", out.text);
    assert!(
        out.text.contains("output 0 differs from the re-execution"),
        "{}",
        out.text
    );

    // Another claim's challenge or openings: cannot verify, rejected; open refuses it too.
    let before = snapshot(&store);
    let out = verify(&store, &claim, &bad_challenge, &openings, &[]);
    assert_eq!(out.code, 2, "{}", out.text);
    assert!(
        out.text
            .contains("the challenge does not derive from its secret and this claim's root"),
        "{}",
        out.text
    );
    let out = verify(&store, &claim, &challenge, &bad_openings, &[]);
    assert_eq!(out.code, 1, "{}", out.text);
    assert!(
        out.text.contains("the openings answer another root"),
        "{}",
        out.text
    );
    let opened = dir.join("opened.json");
    edit_json(&openings, &opened, |v| {
        v["fingerprints"] = serde_json::json!([[0.5]])
    });
    let out = verify(&store, &claim, &challenge, &opened, &[]);
    assert_eq!(out.code, 1, "{}", out.text);
    assert!(
        out.text
            .contains("the openings open positions or steps; a bit_exact claim has none"),
        "{}",
        out.text
    );
    let never = dir.join("never.json");
    let out = veritor(&[
        "open",
        "--claim",
        s(&claim),
        "--challenge",
        s(&bad_challenge),
        "--store",
        s(&store),
        "-o",
        s(&never),
    ]);
    assert_eq!(out.code, 2, "{}", out.text);
    assert!(
        out.text.contains("the challenge is for root"),
        "{}",
        out.text
    );
    let out = veritor(&[
        "open",
        "--claim",
        s(&claim),
        "--challenge",
        s(&challenge),
        "--logits",
        s(&root().join("examples/tiny/forward.expected/00.npy")),
        "--store",
        s(&store),
        "-o",
        s(&never),
    ]);
    assert_eq!(out.code, 2, "{}", out.text);
    assert!(
        out.text.contains("--logits is for decode (stamp) claims"),
        "{}",
        out.text
    );
    assert!(!never.exists());
    assert_eq!(before, snapshot(&store), "verify or open changed the store");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Graphs whose teacher-forced function or noise input the exchange cannot take, and graphs
/// it cannot inline: one line, exit 2, before anything is compiled or stored.
#[test]
fn graphs_the_exchange_cannot_take_are_one_line_errors() {
    let dir = work("graphs");
    let store = dir.join("store");
    let inputs = dir.join("inputs");
    std::fs::create_dir_all(&inputs).unwrap();
    let write = |name: &str, text: &str| {
        let p = dir.join(name);
        std::fs::write(&p, text).unwrap();
        p
    };
    let prove = |graph: &Path, inputs: &[npy::Array], needle: &str| {
        let _ = std::fs::remove_dir_all(dir.join("inputs"));
        std::fs::create_dir_all(dir.join("inputs")).unwrap();
        for (i, a) in inputs.iter().enumerate() {
            npy::write(&dir.join(format!("inputs/{i:02}.npy")), a).unwrap();
        }
        let out = veritor(&[
            "prove",
            s(graph),
            "--inputs",
            s(&dir.join("inputs")),
            "--store",
            s(&store),
            "-o",
            s(&dir.join("never.json")),
        ]);
        assert_eq!(out.code, 2, "{}", out.text);
        assert_eq!(out.text.lines().count(), 1, "{}", out.text);
        assert!(
            out.text.contains(needle),
            "expected {needle:?} in {}",
            out.text
        );
        assert!(!store.exists() && !dir.join("never.json").exists());
    };
    let f4 = npy::Array::from_f32(&[4], &[0.0; 4]);
    let recursive = write(
        "recursive.mlir",
        "func.func public @main(%x: tensor<4xf32>) -> tensor<4xf32> {\n  %0 = func.call @f(%x) : (tensor<4xf32>) -> tensor<4xf32>\n  return %0 : tensor<4xf32>\n}\nfunc.func private @f(%x: tensor<4xf32>) -> tensor<4xf32> {\n  %0 = func.call @f(%x) : (tensor<4xf32>) -> tensor<4xf32>\n  return %0 : tensor<4xf32>\n}\n",
    );
    prove(
        &recursive,
        std::slice::from_ref(&f4),
        "recursive.mlir: inlining failed: ",
    );
    // A teacher-forced function (here the graph's own) whose token buffer is not integers.
    let float_tokens = write(
        "float-tokens.mlir",
        "func.func public @main(%x: tensor<4xf32>) -> tensor<4xf32> {\n  return %x : tensor<4xf32>\n}\nfunc.func public @main_teacher_forced(%x: tensor<4xf32>, %t: tensor<4xf32>) -> (tensor<4xf32>, tensor<4x3xf32>) {\n  %0 = \"stablehlo.broadcast_in_dim\"(%x) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xf32>) -> tensor<4x3xf32>\n  return %t, %0 : tensor<4xf32>, tensor<4x3xf32>\n}\n",
    );
    prove(
        &float_tokens,
        std::slice::from_ref(&f4),
        "the teacher-forced function has an unexpected signature: the token buffer is float32[4], expected integers [L] or [B, L]",
    );
    // A teacher-forced function without the token buffer argument, and one whose predicted
    // tokens are not the token buffer's type.
    let no_teacher = write(
        "no-teacher.mlir",
        &std::fs::read_to_string(&float_tokens)
            .unwrap()
            .replace(
                "%x: tensor<4xf32>, %t: tensor<4xf32>) ->",
                "%x: tensor<4xf32>) ->",
            )
            .replace("return %t, %0", "return %x, %0"),
    );
    prove(
        &no_teacher,
        std::slice::from_ref(&f4),
        "the teacher-forced function has an unexpected signature: 1 arguments and 2 results, expected the entry point's 1 arguments and the token buffer",
    );
    let other_predicted = write(
        "other-predicted.mlir",
        "func.func public @main(%p: tensor<4xi32>) -> tensor<4xi32> {
  return %p : tensor<4xi32>
}
func.func public @main_teacher_forced(%p: tensor<4xi32>, %t: tensor<4xi32>) -> (tensor<4xi64>, tensor<4x3xf32>) {
  %0 = \"stablehlo.constant\"() <{value = dense<1.0> : tensor<4x3xf32>}> : () -> tensor<4x3xf32>
  %1 = \"stablehlo.convert\"(%t) : (tensor<4xi32>) -> tensor<4xi64>
  return %1, %0 : tensor<4xi64>, tensor<4x3xf32>
}
",
    );
    prove(
        &other_predicted,
        &[npy::Array::from_i32(&[4], &[0; 4])],
        "the predicted tokens are int64[4], the token buffer int32[4]",
    );
    // Two arguments of the logits' shape that the logits do not read: either could be the
    // noise.
    let ambiguous = write(
        "ambiguous.mlir",
        "func.func public @main(%a: tensor<4x3xf32>, %b: tensor<4x3xf32>, %p: tensor<4xi32>) -> tensor<4xi32> {\n  return %p : tensor<4xi32>\n}\nfunc.func public @main_teacher_forced(%a: tensor<4x3xf32>, %b: tensor<4x3xf32>, %p: tensor<4xi32>, %t: tensor<4xi32>) -> (tensor<4xi32>, tensor<4x3xf32>) {\n  %0 = \"stablehlo.constant\"() <{value = dense<1.0> : tensor<4x3xf32>}> : () -> tensor<4x3xf32>\n  return %t, %0 : tensor<4xi32>, tensor<4x3xf32>\n}\n",
    );
    let f43 = npy::Array::from_f32(&[4, 3], &[0.0; 12]);
    let tokens = npy::Array::from_i32(&[4], &[0; 4]);
    prove(
        &ambiguous,
        &[f43.clone(), f43.clone(), tokens.clone()],
        "arguments [0, 1] all can be the noise input f32[4, 3]",
    );
    // Logits that are not the token buffer's shape with a vocabulary axis.
    let bad_logits = write(
        "bad-logits.mlir",
        &std::fs::read_to_string(&ambiguous)
            .unwrap()
            .replace(
                "-> (tensor<4xi32>, tensor<4x3xf32>) {",
                "-> (tensor<4xi32>, tensor<3x4xf32>) {",
            )
            .replace(
                "dense<1.0> : tensor<4x3xf32>}> : () -> tensor<4x3xf32>\n  return %t, %0 : tensor<4xi32>, tensor<4x3xf32>",
                "dense<1.0> : tensor<3x4xf32>}> : () -> tensor<3x4xf32>\n  return %t, %0 : tensor<4xi32>, tensor<3x4xf32>",
            ),
    );
    prove(
        &bad_logits,
        &[f43.clone(), f43, tokens],
        "the logits are float32[3, 4], expected floats of the token buffer's shape [4] and a vocabulary axis",
    );
    let _ = std::fs::remove_dir_all(&dir);
}
