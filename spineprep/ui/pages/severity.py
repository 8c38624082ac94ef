"""Question 1, severity: pain now and worst this week on 0-10, how much it limits, where it hurts."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from spineprep.catalogue import LIMITATION, LOCATIONS, PAIN_NOW, PAIN_WORST, Limitation, Location
from spineprep.navigation import Step
from spineprep.ui.pages.base import Page
from spineprep.ui.widgets.choices import MultiChoice, SingleChoice, catalogue_text
from spineprep.ui.widgets.fields import QuestionBlock
from spineprep.ui.widgets.scale import PainScale


class SeverityPage(Page):
    step = Step.SEVERITY

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("How bad is the pain?"),
            self.tr("Tap the number that fits best."),
            parent,
        )
        self.pain_now = PainScale(catalogue_text(PAIN_NOW))
        self.pain_now.valueChanged.connect(self._now)
        self.add_block(
            "pain_now", QuestionBlock(self.tr("Your pain right now"), self.pain_now, required=True)
        )

        self.pain_worst = PainScale(catalogue_text(PAIN_WORST))
        self.pain_worst.valueChanged.connect(self._worst)
        self.add_block(
            "pain_worst",
            QuestionBlock(self.tr("Your worst pain in the past 7 days"), self.pain_worst, required=True),
        )

        self.limitation = SingleChoice(catalogue_text(LIMITATION), list(Limitation), columns=2)
        self.limitation.changed.connect(self._limitation)
        self.add_block(
            "limitation",
            QuestionBlock(self.tr("How much does it limit your daily activities?"), self.limitation),
        )

        self.locations = MultiChoice(catalogue_text(LOCATIONS), list(Location), columns=2)
        self.locations.changed.connect(self._locations)
        self.add_block(
            "locations",
            QuestionBlock(self.tr("Where does it hurt?"), self.locations, self.tr("Tick all that apply.")),
        )
        self.finish_layout()

    def refresh(self) -> None:
        s = self.intake.severity
        self.pain_now.setValue(s.pain_now)
        self.pain_worst.setValue(s.pain_worst)
        self.limitation.setValue(s.limitation)
        self.locations.setValue(s.locations)

    def _now(self, score: int) -> None:
        self.intake.severity.pain_now = score
        self.answered()

    def _worst(self, score: int) -> None:
        self.intake.severity.pain_worst = score
        self.answered()

    def _limitation(self) -> None:
        self.intake.severity.limitation = self.limitation.value()
        self.answered()

    def _locations(self) -> None:
        self.intake.severity.locations = self.locations.value()
        self.answered()
