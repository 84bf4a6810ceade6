"""Errors: each a `VeritorError` carrying one line (the CLI's own reason where a command
failed) and the exit status; binaries found as documented, a missing one named."""

from __future__ import annotations

import os
import stat

import jax
import jax.numpy as jnp
import numpy as np
import pytest

import veritor
from veritor import cli

BAD_PRETTY = """module @bad {
  func.func public @main(%arg0: tensor<2xf32>) -> tensor<2xf32> {
    %0 = stablehlo.bogus %arg0 : tensor<2xf32>
    return %0 : tensor<2xf32>
  }
}
"""


def test_workload_failure_bad_text_reports_the_cli_location(store, tmp_path):
    with pytest.raises(veritor.VeritorError) as e:
        veritor.workload(BAD_PRETTY, np.zeros(2, np.float32), store=store, workdir=tmp_path / "w")
    source = tmp_path / "w" / "source.mlir"
    assert str(e.value) == f"{source}:3:10: error: custom op 'stablehlo.bogus' is unknown"
    assert e.value.exit_code == 1 and e.value.command[0].endswith("veritor-opt")
    assert not isinstance(e.value.__cause__, Exception)


def test_workload_failure_wrong_number_of_arguments(store, tmp_path):
    lowered = jax.jit(lambda a, b: a + b).lower(np.ones(3, np.float32), np.ones(3, np.float32))
    with pytest.raises(veritor.VeritorError, match=r"^the program takes 2 arrays .* but 1 were given \("):
        veritor.workload(lowered, np.ones(3, np.float32), store=store, workdir=tmp_path / "w")


def test_workload_failure_argument_of_another_shape(store, tmp_path):
    lowered = jax.jit(lambda a: a * 2).lower(np.ones(3, np.float32))
    with pytest.raises(veritor.VeritorError, match=r"^argument 0: shape \(4,\), the program takes \(3,\)$"):
        veritor.workload(lowered, np.ones(4, np.float32), store=store, workdir=tmp_path / "w")


def test_workload_success_unused_argument_is_no_input(store, tmp_path):
    # JAX drops `b` from @main (not used): only `a` and `c` become inputs; a Python float
    # argument is written in the program's dtype (f32, JAX's weak type), not as f64.
    w = veritor.workload(jax.jit(lambda a, b, c: a * c), np.ones(3, np.float32), np.ones(5, np.int32), 2.0,
                         store=store, workdir=tmp_path / "w")
    files = sorted(w.inputs.glob("*.npy"))
    assert [np.load(f).shape for f in files] == [(3,), ()]
    assert np.load(files[1]).dtype == np.float32 and len(w.input_digests) == 2


def test_workload_success_static_argument_is_no_input(store, tmp_path):
    jitted = jax.jit(lambda a, n, b: a * n + b, static_argnums=1)
    w = veritor.workload(jitted, np.ones(2, np.float32), 3, np.zeros(2, np.float32), store=store,
                         workdir=tmp_path / "w")
    assert [np.load(f).tolist() for f in sorted(w.inputs.glob("*.npy"))] == [[1.0, 1.0], [0.0, 0.0]]


def test_workload_failure_not_a_program(store):
    with pytest.raises(TypeError, match="takes a jax.jit function"):
        veritor.workload(42, store=store)


def test_workload_failure_workdir_already_used(store, tmp_path):
    veritor.workload(jax.jit(jnp.sin), np.ones(2, np.float32), store=store, workdir=tmp_path / "w")
    with pytest.raises(veritor.VeritorError, match="already holds a workload"):
        veritor.workload(jax.jit(jnp.sin), np.ones(2, np.float32), store=store, workdir=tmp_path / "w")


def test_find_binary_failure_env_var_names_no_file(monkeypatch, tmp_path):
    monkeypatch.setenv("VERITOR_BIN", str(tmp_path / "nothing"))
    with pytest.raises(veritor.BinaryNotFound, match=r"^VERITOR_BIN=.*/nothing: no such executable file$"):
        veritor.find_binary("veritor")
    # Every command then fails the same way, never with an OSError.
    with pytest.raises(veritor.VeritorError, match="VERITOR_BIN"):
        veritor.new_secret(tmp_path / "secret")


def test_find_binary_failure_nowhere(monkeypatch, tmp_path):
    monkeypatch.delenv("VERITOR_OPT", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(veritor.BinaryNotFound) as e:
        cli.find_binary("veritor-opt", repo_root=tmp_path)
    assert str(e.value).startswith(
        "veritor-opt not found: VERITOR_OPT is not set, it is not on PATH, nor in ")
    assert e.value.exit_code is None


def test_find_binary_success_order(monkeypatch, tmp_path):
    monkeypatch.delenv("VERITOR_BIN", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    debug, release = (executable(tmp_path / "target" / d / "veritor") for d in ("debug", "release"))
    os.utime(debug, (1, 1))
    assert cli.find_binary("veritor", repo_root=tmp_path) == release  # the newer build
    on_path = executable(tmp_path / "bin" / "veritor")
    assert cli.find_binary("veritor", repo_root=tmp_path) == on_path
    monkeypatch.setenv("VERITOR_BIN", str(debug))
    assert cli.find_binary("veritor", repo_root=tmp_path) == debug


def test_reason_line_success_picks_the_error_line():
    stderr = "x.mlir:3:10: error: custom op 'a' is unknown\n  %0 = a\n      ^\n"
    assert cli.reason_line(stderr) == "x.mlir:3:10: error: custom op 'a' is unknown"
    stderr = "note: one\nveritor: cannot verify: no openings\n"
    assert cli.reason_line(stderr) == "veritor: cannot verify: no openings"
    assert cli.reason_line("", "", 3) == "exit status 3"


def executable(path):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/bin/sh\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path
