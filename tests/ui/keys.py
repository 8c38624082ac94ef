"""Keyboard-only driving: every key goes to whatever has focus, as for a person with no mouse."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

_MOUSE = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.TouchBegin,
}


class NoMouse(QObject):
    """Counts every mouse press or touch the application sees (the test asserts there are none)."""

    def __init__(self) -> None:
        super().__init__()
        self.seen = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in _MOUSE:
            self.seen += 1
        return False


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifier)
    QApplication.processEvents()


def type_text(text: str) -> None:
    """ASCII only (QTest aborts on anything else)."""
    QTest.keyClicks(focused(), text)
    QApplication.processEvents()


def tab_to(target: QWidget, limit: int = 120, backwards: bool = False) -> int:
    """Press Tab (or Shift+Tab) until ``target`` has focus; the number of presses it took."""
    for presses in range(limit):
        if focused() is target:
            return presses
        if backwards:
            press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        else:
            press(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.accessibleName() or target.objectName()!r}")


def focus_ring(start: QWidget, limit: int = 300) -> list[QWidget]:
    """Every widget Tab visits from ``start`` until it comes back round (or ``limit``)."""
    seen: list[QWidget] = []
    for _ in range(limit):
        press(Qt.Key.Key_Tab)
        widget = focused()
        if widget is start or widget in seen:
            break
        seen.append(widget)
    return seen


def arrow_to(target: QWidget, limit: int = 30) -> None:
    """Move focus inside an option group with the arrow keys, toward ``target``."""
    for _ in range(limit):
        current = focused()
        if current is target:
            return
        here = current.mapToGlobal(current.rect().center())
        there = target.mapToGlobal(target.rect().center())
        dx, dy = there.x() - here.x(), there.y() - here.y()
        if abs(dy) > current.height() // 2:
            press(Qt.Key.Key_Down if dy > 0 else Qt.Key.Key_Up)
        else:
            press(Qt.Key.Key_Right if dx > 0 else Qt.Key.Key_Left)
    raise AssertionError(f"the arrow keys never reached {target.accessibleName()!r}")


def tab_into(group: list[QWidget], limit: int = 120) -> None:
    """Press Tab until focus is in ``group`` (an option group is one Tab stop)."""
    for _ in range(limit):
        if focused() in group:
            return
        press(Qt.Key.Key_Tab)
    raise AssertionError("Tab never reached the group")
