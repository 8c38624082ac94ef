"""Accessible interfaces where Qt's own are wrong or unsafe, installed as a factory at start.

- A big checkable button that picks one of a set (marked by ``widgets/one_of.py``) is exposed
  as a radio button; Qt exposes it as a check box.
- A scroll area's children are counted and fetched with a bounds check. Qt 6.12's own
  interface indexes its list of children (viewport, scroll bars, corner) unchecked; a screen
  reader that counted them just before a scroll bar hid asks for one past the end, and the app
  crashed (found by the kiosk's walk over AT-SPI, in Spanish).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAbstractButton, QAccessibleWidget, QScrollArea, QWidget

# The property that marks a button as one of a set (``widgets/one_of.py`` sets it).
ONE_OF = "spineprepOneOf"
_installed = False
# (PySide6 keeps every interface the factory returns alive until the app ends: Qt, which
# holds the pointer and deletes it with its widget, never meets a freed one.)


class _RadioAccessible(QAccessibleWidget):
    """A checkable button read as a radio button: name, checked state, and a press action."""

    def __init__(self, button: QAbstractButton) -> None:
        super().__init__(button, QAccessible.Role.RadioButton)

    def _button(self) -> QAbstractButton | None:
        button = self.widget()  # (None once Qt has deleted the button)
        return button if isinstance(button, QAbstractButton) else None

    def text(self, kind: QAccessible.Text) -> str:
        own = super().text(kind)
        button = self._button()
        if kind == QAccessible.Text.Name and not own and button is not None:
            return button.text().replace("\n", " ")
        return own

    def state(self) -> QAccessible.State:
        state = super().state()
        button = self._button()
        state.checkable = True
        state.checked = button is not None and button.isChecked()
        return state

    def actionNames(self) -> list[str]:  # noqa: N802 - Qt override
        return [QAccessibleWidget.toggleAction(), *super().actionNames()]

    def doAction(self, name: str) -> None:  # noqa: N802 - Qt override
        button = self._button()
        if name in (QAccessibleWidget.toggleAction(), QAccessibleWidget.pressAction()):
            if button is not None:
                button.click()
        else:
            super().doAction(name)


class _ScrollAreaAccessible(QAccessibleWidget):
    """A scroll area: its viewport, its shown scroll bars and corner, fetched with a bounds check."""

    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area, QAccessible.Role.Client)  # (Qt's own role for a scroll area)

    def _children(self) -> list[QWidget]:
        area = self.widget()
        if not isinstance(area, QScrollArea):
            return []
        shown: list[QWidget] = [area.viewport()]
        for bar in (area.horizontalScrollBar(), area.verticalScrollBar()):
            container = bar.parentWidget()
            if bar.isVisible() and container is not None:
                shown.append(container)
        corner = area.cornerWidget()
        if corner is not None and corner.isVisible():
            shown.append(corner)
        return shown

    def childCount(self) -> int:  # noqa: N802 - Qt override
        return len(self._children())

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]  # (None: no such child)
        children = self._children()
        return QAccessible.queryAccessibleInterface(children[index]) if 0 <= index < len(children) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # noqa: N802 - Qt override
        target = child.object() if child is not None else None
        return next((i for i, widget in enumerate(self._children()) if widget is target), -1)


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    interface: QAccessibleInterface | None = None
    if isinstance(obj, QAbstractButton) and obj.property(ONE_OF):
        interface = _RadioAccessible(obj)
    elif isinstance(obj, QScrollArea):
        interface = _ScrollAreaAccessible(obj)
    return interface


def install() -> None:
    """Install the factory (once; later calls do nothing)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
