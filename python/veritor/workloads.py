"""`workload`: a JAX program and its inputs, written out, checked by `veritor-opt` and put in
the workload store."""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from . import cli
from .errors import VeritorError
from .program import from_jax, has_sharding


@dataclass(frozen=True)
class Workload:
    """A program and its inputs in the store, ready for `veritor.prove`.

    Attributes:
        name: a short name (the jitted function's, or the one given).
        dir: the working directory: `source.mlir` (the text as given, in generic form where it
            could be converted), `graph.mlir`, `inputs/`; claims are written below it.
        graph: the stored StableHLO (generic form, sharding annotations removed).
        inputs: the directory of input `.npy` files, one per `@main` argument, in order.
        store: the workload store (`--store` of every command).
        entry: the entry point (`@main`).
        graph_digest: BLAKE3 of `graph` (the digest a claim names).
        input_digests: BLAKE3 of each input file, in argument order.
        source: what the program came from: `jax.jit`, `jax.stages.Lowered`,
            `jax.export.Exported` or `text`.
        sharding_stripped: whether `veritor-strip-sharding` removed sharding annotations.
    """

    name: str
    dir: Path
    graph: Path
    inputs: Path
    store: Path
    entry: str
    graph_digest: str
    input_digests: tuple[str, ...] = field(repr=False)
    source: str
    sharding_stripped: bool


def workload(program: Any, *args: Any, store: str | os.PathLike | None = None, name: str | None = None,
             workdir: str | os.PathLike | None = None, entry: str = "main") -> Workload:
    """Exports `program` called on `args`, checks the text with `veritor-opt`, writes the inputs
    as `.npy` files and puts the graph and every input in the store (`veritor store put`).

    Args:
        program: a `jax.jit` function (or a plain one, jitted here), a `jax.stages.Lowered`, a
            `jax.export.Exported`, or StableHLO text (pretty or generic, with or without
            shardings; a `str`, or a `Path` to a file).
        *args: the arguments the program is called with (pytrees: a dict of parameters, a
            prompt, ...); for text, the leaves are `@main`'s arguments in order.
        store: the store directory; default `$VERITOR_STORE`, else `./.veritor` (as the CLI).
        name: a short name for the working directory (default: the function's name).
        workdir: the working directory (default: a fresh one under the system's temporary
            directory, kept: the claims and verdicts are written below it).
        entry: the entry point.

    Raises:
        VeritorError: the text does not parse (the CLI's `file:line:col: error: ...`), the
            arguments do not fit the program, a multi-device program cannot be made a
            single-device one, or a binary is missing.
    """
    prog = from_jax(program, args)
    label = name or prog.name
    store_dir = store_path(store)
    root = _workdir(workdir, label)
    source = root / "source.mlir"
    source.write_text(prog.text)
    graph = root / "graph.mlir"
    stripped = has_sharding(prog.text)
    cli.run("veritor-opt", [source, *(["--veritor-strip-sharding"] if stripped else []), "-o", graph])
    inputs = root / "inputs"
    write_arrays(inputs, prog.arguments)
    digests = [put(store_dir, f) for f in [graph, *sorted(inputs.glob("*.npy"))]]
    return Workload(name=label, dir=root, graph=graph, inputs=inputs, store=store_dir, entry=entry,
                    graph_digest=digests[0], input_digests=tuple(digests[1:]), source=prog.source,
                    sharding_stripped=stripped)


def store_path(store: str | os.PathLike | None) -> Path:
    """The store directory the CLI would use: `store`, else `$VERITOR_STORE`, else `./.veritor`;
    absolute, so that it does not depend on the directory commands run in."""
    return Path(store or os.environ.get("VERITOR_STORE") or ".veritor").resolve()


def put(store: Path, file: Path) -> str:
    """Puts `file` in `store` (`veritor store put`); returns its digest."""
    done = cli.run("veritor", ["store", "--store", store, "put", file])
    digest = done.stdout.strip()
    if not re.fullmatch(r"[0-9a-f]{64}", digest):
        raise VeritorError(f"veritor store put {file}: printed {digest!r}, not a digest")
    return digest


def write_arrays(directory: Path, arrays: tuple[np.ndarray, ...] | list[np.ndarray]) -> None:
    """Writes `arrays` as `directory/NN.npy` (names that sort in argument order), into a fresh
    directory."""
    directory.mkdir(parents=True, exist_ok=False)
    width = max(2, len(str(len(arrays) - 1)))
    for i, array in enumerate(arrays):
        try:
            np.save(directory / f"{i:0{width}d}.npy", np.asarray(array), allow_pickle=False)
        except (TypeError, ValueError) as e:
            raise VeritorError(f"array {i}: cannot be written as .npy: {e}") from None


def _workdir(workdir: str | os.PathLike | None, label: str) -> Path:
    if workdir is None:
        safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", label)[:40] or "workload"
        return Path(tempfile.mkdtemp(prefix=f"veritor-{safe}-"))
    root = Path(workdir).resolve()
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise VeritorError(f"{root}: cannot make the working directory: {e.strerror}") from None
    if (root / "graph.mlir").exists() or (root / "inputs").exists():
        raise VeritorError(f"{root}: already holds a workload (graph.mlir, inputs/): give an empty directory")
    return root
