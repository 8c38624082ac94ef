"""Question 3, onset: when and how the spasms started, what was going on, earlier conditions."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from spineprep.catalogue import (
    CIRCUMSTANCES,
    CONDITIONS,
    SHORT_TEXT_LIMIT,
    SPEED,
    STARTED,
    AgoUnit,
    Circumstance,
    Condition,
    OnsetKind,
    Speed,
)
from spineprep.intake import clean_text
from spineprep.navigation import Step
from spineprep.ui.pages.base import Page
from spineprep.ui.widgets.choices import MultiChoice, SingleChoice, catalogue_text
from spineprep.ui.widgets.fields import DateField, QuestionBlock


def _other_field(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setMaxLength(SHORT_TEXT_LIMIT)
    edit.setPlaceholderText(QCoreApplication.translate("OnsetPage", "Please say what"))
    return edit


class OnsetPage(Page):
    step = Step.ONSET

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("When did the spasms start?"), "", parent)

        # When: a date, or "about N units ago".
        self.kind = SingleChoice(catalogue_text(STARTED), list(OnsetKind))
        self.start = DateField(self.tr("Date they started"))
        self.amount = QLineEdit()
        self.amount.setAccessibleName(self.tr("How many"))
        self.amount.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,3}"), self.amount))
        self.amount.setMinimumWidth(96)
        self.amount.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)  # the number pad
        self.amount.setPlaceholderText(self.tr("e.g. 3"))
        self.unit = SingleChoice(self.tr("Days, weeks, months or years"), list(AgoUnit), columns=4)
        when = QWidget()
        grid = QGridLayout(when)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.kind.button(OnsetKind.DATE), 0, 0)
        grid.addWidget(self.start, 1, 0)
        grid.addWidget(self.kind.button(OnsetKind.AGO), 2, 0)
        ago = QHBoxLayout()
        ago.addWidget(self.amount)
        ago.addWidget(self.unit)
        ago.addStretch(1)
        grid.addLayout(ago, 3, 0)
        self.kind.hide()
        self.kind.changed.connect(self._kind)
        self.start.changed.connect(self._start)
        self.amount.textEdited.connect(self._amount)
        self.unit.changed.connect(self._unit)
        self.add_block("started", QuestionBlock(self.tr("When did they start?"), when, required=True))

        self.speed = SingleChoice(catalogue_text(SPEED), list(Speed), columns=2)
        self.speed.changed.connect(self._speed)
        self.add_block(
            "speed",
            QuestionBlock(self.tr("Did they start suddenly or gradually?"), self.speed, required=True),
        )

        self.circumstances = MultiChoice(catalogue_text(CIRCUMSTANCES), list(Circumstance))
        self.circumstance_other = _other_field(self.tr("What else was going on"))
        self.circumstances.changed.connect(self._circumstances)
        self.circumstance_other.textEdited.connect(self._circumstance_other)
        self.add_block(
            "circumstances",
            QuestionBlock(
                self.tr("What was going on when they started?"),
                _stack(self.circumstances, self.circumstance_other),
                self.tr("Tick all that apply."),
                required=True,
            ),
        )

        self.conditions = MultiChoice(catalogue_text(CONDITIONS), list(Condition), columns=2)
        self.condition_other = _other_field(self.tr("Other condition"))
        self.conditions.changed.connect(self._conditions)
        self.condition_other.textEdited.connect(self._condition_other)
        self.add_block(
            "conditions",
            QuestionBlock(
                self.tr("Have you had any of these before?"),
                _stack(self.conditions, self.condition_other),
                self.tr("Tick all that apply."),
            ),
        )
        self.finish_layout()
        self._update_enabled()

    def refresh(self) -> None:
        o = self.intake.onset
        self.kind.setValue(o.kind)
        self.start.setValue(o.start)
        self.amount.setText("" if o.ago_amount is None else str(o.ago_amount))
        self.unit.setValue(o.ago_unit)
        self.speed.setValue(o.speed)
        self.circumstances.setValue(o.circumstances)
        self.circumstance_other.setText(o.circumstance_other)
        self.conditions.setValue(o.conditions)
        self.condition_other.setText(o.condition_other)
        self._update_enabled()

    def _update_enabled(self) -> None:
        # The date and "ago" fields stay usable: typing in one picks its option (see _choose_kind).
        o = self.intake.onset
        self.circumstance_other.setVisible(Circumstance.OTHER in o.circumstances)
        self.condition_other.setVisible(Condition.OTHER in o.conditions)

    def _choose_kind(self, kind: OnsetKind) -> None:
        # Typing in a field picks its option, so nobody has to tick first.
        if self.intake.onset.kind is not kind:
            self.kind.setValue(kind)
            self._set_kind(kind)
            self._update_enabled()

    def _set_kind(self, kind: OnsetKind | None) -> None:
        self.intake.onset.kind = kind
        if kind is OnsetKind.AGO:
            self.intake.onset.ago_noted = date.today()  # "N ago" counts back from the day it is said

    def _kind(self) -> None:
        self._set_kind(self.kind.value())
        self._update_enabled()
        self.answered()

    def _start(self) -> None:
        self._choose_kind(OnsetKind.DATE)
        self.intake.onset.start = self.start.value()
        self.answered()

    def _amount(self, text: str) -> None:
        self._choose_kind(OnsetKind.AGO)
        self.intake.onset.ago_amount = int(text) if text.isdigit() else None
        self.intake.onset.ago_noted = date.today()
        self.answered()

    def _unit(self) -> None:
        self._choose_kind(OnsetKind.AGO)
        self.intake.onset.ago_unit = self.unit.value()
        self.intake.onset.ago_noted = date.today()
        self.answered()

    def _speed(self) -> None:
        self.intake.onset.speed = self.speed.value()
        self.answered()

    def _circumstances(self) -> None:
        self.intake.onset.circumstances = self.circumstances.value()
        self._update_enabled()
        self.answered()

    def _circumstance_other(self, text: str) -> None:
        self.intake.onset.circumstance_other = clean_text(text)
        self.answered()

    def _conditions(self) -> None:
        self.intake.onset.set_conditions(self.conditions.value())
        if self.conditions.value() != self.intake.onset.conditions:
            self.conditions.setValue(self.intake.onset.conditions)
        self._update_enabled()
        self.answered()

    def _condition_other(self, text: str) -> None:
        self.intake.onset.condition_other = clean_text(text)
        self.answered()


def _stack(*widgets: QWidget) -> QWidget:
    holder = QWidget()
    box = QVBoxLayout(holder)
    box.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        box.addWidget(widget)
    return holder
