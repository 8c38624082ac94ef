"""The large 0-10 pain scale: eleven buttons, each with its number and band in words and colour."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from spineprep.catalogue import CONTEXT, PAIN_SCALE_HIGH, PAIN_SCALE_LOW, band
from spineprep.ui.announce import announce
from spineprep.ui.widgets.one_of import mark_one_of
from spineprep.ui.widgets.reflow import Reflow


def band_word(score: int) -> str:
    return QCoreApplication.translate(CONTEXT, band(score).label)


def spoken(score: int) -> str:
    """What a screen reader says for a score: "7, severe"."""
    return QCoreApplication.translate("PainScale", "{0}, {1}").format(score, band_word(score))


class PainScale(QWidget):
    """Pick one score from 0 to 10. Emits ``valueChanged`` with the score (or None when cleared)."""

    valueChanged = Signal(object)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        self.buttons: list[QPushButton] = []
        for score in range(11):
            button = QPushButton(f"{score}\n{band_word(score)}")
            button.setCheckable(True)
            button.setObjectName("scoreButton")
            button.setProperty("band", band(score).value)
            button.setMinimumSize(56, 64)
            # Read as "7, severe" (the number and its band), within the question's name.
            button.setAccessibleName(spoken(score))
            button.setAccessibleDescription(name)
            self._group.addButton(button, score)
            button.installEventFilter(self)
            self.buttons.append(button)
        mark_one_of(self.buttons, say_place=False)  # a radio button "7, severe", not a check box
        low = QLabel(QCoreApplication.translate(CONTEXT, PAIN_SCALE_LOW))
        high = QLabel(QCoreApplication.translate(CONTEXT, PAIN_SCALE_HIGH))
        high.setAlignment(Qt.AlignmentFlag.AlignRight)
        for anchor in (low, high):
            anchor.setObjectName("scaleAnchor")
        anchors = QHBoxLayout()
        anchors.addWidget(low)
        anchors.addStretch(1)
        anchors.addWidget(high)
        outer = QGridLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(grid, 0, 0)
        # One row of eleven; at large text two rows (0-5, 6-10), or three.
        self.reflow = Reflow(self, grid, self.buttons, (11, 6, 4), False)
        outer.addLayout(anchors, 1, 0)
        self._group.idToggled.connect(self._toggled)
        self._one_tab_stop()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        self.reflow.fit(event.size().width())
        super().resizeEvent(event)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.reflow.minimum()

    def _one_tab_stop(self) -> None:
        """Like a radio group, the scale is one Tab stop (the chosen score, else 0); the
        arrow keys move along it. A mouse or finger can still press any score."""
        current = self.value()
        stop = 0 if current is None else current
        for score, button in enumerate(self.buttons):
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if score == stop else Qt.FocusPolicy.ClickFocus)

    def _toggled(self, score: int, checked: bool) -> None:
        if checked:
            self.setAccessibleDescription(spoken(score))
            self._one_tab_stop()
            if self.buttons[score].hasFocus():
                announce(self.buttons[score], spoken(score))
            self.valueChanged.emit(score)

    def value(self) -> int | None:
        score = self._group.checkedId()
        return None if score < 0 else score

    def setValue(self, score: int | None) -> None:  # noqa: N802 - Qt naming
        if score is None:
            self._group.setExclusive(False)
            for button in self.buttons:
                button.setChecked(False)
            self._group.setExclusive(True)
        else:
            self.buttons[score].setChecked(True)
        self._one_tab_stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Left/Right on a focused score move the choice along the scale (keyboard users)."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            keys = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Down: -1, Qt.Key.Key_Up: 1}
            step = (
                keys.get(Qt.Key(event.key())) if event.modifiers() == Qt.KeyboardModifier.NoModifier else None
            )
            if step is not None and watched in self.buttons:
                current = self.value()
                start = self.buttons.index(watched) if current is None else current
                target = max(0, min(10, start + step))
                self.buttons[target].setFocus(Qt.FocusReason.TabFocusReason)
                self.buttons[target].setChecked(True)
                return True
        return super().eventFilter(watched, event)
