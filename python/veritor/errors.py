"""The one exception type of the package (and its one subclass)."""

from __future__ import annotations

from collections.abc import Sequence


class VeritorError(Exception):
    """A Veritor command failed, or what it needs could not be prepared.

    `str(error)` is one line: the command's own reason when a command failed (as the CLI
    prints it, e.g. `.../graph.mlir:3:8: error: custom op 'stablehlo.bogus' is unknown` or
    `veritor: error: ...`), else what the package found wrong.

    Attributes:
        reason: that line.
        exit_code: the command's exit status (1 or 2 for the CLI's errors); None when no
            command ran.
        command: the command line that failed (empty when none ran).
        stderr: everything the command wrote on stderr (notes and source lines included).
    """

    def __init__(self, reason: str, *, exit_code: int | None = None, command: Sequence[str] = (),
                 stderr: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.exit_code = exit_code
        self.command = tuple(command)
        self.stderr = stderr


class BinaryNotFound(VeritorError):
    """`veritor` or `veritor-opt` is not where the package looks (see `veritor.find_binary`)."""
