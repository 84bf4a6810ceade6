"""Batch verification from Python: `verify_batch` runs `veritor verify-batch` (local workers,
or Ray with `ray=`) and returns its summary. The Ray driver is `ray_driver.py`; what runs in
each Ray worker is `worker.py`."""

from __future__ import annotations

import json
import subprocess
import tempfile
from pathlib import Path


def verify_batch(batch: str | Path, *, store: str | Path, veritor: str | Path = "veritor",
                 log: str | Path | None = None, workers: int | None = None, ray: str | None = None,
                 extra: list[str] | None = None) -> dict:
    """Verifies every claim of `batch` not yet in the log; returns the summary
    (veritor-batch-summary/1). `ray`: None for the local pool, "" to start Ray here, or a
    cluster's address. Raises `RuntimeError` with veritor's error line when the batch fails."""
    with tempfile.TemporaryDirectory() as tmp:
        summary = Path(tmp) / "summary.json"
        cmd = [str(veritor), "verify-batch", str(batch), "--store", str(store), "--json", str(summary)]
        if log is not None:
            cmd += ["--log", str(log)]
        if workers is not None:
            cmd += ["--workers", str(workers)]
        if ray is not None:
            cmd += ["--ray", ray] if ray else ["--ray"]
        r = subprocess.run(cmd + list(extra or []), capture_output=True, text=True)
        if r.returncode != 0:
            raise RuntimeError(r.stderr.strip().splitlines()[-1] if r.stderr.strip() else f"exit {r.returncode}")
        return json.loads(summary.read_text())
