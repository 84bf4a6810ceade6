#!/usr/bin/env python3
"""The small JAX decoders of ar-to-tf/unsupported-shapes.mlir, pad-sort-positions.mlir and
cache-offset-positions.mlir: each has one construct the teacher-forced rewrite handles in
a particular way (V=4 tokens, 6 positions, a prompt of 2; the `-ahead` ones are the same
with a mask one position ahead, so not causal).

  .venv/bin/python lit-tests/ar-to-tf/shapes.py write FILE NAME...   # append lit chunks
  .venv/bin/python lit-tests/ar-to-tf/shapes.py run NAME...           # execute in IREE

`write` exports each program with JAX, runs `veritor-opt --veritor-inline --veritor-ar-to-tf`
on it and appends it to FILE (split-input-file chunks) with its description and its remark
as `expected-remark`. `run` checks the rewrite by execution: `@main_teacher_forced` compiled
by iree-compile (llvm-cpu) and given JAX's own tokens on 5 random weight sets and prompts
must predict them exactly.
"""
import os
import re
import subprocess
import sys
import tempfile

import jax
import jax.numpy as jnp
import numpy as np
from jax import lax

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
VOPT = os.environ.get("VERITOR_OPT", os.path.join(ROOT, "target", "debug", "veritor-opt"))
BIN = os.path.join(ROOT, ".venv", "bin")
V, L, P, EOS = 4, 6, 2, 3
f32 = jnp.float32

def hidden(w, buf):
    return jnp.tanh(jax.nn.one_hot(buf, V) @ w)          # [L, V]

def masked_ctx(h, i):
    seen = jnp.arange(L) < i
    return jnp.sum(jnp.where(seen[:, None], h, 0.0), axis=0)

def fori(scores):
    def decode(w, prompt):
        buf = jnp.zeros(L, jnp.int32).at[:P].set(prompt)
        def body(i, buf):
            tok = jnp.argmax(scores(w, buf, i)).astype(jnp.int32)
            return buf.at[i].set(tok)
        return lax.fori_loop(P, L, body, buf)
    return decode

PROGRAMS = {}
def variant(name):
    def reg(f):
        PROGRAMS[name] = f
        return f
    return reg

# --- the model part (sequential form, "not parallel because ...")
def strided_positions(ahead):
    def s(w, buf, i):
        h = jnp.where((jnp.arange(L) < i + ahead)[:, None], hidden(w, buf), 0.0)
        return (h[::2].sum(0) + h[1::2].sum(0) * 0.5) @ w
    return fori(s)

PROGRAMS["strided-positions"] = lambda: strided_positions(0)
PROGRAMS["strided-positions-ahead"] = lambda: strided_positions(1)

def pad_interior(ahead):
    def s(w, buf, i):
        h = jnp.where((jnp.arange(L) < i + ahead)[:, None], hidden(w, buf), 0.0)
        hp = lax.pad(h, 0.0, [(0, 0, 1), (0, 0, 0)])        # [2L-1, V]
        return jnp.sum(hp, axis=0) @ w
    return fori(s)

PROGRAMS["pad-interior"] = lambda: pad_interior(0)
PROGRAMS["pad-interior-ahead"] = lambda: pad_interior(1)

@variant("pad-per-step-value")
def _():
    def s(w, buf, i):
        h = jnp.where((jnp.arange(L) < i)[:, None], hidden(w, buf), 0.0)
        hp = lax.pad(h, i.astype(f32), [(1, 0, 0), (0, 0, 0)])
        return jnp.sum(hp, axis=0) @ w
    return fori(s)

@variant("reduce-init-per-step")
def _():
    def s(w, buf, i):
        h = jnp.where((jnp.arange(L) < i)[:, None], hidden(w, buf), 0.0)
        return lax.reduce(h, i.astype(f32), lax.add, (0,)) @ w
    return fori(s)

@variant("dynamic-slice-start-ahead")
def _():
    def s(w, buf, i):
        h = hidden(w, buf)
        row = lax.dynamic_slice(h, (buf[L - 1], 0), (1, V))[0]
        return (masked_ctx(h, i) + row) @ w
    return fori(s)

@variant("dynamic-slice-start-data")
def _():
    def s(w, buf, i):
        h = hidden(w, buf)
        row = lax.dynamic_slice(h, (buf[0], 0), (1, V))[0]
        return (masked_ctx(h, i) + row) @ w
    return fori(s)

@variant("gather-rows-by-token")
def _():
    def s(w, buf, i):
        h = hidden(w, buf)
        return (masked_ctx(h, i) + h[buf[:2]].sum(0)) @ w
    return fori(s)

@variant("scatter-token-counts")
def _():
    def s(w, buf, i):
        h = hidden(w, buf)
        counts = jnp.zeros(V, f32).at[buf].add(1.0)      # a repetition penalty over the whole buffer
        return masked_ctx(h, i) @ w - counts
    return fori(s)

def sort_positions(ahead):
    def s(w, buf, i):
        h = jnp.where((jnp.arange(L) < i + ahead)[:, None], hidden(w, buf), 0.0)
        return jnp.sort(h, axis=0)[-1] @ w
    return fori(s)

PROGRAMS["sort-positions"] = lambda: sort_positions(0)
PROGRAMS["sort-positions-ahead"] = lambda: sort_positions(1)

# --- the loop's shape ("not an autoregressive decode loop: ...")
def while_decode(cond_extra=None, write=None, start=P, stop=L):
    def decode(w, prompt):
        buf = jnp.zeros(L, jnp.int32).at[:P].set(prompt)
        def cond(c):
            i, buf = c
            return i < stop if cond_extra is None else cond_extra(i, buf)
        def body(c):
            i, buf = c
            tok = jnp.argmax(masked_ctx(hidden(w, buf), i) @ w).astype(jnp.int32)
            buf = buf.at[i].set(tok) if write is None else write(buf, i, tok)
            return i + 1, buf
        return lax.while_loop(cond, body, (jnp.int32(start), buf))[1]
    return decode

@variant("no-step")
def _():
    return while_decode(start=L)

@variant("same-position")
def _():
    return while_decode(write=lambda buf, i, tok: buf.at[0].set(tok))

@variant("every-other-position")
def _():
    return while_decode(write=lambda buf, i, tok: buf.at[2 * i - P].set(tok), stop=(L + P) // 2)

@variant("write-past-buffer")
def _():
    return while_decode(write=lambda buf, i, tok: buf.at[i + 1].set(tok, mode="drop"))

@variant("write-at-token")
def _():
    return while_decode(write=lambda buf, i, tok: buf.at[i + (tok > 1)].set(tok, mode="drop"))

@variant("stop-on-done-flag")
def _():
    def decode(w, prompt):
        buf = jnp.zeros(L, jnp.int32).at[:P].set(prompt)
        def body(c):
            i, buf, done = c
            tok = jnp.argmax(masked_ctx(hidden(w, buf), i) @ w).astype(jnp.int32)
            return i + 1, buf.at[i].set(tok), (tok == EOS) | (i + 1 >= L)
        return lax.while_loop(lambda c: ~c[2], body, (jnp.int32(P), buf, jnp.bool_(False)))[1]
    return decode

@variant("two-tokens-per-step")
def _():
    return while_decode(write=lambda buf, i, tok: lax.dynamic_update_slice(buf, jnp.stack([tok, tok]), (i,)))

@variant("write-in-cond")
def _():
    def decode(w, prompt):
        buf = jnp.zeros(L, jnp.int32).at[:P].set(prompt)
        def body(i, buf):
            s = masked_ctx(hidden(w, buf), i) @ w
            return lax.cond(i % 2 == 0, lambda: buf.at[i].set(jnp.argmax(s).astype(jnp.int32)),
                            lambda: buf.at[i].set(jnp.argmin(s).astype(jnp.int32)))
        return lax.fori_loop(P, L, body, buf)
    return decode

@variant("stop-on-score")
def _():
    def decode(w, prompt):
        buf = jnp.zeros(L, jnp.int32).at[:P].set(prompt)
        def cond(c):
            i, buf, best = c
            return (i < L) & (best > -5.0)
        def body(c):
            i, buf, best = c
            s = masked_ctx(hidden(w, buf), i) @ w
            return i + 1, buf.at[i].set(jnp.argmax(s).astype(jnp.int32)), jnp.max(s)
        return lax.while_loop(cond, body, (jnp.int32(P), buf, f32(0.0)))[1]
    return decode

@variant("last-token-after-loop")
def _():
    def decode(w, prompt):
        buf = jnp.zeros(L, jnp.int32).at[:P].set(prompt)
        def body(i, c):
            buf, last = c
            buf = buf.at[i].set(last)
            tok = jnp.argmax(masked_ctx(hidden(w, buf), i + 1) @ w).astype(jnp.int32)
            return buf, tok
        buf, last = lax.fori_loop(P, L, body, (buf, prompt[P - 1]))
        return buf, last
    return decode

@variant("kv-cache-returned-eos")
def _():
    def decode(w, prompt):
        buf = jnp.zeros(L, jnp.int32).at[:P].set(prompt)
        cache = jnp.zeros((L, V), f32)
        def cond(c):
            i, buf, cache, done = c
            return (i < L) & ~done
        def body(c):
            i, buf, cache, done = c
            cache = cache.at[i - 1].set(jnp.tanh(jax.nn.one_hot(buf[i - 1], V) @ w))
            s = masked_ctx(cache, i) @ w
            tok = jnp.argmax(s).astype(jnp.int32)
            return i + 1, buf.at[i].set(tok), cache, tok == EOS
        c = lax.while_loop(cond, body, (jnp.int32(P), buf, cache, jnp.bool_(False)))
        return c[1], c[2]
    return decode

@variant("per-row-positions")
def _():
    def decode(w, prompts, starts):
        bufs = jnp.zeros((2, L), jnp.int32).at[:, :P].set(prompts)
        def body(j, bufs):
            def row(buf, s):
                i = s + j
                tok = jnp.argmax(masked_ctx(hidden(w, buf), i) @ w).astype(jnp.int32)
                return buf.at[i].set(tok, mode="drop")
            return jax.vmap(row)(bufs, starts)
        return lax.fori_loop(0, L - P, body, bufs)
    return decode



@variant("choice-without-feedback")
def _():
    def decode(w, prompt):
        buf = jnp.zeros(L, jnp.int32).at[:P].set(prompt)
        def body(i, buf):
            return buf.at[i].set(jnp.argmax(w[i % V]).astype(jnp.int32))   # scores never read buf
        return lax.fori_loop(P, L, body, buf)
    return decode

def cache_writes_two_positions(ahead):
    def decode(w, prompt):
        buf = jnp.zeros(L, jnp.int32).at[:P].set(prompt)
        k = jnp.zeros((L + 1, V), f32)
        v = jnp.zeros((L + 1, V), f32)
        def body(i, c):
            buf, k, v = c
            x = jax.nn.one_hot(buf[i - 1], V)
            k = k.at[i - 1].set(jnp.tanh(x @ w))
            v = v.at[i].set(jnp.tanh(x @ w.T))               # one position later than k
            att = jnp.where(jnp.arange(L + 1) < i + ahead, k @ x, -1e9)
            ctx = jax.nn.softmax(att) @ v
            return buf.at[i].set(jnp.argmax(ctx @ w).astype(jnp.int32)), k, v
        return lax.fori_loop(P, L, body, (buf, k, v))[0]
    return decode

PROGRAMS["cache-writes-two-positions"] = lambda: cache_writes_two_positions(0)
PROGRAMS["cache-writes-two-positions-ahead"] = lambda: cache_writes_two_positions(1)

@variant("one-row-of-two")
def _():
    def decode(w, prompts):
        bufs = jnp.zeros((2, L), jnp.int32).at[:, :P].set(prompts)
        def body(i, bufs):
            tok = jnp.argmax(masked_ctx(hidden(w, bufs[0]), i) @ w).astype(jnp.int32)
            return bufs.at[0, i].set(tok)                     # row 1 is never written
        return lax.fori_loop(P, L, body, bufs)
    return decode

@variant("start-from-input")
def _():
    def decode(w, prompt, plen):
        buf = jnp.zeros(L, jnp.int32).at[:P].set(prompt)
        def cond(c):
            return c[0] < L
        def body(c):
            i, buf = c
            tok = jnp.argmax(masked_ctx(hidden(w, buf), i) @ w).astype(jnp.int32)
            return i + 1, buf.at[i].set(tok)
        return lax.while_loop(cond, body, (plen, buf))[1]
    return decode


@variant("two-choices-per-step")
def _():
    def decode(w, prompt):
        buf = jnp.zeros(2 * L, jnp.int32).at[:P].set(prompt)
        def body(i, buf):
            s = jnp.sum(jnp.where((jnp.arange(2 * L) < 2 * i)[:, None],
                                  jnp.tanh(jax.nn.one_hot(buf, V) @ w), 0.0), axis=0) @ w
            buf = buf.at[2 * i].set(jnp.argmax(s).astype(jnp.int32))
            return buf.at[2 * i + 1].set(jnp.argmin(s).astype(jnp.int32))
        return lax.fori_loop(P // 2, L, body, buf)
    return decode


@variant("cache-written-twice")
def _():
    def decode(w, prompt):
        buf = jnp.zeros(L, jnp.int32).at[:P].set(prompt)
        cache = jnp.zeros((L + 1, V), f32)
        def body(i, c):
            buf, cache = c
            x = jax.nn.one_hot(buf[i - 1], V)
            cache = cache.at[i - 1].set(jnp.tanh(x @ w))
            cache = cache.at[i].set(jnp.tanh(x @ w.T))       # a guess for the next position
            s = masked_ctx(cache[:L], i) @ w
            return buf.at[i].set(jnp.argmax(s).astype(jnp.int32)), cache
        return lax.fori_loop(P, L, body, (buf, cache))[0]
    return decode


def sampled_split_per_step(ahead):
    """Sampling with a key split every step (`jax.random.split`, `categorical`): on CPU, JAX
    writes threefry's rounds as a `fori_loop` inside the step."""
    def decode(w, prompt, key):
        buf = jnp.zeros(L, jnp.int32).at[:P].set(prompt)
        def body(i, c):
            buf, key = c
            key, sub = jax.random.split(key)
            h = jnp.where((jnp.arange(L) < i + ahead)[:, None], hidden(w, buf), 0.0)
            tok = jax.random.categorical(sub, h.sum(0) @ w).astype(jnp.int32)
            return buf.at[i].set(tok), key
        return lax.fori_loop(P, L, body, (buf, key))[0]
    return decode


def weights_last(ahead):
    """Attention written value-first, `einsum("kv,k->v", h, p)` (HF GPT-2's
    `einsum("...hqk,...khd->...qhd")` has the same order): the hidden states of the teacher's
    buffer are shared by all steps, the weights are per step."""
    def s(w, buf, i):
        h = hidden(w, buf)
        p = jax.nn.softmax(jnp.where(jnp.arange(L) < i + ahead, h @ w[:, 0], -1e9))
        return jnp.einsum("kv,k->v", h, p) @ w
    return fori(s)


variant("weights-last")(lambda: weights_last(0))
variant("weights-last-ahead")(lambda: weights_last(1))
variant("key-split-per-step")(lambda: sampled_split_per_step(0))
variant("key-split-per-step-ahead")(lambda: sampled_split_per_step(1))


def args_for(name):
    """Example arguments (shapes and dtypes) for program `name`."""
    w = jnp.zeros((V, V), f32)
    if name.startswith("key-split-per-step"):
        return (w, jnp.zeros((P,), jnp.int32), jnp.zeros((2,), jnp.uint32))
    if name == "per-row-positions":
        return (w, jnp.zeros((2, P), jnp.int32), jnp.full((2,), P, jnp.int32))
    if name == "one-row-of-two":
        return (w, jnp.zeros((2, P), jnp.int32))
    if name == "start-from-input":
        return (w, jnp.zeros((P,), jnp.int32), jnp.int32(P))
    return (w, jnp.zeros((P,), jnp.int32))


DESC = {
    "weights-last": "attention written value-first (einsum of shared hidden states with the per-step weights): parallel",
    "weights-last-ahead": "the same, with the mask one position ahead (not causal)",
    "key-split-per-step": "sampling with a key split every step: threefry's rounds (a fori_loop of 5 on CPU) unrolled, the noise of all steps drawn at once, the key chain alone in a control loop: parallel",
    "key-split-per-step-ahead": "the same, with the mask one position ahead (not causal)",
    "strided-positions": "the masked hidden states summed as h[::2] and h[1::2], strided slices of a position axis: parallel",
    "strided-positions-ahead": "the same, with the mask one position ahead (not causal)",
    "pad-per-step-value": "lax.pad of the hidden states with the step counter as padding value",
    "reduce-init-per-step": "lax.reduce over positions whose initial value is the step counter",
    "dynamic-slice-start-ahead": "a row of the hidden states picked by buf[L-1], a position not written yet (not causal)",
    "dynamic-slice-start-data": "a row of the hidden states picked by buf[0], a prompt token: a data-dependent position",
    "gather-rows-by-token": "h[buf[:2]]: rows gathered at indices that are tokens",
    "scatter-token-counts": "a repetition penalty counting every token of the buffer, unwritten ones included (not causal)",
    "every-other-position": "the step writes buf[2i - P]: one position every other one",
    "same-position": "every step writes buf[0]",
    "write-past-buffer": "the step writes buf[i + 1] with mode=drop, so the last write falls outside",
    "no-step": "a while loop whose counter starts at its bound",
    "stop-on-done-flag": "a loop whose condition is only a done flag, set in the body at EOS or at the last position: no counter in the condition bounds it",
    "last-token-after-loop": "a delayed token: the token of the last step is returned beside the buffer, never written",
    "kv-cache-returned-eos": "an EOS loop that returns its KV cache: the cache of a shorter run differs",
    "stop-on-score": "a loop that stops when the best score falls below a threshold",
    "two-tokens-per-step": "each step writes its token twice, as a window of two",
    "write-at-token": "the write position depends on the chosen token",
    "write-in-cond": "the write sits inside a lax.cond (argmax on even steps, argmin on odd ones)",
    "per-row-positions": "a vmapped decode whose rows write at their own positions (scatter with batching dimensions)",
    "two-choices-per-step": "each step writes the argmax and the argmin of its scores at two positions",
    "cache-written-twice": "one cache written at two positions in one step",
    "choice-without-feedback": "each step picks the argmax of a row of the weights: no step reads the tokens before it",
    "start-from-input": "the loop counter starts from an input (a prompt length): its trip count is not known",
    "cache-writes-two-positions": "keys written at position i-1, values at position i, attention to positions below i: parallel",
    "cache-writes-two-positions-ahead": "the same, attending to position i too, whose key is not written yet (not causal)",
    "pad-interior": "interior padding of masked hidden states (zeros between positions): parallel",
    "pad-interior-ahead": "the same, with the mask one position ahead (not causal)",
    "sort-positions": "a sort of masked hidden states along positions, its last row taken: parallel",
    "sort-positions-ahead": "the same, with the mask one position ahead (not causal)",
}


def export(name, path):
    """Writes program `name` as generic StableHLO, as JAX lowers it."""
    lowered = jax.jit(PROGRAMS[name]()).lower(*args_for(name))
    text = lowered.compiler_ir("stablehlo").operation.get_asm(
        print_generic_op_form=True, enable_debug_info=False
    )
    with open(path, "w") as f:
        f.write(text)


def remark_of(path):
    """The line and text of the pass's remark on `path`, shortened as the test expects it."""
    r = subprocess.run(
        [VOPT, path, "--veritor-inline", "--veritor-ar-to-tf", "-o", os.devnull],
        capture_output=True,
        text=True,
    )
    m = re.search(r":(\d+):\d+: remark: (.*)", r.stderr)
    if not m:
        sys.exit(f"no remark on {path}: {r.stderr.strip()}")
    text = m.group(2).split(" (at ")[0].split("; @main left alone")[0]
    prefix = "sequential teacher-forced form: the loop still runs one step per token, on the teacher's prefix; "
    return int(m.group(1)), text.replace(prefix, "")


def chunk(name, tmp):
    """The lit chunk of program `name`: description, then the module with its remark."""
    path = os.path.join(tmp, name + ".mlir")
    export(name, path)
    line, text = remark_of(path)
    lines = open(path).read().rstrip("\n").split("\n")
    indent = re.match(r"\s*", lines[line - 1]).group(0)
    lines.insert(line - 1, f"{indent}// expected-remark@+1 {{{{{text}}}}}")
    head = f"// ar_to_tf_remark_{name.replace('-', '_')}: {DESC[name]}."
    return head + "\n" + "\n".join(lines) + "\n"


def write(out, names):
    with tempfile.TemporaryDirectory() as tmp:
        chunks = [chunk(name, tmp) for name in names]
    with open(out, "a") as f:
        f.write("\n// -----\n\n".join(chunks))


def run_module(vmfb, inputs, tmp):
    """@main_teacher_forced's first result (the predicted tokens); None if it fails."""
    paths = []
    for k, a in enumerate(inputs):
        paths.append(os.path.join(tmp, f"in{k}.npy"))
        np.save(paths[-1], a)
    for count in (2, 3):  # predicted and logits, and the stop position of an early-stop loop
        outs = [os.path.join(tmp, f"out{k}.npy") for k in range(count)]
        r = subprocess.run(
            [os.path.join(BIN, "iree-run-module"), "--device=local-sync", f"--module={vmfb}",
             "--function=main_teacher_forced"]
            + [f"--input=@{p}" for p in paths]
            + [f"--output=@{p}" for p in outs],
            capture_output=True,
            text=True,
        )
        if r.returncode == 0:
            return np.load(outs[0])
    print(r.stderr[-400:])
    return None


def run(name):
    """Replays JAX's tokens through @main_teacher_forced in IREE; True if all 5 are exact."""
    with tempfile.TemporaryDirectory() as tmp:
        src, tf, vmfb = (os.path.join(tmp, n) for n in ("p.mlir", "tf.mlir", "tf.vmfb"))
        export(name, src)
        # As `veritor prove` loads a program: the bool-to-float converts of one_hot into a
        # dot made selects, which IREE 3.13's CPU backend compiles inlined.
        subprocess.run([VOPT, src, "--veritor-inline", "--veritor-ar-to-tf", "--veritor-scatter-to-select",
                        "--veritor-bool-to-select", "-o", tf],
                       check=True, capture_output=True)
        subprocess.run([os.path.join(BIN, "iree-compile"), "--iree-hal-target-device=local",
                        "--iree-hal-local-target-device-backends=llvm-cpu",
                        "--iree-llvmcpu-target-cpu=host", tf, "-o", vmfb], check=True)
        fn = jax.jit(PROGRAMS[name]())
        rng = np.random.default_rng(1)
        exact = 0
        for _ in range(5):
            w = rng.standard_normal((V, V)).astype(np.float32)
            p = rng.integers(0, V, P).astype(np.int32)
            extra = [rng.integers(0, 2**32, 2, dtype=np.uint32)] if name.startswith("key-split") else []
            tokens = np.asarray(fn(w, p, *extra))
            predicted = run_module(vmfb, [w, p, *extra, tokens], tmp)
            exact += predicted is not None and bool((predicted[P:] == tokens[P:]).all())
        print(f"{name}: {exact}/5 replay exactly")
        return exact == 5


def main():
    if len(sys.argv) < 3 or sys.argv[1] not in ("write", "run"):
        sys.exit(__doc__)
    if sys.argv[1] == "write":
        write(sys.argv[2], sys.argv[3:])
    else:
        ok = [run(name) for name in sys.argv[2:]]
        sys.exit(0 if all(ok) else 1)


if __name__ == "__main__":
    main()
