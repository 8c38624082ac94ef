"""Patient data stays in the Intake and the store: not in logs, temp files, titles, clipboard."""

from __future__ import annotations

import logging
import re
import sys
import tempfile
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from spineprep.ui.printing import print_pdf
from spineprep.ui.window import MainWindow
from tests.ui.conftest import tap
from tests.ui.test_walkthrough import walk

MARKERS = ("Ñúñez", "Okafor", "moving a sofa", "Ibuprofen")


def _files_holding_markers(folder: Path, since: set[Path]) -> list[Path]:
    hits = []
    for path in folder.rglob("*"):
        if path in since or not path.is_file():
            continue
        try:
            data = path.read_bytes()
        except OSError:
            continue
        if any(m.encode() in data or m.encode("utf-16-le") in data for m in MARKERS):
            hits.append(path)
    return hits


def test_a_whole_visit_leaves_no_patient_data_outside_the_store(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    temp = Path(tempfile.gettempdir())
    before = set(temp.rglob("*"))
    caplog.set_level(logging.DEBUG)
    qt_messages: list[str] = []
    from PySide6.QtCore import qInstallMessageHandler

    previous = qInstallMessageHandler(lambda _kind, _context, message: qt_messages.append(message))
    try:
        _, saved = walk(qtbot, window, tmp_path, flag=True)
        window.preview(window.current_pdf())
        printer = QPrinter()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        print_pdf(window.current_pdf(), printer)
        # A second patient's draft, so the autosave path runs under the same watch.
        tap(qtbot, window.done.new_button)
        tap(qtbot, window.next_button)
        qtbot.keyClicks(window.about.name, "Okafor draft")
        assert window.store is not None
        qtbot.waitUntil(lambda: window.store.latest_draft() is not None, timeout=2000)  # type: ignore[union-attr]
    finally:
        qInstallMessageHandler(previous)

    # Logs and Qt's own messages.
    for marker in MARKERS:
        assert marker not in caplog.text
        assert not any(marker in message for message in qt_messages)
    # Temp files: nothing new in the temp folder holds an answer (the test's own tmp_path aside).
    leaks = [p for p in _files_holding_markers(temp, before) if tmp_path not in p.parents]
    assert leaks == []
    # Titles: the window, the print job, the saved file's name and metadata.
    assert not any(m in window.windowTitle() for m in MARKERS)
    assert printer.docName() == "SpinePrep summary sheet"
    assert not any(m in saved.name for m in MARKERS)
    # The clipboard was never written.
    assert not any(m in QGuiApplication.clipboard().text() for m in MARKERS)
    # The data folder holds the store and nothing else with answers in it.
    holders = {p.name for p in _files_holding_markers(data_dir, set())}
    assert holders <= {"spineprep.db", "spineprep.db-wal"}
    assert not (data_dir / "settings.json").exists()
    # No network module was ever loaded.
    assert "PySide6.QtNetwork" not in sys.modules


def test_spineprep_imports_no_network_code() -> None:
    package = Path(__file__).resolve().parents[2] / "spineprep"
    pattern = re.compile(r"^\s*(import|from)\s+(socket|ssl|http|urllib|requests|PySide6\.QtNetwork)\b", re.M)
    offenders = [str(p) for p in package.rglob("*.py") if pattern.search(p.read_text(encoding="utf-8"))]
    assert offenders == []
