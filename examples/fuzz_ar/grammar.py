"""The grammar of style choices: one `Style` per program, drawn from a seeded RNG.

Every field is one independent choice of how a plain-JAX decode spells the same greedy (or
sampled) generation; `noncausal` names the variants that break causality on purpose. Causality
is decided by construction (see README.md, "Causality"): a program is causal exactly when
`noncausal` is None.
"""

from __future__ import annotations

import dataclasses
import random

NONCAUSAL_SHARE = 0.2

# the non-causal variants, each of which lets a step read a position that is not final yet
NONCAUSAL = {
    "lookahead": "mask lets row i see position i+1 (tril(k=1) / iota <= i + 1)",
    "triu": "mask lets row i see positions i.. (triu / iota >= i): the future, not the past",
    "nomask": "no mask at all: every step sees the whole buffer / cache",
    "read_target": "the step reads the position it is about to write (row i+1 / buffer[i+1])",
}


@dataclasses.dataclass(frozen=True)
class Style:
    # sizes
    vocab: int
    width: int
    layers: int
    heads: int
    kv_heads: int
    prompt: int
    new: int
    batch: int  # 0: no batch axis
    dtype: str  # "float32" | "bfloat16"
    pos: str  # positional encoding: "table" | "rope"
    # the decode loop
    loop: str  # "fori" | "while" | "scan"
    scan_counter: str  # scan only: "xs" (scan over arange) | "carry" (counter in the carry)
    compute: str  # "full" (recompute the whole buffer) | "kv" (KV cache)
    feed: str  # kv only: "prefill" (prompt before the loop) | "in_loop" (one prompt token per step)
    feedback: str  # kv only: "buffer" (read token i back) | "carried" (last token carried)
    token_carry: bool  # the chosen token is carried and written at the start of the next step
    buffer_write: str  # "at_set" | "dus" | "where"
    prompt_write: str  # "at_set" | "dus" | "concat"
    row_pick: str  # full only: "dynamic_index" | "take" | "hidden"
    # the KV cache
    cache_store: str  # "per_layer" | "stacked"
    cache_layout: str  # "BTKD" | "BKTD" (no B without a batch axis)
    cache_write: str  # "at_set" | "dus" | "where"
    layer_loop: str  # "python" | "scan"
    scan_cache: str  # layer scan + kv: "xs" (slabs scanned in and out) | "carry" (indexed by layer)
    # attention
    mask_pred: str  # "tril" | "iota" | "arange"
    mask_value: str  # "where_1e9" | "where_neginf" | "where_finfo" | "additive"
    softmax: str  # "jax" | "manual"
    helpers: bool  # attention, mask, layer, choice as jax.jit helpers (outlined func.func)
    # the choice
    choice: str  # "greedy" | "sample" | "topk" (sample among the k best: lax.top_k, then a pick)
    key_use: str  # sample/topk: "split" (key carried, split each step) | "fold_in" (fold_in(key, pos))
    eos: bool  # stop at EOS: finished flags, pad after EOS (while_loop: stop early, result `stop`)
    noncausal: str | None  # None (causal) or a key of NONCAUSAL
    top_k: int = 0  # topk only: k
    top_k_pick: str = "take_along"  # topk only: "take_along" (take_along_axis) | "index" (idx[..., j])

    @property
    def causal(self) -> bool:
        return self.noncausal is None

    @property
    def length(self) -> int:
        return self.prompt + self.new

    def brief(self) -> str:
        """One line naming the choices that shape the loop."""
        parts = [self.loop, self.compute, self.dtype.replace("float", "f").replace("bfloat", "bf"),
                 f"B{self.batch}" if self.batch else "noB", f"L{self.layers}", self.mask_pred, self.mask_value]
        if self.compute == "kv":
            parts += [self.feed, self.feedback, self.cache_store, self.cache_layout, self.cache_write]
        parts += [f"layers:{self.layer_loop}", f"buf:{self.buffer_write}"]
        if self.token_carry:
            parts.append("token_carry")
        if self.helpers:
            parts.append("helpers")
        if self.choice == "sample":
            parts.append(f"sample:{self.key_use}")
        if self.choice == "topk":
            parts.append(f"topk{self.top_k}:{self.top_k_pick}:{self.key_use}")
        if self.eos:
            parts.append("eos")
        if self.noncausal:
            parts.append(f"NONCAUSAL:{self.noncausal}")
        return " ".join(parts)


def draw(seed: int, index: int, fixed: dict | None = None) -> Style:
    """The style of program `index` of run `seed` (the same pair always gives the same style);
    `fixed` overrides choices (generate.py --style)."""
    r = random.Random(f"fuzz-ar:{seed}:{index}")
    c = r.choice
    heads = c([1, 2])
    compute = c(["full", "kv"])
    loop = c(["fori", "while", "scan"])
    layer_loop = c(["python", "scan"])
    noncausal = None
    if r.random() < NONCAUSAL_SHARE:
        noncausal = c(sorted(NONCAUSAL))
    feed = c(["prefill", "in_loop"])
    feedback = c(["buffer", "carried"])
    style = Style(
        vocab=c([32, 48, 64]), width=c([16, 32]), layers=c([1, 2]), heads=heads,
        kv_heads=c([heads, 1]), prompt=c([2, 3, 4]), new=r.randint(4, 8), batch=c([0, 1, 2]),
        dtype="bfloat16" if r.random() < 0.25 else "float32", pos=c(["table", "rope"]),
        loop=loop, scan_counter=c(["xs", "carry"]), compute=compute, feed=feed, feedback=feedback,
        token_carry=r.random() < 0.3, buffer_write=c(["at_set", "dus", "where"]),
        prompt_write=c(["at_set", "dus", "concat"]), row_pick=c(["dynamic_index", "take", "hidden"]),
        cache_store="stacked" if layer_loop == "scan" else c(["per_layer", "stacked"]),
        cache_layout=c(["BTKD", "BKTD"]), cache_write=c(["at_set", "dus", "where"]), layer_loop=layer_loop,
        scan_cache=c(["xs", "carry"]), mask_pred=c(["tril", "iota", "arange"]),
        mask_value=c(["where_1e9", "where_neginf", "where_finfo", "additive"]), softmax=c(["jax", "manual"]),
        helpers=r.random() < 0.4, choice="sample" if r.random() < 0.3 else "greedy",
        key_use=c(["split", "fold_in"]), eos=r.random() < 0.3, noncausal=noncausal,
    )
    # Top-k sampling, drawn from a stream of its own so that every other choice of a (seed,
    # index) stays what it was before it existed: a third of the sampled programs.
    t = random.Random(f"fuzz-ar:{seed}:{index}:topk")
    if style.choice == "sample" and t.random() < 1 / 3:
        style = dataclasses.replace(style, choice="topk", top_k=t.choice([2, 4, 8]),
                                    top_k_pick=t.choice(["take_along", "index"]))
    return settle(dataclasses.replace(style, **(fixed or {})))


def settle(style: Style) -> Style:
    """The choices that depend on others: a layer scan needs caches stacked over layers, and
    `read_target` with a KV cache needs the token read back from the buffer."""
    if style.layer_loop == "scan":
        style = dataclasses.replace(style, cache_store="stacked")
    if style.noncausal == "read_target" and style.compute == "kv":
        style = dataclasses.replace(style, feedback="buffer")
    if style.choice == "topk" and not style.top_k:
        style = dataclasses.replace(style, top_k=4)
    return style


def describe(style: Style) -> dict:
    """The style as a plain dict, with the fields that do not apply to it dropped."""
    d = dataclasses.asdict(style)
    drop = set()
    if style.compute == "full":
        drop |= {"feed", "feedback", "cache_store", "cache_layout", "cache_write", "scan_cache"}
    else:
        drop.add("row_pick")
    if style.layer_loop != "scan" or style.compute != "kv":
        drop.add("scan_cache")
    if style.loop != "scan":
        drop.add("scan_counter")
    if style.choice == "greedy":
        drop.add("key_use")
    if style.choice != "topk":
        drop |= {"top_k", "top_k_pick"}
    for k in drop:
        d.pop(k, None)
    d["causal"] = style.causal
    return d
