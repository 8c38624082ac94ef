"""Question 4, relief: what the patient has tried and how much it helped; medicines; what makes it worse."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from spineprep.catalogue import MEDICINES, SHORT_TEXT_LIMIT, TEXT_LIMIT, WORSE, Outcome, Treatment
from spineprep.intake import clean_text
from spineprep.navigation import Step
from spineprep.ui.pages.base import Page
from spineprep.ui.widgets.choices import RowCheckBox, catalogue_text, option_text
from spineprep.ui.widgets.fields import CountedText, QuestionBlock
from spineprep.ui.widgets.one_of import mark_one_of


class ReliefTable(QWidget):
    """One row per treatment, four big buttons per row: not tried / helped a lot / a little / not.

    Emits ``chosen(treatment, outcome or None)``; a second tap on the chosen button clears the row.
    At large text, where a row no longer fits across, each treatment's name goes above its
    buttons (four across, or two by two), so nothing runs off the page.
    """

    chosen = Signal(object, object)

    def __init__(self) -> None:
        super().__init__()
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(6)
        self.grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.labels: dict[Treatment, QLabel] = {}
        self.row_buttons: dict[Treatment, dict[Outcome, QPushButton]] = {}
        for treatment in Treatment:
            label = QLabel(option_text(treatment))
            label.setWordWrap(True)
            label.setObjectName("rowLabel")
            self.labels[treatment] = label
            # No QButtonGroup: one would make the row a single Tab stop whose arrow keys skip
            # the other buttons. Each button is a Tab stop; one per row is kept by hand, so a
            # second tap can clear the row.
            buttons: dict[Outcome, QPushButton] = {}
            for outcome in Outcome:
                button = QPushButton(option_text(outcome))
                button.setCheckable(True)
                button.setObjectName("segment")
                button.setAccessibleName(f"{option_text(treatment)}: {option_text(outcome)}")
                button.clicked.connect(lambda checked, t=treatment, o=outcome: self._clicked(t, o, checked))
                buttons[outcome] = button
            mark_one_of(list(buttons.values()))  # a screen reader hears "radio button, 2 of 4"
            self.row_buttons[treatment] = buttons
        self.across = 0  # buttons side by side: 4 beside the name, 4 or 2 under it (-4, -2)
        self._arrange(4)

    def _button_width(self) -> int:
        return max(b.sizeHint().width() for row in self.row_buttons.values() for b in row.values())

    def _label_width(self) -> int:
        """The name column's least width: the longest word of any treatment's name."""
        metrics = next(iter(self.labels.values())).fontMetrics()
        words = (w for label in self.labels.values() for w in label.text().split())
        return max(metrics.horizontalAdvance(w) for w in words) + 8

    def layout_for(self, width: int) -> int:
        """4: name and four buttons in one row; -4: name above four; -2: name above two by two."""
        gap = self.grid.horizontalSpacing()
        button = self._button_width()
        if self._label_width() + 4 * (button + gap) <= width:
            return 4
        return -4 if 4 * button + 3 * gap <= width else -2

    def _arrange(self, across: int) -> None:
        if across == self.across:
            return
        self.across = across
        grid = self.grid
        for treatment in Treatment:
            grid.removeWidget(self.labels[treatment])
            for button in self.row_buttons[treatment].values():
                grid.removeWidget(button)
        columns = abs(across)
        rows_per = 1 if across > 0 else 1 + 4 // columns
        for index, treatment in enumerate(Treatment):
            top = index * rows_per
            buttons = list(self.row_buttons[treatment].values())
            if across > 0:
                grid.addWidget(self.labels[treatment], top, 0)
                for column, button in enumerate(buttons, start=1):
                    grid.addWidget(button, top, column)
            else:
                grid.addWidget(self.labels[treatment], top, 0, 1, columns)
                for n, button in enumerate(buttons):
                    grid.addWidget(button, top + 1 + n // columns, n % columns)
        for column in range(5):
            stretch = column == 0 if across > 0 else column < columns  # the names; else the buttons
            grid.setColumnStretch(column, int(stretch))
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        self._arrange(self.layout_for(event.size().width()))
        super().resizeEvent(event)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Two buttons' width: the page may be that narrow before anything is cut."""
        return QSize(
            2 * self._button_width() + self.grid.horizontalSpacing(), self.grid.minimumSize().height()
        )

    def _clicked(self, treatment: Treatment, outcome: Outcome, checked: bool) -> None:
        self.chosen.emit(treatment, outcome if checked else None)

    def show_outcomes(self, outcomes: dict[Treatment, Outcome]) -> None:
        for treatment, buttons in self.row_buttons.items():
            for outcome, button in buttons.items():
                button.setChecked(outcomes.get(treatment) is outcome)


class ReliefPage(Page):
    step = Step.RELIEF

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("What have you tried for relief?"),
            self.tr(
                "For each one, tap whether you tried it and how much it helped. Skip rows you are unsure of."
            ),
            parent,
        )
        self.nothing_yet = RowCheckBox(self.tr("I haven't tried anything yet"))
        self.nothing_yet.setObjectName("choice")
        self.nothing_yet.setAccessibleName(self.tr("I haven't tried anything yet"))
        self.nothing_yet.toggled.connect(self._nothing_yet)
        self.table = ReliefTable()
        self.table.chosen.connect(self._row)
        self.other = QLineEdit()
        self.other.setAccessibleName(self.tr("What the other treatment was"))
        self.other.setPlaceholderText(self.tr("If you tried something else, what was it?"))
        self.other.setMaxLength(SHORT_TEXT_LIMIT)
        self.other.textEdited.connect(self._other)
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.nothing_yet)
        box.addWidget(self.table)
        self.add_block("relief", QuestionBlock(self.tr("Treatments"), holder, required=True))
        # Its own block, so a missing answer is told (and focused) right here, not at the top
        # of the tall table above.
        self.add_block(
            "relief_other",
            QuestionBlock(
                self.tr("What was the other treatment?"),
                self.other,
                self.tr("Only if you answered the “Something else” row."),
                required=True,
            ),
        )

        self.medicines = CountedText(catalogue_text(MEDICINES), TEXT_LIMIT)
        self.medicines.edit.setPlaceholderText(self.tr("For example: ibuprofen 400 mg, twice a day"))
        self.medicines.changed.connect(self._medicines)
        self.add_block(
            "medicines",
            QuestionBlock(
                self.tr("What medicines do you take now?"),
                self.medicines,
                self.tr("Write the name and the dose of each, for any health problem."),
            ),
        )
        self.worse = CountedText(catalogue_text(WORSE), TEXT_LIMIT)
        self.worse.edit.setPlaceholderText(self.tr("For example: sitting for long, bending over"))
        self.worse.changed.connect(self._worse)
        self.add_block("worse", QuestionBlock(self.tr("What makes it worse?"), self.worse))
        self.finish_layout()

    def refresh(self) -> None:
        r = self.intake.relief
        self.nothing_yet.setChecked(r.nothing_yet)
        self.table.show_outcomes(r.outcomes)
        self.other.setText(r.other_treatment)
        self.medicines.setText(r.medicines)
        self.worse.setText(r.worse)

    def _row(self, treatment: Treatment, outcome: Outcome | None) -> None:
        if outcome is None:
            self.intake.relief.outcomes.pop(treatment, None)
        else:
            self.intake.relief.outcomes[treatment] = outcome
        self.table.show_outcomes(self.intake.relief.outcomes)
        self.answered()

    def _nothing_yet(self, checked: bool) -> None:
        if self._loading:
            return
        self.intake.relief.nothing_yet = checked
        self.answered()

    def _other(self, text: str) -> None:
        self.intake.relief.other_treatment = clean_text(text)
        self.answered()

    def _medicines(self) -> None:
        self.intake.relief.medicines = clean_text(self.medicines.text())
        self.answered()

    def _worse(self) -> None:
        self.intake.relief.worse = clean_text(self.worse.text())
        self.answered()


__all__ = ["ReliefPage", "ReliefTable"]
