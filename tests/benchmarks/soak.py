"""The kiosk soak: one process takes N patients (each answers a couple of questions, finishes,
gets the sheet printed, and the kiosk resets); memory (RSS) at patient 50 against patient N, and
live QObjects after each reset against the first reset. Run as its own process, offscreen, on a
throwaway data folder; the sheets go to a PDF-writing QPrinter at 300 dpi (drawn as images, the
way that used to leak), or to the CUPS queue with SOAK_PRINTER=queue."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from tests.benchmarks.common import Figure, run_probe

# Read aloud would talk to this machine's speech-dispatcher (as in tests/conftest.py: never).
NO_SPEECH = "unix_socket:/nonexistent/spineprep-tests/speechd.sock"


def live_qobjects() -> int:
    """QObjects reachable: every top-level widget and the application with all their children,
    plus parentless QObjects that Python holds (shiboken6's wrappers), each counted once."""
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QObject
    from PySide6.QtWidgets import QApplication

    app = QCoreApplication.instance()
    assert isinstance(app, QApplication)
    roots: list[QObject] = [app, *app.topLevelWidgets()]
    roots += [o for o in shiboken6.getAllValidWrappers() if isinstance(o, QObject) and o.parent() is None]
    seen: set[int] = set()
    for root in roots:
        for obj in [root, *root.findChildren(QObject)]:
            seen.add(shiboken6.getCppPointer(obj)[0])
    return len(seen)


def rss_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def soak(patients: int, folder: Path) -> dict[str, float]:
    """The kiosk loop itself (in the child process)."""
    import gc
    from datetime import date

    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    from spineprep.kiosk import Screen
    from spineprep.navigation import Step
    from spineprep.sample import sample_intake
    from spineprep.staff_pin import StaffPin
    from spineprep.ui.app import make_app, make_window
    from spineprep.ui.kiosk.controller import Kiosk
    from spineprep.ui.kiosk.screens import Outcome

    app = make_app(kiosk=True)
    data = folder / "data"
    data.mkdir(mode=0o700)
    StaffPin.in_folder(data).set_pin("246810")
    window = make_window(data)
    kiosk = Kiosk(window, data)

    def pdf_printer() -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(folder / "printed.pdf"))
        printer.setResolution(300)
        return printer

    if os.environ.get("SOAK_PRINTER") == "queue":
        kiosk.make_printer = lambda: QPrinter(
            QPrinterInfo.defaultPrinter(), QPrinter.PrinterMode.HighResolution
        )
    else:
        kiosk.make_printer = pdf_printer
    kiosk.present()
    app.processEvents()
    result: dict[str, float] = {"failed": 0}
    objects: list[int] = []
    for patient in range(1, patients + 1):
        kiosk.start.button.click()
        intake = sample_intake(date.today())  # the rest of the answers, so the sheet is full
        intake.id, intake.completed_at = f"soak-{patient}", None
        window.flow.set_intake(intake, Step.ABOUT)
        window.about.name.setText(f"Soak Patient {patient}")
        window.flow.go(Step.SEVERITY)
        window.severity.pain_now.buttons[patient % 11].click()
        window.flow.go(Step.REVIEW)
        window.next_button.click()  # Finish: the sheet prints
        deadline = time.monotonic() + (30 if kiosk.screen is Screen.THANKS else 0)
        while kiosk.thanks.outcome is Outcome.PRINTING and time.monotonic() < deadline:
            app.processEvents()
        result["failed"] += kiosk.screen is not Screen.THANKS or kiosk.thanks.outcome is not Outcome.PRINTED
        kiosk.end_session()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()
        gc.collect()
        objects.append(live_qobjects())
        if patient == min(50, patients):
            result["rss_50"] = rss_mb()
    result["rss_last"] = rss_mb()
    result["objects_first"] = objects[0]
    result["objects_max_growth"] = max(objects) - objects[0]
    result["objects_last_growth"] = objects[-1] - objects[0]
    # Qt makes one QPropertyAnimation of its own on the second patient and keeps reusing it.
    result["objects_growth_after_second"] = max(objects[1:] or [0]) - (objects[1:] or [0])[0]
    if window.store is not None:
        window.store.close()
    return result


def figures(repeats: int, quick: bool) -> list[Figure]:
    patients = 60 if quick else 1000
    with tempfile.TemporaryDirectory(prefix="spineprep-soak-") as scratch:
        env = dict(
            os.environ, QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="qt.*=false", SPEECHD_ADDRESS=NO_SPEECH
        )
        got = run_probe(["-m", "tests.benchmarks.soak", str(patients), scratch], env, timeout=3600)
    note = f"{patients} patients, {got['failed']:.0f} not printed; QObjects counted from the app's trees"
    return [
        Figure(
            f"kiosk soak: RSS growth, patient 50 → {patients}",
            "MB",
            [got["rss_last"] - got["rss_50"]],
            stat="last",
            goal=("at_most", 10),
            note=note,
            extra={"rss_50": got["rss_50"], "rss_last": got["rss_last"]},
        ),
        Figure(
            "kiosk soak: live QObjects after each reset, beyond the count after patient 2",
            "objects",
            [got["objects_growth_after_second"]],
            stat="max",
            goal=("at_most", 0),
            note=f"{got['objects_first']:.0f} after patient 1; patient 2 adds one for good (Qt's"
            " own QPropertyAnimation, made once and reused):"
            f" at most +{got['objects_max_growth']:.0f} over patient 1",
        ),
    ]


if __name__ == "__main__":
    import json
    import sys

    print(json.dumps(soak(int(sys.argv[1]), Path(sys.argv[2]))))
    sys.stdout.flush()
    os._exit(0)  # no teardown: the figures are taken
