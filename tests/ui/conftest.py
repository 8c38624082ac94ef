"""UI fixtures: a ready main window on a throwaway data folder, and widget-level helpers."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from spineprep.ui.app import make_app, make_window
from spineprep.ui.widgets.fields import DateField
from spineprep.ui.window import MainWindow


@pytest.fixture(autouse=True)
def english_after_each_test() -> Iterator[None]:
    """A test that switched the app to Spanish leaves it so for the next one (the translator
    is the application's): each test ends with English again."""
    yield
    from spineprep.language import Language
    from spineprep.ui.i18n import use_language

    use_language(Language.ENGLISH)


@pytest.fixture(autouse=True)
def no_real_question_box(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A real Yes / No box would wait for ever for a click in a test (a window closed after
    its store, say, asks whether to close with answers unsaved): it is answered "Yes" and
    the question kept. Tests that answer themselves set ``window.confirm``."""
    asked: list[str] = []

    def yes(_window: MainWindow, question: str) -> bool:
        asked.append(question)
        return True

    monkeypatch.setattr(MainWindow, "_confirm", yes)
    return asked


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    make_app()
    win = make_window(data_dir)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    # Keys go where focus is: make this window the active one (an earlier test's may have been).
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    yield win
    if win.store is not None:
        win.store.close()


@pytest.fixture
def private_tempdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty temp folder that both Python (tempfile) and Qt (QDir.tempPath, TMPDIR) use."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def tap(qtbot: QtBot, widget: QAbstractButton) -> None:
    """Click a control where a person would: the box of a check box or radio, else the middle."""
    assert widget.isVisible() and widget.isEnabled(), f"{widget.accessibleName()!r} is not tappable"
    if isinstance(widget, (QCheckBox, QRadioButton)):
        pos = QPoint(12, widget.height() // 2)
    else:
        pos = widget.rect().center()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def type_date(qtbot: QtBot, field: DateField, month: object, day: object, year: object) -> None:
    """Type a date into the Month / Day / Year boxes as a person would, replacing what was there."""
    for edit, part in zip((field.month, field.day, field.year), (month, day, year), strict=True):
        edit.clear()
        qtbot.keyClicks(edit, str(part))


def press_enter(qtbot: QtBot, window: QWidget) -> None:
    """Enter on whatever has focus (Enter = Next)."""
    from PySide6.QtWidgets import QApplication

    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, Qt.Key.Key_Return)
