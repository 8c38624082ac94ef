"""For your doctor: anything else, and the patient's questions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from spineprep.catalogue import ANYTHING_ELSE, CONTEXT, QUESTIONS, TEXT_LIMIT
from spineprep.intake import clean_text
from spineprep.navigation import Step
from spineprep.ui.pages.base import Page
from spineprep.ui.widgets.fields import CountedText, QuestionBlock


class NotesPage(Page):
    step = Step.NOTES

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("For your doctor"),
            self.tr(
                "Anything else the doctor should know, and the questions you want to ask. Both are optional."
            ),
            parent,
        )
        self.anything_else = CountedText(QCoreApplication.translate(CONTEXT, ANYTHING_ELSE), TEXT_LIMIT)
        self.anything_else.changed.connect(self._anything_else)
        self.add_block(
            "anything_else",
            QuestionBlock(self.tr("Anything else the doctor should know"), self.anything_else),
        )
        self.questions = CountedText(QCoreApplication.translate(CONTEXT, QUESTIONS), TEXT_LIMIT)
        self.questions.edit.setPlaceholderText(
            self.tr("For example: Can I keep working? Should I see a physical therapist?")
        )
        self.questions.changed.connect(self._questions)
        self.add_block("questions", QuestionBlock(self.tr("Your questions for the doctor"), self.questions))
        self.finish_layout()

    def refresh(self) -> None:
        self.anything_else.setText(self.intake.notes.anything_else)
        self.questions.setText(self.intake.notes.questions)

    def _anything_else(self) -> None:
        self.intake.notes.anything_else = clean_text(self.anything_else.text())
        self.answered()

    def _questions(self) -> None:
        self.intake.notes.questions = clean_text(self.questions.text())
        self.answered()
