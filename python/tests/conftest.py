"""Shared fixtures: the tiny model of the example corpus (`examples/model.py`, what `make demo`
exports into `examples/tiny/`) and one store for the whole session, so that each graph is
compiled once (`<store>/cache/`)."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import jax
import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "examples"))
jax.config.update("jax_platforms", "cpu")

import model  # noqa: E402  (examples/model.py)
import veritor  # noqa: E402


@pytest.fixture(scope="session")
def tiny() -> SimpleNamespace:
    """The tiny config's parameters, programs and example inputs."""
    cfg = model.CONFIGS["tiny"]
    params = model.init_params(cfg)
    inputs = model.make_inputs(cfg, params)
    return SimpleNamespace(cfg=cfg, params=params, programs=model.make_programs(cfg),
                           prompt=inputs["greedy_full"][1][0], tokens=inputs["train_step"][1][0],
                           lr=inputs["train_step"][1][1])


@pytest.fixture(scope="session")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One store for every test of the session."""
    return tmp_path_factory.mktemp("store")


@pytest.fixture(scope="session")
def decoder(tiny: SimpleNamespace, store: Path, tmp_path_factory: pytest.TempPathFactory) -> veritor.Workload:
    """The tiny greedy decoder with full recompute (`greedy_full`), given as a jitted function."""
    return veritor.workload(jax.jit(tiny.programs["greedy_full"]), tiny.params, tiny.prompt, store=store,
                            workdir=tmp_path_factory.mktemp("greedy_full"))


def run_flow(w: veritor.Workload, tmp: Path, *, challenge_args: dict | None = None,
             **prove_args) -> tuple[veritor.Claim, veritor.Verdict]:
    """The issue's flow: the challenger commits to a secret, the prover proves, the challenge is
    derived, the prover opens, the verifier verifies (checking the published commitment)."""
    secret = veritor.new_secret(tmp / "secret")
    claim = veritor.prove(w, **prove_args)
    ch = veritor.challenge(claim, secret, **(challenge_args or {}))
    report = veritor.verify(claim, ch, veritor.open(claim, ch))
    return claim, report
