"""Export the ecosystem corpus: decoders made by third-party libraries (HF transformers Flax
`generate`, DeepMind gemma's sampler) and plain-JAX decoders in styles other than
examples/model.py's, in examples/decode's file layout.

    .venv-eco/bin/python examples/ecosystem/export.py [--out DIR] [--only NAME ...]
    .venv-hf/bin/python examples/ecosystem/export.py --size large [--out DIR] [--only NAME ...]

Writes per program <name> into DIR (default examples/ecosystem/programs):

    <name>.mlir             generic op form, no debug info (what veritor-opt parses)
    <name>.inputs/NN.npy    arguments of @main, in order (params flattened, then prompt[, key])
    <name>.expected/NN.npy  JAX's results of @main, in order
    <name>.reference/       tokens.npy, chosen.npy, logits.npy, predicted.npy (teacher-forced)
    <name>.json             arguments, results, the decode block (library, version, style), structure

Needs the packages of README.md ("Regenerate"): transformers 4.57.x, flax, gemma.

--size large exports the benchmark programs (benches/ecosystem.py) instead: hf_gpt2_greedy,
hf_gpt2_sample (GPT-2, 4 layers, width 256, 256 positions) and jax_tril_while (same size),
into examples/large/eco by default (gitignored: tens of MB); needs transformers and flax only
(examples/ecosystem/requirements-hf.txt), not gemma.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXAMPLES = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(EXAMPLES))

import jax  # noqa: E402

jax.config.update("jax_platforms", "cpu")

import numpy as np  # noqa: E402

import export as base  # noqa: E402  examples/export.py: file helpers and module_structure

MAX_FILE = 2 * 1024 * 1024
LARGE_OUT = EXAMPLES / "large" / "eco"


def export_one(prog, out: Path, max_file=MAX_FILE) -> dict:
    t0 = time.perf_counter()
    flat_args, _ = jax.tree_util.tree_flatten(prog.args)
    assert len(flat_args) == len(prog.arg_names), (len(flat_args), len(prog.arg_names))
    jitted = jax.jit(prog.fn, keep_unused=True)
    lowered = jitted.lower(*prog.args)
    ir = lowered.compiler_ir("stablehlo")
    generic = ir.operation.get_asm(print_generic_op_form=True, enable_debug_info=False)
    publics = []
    for m in re.finditer(r'"func\.func"\(\) <\{(?P<attrs>[^\n]*?)\}>', generic):
        if 'sym_visibility = "private"' not in m.group("attrs"):
            publics.append(re.search(r'sym_name = "([^"]+)"', m.group("attrs")).group(1))
    assert publics == ["main"], f"{prog.name}: public functions {publics}"
    outs = jitted(*prog.args)
    flat_outs = [np.asarray(o) for o in jax.tree_util.tree_leaves(outs)]
    assert len(flat_outs) == len(prog.result_names), (len(flat_outs), prog.result_names)

    ref = prog.reference(flat_outs)
    bad = np.argwhere(ref["predicted"] != ref["tokens"])
    assert len(bad) == 0, f"{prog.name}: reference replay differs from the program's tokens at {bad[:5].tolist()}"
    assert not ref["logits"][~ref["chosen"]].any(), f"{prog.name}: non-zero logits at a position not chosen"

    base._write(out / f"{prog.name}.mlir", generic)
    base._save_npys(out / f"{prog.name}.inputs", [np.asarray(a) for a in flat_args])
    base._save_npys(out / f"{prog.name}.expected", flat_outs)
    files = base.write_reference(out / f"{prog.name}.reference", ref)
    positions = sorted({int(p) for p in np.argwhere(np.atleast_2d(ref["chosen"]))[:, -1]})
    desc = {
        "program": prog.name,
        "function": "main",
        "set": "ecosystem",
        "jax_version": jax.__version__,
        "arguments": [{"index": i, "name": n, **base._spec(a)} for i, (n, a) in enumerate(zip(prog.arg_names, flat_args))],
        "results": [{"index": i, "name": n, **base._spec(a)} for i, (n, a) in enumerate(zip(prog.result_names, flat_outs))],
        "num_param_args": sum(1 for n in prog.arg_names if n.startswith("params/")),
        "decode": prog.info,
        "structure": base.module_structure(ir),
        "reference": {"dir": f"{prog.name}.reference", "files": files,
                      "chosen_positions": [positions[0], positions[-1]] if positions else [],
                      "alignment": "logits[b, p] = teacher-forced forward(tokens)[b, p-1] = the scores from which "
                                   "tokens[b, p] was chosen, where chosen[b, p]; zero rows elsewhere",
                      "tokens": ref["tokens"].tolist()},
    }
    base._write(out / f"{prog.name}.json", base._dump_json(desc))
    big = [str(p) for p in out.glob(f"{prog.name}*") if p.is_file() and p.stat().st_size > max_file]
    big += [str(p) for p in out.glob(f"{prog.name}.*/*") if p.stat().st_size > max_file]
    assert not big, f"{prog.name}: files over {max_file / 2**20:g} MB: {big}"
    st = desc["structure"]
    n_ops = generic.count('"stablehlo.')
    print(f"{prog.name:22s} args={len(flat_args):3d} ops={n_ops:5d} "
          f"while={st['while_ops']} call-depth={st['func_call_depth']} {time.perf_counter() - t0:5.1f}s "
          f"tokens={ref['tokens'].tolist()}", flush=True)
    return desc


def all_programs(size="tiny"):
    """(name, factory) pairs; a factory returns a list of Programs."""
    groups = []
    if size == "large":
        groups.append(("plain", lambda: __import__("plain").programs_large()))
        groups.append(("hf", lambda: __import__("hf").programs_large()))
        return groups
    import plain
    groups.append(("plain", plain.programs))
    import hf
    groups.append(("hf", lambda: hf.programs(eos_gpt2=hf.GPT2_EOS)))
    groups.append(("gemma", lambda: __import__("gemma_prog").programs()))
    return groups


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, help=f"default {HERE / 'programs'} (tiny), {LARGE_OUT} (large)")
    ap.add_argument("--only", nargs="*", help="program names (or group names: plain, hf, gemma)")
    ap.add_argument("--size", choices=["tiny", "large"], default="tiny",
                    help="tiny: the committed corpus; large: the benchmark programs (not committed)")
    a = ap.parse_args(argv)
    if a.out is None:
        a.out = HERE / "programs" if a.size == "tiny" else LARGE_OUT
    max_file = MAX_FILE if a.size == "tiny" else 1 << 40  # large exports are not committed
    a.out.mkdir(parents=True, exist_ok=True)
    failed = {}
    t0 = time.perf_counter()
    for group, factory in all_programs(a.size):
        prefix = {"plain": "jax_", "hf": "hf_", "gemma": "gemma_"}[group]
        if a.only and group not in a.only and not any(o.startswith(prefix) for o in a.only):
            continue
        try:
            progs = factory()
        except Exception as e:  # a library that does not install or build: record and go on
            failed[group] = f"{type(e).__name__}: {e}".splitlines()[0][:300]
            traceback.print_exc()
            continue
        for prog in progs:
            if a.only and prog.name not in a.only and group not in a.only:
                continue
            try:
                export_one(prog, a.out, max_file)
            except Exception as e:
                failed[prog.name] = f"{type(e).__name__}: {e}".splitlines()[0][:300]
                traceback.print_exc()
    if not a.only:
        (a.out / "export_failures.json").write_text(json.dumps(failed, indent=1) + "\n")
    print(f"exported to {a.out} in {time.perf_counter() - t0:.1f}s; failed: {json.dumps(failed)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
