"""Autosave: every change is written as a draft within half a second, in one transaction."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from spineprep.ui.messages import say
from spineprep.visit import Visit

#: Longest time a change waits to be written. Changes within it share one write; the timer is
#: not restarted by later changes, so steady typing is still saved every half second.
DELAY_MS = 500


class Autosaver(QObject):
    """When the visit writes its draft (Visit.save_draft decides what is written). ``failed``
    carries one plain sentence; ``recovered`` follows the first success after a failure."""

    failed = Signal(str)
    recovered = Signal()

    def __init__(self, visit: Visit, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.visit = visit
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.flush)

    def schedule(self) -> None:
        if self.visit.store is not None and not self.timer.isActive():
            self.timer.start()

    def flush(self) -> None:
        """Write now if a save is pending (also called on quit)."""
        self.timer.stop()
        was_failing = self.visit.draft_failing
        problem = self.visit.save_draft()
        if problem is not None:
            self.failed.emit(say(problem))
        elif was_failing and not self.visit.draft_failing:  # written this time
            self.recovered.emit()

    def pending(self) -> bool:
        return self.timer.isActive()
