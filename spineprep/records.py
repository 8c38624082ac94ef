"""What the store hands back: a past intake as the history list shows it, a finished one with
its print state, a draft with when it was saved. No storage here: pages use these."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from spineprep.intake import Intake


@dataclass(frozen=True)
class HistoryEntry:
    """One completed intake as the history list shows it."""

    id: str
    completed_at: datetime
    full_name: str
    pain_now: int | None
    pain_worst: int | None


@dataclass(frozen=True)
class Finished:
    """A completed intake with its print state, as the kiosk's staff list shows it."""

    intake: Intake
    printed_at: datetime | None
    #: False for answers the store has not taken yet (the kiosk keeps them for the staff).
    stored: bool = True


@dataclass(frozen=True)
class Draft:
    """An unfinished intake and when it was last saved (naive local time, like Intake's times)."""

    intake: Intake
    saved_at: datetime
