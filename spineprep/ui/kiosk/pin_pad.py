"""The staff PIN pad: big digit keys, dots instead of digits, Delete, OK and Cancel."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from spineprep.ui.widgets.spoken import MessageLabel

MAX_DIGITS = 8


class PinPad(QWidget):
    """Collects up to 8 digits by touch or keyboard; what they mean is the kiosk's business."""

    submitted = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskScreen")
        self._digits = ""
        column = QVBoxLayout(self)
        column.setContentsMargins(80, 24, 80, 24)
        column.setSpacing(14)
        column.addStretch(1)
        self.title = QLabel()
        self.title.setObjectName("kioskHeading")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.title.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        column.addWidget(self.title)
        self.message = MessageLabel("kioskText")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.message)
        self.dots = QLabel()
        self.dots.setObjectName("pinDots")
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dots.setMinimumHeight(56)
        column.addWidget(self.dots)

        grid = QGridLayout()
        grid.setSpacing(12)
        self.keys: dict[str, QPushButton] = {}
        for index, digit in enumerate("123456789"):
            grid.addWidget(self._key(digit), index // 3, index % 3)
        self.delete_button = self._action(self.tr("Delete"), self.delete_digit)
        self.ok_button = self._action(self.tr("OK"), self.submit)
        self.ok_button.setObjectName("pinOk")
        grid.addWidget(self.delete_button, 3, 0)
        grid.addWidget(self._key("0"), 3, 1)
        grid.addWidget(self.ok_button, 3, 2)
        pad = QHBoxLayout()
        pad.addStretch(1)
        pad.addLayout(grid)
        pad.addStretch(1)
        column.addLayout(pad)
        self.cancel_button = self._action(self.tr("Cancel"), self.cancelled.emit)
        cancel_row = QHBoxLayout()
        cancel_row.addStretch(1)
        cancel_row.addWidget(self.cancel_button)
        cancel_row.addStretch(1)
        column.addLayout(cancel_row)
        column.addStretch(1)
        self._show_dots()

    def _key(self, digit: str) -> QPushButton:
        key = QPushButton(digit)
        key.setObjectName("pinKey")
        key.setAccessibleName(digit)
        key.setFixedSize(150, 72)
        key.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        key.clicked.connect(lambda: self.add_digit(digit))
        self.keys[digit] = key
        return key

    def _action(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName("pinKey")
        button.setAccessibleName(text)
        button.setFixedSize(150, 72)
        button.clicked.connect(slot)
        return button

    def retranslate(self) -> None:
        """The pad's own words in the language now in use (a patient may have switched it)."""
        for button, text in (
            (self.delete_button, self.tr("Delete")),
            (self.ok_button, self.tr("OK")),
            (self.cancel_button, self.tr("Cancel")),
        ):
            button.setText(text)
            button.setAccessibleName(text)
        self._show_dots()

    # --- what the pad shows ---------------------------------------------------------------

    def ask(self, title: str, message: str = "", error: bool = False, can_cancel: bool = True) -> None:
        """Start a fresh entry under ``title``."""
        self._digits = ""
        self._show_dots()
        self.title.setText(title)
        self.title.setAccessibleName(title)
        self.show_message(message, error)
        self.cancel_button.setVisible(can_cancel)

    def show_message(self, message: str, error: bool = False) -> None:
        # A wrong PIN is said where focus goes; a plain instruction waits its turn.
        self.message.say(message, error, focus=error)

    def _show_dots(self) -> None:
        self.dots.setText("  ".join("●" for _ in self._digits) or " ")
        count = len(self._digits)
        self.dots.setAccessibleName(
            self.tr("1 digit entered") if count == 1 else self.tr("{0} digits entered").format(count)
        )
        self.ok_button.setEnabled(bool(self._digits))

    # --- entry ----------------------------------------------------------------------------

    def add_digit(self, digit: str) -> None:
        if len(self._digits) < MAX_DIGITS:
            self._digits += digit
            self._show_dots()

    def delete_digit(self) -> None:
        self._digits = self._digits[:-1]
        self._show_dots()

    def submit(self) -> None:
        if not self._digits:
            return
        digits, self._digits = self._digits, ""
        self._show_dots()
        self.submitted.emit(digits)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        text = event.text()
        if text.isascii() and text.isdigit() and len(text) == 1:
            self.add_digit(text)
        elif event.key() == Qt.Key.Key_Backspace:
            self.delete_digit()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
        elif event.key() == Qt.Key.Key_Escape and self.cancel_button.isVisible():
            self.cancelled.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()
