"""Inside a running window (its own process, offscreen, 1280×800): Next → the next page
painted for every step of a visit; Past summaries over a store of many finished intakes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from tests.benchmarks.common import PROBES, ROOT, Figure, percentile
from tests.benchmarks.store import make_big_store

PROBE = str(PROBES / "in_window.py")


def _probe(*args: str) -> dict[str, list[float]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, PROBE, *args], env=env, capture_output=True, text=True, timeout=600, cwd=ROOT
    )
    if done.returncode != 0:
        raise RuntimeError(f"in_window.py {args[0]} failed: {done.stderr.strip()[-800:]}")
    result: dict[str, list[float]] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def figures(repeats: int, quick: bool) -> list[Figure]:
    steps = _probe("pages", str(max(3, repeats * 3)))
    every = [ms for samples in steps.values() for ms in samples]
    slowest = max(steps, key=lambda step: percentile(steps[step], 95))
    found = [
        Figure(
            "Next → next page painted, every page",
            "ms",
            every,
            stat="p95",
            goal=("at_most", 16),
            note=f"slowest: {slowest}, p95 {percentile(steps[slowest], 95):.1f} ms",
        )
    ]
    count = 10_000 if quick else 100_000
    with tempfile.TemporaryDirectory(prefix="spineprep-bench-") as name:
        from spineprep.store import DB_NAME

        make_big_store(Path(name) / DB_NAME, count, datetime.now() - timedelta(hours=1))
        shown = _probe("history", name)
    found.append(
        Figure(
            f"{count:,} finished intakes: Past summaries shown (first page painted)",
            "ms",
            shown["first page"],
            goal=("at_most", 50),
            note=f"{int(shown['rows'][0])} rows after 'Show older summaries',"
            f" which took {shown['next page'][0]:.1f} ms",
        )
    )
    return found
