"""What the first page waits for: SpinePrep started as a patient starts it (its own process, a
fresh HOME, no --data-dir) paints Welcome before loading the store's library, the sheet's,
printing or the voice; those come when first needed."""

from __future__ import annotations

import os
import tempfile

from tests.benchmarks.common import PROBES, run_probe


def test_the_first_page_is_painted_before_the_store_the_sheet_printing_and_the_voice_load() -> None:
    with tempfile.TemporaryDirectory() as home:
        env = {name: os.environ[name] for name in ("PATH", "LANG", "TZ") if name in os.environ}
        env.update(HOME=home, QT_QPA_PLATFORM="offscreen", SPEECHD_ADDRESS="unix_socket:/nonexistent/s.sock")
        first = run_probe([str(PROBES / "first_window.py"), "app"], env)  # creates the store
        again = run_probe([str(PROBES / "first_window.py"), "app"], env)
    assert first["heavy"] == [] and again["heavy"] == []
    assert again["painted"] < 5  # (a generous bound; the benchmark holds the real figure)
