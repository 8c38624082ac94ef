"""Kiosk test helpers: a kiosk on a throwaway data folder, a PDF-file printer, widget snapshots."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from spineprep.staff_pin import StaffPin
from spineprep.ui.app import make_app, make_window
from spineprep.ui.kiosk.controller import Kiosk

PIN = "246810"


def pdf_printers(folder: Path) -> Callable[[], QPrinter]:
    """A printer factory: each job is a new PDF file in ``folder`` (a real QPrinter, no dialog).

    Screen resolution keeps a hundred jobs quick; the kiosk's path through Qt is the same.
    """
    folder.mkdir(parents=True, exist_ok=True)
    numbers = itertools.count(1)

    def make() -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(folder / f"job-{next(numbers):03d}.pdf"))
        return printer

    return make


def open_kiosk(qtbot: QtBot, data_dir: Path, out: Path, *, pin: bool = True) -> Kiosk:
    make_app(kiosk=True)
    if pin:
        StaffPin.in_folder(data_dir).set_pin(PIN)
    window = make_window(data_dir)
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "close_locked", False))
    kiosk = Kiosk(window, data_dir)
    kiosk.make_printer = pdf_printers(out)
    kiosk.present()
    qtbot.waitExposed(window)
    return kiosk


def input_state(root: QWidget) -> list[tuple[str, object]]:
    """Every input control under ``root`` and what it holds, sorted (raising a widget reorders
    its siblings, so Qt's child order is not stable)."""
    state: list[tuple[str, object]] = []
    for widget in root.findChildren(QWidget):
        name = f"{type(widget).__name__}:{widget.accessibleName()}"
        if isinstance(widget, QLineEdit):
            state.append((name, widget.text()))
        elif isinstance(widget, QPlainTextEdit):
            state.append((name, widget.toPlainText()))
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            state.append((name, widget.isChecked()))
        elif isinstance(widget, QComboBox):
            state.append((name, widget.currentIndex()))
    return sorted(state, key=repr)


def all_visible_text() -> str:
    """Every string any widget of the app holds: text, names, descriptions, tips, titles."""
    parts: list[str] = []
    for widget in QApplication.allWidgets():
        parts += [
            widget.accessibleName(),
            widget.accessibleDescription(),
            widget.toolTip(),
            widget.windowTitle(),
        ]
        if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
            parts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            parts.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            parts += [widget.itemText(i) for i in range(widget.count())]
    return "\n".join(parts)


def type_pin(kiosk: Kiosk, qtbot: QtBot, digits: str) -> None:
    """Tap the PIN pad's keys, then OK."""
    from tests.ui.conftest import tap

    for digit in digits:
        tap(qtbot, kiosk.pin_pad.keys[digit])
    tap(qtbot, kiosk.pin_pad.ok_button)


def quiet_for(kiosk: Kiosk, seconds: float) -> None:
    """Nobody touches the kiosk for ``seconds``: its cycle's clock moves on for good and the
    quiet timer fires (no real waiting)."""
    before = kiosk.cycle.now
    kiosk.cycle.now = lambda: before() + seconds
    kiosk._quiet_timeout()
