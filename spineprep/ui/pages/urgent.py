"""Urgent symptoms: the red-flag checklist, and the notice shown when any is ticked."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from spineprep.catalogue import Flag
from spineprep.navigation import Step
from spineprep.settings import Settings
from spineprep.ui.pages.base import Page
from spineprep.ui.widgets.choices import MultiChoice, RowCheckBox, option_text
from spineprep.ui.widgets.fields import QuestionBlock


class UrgentPage(Page):
    step = Step.URGENT

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Do you have any of these?"),
            self.tr("These can be signs of a problem that needs care quickly. Tick every one you have now."),
            parent,
        )
        self.flags = MultiChoice(self.tr("Urgent symptoms"), list(Flag))
        self.none = RowCheckBox(self.tr("None of these"))
        self.none.setObjectName("choice")
        self.none.setAccessibleName(self.tr("None of these"))
        self.flags.changed.connect(self._flags)
        self.none.toggled.connect(self._none)
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.flags)
        box.addSpacing(8)
        box.addWidget(self.none)
        self.add_block("urgent", QuestionBlock(self.tr("Symptoms"), holder, required=True))
        self.finish_layout()

    def refresh(self) -> None:
        self.flags.setValue(self.intake.urgent.flags)
        self.none.blockSignals(True)
        self.none.setChecked(self.intake.urgent.none_of_these)
        self.none.blockSignals(False)

    def _flags(self) -> None:
        self.intake.urgent.set_flags(self.flags.value())
        self.refresh()
        self.answered()

    def _none(self, checked: bool) -> None:
        if self._loading:
            return
        self.intake.urgent.set_none(checked)
        self.refresh()
        self.answered()


class UrgentNoticePage(Page):
    """Shown after the checklist when a flag is ticked: call now, then carry on."""

    step = Step.URGENT_NOTICE

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Please call the clinic now"), "", parent)
        self.settings = settings
        self.kiosk = False
        self.panel = QLabel()
        self.panel.setObjectName("urgentPanel")
        self.panel.setWordWrap(True)
        self.body.addWidget(self.panel)
        self.after = QLabel(
            self.tr("When you have done that, you can finish the form so your doctor has your answers.")
        )
        self.after.setWordWrap(True)
        self.after.setObjectName("intro")
        self.body.addWidget(self.after)
        self.finish_layout()

    def set_kiosk(self, kiosk: bool) -> None:
        """At the clinic's kiosk the patient is a few steps from the front desk: tell them now."""
        self.kiosk = kiosk
        heading = (
            self.tr("Please tell the front desk right now")
            if kiosk
            else self.tr("Please call the clinic now")
        )
        self.heading.setText(heading)
        self.heading.setAccessibleName(heading)
        self.after.setText(
            self.tr(
                "Then come back and finish the questions. If you are not back in a few minutes, "
                "your answers are printed for the front desk."
            )
            if kiosk
            else self.tr("When you have done that, you can finish the form so your doctor has your answers.")
        )

    def entered(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        flags = [f for f in Flag if f in self.intake.urgent.flags]
        items = "".join(f"<li>{_escape(option_text(f))}</li>" for f in flags)
        if self.kiosk:
            self.panel.setText(
                "<p><b>" + self.tr("You ticked:") + "</b></p><ul>" + items + "</ul><p><b>"
                + self.tr("Go to the front desk now and tell the staff about these symptoms.")
                + "</b> "
                + self.tr("These can need care quickly. Do not wait for your appointment.")
                + "</p>"
            )  # fmt: skip
            self.panel.setAccessibleName(self.panel.text())
            return
        phone = self.settings.clinic_phone.strip()
        call = (
            self.tr("Call {0} now at {1}.").format(_escape(self.settings.clinic_name), _escape(phone))
            if phone
            else self.tr("Call {0} now.").format(_escape(self.settings.clinic_name))
        )
        self.panel.setText(
            "<p><b>" + self.tr("You ticked:") + "</b></p><ul>" + items + "</ul>"
            "<p><b>"
            + call
            + "</b> "
            + self.tr(
                "If you cannot reach them, or the symptoms are bad, call 911 or go to the emergency room."
            )
            + "</p>"
        )
        self.panel.setAccessibleName(self.panel.text())


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
