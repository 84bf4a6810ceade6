"""Baseline of veritor-ar-to-tf on the ecosystem corpus (examples/ecosystem/programs).

    .venv-eco/bin/python examples/ecosystem/baseline.py [--dir DIR] [--only NAME ...] [--json OUT]

For every exported <name>.mlir:
  1. the original program: iree-compile (llvm-cpu, host), iree-run-module --device=local-sync,
     results compared with <name>.expected (integers exact, floats rtol/atol 1e-5);
  2. `veritor-opt <name>.mlir --veritor-inline --veritor-ar-to-tf --veritor-scatter-to-select` (the
     last makes @main's one-column scatters compile in IREE) and the same with
     `require-parallel=true`: parallel / sequential / none (no @main_teacher_forced), with the
     remarks veritor-opt printed;
  3. where @main_teacher_forced exists: compile the output, run it on the program's own tokens
     (the teacher), check predicted == teacher, and compare its logits with the reference at
     the chosen positions.
Prints a tally table (markdown). Tools: VERITOR_OPT (default /work/main/target/debug/veritor-opt
or target/debug/veritor-opt of this checkout), IREE_BIN (default .venv/bin of this checkout, else
/work/main/.venv/bin).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CPU = ["--iree-hal-target-device=local", "--iree-hal-local-target-device-backends=llvm-cpu",
       "--iree-llvmcpu-target-cpu=host"]


def _first(paths):
    for p in paths:
        if p and Path(p).exists():
            return Path(p)
    return None


VERITOR_OPT = _first([os.environ.get("VERITOR_OPT"), ROOT / "target/debug/veritor-opt",
                      "/work/main/target/debug/veritor-opt"])
IREE_BIN = _first([os.environ.get("IREE_BIN"), ROOT / ".venv/bin", "/work/main/.venv/bin"])


def sh(cmd, timeout=600):
    t0 = time.perf_counter()
    p = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, timeout=timeout)
    return p.returncode, p.stdout, p.stderr, time.perf_counter() - t0


def short_err(err: str) -> str:
    lines = [l for l in err.splitlines() if "error" in l.lower() or "remark" in l.lower()] or err.splitlines()[-3:]
    return " | ".join(re.sub(r"^\S+\.mlir:\d+:\d+: ", "", l).strip() for l in lines[:2])[:400]


def remarks(err: str) -> list:
    out = []
    for l in err.splitlines():
        m = re.search(r"(remark|error|warning): (.*)", l)
        if m:
            out.append(f"{m.group(1)}: {m.group(2)}")
    return out


def tensor_types(sig: str) -> list:
    return re.findall(r"tensor<([^>]*)>", sig)


def func_signature(text: str, name: str):
    """(argument types, result types) of func `name` in generic form."""
    for line in text.splitlines():
        if f'sym_name = "{name}"' in line and '"func.func"' in line:
            m = re.search(r"function_type = \((.*?)\) -> \((.*?)\)(, |\})", line) or \
                re.search(r"function_type = \((.*?)\) -> (tensor<[^>]*>)", line)
            return tensor_types(m.group(1)), tensor_types(m.group(2))
    return None


def np_dtype(elem: str):
    return {"i32": np.int32, "i64": np.int64, "i1": np.bool_, "f32": np.float32, "ui32": np.uint32}.get(elem)


def shape_of(t: str):
    parts = t.split("x")
    return tuple(int(p) for p in parts[:-1]), parts[-1]


def run_module(vmfb, function, inputs, n_results, work: Path, tag: str):
    outs = [work / f"{tag}.{i}.npy" for i in range(n_results)]
    rc, so, se, dt = sh([IREE_BIN / "iree-run-module", "--device=local-sync", f"--module={vmfb}",
                         f"--function={function}", *[f"--input=@{i}" for i in inputs],
                         *[f"--output=@{o}" for o in outs]])
    if rc != 0:
        return None, short_err(se + so)
    return [np.load(o) for o in outs], None


def compare(got, want):
    if got.shape != want.shape:
        return f"shape {got.shape} != {want.shape}"
    if np.issubdtype(want.dtype, np.floating):
        ok = np.allclose(got, want, rtol=1e-5, atol=1e-5)
    else:
        ok = np.array_equal(got, want)
    return None if ok else f"differs at {np.argwhere(got != want)[:3].tolist()}"


def check_program(d: Path, name: str, work: Path) -> dict:
    desc = json.loads((d / f"{name}.json").read_text())
    src = d / f"{name}.mlir"
    inputs = sorted((d / f"{name}.inputs").glob("*.npy"))
    expected = [np.load(p) for p in sorted((d / f"{name}.expected").glob("*.npy"))]
    r = {"program": name, "library": desc["decode"].get("library", "")}

    # 1. the original program on IREE
    vmfb = work / f"{name}.vmfb"
    rc, so, se, dt = sh([IREE_BIN / "iree-compile", *CPU, src, "-o", vmfb])
    if rc != 0:
        r["iree_original"] = f"compile fails: {short_err(se)}"
        # design.md: some programs compile only once their helpers are inlined
        inl = work / f"{name}.inlined.mlir"
        rc_i, _, se_i, _ = sh([VERITOR_OPT, src, "--veritor-inline", "--veritor-symbol-dce",
                               "--veritor-scatter-to-select", "-o", inl])
        if rc_i == 0:
            rc, so, se, dt = sh([IREE_BIN / "iree-compile", *CPU, inl, "-o", vmfb])
            r["iree_original"] += "; after veritor-inline: " + (f"compile fails: {short_err(se)}" if rc else "")
    if rc == 0:
        outs, err = run_module(vmfb, "main", inputs, len(expected), work, f"{name}.main")
        if err:
            r["iree_original"] = r.get("iree_original", "") + f"run fails: {err}"
        else:
            bad = [f"result {i}: {e}" for i, (g, w) in enumerate(zip(outs, expected)) if (e := compare(g, w))]
            r["iree_original"] = r.get("iree_original", "") + ("matches JAX" if not bad else "; ".join(bad))
        r["iree_original_compile_s"] = round(dt, 1)

    # 2. ar-to-tf, default and require-parallel
    tf = work / f"{name}.tf.mlir"
    rc, so, se, _ = sh([VERITOR_OPT, src, "--veritor-inline", "--veritor-ar-to-tf", "--veritor-scatter-to-select",
                        "-o", tf])
    r["ar_to_tf_rc"] = rc
    r["remarks"] = remarks(se)
    text = tf.read_text() if rc == 0 and tf.exists() else ""
    has_tf = 'sym_name = "main_teacher_forced"' in text
    rc2, so2, se2, _ = sh([VERITOR_OPT, src, "--veritor-inline", "--veritor-ar-to-tf=require-parallel=true",
                           "-o", work / f"{name}.par.mlir"])
    par_text = (work / f"{name}.par.mlir").read_text() if rc2 == 0 and (work / f"{name}.par.mlir").exists() else ""
    r["require_parallel_rc"] = rc2
    r["require_parallel_remarks"] = remarks(se2)
    if not has_tf:
        r["form"] = "none"
    elif rc2 == 0 and 'sym_name = "main_teacher_forced"' in par_text:
        r["form"] = "parallel"
    else:
        r["form"] = "sequential"

    # 3. the teacher-forced function on the program's own tokens
    if has_tf:
        sig = func_signature(text, "main_teacher_forced")
        args, results = sig
        tshape, telem = shape_of(args[-1])
        ref = np.load(d / f"{name}.reference" / "tokens.npy")
        teacher = next((e for e in expected if e.shape == tshape and e.dtype == np_dtype(telem)), None)
        if teacher is None and ref.shape == tshape:
            teacher = ref
        r["teacher"] = f"tensor<{args[-1]}>"
        tvm = work / f"{name}.tf.vmfb"
        rc, so, se, _ = sh([IREE_BIN / "iree-compile", *CPU, tf, "-o", tvm])
        if teacher is None:
            r["tf_check"] = f"no result of @main has the teacher's type {args[-1]}"
        elif rc != 0:
            r["tf_check"] = f"compile fails: {short_err(se)}"
        else:
            tpath = work / f"{name}.teacher.npy"
            np.save(tpath, teacher.astype(np_dtype(telem)))
            outs, err = run_module(tvm, "main_teacher_forced", inputs + [tpath], len(results), work, f"{name}.tf")
            if err:
                r["tf_check"] = f"run fails: {err}"
            else:
                same = outs[0].shape == teacher.shape and np.array_equal(outs[0], teacher)
                r["tf_check"] = "predicted == tokens" if same else \
                    f"predicted != tokens at {np.argwhere(outs[0] != teacher)[:4].tolist() if outs[0].shape == teacher.shape else outs[0].shape}"
                if len(outs) > 1 and outs[1].dtype == np.float32:
                    rl = np.load(d / f"{name}.reference" / "logits.npy")
                    ch = np.load(d / f"{name}.reference" / "chosen.npy")
                    if outs[1].shape == rl.shape:
                        r["tf_logits_max_abs_diff"] = float(np.abs(outs[1][ch] - rl[ch]).max())
    return r


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", type=Path, default=HERE / "programs")
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--json", type=Path, default=None, help="write the per-program records here")
    ap.add_argument("--keep", type=Path, default=None, help="keep the work files (outputs of veritor-opt) here")
    a = ap.parse_args(argv)
    assert VERITOR_OPT is not None and IREE_BIN is not None, "veritor-opt or IREE tools not found"
    names = sorted(p.stem for p in a.dir.glob("*.mlir") if p.stem.count(".") == 0)
    if a.only:
        names = [n for n in names if n in a.only]
    work = a.keep or Path(tempfile.mkdtemp(prefix="veritor-eco-"))
    work.mkdir(parents=True, exist_ok=True)
    rows = []
    try:
        for n in names:
            t0 = time.perf_counter()
            r = check_program(a.dir, n, work)
            rows.append(r)
            print(f"{n}: {r['form']}; IREE original: {r['iree_original']}; tf: {r.get('tf_check', '-')} "
                  f"({time.perf_counter() - t0:.0f}s)", flush=True)
            for m in r["remarks"] + [x for x in r["require_parallel_remarks"] if x not in r["remarks"]]:
                print(f"    {m}", flush=True)
    finally:
        if a.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    def brief(text):  # one table cell: the first error of each attempt, cut short
        parts = []
        for piece in text.split("; after veritor-inline: "):
            piece = piece.split(" | ")[0]
            parts.append(piece if len(piece) <= 110 else piece[:107] + "...")
        return "; after veritor-inline: ".join(parts)

    print()
    print("| program | library | IREE original (local-sync) | ar-to-tf | @main_teacher_forced on own tokens | blocking remark |")
    print("| --- | --- | --- | --- | --- | --- |")
    for r in rows:
        rem = next((m for m in r["remarks"] + r["require_parallel_remarks"] if "remark" in m or "error" in m), "")
        tfc = r.get("tf_check", "-")
        if "tf_logits_max_abs_diff" in r:
            tfc += f" (logits max abs diff {r['tf_logits_max_abs_diff']:.1e})"
        rem = re.sub(r" \(at [^)]*\)", "", rem)
        print(f"| `{r['program']}` | {r['library']} | {brief(r['iree_original'])} | {r['form']} | {tfc} | {rem} |")
    tally = {k: sum(1 for r in rows if r["form"] == k) for k in ("parallel", "sequential", "none")}
    print(f"\ntally: {len(rows)} programs: parallel {tally['parallel']}, sequential {tally['sequential']}, "
          f"no @main_teacher_forced {tally['none']}; teacher-forced replay exact "
          f"{sum(1 for r in rows if r.get('tf_check') == 'predicted == tokens')}; original matches JAX on IREE "
          f"{sum(1 for r in rows if r['iree_original'] == 'matches JAX')} "
          f"(after inlining: {sum(1 for r in rows if r['iree_original'].endswith('after veritor-inline: matches JAX'))})")
    if a.json:
        a.json.write_text(json.dumps(rows, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
