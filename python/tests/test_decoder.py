"""The flow on a decoder of the example corpus (`examples/model.py`'s tiny greedy decoder,
`greedy_full`: full recompute per step; IREE compiles it in half the time of `greedy_kv`),
given as a jitted function, as generic text, as a `jax.export`, as a sharded lowering and as
pretty sharded text: honest claims accepted, a generation with one token edited rejected."""

from __future__ import annotations

from pathlib import Path

import jax
import numpy as np
import pytest
from conftest import ROOT, run_flow
from jax.sharding import NamedSharding, PartitionSpec

import veritor


def test_flow_success_jitted_decoder_accepted(decoder, tiny, tmp_path):
    claim, report = run_flow(decoder, tmp_path, request=7)
    assert decoder.source == "jax.jit" and not decoder.sharding_stripped
    assert claim.kind == "stamp" and claim.request == 7 and claim.positions == 12
    assert claim.graph == decoder.graph_digest and claim.inputs == decoder.input_digests
    assert report.accepted, report.reasons
    assert (report.outcome, report.exit_code, report.reasons) == ("accept", 0, ())
    assert report.opened == 12 and len(report.table) == 12
    assert all(row["choice"] == "match" for row in report.table)
    # The prover ran the graph in IREE: its tokens are JAX's.
    tokens = np.asarray(jax.jit(tiny.programs["greedy_full"])(tiny.params, tiny.prompt))
    np.testing.assert_array_equal(claim.output_arrays()[0], tokens)


def test_flow_failure_edited_token_rejected(decoder, tiny, tmp_path):
    tokens = np.asarray(jax.jit(tiny.programs["greedy_full"])(tiny.params, tiny.prompt)).copy()
    tokens[0, 9] = (tokens[0, 9] + 1) % tiny.cfg.vocab
    # A prover that commits honestly to a generation it edited (every position opened).
    claim, report = run_flow(decoder, tmp_path, request=7, outputs=[tokens])
    assert report.rejected and not report.accepted and report.exit_code == 1
    assert report.reasons[0].startswith(f"position 5 (row 0, column 9): token {tokens[0, 9]} is not "
                                        "the model's choice"), report.reasons


def test_workload_success_generic_text_is_the_same_graph(decoder, tiny, store, tmp_path):
    text = (ROOT / "examples/tiny/greedy_full.mlir").read_text()
    w = veritor.workload(text, tiny.params, tiny.prompt, store=store, workdir=tmp_path / "w")
    assert w.source == "text"
    assert (w.graph_digest, w.input_digests) == (decoder.graph_digest, decoder.input_digests)
    _, report = run_flow(w, tmp_path, request=8)
    assert report.accepted, report.reasons


def test_flow_success_exported_decoder_accepted(tiny, store, tmp_path):
    exported = jax.export.export(jax.jit(tiny.programs["greedy_full"]))(tiny.params, tiny.prompt)
    w = veritor.workload(exported, tiny.params, tiny.prompt, store=store, workdir=tmp_path / "w")
    assert w.source == "jax.export.Exported"
    claim, report = run_flow(w, tmp_path, request=9, challenge_args={"open": 4})
    assert claim.kind == "stamp" and claim.positions == 12
    assert report.accepted, report.reasons
    assert report.opened == 4


def sharded_lowering(tiny):
    """The decoder jitted over a one-device mesh: Shardy annotations on every argument."""
    mesh = jax.make_mesh((1,), ("data",), devices=jax.devices()[:1])
    replicated = NamedSharding(mesh, PartitionSpec())
    params = jax.tree_util.tree_map(lambda _: replicated, tiny.params)
    prompt = NamedSharding(mesh, PartitionSpec("data"))
    jitted = jax.jit(tiny.programs["greedy_full"], in_shardings=(params, prompt), out_shardings=replicated)
    return jitted.lower(tiny.params, tiny.prompt)


def test_workload_success_sharded_lowering_stripped(decoder, tiny, store, tmp_path):
    lowered = sharded_lowering(tiny)
    assert "sdy.sharding" in lowered.as_text()
    w = veritor.workload(lowered, tiny.params, tiny.prompt, store=store, workdir=tmp_path / "w")
    assert w.source == "jax.stages.Lowered" and w.sharding_stripped
    assert "sdy" not in w.graph.read_text()
    # Without its annotations the program is the unsharded one, byte for byte.
    assert w.graph_digest == decoder.graph_digest
    _, report = run_flow(w, tmp_path, request=10)
    assert report.accepted, report.reasons


def test_flow_success_pretty_sharded_text_accepted(tiny, store, tmp_path):
    # Pretty text with Shardy annotations: iree-opt (the CLI's converter) has no `sdy`
    # dialect, so the package converts it with JAX's MLIR.
    text = sharded_lowering(tiny).as_text()
    assert text.startswith("module @jit_greedy_full") and "sdy.mesh" in text
    w = veritor.workload(text, tiny.params, tiny.prompt, store=store, workdir=tmp_path / "w")
    assert w.sharding_stripped and "sdy" not in w.graph.read_text()
    _, report = run_flow(w, tmp_path, request=11, challenge_args={"open": 4})
    assert report.accepted, report.reasons


def test_verify_failure_without_openings_cannot_verify(decoder, tmp_path):
    claim = veritor.prove(decoder, request=7)
    ch = veritor.challenge(claim, veritor.new_secret(tmp_path / "secret"))
    report = veritor.verify(claim, ch)
    assert report.cannot_verify and report.exit_code == 2 and not report.accepted
    assert len(report.reasons) == 1 and "openings" in report.reasons[0], report.reasons


def test_challenge_success_secret_as_bytes_is_deterministic(decoder, tmp_path):
    claim = veritor.prove(decoder, request=7)
    a = veritor.challenge(claim, bytes(range(32)), open=4)
    b = veritor.challenge(claim, bytes(range(32)), open=4)
    assert a.positions == b.positions and len(a.positions) == 4 and a.published_commitment is None
    with pytest.raises(veritor.VeritorError, match="a secret is 32 bytes, not 3"):
        veritor.challenge(claim, b"abc")


def test_prove_failure_inputs_that_do_not_fit_the_graph(tiny, store, tmp_path):
    text = (ROOT / "examples/tiny/greedy_full.mlir").read_text()
    prompt = tiny.prompt.astype(np.float32)  # @main takes int32 tokens
    w = veritor.workload(text, tiny.params, prompt, store=store, workdir=tmp_path / "w")
    with pytest.raises(veritor.VeritorError) as e:
        veritor.prove(w)
    assert e.value.exit_code == 2
    assert str(e.value) == (f"veritor: error: {w.inputs}/29.npy: is float32[1, 4], "
                            "the graph expects int32[1, 4]")
