"""Verification cost against generation cost, on the large config (4 layers, width 256, 256
positions: 248 generated tokens), IREE CPU, release build (run by `make bench`).

For greedy_full and greedy_kv: `veritor prove` once (cold compile cache: the compile time of
the program with its teacher-forced form is reported on its own, as the difference between
this first prove and a second one on the warm cache); then, medians of --repetitions:
  generation   `iree-run-module` of `@main` on the cached module (`--device=local-sync`, the
               device prove and verify use), wall time of the process as `veritor` runs it;
  verify       `veritor verify` of the claim, every position opened (`--open` all), wall
               time of the whole command (reading and hashing the store's blobs, the one
               teacher-forced run, the checks) and the teacher-forced run alone
               (`run_seconds` of the verdict);
and prints ratio = verify / generation (target at most 0.02) and the commitment sizes per
generated token: the commitment (the Merkle root, target at most 8 bytes), the whole claim
(what the prover sends before the challenge: the root plus a digest per input), the
per-position data it keeps, and the openings per opened token.

Usage: .venv/bin/python benches/verify.py [--repetitions N] [--program greedy_full ...]
"""

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

from common import LARGE, ROOT, VERITOR, parser, side_by_side, workdir

# The executable `veritor` runs (iree/src/tools.rs): pip's native iree-run-module, not the
# Python console script that starts it (about 25 ms more per run), when the venv has it.
RUN_MODULE = next(iter(sorted((ROOT / ".venv" / "lib").glob("python*/site-packages/iree/_runtime_libs/iree-run-module"))),
                  ROOT / ".venv" / "bin" / "iree-run-module")


def timed(cmd: list) -> tuple[float, subprocess.CompletedProcess]:
    start = time.perf_counter()
    r = subprocess.run([str(c) for c in cmd], capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if r.returncode != 0:
        raise SystemExit(f"verify.py: {' '.join(map(str, cmd[:2]))} failed ({r.returncode}): {r.stderr.strip()[-400:]}")
    return elapsed, r


def bench(program: str, reps: int, work: Path) -> dict:
    store, d = work / f"store-{program}", work / program
    d.mkdir()
    graph, inputs = LARGE / f"{program}.mlir", LARGE / f"{program}.inputs"
    claim, secret, challenge, openings, verdict = (d / n for n in ("claim.json", "secret", "challenge.json",
                                                                   "openings.json", "verdict.json"))
    cold, r = timed([VERITOR, "prove", graph, "--inputs", inputs, "--store", store, "-o", claim])
    # The second prove (same claim again: idempotent) finds the compiled module in the cache:
    # the difference is the compile.
    warm, r = timed([VERITOR, "prove", graph, "--inputs", inputs, "--store", store, "-o", claim])
    positions = json.loads(claim.read_text())["strategy"]["positions"]
    timed([VERITOR, "challenge", "commit", "--secret", secret])
    timed([VERITOR, "challenge", "derive", "--secret", secret, "--claim", claim, "--open", positions, "-o", challenge])
    timed([VERITOR, "open", "--claim", claim, "--challenge", challenge, "--store", store, "-o", openings])
    (vmfb,) = list((store / "cache").glob("*.vmfb"))
    args = [f"--input=@{f}" for f in sorted(inputs.glob("*.npy"))]
    tf_run = []

    def verify() -> float:
        t, _ = timed([VERITOR, "verify", "--claim", claim, "--challenge", challenge, "--openings", openings,
                      "--store", store, "--json", verdict])
        v = json.loads(verdict.read_text())
        if v["outcome"] != "accept":
            raise SystemExit(f"verify.py: {program}: the honest claim was not accepted: {v['reasons'][:2]}")
        tf_run.append(v["run_seconds"])
        return t

    times = side_by_side({
        "generation": lambda: timed([RUN_MODULE, "--device=local-sync", f"--module={vmfb}", "--function=main",
                                     *args])[0],
        "verify": verify,
    }, reps)
    positions_blob = max((p for p in (store / "objects").rglob("*") if p.is_file()
                          and p.read_bytes()[:40].find(b"veritor-positions/1") >= 0), key=lambda p: p.stat().st_size)
    g, vt, tr = statistics.median(times["generation"]), statistics.median(times["verify"]), statistics.median(tf_run)
    return {
        "program": program,
        "positions": positions,
        "repetitions": reps,
        "compile_seconds": cold - warm,
        "generation_seconds": g,
        "verify_seconds": vt,
        "teacher_forced_run_seconds": tr,
        "ratio": vt / g,
        "ratio_teacher_forced_run": tr / g,
        "claim_bytes": claim.stat().st_size,
        "claim_bytes_per_token": claim.stat().st_size / positions,
        "root_bytes_per_token": 32 / positions,
        "kept_positions_bytes_per_token": positions_blob.stat().st_size / positions,
        "openings_bytes_per_opened_token": openings.stat().st_size / positions,
    }


def main() -> int:
    ap = parser(__doc__)
    ap.add_argument("--repetitions", type=int, default=3)
    ap.add_argument("--program", action="append", choices=["greedy_full", "greedy_kv"])
    ap.add_argument("--json", type=Path, help="also write the numbers here")
    a = ap.parse_args()
    with workdir("veritor-bench-verify-") as work:
        results = [bench(p, a.repetitions, work) for p in a.program or ["greedy_full", "greedy_kv"]]
    print(f"{'program':<12} {'tokens':>6} {'compile s':>9} {'generate s':>10} {'verify s':>9} {'(tf run s)':>10} "
          f"{'ratio':>7} {'target':>6} {'root B/tok':>10} {'target':>6} {'claim B/tok':>11} {'kept B/tok':>10} "
          f"{'open B/tok':>10}")
    for r in results:
        print(f"{r['program']:<12} {r['positions']:>6} {r['compile_seconds']:>9.2f} {r['generation_seconds']:>10.3f} "
              f"{r['verify_seconds']:>9.3f} {r['teacher_forced_run_seconds']:>10.3f} {r['ratio']:>7.4f} "
              f"{'ok' if r['ratio'] <= 0.02 else 'MISS':>6} {r['root_bytes_per_token']:>10.3f} "
              f"{'ok' if r['root_bytes_per_token'] <= 8 else 'MISS':>6} {r['claim_bytes_per_token']:>11.2f} "
              f"{r['kept_positions_bytes_per_token']:>10.1f} {r['openings_bytes_per_opened_token']:>10.1f}")
    print(f"(medians of {a.repetitions}; ratio = whole `veritor verify` / generation; targets: ratio <= 0.02, "
          "commitment <= 8 bytes per token. The commitment is the Merkle root (32 bytes per claim); the claim "
          "also names every input by digest (constant per claim: 54 weight tensors here); the prover keeps "
          "per-position data (token + 16-float fingerprint, JSON) and sends openings (proof + 2 fingerprints, "
          "JSON) only for challenged positions)")
    if a.json:
        a.json.write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
