"""Question 4, relief: what the patient has tried and how much it helped; medicines; what makes it worse."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
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


class ReliefTable(QWidget):
    """One row per treatment, four big buttons per row: not tried / helped a lot / a little / not.

    Emits ``chosen(treatment, outcome or None)``; a second tap on the chosen button clears the row.
    """

    chosen = Signal(object, object)

    def __init__(self) -> None:
        super().__init__()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(0, 1)
        self.row_buttons: dict[Treatment, dict[Outcome, QPushButton]] = {}
        for row, treatment in enumerate(Treatment):
            label = QLabel(option_text(treatment))
            label.setWordWrap(True)
            label.setObjectName("rowLabel")
            grid.addWidget(label, row, 0)
            # No QButtonGroup: one would make the row a single Tab stop whose arrow keys skip
            # the other buttons. Each button is a Tab stop; one per row is kept by hand, so a
            # second tap can clear the row.
            buttons: dict[Outcome, QPushButton] = {}
            for column, outcome in enumerate(Outcome, start=1):
                button = QPushButton(option_text(outcome))
                button.setCheckable(True)
                button.setObjectName("segment")
                button.setAccessibleName(f"{option_text(treatment)}: {option_text(outcome)}")
                button.clicked.connect(lambda checked, t=treatment, o=outcome: self._clicked(t, o, checked))
                grid.addWidget(button, row, column)
                buttons[outcome] = button
            self.row_buttons[treatment] = buttons

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
        box.addWidget(self.other)
        self.add_block("relief", QuestionBlock(self.tr("Treatments"), holder, required=True))

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
