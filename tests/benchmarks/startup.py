"""Cold start to the first painted window, and the peak memory by then: SpinePrep as a patient
starts it (its own process, a HOME of its own, no --data-dir) against a bare PySide6 window,
run in turn, pair by pair, so that a busy machine slows both alike."""

from __future__ import annotations

import os
import statistics
import tempfile
from pathlib import Path

from tests.benchmarks.common import PROBES, Figure, run_probe

PROBE = str(PROBES / "first_window.py")


def _env(home: Path) -> dict[str, str]:
    keep = ("PATH", "LANG", "TZ", "DISPLAY", "XAUTHORITY", "QT_QPA_PLATFORM", "USER", "LOGNAME")
    env = {name: os.environ[name] for name in keep if name in os.environ}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # No voice to look for: that is opened after the first paint anyway, and speech-dispatcher
    # starting would make the machine busier for the runs after.
    env.update(HOME=str(home), SPEECHD_ADDRESS="unix_socket:/nonexistent/speechd.sock")
    return env


def figures(repeats: int, quick: bool) -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="spineprep-bench-") as folder:
        env = _env(Path(folder))
        # Once each first: the store is created, Python's byte code written; not counted.
        run_probe([PROBE, "app"], env)
        run_probe([PROBE, "bare"], env)
        app: list[dict[str, float]] = []
        bare: list[dict[str, float]] = []
        aligned: list[float] = []
        for _ in range(repeats):
            app.append(run_probe([PROBE, "app"], env))
            bare.append(run_probe([PROBE, "bare"], env))
            aligned.append(run_probe([PROBE, "bare_aligned"], env)["painted"])
    ours = statistics.median(r["painted"] for r in app)
    return [
        Figure(
            "cold start to first painted window",
            "s",
            [r["painted"] for r in app],
            floor=[r["painted"] for r in bare],
            floor_name="bare PySide6 window",
            goal=("ratio", 1.3),
            note=f"against the bare window with its label centred (the Qt namespace's enums built):"
            f" {statistics.median(aligned):.3g} s, {ours / statistics.median(aligned):.2f}×",
        ),
        Figure(
            "peak memory at first window",
            "MiB",
            [r["peak_mib"] for r in app],
            floor=[r["peak_mib"] for r in bare],
            floor_name="bare PySide6 window",
            goal=("ratio", 1.3),
        ),
    ]
