"""Urgent symptoms: the red-flag checklist, and the notice shown when any is ticked."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from spineprep.advice import advice
from spineprep.catalogue import Flag, FlagLevel
from spineprep.navigation import Step
from spineprep.settings import Settings, clean_phone
from spineprep.ui.pages.base import Page
from spineprep.ui.widgets.choices import MultiChoice, RowCheckBox, option_text
from spineprep.ui.widgets.fields import QuestionBlock
from spineprep.ui.widgets.spoken import MessageLabel, describe


class UrgentPage(Page):
    step = Step.URGENT

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Do you have any of these?"),
            self.tr("Some of these need care quickly. Tick every one that is true for you."),
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
        # For the flags the physician weighs (no alarm screen): a calm word on what to do.
        self.for_physician = QLabel(
            self.tr(
                "Your doctor will see this first on your sheet. Tell the clinic about it before your "
                "visit, and call them sooner if the pain is severe, constant or worse at night."
            )
        )
        self.for_physician.setObjectName("hint")
        self.for_physician.setWordWrap(True)
        self.for_physician.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        box.addWidget(self.for_physician)
        self.add_block("urgent", QuestionBlock(self.tr("Symptoms"), holder, required=True))
        self.finish_layout()

    def refresh(self) -> None:
        urgent = self.intake.urgent
        self.for_physician.setVisible(urgent.level is FlagLevel.FOR_PHYSICIAN)
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


class _SubmitLine(QLineEdit):
    """A box whose Enter keeps what was typed, and is not also taken as Next (Qt passes a
    QLineEdit's Enter on to the window after ``returnPressed``)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class UrgentNoticePage(Page):
    """Shown after the checklist when a symptom needs care now or today: what to do, then
    carry on. What is said follows the most urgent symptom's level (``spineprep.advice``)."""

    step = Step.URGENT_NOTICE
    # A home patient typed their clinic's number (from their appointment letter) to keep.
    phoneEntered = Signal(str)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Please call the clinic now"), "", parent)
        self.settings = settings
        self.kiosk = False
        self.panel = QLabel()
        self.panel.setObjectName("urgentPanel")
        self.panel.setWordWrap(True)
        self.panel.setTextFormat(Qt.TextFormat.RichText)
        self.panel.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # what to do is reachable with Tab
        self.body.addWidget(self.panel)
        self.phone_box = QWidget()
        row = QHBoxLayout(self.phone_box)
        row.setContentsMargins(0, 0, 0, 0)
        self.phone = _SubmitLine()
        self.phone.setMaxLength(40)
        self.phone.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.phone.setAccessibleName(self.tr("Your clinic's phone number"))
        self.phone.setPlaceholderText(self.tr("for example (555) 010-0199"))
        self.phone.returnPressed.connect(self._keep_phone)
        self.keep_phone = QPushButton(self.tr("Keep this number"))
        self.keep_phone.setAccessibleName(self.keep_phone.text())
        self.keep_phone.clicked.connect(self._keep_phone)
        # As wide as a phone number, not the page: the button stays next to what was typed.
        self.phone.setMaximumWidth(self.phone.fontMetrics().horizontalAdvance("0") * 26)
        row.addWidget(self.phone, 1)
        row.addWidget(self.keep_phone)
        row.addStretch(1)
        self.phone_block = QuestionBlock(
            self.tr("Your clinic's phone number"),
            self.phone_box,
            hint=self.tr("Type it once from your appointment letter; SpinePrep shows it here next time."),
        )
        self.body.addWidget(self.phone_block)
        self.phone_status = MessageLabel()
        self.body.addWidget(self.phone_status)
        self.spoken: list[str] = []
        self.after = QLabel()
        self.after.setWordWrap(True)
        self.after.setObjectName("intro")
        self.body.addWidget(self.after)
        self.finish_layout()

    def set_kiosk(self, kiosk: bool) -> None:
        """At the clinic's kiosk the patient is a few steps from the front desk: tell them now."""
        self.kiosk = kiosk
        self.refresh()

    def entered(self) -> None:
        self.phone_status.say("")
        self.refresh()

    def refresh(self) -> None:
        phone = self.settings.clinic_phone.strip()
        said = advice(self.intake.urgent.level, kiosk=self.kiosk, phone_known=bool(phone))
        if said is None:  # nothing alarming ticked (the flow does not show this page then)
            said = advice(FlagLevel.CALL_TODAY, kiosk=self.kiosk, phone_known=bool(phone))
            assert said is not None

        def words(source: str) -> str:
            text = QCoreApplication.translate("Advice", source)
            return text.format(clinic=self.settings.clinic_name, phone=phone)

        heading = words(said.heading)
        self.heading.setText(heading)
        self.heading.setAccessibleName(heading)
        ticked = [option_text(f) for f in Flag if f in self.intake.urgent.flags and f.level.alarming]
        intro = self.tr("You ticked:")
        acts = [words(a) for a in said.act]
        items = "".join(f"<li>{escape(t)}</li>" for t in ticked)
        self.panel.setText(
            f"<p><b>{escape(intro)}</b></p><ul>{items}</ul><p><b>{escape(acts[0])}</b></p>"
            + "".join(f"<p>{escape(a)}</p>" for a in acts[1:])
        )
        # Read as sentences, not markup.
        self.panel.setAccessibleName(" ".join([intro, "; ".join(ticked) + ".", *acts]))
        self.phone_block.setVisible(said.ask_phone)
        if said.ask_phone and not self.phone.hasFocus():
            self.phone.setText(phone)  # the number kept, to check or put right
        self.after.setText(words(said.then))
        # Read aloud: what to do, never which symptoms were ticked (at the kiosk, others hear).
        self.spoken = [heading, *acts, self.after.text()]

    def read_aloud_texts(self) -> list[str]:
        return list(self.spoken)

    def _keep_phone(self) -> None:
        number = clean_phone(self.phone.text())
        if number is None:
            self._say(
                self.tr("Type the clinic's whole number, with the area code, for example (555) 010-0199."),
                error=True,
            )
            # The reason is read with the box, where focus goes back.
            describe(self.phone, "message", self.phone_status.text())
            self.phone.setFocus()
            return
        self.phoneEntered.emit(number)

    def phone_kept(self, problem: str = "") -> None:
        """The window kept the number (or says why it could not)."""
        self.refresh()
        describe(self.phone, "message", "")
        self._say(problem or self.tr("Kept. The number is shown above, and here next time."), bool(problem))
        self.panel.setFocus()

    def _say(self, text: str, error: bool) -> None:
        self.phone_status.say(text, error)
