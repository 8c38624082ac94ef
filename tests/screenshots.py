"""Screenshots of every page, empty and filled in, for looking at the app as a patient would.

Run under a virtual display:  xvfb-run -s "-screen 0 1280x800x24" python tests/screenshots.py OUTDIR
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication

from spineprep.navigation import Step
from spineprep.sample import sample_intake
from spineprep.store import Store, default_db_path
from spineprep.ui.app import make_app, make_window


def main(out: Path, width: int = 1100, height: int = 800) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = make_app()
    window = make_window(Path(tempfile.mkdtemp()))
    window.resize(width, height)
    window.show()

    def shot(name: str) -> None:
        for _ in range(5):
            app.processEvents()
        window.grab().save(str(out / f"{name}.png"))

    shot("00-welcome")
    for step in (Step.ABOUT, Step.SEVERITY, Step.RELIEF, Step.URGENT):
        window.flow.go(step)
        window.flow.next()  # blocked: shows the messages
        shot(f"empty-{step.value}")
    window.flow.set_intake(sample_intake(date.today()))
    for index, step in enumerate(Step):
        if step is Step.WELCOME:
            continue
        window.flow.go(step)
        shot(f"{index:02d}-{step.value}")
        page = window.flow.pages[step]
        bar = page.verticalScrollBar()
        if bar.maximum() > 0:
            bar.setValue(bar.maximum())
            shot(f"{index:02d}-{step.value}-end")
    window.show_history()
    shot("99-history-empty")

    # A finished intake in the history, and an unfinished one offered on the next start.
    data = Path(tempfile.mkdtemp())
    store = Store.open(default_db_path(data))
    finished = sample_intake(date.today())
    finished.completed_at = None
    store.complete(finished)
    unfinished = sample_intake(date.today())
    unfinished.id, unfinished.completed_at = "draft", None
    store.save_draft(unfinished)
    store.close()
    window.close()
    window = make_window(data)
    window.resize(width, height)
    window.show()
    shot("98-welcome-resume")
    window.show_history()
    shot("99-history")

    # A store that cannot be used: the banner, and the flow still works.
    junk = Path(tempfile.mkdtemp())
    (junk / "spineprep.db").write_bytes(b"not a database" * 500)
    window.close()
    window = make_window(junk)
    window.resize(width, height)
    window.show()
    window.flow.go(Step.ABOUT)
    shot("97-store-problem")
    QApplication.closeAllWindows()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "shots"))
