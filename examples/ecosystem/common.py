"""Shared pieces of the ecosystem corpus: a program record and the aligned reference.

A `Program` is one decode made by a library (or in a plain-JAX style), wrapped as
`fn(*args) -> results` so that `jax.jit(fn, keep_unused=True).lower(*args)` gives a module
whose `@main` takes the flattened `args` (parameters first, then prompt[, key]).
`reference(flat_outs)` returns the teacher-forced reference in examples/decode's layout
(see examples/README.md, "Teacher-forced reference"):

    tokens    i32[B, L]    the finished sequence (the teacher)
    chosen    bool[B, L]   positions whose token the program chose from scores
    logits    f32[B, L, V] row p = forward(tokens)[:, p-1] where chosen, zero elsewhere
    predicted i32[B, L]    replayed choice where chosen (argmax / the library's sampler), tokens elsewhere
"""

from __future__ import annotations

import dataclasses
from typing import Callable

import jax
import jax.numpy as jnp
import numpy as np


@dataclasses.dataclass
class Program:
    name: str
    fn: Callable  # fn(*args) -> result pytree
    args: tuple  # (params, prompt[, key]) as passed to fn
    arg_names: list  # one per flattened argument
    result_names: list  # one per flattened result
    info: dict  # the "decode" block of <name>.json (library, version, style choices)
    reference: Callable  # reference(flat_outs: list[np.ndarray]) -> dict of numpy arrays


def param_names(params, prefix="params") -> list:
    flat, _ = jax.tree_util.tree_flatten_with_path(params)
    out = []
    for path, _ in flat:
        parts = []
        for k in path:
            if isinstance(k, jax.tree_util.DictKey):
                parts.append(str(k.key))
            elif isinstance(k, jax.tree_util.SequenceKey):
                parts.append(str(k.idx))
            elif isinstance(k, jax.tree_util.GetAttrKey):
                parts.append(str(k.name))
            else:
                parts.append(str(k))
        out.append("/".join([prefix] + parts))
    return out


def chosen_until_eos(seq: np.ndarray, prompt_len: int, eos_id=None) -> np.ndarray:
    """True from prompt_len on, in each row only up to (and including) its first EOS."""
    seq = np.asarray(seq)
    b, length = seq.shape
    chosen = np.zeros((b, length), bool)
    for r in range(b):
        for p in range(prompt_len, length):
            chosen[r, p] = True
            if eos_id is not None and seq[r, p] == eos_id:
                break
    return chosen


def aligned(forward_logits, seq, chosen, choose=None) -> dict:
    """forward_logits [B, L, V] = the model's teacher-forced forward over `seq`.
    choose(p, scores [B, V]) -> [B] replays a sampled choice (None: argmax)."""
    tf = np.asarray(forward_logits)
    seq = np.asarray(seq, np.int32)
    chosen = np.asarray(chosen, bool)
    shifted = np.zeros_like(tf)
    shifted[:, 1:] = tf[:, :-1]
    shifted = np.where(chosen[..., None], shifted, np.zeros((), shifted.dtype))
    predicted = seq.copy()
    for p in range(seq.shape[1]):
        if not chosen[:, p].any():
            continue
        if choose is None:
            t = np.asarray(jnp.argmax(jnp.asarray(shifted[:, p]), axis=-1))
        else:
            t = np.asarray(choose(p, jnp.asarray(shifted[:, p])))
        predicted[:, p] = np.where(chosen[:, p], t, seq[:, p])
    return {"tokens": seq, "chosen": chosen, "logits": shifted.astype(np.float32),
            "predicted": predicted.astype(np.int32)}
