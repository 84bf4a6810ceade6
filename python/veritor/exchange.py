"""The verification exchange (docs/protocol.md): `prove`, `new_secret`, `challenge`, `open`,
`verify`, each one `veritor` command, each returning a typed record of the message it wrote.

Every message stays a file (a claim, a challenge, openings, a verdict: JSON, as the CLI
writes them), in a directory of its own below the workload's; the records carry the path and
the fields a caller reads.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from . import cli
from .errors import VeritorError
from .workloads import Workload, write_arrays


@dataclass(frozen=True)
class Claim:
    """A prover's claim (`veritor-claim/1`), written by `veritor prove`.

    Attributes:
        path: the claim file.
        workload: the workload it was proved from.
        id: the claim's row in the store (`stamp-<digest>`, ...), as `prove` reported it.
        kind: the strategy: `stamp` (a decode, spot-checked by teacher forcing), `bit_exact`
            (re-executed whole) or `training_replay` (a chain of training steps).
        graph: the graph's digest.
        inputs: the inputs' digests.
        outputs: the outputs' digests (the generated tokens; the final parameters of a
            training chain).
        strategy: the claim's `strategy` object (request, positions, commitment, ...).
        summary: `prove`'s report line.
        logits: the `logits` file given to `prove`, which `open` needs too.
    """

    path: Path
    workload: Workload
    id: str | None
    kind: str
    graph: str
    inputs: tuple[str, ...]
    outputs: tuple[str, ...]
    strategy: dict[str, Any]
    summary: str
    logits: Path | None = None

    @property
    def dir(self) -> Path:
        """The claim's directory (challenges, openings and verdicts are written there)."""
        return self.path.parent

    @property
    def request(self) -> int | None:
        """The request id of a `stamp` claim."""
        return self.strategy.get("request")

    @property
    def positions(self) -> int | None:
        """The number of committed generated positions of a `stamp` claim."""
        return self.strategy.get("positions")

    @property
    def steps(self) -> int | None:
        """The number of training steps of a `training_replay` claim."""
        return self.strategy.get("steps")

    def output_arrays(self) -> list[np.ndarray]:
        """The claimed outputs, read back from the store (`veritor store get`, which checks
        each against its digest)."""
        out = Path(tempfile.mkdtemp(prefix="outputs-", dir=self.dir))
        arrays = []
        for i, digest in enumerate(self.outputs):
            file = out / f"{i:02d}.npy"
            cli.run("veritor", ["store", "--store", self.workload.store, "get", digest, "-o", file])
            arrays.append(np.load(file, allow_pickle=False))
        return arrays


@dataclass(frozen=True)
class Secret:
    """A challenger's secret (`veritor challenge commit`): 32 random bytes kept in `path`
    (mode 0600), and the `commitment` to publish before the prover commits."""

    path: Path
    commitment: str


@dataclass(frozen=True)
class Challenge:
    """A challenge (`veritor-challenge/1`), derived from a secret and a claim.

    Attributes:
        path: the challenge file.
        claim: the claim it challenges.
        root: the claim's commitment (a `bit_exact` claim's digest).
        positions: the generated positions to open (`stamp`).
        steps: the training steps to replay (`training_replay`).
        projection_seed: the seed of the fresh fingerprints.
        secret_commitment: the commitment the message carries.
        published_commitment: the commitment printed when the secret was drawn, when the
            secret came as a `Secret`: `verify` checks the challenge against it.
    """

    path: Path
    claim: Claim
    root: str
    positions: tuple[int, ...]
    steps: tuple[int, ...]
    projection_seed: tuple[int, ...]
    secret_commitment: str
    published_commitment: str | None = None


@dataclass(frozen=True)
class Openings:
    """The prover's answer to a challenge (`veritor-openings/1`).

    Attributes:
        path: the openings file.
        challenge: the challenge answered.
        root: the root the openings are for.
        count: the number of opened positions, or of opened training steps.
    """

    path: Path
    challenge: Challenge
    root: str
    count: int


@dataclass(frozen=True)
class Verdict:
    """The verifier's decision (`veritor-verdict/1`).

    Attributes:
        outcome: `accept`, `reject` or `cannot_verify`.
        reasons: why not accepted (empty when accepted), one line each.
        strategy: the claim's strategy (None when the claim could not be read).
        positions: the claim's positions (training steps for a training claim).
        opened: the positions (steps) checked.
        near_ties: opened tokens accepted within the tie margin.
        max_fingerprint_distance: the worst fingerprint distance seen.
        mean_surprisal: the mean surprisal of the opened tokens (nats), for a decode.
        tolerances: the thresholds applied.
        table: one row per opened position (token, model choice, margin, distances, ...).
        steps: one row per replayed training step.
        run_seconds: time in the re-executed program.
        total_seconds: time of the whole verification.
        summary: the CLI's text table.
        exit_code: `veritor verify`'s exit status (0 accept, 1 reject, 2 cannot verify).
        path: the verdict file.
    """

    outcome: str
    reasons: tuple[str, ...]
    strategy: str | None
    positions: int
    opened: int
    near_ties: int
    max_fingerprint_distance: float | None
    mean_surprisal: float | None
    tolerances: dict[str, Any]
    table: tuple[dict[str, Any], ...]
    steps: tuple[dict[str, Any], ...]
    run_seconds: float
    total_seconds: float
    summary: str
    exit_code: int
    path: Path = field(repr=False)

    @property
    def accepted(self) -> bool:
        """Whether the claim was accepted."""
        return self.outcome == "accept"

    @property
    def rejected(self) -> bool:
        """Whether the claim was rejected (a check failed)."""
        return self.outcome == "reject"

    @property
    def cannot_verify(self) -> bool:
        """Whether the claim could not be verified (malformed or withheld input, a missing
        blob): a deployment must treat it as failure, not acceptance."""
        return self.outcome == "cannot_verify"


def prove(w: Workload, *, request: int = 0, seed: int = 0, temperature: float | None = None,
          top_k: int | None = None, top_p: float | None = None, fingerprint_dim: int | None = None,
          outputs: Sequence[Any] | None = None, logits: Any = None, train_steps: int | None = None,
          data_seed: int | None = None, vocab: int | None = None, lr: float | None = None,
          extra_args: Sequence[str] = ()) -> Claim:
    """Runs the workload and commits to its outputs (`veritor prove`).

    Args:
        w: the workload.
        request: the request id (keys the sampling stream and every commitment leaf).
        seed, temperature, top_k, top_p: canonical sampling (greedy when `temperature` is
            None); a sampled graph takes the canonical noise as an input.
        fingerprint_dim: the length of each fingerprint (the CLI's default 16 when None).
        outputs: outputs produced elsewhere (e.g. by JAX), in result order, instead of running
            the graph: the claim commits to them.
        logits: teacher-forced logits computed elsewhere (`f32[B, L, V]`): the committed
            fingerprints come from them, and `open` uses them too.
        train_steps, data_seed, vocab, lr: prove a chain of `train_steps` training steps of a
            training-step graph `(params..., data..., lr) -> (params'..., loss)` on batches
            drawn from `data_seed` (integers below `vocab`).
        extra_args: more `veritor prove` flags, passed as given.

    Raises:
        VeritorError: with the CLI's reason (a refused op, inputs that do not fit the graph,
            ...).
    """
    claim_dir = Path(tempfile.mkdtemp(prefix="claim-", dir=w.dir))
    path = claim_dir / "claim.json"
    args: list[Any] = ["prove", w.graph, "--inputs", w.inputs, "--store", w.store, "--entry", w.entry,
                       "--request", request, "--seed", seed, "-o", path]
    args += _flags(temperature=temperature, top_k=top_k, top_p=top_p, fingerprint_dim=fingerprint_dim,
                   train_steps=train_steps, data_seed=data_seed, vocab=vocab, lr=lr)
    if outputs is not None:
        write_arrays(claim_dir / "outputs", [np.asarray(o) for o in outputs])
        args += ["--outputs", claim_dir / "outputs"]
    logits_path = None
    if logits is not None:
        logits_path = claim_dir / "logits.npy"
        np.save(logits_path, np.asarray(logits, dtype=np.float32), allow_pickle=False)
        args += ["--logits", logits_path]
    done = cli.run("veritor", [*args, *extra_args])
    body = _read_json(path, "claim")
    summary = cli.reason_line(done.stderr) if done.stderr.strip() else ""
    match = re.search(r"claim (\S+)", summary)
    strategy = body.get("strategy") or {}
    return Claim(path=path, workload=w, id=match.group(1) if match else None, kind=strategy.get("kind", ""),
                 graph=body.get("graph", ""), inputs=tuple(body.get("inputs", ())),
                 outputs=tuple(body.get("outputs", ())), strategy=strategy, summary=summary,
                 logits=logits_path)


def new_secret(path: str | os.PathLike | None = None) -> Secret:
    """Draws a fresh secret into `path` (`veritor challenge commit`; a new file in a fresh
    temporary directory when None; an existing file is never overwritten) and returns it with
    its commitment, which the challenger publishes before the prover commits."""
    file = Path(path) if path is not None else Path(tempfile.mkdtemp(prefix="veritor-secret-")) / "secret"
    done = cli.run("veritor", ["challenge", "commit", "--secret", file])
    return Secret(path=file.resolve(), commitment=done.stdout.strip())


def challenge(claim: Claim, secret: Secret | str | os.PathLike | bytes | None = None, *, open: int = 64,
              open_steps: int = 2) -> Challenge:
    """Derives the challenge for `claim` from `secret` (`veritor challenge derive`).

    Args:
        claim: the claim.
        secret: a `Secret` from `new_secret` (its commitment is then checked by `verify`), the
            path of a secret file, or the 32 secret bytes; None draws a fresh one now (only
            sound when the claim's prover could not have seen the challenger act).
        open: positions to open (all when the claim has fewer).
        open_steps: training steps to replay (all when the chain has fewer).
    """
    published = None
    if secret is None:
        secret = new_secret()
    if isinstance(secret, Secret):
        published, secret_path = secret.commitment, secret.path
    elif isinstance(secret, bytes):
        secret_path = _secret_file(secret, claim.dir)
    else:
        secret_path = Path(secret)
    path = _new_file(claim.dir, "challenge", ".json")
    cli.run("veritor", ["challenge", "derive", "--secret", secret_path, "--claim", claim.path,
                        "--open", open, "--open-steps", open_steps, "-o", path])
    body = _read_json(path, "challenge")
    inner = body.get("challenge") or {}
    return Challenge(path=path, claim=claim, root=inner.get("root", ""),
                     positions=tuple(inner.get("positions", ())), steps=tuple(inner.get("steps", ())),
                     projection_seed=tuple(inner.get("projection_seed", ())),
                     secret_commitment=body.get("secret_commitment", ""), published_commitment=published)


def open(claim: Claim, challenge: Challenge) -> Openings:  # noqa: A001 - the issue's name
    """Answers `challenge` with openings of the challenged positions or steps
    (`veritor open`), read back from the store."""
    path = _new_file(claim.dir, "openings", ".json")
    args: list[Any] = ["open", "--claim", claim.path, "--challenge", challenge.path,
                       "--store", claim.workload.store, "-o", path]
    if claim.logits is not None:
        args += ["--logits", claim.logits]
    cli.run("veritor", args)
    body = _read_json(path, "openings")
    count = len(body.get("openings") or ()) or len(body.get("steps") or ())
    return Openings(path=path, challenge=challenge, root=body.get("root", ""), count=count)


def verify(claim: Claim, challenge: Challenge | None = None, openings: Openings | None = None, *,
           secret_commitment: str | None = None, tolerances: str | os.PathLike | None = None,
           max_run_seconds: float | None = None) -> Verdict:
    """Verifies `claim` against the store (`veritor verify --json`): re-executes what the
    challenge opened and compares.

    Args:
        claim, challenge, openings: the messages (a `bit_exact` claim needs neither of the
            last two; the others need both).
        secret_commitment: the commitment published before the claim; default: the one of the
            `Secret` the challenge came from, when it came from one.
        tolerances: a tolerances file (`veritor calibrate`); default: the built-in calibration.
        max_run_seconds: the longest run of the re-executed program.

    Returns a `Verdict` for every outcome the CLI decides (accept, reject, cannot verify).

    Raises:
        VeritorError: when `veritor verify` wrote no verdict (a usage error).
    """
    path = _new_file(claim.dir, "verdict", ".json")
    args: list[Any] = ["verify", "--claim", claim.path, "--store", claim.workload.store, "--json", path]
    if challenge is not None:
        args += ["--challenge", challenge.path]
        secret_commitment = secret_commitment or challenge.published_commitment
    if openings is not None:
        args += ["--openings", openings.path]
    args += _flags(secret_commitment=secret_commitment, tolerances=tolerances,
                   max_run_seconds=max_run_seconds)
    done = cli.run("veritor", args, ok=(0, 1, 2))
    try:
        body = json.loads(path.read_text())
    except (OSError, ValueError):
        raise VeritorError(cli.reason_line(done.stderr, done.stdout, done.returncode),
                           exit_code=done.returncode, stderr=done.stderr) from None
    return _verdict(body, done.stdout, done.returncode, path)


def _verdict(body: dict[str, Any], summary: str, exit_code: int, path: Path) -> Verdict:
    return Verdict(
        outcome=body.get("outcome", ""), reasons=tuple(body.get("reasons") or ()),
        strategy=body.get("strategy"), positions=body.get("positions") or 0,
        opened=body.get("opened") or 0, near_ties=body.get("near_ties") or 0,
        max_fingerprint_distance=body.get("max_fingerprint_distance"),
        mean_surprisal=body.get("mean_surprisal"), tolerances=body.get("tolerances") or {},
        table=tuple(body.get("table") or ()), steps=tuple(body.get("steps") or ()),
        run_seconds=body.get("run_seconds") or 0.0, total_seconds=body.get("total_seconds") or 0.0,
        summary=summary, exit_code=exit_code, path=path)


def _flags(**values: Any) -> list[str]:
    """`--name value` for every value given (None: the CLI's default)."""
    out: list[str] = []
    for key, value in values.items():
        if value is not None:
            out += [f"--{key.replace('_', '-')}", str(value)]
    return out


def _read_json(path: Path, what: str) -> dict[str, Any]:
    try:
        body = json.loads(path.read_text())
    except (OSError, ValueError) as e:
        raise VeritorError(f"{path}: cannot read the {what} the CLI wrote: {e}") from None
    if not isinstance(body, dict):
        raise VeritorError(f"{path}: the {what} is not a JSON object")
    return body


def _new_file(directory: Path, stem: str, suffix: str) -> Path:
    """A path `directory/STEM-N.SUFFIX` that does not exist yet (the first free N)."""
    n = 1
    while (directory / f"{stem}-{n}{suffix}").exists():
        n += 1
    return directory / f"{stem}-{n}{suffix}"


def _secret_file(secret: bytes, directory: Path) -> Path:
    """Writes 32 secret bytes as the hex file `challenge commit` writes (mode 0600)."""
    if len(secret) != 32:
        raise VeritorError(f"a secret is 32 bytes, not {len(secret)}")
    path = _new_file(directory, "secret", "")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(secret.hex())
    return path
