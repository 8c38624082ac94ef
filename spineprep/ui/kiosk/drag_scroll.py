"""Scrolling a kiosk page by dragging it with a pointer, as many touch screens under X send a finger.

Qt's own scroller holds every press back to decide whether it starts a drag, which delays taps
and replays them; this filter lets a press through at once and only takes over once the pointer
has moved further than a tap wobbles. From then on the page follows the pointer, and what was
pressed is released without being chosen: a tap chooses what was under the finger, a drag
chooses nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLineEdit,
    QScrollArea,
    QScrollBar,
    QWidget,
)

#: How far (in pixels) a pointer may wobble during a tap before it counts as a drag.
DRAG_THRESHOLD = 16


class DragToScroll(QObject):
    """Installed on the application; ``pages`` says which scroll areas may be dragged."""

    def __init__(self, pages: Callable[[], list[QScrollArea]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pages = pages
        self._area: QScrollArea | None = None
        self._pressed: QWidget | None = None
        self._start_y = 0.0
        self._start_value = 0
        self._press_time = -1
        self.dragging = False

    def _page_of(self, start: QWidget) -> QScrollArea | None:
        """The page whose content ``start`` is in; None for its scroll bar (dragged as a scroll
        bar) and for text boxes (a drag there selects text, and they scroll themselves)."""
        if isinstance(start, (QAbstractScrollArea, QLineEdit, QScrollBar)):
            return None
        pages = self.pages()
        widget: QWidget | None = start
        while widget is not None:
            if isinstance(widget, QScrollArea) and widget in pages:
                viewport = widget.viewport()
                return widget if start is viewport or viewport.isAncestorOf(start) else None
            if isinstance(widget, (QAbstractScrollArea, QScrollBar)):
                return None  # inside a text box or a scroll bar's own parts
            widget = widget.parentWidget()
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind not in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.MouseButtonRelease):
            return False
        assert isinstance(event, QMouseEvent)
        if kind is QEvent.Type.MouseButtonPress:
            # The same press travels on to parents a widget ignores it for: note it once.
            fresh = event.timestamp() != self._press_time
            if event.button() is Qt.MouseButton.LeftButton and fresh and isinstance(watched, QWidget):
                self._press_time = event.timestamp()
                self.dragging = False
                self._area = self._page_of(watched)
                self._pressed = watched
                self._start_y = event.globalPosition().y()
                self._start_value = self._area.verticalScrollBar().value() if self._area else 0
            return False
        if self._area is None:
            return False
        if kind is QEvent.Type.MouseMove:
            if not event.buttons() & Qt.MouseButton.LeftButton:
                return False
            moved = event.globalPosition().y() - self._start_y
            if not self.dragging and abs(moved) >= DRAG_THRESHOLD:
                self.dragging = True
                if isinstance(self._pressed, QAbstractButton):
                    self._pressed.setDown(False)  # released on lift without a click
            if self.dragging:
                self._area.verticalScrollBar().setValue(self._start_value - round(moved))
                return True
            return False
        # The release: a drag ends here and chooses nothing; a tap goes on as usual.
        was_dragging = self.dragging
        self._area, self._pressed, self.dragging = None, None, False
        return was_dragging
