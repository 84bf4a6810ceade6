"""Random plain-JAX autoregressive decode programs through veritor-ar-to-tf, checked in IREE.

    .venv/bin/python examples/fuzz_ar/generate.py [-n N] [--seed S] [--jobs 2] [--json OUT]
    .venv/bin/python examples/fuzz_ar/generate.py --seed S --index I     # one program, files kept

Program i of seed S is drawn from the grammar (grammar.py) with its own RNG, so
`--seed S --index I` rebuilds exactly that program. For each: JAX exports @main (generic
form), IREE runs it against JAX's tokens, `veritor-opt --veritor-inline --veritor-ar-to-tf`
(and `=require-parallel=true`) gives parallel / sequential / none / error, and where
@main_teacher_forced exists IREE runs it on the program's own tokens (replay exact, logits
against JAX's teacher-forced logits). Prints one line per program and the tally; exit 1 on
any WRONG program (or a generator failure); --require-parallel also fails on a causal program
that is not parallel. Files of WRONG or failing programs stay in OUT/seed-S/I/.
Tools: VERITOR_OPT (default /work/bin-stable/veritor-opt), IREE_BIN (default .venv/bin).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import multiprocessing
import os
import random
import shutil
import sys
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

FORMS = ("parallel", "sequential", "none", "error")
XLA_FLAGS = ("--xla_cpu_multi_thread_eigen=false --xla_backend_optimization_level=0 "
             "--xla_llvm_disable_expensive_passes=true")


def worker_init():
    os.environ["XLA_FLAGS"] = XLA_FLAGS
    import jax  # noqa: PLC0415

    jax.config.update("jax_platforms", "cpu")


def run_one(job) -> dict:
    seed, index, out, keep_all, fixed = job
    import case as case_mod  # noqa: PLC0415  (imports jax: only in workers)
    import check  # noqa: PLC0415

    work = Path(out) / f"seed-{seed}" / str(index)
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    t0 = time.perf_counter()
    try:
        case = case_mod.build(seed, index, fixed)
        build_s = time.perf_counter() - t0
        rec = check.check(case, work)
        rec["build_s"] = round(build_s, 1)
    except Exception:  # a failure of the generator itself, not of the pass
        from grammar import draw  # noqa: PLC0415

        style = draw(seed, index, fixed)
        rec = {"seed": seed, "index": index, "brief": style.brief(), "causal": style.causal,
               "form": "-", "wrong": [], "generator": ["exception: " + traceback.format_exc(limit=-3)]}
    rec["seconds"] = round(time.perf_counter() - t0, 1)
    failing = rec["wrong"] or rec["generator"] or problem(rec)
    (work / "record.json").write_text(json.dumps(rec, indent=1) + "\n")
    if not (failing or keep_all):
        shutil.rmtree(work, ignore_errors=True)
    else:
        rec["files"] = str(work)
    return rec


def problem(rec: dict) -> str | None:
    """A finding that is not a verdict: IREE could not run a program or its teacher-forced form."""
    if not rec.get("iree_original", "matches JAX").startswith("matches JAX"):
        return f"IREE original: {rec['iree_original']}"
    if "problem" in rec.get("tf", {}):
        return rec["tf"]["problem"]
    return None


def line(rec: dict) -> str:
    tag = "WRONG" if rec["wrong"] else ("GENERATOR" if rec["generator"] else "ok")
    tf = rec.get("tf", {})
    extra = ""
    if "replay" in tf:
        err = tf.get("logits_err_vs_reference" if rec["causal"] else "logits_err_vs_steps")
        extra = f" replay {'exact' if not tf['replay']['wrong'] else 'WRONG'}"
        extra += f" logits {err:.1e}" if err is not None else ""
        if tf["replay"]["near_ties"]:
            extra += f" near-ties {len(tf['replay']['near_ties'])}"
    p = problem(rec)
    return (f"[{rec['index']:>4}] {tag:<9} {rec['form']:<10} {'causal' if rec['causal'] else 'NON-CAUSAL'}"
            f"{extra}{' | ' + p[:120] if p else ''} ({rec['seconds']:.0f}s) {rec['brief']}")


def tally(recs: list, seed: int) -> str:
    rows = ["| form | causal | non-causal |", "| --- | --- | --- |"]
    for f in FORMS:
        c = sum(1 for r in recs if r["form"] == f and r["causal"])
        n = sum(1 for r in recs if r["form"] == f and not r["causal"])
        rows.append(f"| {f} | {c} | {n} |")
    wrong = [r for r in recs if r["wrong"]]
    gen = [r for r in recs if r["generator"]]
    probs = [r for r in recs if problem(r)]
    ties = sum(len(r.get("tf", {}).get("replay", {}).get("near_ties", [])) for r in recs)
    exact = sum(1 for r in recs if "replay" in r.get("tf", {}) and not r["tf"]["replay"]["wrong"])
    checked = sum(1 for r in recs if "replay" in r.get("tf", {}))
    out = [f"seed {seed}, {len(recs)} programs ({sum(r['causal'] for r in recs)} causal)", "", *rows, "",
           f"WRONG: {len(wrong)}; teacher-forced replays exact {exact}/{checked} (near ties excused: {ties}); "
           f"IREE problems: {len(probs)}; generator failures: {len(gen)}"]
    for r in wrong:
        out.append(f"  WRONG --seed {seed} --index {r['index']}: {r['wrong'][0][:200]}  [{r['brief']}]")
    for r in probs:
        out.append(f"  problem --seed {seed} --index {r['index']}: {problem(r)[:200]}")
    for r in gen:
        out.append(f"  generator --seed {seed} --index {r['index']}: {r['generator'][0][-300:]}")
    return "\n".join(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", "--count", type=int, default=20, help="programs 0..N-1 (default 20)")
    ap.add_argument("--seed", type=int, default=None, help="run seed (default: drawn and printed)")
    ap.add_argument("--index", type=int, nargs="*", help="only these program indices (files kept)")
    ap.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    ap.add_argument("--json", type=Path, help="write the per-program records here")
    ap.add_argument("--out", type=Path, default=HERE / "out", help="where failing programs' files stay")
    ap.add_argument("--keep-all", action="store_true", help="keep every program's files")
    ap.add_argument("--require-parallel", action="store_true", help="also fail on a causal program not parallel")
    ap.add_argument("--style", type=json.loads, default=None,
                    help='fix choices for every program, e.g. \'{"compute": "kv", "loop": "fori"}\' (grammar.Style fields)')
    a = ap.parse_args(argv)
    seed = a.seed if a.seed is not None else random.randrange(10**6)
    indices = a.index if a.index else list(range(a.count))
    keep = a.keep_all or bool(a.index)
    import check  # noqa: PLC0415  (no jax at the top level: the workers import it)

    print(f"fuzz-ar: seed {seed}, {len(indices)} programs, {a.jobs} jobs, veritor-opt {check.VERITOR_OPT}"
          + (f", style {json.dumps(a.style)}" if a.style else ""), flush=True)
    t0 = time.perf_counter()
    if a.style:
        from grammar import Style  # noqa: PLC0415

        unknown = set(a.style) - {f.name for f in dataclasses.fields(Style)}
        ap.error(f"--style: no such choices {sorted(unknown)}") if unknown else None
    jobs = [(seed, i, str(a.out), keep, a.style) for i in indices]
    recs = []
    with multiprocessing.get_context("spawn").Pool(a.jobs, initializer=worker_init) as pool:
        for rec in pool.imap_unordered(run_one, jobs):
            recs.append(rec)
            print(line(rec), flush=True)
    recs.sort(key=lambda r: r["index"])
    try:  # the run's folder, when every program passed and left nothing
        (a.out / f"seed-{seed}").rmdir()
    except OSError:
        pass
    print()
    print(tally(recs, seed))
    print(f"({time.perf_counter() - t0:.0f} s)")
    if a.json:
        a.json.write_text(json.dumps(recs, indent=1) + "\n")
    bad = any(r["wrong"] or r["generator"] for r in recs)
    if a.require_parallel:
        bad |= any(r["causal"] and r["form"] != "parallel" for r in recs)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
