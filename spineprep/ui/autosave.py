"""Autosave: every change is written as a draft within half a second, in one transaction."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from spineprep.intake import Intake
from spineprep.store import Store, StoreError
from spineprep.ui.messages import store_message

#: Longest time a change waits to be written. Changes within it share one write; the timer is
#: not restarted by later changes, so steady typing is still saved every half second.
DELAY_MS = 500


class Autosaver(QObject):
    """Debounced draft writer. ``failed`` carries one plain sentence; ``recovered`` follows a success."""

    failed = Signal(str)
    recovered = Signal()

    def __init__(
        self, store: Store | None, current: Callable[[], Intake], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._current = current
        self._failing = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.flush)

    def schedule(self) -> None:
        if self.store is not None and not self.timer.isActive():
            self.timer.start()

    def flush(self) -> None:
        """Write now if a save is pending (also called on quit)."""
        self.timer.stop()
        intake = self._current()
        if self.store is None or intake.is_blank() or intake.completed_at is not None:
            return
        try:
            self.store.save_draft(intake)
        except StoreError as error:
            self._failing = True
            self.failed.emit(store_message(error))
            return
        if self._failing:
            self._failing = False
            self.recovered.emit()

    def pending(self) -> bool:
        return self.timer.isActive()
