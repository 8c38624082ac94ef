"""Timings inside a running SpinePrep window (offscreen, 1280×800), as its own process:

- ``in_window.py pages N``: Next → the next page painted, for every step of a whole visit, N
  visits; what the patient waits for between a tap and the new page.
- ``in_window.py history DATA_DIR``: open Past summaries over that folder's store (its first
  page painted), then the next page ("Show older summaries").

One JSON line: {"name": [milliseconds, ...], ...}.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path


def _window(folder: Path):  # type: ignore[no-untyped-def]

    from spineprep.ui.app import make_app, make_window

    app = make_app()
    window = make_window(folder)
    window.resize(1280, 800)
    window.show()
    window.build_rest()
    app.processEvents()
    return app, window


def pages(visits: int) -> dict[str, list[float]]:
    import tempfile

    from spineprep.navigation import Step
    from spineprep.sample import sample_intake

    times: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        app, window = _window(Path(folder))
        for _ in range(visits + 1):
            window.flow.set_intake(sample_intake())
            app.processEvents()
            while window.flow.step is not Step.DONE:
                before = window.flow.step
                start = time.perf_counter()
                window._next()
                window.repaint()  # the new page painted, now
                took = (time.perf_counter() - start) * 1000
                times.setdefault(f"{before.name.title()} → {window.flow.step.name.title()}", []).append(took)
                app.processEvents()
    # The first visit builds caches (fonts, styles): not counted.
    return {step: samples[1:] for step, samples in times.items()}


def history(folder: Path) -> dict[str, list[float]]:
    start = time.perf_counter()
    _app, window = _window(folder)
    opened = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    window.show_history()
    window.repaint()
    first = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    window.history.moreRequested.emit()
    window.repaint()
    more = (time.perf_counter() - start) * 1000
    shown = len(window.history.ids)
    return {
        "window with the store open": [opened],
        "first page": [first],
        "next page": [more],
        "rows": [shown],
    }


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # No voice: this machine's speech-dispatcher is not what is measured.
    os.environ["SPEECHD_ADDRESS"] = "unix_socket:/nonexistent/speechd.sock"
    result = pages(int(sys.argv[2])) if sys.argv[1] == "pages" else history(Path(sys.argv[2]))
    print(json.dumps(result))
    sys.stdout.flush()
    os._exit(0)
