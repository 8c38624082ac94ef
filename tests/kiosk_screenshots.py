"""Screenshots of every kiosk screen at 1280x800, for looking at it as a patient and a nurse would.

Run under a virtual display:  xvfb-run -s "-screen 0 1280x800x24" python tests/kiosk_screenshots.py OUTDIR
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from spineprep.catalogue import Flag
from spineprep.navigation import Step
from spineprep.sample import sample_intake
from spineprep.ui.app import make_app, make_window
from spineprep.ui.kiosk.controller import Kiosk
from spineprep.ui.kiosk.screens import Outcome


def quiet_for(kiosk: Kiosk, seconds: float) -> None:
    """Nobody touches the kiosk for ``seconds`` (its cycle's clock moves on)."""
    before = kiosk.cycle.now
    kiosk.cycle.now = lambda: before() + seconds
    kiosk._quiet_timeout()


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp())
    app = make_app(kiosk=True)
    window = make_window(data)
    kiosk = Kiosk(window, data)
    kiosk.make_printer = lambda: (_ for _ in ()).throw(
        __import__("spineprep.ui.printing").ui.printing.PrintError("x")
    )
    kiosk.present()

    def shot(name: str) -> None:
        for _ in range(8):
            app.processEvents()
        screen = QGuiApplication.primaryScreen()
        screen.grabWindow(0).save(str(out / f"{name}.png"))

    shot("k00-set-pin")
    for digit in "1234":
        kiosk.pin_pad.add_digit(digit)
    kiosk.pin_pad.submit()
    shot("k01-set-pin-too-short")
    for pin in ("123456", "123456"):
        for digit in pin:
            kiosk.pin_pad.add_digit(digit)
        kiosk.pin_pad.submit()
    shot("k02-start")
    kiosk.begin()
    shot("k03-about-empty")
    window.flow.next()
    shot("k04-about-problems")
    intake = sample_intake(date.today())
    intake.completed_at = None
    intake.urgent.set_flags({Flag.BLADDER_BOWEL})
    window.flow.set_intake(intake, Step.ABOUT)
    for step in (Step.ABOUT, Step.SEVERITY, Step.FREQUENCY, Step.ONSET, Step.RELIEF, Step.URGENT,
                 Step.URGENT_NOTICE, Step.NOTES, Step.REVIEW):  # fmt: skip
        window.flow.go(step)
        shot(f"k10-{step.value}")
    quiet_for(kiosk, kiosk.settings.idle_seconds)
    shot("k20-still-there")
    kiosk._stay()
    window.flow.next()  # finish: the printer fails
    for _ in range(20):
        app.processEvents()
    shot("k21-thanks-not-printed")
    kiosk.thanks.show_outcome(Outcome.PRINTED, urgent=False)
    shot("k22-thanks-printed")
    kiosk.open_staff()
    shot("k30-pin")
    kiosk.pin_pad.add_digit("9")
    kiosk.pin_pad.submit()
    shot("k31-pin-wrong")
    for digit in "123456":
        kiosk.pin_pad.add_digit(digit)
    kiosk.pin_pad.submit()
    shot("k32-staff-sheets")
    kiosk.staff.tabs.setCurrentIndex(1)
    shot("k33-staff-settings")
    kiosk.staff.tabs.widget(1).verticalScrollBar().setValue(10_000)
    shot("k34-staff-settings-end")
    kiosk.show_start()
    shot("k35-start-again")
    window.close_locked = False
    window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "kiosk-shots"))
