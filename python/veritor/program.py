"""What JAX gives, as the CLI takes it: StableHLO text and the `@main` arguments as arrays.

`from_jax(obj, args)` accepts

* a `jax.jit` object (or a plain function, which is jitted): lowered with `.lower(*args)`;
* a `jax.stages.Lowered`: its `compiler_ir("stablehlo")` printed in generic form without
  locations, exactly as `examples/export.py` writes the corpus (so the same program gives the
  same graph digest as the corpus file);
* a `jax.export.Exported`: its `mlir_module()`;
* StableHLO text (`str`, or a `pathlib.Path` to a file), pretty or generic.

Pretty text is parsed with JAX's own MLIR (which knows the `sdy` dialect of sharded
programs; the CLI converts pretty text through `iree-opt`, which does not) and printed in
generic form. Without JAX, or when JAX cannot parse it, the text goes to the CLI as given, so
a bad text gets the CLI's `file:line:col: error: ...`.

`args` are the program's arguments as pytrees (what the jitted function is called with);
their leaves, in `jax.tree_util` order, are `@main`'s arguments. JAX drops arguments a program
does not use (unless jitted with `keep_unused=True`): only the kept ones become inputs.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .errors import VeritorError

#: Marks of sharding annotations (`dialects/src/sdy.rs` lists what `veritor-strip-sharding`
#: removes): Shardy ops and attributes, GSPMD attributes and custom calls, more than one
#: partition.
_SHARDING = re.compile(
    r"sdy\.|mhlo\.sharding|mhlo\.spmd_|xla\.sdy\.|\"Sharding\"|@Sharding\b|SPMDFullToShardShape"
    r"|SPMDShardToFullShape|mhlo\.num_partitions = (?!1 :)\d")


@dataclass(frozen=True)
class Program:
    """A program ready for the CLI.

    Attributes:
        text: StableHLO text, generic form where it could be converted.
        arguments: the arrays `@main` takes, in order.
        source: what it came from: `jax.jit`, `jax.stages.Lowered`, `jax.export.Exported` or
            `text`.
        name: a short name (the jitted function's, else `workload`).
    """

    text: str
    arguments: tuple[np.ndarray, ...]
    source: str
    name: str


def has_sharding(text: str) -> bool:
    """Whether `text` carries sharding annotations for `veritor-strip-sharding` to remove."""
    return _SHARDING.search(text) is not None


def is_generic(text: str) -> bool:
    """Whether `text` is in MLIR's generic form: its first op line starts with a quoted op
    name (`"builtin.module"() ...`, `"func.func"() ...`), after attribute and location aliases
    (`#loc1 = ...`) and comments."""
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith(("#", "//")):
            continue
        return line.startswith('"')
    return False


def from_jax(obj: Any, args: tuple[Any, ...]) -> Program:
    """The program and its inputs from any object the module doc lists."""
    if isinstance(obj, str):
        return _from_text(obj, args)
    if isinstance(obj, os.PathLike):
        path = Path(obj)
        try:
            text = path.read_text()
        except (OSError, UnicodeDecodeError) as e:
            raise VeritorError(f"{path}: cannot read the StableHLO text: {_why(e)}") from None
        return _from_text(text, args)
    jax = _import_jax(obj)
    if isinstance(obj, jax.export.Exported):
        return _from_exported(obj, args, jax)
    if isinstance(obj, jax.stages.Lowered):
        return _from_lowered(obj, args, jax, "jax.stages.Lowered", _name_of(obj))
    if hasattr(obj, "lower"):
        return _from_lowered(obj.lower(*args), _dynamic(obj, args), jax, "jax.jit", _name_of(obj))
    if callable(obj):
        return _from_lowered(jax.jit(obj).lower(*args), args, jax, "jax.jit", _name_of(obj))
    raise TypeError(f"veritor.workload takes a jax.jit function, a jax.stages.Lowered, a "
                    f"jax.export.Exported or StableHLO text, not {type(obj).__name__}")


def _from_text(text: str, args: tuple[Any, ...]) -> Program:
    leaves = _leaves(args)
    arrays = tuple(_array(i, leaf, None) for i, leaf in enumerate(leaves))
    return Program(to_generic(text), arrays, "text", "workload")


def _from_lowered(lowered: Any, args: tuple[Any, ...], jax: Any, source: str, name: str) -> Program:
    module = lowered.compiler_ir("stablehlo")
    text = module.operation.get_asm(print_generic_op_form=True, enable_debug_info=False)
    avals = jax.tree_util.tree_leaves(lowered.in_avals)
    return Program(text, _kept_arrays(args, avals, _kept_of_lowered(lowered, len(avals)), jax), source, name)


def _from_exported(exported: Any, args: tuple[Any, ...], jax: Any) -> Program:
    if len(exported.platforms) != 1:
        raise VeritorError(
            f"the export is for the platforms {', '.join(exported.platforms)}: its @main takes the "
            f"platform's index first; export for one (jax.export.export(f, platforms=['cpu']))")
    if exported.ordered_effects or exported.unordered_effects:
        raise VeritorError("the export has side effects (its @main takes or returns tokens): "
                           "the verifier re-executes pure programs only")
    avals = list(exported.in_avals)
    for i, aval in enumerate(avals):
        if not all(isinstance(d, int) for d in aval.shape):
            raise VeritorError(f"argument {i} has the symbolic shape {aval.shape}: export with "
                               "concrete shapes (the verifier takes static shapes only)")
    kept = list(exported.module_kept_var_idx)
    arrays = _kept_arrays(args, avals, kept, jax)
    name = exported.fun_name or "workload"
    return Program(to_generic(exported.mlir_module()), arrays, "jax.export.Exported", name)


def _dynamic(jitted: Any, args: tuple[Any, ...]) -> tuple[Any, ...]:
    """`args` without the jitted function's static ones (`static_argnums`), which are not
    arguments of `@main`. JAX says which they are only in the jitted object's private
    `_jit_info`; without it every argument is taken as dynamic (and a static one then makes
    the argument count wrong, which `_kept_arrays` reports)."""
    static = getattr(getattr(jitted, "_jit_info", None), "static_argnums", ()) or ()
    try:
        drop = {i % len(args) for i in static} if args else set()
    except TypeError:
        return args
    return tuple(a for i, a in enumerate(args) if i not in drop)


def _kept_of_lowered(lowered: Any, count: int) -> list[int]:
    """The indices of the flattened arguments JAX kept in `@main` (it drops unused ones
    unless jitted with `keep_unused=True`). JAX says which only in the lowering's compile
    arguments; if it ever stops saying, every argument is taken as kept, and `veritor prove`
    reports a count that does not match the graph."""
    try:
        kept = lowered._lowering.compile_args["kept_var_idx"]
    except (AttributeError, KeyError, TypeError):
        return list(range(count))
    return sorted(kept)


def _kept_arrays(args: tuple[Any, ...], avals: list[Any], kept: list[int], jax: Any
                 ) -> tuple[np.ndarray, ...]:
    leaves = _leaves(args, jax)
    if len(leaves) != len(avals):
        raise VeritorError(f"the program takes {len(avals)} arrays (its arguments flattened) "
                           f"but {len(leaves)} were given (for static arguments give the "
                           "jax.stages.Lowered and the dynamic arguments)")
    return tuple(_array(i, leaves[i], avals[i]) for i in kept)


def _array(index: int, leaf: Any, aval: Any) -> np.ndarray:
    """One argument as a NumPy array; in the dtype of `aval` when the leaf is a Python
    scalar (JAX takes those as weakly typed, e.g. a float as f32), and of its shape."""
    if _is_key_array(leaf):
        leaf = _import_jax(leaf).random.key_data(leaf)
    try:
        weak = isinstance(leaf, (bool, int, float, complex))
        array = np.asarray(leaf, dtype=aval.dtype if (weak and aval is not None) else None)
    except (TypeError, ValueError) as e:
        raise VeritorError(f"argument {index}: cannot be made an array: {_why(e)}") from None
    if array.dtype == object:
        raise VeritorError(f"argument {index}: an array of Python objects, not of numbers")
    if aval is not None and tuple(array.shape) != tuple(aval.shape):
        raise VeritorError(f"argument {index}: shape {tuple(array.shape)}, the program takes "
                           f"{tuple(aval.shape)}")
    return array


def to_generic(text: str) -> str:
    """`text` in generic form, converted with JAX's MLIR when it is pretty and JAX parses it;
    otherwise `text` unchanged (the CLI converts what it can and reports the rest)."""
    if is_generic(text):
        return text
    try:
        from jax._src.interpreters import mlir as jax_mlir
        from jax.extend.mlir import ir
    except ImportError:
        return text
    try:
        with jax_mlir.make_ir_context():
            module = ir.Module.parse(text)
            return module.operation.get_asm(print_generic_op_form=True, enable_debug_info=False)
    except Exception:  # noqa: BLE001 - any parse failure: the CLI then says what is wrong
        return text


def _leaves(args: tuple[Any, ...], jax: Any = None) -> list[Any]:
    """The pytree leaves of `args` (JAX's order); without JAX, lists and tuples flattened."""
    if jax is None:
        try:
            import jax
        except ImportError:
            return _flatten(args)
    return jax.tree_util.tree_leaves(args)


def _flatten(value: Any) -> list[Any]:
    if isinstance(value, (list, tuple)):
        return [leaf for item in value for leaf in _flatten(item)]
    return [value]


def _is_key_array(leaf: Any) -> bool:
    dtype = getattr(leaf, "dtype", None)
    if dtype is None or type(leaf).__module__.startswith("numpy"):
        return False
    try:
        import jax
    except ImportError:
        return False
    return jax.dtypes.issubdtype(dtype, jax.dtypes.prng_key)


def _import_jax(obj: Any) -> Any:
    try:
        import jax
        import jax.export  # noqa: F401 - jax.export is a submodule that must be imported
    except ImportError:
        raise VeritorError(f"taking a {type(obj).__name__} needs JAX, which is not installed "
                           "here; give StableHLO text instead") from None
    return jax


def _name_of(obj: Any) -> str:
    for attr in ("__name__", "fun_name"):
        name = getattr(obj, attr, None)
        if isinstance(name, str) and name:
            return name
    return "workload"


def _why(e: BaseException) -> str:
    """The first line of what an exception says."""
    text = getattr(e, "strerror", None) or str(e) or type(e).__name__
    return text.splitlines()[0]
