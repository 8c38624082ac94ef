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
    shot("99-history")
    QApplication.closeAllWindows()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "shots"))
