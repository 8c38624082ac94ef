"""Autosave: every change is written as a draft within half a second, in one transaction."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from spineprep.ui.messages import say
from spineprep.visit import Visit

#: Longest time a change waits to be written. Changes within it share one write; the timer is
#: not restarted by later changes, so steady typing is still saved every half second.
DELAY_MS = 500
#: While answers are not in the store (a full or failing disk), how often it is tried again.
RETRY_MS = 10_000


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
        self.retry = QTimer(self)
        self.retry.setInterval(RETRY_MS)
        self.retry.timeout.connect(self.flush)

    def schedule(self) -> None:
        has_store = self.visit.store is not None or self.visit.store_path is not None
        if has_store and not self.timer.isActive():
            self.timer.start()

    def flush(self) -> None:
        """Write now if a save is pending (also called on quit)."""
        self.timer.stop()
        visit = self.visit
        was_failing = visit.draft_failing or visit.store is None
        problem = visit.save_draft()
        if problem is not None:
            self.failed.emit(say(problem))
        elif was_failing and not visit.draft_failing and visit.store is not None:  # written this time
            self.recovered.emit()
        # Answers the store has not taken are written again every few seconds until it does.
        if visit.at_risk():
            if not self.retry.isActive():
                self.retry.start()
        else:
            self.retry.stop()

    def pending(self) -> bool:
        return self.timer.isActive()
