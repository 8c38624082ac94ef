"""Kiosk rules without Qt: which screen waits how long, and which sheets retention removes."""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import Enum

from spineprep.settings import Settings

#: The thank-you screen goes back to "Tap to start" after this long (or a tap).
THANKS_SECONDS = 20
#: The staff area and the PIN pad go back to "Tap to start" after this long untouched.
STAFF_IDLE_SECONDS = 120
#: How often finished sheets past their keeping time are deleted (also once at start).
PURGE_EVERY_SECONDS = 3600
#: Pressing the clinic name this long opens the staff PIN pad (Ctrl+Alt+S does too).
LONG_PRESS_MS = 3000


class Screen(Enum):
    """What the kiosk is showing."""

    START = "start"  # "Tap to start"
    QUESTIONS = "questions"  # any page of the flow
    STILL_THERE = "still_there"  # "Are you still there?" with its countdown
    THANKS = "thanks"
    PIN = "pin"
    STAFF = "staff"


def quiet_limit(screen: Screen, settings: Settings) -> int | None:
    """Seconds without a touch or key before the kiosk moves on from ``screen`` (None: never).

    From the questions it asks "Are you still there?"; from the countdown it wipes the answers;
    from every other screen but the start it goes back to "Tap to start".
    """
    return {
        Screen.START: None,
        Screen.QUESTIONS: settings.idle_seconds,
        Screen.STILL_THERE: settings.countdown_seconds,
        Screen.THANKS: THANKS_SECONDS,
        Screen.PIN: STAFF_IDLE_SECONDS,
        Screen.STAFF: STAFF_IDLE_SECONDS,
    }[screen]


def keep_after(now: datetime, settings: Settings) -> datetime:
    """Finished intakes completed before this moment are past their keeping time."""
    return now - timedelta(hours=settings.retention_hours)


def start_of_day(now: datetime) -> datetime:
    """Midnight at the start of ``now``'s day: the staff list shows sheets since then."""
    return now.replace(hour=0, minute=0, second=0, microsecond=0)
