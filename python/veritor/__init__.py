"""Veritor from Python: make a JAX run verifiable and check it.

    import veritor
    w = veritor.workload(jax.jit(generate), params, prompt)      # exports, stores, digests
    secret = veritor.new_secret()                                # challenger: commit first
    claim = veritor.prove(w, request=7)                          # prover: runs, commits
    ch = veritor.challenge(claim, secret)                        # challenger: reveals, derives
    report = veritor.verify(claim, ch, veritor.open(claim, ch))  # prover opens; verifier decides
    report.accepted, report.reasons

A training step works the same way: `veritor.prove(w, train_steps=8, data_seed=1, vocab=32)`
proves a chain of steps and `veritor.challenge(claim, secret, open_steps=3)` replays three.

How: the package drives the `veritor` and `veritor-opt` binaries (`veritor.cli` says where it
finds them) rather than binding the Rust code. The verifier is Rust linked statically with
MLIR, LLVM and an IREE toolchain; a Python extension would load all of that into the JAX
process (next to jaxlib's own MLIR) for no gain, since each step is a whole command that
compiles or runs a program, and the CLI with its one-line errors and exit codes is the
project's stable boundary, the one `veritor_batch` (batch verification, Ray) uses too
(docs/protocol.md, "Batch verification"). Messages stay the CLI's JSON files; the functions
return typed records of them, and every failure is a `VeritorError` with the CLI's reason.
"""

from .cli import find_binary
from .errors import BinaryNotFound, VeritorError
from .exchange import (Challenge, Claim, Openings, Secret, Verdict, challenge, new_secret, open, prove,
                       verify)
from .workloads import Workload, workload

__all__ = [
    "BinaryNotFound",
    "Challenge",
    "Claim",
    "Openings",
    "Secret",
    "Verdict",
    "VeritorError",
    "Workload",
    "challenge",
    "find_binary",
    "new_secret",
    "open",
    "prove",
    "verify",
    "workload",
]

__version__ = "0.1.0"
