"""The kiosk's own screens: "Tap to start", "Are you still there?" and the thank-you screen."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QScroller, QVBoxLayout, QWidget

from spineprep.language import Language
from spineprep.settings import Look
from spineprep.ui.pages.base import vertical_only
from spineprep.ui.widgets.look_bar import LookBar
from spineprep.ui.widgets.spoken import MessageLabel


def _label(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def _big_button(text: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName("kioskButton")
    button.setAccessibleName(text)
    button.setMinimumSize(420, 96)
    return button


def finger_scrolling(area: QScrollArea) -> None:
    """A page scrolls under a finger: touch events through Qt's scroller; a finger that the
    touch screen sends as a pointer is handled by ``DragToScroll``."""
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.TouchGesture)


class _Screen(QScrollArea):
    """A centred column of text with one big button. It scrolls when the patient's text size
    makes it taller than the screen (a fixed column would cut the button off)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskScreen")
        vertical_only(self)
        body = QWidget()
        body.setObjectName("kioskScreen")
        self.setWidget(body)
        finger_scrolling(self)
        self.column = QVBoxLayout(body)
        self.column.setContentsMargins(80, 40, 80, 40)
        self.column.setSpacing(24)
        self.column.addStretch(1)

    def add(self, widget: QWidget) -> None:
        # Text spans the width (a word-wrapped label given only its hint width gets clipped);
        # buttons sit in the middle at their own size.
        if isinstance(widget, QPushButton):
            self.column.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        else:
            self.column.addWidget(widget)

    def end(self) -> None:
        self.column.addStretch(1)


class StartScreen(_Screen):
    """Waiting for the next patient. A tap anywhere starts; language, text size and contrast
    can be set first."""

    tapped = Signal()

    def __init__(self, look: Look, languages: list[Language], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = _label("", "kioskHeading")
        self.heading.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.add(self.heading)
        self.text = _label("", "kioskText")
        self.add(self.text)
        self.button = _big_button("")
        self.button.clicked.connect(self.tapped)
        self.add(self.button)
        self.hint = _label("", "kioskHint")
        self.add(self.hint)
        # Below "Tap to start" (what most people want); the header's language button is at
        # the top of every screen too.
        self.look_bar = LookBar(look, languages)
        self.column.addWidget(self.look_bar, 0, Qt.AlignmentFlag.AlignHCenter)
        self.column.setSpacing(14)
        self.column.setContentsMargins(80, 12, 80, 12)
        self.end()
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Getting ready for your spine appointment?"))
        self.text.setText(
            self.tr(
                "Answer a few questions about your back spasms. It takes about 3 minutes. "
                "Your doctor gets a one-page summary."
            )
        )
        self.button.setText(self.tr("Tap to start"))
        self.button.setAccessibleName(self.button.text())
        self.hint.setText(self.tr("Your answers are cleared from this screen when you finish."))
        self.look_bar.retranslate()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        # The whole screen is the button: a finger that misses it still starts.
        self.tapped.emit()
        event.accept()


class StillThereScreen(_Screen):
    """Asked after a quiet spell; the answers are wiped when the countdown runs out."""

    stay = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = _label("", "kioskHeading")
        self.heading.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.add(self.heading)
        self.countdown = MessageLabel("kioskText")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.add(self.countdown)
        self.button = _big_button("")
        self.button.setObjectName("kioskPrimary")
        self.button.clicked.connect(self.stay)
        self.add(self.button)
        self.end()
        self.seconds = 0
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Are you still there?"))
        self.button.setText(self.tr("I'm still here"))
        self.button.setAccessibleName(self.button.text())
        if self.seconds:
            self.set_seconds(self.seconds)

    def set_seconds(self, seconds: int) -> None:
        self.seconds = seconds
        text = (
            self.tr("For your privacy, your answers will be cleared in 1 second.")
            if seconds == 1
            else self.tr("For your privacy, your answers will be cleared in {0} seconds.").format(seconds)
        )
        # Its text is its name (it was "Time left"); a Tab stop, but focus stays on the button.
        self.countdown.setText(text)
        self.countdown.setAccessibleName(text)
        self.countdown.setFocusPolicy(Qt.FocusPolicy.TabFocus)


class Outcome(Enum):
    PRINTING = "printing"
    PRINTED = "printed"
    NOT_PRINTED = "not_printed"


class ThanksScreen(_Screen):
    """After the last question: the sheet prints, the patient takes it to the front desk."""

    tapped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outcome = Outcome.PRINTING
        self.urgent_ticked = False
        self.saved = True
        self.heading = _label("", "kioskHeading")
        self.heading.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.add(self.heading)
        self.message = MessageLabel("kioskText")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.add(self.message)
        self.urgent = _label("", "kioskUrgent")
        self.urgent.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.add(self.urgent)
        self.button = _big_button("")
        self.button.clicked.connect(self.tapped)
        self.add(self.button)
        self.end()
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Thank you"))
        self.urgent.setText(self.tr("You ticked an urgent symptom: tell the front desk about it now."))
        self.button.setText(self.tr("Done"))
        self.button.setAccessibleName(self.button.text())
        self.show_outcome(self.outcome, self.urgent_ticked, self.saved)

    def show_outcome(self, outcome: Outcome, urgent: bool, saved: bool = True) -> None:
        self.outcome, self.urgent_ticked, self.saved = outcome, urgent, saved
        text = {
            Outcome.PRINTING: self.tr("Printing your summary sheet…"),
            Outcome.PRINTED: self.tr("Please take your sheet to the front desk."),
            Outcome.NOT_PRINTED: self.tr(
                "Your answers are saved, but the sheet did not print. Please tell the front desk."
            )
            if saved
            else self.tr("The sheet did not print. Please tell the front desk."),
        }[outcome]
        # Focus on the words (not only the heading), so a screen reader reads what to do.
        self.message.say(text, outcome is Outcome.NOT_PRINTED, focus=self.isVisible())
        self.urgent.setVisible(urgent)
        self.button.setVisible(outcome is not Outcome.PRINTING)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self.outcome is not Outcome.PRINTING:
            self.tapped.emit()
        event.accept()
