"""The physician's sheet: ``spineprep sample-pdf`` as a whole process against a bare reportlab
page in the same TrueType font, pair by pair; and the sheet made in a running process."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.common import PROBES, Figure


def _whole_process(repeats: int) -> Figure:
    with tempfile.TemporaryDirectory(prefix="spineprep-bench-") as folder:
        env = {name: os.environ[name] for name in ("PATH", "LANG", "TZ") if name in os.environ}
        env["HOME"] = folder
        out = str(Path(folder) / "sheet.pdf")
        # A probe prints a JSON line last; sample-pdf prints a sentence: run it through -c.
        app = ["-c", f"import runpy, sys; sys.argv = ['spineprep', 'sample-pdf', {out!r}];"
               " runpy.run_module('spineprep', run_name='__main__', alter_sys=True)"]  # fmt: skip
        bare = [str(PROBES / "bare_pdf.py"), out]
        ours: list[float] = []
        floor: list[float] = []
        for _ in range(repeats + 1):
            ours.append(_timed(app, env))
            floor.append(_timed(bare, env))
    return Figure(
        "`sample-pdf`, whole process",
        "s",
        ours[1:],  # the first pair writes Python's byte code
        floor=floor[1:],
        floor_name="bare reportlab page, same font",
        goal=("ratio", 1.3),
    )


def _timed(args: list[str], env: dict[str, str]) -> float:
    import subprocess

    start = time.perf_counter()
    subprocess.run([sys.executable, *args], env=env, check=True, capture_output=True, timeout=60)
    return time.perf_counter() - start


def _in_process(repeats: int) -> Figure:
    from spineprep.sample import sample_intake
    from spineprep.settings import Settings
    from spineprep.sheet import build_sheet

    intake, settings = sample_intake(), Settings()
    build_sheet(intake, settings)  # fonts registered, modules imported
    samples = []
    for _ in range(max(20, repeats * 10)):
        start = time.perf_counter()
        build_sheet(intake, settings)
        samples.append((time.perf_counter() - start) * 1000)
    return Figure("sheet made in a running process", "ms", samples, goal=("at_most", 15))


def figures(repeats: int, quick: bool) -> list[Figure]:
    return [_whole_process(repeats), _in_process(repeats)]
