"""Benchmarks veritor-ar-to-tf on decoders made by others (issue 12): the teacher-forced
program against the decode program it checks, at 4 layers, width 256, 256 positions, IREE CPU,
both in one run. Run by `make bench`.

Programs (examples/ecosystem/export.py --size large, into examples/large/eco, not committed):
  hf_gpt2_greedy   HF transformers Flax FlaxGPT2LMHeadModel.generate (its own KV cache), greedy
  hf_gpt2_sample   the same with do_sample=True, temperature 0.8, top_k 8, top_p 0.9 (prng_key)
  jax_tril_while   plain JAX, full recompute in a lax.while_loop, jnp.where(tril, s, -1e9) in
                   outlined jax.jit helpers, RoPE, GQA (4 q / 2 kv heads), SwiGLU
GPT-2: 4 layers, width 256, 4 heads, 256 positions, vocabulary 512, random init (std 0.35 as
examples/ecosystem/hf.py), prompt 8 tokens, 248 generated; jax_tril_while: 4 layers, width 256,
MLP 512, vocabulary 512, prompt 8, 256 positions. Batch 1.

Per program:
  1. `veritor-opt P.mlir --veritor-inline --veritor-ar-to-tf` (its remark says parallel or
     sequential, and why); the while ops left in @main_teacher_forced are counted as emitted
     and after `iree-opt --canonicalize` (dead code removed: HF's init_cache runs the random
     parameter init, whose threefry loops the copy keeps but nothing uses);
  2. the decode program: `veritor-opt P.mlir --veritor-inline --veritor-symbol-dce` and the
     legalizations `veritor prove` applies (LEGALIZE: --veritor-scatter-to-select, IREE CPU
     rejects HF's min-length scatter at batch 1; --veritor-bool-to-select; and
     --veritor-top-k-network and --veritor-sort-network, IREE CPU's top_k and sort are slow:
     both programs get the same networks),
     compiled alone; the teacher-forced program: @main_teacher_forced of step 1's output alone
     (@main made private and dropped by --veritor-symbol-dce) with the same legalizations;
  3. iree-compile llvm-cpu (--iree-llvmcpu-target-cpu=host); @main's tokens on IREE are checked
     against JAX's (P.expected), then @main_teacher_forced runs on @main's own tokens and must
     predict exactly those tokens;
  4. timing: iree-benchmark-module (--device=local-task), one process per measurement: module
     load (not timed), one warm-up iteration (not timed), one timed iteration; decode and
     teacher-forced alternate for N rounds (benches/common.py side_by_side); medians.
Targets (issue 12): HF greedy and sampled <= 0.06, plain-JAX full recompute <= 0.005.

Usage: .venv/bin/python benches/ecosystem.py [--repetitions N] [--veritor-opt PATH] [--only NAME ...]
           [--export-python PATH] [--keep DIR]
Missing exports are made with --export-python (default .venv-hf/bin/python: `make venv-hf`).
veritor-opt: --veritor-opt, else $VERITOR_OPT, else target/release/veritor-opt.
"""

import os
import platform
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

from common import BIN, CPU_FLAGS, LARGE, ROOT, VERITOR_OPT, iree_benchmark, parser, side_by_side, workdir

ECO = LARGE / "eco"
EXPORTER = ROOT / "examples" / "ecosystem" / "export.py"
EXPORT_PYTHON = ROOT / ".venv-hf" / "bin" / "python"
# (program, target ratio teacher-forced / decode)
PROGRAMS = [("hf_gpt2_greedy", 0.06), ("hf_gpt2_sample", 0.06), ("jax_tril_while", 0.005)]


def tool(cmd: list, what: str) -> subprocess.CompletedProcess:
    """Runs a tool; on failure prints its stderr (cut) and raises."""
    p = subprocess.run([str(c) for c in cmd], capture_output=True, text=True)
    if p.returncode != 0:
        sys.stderr.write(f"{what} failed (exit {p.returncode}): {' '.join(map(str, cmd))}\n{p.stderr[-4000:]}\n")
        raise SystemExit(1)
    return p


def exported(name: str) -> bool:
    return all((ECO / f"{name}{s}").exists() for s in (".mlir", ".json", ".inputs", ".expected", ".reference"))


def ensure_exports(names: list, python: Path) -> None:
    missing = [n for n in names if not exported(n)]
    if missing:
        print(f"exporting {' '.join(missing)} with {python} (examples/ecosystem/export.py --size large)", flush=True)
        tool([python, EXPORTER, "--size", "large", "--out", ECO, "--only", *missing], "export")


def function_text(module: str, name: str) -> str:
    """The generic-form text of func `name` (up to the next func.func)."""
    start = re.search(rf'"func\.func"\(\) <\{{[^\n]*sym_name = "{name}"', module)
    assert start, f"no func {name}"
    end = module.find('"func.func"', start.end())
    return module[start.start():end if end > 0 else len(module)]


def result_count(func: str) -> int:
    head = func.splitlines()[0]
    m = re.search(r"function_type = \((.*?)\) -> \((.*?)\)(, |\})", head)
    return len(re.findall(r"tensor<", m.group(2))) if m else 1


# What `veritor prove` runs after inlining (exchange::workload::load), on both programs.
LEGALIZE = ["--veritor-scatter-to-select", "--veritor-bool-to-select", "--veritor-top-k-network",
            "--veritor-sort-network"]


def only_function(src: Path, name: str, out: Path, veritor_opt: Path) -> None:
    """Writes a module holding only public `name` (and what it calls): @main made private,
    then --veritor-symbol-dce and LEGALIZE."""
    text = src.read_text()
    text, n = re.subn(r'sym_name = "main", sym_visibility = "public"', 'sym_name = "main", sym_visibility = "private"',
                      text)
    if n == 0:  # no explicit visibility: public by default
        text, n = re.subn(r'sym_name = "main"([,}])', r'sym_name = "main", sym_visibility = "private"\1', text)
    assert n == 1, f"@main found {n} times in {src}"
    priv = out.with_suffix(".private.mlir")
    priv.write_text(text)
    tool([veritor_opt, priv, "--veritor-symbol-dce", *LEGALIZE, "-o", out], "veritor-opt --veritor-symbol-dce")


def live_whiles(module: Path, work: Path) -> int:
    """stablehlo.while ops left after iree-opt --canonicalize (trivially dead ops removed)."""
    out = work / (module.stem + ".canon.mlir")
    tool([BIN / "iree-opt", "--canonicalize", module, "-o", out], "iree-opt --canonicalize")
    return out.read_text().count("stablehlo.while")


def run_module(vmfb: Path, function: str, inputs: list, outs: list) -> list:
    tool([BIN / "iree-run-module", "--device=local-task", f"--module={vmfb}", f"--function={function}",
          *[f"--input=@{i}" for i in inputs], *[f"--output=@{o}" for o in outs]], f"iree-run-module {function}")
    return [np.load(o) for o in outs]


def bench(name: str, target: float, work: Path, veritor_opt: Path, repetitions: int) -> dict:
    t0 = time.perf_counter()
    src = ECO / f"{name}.mlir"
    inputs = sorted((ECO / f"{name}.inputs").glob("*.npy"))
    jax_tokens = np.load(sorted((ECO / f"{name}.expected").glob("*.npy"))[0])

    tf = work / f"{name}.tf.mlir"
    p = tool([veritor_opt, src, "--veritor-inline", "--veritor-ar-to-tf", "-o", tf], "veritor-opt --veritor-ar-to-tf")
    remarks = [re.sub(r"^.*?(remark|warning|error): ", r"\1: ", l) for l in p.stderr.splitlines()
               if re.search(r"(remark|warning|error): ", l)]
    text = tf.read_text()
    if 'sym_name = "main_teacher_forced"' not in text:
        print(f"  {name}: no @main_teacher_forced; {' | '.join(remarks)}")
        return {"program": name, "form": "none", "remarks": remarks}
    joined = " ".join(remarks)
    form = "parallel" if "parallel teacher-forced form" in joined else \
        "sequential" if "sequential" in joined else "?"
    tf_func = function_text(text, "main_teacher_forced")
    whiles_emitted = tf_func.count('"stablehlo.while"')
    n_results = result_count(tf_func)

    dec = work / f"{name}.decode.mlir"
    tool([veritor_opt, src, "--veritor-inline", "--veritor-symbol-dce", *LEGALIZE, "-o", dec],
         "veritor-opt (decode program)")
    tf_only = work / f"{name}.tf_only.mlir"
    only_function(tf, "main_teacher_forced", tf_only, veritor_opt)
    whiles_live = live_whiles(tf_only, work)
    t_opt = time.perf_counter() - t0

    dec_vmfb, tf_vmfb = work / f"{name}.decode.vmfb", work / f"{name}.tf.vmfb"
    t1 = time.perf_counter()
    tool([BIN / "iree-compile", *CPU_FLAGS, dec, "-o", dec_vmfb], "iree-compile (decode)")
    tool([BIN / "iree-compile", *CPU_FLAGS, tf_only, "-o", tf_vmfb], "iree-compile (teacher-forced)")
    t_compile = time.perf_counter() - t1

    tokens = work / f"{name}.tokens.npy"
    (iree_tokens,) = run_module(dec_vmfb, "main", inputs, [tokens])
    decode_ok = iree_tokens.shape == jax_tokens.shape and bool((iree_tokens == jax_tokens).all())
    outs = run_module(tf_vmfb, "main_teacher_forced", inputs + [tokens],
                      [work / f"{name}.tf.{i}.npy" for i in range(n_results)])
    predicted = outs[0]
    replay_ok = predicted.shape == iree_tokens.shape and bool((predicted == iree_tokens).all())
    ref_logits = np.load(ECO / f"{name}.reference" / "logits.npy")
    chosen = np.load(ECO / f"{name}.reference" / "chosen.npy")
    logits_note = ""
    if len(outs) > 1 and outs[1].shape == ref_logits.shape:
        got = outs[1][chosen]
        if np.isfinite(got).all():
            logits_note = f"; logits max abs diff vs JAX's forward {np.abs(got - ref_logits[chosen]).max():.1e}"
        else:
            logits_note = "; logits are the warped scores (-inf outside top-k/top-p), not compared"

    times = side_by_side({
        "decode": lambda: iree_benchmark(dec_vmfb, "main", inputs, 1, warmup=True)[0],
        "teacher-forced": lambda: iree_benchmark(tf_vmfb, "main_teacher_forced", inputs + [tokens], 1, warmup=True)[0],
    }, repetitions)
    d, f = statistics.median(times["decode"]), statistics.median(times["teacher-forced"])
    ratio = f / d
    status = "met" if ratio <= target else "MISSED"
    print(f"  {name:<15} decode {d * 1000:9.1f} ms   teacher-forced {f * 1000:8.1f} ms   ratio {ratio:.4f}"
          f"   (target <= {target}: {status})   while left in @main_teacher_forced: {whiles_emitted} as emitted, "
          f"{whiles_live} live   {form}", flush=True)
    for r in remarks:
        print(f"      {r}")
    print(f"      IREE decode tokens == JAX's: {decode_ok}; @main_teacher_forced on them: predicted == tokens: "
          f"{replay_ok} ({predicted.size} positions){logits_note}")
    print(f"      decode ms {' '.join(f'{t * 1000:.1f}' for t in times['decode'])}; teacher-forced ms "
          f"{' '.join(f'{t * 1000:.1f}' for t in times['teacher-forced'])}; veritor-opt {t_opt:.0f} s, "
          f"iree-compile {t_compile:.0f} s", flush=True)
    return {"program": name, "form": form, "decode_s": d, "tf_s": f, "ratio": ratio, "target": target,
            "whiles_emitted": whiles_emitted, "whiles_live": whiles_live, "decode_ok": decode_ok,
            "replay_ok": replay_ok, "remarks": remarks}


def machine() -> str:
    model = ""
    try:
        model = next(l.split(":", 1)[1].strip() for l in Path("/proc/cpuinfo").read_text().splitlines()
                     if l.startswith("model name"))
    except (OSError, StopIteration):
        pass
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    return f"{os.cpu_count()} cores ({model or platform.processor()}), load average {load} at the start"


def main() -> int:
    ap = parser(__doc__)
    ap.add_argument("--repetitions", type=int, default=5, help="rounds of (decode, teacher-forced) runs (default 5)")
    ap.add_argument("--veritor-opt", type=Path, default=Path(os.environ.get("VERITOR_OPT", VERITOR_OPT)))
    ap.add_argument("--export-python", type=Path, default=EXPORT_PYTHON)
    ap.add_argument("--only", nargs="*", help="program names")
    ap.add_argument("--keep", type=Path, help="keep the work files (veritor-opt outputs, vmfbs) here")
    a = ap.parse_args()
    progs = [(n, t) for n, t in PROGRAMS if not a.only or n in a.only]
    ensure_exports([n for n, _ in progs], a.export_python)
    rows = []
    with workdir("veritor-bench-eco-") as tmp:
        work = a.keep or tmp
        work.mkdir(parents=True, exist_ok=True)
        print(f"ar-to-tf on the ecosystem programs (examples/large/eco: 4 layers, width 256, 256 positions), "
              f"IREE llvm-cpu host, local-task, median of {a.repetitions} rounds side by side; {machine()}; "
              f"veritor-opt {a.veritor_opt}", flush=True)
        for name, target in progs:
            rows.append(bench(name, target, work, a.veritor_opt, a.repetitions))
    print("\n| program | decode (ms) | teacher-forced (ms) | ratio | target | while left (emitted / live) | form | "
          "decode == JAX | predicted == tokens |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for r in rows:
        if r["form"] == "none":
            print(f"| `{r['program']}` | | | | | | none | | |")
            continue
        print(f"| `{r['program']}` | {r['decode_s'] * 1000:.1f} | {r['tf_s'] * 1000:.1f} | {r['ratio']:.4f} | "
              f"<= {r['target']} | {r['whiles_emitted']} / {r['whiles_live']} | {r['form']} | {r['decode_ok']} | "
              f"{r['replay_ok']} |")
    ok = all(r["form"] != "none" and r["decode_ok"] and r["replay_ok"] for r in rows)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
