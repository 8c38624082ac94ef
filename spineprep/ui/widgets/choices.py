"""Option groups driven by the catalogue: one choice (radio) or several (check boxes)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QPoint, QSize, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractButton, QButtonGroup, QCheckBox, QGridLayout, QRadioButton, QWidget

from spineprep.catalogue import CONTEXT, Option
from spineprep.ui.widgets.reflow import Reflow

OptionT = TypeVar("OptionT", bound=Option)


def wrap_words(text: str, room: int, width_of: Callable[[str], int]) -> str:
    """``text`` with line breaks so no line is wider than ``room`` (a word longer than that
    keeps a line of its own)."""
    lines: list[str] = []
    for word in text.split():
        if lines and width_of(f"{lines[-1]} {word}") <= room:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return "\n".join(lines)


class _Wraps:
    """A check box or radio button whose words wrap onto more lines when its row is narrow
    (Qt's own never wrap: at large text a long answer ran off the page)."""

    def setup_wrap(self: Any, text: str) -> None:
        self.full_text = text
        self.setText(text)

    def wrap_to(self: Any, width: int) -> None:
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(line) for line in self.text().split("\n"))
        frame = self.sizeHint().width() - widest  # the box or dot, spacing and padding
        wrapped = wrap_words(self.full_text, max(width - frame, 1), metrics.horizontalAdvance)
        if wrapped != self.text():
            self.setText(wrapped)

    def unwrap(self: Any) -> None:
        if self.text() != self.full_text:
            self.setText(self.full_text)

    def least_width(self: Any) -> int:
        """As narrow as its longest word allows."""
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(line) for line in self.text().split("\n"))
        longest = max((metrics.horizontalAdvance(w) for w in self.full_text.split()), default=0)
        return int(self.sizeHint().width() - widest + longest)


class RowRadioButton(_Wraps, QRadioButton):
    """A radio button the whole width of its row answers to, not only the dot and the words
    (a finger that lands in the empty end of a row still chooses it)."""

    def __init__(self, text: str = "") -> None:
        super().__init__()
        self.setup_wrap(text)

    def hitButton(self, pos: QPoint) -> bool:  # noqa: N802 - Qt override
        return self.rect().contains(pos)


class RowCheckBox(_Wraps, QCheckBox):
    """A check box the whole width of its row answers to."""

    def __init__(self, text: str = "") -> None:
        super().__init__()
        self.setup_wrap(text)

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
        self.buttons: dict[OptionT, RowRadioButton | RowCheckBox] = {}
        for index, option in enumerate(self.options):
            button: RowRadioButton | RowCheckBox = (
                RowRadioButton(option_text(option)) if exclusive else RowCheckBox(option_text(option))
            )
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
        width = event.size().width()
        for button in self.buttons.values():
            button.unwrap()
        if self.reflow.columns_for(width) == 1:
            # One column and still too narrow: the answers' words wrap.
            for button in self.buttons.values():
                button.wrap_to(width)
        self.reflow.fit(width)
        super().resizeEvent(event)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        least = max((b.least_width() for b in self.buttons.values()), default=0)
        return QSize(least, self.reflow.minimum().height())

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
