"""The flow on a training step of the example corpus (`examples/model.py`'s tiny SGD step,
`(params, tokens, lr) -> (params', loss)`): a chain of steps proved, a subset replayed and
accepted; a chain whose prover skipped a step (committing the honest schedule) rejected when
that step is replayed."""

from __future__ import annotations

import jax
import pytest
from conftest import run_flow

import veritor

STEPS = 4


@pytest.fixture(scope="module")
def train_step(tiny, store, tmp_path_factory) -> veritor.Workload:
    """The training step, given as a jitted function."""
    return veritor.workload(jax.jit(tiny.programs["train_step"]), tiny.params, tiny.tokens, tiny.lr,
                            store=store, workdir=tmp_path_factory.mktemp("train_step"))


def test_flow_success_training_chain_accepted(train_step, tiny, tmp_path):
    claim, report = run_flow(train_step, tmp_path, train_steps=STEPS, data_seed=1, vocab=tiny.cfg.vocab,
                             challenge_args={"open_steps": 2})
    assert claim.kind == "training_replay" and claim.steps == STEPS
    assert claim.inputs == train_step.input_digests[:-2]  # the parameters (not the batch, lr)
    assert report.accepted, report.reasons
    assert report.strategy == "training_replay" and report.opened == 2 and len(report.steps) == 2
    # Same IREE build on both sides: the replay is bit for bit.
    assert all(step["update_distance"] == 0.0 for step in report.steps)


def test_flow_failure_skipped_step_rejected(train_step, tiny, tmp_path):
    # `--tamper skip:2` (a hidden prover flag the tests and the demo use): step 2's update is
    # not applied, while the claim commits the honest schedule. Every step replayed.
    claim, report = run_flow(train_step, tmp_path, train_steps=STEPS, data_seed=1, vocab=tiny.cfg.vocab,
                             extra_args=["--tamper", "skip:2"], challenge_args={"open_steps": STEPS})
    assert report.rejected and report.exit_code == 1, report.reasons
    assert any(r.startswith("step 2") for r in report.reasons), report.reasons
