"""The kiosk without Qt: its session cycle as a state machine on an injectable clock, which
screen waits how long, and which sheets retention removes."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from enum import Enum

from spineprep import navigation
from spineprep.intake import Intake
from spineprep.navigation import Step
from spineprep.settings import Settings

# The thank-you screen goes back to "Tap to start" after this long (or a tap).
THANKS_SECONDS = 20
# The staff area and the PIN pad go back to "Tap to start" after this long untouched.
STAFF_IDLE_SECONDS = 120
# How often finished sheets past their keeping time are deleted (also once at start).
PURGE_EVERY_SECONDS = 3600
# Pressing the clinic name this long opens the staff PIN pad (Ctrl+Alt+S does too).
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


def sent_to_front_desk(intake: Intake, today: date) -> bool:
    """Did the patient tick an urgent symptom (so they were told to go to the desk) and answer
    every required question? Then, gone quiet, their answers are printed for the desk, not wiped."""
    return intake.urgent.alarming and not navigation.problems(Step.REVIEW, intake, today)


class Do(Enum):
    """What the kiosk's screen does after an event (the Qt side carries it out)."""

    NOTHING = "nothing"
    WIPE_TO_START = "wipe_to_start"  # forget the patient, show "Tap to start"
    BACK_TO_QUESTIONS = "back_to_questions"  # show the page the patient was on again
    ASK_STILL_THERE = "ask_still_there"  # "Are you still there?" and its countdown
    FINISH_FOR_DESK = "finish_for_desk"  # store and print the answers of a patient gone to the desk
    THANK_AND_PRINT = "thank_and_print"  # "Printing…" on the thank-you screen, then print
    ASK_PIN = "ask_pin"  # the PIN pad (what it asks is pin_talk's)
    OPEN_STAFF = "open_staff"


class Cycle:
    """The kiosk's session cycle as states and transitions, on an injectable clock (seconds,
    monotonic): Tap to start → questions → thank you → wipe → Tap to start, with "Are you still
    there?" after a quiet spell, and the staff area behind the PIN.

    Each event returns what to do; ``seconds_left`` says when ``timeout`` is next due.
    """

    def __init__(self, settings: Settings, now: Callable[[], float] = time.monotonic) -> None:
        self.settings = settings
        self.now = now
        self.screen = Screen.START
        # The first start: the pad waits for staff to set a PIN; nobody gets past it.
        self.setting_up = False
        # Finishing for the desk: nobody is there to thank.
        self.unattended = False
        self._deadline: float | None = None
        self._return_to = Screen.START

    # --- time ---------------------------------------------------------------------------

    def _enter(self, screen: Screen) -> None:
        self.screen = screen
        self._arm()

    def _arm(self) -> None:
        limit = None if self.setting_up else quiet_limit(self.screen, self.settings)
        self._deadline = None if limit is None else self.now() + limit

    def seconds_left(self) -> float | None:
        """Until ``timeout`` is due (None: this screen waits for ever)."""
        return None if self._deadline is None else max(0.0, self._deadline - self.now())

    def countdown(self) -> int:
        """Whole seconds shown on "Are you still there?" (rounded: a tick timer that fires a
        little early must still show one second less each time)."""
        return round(self.seconds_left() or 0)

    def timeout(self, answers: Intake, today: date) -> Do:
        """The quiet timer fired: move on if the screen's time is really up."""
        left = self.seconds_left()
        if left is None or left > 0:
            return Do.NOTHING  # early (or a screen that waits): the timer is set again
        if self.screen is Screen.QUESTIONS:
            self._enter(Screen.STILL_THERE)
            return Do.ASK_STILL_THERE
        if self.screen is Screen.STILL_THERE and sent_to_front_desk(answers, today):
            self.unattended = True
            self._deadline = None
            return Do.FINISH_FOR_DESK
        return self.to_start()

    def activity(self) -> None:
        """A touch or key. On the countdown only "I'm still here" counts; on the thank-you
        screen a tap ends it (its own event)."""
        if self.screen in (Screen.QUESTIONS, Screen.PIN, Screen.STAFF):
            self._arm()

    # --- the patient --------------------------------------------------------------------

    def to_start(self) -> Do:
        """Wipe whatever the last person left and wait for the next one."""
        self.unattended = False
        self._enter(Screen.START)
        return Do.WIPE_TO_START

    def question_shown(self) -> None:
        """A question page shows (the patient started, or moved on): the quiet time restarts."""
        self._enter(Screen.QUESTIONS)

    def stay(self) -> Do:
        """ "I'm still here" (or the staff left): back to the page the patient was on."""
        self._enter(Screen.QUESTIONS)
        return Do.BACK_TO_QUESTIONS

    def finished(self) -> Do:
        """The answers are stored: thank the patient and print. The thank-you screen's time
        starts once the printer has the sheet."""
        self.screen = Screen.THANKS
        self._deadline = None
        return Do.THANK_AND_PRINT

    def printed(self) -> Do:
        """The printer took the sheet (or failed): thank-you time starts; for the desk, the end."""
        if self.unattended:
            return self.to_start()
        self._arm()
        return Do.NOTHING

    # --- the staff ----------------------------------------------------------------------

    def open_staff(self, pin_set: bool) -> Do:
        """Long press or Ctrl+Alt+S: the PIN pad, unless it or the staff area already shows."""
        if self.screen in (Screen.PIN, Screen.STAFF) or not pin_set:
            return Do.NOTHING
        self._return_to = self.screen
        self._enter(Screen.PIN)
        return Do.ASK_PIN

    def ask_new_pin(self, first_start: bool) -> Do:
        self.setting_up = first_start
        self._enter(Screen.PIN)
        return Do.ASK_PIN

    def pin_accepted(self) -> Do:
        self._enter(Screen.STAFF)
        return Do.OPEN_STAFF

    def pin_chosen(self) -> Do:
        """A new PIN was set: at the first start on to the patients, else back to the staff area."""
        first_start, self.setting_up = self.setting_up, False
        return self.to_start() if first_start else self.pin_accepted()

    def leave_staff(self) -> Do:
        """Back to what was showing; a patient in the middle of the questions carries on."""
        if self._return_to in (Screen.QUESTIONS, Screen.STILL_THERE):
            return self.stay()
        return self.to_start()

    def came_from_start(self) -> bool:
        """The staff came from "Tap to start" (their screens then take the clinic's look)."""
        return self._return_to is Screen.START

    def in_staff_area(self) -> bool:
        """After a dialog: did the staff area time out meanwhile (then a patient may be there)?"""
        return self.screen is Screen.STAFF
