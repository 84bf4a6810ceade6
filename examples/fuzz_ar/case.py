"""One fuzz program on the JAX side: parameters and inputs, the exported StableHLO, JAX's
outputs, the probed step scores, the causality check and the teacher-forced reference."""

from __future__ import annotations

import dataclasses
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "ecosystem"))

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402
import numpy as np  # noqa: E402

from check import rows2d  # noqa: E402
from common import aligned, chosen_until_eos, param_names  # noqa: E402  examples/ecosystem/common.py
from grammar import Style, draw  # noqa: E402
from net import Model, init_params, reference_logits, top_k_pick  # noqa: E402
from programs import Knobs, decode  # noqa: E402

# the second fill of the causality check: another buffer token (the last id) and cache value
CACHE_FILL_B = 1.0


@dataclasses.dataclass
class Case:
    seed: int
    index: int
    style: Style
    params: dict
    prompt: jax.Array
    key: jax.Array | None
    eos: int | None
    args: tuple = ()
    arg_names: list = dataclasses.field(default_factory=list)
    mlir: str = ""
    outputs: list = dataclasses.field(default_factory=list)  # JAX's results of @main (numpy)
    result_names: list = dataclasses.field(default_factory=list)
    steps: dict = dataclasses.field(default_factory=dict)  # position -> (row [Bx, V] f32, sub)
    fill_sensitive: bool = False
    fill_diff: float = 0.0
    ref: dict = dataclasses.field(default_factory=dict)  # aligned reference, rows [Bx, L]


class Probe:
    """Collects the scores each choice is made from (jax.debug.callback target)."""

    def __init__(self):
        self.rows = {}

    def __call__(self, pos, row, sub):
        self.rows[int(pos)] = (np.asarray(row).astype(np.float32), np.asarray(sub))


def inputs_for(style: Style, seed: int, index: int):
    r = random.Random(f"inputs:{seed}:{index}")
    params = init_params(style, r.randrange(2**31))
    shape = (style.batch, style.prompt) if style.batch else (style.prompt,)
    prompt = np.array([r.randrange(1, style.vocab) for _ in range(int(np.prod(shape)))], np.int32).reshape(shape)
    # a raw threefry key, as jax.random.PRNGKey(n) makes it (without an XLA compile)
    key = np.array([0, r.randrange(2**31)], np.uint32) if style.choice != "greedy" else None
    return params, prompt, key, r


def build(seed: int, index: int, fixed: dict | None = None) -> Case:
    style = draw(seed, index, fixed)
    params, prompt, key, r = inputs_for(style, seed, index)
    probe = Probe()
    twin_model = Model(style, probe)
    dummy_key = key if key is not None else np.zeros((2,), np.uint32)

    def twin(params, prompt, key, fill, cache_fill, eos):
        return decode(twin_model, params, prompt, key, Knobs(fill, cache_fill, eos if style.eos else None))

    twin = jax.jit(twin)
    eos = None
    if style.eos:  # an id this program does generate: at a random generated position of row 0
        free = np.asarray(jax.tree_util.tree_leaves(twin(params, prompt, dummy_key, 0, 0.0, -1))[0])
        eos = int(rows2d(free, style)[0, style.prompt + r.randrange(1, style.new - 1)])
    case = Case(seed, index, style, params, prompt, key, eos)
    export(case)
    probe_steps(case, twin, probe, dummy_key)
    case.ref = reference(case)
    return case


def export(case: Case) -> None:
    s = case.style
    model = Model(s)
    knobs = Knobs(0, 0.0, case.eos)
    if case.key is None:
        def fn(params, prompt):
            return decode(model, params, prompt, None, knobs)
        case.args = (case.params, case.prompt)
    else:
        def fn(params, prompt, key):
            return decode(model, params, prompt, key, knobs)
        case.args = (case.params, case.prompt, case.key)
    case.arg_names = param_names(case.params) + ["prompt"] + (["key"] if case.key is not None else [])
    jitted = jax.jit(fn, keep_unused=True)
    lowered = jitted.lower(*case.args)
    case.mlir = lowered.compiler_ir("stablehlo").operation.get_asm(print_generic_op_form=True,
                                                                    enable_debug_info=False)
    case.outputs = [np.asarray(o) for o in jax.tree_util.tree_leaves(jitted(*case.args))]
    case.result_names = ["tokens", "stop"][:len(case.outputs)]


def probe_steps(case: Case, twin, probe: Probe, key) -> None:
    """Runs the twin with the exported fills (its step scores are kept) and with other fills:
    a step whose scores change with the fill read a position that was not final yet."""
    s = case.style
    eos = case.eos if case.eos is not None else -1
    probe.rows = {}
    out_a = [np.asarray(o) for o in jax.tree_util.tree_leaves(twin(case.params, case.prompt, key, 0, 0.0, eos))]
    rows_a, probe.rows = probe.rows, {}
    twin(case.params, case.prompt, key, s.vocab - 1, CACHE_FILL_B, eos)
    rows_b = probe.rows
    assert all(np.array_equal(a, b) for a, b in zip(out_a, case.outputs)), "twin and program disagree"
    case.steps = {p: v for p, v in rows_a.items() if p >= s.prompt}
    diffs = [float(np.max(np.abs(rows_a[p][0] - rows_b[p][0]))) if p in rows_b else float("inf")
             for p in case.steps]
    case.fill_diff = max(diffs) if diffs else 0.0
    case.fill_sensitive = case.fill_diff > 0 or set(rows_a) != set(rows_b)


def reference(case: Case) -> dict:
    """The aligned teacher-forced reference (common.aligned) in [Bx, L] rows, plus `steps`:
    the scores the program's own steps chose from, aligned the same way."""
    s = case.style
    tokens = rows2d(case.outputs[0], s)
    chosen = chosen_until_eos(tokens, s.prompt, case.eos)
    fwd = np.asarray(reference_logits(s, case.params, jnp.asarray(tokens)))
    def sample(p, scores):  # the program's own key at position p
        sub = jnp.asarray(case.steps[p][1])
        if s.choice == "topk":
            return top_k_pick(s, sub, scores.astype(s.dtype))
        return jax.random.categorical(sub, scores.astype(s.dtype), axis=-1)

    ref = aligned(fwd, tokens, chosen, sample if s.choice != "greedy" else None)
    steps = np.zeros_like(ref["logits"])
    for p, (row, _) in case.steps.items():
        steps[:, p] = rows2d(row, s)
    ref["steps"] = np.where(chosen[..., None], steps, 0)
    return ref
