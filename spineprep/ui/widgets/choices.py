"""Option groups driven by the catalogue: one choice (radio) or several (check boxes)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QPoint, QSize, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractButton, QButtonGroup, QCheckBox, QGridLayout, QRadioButton, QWidget

from spineprep.catalogue import CONTEXT, Option
from spineprep.ui.widgets.reflow import Reflow

OptionT = TypeVar("OptionT", bound=Option)


class RowRadioButton(QRadioButton):
    """A radio button the whole width of its row answers to, not only the dot and the words
    (a finger that lands in the empty end of a row still chooses it)."""

    def hitButton(self, pos: QPoint) -> bool:  # noqa: N802 - Qt override
        return self.rect().contains(pos)


class RowCheckBox(QCheckBox):
    """A check box the whole width of its row answers to."""

    def hitButton(self, pos: QPoint) -> bool:  # noqa: N802 - Qt override
        return self.rect().contains(pos)


def catalogue_text(text: str) -> str:
    """A catalogue string (question wording, option label) in the patient's language."""
    return QCoreApplication.translate(CONTEXT, text)


def option_text(option: Option) -> str:
    return catalogue_text(option.label)


class _Group(QWidget, Generic[OptionT]):
    changed = Signal()

    def __init__(
        self,
        name: str,
        options: Sequence[OptionT],
        columns: int,
        exclusive: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.options = list(options)
        self.group = QButtonGroup(self)
        self.group.setExclusive(exclusive)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(2)
        self.buttons: dict[OptionT, QAbstractButton] = {}
        for index, option in enumerate(self.options):
            button: QAbstractButton = RowRadioButton() if exclusive else RowCheckBox()
            button.setText(option_text(option))
            button.setAccessibleName(f"{name}: {option_text(option)}")
            button.setObjectName("choice")
            if exclusive:
                self.group.addButton(button, index)
            else:
                # Check boxes stay out of the QButtonGroup: Qt makes a group one Tab stop and
                # its arrow keys skip buttons that lost their Tab focus, so a keyboard could
                # reach only the first box. Alone, each box is a Tab stop and arrows move on.
                button.toggled.connect(self._toggled)
            self.buttons[option] = button
        self.group.buttonToggled.connect(self._toggled)
        # Read down each column; fewer columns when the text is large.
        self.reflow = Reflow(self, grid, list(self.buttons.values()), range(columns, 0, -1), True)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        self.reflow.fit(event.size().width())
        super().resizeEvent(event)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.reflow.minimum()

    def _toggled(self) -> None:
        self.changed.emit()

    def button(self, option: OptionT) -> QAbstractButton:
        return self.buttons[option]


class SingleChoice(_Group[OptionT]):
    """Pick one option; ``value()`` is the option or None."""

    def __init__(
        self, name: str, options: Sequence[OptionT], columns: int = 1, parent: QWidget | None = None
    ) -> None:
        super().__init__(name, options, columns, True, parent)

    def value(self) -> OptionT | None:
        index = self.group.checkedId()
        return None if index < 0 else self.options[index]

    def setValue(self, option: OptionT | None) -> None:  # noqa: N802 - Qt naming
        self.blockSignals(True)
        if option is None:
            self.group.setExclusive(False)
            for button in self.buttons.values():
                button.setChecked(False)
            self.group.setExclusive(True)
        else:
            self.buttons[option].setChecked(True)
        self.blockSignals(False)


class MultiChoice(_Group[OptionT]):
    """Tick any number of options; ``value()`` is the set ticked."""

    def __init__(
        self, name: str, options: Sequence[OptionT], columns: int = 1, parent: QWidget | None = None
    ) -> None:
        super().__init__(name, options, columns, False, parent)

    def value(self) -> set[OptionT]:
        return {option for option, button in self.buttons.items() if button.isChecked()}

    def setValue(self, options: Iterable[OptionT]) -> None:  # noqa: N802 - Qt naming
        chosen = set(options)
        self.blockSignals(True)
        for option, button in self.buttons.items():
            button.setChecked(option in chosen)
        self.blockSignals(False)
