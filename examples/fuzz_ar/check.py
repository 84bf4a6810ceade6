"""One fuzz program on the tool side: IREE on the original @main, veritor-opt's ar-to-tf,
and @main_teacher_forced in IREE on the program's own tokens; the verdict.

Tools: VERITOR_OPT (default /work/bin-stable/veritor-opt where it exists, else this checkout's
target/debug/veritor-opt), IREE_BIN (default the .venv/bin of this checkout).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE.parent / "ecosystem"))

from baseline import func_signature, np_dtype, remarks, shape_of, short_err  # noqa: E402  ecosystem/baseline.py



def _veritor_opt() -> Path:
    if os.environ.get("VERITOR_OPT"):
        return Path(os.environ["VERITOR_OPT"])
    stable = Path("/work/bin-stable/veritor-opt")
    return stable if stable.exists() else ROOT / "target/debug/veritor-opt"


VERITOR_OPT = _veritor_opt()
IREE_BIN = Path(os.environ.get("IREE_BIN", ROOT / ".venv/bin"))
CPU = ["--iree-hal-target-device=local", "--iree-hal-local-target-device-backends=llvm-cpu",
       "--iree-llvmcpu-target-cpu=host", "--mlir-disable-threading", "--iree-opt-const-eval=false"]
TF = "main_teacher_forced"

# tolerances: logits error relative to the largest reference logit; near ties of a replay
LOGITS_TOL = {"float32": 2e-5, "bfloat16": 0.1}
TIE_TOL = {"float32": 1e-4, "bfloat16": 0.05}


def sh(cmd, timeout=600):
    t0 = time.perf_counter()
    try:
        p = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, timeout=timeout)
        return p.returncode, p.stdout, p.stderr, time.perf_counter() - t0
    except subprocess.TimeoutExpired:
        return "timeout", "", f"timed out after {timeout} s", time.perf_counter() - t0


def crashed(rc, err: str) -> bool:
    """A crash, panic or hang (as opposed to a diagnosed failure, exit 1)."""
    return rc == "timeout" or rc < 0 or rc >= 101 or "panicked" in err or "Stack dump" in err


def save_npys(d: Path, arrays) -> list:
    d.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, a in enumerate(arrays):
        paths.append(d / f"{i:02d}.npy")
        np.save(paths[-1], np.asarray(a), allow_pickle=False)
    return paths


def iree_compile(src: Path, out: Path):
    rc, _, err, dt = sh([IREE_BIN / "iree-compile", *CPU, src, "-o", out])
    return (None if rc == 0 else f"compile fails ({rc}): {short_err(err)}"), dt


def iree_run(vmfb: Path, function: str, inputs, n_results: int, work: Path, tag: str):
    outs = [work / f"{tag}.{i}.npy" for i in range(n_results)]
    rc, so, err, _ = sh([IREE_BIN / "iree-run-module", "--device=local-sync", f"--module={vmfb}",
                         f"--function={function}", *[f"--input=@{i}" for i in inputs],
                         *[f"--output=@{o}" for o in outs]])
    if rc != 0:
        return None, f"run fails ({rc}): {short_err(err + so)}"
    return [np.load(o) for o in outs], None


# What `veritor prove` runs after the rewrite (exchange::workload::load): the replay is
# checked as the verifier would compile it (chlo.top_k as a network, among others).
LEGALIZE = ["--veritor-scatter-to-select", "--veritor-bool-to-select", "--veritor-top-k-network",
            "--veritor-sort-network"]


def run_veritor(src: Path, out: Path, require_parallel: bool) -> dict:
    opt = "--veritor-ar-to-tf=require-parallel=true" if require_parallel else "--veritor-ar-to-tf"
    rc, _, err, dt = sh([VERITOR_OPT, src, "--veritor-inline", opt, *LEGALIZE, "-o", out], timeout=300)
    text = out.read_text() if rc == 0 and out.exists() else ""
    return {"rc": rc, "crash": crashed(rc, err), "remarks": remarks(err), "stderr_tail": err[-2000:],
            "has_tf": f'sym_name = "{TF}"' in text, "text": text, "seconds": round(dt, 2)}


def classify(default: dict, strict: dict) -> tuple:
    """(form, remark): parallel / sequential / none / error, and the remark that says so."""
    rem = next((m for m in default["remarks"] if "teacher-forced form" in m or "autoregressive" in m),
               (default["remarks"] or [""])[0])
    if default["rc"] != 0:
        return "error", (default["remarks"] or [default["stderr_tail"][-300:]])[0]
    if not default["has_tf"]:
        return "none", rem
    if "parallel teacher-forced form" in rem:
        return "parallel", rem
    if "sequential teacher-forced form" in rem:
        return "sequential", rem
    return "parallel" if strict["rc"] == 0 and strict["has_tf"] else "sequential", rem


def compare_tokens(got, want) -> str | None:
    if got.shape != want.shape:
        return f"shape {got.shape} != {want.shape}"
    bad = np.argwhere(got != want)
    return None if len(bad) == 0 else f"differ at {bad[:4].tolist()}"


def step_scores(case, b: int, p: int):
    """The scores JAX's own step chose position p of row b from (sampling: plus its Gumbel noise)."""
    row, sub = case.steps[p]
    if case.style.choice == "sample":
        import jax  # noqa: PLC0415  (workers import jax anyway)
        dt = np.dtype(case.style.dtype)
        row = (row.astype(dt) + np.asarray(jax.random.gumbel(sub, row.shape, dt))).astype(np.float32)
    if case.style.choice == "topk":
        # The k best with their Gumbel noise, where they sit in the vocabulary; -inf elsewhere.
        import jax  # noqa: PLC0415
        dt = np.dtype(case.style.dtype)
        vals, idx = jax.lax.top_k(np.atleast_2d(row).astype(dt), case.style.top_k)
        noisy = np.asarray(vals + jax.random.gumbel(sub, vals.shape[-1:], dt)).astype(np.float32)
        full = np.full(np.atleast_2d(row).shape, -np.inf, np.float32)
        np.put_along_axis(full, np.asarray(idx), noisy, axis=-1)
        row = full
    return np.atleast_2d(row)[b]


def replay(case, predicted) -> dict:
    """predicted [Bx, L] against the tokens: mismatches where chosen (a near tie, when JAX's own
    scores put the two tokens within TIE_TOL, is excused) and elsewhere."""
    ref = case.ref
    tokens, chosen = ref["tokens"], ref["chosen"]
    out = {"wrong": [], "near_ties": [], "elsewhere": []}
    if predicted.shape != tokens.shape:
        out["wrong"].append(f"predicted shape {predicted.shape} != {tokens.shape}")
        return out
    for b, p in np.argwhere(predicted != tokens).tolist():
        if not chosen[b, p]:
            out["elsewhere"].append([b, p])
            continue
        row = step_scores(case, b, p)
        margin = float(row[tokens[b, p]] - row[predicted[b, p]])
        tol = TIE_TOL[case.style.dtype] * max(1.0, float(np.abs(row).max()))
        (out["near_ties"] if abs(margin) <= tol else out["wrong"]).append([b, p, round(margin, 6)])
    return out


def logits_error(got, want, chosen) -> float:
    if got.shape != want.shape:
        return float("inf")
    if not chosen.any():
        return 0.0
    return float(np.abs(got[chosen] - want[chosen]).max() / max(1.0, np.abs(want[chosen]).max()))


def rows2d(a, style):
    """Adds the batch axis a program without one lacks ([L] -> [1, L])."""
    a = np.asarray(a)
    return a if style.batch else a[None]


def teacher_forced(case, work: Path, inputs, text: str) -> dict:
    """Compiles veritor-opt's output and runs @main_teacher_forced on the program's tokens."""
    s = case.style
    sig = func_signature(text, TF)
    if sig is None or not sig[0]:
        return {"problem": f"@{TF}: signature not understood"}
    args, results = sig
    tshape, telem = shape_of(args[-1])
    tokens = case.outputs[0]
    r = {"teacher_type": args[-1]}
    if tuple(tokens.shape) != tshape or np_dtype(telem) != tokens.dtype:
        r["problem"] = f"the teacher {args[-1]} is not the tokens result {tokens.shape}"
        return r
    vmfb = work / "tf.vmfb"
    err, dt = iree_compile(work / "tf.mlir", vmfb)
    r["compile_s"] = round(dt, 1)
    if err:
        r["problem"] = f"@{TF}: {err}"
        return r
    teacher = save_npys(work / "teacher", [tokens])[0]
    outs, err = iree_run(vmfb, TF, inputs + [teacher], len(results), work, "tf")
    if err:
        r["problem"] = f"@{TF}: {err}"
        return r
    r["replay"] = replay(case, rows2d(outs[0], s))
    if len(outs) > 1:
        got = rows2d(outs[1], s).astype(np.float32)
        chosen = case.ref["chosen"]
        r["logits_err_vs_reference"] = logits_error(got, case.ref["logits"], chosen)
        r["logits_err_vs_steps"] = logits_error(got, case.ref["steps"], chosen)
    if len(outs) > 2 and len(case.outputs) > 1:
        r["stop"] = [int(outs[2]), int(case.outputs[1])]
    return r


def generator_problems(case) -> list:
    """Self-checks of the generator: causal programs must not see the fill, non-causal ones
    must, and a causal program's own step scores must be the teacher-forced reference's."""
    s, ref = case.style, case.ref
    out = []
    if s.causal and case.fill_sensitive:
        out.append(f"causal program reads not-yet-final positions (fill changes scores by {case.fill_diff:.3g})")
    if not s.causal and not case.fill_sensitive:
        out.append("non-causal variant is ineffective: no step's scores change with the fill")
    if s.causal:
        err = logits_error(ref["steps"], ref["logits"], ref["chosen"])
        if err > LOGITS_TOL[s.dtype]:
            out.append(f"step scores differ from the teacher-forced reference by {err:.3g}")
    return out


def original_on_iree(case, work: Path, src: Path, inputs, rec: dict) -> str:
    err, rec["iree_compile_s"] = iree_compile(src, work / "prog.vmfb")
    rec["iree_compile_s"] = round(rec["iree_compile_s"], 1)
    if err:
        return err
    outs, err = iree_run(work / "prog.vmfb", "main", inputs, len(case.outputs), work, "main")
    if err:
        return err
    bad = [f"{n}: {e}" for n, g, w in zip(case.result_names, outs, case.outputs) if (e := compare_tokens(g, w))]
    if not bad:
        return "matches JAX"
    tie = first_difference_tie(case, rows2d(outs[0], case.style))
    return f"matches JAX up to a near tie at {tie}" if tie else "; ".join(bad)


def first_difference_tie(case, got):
    """[row, pos] where each row's first differing token is a near tie of JAX's own step, else None
    (the tokens after a tie follow other prefixes and may differ anyway)."""
    tokens = case.ref["tokens"]
    if got.shape != tokens.shape:
        return None
    ties = []
    for b in range(tokens.shape[0]):
        diff = np.flatnonzero(got[b] != tokens[b])
        if len(diff) == 0:
            continue
        p = int(diff[0])
        if p not in case.steps:
            return None
        row = step_scores(case, b, p)
        tol = TIE_TOL[case.style.dtype] * max(1.0, float(np.abs(row).max()))
        if abs(float(row[tokens[b, p]] - row[got[b, p]])) > tol:
            return None
        ties.append([b, p])
    return ties or None


def verdict(case, rec: dict, default: dict, strict: dict) -> list:
    """The reasons this program is WRONG (empty: not wrong)."""
    s = case.style
    wrong = []
    for name, run in (("", default), ("require-parallel=true: ", strict)):
        if run["crash"]:
            wrong.append(f"veritor-opt {name}crashed (rc {run['rc']}): {run['stderr_tail'][-300:].strip()}")
    if not s.causal and case.fill_sensitive and rec["form"] == "parallel":
        wrong.append(f"non-causal ({s.noncausal}) program made parallel")
    tf = rec.get("tf", {})
    rp = tf.get("replay")
    if rp and rp["wrong"]:
        wrong.append(f"replay: predicted != tokens at chosen [row, pos, margin] {rp['wrong'][:4]}")
    if rp and rp["elsewhere"]:
        wrong.append(f"replay: predicted != tokens at unchosen [row, pos] {rp['elsewhere'][:4]}")
    key = "logits_err_vs_reference" if s.causal else "logits_err_vs_steps"
    if key in tf and tf[key] > LOGITS_TOL[s.dtype]:
        wrong.append(f"logits: error {tf[key]:.3g} > {LOGITS_TOL[s.dtype]} ({key})")
    if "stop" in tf and tf["stop"][0] != tf["stop"][1]:
        wrong.append(f"stop: {tf['stop'][0]} != {tf['stop'][1]}")
    return wrong


def check(case, work: Path) -> dict:
    """Every check of one built case; its files go into `work`."""
    from grammar import describe  # noqa: PLC0415

    s = case.style
    rec = {"seed": case.seed, "index": case.index, "brief": s.brief(), "causal": s.causal,
           "style": describe(s), "eos_id": case.eos, "tokens": case.outputs[0].tolist(),
           "fill_sensitive": case.fill_sensitive, "fill_diff": case.fill_diff}
    src = work / "prog.mlir"
    src.write_text(case.mlir)
    inputs = save_npys(work / "inputs", [np.asarray(a) for a in _flat(case.args)])
    save_npys(work / "expected", case.outputs)
    for k, v in case.ref.items():
        np.save(work / f"reference.{k}.npy", v)
    rec["generator"] = generator_problems(case)
    default = run_veritor(src, work / "tf.mlir", False)
    strict = run_veritor(src, work / "par.mlir", True)
    (work / "veritor.stderr").write_text(default["stderr_tail"])
    rec["form"], rec["remark"] = classify(default, strict)
    rec["veritor_rc"] = [default["rc"], strict["rc"]]
    rec["iree_original"] = original_on_iree(case, work, src, inputs, rec)
    if default["has_tf"]:
        rec["tf"] = teacher_forced(case, work, inputs, default["text"])
    rec["wrong"] = verdict(case, rec, default, strict)
    return rec


def _flat(tree):
    import jax  # noqa: PLC0415

    return jax.tree_util.tree_leaves(tree)
