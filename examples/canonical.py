"""NumPy port of Veritor's canonical sampling (protocol/src/sampling.rs, docs/protocol.md
"Canonical sampling"), for the example decode programs and their replay.

    .venv/bin/python examples/canonical.py --self-test     # exit 1 on any mismatch

Definition (the Rust module documentation is normative; this file follows it line by line):

* generator: with ``mix(z) = fmix(z + 0x9E3779B97F4A7C15)`` (SplitMix64's finaliser),
  ``random_u64(seed, request, position, index) = mix(mix(mix(mix(seed) ^ request) ^ position) ^ index)``
  in uint64 arithmetic (exact, wrapping); ``uniform = ((h >> 12) + 0.5) / 2**52`` (f64, in
  ``[2**-53, 1 - 2**-53]``); ``gumbel = -ln(-ln(u))``.
* ``sample(logits, temperature, top_k, top_p, seed, request, position)``: validation;
  greedy when ``temperature <= 1e-6`` (argmax, lowest index on ties); else ``z = l / T`` in
  f64, finite tokens ordered by z descending then index ascending, top-k keeps the first k,
  top-p (when < 1) keeps the shortest prefix whose cumulative renormalised softmax (summed in
  order, f64) reaches top_p (at least one), and the token is the argmax over the kept set
  of ``z + gumbel(seed, request, position, i)`` (lowest index on ties).

``ln`` and ``exp`` are Python's ``math`` functions (the platform libm, as Rust's f64 methods
use on Linux), so the f64 values here match the Rust crate's to the last bit there.

Decode programs: ``gumbel_noise(seed, request, batch, max_len, vocab)`` is the f32
``[B, L, V]`` noise tensor that ``decoders.canonical_sampled`` takes as its ``gumbel``
argument: ``noise[b, p, i] = f32(gumbel(seed, request + b, p, i))``: row ``b`` of the batch is
request ``request + b``, ``p`` is the position in the token buffer of the token being chosen
(the token at position p is drawn with ``noise[:, p]``) and ``i`` the token id.
"""

from __future__ import annotations

import argparse
import dataclasses
import math
import sys

import numpy as np

MASK64 = (1 << 64) - 1
GOLDEN = 0x9E3779B97F4A7C15
GREEDY_EPSILON = 1e-6
_C1 = np.uint64(0xBF58476D1CE4E5B9)
_C2 = np.uint64(0x94D049BB133111EB)


def mix(z):
    """SplitMix64's finaliser of ``z + GOLDEN``, elementwise on uint64 (wrapping)."""
    z = np.asarray(z, dtype=np.uint64)
    with np.errstate(over="ignore"):
        z = z + np.uint64(GOLDEN)
        z = (z ^ (z >> np.uint64(30))) * _C1
        z = (z ^ (z >> np.uint64(27))) * _C2
        return z ^ (z >> np.uint64(31))


def _u64(x):
    """Python int (taken mod 2**64) or integer array -> uint64 array."""
    if isinstance(x, (int, np.integer)):
        return np.asarray(int(x) & MASK64, dtype=np.uint64)
    a = np.asarray(x)
    assert np.issubdtype(a.dtype, np.integer), a.dtype
    return a.astype(np.uint64)


def random_u64(seed, request, position, index):
    """The generator's 64-bit output (uint64, broadcast over array arguments)."""
    return mix(mix(mix(mix(_u64(seed)) ^ _u64(request)) ^ _u64(position)) ^ _u64(index))


def uniform(seed, request, position, index):
    """``((h >> 12) + 0.5) / 2**52`` as f64 (exact: h >> 12 < 2**52)."""
    h = random_u64(seed, request, position, index) >> np.uint64(12)
    return (h.astype(np.float64) + 0.5) * (1.0 / float(1 << 52))


def gumbel(seed, request, position, index):
    """``-ln(-ln(u))`` in f64, with math.log (scalar arguments: a Python float)."""
    u = uniform(seed, request, position, index)
    if u.ndim == 0:
        return -math.log(-math.log(float(u)))
    flat = [-math.log(-math.log(x)) for x in u.reshape(-1).tolist()]
    return np.asarray(flat, np.float64).reshape(u.shape)


def gumbel_noise(seed: int, request: int, batch: int, max_len: int, vocab: int) -> np.ndarray:
    """f32 [B, L, V]: ``noise[b, p, i] = f32(gumbel(seed, request + b, p, i))``."""
    b = np.arange(batch, dtype=np.uint64)[:, None, None] + _u64(request)
    p = np.arange(max_len, dtype=np.uint64)[None, :, None]
    i = np.arange(vocab, dtype=np.uint64)[None, None, :]
    return gumbel(seed, b, p, i).astype(np.float32)


# --------------------------------------------------------------------------- sampler


@dataclasses.dataclass(frozen=True)
class Params:
    temperature: float
    top_k: int | None = None
    top_p: float = 1.0

    def validate(self) -> None:
        t = self.temperature
        if not (math.isfinite(t) and t >= 0.0):
            raise ValueError(f"temperature {t} is invalid: it must be finite and >= 0 (0 is greedy)")
        if self.top_k == 0:
            raise ValueError("top_k 0 is invalid: it must be at least 1 (omit it to keep every token)")
        if not (self.top_p > 0.0 and self.top_p <= 1.0):
            raise ValueError(f"top_p {self.top_p} is invalid: it must be in (0, 1] (1 keeps every token)")

    def is_greedy(self) -> bool:
        return self.temperature <= GREEDY_EPSILON


@dataclasses.dataclass(frozen=True)
class Sample:
    token: int
    kept: int
    margin: float  # best minus second-best score; inf when only one token could be chosen
    runner_up: int | None


def _check(logits, params: Params) -> list[float]:
    params.validate()
    ls = [float(x) for x in np.asarray(logits, np.float32).reshape(-1)]
    if not ls:
        raise ValueError("logits are empty: the vocabulary has no token")
    if params.top_k is not None and params.top_k > len(ls):
        raise ValueError(f"top_k {params.top_k} is invalid: it exceeds the vocabulary size {len(ls)}")
    for i, x in enumerate(ls):
        if math.isnan(x):
            raise ValueError(f"logit {i} is NaN")
        if x == math.inf:
            raise ValueError(f"logit {i} is +inf")
    if all(x == -math.inf for x in ls):
        raise ValueError("every logit is -inf: no token can be chosen")
    return ls


def _top_two(items):
    """Best and second-best (index, score), higher score first, lower index on ties; -inf skipped."""
    best = second = None
    for i, s in items:
        if not s > -math.inf:
            continue
        if best is None or s > best[1] or (s == best[1] and i < best[0]):
            best, second = (i, s), best
        elif second is None or s > second[1] or (s == second[1] and i < second[0]):
            second = (i, s)
    return best, second


def kept_set(ls: list[float], params: Params) -> list[tuple[int, float]]:
    """(token, z) kept by top-k then top-p, most likely first (non-greedy parameters)."""
    t = params.temperature
    order = [(i, x / t) for i, x in enumerate(ls) if math.isfinite(x)]
    order.sort(key=lambda e: (-e[1], e[0]))
    if params.top_k is not None:
        order = order[: params.top_k]
    if params.top_p < 1.0:
        top = order[0][1]
        weights = [math.exp(z - top) for _, z in order]
        total = 0.0
        for w in weights:  # summed in order, as Rust's Iterator::sum
            total += w
        cumulative, keep = 0.0, len(order)
        for n, w in enumerate(weights):
            cumulative += w / total
            if cumulative >= params.top_p:
                keep = n + 1
                break
        order = order[: max(keep, 1)]
    return order


def kept_tokens(logits, params: Params) -> list[int]:
    ls = _check(logits, params)
    if params.is_greedy():
        return [_top_two(enumerate(ls))[0][0]]
    return sorted(i for i, _ in kept_set(ls, params))


def sample(logits, params: Params, seed: int, request: int, position: int) -> Sample:
    ls = _check(logits, params)
    if params.is_greedy():
        kept, (best, second) = 1, _top_two(enumerate(ls))
    else:
        ks = kept_set(ls, params)
        kept = len(ks)
        best, second = _top_two((i, z + gumbel(seed, request, position, i)) for i, z in ks)
    return Sample(best[0], kept, math.inf if second is None else best[1] - second[1],
                  None if second is None else second[0])


def replay_tokens(logits, chosen, params: Params, seed: int, request: int):
    """Replays a decode's choices from aligned reference logits.

    logits f32 [B, L, V] (row p = the scores the token at p was chosen from), chosen bool
    [B, L]. Row b is request ``request + b``, position p. Returns (tokens int32 [B, L] with -1
    where not chosen, {(b, p): Sample})."""
    logits = np.asarray(logits, np.float32)
    chosen = np.asarray(chosen, bool)
    out = np.full(chosen.shape, -1, np.int32)
    draws = {}
    for b, p in zip(*np.nonzero(chosen)):
        s = sample(logits[b, p], params, seed, request + int(b), int(p))
        out[b, p] = s.token
        draws[(int(b), int(p))] = s
    return out, draws


# --------------------------------------------------------------------------- self-test

# protocol/src/sampling.rs, tests::LOGITS and tests::canonical_outputs_are_pinned /
# generator_reference_values.
PINNED_LOGITS = np.asarray([1.0, 0.5, -0.25, 2.0, 0.0, -1.5], np.float32)
PINNED = {
    "random_u64(1, 2, 3, 4)": 0xD55CCD4AEB3CCAFB,
    "random_u64(0, 0, 0, 0)": 0x2130748AAAC80268,
    "mix(0)": 0xE220A8397B1DCDAF,
    "uniform(1, 2, 3, 4)": 0.8334472949893438,
    "tokens(T 0.8, top-k 5, top-p 0.9, seed 42, request 7, positions 0..23)":
        [3, 3, 1, 3, 1, 3, 3, 3, 1, 3, 3, 3, 3, 3, 0, 3, 3, 0, 1, 0, 3, 0, 3, 1],
    # tests::truncation_never_returns_an_excluded_token
    "kept sets": [
        ((1.0, 1, 1.0), [3]), ((1.0, 2, 1.0), [0, 3]), ((1.0, 4, 1.0), [0, 1, 3, 4]),
        ((1.0, None, 0.01), [3]), ((1.0, None, 0.6), [0, 3]), ((1.0, None, 0.8), [0, 1, 3]),
        ((1.0, 2, 0.99), [0, 3]), ((0.5, None, 0.95), [0, 1, 3]), ((1.0, None, 1.0), [0, 1, 2, 3, 4, 5]),
    ],
}


def self_test() -> int:
    got = {
        "random_u64(1, 2, 3, 4)": int(random_u64(1, 2, 3, 4)),
        "random_u64(0, 0, 0, 0)": int(random_u64(0, 0, 0, 0)),
        "mix(0)": int(mix(0)),
        "uniform(1, 2, 3, 4)": float(uniform(1, 2, 3, 4)),
        "tokens(T 0.8, top-k 5, top-p 0.9, seed 42, request 7, positions 0..23)":
            [sample(PINNED_LOGITS, Params(0.8, 5, 0.9), 42, 7, p).token for p in range(24)],
        "kept sets": [(k, kept_tokens(PINNED_LOGITS, Params(*k))) for k, _ in PINNED["kept sets"]],
    }
    failures = 0
    for name, want in PINNED.items():
        ok = got[name] == want
        failures += not ok
        shown = hex(want) if isinstance(want, int) else want
        print(f"{'ok  ' if ok else 'FAIL'} {name}: {shown if ok else f'got {got[name]}, want {shown}'}")
    # structural checks: mix(-GOLDEN) == 0; the array path equals the scalar path; u in (0, 1);
    # greedy ignores top-k/top-p and resolves ties by index.
    checks = {
        "mix(-GOLDEN) == 0": int(mix((-GOLDEN) & MASK64)) == 0,
        "array == scalar": all(
            float(gumbel_noise(9, 5, 2, 3, 4)[b, p, i]) == float(np.float32(gumbel(9, 5 + b, p, i)))
            for b in range(2) for p in range(3) for i in range(4)),
        "u strictly inside (0, 1)": bool(np.all((uniform(5, 6, 7, np.arange(10_000)) > 0)
                                               & (uniform(5, 6, 7, np.arange(10_000)) < 1))),
        "greedy": sample(PINNED_LOGITS, Params(1e-6, 2, 0.5), 1, 1, 1) == Sample(3, 1, 1.0, 0),
        "greedy ties": sample(np.asarray([1.0, 3.0, 3.0, 3.0]), Params(0.0), 0, 0, 0) == Sample(1, 1, 0.0, 2),
        "top-k ties by index": kept_tokens(np.asarray([1.0, 3.0, 3.0, 3.0]), Params(1.0, 2, 1.0)) == [1, 2],
    }
    for name, ok in checks.items():
        failures += not ok
        print(f"{'ok  ' if ok else 'FAIL'} {name}")
    print("self-test passed" if failures == 0 else f"self-test FAILED: {failures} mismatch(es)")
    return 1 if failures else 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--self-test", action="store_true",
                    help="check against the values pinned in protocol/src/sampling.rs; exit 1 on mismatch")
    a = ap.parse_args(argv)
    if a.self_test:
        return self_test()
    ap.print_help()
    return 2


if __name__ == "__main__":
    sys.exit(main())
