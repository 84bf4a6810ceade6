"""The detection matrix (issue 6): honest provers accepted, every tampering class rejected.

    .venv/bin/python benches/detection_matrix.py                # `make detect`: 200 + 200 honest, 25 per class; 6 honest
                                                                # training chains, 6 per training mode
    .venv/bin/python benches/detection_matrix.py --quick        # 3 + 3 honest, 1 per class, 1 training chain per row
                                                                # (the it test)
    .venv/bin/python benches/detection_matrix.py --only-training  # the training rows alone

Programs: examples/tiny/greedy_full, examples/tiny/greedy_kv (greedy) and
examples/decode/canonical_sampled (canonical sampling, T 0.8, top-k 8, top-p 0.9), each
request a distinct random prompt (same weights) and a distinct request id (request i of a
program: BASE + i * B, row b keys the canonical noise with request + b). Every trial runs the
exchange as users do, through the `veritor` binary: `prove` -> `challenge commit` ->
`challenge derive --open 64` (every position of these programs: 12 or 24, so a trial's
outcome does not depend on which positions a challenge happens to pick) -> `open` ->
`verify --json` (the built-in calibrated tolerances, or --tolerances). One store is shared, so
each program is compiled once (the store's compile cache).

Honest provers:
  JAX CPU   examples/jax_prover.py's `Prover` (in this process) generates the tokens and its
            own teacher-forced logits; `veritor prove --outputs --logits` commits them (the
            fingerprints are JAX's), `veritor open --logits` opens them;
  IREE CPU  `veritor prove` runs the graph and its teacher-forced form itself.
Verifier: IREE CPU (`local-sync`) in every trial.

How the attacks are modelled. A cheating prover runs something else but claims the honest
workload: its claim names the honest graph and the honest inputs (weights digests of the
honest model, the honest prompt), and it commits the fingerprints of what it actually ran
(its own teacher-forced logits, computed by JAX from its tampered model and inputs, given to
`prove --logits` / `open --logits`), so the commitment and the openings are self-consistent
and only the verifier's re-execution can tell:
  param_seed     weights from model.init_params(seed = 1 + t)
  layer_noise    layer t % layers: w + 1e-3 * rms(w) * N(0, 1) (noise seed t)
  bf16_weights   every weight rounded to bfloat16
  prompt_token   the prover ran the prompt with one token changed (position t % P, a random
                 other token); its output buffer shows the claimed (honest) prompt
  edited_token   honest run, then one generated token replaced by a random other token
                 (position cycling over the generated ones); the fingerprints are the honest
                 model's teacher-forced on the edited buffer (exactly what an honest verifier
                 computes), so only the choice check can catch it
  temperature    canonical_sampled with T in (0.6, 1.0, 1.2) instead of 0.8
  top_k          canonical_sampled with top-k in (4, 6, 16) instead of 8
  fabricated_fp  honest tokens; the fingerprints are projections of random rows (Gaussian,
                 the scale of the honest logits), never of a model run
  replayed       the outputs and fingerprints of another request (another prompt) committed
                 under this request's id and prompt

Training replay (examples/tiny/train_step.mlir, IREE CPU prover and verifier): chains of
TRAIN_STEPS (6) SGD steps, each trial its own --data-seed, proved by `veritor prove
--train-steps 6 --vocab 32` honestly or with a hidden tamper mode at step t % 6:
  train_data     step N trained on another batch (another data seed's), the honest
                 schedule committed
  train_lr       step N with 1.1 times the scheduled learning rate
  train_skip     step N not applied (its output checkpoint is its input)
  train_double   step N's update applied twice
challenged with every step opened (`challenge derive --open-steps 6`: k' = m, so a trial's
outcome does not depend on which steps a challenge picks), then `open`, `verify --json`.
Each tampered chain is also challenged PARTIAL_CHALLENGES (8) times with fresh secrets
and k' = 2 of the m = 6 steps: the measured detection rate is reported against the
theoretical k'/m (one tampered step: caught exactly when it is replayed).

Output: a table (trials, rejections, which checks fired), the k' < m training detection rates,
and, with --json, the numbers. Exit 0 when every honest trial is accepted and every tampered
one rejected, and every k' < m challenge rejected exactly when it replays the tampered step;
else 1.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "examples"))

import numpy as np  # noqa: E402

import jax_prover  # noqa: E402  (sets jax_platforms=cpu)

PROGRAMS = ["examples/tiny/greedy_full", "examples/tiny/greedy_kv", "examples/decode/canonical_sampled"]
CLASSES = ["param_seed", "layer_noise", "bf16_weights", "prompt_token", "edited_token", "temperature", "top_k",
           "fabricated_fp", "replayed"]
SAMPLED_ONLY = {"temperature", "top_k"}
TRAIN_GRAPH = "examples/tiny/train_step"
TRAIN_CLASSES = ["data", "lr", "skip", "double"]
TRAIN_STEPS = 6
PARTIAL_OPEN = 2
PARTIAL_CHALLENGES = 8


@dataclasses.dataclass
class Program:
    path: Path
    prover: jax_prover.Prover
    graph: Path
    inputs: list
    prompt_index: int
    batch: int
    sampling: dict | None
    base: int

    def prove_args(self) -> list:
        s = self.sampling
        if s is None:
            return []
        return ["--seed", str(s["seed"]), "--temperature", str(s["temperature"]), "--top-k", str(s["top_k"]),
                "--top-p", str(s["top_p"])]


class Matrix:
    def __init__(self, veritor: Path, work: Path, tolerances: Path | None, seed: int):
        self.veritor, self.work, self.tolerances = veritor, work, tolerances
        self.store = work / "store"
        self.rng = np.random.default_rng(seed)
        self.n = 0

    def call(self, *args) -> subprocess.CompletedProcess:
        return subprocess.run([str(self.veritor), *map(str, args)], capture_output=True, text=True)

    def trial(self, prog: Program, prompt, request: int, outputs=None, logits=None) -> dict:
        """One exchange; returns the verdict (dict)."""
        d = self.exchange(prog, prompt, request, outputs, logits)
        if isinstance(d, dict):
            return d
        v = self.verify(d)
        shutil.rmtree(d, ignore_errors=True)
        return v

    def exchange(self, prog: Program, prompt, request: int, outputs=None, logits=None) -> Path | dict:
        """`prove` -> `challenge commit` -> `challenge derive --open 64` -> `open`: returns the
        trial's directory (claim.json, challenge.json, openings.json), or the failed verdict of
        a prover that could not produce them."""
        self.n += 1
        d = self.work / f"t{self.n:05d}"
        inputs = d / "inputs"
        inputs.mkdir(parents=True)
        for i, f in enumerate(prog.inputs):
            if i == prog.prompt_index:
                np.save(inputs / f.name, np.asarray(prompt, np.int32), allow_pickle=False)
            else:
                os.symlink(f.resolve(), inputs / f.name)
        extra = []
        if outputs is not None:
            jax_prover.save_npys(d / "outputs", dict(enumerate(outputs)))
            extra += ["--outputs", d / "outputs"]
        if logits is not None:
            np.save(d / "logits.npy", np.asarray(logits, np.float32), allow_pickle=False)
            extra += ["--logits", d / "logits.npy"]
        claim, secret, challenge, openings = (d / n for n in
                                              ("claim.json", "secret", "challenge.json", "openings.json"))
        steps = [
            ["prove", prog.graph, "--inputs", inputs, "--request", request, "--store", self.store, "-o", claim,
             *prog.prove_args(), *extra],
            ["challenge", "commit", "--secret", secret],
            ["challenge", "derive", "--secret", secret, "--claim", claim, "--open", 64, "-o", challenge],
            ["open", "--claim", claim, "--challenge", challenge, "--store", self.store, "-o", openings,
             *(["--logits", d / "logits.npy"] if logits is not None else [])],
        ]
        for step in steps:
            r = self.call(*step)
            if r.returncode != 0:
                # A prover that cannot produce a claim or openings is not accepted.
                shutil.rmtree(d, ignore_errors=True)
                return {"outcome": "prover_failed", "reasons": [f"{step[0]}: {r.stderr.strip()}"]}
        return d

    def verify(self, d: Path) -> dict:
        """`verify --json` on an exchange's directory; returns the verdict."""
        verdict = d / "verdict.json"
        r = self.call("verify", "--claim", d / "claim.json", "--challenge", d / "challenge.json", "--openings",
                      d / "openings.json", "--store", self.store, "--json", verdict,
                      *(["--tolerances", self.tolerances] if self.tolerances else []))
        return json.loads(verdict.read_text()) if verdict.is_file() else {
            "outcome": "no_verdict", "reasons": [r.stderr.strip()]}

    def train_chain(self, seed: int, tamper: str | None) -> tuple[Path, Path] | dict:
        """Proves a training chain; returns (its directory, claim), or a failed verdict."""
        self.n += 1
        d = self.work / f"t{self.n:05d}"
        d.mkdir(parents=True)
        g = ROOT / TRAIN_GRAPH
        claim = d / "claim.json"
        r = self.call("prove", g.with_name(g.name + ".mlir"), "--inputs", g.with_name(g.name + ".inputs"),
                      "--train-steps", TRAIN_STEPS, "--data-seed", seed, "--vocab", 32, "--store", self.store,
                      "-o", claim, *(["--tamper", tamper] if tamper else []))
        if r.returncode != 0:
            return {"outcome": "prover_failed", "reasons": [f"prove: {r.stderr.strip()}"]}
        return d, claim

    def train_challenge(self, d: Path, claim: Path, open_steps: int, tag: str) -> tuple[dict, list]:
        """A fresh challenge of `open_steps` steps, the openings, the verdict (and the steps)."""
        secret, challenge, openings, verdict = (d / f"{tag}.{n}" for n in
                                                ("secret", "challenge.json", "openings.json", "verdict.json"))
        for step in (["challenge", "commit", "--secret", secret],
                     ["challenge", "derive", "--secret", secret, "--claim", claim, "--open-steps", open_steps,
                      "-o", challenge],
                     ["open", "--claim", claim, "--challenge", challenge, "--store", self.store, "-o", openings]):
            r = self.call(*step)
            if r.returncode != 0:
                return {"outcome": "prover_failed", "reasons": [f"{step[0]}: {r.stderr.strip()}"]}, []
        steps = json.loads(challenge.read_text())["challenge"]["steps"]
        self.call("verify", "--claim", claim, "--challenge", challenge, "--openings", openings, "--store",
                  self.store, "--json", verdict)
        v = json.loads(verdict.read_text()) if verdict.is_file() else {"outcome": "no_verdict", "reasons": []}
        return v, steps


# On a terminal, the trial under way, one line rewritten in place (VERITOR_PROGRESS=0: never);
# nothing when stderr is a file or a pipe.
SHOW_PROGRESS = sys.stderr.isatty() and os.environ.get("VERITOR_PROGRESS") != "0"


def progress(text: str = "") -> None:
    """Rewrites the progress line with `text` (erases it when empty), on a terminal only."""
    if SHOW_PROGRESS:
        sys.stderr.write(f"\r\x1b[K{text}")
        sys.stderr.flush()


def checks_fired(v: dict) -> set:
    fired = set()
    for r in v.get("reasons", []):
        if "fingerprint" in r:
            fired.add("fingerprint")
        elif "from the replay of step" in r:
            fired.add("checkpoint")
        elif "replayed loss" in r:
            fired.add("loss")
        elif "not the model's choice" in r:
            fired.add("choice")
        elif "Merkle" in r:
            fired.add("proof")
        elif "positions" in r and "writes" in r:
            fired.add("positions")
        elif "noise" in r:
            fired.add("noise")
        else:
            fired.add("other")
    if v.get("outcome") not in ("accept", "reject"):
        fired.add(v.get("outcome", "?"))
    return fired


def load_program(path: str, base: int) -> Program:
    p = ROOT / path
    prover = jax_prover.Prover(p)
    desc = prover.desc
    inputs = sorted(p.with_name(p.name + ".inputs").glob("*.npy"))
    k = prover.names.index("prompt")
    sampling = jax_prover.sampling_of(desc) if "gumbel" in prover.names else None
    return Program(p, prover, p.with_name(p.name + ".mlir"), inputs, k, prover.original[k].shape[0], sampling, base)


def random_prompt(rng, prog: Program):
    shape = prog.prover.original[prog.prompt_index].shape
    return rng.integers(0, prog.prover.cfg.vocab, size=shape).astype(np.int32)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--honest", type=int, default=200, help="honest trials per prover (default 200)")
    ap.add_argument("--trials", type=int, default=25, help="trials per tampering class (default 25)")
    ap.add_argument("--train-honest", type=int, default=6, help="honest training chains (default 6)")
    ap.add_argument("--train-trials", type=int, default=6,
                    help="training chains per tampering class (default 6; tamper step t %% 6)")
    ap.add_argument("--only-training", action="store_true", help="only the training-replay rows")
    ap.add_argument("--quick", action="store_true", help="3 honest trials per prover (one per program), 1 per class")
    ap.add_argument("--veritor", type=Path, default=ROOT / "target/debug/veritor")
    ap.add_argument("--tolerances", type=Path, help="tolerances file (default: veritor's built-in calibration)")
    ap.add_argument("--seed", type=int, default=0, help="seed of the prompts and tamperings")
    ap.add_argument("--json", type=Path, help="write the results here")
    a = ap.parse_args(argv)
    if a.quick:
        a.honest, a.trials = 3, 1
    start = time.time()
    work = Path(tempfile.mkdtemp(prefix="veritor-detect-"))
    try:
        m = Matrix(a.veritor, work, a.tolerances, a.seed)
        progs = [] if a.only_training else [load_program(p, 100_000 * (i + 1)) for i, p in enumerate(PROGRAMS)]
        rows = []

        def record(name, prover, program_names, verdicts, honest):
            progress()
            ok = [v for v in verdicts if (v["outcome"] == "accept") == honest]
            fired = {}
            for v in verdicts:
                for c in checks_fired(v):
                    fired[c] = fired.get(c, 0) + 1
            row = {"class": name, "prover": prover, "programs": sorted(set(program_names)), "trials": len(verdicts),
                   "accepted": sum(v["outcome"] == "accept" for v in verdicts),
                   "rejected": sum(v["outcome"] == "reject" for v in verdicts),
                   "expected": "accept" if honest else "reject", "as_expected": len(ok), "checks_fired": fired,
                   "near_ties": sum(v.get("near_ties", 0) for v in verdicts),
                   "max_fingerprint_distance": max((v.get("max_fingerprint_distance", 0.0) for v in verdicts),
                                                   default=0.0),
                   # how close the least detectable trial came: its worst fingerprint distance
                   "min_worst_fingerprint_distance": min((v.get("max_fingerprint_distance", 0.0) for v in verdicts),
                                                         default=0.0),
                   "unexpected_reasons": [v["reasons"][:2] for v in verdicts
                                          if (v["outcome"] == "accept") != honest][:3]}
            rows.append(row)
            print(f"  {name:<14} {prover:<9} {row['as_expected']:>4}/{row['trials']:<4} as expected "
                  f"({time.time() - start:.0f} s)", flush=True)

        # ------------------------------------------------------------ honest provers
        counter = {p.path.name: 0 for p in progs}

        def next_request(prog):
            i = counter[prog.path.name]
            counter[prog.path.name] += 1
            return prog.base + i * prog.batch

        for prover in () if a.only_training else ("jax-cpu", "iree-cpu"):
            verdicts, names = [], []
            for t in range(a.honest):
                progress(f"honest {prover}: trial {t + 1} of {a.honest} ({time.time() - start:.0f} s)")
                prog = progs[t % len(progs)]
                prompt, request = random_prompt(m.rng, prog), next_request(prog)
                if prover == "jax-cpu":
                    (run,), _ = prog.prover.run([prompt], [request], logits=True)
                    v = m.trial(prog, prompt, request, run["outputs"], run["logits"])
                else:
                    v = m.trial(prog, prompt, request)
                verdicts.append(v)
                names.append(prog.path.name)
            record("honest", prover, names, verdicts, True)

        # ------------------------------------------------------------ tampering classes
        for cls in [] if a.only_training else CLASSES:
            eligible = [p for p in progs if p.sampling is not None] if cls in SAMPLED_ONLY else progs
            verdicts, names = [], []
            for t in range(a.trials):
                progress(f"{cls}: trial {t + 1} of {a.trials} ({time.time() - start:.0f} s)")
                prog = eligible[t % len(eligible)]
                prompt, request = random_prompt(m.rng, prog), next_request(prog)
                cfg = prog.prover.cfg
                kw = {}
                if cls == "param_seed":
                    kw = {"param_seed": 1 + t}
                elif cls == "layer_noise":
                    kw = {"layer_noise": t % cfg.layers, "noise_rel": 1e-3, "noise_seed": t}
                elif cls == "bf16_weights":
                    kw = {"bf16_weights": True}
                elif cls == "prompt_token":
                    row, pos = int(m.rng.integers(prog.batch)), t % cfg.prompt_len
                    tok = int((prompt[row, pos] + 1 + m.rng.integers(cfg.vocab - 1)) % cfg.vocab)
                    kw = {"prompt_tokens": [(row, pos, tok)]}
                elif cls == "temperature":
                    kw = {"temperature": (0.6, 1.0, 1.2)[t % 3]}
                elif cls == "top_k":
                    kw = {"top_k": (4, 6, 16)[t % 3]}
                if cls == "edited_token":
                    (run,), _ = prog.prover.run([prompt], [request])
                    seq = run["outputs"][prog.prover.token_result]
                    b, length = seq.shape
                    at = [(r, q) for q in range(cfg.prompt_len, length) for r in range(b)]
                    row, pos = at[t % len(at)]
                    seq[row, pos] = (seq[row, pos] + 1 + m.rng.integers(cfg.vocab - 1)) % cfg.vocab
                    honest_params, _ = prog.prover.tampered_params()
                    run["logits"] = prog.prover.teacher_forced_logits(cfg, honest_params, seq)
                elif cls == "replayed":
                    other = random_prompt(m.rng, prog)
                    (run,), _ = prog.prover.run([other], [request], logits=True)
                else:
                    (run,), _ = prog.prover.run([prompt], [request], logits=True, **kw)
                outputs, logits = run["outputs"], run["logits"]
                if cls == "prompt_token":
                    seq = outputs[prog.prover.token_result]
                    seq[:, : cfg.prompt_len] = prompt  # the buffer shows the claimed prompt
                if cls == "fabricated_fp":
                    gen = np.any(logits != 0, axis=-1)
                    finite = np.isfinite(logits)
                    scale = float(np.sqrt(np.mean(np.square(logits[gen & np.all(finite, -1)])))) if np.any(
                        gen & np.all(finite, -1)) else float(np.std(logits[np.isfinite(logits) & (logits != 0)]))
                    fake = m.rng.standard_normal(logits.shape).astype(np.float32) * scale
                    logits = np.where(gen[..., None] & finite, fake, logits).astype(np.float32)
                verdicts.append(m.trial(prog, prompt, request, outputs, logits))
                names.append(prog.path.name)
            record(cls, "jax-cpu", names, verdicts, False)

        # ------------------------------------------------------------ training replay
        train_seed = 10_000 * (a.seed + 1)
        honest_chains = 1 if a.quick else a.train_honest
        verdicts = []
        for t in range(honest_chains):
            progress(f"train_honest: chain {t + 1} of {honest_chains} ({time.time() - start:.0f} s)")
            chain = m.train_chain(train_seed + t, None)
            v = chain if isinstance(chain, dict) else m.train_challenge(*chain, TRAIN_STEPS, "all")[0]
            verdicts.append(v)
        record("train_honest", "iree-cpu", [TRAIN_GRAPH.split("/")[-1]] * len(verdicts), verdicts, True)
        rows[-1]["open_steps"] = f"{TRAIN_STEPS}/{TRAIN_STEPS}"
        for k, cls in enumerate(TRAIN_CLASSES):
            verdicts, partial = [], {"challenges": 0, "hit": 0, "rejected": 0, "rejected_when_hit": 0,
                                     "accepted_when_missed": 0}
            for t in range(1 if a.quick else a.train_trials):
                progress(f"train_{cls}: chain {t + 1} ({time.time() - start:.0f} s)")
                step = t % TRAIN_STEPS
                chain = m.train_chain(train_seed + 1000 * (k + 1) + t, f"{cls}:{step}")
                if isinstance(chain, dict):
                    verdicts.append(chain)
                    continue
                verdicts.append(m.train_challenge(*chain, TRAIN_STEPS, "all")[0])
                for c in range(1 if a.quick else PARTIAL_CHALLENGES):
                    v, steps = m.train_challenge(*chain, PARTIAL_OPEN, f"partial{c}")
                    hit = step in steps
                    rejected = v["outcome"] == "reject"
                    partial["challenges"] += 1
                    partial["hit"] += hit
                    partial["rejected"] += rejected
                    partial["rejected_when_hit"] += hit and rejected
                    partial["accepted_when_missed"] += (not hit) and v["outcome"] == "accept"
            record(f"train_{cls}", "iree-cpu", [TRAIN_GRAPH.split("/")[-1]] * len(verdicts), verdicts, False)
            partial["theoretical"] = PARTIAL_OPEN / TRAIN_STEPS
            rows[-1]["open_steps"] = f"{TRAIN_STEPS}/{TRAIN_STEPS}"
            rows[-1]["partial"] = partial
    finally:
        shutil.rmtree(work, ignore_errors=True)

    seconds = time.time() - start
    print()
    print(f"{'class':<14} {'prover':<9} {'trials':>6} {'accepted':>8} {'rejected':>8} {'expected':>8}  "
          f"{'checks that fired (trials)':<34} programs")
    for r in rows:
        fired = ", ".join(f"{k} {v}" for k, v in sorted(r["checks_fired"].items())) or "-"
        extra = r.get("note") or ", ".join(r["programs"])
        if r["expected"] == "accept":
            fired = f"near ties {r['near_ties']}, max fp dist {r['max_fingerprint_distance']:.1e}"
        elif r["trials"]:
            fired += f"; min fp dist {r['min_worst_fingerprint_distance']:.1e}"
        print(f"{r['class']:<14} {r['prover']:<9} {r['trials']:>6} {r['accepted']:>8} {r['rejected']:>8} "
              f"{r['expected']:>8}  {fired:<34} {extra}")
    partial_rows = [r for r in rows if "partial" in r]
    if partial_rows:
        print(f"\ntraining replay, k' = {PARTIAL_OPEN} of m = {TRAIN_STEPS} steps replayed (fresh secrets; "
              f"theoretical detection k'/m = {PARTIAL_OPEN / TRAIN_STEPS:.3f}):")
        for r in partial_rows:
            p = r["partial"]
            n = max(p["challenges"], 1)
            print(f"  {r['class']:<14} challenges {p['challenges']:>3}, tampered step replayed {p['hit']:>3}, "
                  f"rejected {p['rejected']:>3} ({p['rejected'] / n:.3f}); rejected when replayed "
                  f"{p['rejected_when_hit']}/{p['hit']}, accepted when missed "
                  f"{p['accepted_when_missed']}/{p['challenges'] - p['hit']}")
        tot = {k: sum(r["partial"][k] for r in partial_rows) for k in ("challenges", "hit", "rejected")}
        print(f"  all            challenges {tot['challenges']:>3}, tampered step replayed {tot['hit']:>3}, "
              f"rejected {tot['rejected']:>3} ({tot['rejected'] / max(tot['challenges'], 1):.3f})")
    good = all(r["as_expected"] == r["trials"] for r in rows) and all(
        r["partial"]["rejected_when_hit"] == r["partial"]["hit"]
        and r["partial"]["accepted_when_missed"] == r["partial"]["challenges"] - r["partial"]["hit"]
        for r in partial_rows)
    print(f"\n{'every honest run accepted and every tampered run rejected' if good else 'UNEXPECTED OUTCOMES (see above)'}"
          f" ({seconds:.0f} s)")
    for r in rows:
        for u in r.get("unexpected_reasons", []):
            print(f"  {r['class']} ({r['prover']}): {u}")
    if a.json:
        a.json.write_text(json.dumps({"rows": rows, "seconds": seconds, "all_as_expected": good}, indent=2) + "\n")
    return 0 if good else 1


if __name__ == "__main__":
    sys.exit(main())
