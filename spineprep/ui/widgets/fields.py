"""Text inputs: a month/day/year date, a text box with a visible character limit, a question block."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QObject,
    QRegularExpression,
    Qt,
    QTime,
    QTimeZone,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from spineprep.intake import PartialDate
from spineprep.ui.widgets.spoken import describe, focusable_in

_UTC = QTimeZone.utc()


def _locale() -> QLocale:
    locale = QLocale()
    if locale.language() == QLocale.Language.C:  # no locale set (LANG=C): the clinic's default
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


def readable_time(moment: datetime) -> str:
    """A date and time in the patient's locale ("11/25/26 2:37 PM" in the US).

    The times SpinePrep keeps are already local wall-clock times: they are given to Qt as they
    are (marked UTC, so nothing is converted), not as local time, which made Qt look up the
    time zone for each one (45 µs a row, 8× the rest of the work, in a list of past visits)."""
    when = QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute), _UTC)
    return _locale().toString(when, QLocale.FormatType.ShortFormat)


def readable_clock(moment: datetime) -> str:
    """A time of day in the patient's locale ("2:37 PM" in the US)."""
    return _locale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def date_order() -> str:
    """ "mdy" or "dmy" (or "ymd"): the order the patient's locale writes a date in."""
    pattern = _locale().dateFormat(QLocale.FormatType.ShortFormat)
    found = {part: pattern.find(letter) for part, letter in (("m", "M"), ("d", "d"), ("y", "y"))}
    if -1 in found.values():
        return "mdy"
    return "".join(sorted(found, key=lambda part: found[part]))


class DateField(QWidget):
    """A date typed as three small boxes, in the order the patient's locale writes dates
    (Month / Day / Year in the US, Día / Mes / Año in Spanish): easier than a calendar for a
    birth date."""

    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        self.month = QLineEdit()
        self.day = QLineEdit()
        self.year = QLineEdit()
        parts = {
            "m": (
                self.month,
                QCoreApplication.translate("Fields", "Month"),
                QCoreApplication.translate("Fields", "MM"),
                2,
            ),
            "d": (
                self.day,
                QCoreApplication.translate("Fields", "Day"),
                QCoreApplication.translate("Fields", "DD"),
                2,
            ),
            "y": (
                self.year,
                QCoreApplication.translate("Fields", "Year"),
                QCoreApplication.translate("Fields", "YYYY"),
                4,
            ),
        }
        order = date_order()
        #: The boxes left to right (Tab and typing move through them in this order).
        self.boxes = [parts[key][0] for key in order]
        for column, key in enumerate(order):
            edit, label, placeholder, digits = parts[key]
            caption = QLabel(label)
            caption.setObjectName("dateCaption")
            caption.setBuddy(edit)
            edit.setPlaceholderText(placeholder)
            edit.setValidator(QRegularExpressionValidator(QRegularExpression(rf"\d{{0,{digits}}}"), edit))
            edit.setMaxLength(digits)
            edit.setMinimumWidth(70 if digits == 2 else 100)
            edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
            edit.setAccessibleName(f"{name}: {label}")
            edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
            edit.textEdited.connect(self._edited)
            grid.addWidget(caption, 0, column)
            grid.addWidget(edit, 1, column)
        grid.setColumnStretch(3, 1)
        # Typing a full month or day moves on to the next box, as on paper-like date forms.
        for box, following in zip(self.boxes, self.boxes[1:], strict=False):
            if box is not self.year:
                box.textEdited.connect(lambda text, nxt=following: self._advance(text, 2, nxt))
        for box, following in zip(self.boxes, self.boxes[1:], strict=False):
            QWidget.setTabOrder(box, following)
        #: The box typing just moved on to: a Tab pressed there at once, out of habit, is taken
        #: as that same move (else "12 Tab 03" put the 03 in the year).
        self._moved_to: QLineEdit | None = None
        for box in self.boxes:
            box.installEventFilter(self)

    def _advance(self, text: str, width: int, target: QLineEdit) -> None:
        if len(text) == width:
            target.setFocus()
            target.selectAll()
            self._moved_to = target

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._moved_to and event.type() in (QEvent.Type.KeyPress, QEvent.Type.FocusOut):
            self._moved_to = None
            if isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Tab and not event.modifiers():
                return True  # focus is already where this Tab would have gone
        return False

    def _edited(self, _text: str) -> None:
        self.changed.emit()

    def value(self) -> PartialDate:
        return PartialDate(self.month.text(), self.day.text(), self.year.text())

    def setValue(self, value: PartialDate) -> None:  # noqa: N802 - Qt naming
        self.month.setText(value.month)
        self.day.setText(value.day)
        self.year.setText(value.year)


class CountedText(QWidget):
    """A multi-line text box with "N of LIMIT characters" under it; typing stops at the limit."""

    changed = Signal()

    def __init__(self, name: str, limit: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.limit = limit
        self.edit = QPlainTextEdit()
        self.edit.setAccessibleName(name)
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(90)
        self.edit.setMaximumHeight(150)  # room for a few lines; it scrolls beyond
        self.counter = QLabel()
        self.counter.setObjectName("counter")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(self.edit)
        box.addWidget(self.counter)
        self.edit.textChanged.connect(self._text_changed)
        self._update_counter()

    def _text_changed(self) -> None:
        text = self.edit.toPlainText()
        if len(text) > self.limit:
            # Pasting past the limit keeps the first part, so nothing typed so far is lost silently.
            cursor = self.edit.textCursor()
            position = min(cursor.position(), self.limit)
            self.edit.blockSignals(True)
            self.edit.setPlainText(text[: self.limit])
            self.edit.blockSignals(False)
            cursor = self.edit.textCursor()
            cursor.setPosition(position)
            self.edit.setTextCursor(cursor)
        self._update_counter()
        self.changed.emit()

    def _update_counter(self) -> None:
        used = len(self.edit.toPlainText())
        self.counter.setText(
            QCoreApplication.translate("Fields", "{0} of {1} characters").format(used, self.limit)
        )
        describe(self.edit, "counter", self.counter.text())
        full = used >= self.limit
        if self.counter.property("full") != full:  # re-style only when it flips, not per key
            self.counter.setProperty("full", full)
            self.counter.style().unpolish(self.counter)
            self.counter.style().polish(self.counter)

    def text(self) -> str:
        return self.edit.toPlainText()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        self.edit.blockSignals(True)
        self.edit.setPlainText(text[: self.limit])
        self.edit.blockSignals(False)
        self._update_counter()


class QuestionBlock(QWidget):
    """A question's title, optional hint, its control, and the message shown when it blocks Next."""

    def __init__(
        self,
        title: str,
        control: QWidget,
        hint: str = "",
        required: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.control = control
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 6, 0, 10)
        box.setSpacing(6)
        self.title = QLabel(
            title + ("" if required else "  " + QCoreApplication.translate("Fields", "(optional)"))
        )
        self.title.setObjectName("questionTitle")
        self.title.setWordWrap(True)
        box.addWidget(self.title)
        if hint:
            self.hint = QLabel(hint)
            self.hint.setObjectName("hint")
            self.hint.setWordWrap(True)
            box.addWidget(self.hint)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        box.addWidget(self.error)
        box.addWidget(control)
        # What a sighted patient reads around the control, in its description: the hint, and
        # whether an answer is needed (a screen reader reads the focused control, not these).
        status = (
            QCoreApplication.translate("Fields", "Required.")
            if required
            else QCoreApplication.translate("Fields", "Optional.")
        )
        for widget in focusable_in(control):
            describe(widget, "hint", hint)
            describe(widget, "status", status)

    def set_error(self, message: str, keep_space: bool = False) -> None:
        """Show ``message`` above the control; with ``keep_space`` a fixed message leaves its
        space empty instead of closing it, so nothing moves under the patient's finger."""
        # The reason is also read with every control of the question: focus goes to one of
        # them when Next is refused.
        for widget in focusable_in(self.control):
            describe(widget, "message", message)
        if message:
            self.error.setText("⚠ " + message)
            self.error.setVisible(True)
        elif keep_space and self.error.isVisible():
            self.error.setText(" ")
        else:
            self.error.setText("")
            self.error.setVisible(False)
        self.error.setProperty("cleared", not message)
        self.error.style().unpolish(self.error)
        self.error.style().polish(self.error)
