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
  logits.npy    with --logits: the prover's own teacher-forced logits f32[B, L, V] (f32[L, V]
                for a program without a batch axis, decode/unbatched_full) in the
                layout of the verifier's `@main_teacher_forced` (row p: the scores the token
                at p was chosen from; zero rows elsewhere; canonical sampling: l / T on the
                kept tokens, -inf on the others), from its (possibly tampered) weights,
                prompt and sampling constants, on the tokens it returns: what
                `veritor prove --logits` / `veritor open --logits` commit and open
With --prompts FILE.npy (i32[N, *prompt shape]) it runs N requests in one process (one jit):
OUT/0000/, OUT/0001/, ... each as above; --request R numbers them R + i * B (B the batch, 1
without a batch axis; row b of a request keys the canonical noise with request + b), which
sets canonical_sampled's noise per request. `Prover` is the same as a library (benches/detection_matrix.py).

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


class Prover:
    """One decode program of the corpus, run in JAX as an honest or a tampering prover.

    `run` is the library entry point (benches/detection_matrix.py and `veritor calibrate`
    use it through the command line or in-process); `main` is its command line."""

    def __init__(self, program: Path, inputs: Path | None = None):
        desc_path = program.with_name(program.name + ".json")
        if not desc_path.is_file():
            raise SystemExit(f"jax_prover: {desc_path}: no such file (PROGRAM is a path without extension)")
        self.program = program
        self.desc = desc = json.loads(desc_path.read_text())
        self.prog = desc["program"]
        self.cfg = model.Config(**desc["config"])
        args = load_npys(inputs or program.with_name(program.name + ".inputs"))
        self.names = [arg["name"] for arg in desc["arguments"]]
        if len(args) != len(self.names):
            raise SystemExit(f"jax_prover: {len(args)} inputs, {self.prog} takes {len(self.names)}")
        self.n_params = desc["num_param_args"]
        self.dtypes = [arg["dtype"] for arg in desc["arguments"]]
        # bfloat16 arguments are stored as raw '<V2' records (export.py): view them as bfloat16.
        self.original = [x.view(ml_dtypes.bfloat16) if dt == "bfloat16" else np.array(x)
                         for x, dt in zip(args, self.dtypes)]
        self.treedef = jax.tree_util.tree_structure(model.init_params(self.cfg))
        params_f32 = [np.asarray(x, np.float32) for x in self.original[: self.n_params]]
        assert model.param_names(self.treedef.unflatten(params_f32)) == self.names[: self.n_params], "parameter order"
        self.token_result = next((i for i, r in enumerate(desc["results"]) if r["name"] == "tokens"), 0)
        self._jit = {}

    def tampered_params(self, param_seed=None, layer_noise=None, noise_rel=1e-3, noise_seed=0, bf16_weights=False):
        """The prover's parameters (program dtypes) and the tamperings applied to them."""
        cfg, names, n = self.cfg, self.names, self.n_params
        params_f32 = [np.asarray(x, np.float32) for x in self.original[:n]]
        tampering = []
        if param_seed is not None:
            params_f32 = [np.asarray(x, np.float32) for x in jax.tree_util.tree_leaves(model.init_params(cfg, param_seed))]
            tampering.append({"kind": "param_seed", "seed": param_seed})
        if layer_noise is not None:
            if not 0 <= layer_noise < cfg.layers:
                raise SystemExit(f"jax_prover: --layer-noise {layer_noise}: the model has layers 0..{cfg.layers - 1}")
            rng = np.random.default_rng(noise_seed)
            prefix = f"params/layers/{layer_noise}/"
            touched = {}
            for i, name in enumerate(names[:n]):
                if name.startswith(prefix):
                    w = params_f32[i]
                    rms = float(np.sqrt(np.mean(np.square(w, dtype=np.float64))))
                    noisy = (w + noise_rel * rms * rng.standard_normal(w.shape)).astype(np.float32)
                    if rms > 0:
                        touched[name] = float(np.linalg.norm(noisy - w) / np.linalg.norm(w))
                    params_f32[i] = noisy
            tampering.append({"kind": "layer_noise", "layer": layer_noise, "rel": noise_rel, "seed": noise_seed,
                              "relative_change": touched})
        if bf16_weights:
            params_f32 = [x.astype(ml_dtypes.bfloat16).astype(np.float32) for x in params_f32]
            tampering.append({"kind": "bf16_weights"})
        params = [x.astype(ml_dtypes.bfloat16) if dt == "bfloat16" else x for x, dt in zip(params_f32, self.dtypes[:n])]
        return params, tampering

    def teacher_forced_logits(self, cfg: model.Config, params: list, seq: np.ndarray) -> np.ndarray:
        """f32 [B, L, V] in the layout of the verifier's `@main_teacher_forced` logits, from the
        prover's own model (`params`, sampling constants of `cfg`) on the token buffer `seq`:
        row p holds the scores the token at p is chosen from (the forward's output at p-1),
        zero rows at prompt positions; for canonical sampling the tempered kept scores
        `l / T` with -inf for the tokens top-k/top-p cut (canonical.kept_tokens)."""
        if self.prog == "eos_while":
            raise SystemExit("jax_prover: teacher-forced logits: eos_while's generated positions depend on EOS")
        sampling = sampling_of(self.desc)
        if sampling is not None and "gumbel" not in self.names:
            raise SystemExit(f"jax_prover: teacher-forced logits: {self.prog} samples with a key, not canonically")
        seq = np.asarray(seq, np.int32)
        if seq.ndim == 1:  # no batch axis: the same logits, row 0 of a batch of one
            return self.teacher_forced_logits(cfg, params, seq[None])[0]
        chosen = decoders.generated_mask(cfg, seq.shape[0])
        tree = self.treedef.unflatten([np.asarray(x) for x in params])
        logits = decoders.aligned_reference(cfg, tree, seq, chosen)["logits"]
        if sampling is None:
            return logits
        sp = canonical.Params(cfg.temperature, cfg.top_k, cfg.top_p)
        out = np.zeros_like(logits)
        for b, p in zip(*np.nonzero(chosen)):
            row = np.full(logits.shape[-1], -np.inf, np.float32)
            kept = canonical.kept_tokens(logits[b, p], sp)
            row[kept] = logits[b, p, kept] / np.float32(cfg.temperature)
            out[b, p] = row
        return out

    def run(self, prompts=None, requests=None, *, param_seed=None, layer_noise=None, noise_rel=1e-3, noise_seed=0,
            bf16_weights=False, prompt_tokens=(), temperature=None, top_k=None, top_p=None, gumbel_seed=None,
            gumbel_request=None, edit_token=None, edit_seed=0, logits=False):
        """Runs the program once per prompt (`prompts` [N, B, P], default: the program's own),
        request `requests[i]` keying canonical noise (default: the program's). Returns
        (runs, tampering): each run a dict with `outputs` (result list), `args` (the arguments
        the prover used), `logits` (when asked: `teacher_forced_logits` of the committed
        tokens) and `edited` ((row, position, from, to) when a token was edited)."""
        desc, names, n = self.desc, self.names, self.n_params
        params, tampering = self.tampered_params(param_seed, layer_noise, noise_rel, noise_seed, bf16_weights)
        cfg = self.cfg
        sampling = sampling_of(desc)
        changed = {f: v for f, v in (("temperature", temperature), ("top_k", top_k), ("top_p", top_p)) if v is not None}
        if changed:
            if sampling is None:
                raise SystemExit(f"jax_prover: --temperature/--top-k/--top-p: {self.prog} does not sample")
            tampering.append({"kind": "sampling", "claimed": {f: sampling[f] for f in changed}, "used": changed})
            cfg = dataclasses.replace(cfg, **changed)
        key = (temperature, top_k, top_p)
        if key not in self._jit:
            fn = build(desc, cfg, self.treedef.unflatten([np.asarray(x, np.float32) for x in self.original[:n]]))
            self._jit[key] = jax.jit(fn)
        fn = self._jit[key]
        if prompt_tokens:
            tampering.append({"kind": "prompt_token", "edits": [list(e) for e in prompt_tokens]})
        if gumbel_seed is not None or gumbel_request is not None:
            if "gumbel" not in names:
                raise SystemExit(f"jax_prover: --gumbel-seed/--gumbel-request: {self.prog} has no gumbel argument")
            tampering.append({"kind": "gumbel_stream", "seed": gumbel_seed, "request": gumbel_request})
        if edit_token is not None:
            tampering.append({"kind": "edit_token", "at": edit_token, "seed": edit_seed})
        k_prompt = names.index("prompt") if "prompt" in names else None
        if prompts is None:
            prompts = [self.original[k_prompt]] if k_prompt is not None else [None]
        rng = np.random.default_rng(edit_seed)
        treeparams = self.treedef.unflatten([np.asarray(x) for x in params])
        runs = []
        for i, prompt in enumerate(prompts):
            args = list(self.original)
            args[:n] = params
            if prompt is not None:
                prompt = np.array(prompt, self.original[k_prompt].dtype)
                for row, pos, tok in prompt_tokens:
                    prompt[(row, pos) if prompt.ndim == 2 else pos] = tok
                args[k_prompt] = prompt
            request = None if requests is None else int(requests[i])
            if "gumbel" in names and (request is not None or gumbel_seed is not None or gumbel_request is not None):
                seed = sampling["seed"] if gumbel_seed is None else gumbel_seed
                req = gumbel_request if gumbel_request is not None else (request if request is not None else sampling["request"])
                k = names.index("gumbel")
                shape = args[k].shape  # [B, L, V], or [L, V] without a batch axis
                b, length, vocab = shape if len(shape) == 3 else (1, *shape)
                args[k] = canonical.gumbel_noise(seed, req, b, length, vocab).reshape(shape)
            outs = fn(treeparams, *[np.asarray(x) for x in args[n:]])
            flat = [np.array(o) for o in jax.tree_util.tree_leaves(outs)]
            assert len(flat) == len(desc["results"]), f"{len(flat)} results, {self.prog}'s json lists {len(desc['results'])}"
            run = {"outputs": flat, "args": args, "request": request, "edited": None}
            if edit_token is not None:
                seq = flat[self.token_result]
                if seq.ndim == 1:  # no batch axis: edit row 0 of a view [1, L]
                    seq = seq[None]
                b, length = seq.shape
                p_len = self.cfg.prompt_len
                if edit_token == "cycle":
                    row, pos = i % b, p_len + (i // b) % (length - p_len)
                else:
                    row, pos = edit_token
                old = int(seq[row, pos])
                new = int((old + 1 + rng.integers(self.cfg.vocab - 1)) % self.cfg.vocab)
                seq[row, pos] = new
                run["edited"] = (row, pos, old, new)
            if logits:
                run["logits"] = self.teacher_forced_logits(cfg, params, flat[self.token_result])
            runs.append(run)
        return runs, tampering


def parse_edit(spec: str, what: str, with_value: bool):
    try:
        if with_value:
            where, tok = spec.split("=")
        else:
            where, tok = spec, "0"
        row, pos = (0, *map(int, where.split(",")))[-2:]
        return (row, pos, int(tok)) if with_value else (row, pos)
    except ValueError:
        raise SystemExit(f"jax_prover: {what} {spec}: expected [ROW,]POS{'=TOK' if with_value else ''}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("program", type=Path, help="e.g. examples/decode/canonical_sampled (PROGRAM.json, PROGRAM.inputs/)")
    ap.add_argument("--inputs", type=Path, help="argument .npy files in order (default PROGRAM.inputs)")
    ap.add_argument("--out", type=Path, required=True, help="output directory (created; files replaced)")
    ap.add_argument("--logits", action="store_true",
                    help="also write logits.npy: the prover's teacher-forced logits (the verifier's layout), "
                         "for `veritor prove --logits` / `veritor open --logits`")
    ap.add_argument("--prompts", type=Path, metavar="FILE.npy",
                    help="many requests: prompts i32[N, B, P]; writes OUT/NNNN/ per request")
    ap.add_argument("--request", type=int, default=None,
                    help="with --prompts: request id of the first (request i is REQUEST + i * B: row b of a "
                         "request keys the canonical noise with request + b)")
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
    t.add_argument("--edit-token", metavar="[ROW,]POS|cycle",
                   help="after generating, replace the token at [ROW,]POS by another (random) one; `cycle`: "
                        "request i edits generated position i (row-major, wrapping)")
    t.add_argument("--edit-seed", type=int, default=0, help="NumPy seed of --edit-token's replacement (default 0)")
    a = ap.parse_args(argv)

    prover = Prover(a.program, a.inputs)
    prompts = requests = None
    if a.prompts is not None:
        prompts = np.load(a.prompts, allow_pickle=False)
        if "prompt" not in prover.names or prompts.shape[1:] != prover.original[prover.names.index("prompt")].shape:
            ap.error(f"--prompts {a.prompts}: expected [N, *prompt shape], got {list(prompts.shape)}")
        if a.request is not None:
            step = prompts.shape[1] if prompts.ndim == 3 else 1  # rows per request
            requests = [a.request + i * step for i in range(prompts.shape[0])]
    edits = [parse_edit(s, "--prompt-token", True) for s in a.prompt_token]
    k = prover.names.index("prompt") if "prompt" in prover.names else None
    for row, pos, _ in edits:
        shape = None if k is None else prover.original[k].shape
        rows, cols = (None, None) if shape is None else shape if len(shape) == 2 else (1, shape[0])
        if k is None or not (0 <= row < rows and 0 <= pos < cols):
            ap.error(f"--prompt-token {row},{pos}: outside the prompt")
    edit = None
    if a.edit_token is not None:
        edit = "cycle" if a.edit_token == "cycle" else parse_edit(a.edit_token, "--edit-token", False)
    runs, tampering = prover.run(
        prompts, requests, param_seed=a.param_seed, layer_noise=a.layer_noise, noise_rel=a.noise_rel,
        noise_seed=a.noise_seed, bf16_weights=a.bf16_weights, prompt_tokens=edits, temperature=a.temperature,
        top_k=a.top_k, top_p=a.top_p, gumbel_seed=a.gumbel_seed, gumbel_request=a.gumbel_request, edit_token=edit,
        edit_seed=a.edit_seed, logits=a.logits)

    desc, names, n_params = prover.desc, prover.names, prover.n_params
    summary = []
    for i, run in enumerate(runs):
        out = a.out if prompts is None else a.out / f"{i:04d}"
        out.mkdir(parents=True, exist_ok=True)
        for old in list(out.glob("*.npy")) + list((out / "inputs").glob("*.npy")):
            old.unlink()
        flat, args = run["outputs"], run["args"]
        save_npys(out, dict(enumerate(flat)))
        if "logits" in run:
            np.save(out / "logits.npy", run["logits"], allow_pickle=False)
        original = prover.original
        diff = [j for j in range(len(args)) if args[j].shape != original[j].shape
                or args[j].dtype != original[j].dtype or args[j].tobytes() != original[j].tobytes()]
        visible = [j for j in diff if j >= n_params]
        if visible:
            save_npys(out / "inputs", {j: args[j] for j in visible})
        report = {
            "program": prover.prog,
            "source": str(a.program),
            "honest": not tampering,
            "tampering": tampering,
            "request": run["request"],
            "edited_token": run["edited"],
            "changed_arguments": [{"index": j, "name": names[j], "verifier_visible": j >= n_params} for j in diff],
            "verifier_inputs": "inputs/ holds the changed verifier-visible arguments" if visible
                               else "unchanged: the verifier uses the claim's inputs",
            "results": [{"index": j, "name": r["name"], "shape": list(x.shape), "dtype": str(x.dtype)}
                        for j, (r, x) in enumerate(zip(desc["results"], flat))],
        }
        (out / "prover.json").write_text(json.dumps(report, indent=2) + "\n")
        if prompts is None:
            expected_dir = a.program.with_name(a.program.name + ".expected")
            if expected_dir.is_dir():
                for (j, got), want in zip(enumerate(flat), load_npys(expected_dir)):
                    m = int(np.sum(got != want)) if got.shape == want.shape else -1
                    summary.append(f"{desc['results'][j]['name']}: {'equal' if m == 0 else f'{m} elements differ'}"
                                   f" vs {expected_dir.name}")
    what = ', '.join(t['kind'] for t in tampering) or 'honest'
    if prompts is None:
        print(f"{prover.prog}: {what} -> {a.out} ({'; '.join(summary) or 'no expected outputs'})")
    else:
        print(f"{prover.prog}: {what} -> {a.out}/0000..{len(runs) - 1:04d} ({len(runs)} requests)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
