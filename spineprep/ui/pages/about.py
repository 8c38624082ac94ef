"""About you: name, date of birth, appointment date, physician."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from spineprep.catalogue import SHORT_TEXT_LIMIT
from spineprep.intake import clean_text
from spineprep.navigation import Step
from spineprep.ui.pages.base import Page
from spineprep.ui.widgets.fields import DateField, QuestionBlock


class AboutPage(Page):
    step = Step.ABOUT

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("About you"),
            self.tr("So the clinic can match this sheet to you."),
            parent,
        )
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Full name"))
        self.name.setMaxLength(SHORT_TEXT_LIMIT)
        self.name.textEdited.connect(self._name_edited)
        self.add_block("full_name", QuestionBlock(self.tr("Full name"), self.name, required=True))

        self.birth = DateField(self.tr("Date of birth"))
        self.birth.changed.connect(self._birth_edited)
        self.add_block(
            "birth",
            QuestionBlock(self.tr("Date of birth"), self.birth, self.tr("For example 04 / 27 / 1961"), True),
        )

        self.appointment = DateField(self.tr("Appointment date"))
        self.appointment.changed.connect(self._appointment_edited)
        self.add_block("appointment", QuestionBlock(self.tr("Appointment date"), self.appointment))

        self.physician = QLineEdit()
        self.physician.setAccessibleName(self.tr("Physician's name"))
        self.physician.setMaxLength(SHORT_TEXT_LIMIT)
        self.physician.textEdited.connect(self._physician_edited)
        self.add_block("physician", QuestionBlock(self.tr("Physician's name"), self.physician))
        self.finish_layout()

    def refresh(self) -> None:
        p = self.intake.patient
        self.name.setText(p.full_name)
        self.birth.setValue(p.birth)
        self.appointment.setValue(p.appointment)
        self.physician.setText(p.physician)

    def _name_edited(self, text: str) -> None:
        self.intake.patient.full_name = clean_text(text)
        self.answered()

    def _birth_edited(self) -> None:
        self.intake.patient.birth = self.birth.value()
        self.answered()

    def _appointment_edited(self) -> None:
        self.intake.patient.appointment = self.appointment.value()
        self.answered()

    def _physician_edited(self, text: str) -> None:
        self.intake.patient.physician = clean_text(text)
        self.answered()
