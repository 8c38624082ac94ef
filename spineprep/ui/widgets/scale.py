"""The large 0-10 pain scale: eleven buttons, each with its number and band in words and colour."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from spineprep.catalogue import CONTEXT, PAIN_SCALE_HIGH, PAIN_SCALE_LOW, band


def band_word(score: int) -> str:
    return QCoreApplication.translate(CONTEXT, band(score).label)


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
            button.setAccessibleName(
                QCoreApplication.translate("PainScale", "{0}: {1}, {2}").format(name, score, band_word(score))
            )
            self._group.addButton(button, score)
            button.installEventFilter(self)
            grid.addWidget(button, 0, score)
            self.buttons.append(button)
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
        outer.addLayout(anchors, 1, 0)
        self._group.idToggled.connect(self._toggled)

    def _toggled(self, score: int, checked: bool) -> None:
        if checked:
            self.setAccessibleDescription(f"{score}, {band_word(score)}")
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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Left/Right on a focused score move the choice along the scale (keyboard users)."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(Qt.Key(event.key()))
            if step is not None and watched in self.buttons:
                current = self.value()
                start = self.buttons.index(watched) if current is None else current
                target = max(0, min(10, start + step))
                self.buttons[target].setChecked(True)
                self.buttons[target].setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)
