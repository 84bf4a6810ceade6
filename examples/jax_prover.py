"""The "prover on JAX" path: run a decode program of the corpus in JAX (CPU) and write its
outputs, optionally as a dishonest prover would (the detection matrix of issue 6).

    .venv/bin/python examples/jax_prover.py examples/decode/canonical_sampled --out /tmp/honest
    .venv/bin/python examples/jax_prover.py examples/decode/canonical_sampled --out /tmp/t --top-k 4
    .venv/bin/python examples/jax_prover.py examples/tiny/greedy_full --out /tmp/p --param-seed 1

PROGRAM is a path without extension: PROGRAM.json names the program (the decode set's
decoders.py, or model.py's greedy_full / greedy_kv / sampled for examples/tiny) and its
config; the arguments come from PROGRAM.inputs/ (or --inputs). The program is rebuilt from
the Python source (not from the .mlir) and run with jax.jit.

Writes into --out:
  NN.npy        the program's results, in result order (as PROGRAM.expected/)
  prover.json   the program, each tampering, the digest-free list of arguments changed, and
                which of them a verifier sees (see below)
  inputs/NN.npy only the changed arguments that a verifier sees (the prompt, the noise): the
                verifier must be given these; everything else it takes from the claim

What a verifier sees: the weights are the claim's (a prover running other weights does so
secretly), so weight tamperings change no verifier-visible input; sampling constants
(temperature, top-k, top-p) are claim parameters baked into the program, not inputs; the
prompt and canonical_sampled's `gumbel` argument are inputs.

Weight tamperings are applied in float32 and cast back to the program's dtype (bfloat16 for
bf16_decode). Layer noise: every array of params/layers/LAYER gets
`w + rel * rms(w) * N(0, 1)` (arrays that are all zero, the initial biases, stay zero).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

import jax  # noqa: E402

jax.config.update("jax_platforms", "cpu")

import ml_dtypes  # noqa: E402
import numpy as np  # noqa: E402

sys.path.insert(0, str(HERE))
import canonical  # noqa: E402
import decoders  # noqa: E402
import model  # noqa: E402

TINY_PROGRAMS = ("greedy_full", "greedy_kv", "sampled")


def load_npys(d: Path) -> list:
    files = sorted(d.glob("*.npy"))
    if not files:
        raise SystemExit(f"jax_prover: {d}: no .npy files")
    return [np.load(f, allow_pickle=False) for f in files]


def save_npys(d: Path, arrays: dict) -> None:
    """{index: array} -> d/NN.npy (width as export.py's)."""
    d.mkdir(parents=True, exist_ok=True)
    width = max(2, len(str(max(arrays))))
    for i, a in arrays.items():
        np.save(d / f"{i:0{width}d}.npy", np.asarray(a), allow_pickle=False)


def sampling_of(desc: dict) -> dict | None:
    return desc.get("decode", {}).get("sampling") or desc.get("sampling")


def build(desc: dict, cfg: model.Config, params_f32):
    """The program's Python function for `cfg` (whose sampling constants may be tampered)."""
    prog = desc["program"]
    if desc.get("set") == "decode":
        base = model.CONFIGS.get(cfg.name)
        base_cfg = dataclasses.replace(cfg, batch=base.batch if base else 1)
        return decoders.make_decoders(base_cfg, params_f32)[prog].fn
    if prog not in TINY_PROGRAMS:
        raise SystemExit(f"jax_prover: {prog} is not a decode program ({', '.join(TINY_PROGRAMS)} or the decode set)")
    return model.make_programs(cfg)[prog]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("program", type=Path, help="e.g. examples/decode/canonical_sampled (PROGRAM.json, PROGRAM.inputs/)")
    ap.add_argument("--inputs", type=Path, help="argument .npy files in order (default PROGRAM.inputs)")
    ap.add_argument("--out", type=Path, required=True, help="output directory (created; files replaced)")
    t = ap.add_argument_group("tampering (none: the honest prover)")
    t.add_argument("--param-seed", type=int, metavar="N", help="run with model.init_params(cfg, seed=N) instead")
    t.add_argument("--layer-noise", type=int, metavar="LAYER", help="Gaussian noise on layer LAYER's weights")
    t.add_argument("--noise-rel", type=float, default=1e-3, help="relative size of --layer-noise (default 1e-3)")
    t.add_argument("--noise-seed", type=int, default=0, help="NumPy seed of --layer-noise (default 0)")
    t.add_argument("--bf16-weights", action="store_true", help="round every weight to bfloat16 and back")
    t.add_argument("--prompt-token", action="append", default=[], metavar="[ROW,]POS=TOK",
                   help="set prompt[ROW, POS] (ROW default 0) to TOK; repeatable; the verifier sees it")
    t.add_argument("--temperature", type=float, help="sampling programs: this temperature instead")
    t.add_argument("--top-k", type=int, help="sampling programs: this top-k instead")
    t.add_argument("--top-p", type=float, help="sampling programs: this top-p instead")
    t.add_argument("--gumbel-seed", type=int, help="canonical_sampled: noise from this seed instead")
    t.add_argument("--gumbel-request", type=int, help="canonical_sampled: noise from this request id instead")
    a = ap.parse_args(argv)

    desc_path = a.program.with_name(a.program.name + ".json")
    if not desc_path.is_file():
        ap.error(f"{desc_path}: no such file (PROGRAM is a path without extension)")
    desc = json.loads(desc_path.read_text())
    prog = desc["program"]
    cfg = model.Config(**desc["config"])
    args = load_npys(a.inputs or a.program.with_name(a.program.name + ".inputs"))
    names = [arg["name"] for arg in desc["arguments"]]
    if len(args) != len(names):
        raise SystemExit(f"jax_prover: {len(args)} inputs, {prog} takes {len(names)}")
    n_params = desc["num_param_args"]
    dtypes = [arg["dtype"] for arg in desc["arguments"]]
    # bfloat16 arguments are stored as raw '<V2' records (export.py): view them as bfloat16.
    args = [x.view(ml_dtypes.bfloat16) if dt == "bfloat16" else x for x, dt in zip(args, dtypes)]
    original = [np.array(x) for x in args]
    tampering: list[dict] = []

    # ---------------------------------------------------------------- weights
    params_f32 = [np.asarray(x, np.float32) for x in args[:n_params]]
    treedef = jax.tree_util.tree_structure(model.init_params(cfg))
    assert model.param_names(treedef.unflatten(params_f32)) == names[:n_params], "parameter order"
    if a.param_seed is not None:
        params_f32 = [np.asarray(x, np.float32) for x in jax.tree_util.tree_leaves(model.init_params(cfg, a.param_seed))]
        tampering.append({"kind": "param_seed", "seed": a.param_seed})
    if a.layer_noise is not None:
        if not 0 <= a.layer_noise < cfg.layers:
            ap.error(f"--layer-noise {a.layer_noise}: the model has layers 0..{cfg.layers - 1}")
        rng = np.random.default_rng(a.noise_seed)
        prefix = f"params/layers/{a.layer_noise}/"
        touched = {}
        for i, name in enumerate(names[:n_params]):
            if name.startswith(prefix):
                w = params_f32[i]
                rms = float(np.sqrt(np.mean(np.square(w, dtype=np.float64))))
                noisy = (w + a.noise_rel * rms * rng.standard_normal(w.shape)).astype(np.float32)
                if rms > 0:
                    touched[name] = float(np.linalg.norm(noisy - w) / np.linalg.norm(w))
                params_f32[i] = noisy
        tampering.append({"kind": "layer_noise", "layer": a.layer_noise, "rel": a.noise_rel, "seed": a.noise_seed,
                          "relative_change": touched})
    if a.bf16_weights:
        params_f32 = [x.astype(ml_dtypes.bfloat16).astype(np.float32) for x in params_f32]
        tampering.append({"kind": "bf16_weights"})
    args[:n_params] = [x.astype(ml_dtypes.bfloat16) if dt == "bfloat16" else x
                       for x, dt in zip(params_f32, dtypes[:n_params])]

    # ---------------------------------------------------------------- prompt and noise
    if a.prompt_token:
        k = names.index("prompt")
        prompt = np.array(args[k])
        for spec in a.prompt_token:
            try:
                where, tok = spec.split("=")
                row, pos = (0, *map(int, where.split(",")))[-2:]
                old = int(prompt[row, pos])
                prompt[row, pos] = int(tok)
            except (ValueError, IndexError):
                ap.error(f"--prompt-token {spec}: expected [ROW,]POS=TOK inside prompt {list(prompt.shape)}")
            tampering.append({"kind": "prompt_token", "row": row, "position": pos, "from": old, "to": int(tok)})
        args[k] = prompt
    sampling = sampling_of(desc)
    if a.gumbel_seed is not None or a.gumbel_request is not None:
        if "gumbel" not in names:
            ap.error(f"--gumbel-seed/--gumbel-request: {prog} has no gumbel argument")
        seed = sampling["seed"] if a.gumbel_seed is None else a.gumbel_seed
        request = sampling["request"] if a.gumbel_request is None else a.gumbel_request
        k = names.index("gumbel")
        b, length, vocab = args[k].shape
        args[k] = canonical.gumbel_noise(seed, request, b, length, vocab)
        tampering.append({"kind": "gumbel_stream", "seed": seed, "request": request})

    # ---------------------------------------------------------------- sampling constants
    changed = {f: v for f, v in (("temperature", a.temperature), ("top_k", a.top_k), ("top_p", a.top_p)) if v is not None}
    if changed:
        if sampling is None:
            ap.error(f"--temperature/--top-k/--top-p: {prog} does not sample")
        tampering.append({"kind": "sampling", "claimed": {f: sampling[f] for f in changed}, "used": changed})
        cfg = dataclasses.replace(cfg, **changed)

    # ---------------------------------------------------------------- run
    fn = build(desc, cfg, treedef.unflatten([np.asarray(x, np.float32) for x in original[:n_params]]))
    params = treedef.unflatten([np.asarray(x) for x in args[:n_params]])
    outs = jax.jit(fn)(params, *[np.asarray(x) for x in args[n_params:]])
    flat = [np.asarray(o) for o in jax.tree_util.tree_leaves(outs)]
    assert len(flat) == len(desc["results"]), f"{len(flat)} results, {prog}'s json lists {len(desc['results'])}"

    a.out.mkdir(parents=True, exist_ok=True)
    for old in list(a.out.glob("*.npy")) + list((a.out / "inputs").glob("*.npy")):
        old.unlink()
    save_npys(a.out, dict(enumerate(flat)))
    diff = [i for i in range(len(args)) if args[i].shape != original[i].shape
            or args[i].dtype != original[i].dtype or args[i].tobytes() != original[i].tobytes()]
    visible = [i for i in diff if i >= n_params]
    if visible:
        save_npys(a.out / "inputs", {i: args[i] for i in visible})
    report = {
        "program": prog,
        "source": str(a.program),
        "honest": not tampering,
        "tampering": tampering,
        "changed_arguments": [{"index": i, "name": names[i], "verifier_visible": i >= n_params} for i in diff],
        "verifier_inputs": "inputs/ holds the changed verifier-visible arguments" if visible
                           else "unchanged: the verifier uses the claim's inputs",
        "results": [{"index": i, "name": r["name"], "shape": list(x.shape), "dtype": str(x.dtype)}
                    for i, (r, x) in enumerate(zip(desc["results"], flat))],
    }
    (a.out / "prover.json").write_text(json.dumps(report, indent=2) + "\n")

    expected_dir = a.program.with_name(a.program.name + ".expected")
    summary = []
    if expected_dir.is_dir():
        for (i, got), want in zip(enumerate(flat), load_npys(expected_dir)):
            n = int(np.sum(got != want)) if got.shape == want.shape else -1
            summary.append(f"{desc['results'][i]['name']}: {'equal' if n == 0 else f'{n} elements differ'}")
    print(f"{prog}: {', '.join(t['kind'] for t in tampering) or 'honest'} -> {a.out} "
          f"({'; '.join(summary) or 'no expected outputs'} vs {expected_dir.name})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
