"""A decode program for one `Style`: the loop, the token buffer, the choice, EOS.

`decode(model, params, prompt, key, knobs)` is the program. The exported version closes over
constant knobs (fill 0, cache fill 0, the EOS id); check.py's twin passes them as traced
arguments and sets a probe, so one compile serves the free run (EOS never), and the two
fills of the causality check.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import jax
import jax.numpy as jnp
from jax import lax

from net import I32, Model

PAD = 0


@dataclasses.dataclass
class Knobs:
    fill: Any = 0  # the initial value of the token buffer's free positions
    cache_fill: Any = 0.0  # the initial value of the KV caches
    eos: Any = None  # the EOS id (None: the style has no EOS)


class Decoder:
    """The decode loop of one style, over one model, parameters and prompt."""

    def __init__(self, model: Model, params, prompt, key, knobs: Knobs):
        self.m, self.s, self.p = model, model.s, params
        self.prompt, self.key, self.kn = prompt, key, knobs
        self.bshape = prompt.shape[:-1]
        self.P, self.L = self.s.prompt, self.s.length

    # -- token buffer ------------------------------------------------------------------------

    def initial_buffer(self):
        s, P, L = self.s, self.P, self.L
        fill = jnp.asarray(self.kn.fill, I32)
        if s.prompt_write == "concat":
            return jnp.concatenate([self.prompt, jnp.full((*self.bshape, L - P), fill, I32)], axis=-1)
        buf = jnp.full((*self.bshape, L), fill, I32)
        if s.prompt_write == "dus":
            return lax.dynamic_update_slice(buf, self.prompt, (0,) * buf.ndim)
        return buf.at[..., :P].set(self.prompt)

    def write_tok(self, buf, tok, pos):
        how = self.s.buffer_write
        if how == "at_set":
            return buf.at[..., pos].set(tok)
        if how == "dus":
            starts = [jnp.int32(0)] * (buf.ndim - 1) + [jnp.asarray(pos, I32)]
            return lax.dynamic_update_slice(buf, tok[..., None], starts)
        at = lax.broadcasted_iota(I32, buf.shape, buf.ndim - 1) == pos
        return jnp.where(at, tok[..., None], buf)

    @staticmethod
    def read_tok(buf, pos):
        return lax.dynamic_index_in_dim(buf, pos, buf.ndim - 1, keepdims=False)

    def prompt_at(self, pos):
        return lax.dynamic_index_in_dim(self.prompt, jnp.minimum(pos, self.P - 1), self.prompt.ndim - 1,
                                        keepdims=False)

    # -- the choice --------------------------------------------------------------------------

    def pick(self, st, row, pos):
        """The token written at position pos, chosen from scores row (EOS and, when the prompt is
        fed in the loop, prompt positions handled); updates st's key and finished flags."""
        s = self.s
        sub = None
        if s.choice != "greedy":
            if s.key_use == "split":
                st["key"], sub = jax.random.split(st["key"])
            else:
                sub = jax.random.fold_in(self.key, pos)
        tok = self.m.choose(row, sub, pos)
        if s.eos:
            tok = jnp.where(st["finished"], PAD, tok)
        in_prompt = None
        if s.compute == "kv" and s.feed == "in_loop":
            in_prompt = pos < self.P
            tok = jnp.where(in_prompt, self.prompt_at(pos), tok)
        if s.eos:
            hit = tok == self.kn.eos
            if in_prompt is not None:
                hit = hit & ~in_prompt
            st["finished"] = st["finished"] | hit
        return tok

    # -- one step ----------------------------------------------------------------------------

    def full_step(self, i, st):
        """Reads the buffer (row i), writes position i+1."""
        st = dict(st)
        buf = st["buf"]
        if self.s.token_carry:
            buf = self.write_tok(buf, st["last"], i)
        row = self.m.full_row(self.p, buf, i + 1 if self.s.noncausal == "read_target" else i)
        tok = self.pick(st, row, i + 1)
        if self.s.token_carry:
            st["last"] = tok
        else:
            buf = self.write_tok(buf, tok, i + 1)
        st["buf"] = buf
        return st, tok

    def kv_step(self, pos, st):
        """Feeds the token at pos through the caches, writes position pos+1."""
        s = self.s
        st = dict(st)
        if s.token_carry and "buf" in st:
            st["buf"] = self.write_tok(st["buf"], st["last"], pos)
        if s.feedback == "buffer":
            tok_in = self.read_tok(st["buf"], pos + 1 if s.noncausal == "read_target" else pos)
        elif s.feed == "in_loop":
            tok_in = jnp.where(pos < self.P, self.prompt_at(pos), st["last"])
        else:
            tok_in = st["last"]
        row, st["caches"] = self.m.kv_step(self.p, tok_in, pos, st["caches"])
        tok = self.pick(st, row, pos + 1)
        if "last" in st:
            st["last"] = tok
        if not s.token_carry and "buf" in st:
            st["buf"] = self.write_tok(st["buf"], tok, pos + 1)
        return st, tok

    # -- the loop ----------------------------------------------------------------------------

    def run_loop(self, step, start, end, st):
        """(state, stacked tokens or None, the final counter)."""
        s = self.s
        if s.loop == "fori":
            return lax.fori_loop(start, end, lambda i, c: step(i, c)[0], st), None, end
        if s.loop == "while":
            def cond(c):
                ok = c[0] < end
                if s.eos:
                    ok = ok & ~jnp.all(c[1]["finished"])
                return ok

            def body(c):
                return c[0] + 1, step(c[0], c[1])[0]

            i, st = lax.while_loop(cond, body, (jnp.int32(start), st))
            return st, None, i
        if s.scan_counter == "xs":
            st, ys = lax.scan(lambda c, i: step(i, c), st, jnp.arange(start, end, dtype=I32))
            return st, ys, end

        def body(c, _):
            st, tok = step(c[0], c[1])
            return (c[0] + 1, st), tok

        (_, st), ys = lax.scan(body, (jnp.int32(start), st), None, length=end - start)
        return st, ys, end

    # -- the program -------------------------------------------------------------------------

    def initial_state(self):
        s = self.s
        st = {}
        needs_buf = s.compute == "full" or s.feedback == "buffer" or s.loop != "scan"
        if needs_buf:
            st["buf"] = self.initial_buffer()
        if s.choice != "greedy" and s.key_use == "split":
            st["key"] = self.key
        if s.eos:
            st["finished"] = jnp.zeros(self.bshape, bool)
        if s.compute == "kv":
            st["caches"] = self.m.init_caches(self.bshape, jnp.asarray(self.kn.cache_fill, self.m.dt))
        return st

    def run(self):
        """tokens [..., L] (and, for a while_loop with EOS, stop: the last position written)."""
        s, P, L = self.s, self.P, self.L
        st = self.initial_state()
        if s.compute == "full":
            start, step = P - 1, self.full_step
            if s.token_carry:
                st["last"] = self.prompt[..., P - 1]
            prefix = self.prompt
        elif s.feed == "prefill":
            start, step = P, self.kv_step
            row, st["caches"] = self.m.kv_prefill(self.p, self.prompt, st["caches"])
            first = self.pick(st, row, jnp.int32(P))
            if s.token_carry or s.feedback == "carried":
                st["last"] = first
            if "buf" in st and not s.token_carry:
                st["buf"] = self.write_tok(st["buf"], first, P)
            prefix = jnp.concatenate([self.prompt, first[..., None]], axis=-1)
        else:
            start, step = 0, self.kv_step
            if s.token_carry or s.feedback == "carried":
                st["last"] = self.prompt[..., 0]
            prefix = self.prompt[..., :1]
        st, ys, stop = self.run_loop(step, start, L - 1, st)
        if ys is not None:
            tokens = jnp.concatenate([prefix, jnp.moveaxis(ys, 0, -1)], axis=-1)
        else:
            tokens = st["buf"]
            if s.token_carry:
                tokens = self.write_tok(tokens, st["last"], stop)
        if s.loop == "while" and s.eos:
            return tokens, stop
        return tokens


def decode(model: Model, params, prompt, key, knobs: Knobs):
    return Decoder(model, params, prompt, key, knobs).run()
