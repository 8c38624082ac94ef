"""Question 2, frequency: how often, how long each spasm lasts, better or worse."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from spineprep.catalogue import DURATION, HOW_OFTEN, TREND, Duration, HowOften, Trend
from spineprep.navigation import Step
from spineprep.ui.pages.base import Page
from spineprep.ui.widgets.choices import SingleChoice, catalogue_text
from spineprep.ui.widgets.fields import QuestionBlock


class FrequencyPage(Page):
    step = Step.FREQUENCY

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("How often do the spasms come?"), "", parent)
        self.how_often = SingleChoice(catalogue_text(HOW_OFTEN), list(HowOften), columns=2)
        self.how_often.changed.connect(self._how_often)
        self.add_block(
            "how_often", QuestionBlock(self.tr("How often do they come?"), self.how_often, required=True)
        )

        self.duration = SingleChoice(catalogue_text(DURATION), list(Duration), columns=2)
        self.duration.changed.connect(self._duration)
        self.duration_block = self.add_block(
            "duration",
            QuestionBlock(self.tr("How long does one spasm usually last?"), self.duration, required=True),
        )

        self.trend = SingleChoice(catalogue_text(TREND), list(Trend), columns=3)
        self.trend.changed.connect(self._trend)
        self.add_block(
            "trend",
            QuestionBlock(
                self.tr("Over the past weeks, is it getting better or worse?"), self.trend, required=True
            ),
        )
        self.finish_layout()

    def refresh(self) -> None:
        f = self.intake.frequency
        self.how_often.setValue(f.how_often)
        self.duration.setValue(f.duration)
        self.trend.setValue(f.trend)
        self._update_duration()

    def _update_duration(self) -> None:
        # Greyed out, not hidden: hiding it would move the next question under the finger.
        self.duration_block.setEnabled(self.intake.frequency.duration_applies())

    def _how_often(self) -> None:
        self.intake.frequency.how_often = self.how_often.value()
        self._update_duration()
        self.answered()

    def _duration(self) -> None:
        self.intake.frequency.duration = self.duration.value()
        self.answered()

    def _trend(self) -> None:
        self.intake.frequency.trend = self.trend.value()
        self.answered()
