"""Room for the kiosk's on-screen keyboard: the window's content lifted above it, and the
text field being typed in scrolled into view (never while a finger is down)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from spineprep.ui.kiosk.idle import ActivityWatch

# What the on-screen keyboard types into, and so what is scrolled clear of it.
_TEXT_FIELDS = (QLineEdit, QPlainTextEdit, QAbstractSpinBox)


class KeyboardRoom(QObject):
    """Keeps what is typed in visible above the on-screen keyboard of ``window``."""

    def __init__(self, window: QMainWindow, stack: QStackedWidget, watch: ActivityWatch) -> None:
        super().__init__(window)
        self.window = window
        self.stack = stack
        self._scroll_on_release = False
        im = QGuiApplication.inputMethod()
        im.visibleChanged.connect(self._make_room)
        im.keyboardRectangleChanged.connect(self._make_room)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)
        watch.released.connect(self._released)

    def _make_room(self) -> None:
        """The keyboard covers the bottom of the screen: lift the whole window's content (page,
        Back / Next) above it while it shows, and keep the field being typed in in view."""
        im = QGuiApplication.inputMethod()
        covered = 0
        if im.isVisible():
            top = round(im.keyboardRectangle().top())
            covered = max(0, self.window.geometry().bottom() + 1 - top) if top > 0 else 0
        central = self.window.centralWidget()
        layout = central.layout() if central is not None else None
        if layout is None:
            return
        margins = layout.contentsMargins()
        if margins.bottom() != covered:
            layout.setContentsMargins(margins.left(), margins.top(), margins.right(), covered)
            QTimer.singleShot(0, self, self._show_focused_field)  # once the page has its new height

    def _focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        # Focus moves while the window is being torn down too (its pages go first).
        if shiboken6.isValid(self.stack):
            self._show_focused_field()

    def _show_focused_field(self) -> None:
        """Scroll a text field that took focus into view (above the keyboard). Only text fields:
        a tapped answer is already where the finger is. And never while a finger or button is
        down: the page must not move between press and release, or the release misses what
        was pressed and the next taps land on its neighbours; it scrolls on the release."""
        if QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            self._scroll_on_release = True
            return
        self._scroll_on_release = False
        focused = QApplication.focusWidget()
        page = self.stack.currentWidget()
        if isinstance(focused, _TEXT_FIELDS) and isinstance(page, QScrollArea) and page.isAncestorOf(focused):
            page.ensureWidgetVisible(focused, 0, 60)

    def _released(self) -> None:
        if self._scroll_on_release:
            QTimer.singleShot(0, self, self._show_focused_field)
