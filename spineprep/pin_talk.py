"""The staff PIN pad's conversation, without Qt: choosing a PIN (typed twice) and checking one,
and what the pad says after each entry. The kiosk's Qt side shows the words and acts on the
outcome; the words are source strings (context "Kiosk") with their values, translated there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from spineprep.catalogue import QT_TRANSLATE_NOOP
from spineprep.staff_pin import Check, PinError, StaffPin, is_valid_new_pin

CONTEXT = "Kiosk"


class Mode(Enum):
    """What the pad's digits are for."""

    CHECK = "check"
    NEW = "new"
    CONFIRM = "confirm"


class Then(Enum):
    """What follows an entry."""

    ASK = "ask"  # the pad asks again: a new title and message (``Said.title`` is set)
    SAY = "say"  # the pad stays, saying something
    OPEN_STAFF = "open_staff"  # the right PIN
    PIN_SET = "pin_set"  # a new PIN was chosen (first start: on to "Tap to start")


@dataclass(frozen=True)
class Said:
    """Words for the pad: a source string and the values for its {0}, {1}."""

    then: Then
    message: str = ""
    values: tuple[str, ...] = ()
    error: bool = False
    title: str = ""
    can_cancel: bool = True

    def words(self, translate: Callable[[str, str], str]) -> str:
        return translate(CONTEXT, self.message).format(*self.values) if self.message else ""


CHECK_TITLE = QT_TRANSLATE_NOOP("Kiosk", "Staff PIN")
CHECK_MESSAGE = QT_TRANSLATE_NOOP("Kiosk", "Enter the staff PIN.")
NEW_TITLE = QT_TRANSLATE_NOOP("Kiosk", "Set the staff PIN")
NEW_MESSAGE = QT_TRANSLATE_NOOP(
    "Kiosk", "Choose a PIN of 6 to 8 digits. Staff use it to open the staff area and to exit the kiosk."
)
DAMAGED_MESSAGE = QT_TRANSLATE_NOOP(
    "Kiosk",
    "The staff PIN file is damaged, so the staff area cannot be opened. Ask your IT person to reset the staff PIN (see the README).",  # noqa: E501
)


class PinTalk:
    """One PIN pad's state: checking, or choosing a new PIN (first start: no way out)."""

    def __init__(self, pin: StaffPin, clock: Callable[[], datetime] = datetime.now) -> None:
        self.pin = pin
        self.clock = clock
        self.mode = Mode.CHECK
        self.first_start = False
        self._new = ""

    def ask_check(self) -> Said:
        self.mode, self._new = Mode.CHECK, ""
        if self.pin.damaged:
            return Said(Then.ASK, DAMAGED_MESSAGE, error=True, title=CHECK_TITLE)
        return Said(Then.ASK, CHECK_MESSAGE, title=CHECK_TITLE)

    def ask_new(self, first_start: bool) -> Said:
        self.first_start = first_start
        return self._ask_new(NEW_MESSAGE)

    def can_cancel(self) -> bool:
        """Cancel leaves the pad, except on first start (no kiosk without a staff PIN)."""
        return not self.first_start

    def entered(self, digits: str) -> Said:
        if self.mode is Mode.CHECK:
            return self._check(digits)
        if self.mode is Mode.NEW:
            if not is_valid_new_pin(digits):
                return Said(
                    Then.SAY,
                    QT_TRANSLATE_NOOP("Kiosk", "The PIN must be 6 to 8 digits. Please try again."),
                    error=True,
                )
            self._new = digits
            return self._ask_new(QT_TRANSLATE_NOOP("Kiosk", "Enter the same PIN again."), Mode.CONFIRM)
        new, self._new = self._new, ""
        if digits != new:
            return self._ask_new(
                QT_TRANSLATE_NOOP("Kiosk", "The two PINs were not the same. Please choose the PIN again."),
                error=True,
            )
        try:
            self.pin.set_pin(digits)
        except PinError as error:
            return self._ask_new(
                QT_TRANSLATE_NOOP("Kiosk", "The PIN could not be saved ({0}). Please try again."),
                error=True,
                values=(str(error),),
            )
        first, self.first_start = self.first_start, False
        message = "" if first else QT_TRANSLATE_NOOP("Kiosk", "The staff PIN was changed.")
        return Said(Then.PIN_SET, message)

    def _ask_new(
        self, message: str, mode: Mode = Mode.NEW, error: bool = False, values: tuple[str, ...] = ()
    ) -> Said:
        self.mode = mode
        return Said(Then.ASK, message, values, error=error, title=NEW_TITLE, can_cancel=not self.first_start)

    def _check(self, digits: str) -> Said:
        result = self.pin.check(digits, self.clock())
        if result.outcome is Check.RIGHT:
            return Said(Then.OPEN_STAFF)
        if result.outcome is Check.DAMAGED:
            return Said(Then.SAY, DAMAGED_MESSAGE, error=True)
        if result.outcome is Check.UNRECORDED:
            return Said(
                Then.SAY,
                QT_TRANSLATE_NOOP(
                    "Kiosk",
                    "The staff area cannot be opened: this kiosk cannot record PIN tries ({0}). Ask your IT person to check the kiosk's data folder.",  # noqa: E501
                ),
                (result.reason,),
                error=True,
            )
        if result.outcome is Check.LOCKED:
            assert result.locked_until is not None
            return Said(
                Then.SAY,
                QT_TRANSLATE_NOOP("Kiosk", "Too many wrong tries. The staff area is locked until {0}."),
                (result.locked_until.strftime("%H:%M"),),
                error=True,
            )
        if result.tries_left == 1:
            return Said(
                Then.SAY,
                QT_TRANSLATE_NOOP("Kiosk", "That PIN is not right. 1 try left before the staff area locks."),
                error=True,
            )
        return Said(
            Then.SAY,
            QT_TRANSLATE_NOOP("Kiosk", "That PIN is not right. {0} tries left."),
            (str(result.tries_left),),
            error=True,
        )
