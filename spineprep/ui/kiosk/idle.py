"""Noticing people: any touch, click or key anywhere in the app, and a long press on one widget."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

# What counts as someone being there. Not mouse moves: a mouse resting on the kiosk's shelf
# can jitter, and a touch screen sends presses anyway.
_ACTIVITY = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TouchEnd,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
        QEvent.Type.InputMethod,
        QEvent.Type.TabletPress,
    }
)


class ActivityWatch(QObject):
    """Installed on the application: sees every input event, in every window (also the
    on-screen keyboard's), before any widget does; it only listens and never eats one."""

    activity = Signal()
    #: A finger or mouse button was lifted (what waits for it may now move the page).
    released = Signal()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind in _ACTIVITY:
            self.activity.emit()
            if kind in (QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd):
                self.released.emit()
        return False


class LongPress(QObject):
    """Emits ``pressed`` when ``widget`` is held down for ``ms`` milliseconds."""

    pressed = Signal()

    def __init__(self, widget: QWidget, ms: int) -> None:
        super().__init__(widget)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(ms)
        self.timer.timeout.connect(self.pressed)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
            self.timer.start()
        elif kind in (
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.TouchEnd,
            QEvent.Type.TouchCancel,
            QEvent.Type.Leave,
            QEvent.Type.Hide,
        ):
            self.timer.stop()
        return False
