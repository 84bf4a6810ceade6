"""A batch of claims for `veritor verify-batch` (its acceptance test and its benchmark), with
the verdict each must get.

    .venv/bin/python benches/batch_claims.py OUT --store STORE [-n 200] [--seed 0]

Built cheaply from few prover runs, with the detection matrix's library (detection_matrix.py:
`Matrix.exchange` runs prove -> challenge commit -> challenge derive --open 64 -> open through
the `veritor` binary): for each of the three programs (tiny greedy_full, tiny greedy_kv,
decode/canonical_sampled) one honest exchange (IREE CPU prover) and one dishonest one (the JAX
prover with other weights, `param_seed`, committing what it ran while claiming the honest
workload). Every entry is a copy of one of these, or a variant derived from the honest one by
editing its openings:
  honest        the honest exchange                                         -> accept
  param_seed    the dishonest prover's exchange                             -> reject
  token         the first opened token changed (its Merkle proof fails)      -> reject
  fingerprint   the first challenge-seed fingerprint moved by 1.0            -> reject
Entry i is program i % 3 and kind (i // 3) % 4 (so half honest, half tampered). With
--bad (default), three more entries that cannot be verified: a truncated claim, a claim over
the 1 MiB limit, and a claim whose openings are missing.

Writes OUT/<id>/{claim,challenge,openings}.json and OUT/expected.json ({id: outcome}).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benches"))

import detection_matrix as dm  # noqa: E402

KINDS = ["honest", "param_seed", "token", "fingerprint"]
EXPECTED = {"honest": "accept", "param_seed": "reject", "token": "reject", "fingerprint": "reject"}
FILES = ("claim.json", "challenge.json", "openings.json")


def derive(kind: str, honest: Path, out: Path) -> None:
    """Writes the `kind` variant of the honest exchange in `honest` to `out`."""
    out.mkdir(parents=True)
    for f in FILES:
        shutil.copyfile(honest / f, out / f)
    if kind == "honest":
        return
    openings = json.loads((honest / "openings.json").read_text())
    if kind == "token":
        openings["openings"][0]["token"] += 1
    elif kind == "fingerprint":
        openings["fingerprints"][0][0] += 1.0
    (out / "openings.json").write_text(json.dumps(openings))


def sources(m: dm.Matrix, seed: int, programs: list[str]) -> list[dict[str, Path]]:
    """Per program, the honest and the dishonest exchange's directories."""
    out = []
    for i, path in enumerate(programs):
        prog = dm.load_program(path, 100_000 * (i + 1))
        prompt = dm.random_prompt(m.rng, prog)
        honest = m.exchange(prog, prompt, prog.base)
        (run,), _ = prog.prover.run([prompt], [prog.base + prog.batch], logits=True, param_seed=1 + seed)
        tampered = m.exchange(prog, prompt, prog.base + prog.batch, run["outputs"], run["logits"])
        for d in (honest, tampered):
            if isinstance(d, dict):
                raise SystemExit(f"batch_claims: {path}: the prover failed: {d['reasons']}")
        out.append({"honest": honest, "param_seed": tampered})
    return out


def write_bad(out: Path, honest: Path, expected: dict) -> None:
    """The entries that cannot be verified."""
    d = out / "bad-truncated"
    d.mkdir()
    (d / "claim.json").write_text((honest / "claim.json").read_text()[:40])
    d = out / "bad-oversized"
    d.mkdir()
    claim = json.loads((honest / "claim.json").read_text())
    (d / "claim.json").write_text(json.dumps(claim) + " " * (1 << 20))
    d = out / "bad-no-openings"
    derive("honest", honest, d)
    (d / "openings.json").unlink()
    expected.update({"bad-truncated": "cannot_verify", "bad-oversized": "cannot_verify",
                     "bad-no-openings": "cannot_verify"})


def make_batch(out: Path, store: Path, n: int, seed: int = 0, bad: bool = True,
               veritor: Path = ROOT / "target/debug/veritor", programs: list[str] | None = None) -> dict:
    """Writes the batch (see the module doc) and returns {id: expected outcome}. `programs`:
    paths without extension, relative to the repository (default: the three above)."""
    programs = programs or dm.PROGRAMS
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="veritor-batch-claims-"))
    try:
        m = dm.Matrix(veritor, work, None, seed)
        m.store = store
        src = sources(m, seed, programs)
        expected = {}
        for i in range(n):
            p, kind = i % len(src), KINDS[(i // len(src)) % len(KINDS)]
            cid = f"c{i:05d}-{Path(programs[p]).name}-{kind}"
            base = src[p]["param_seed"] if kind == "param_seed" else src[p]["honest"]
            derive("honest" if kind == "param_seed" else kind, base, out / cid)
            expected[cid] = EXPECTED[kind]
        if bad:
            write_bad(out, src[0]["honest"], expected)
        (out / "expected.json").write_text(json.dumps(expected, indent=1) + "\n")
        return expected
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--store", type=Path, required=True)
    ap.add_argument("-n", type=int, default=200)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--no-bad", action="store_true", help="no entries that cannot be verified")
    ap.add_argument("--veritor", type=Path, default=ROOT / "target/debug/veritor")
    a = ap.parse_args(argv)
    start = time.time()
    expected = make_batch(a.out, a.store, a.n, a.seed, not a.no_bad, a.veritor)
    print(f"batch_claims: {len(expected)} entries in {a.out} ({time.time() - start:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
