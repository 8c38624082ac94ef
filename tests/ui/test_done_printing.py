"""Print… from the Done page: no printer, a cancelled dialog, and a real job through CUPS."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from spineprep.navigation import Step
from spineprep.sample import sample_intake
from spineprep.ui.window import MainWindow
from tests.ui.conftest import tap

ROOT = Path(__file__).resolve().parents[2]
CUPS_OUT = Path(os.environ.get("SPINEPREP_CUPS_OUT", "/srv/cups-out"))

# A machine with no print server: libcups is pointed at a socket that does not exist.
NO_PRINTER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from spineprep.navigation import Step
    from spineprep.sample import sample_intake
    from spineprep.ui.app import make_app, make_window

    app = make_app()
    w = make_window(Path(sys.argv[1]))
    w.show()
    w.flow.set_intake(sample_intake())
    w.flow.go(Step.REVIEW)
    QTest.mouseClick(w.next_button, Qt.MouseButton.LeftButton)
    QTest.mouseClick(w.done.print_button, Qt.MouseButton.LeftButton)
    print(w.done.status.text(), "|", w.done.status.property("error"))
    w.ask_save_path = lambda _parent: Path(sys.argv[1]) / "kept.pdf"
    QTest.mouseClick(w.done.save_button, Qt.MouseButton.LeftButton)
    print(w.done.status.text())
    w.store.close()
    """
)


def test_no_printer_is_told_plainly_and_the_pdf_can_still_be_saved(data_dir: Path) -> None:
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), CUPS_SERVER="/nonexistent/cups.sock"
    )
    result = subprocess.run(
        [sys.executable, "-c", NO_PRINTER, str(data_dir)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    printed, saved = result.stdout.strip().splitlines()
    assert printed.startswith("No printer is set up on this computer.")
    assert printed.endswith("| True")
    assert saved.startswith("Saved to") and (data_dir / "kept.pdf").read_bytes().startswith(b"%PDF")


def _pages(job: Path) -> int:
    """Pages in a job file, 0 while cups-pdf is still writing it."""
    try:
        return len(PdfReader(str(job)).pages)
    except Exception:  # a half-written file is not an error yet
        return 0


def _to_done(qtbot: QtBot, w: MainWindow) -> None:
    w.flow.set_intake(sample_intake())
    w.flow.go(Step.REVIEW)
    tap(qtbot, w.next_button)
    assert w.flow.step is Step.DONE


def _answer_dialog(accept: bool) -> None:
    """Press OK or Cancel in the print dialog once it is up (it is modal)."""

    def press() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(50, press)
            return
        dialog.accept() if accept else dialog.reject()

    QTimer.singleShot(50, press)


@pytest.mark.cups
def test_cancelled_print_dialog_says_so(qtbot: QtBot, window: MainWindow) -> None:
    _to_done(qtbot, window)
    _answer_dialog(accept=False)
    tap(qtbot, window.done.print_button)
    assert "cancelled" in window.done.status.text()
    assert window.done.status.property("error") is False


@pytest.mark.cups
def test_print_dialog_sends_the_sheet_to_a_real_queue(qtbot: QtBot, window: MainWindow) -> None:
    before = set(CUPS_OUT.glob("*.pdf"))
    _to_done(qtbot, window)
    _answer_dialog(accept=True)
    tap(qtbot, window.done.print_button)
    assert window.done.status.text() == "The sheet was sent to ClinicPDF.", window.done.status.text()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not (set(CUPS_OUT.glob("*.pdf")) - before):
        qtbot.wait(100)
    new = set(CUPS_OUT.glob("*.pdf")) - before
    assert len(new) == 1, "no job arrived from CUPS"
    job = new.pop()
    qtbot.waitUntil(lambda: _pages(job) == 1, timeout=10_000)
    # The job's file name carries the job title: never the patient's name.
    assert "Zo" not in job.name and "SAMPLE" not in job.name
    job.unlink()


@pytest.mark.cups
def test_a_failed_print_job_is_told_and_the_pdf_can_still_be_saved(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """A printer that cannot start (its output folder does not exist): one plain sentence."""
    from PySide6.QtPrintSupport import QPrinter

    from spineprep.ui.sheet_actions import print_with_dialog

    def broken(_parent: object) -> QPrinter:
        printer = QPrinter()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "no-such-folder" / "out.pdf"))
        return printer

    _to_done(qtbot, window)
    window.print_dialog = lambda pdf, parent: print_with_dialog(pdf, parent, broken)
    tap(qtbot, window.done.print_button)
    status = window.done.status.text()
    assert status.startswith("Printing failed:") and "You can still save the PDF." in status
    assert "Traceback" not in status and window.done.status.property("error") is True
    window.ask_save_path = lambda _parent: tmp_path / "kept.pdf"
    tap(qtbot, window.done.save_button)
    assert (tmp_path / "kept.pdf").read_bytes().startswith(b"%PDF")
