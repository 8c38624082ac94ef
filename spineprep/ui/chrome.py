"""What frames every page: the header (clinic, Read aloud, the other language, product name),
the emergency line, the store banner, and the bar with Back, the step and Next."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from spineprep import navigation
from spineprep.language import Language
from spineprep.navigation import Step
from spineprep.settings import DEFAULT_EMERGENCY, Settings
from spineprep.ui import i18n
from spineprep.ui.read_aloud import ReadAloudButton
from spineprep.ui.widgets.elided import ElidedLabel


class Header(QFrame):
    """Clinic name, Read aloud, the other language named in itself, and the product name."""

    def __init__(
        self,
        clinic_name: str,
        read_texts: Callable[[], list[str] | None],
        readable: Callable[[], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("header")
        row = QHBoxLayout(self)
        row.setContentsMargins(24, 10, 24, 10)
        # A long name at large text ends in "…" rather than pushing the language switch off
        # the bar (or taking a second line from the page).
        self.clinic = ElidedLabel(clinic_name)
        self.clinic.setObjectName("clinicName")
        row.addWidget(self.clinic, 1)
        # Questions read aloud, for a patient who cannot read them well (hidden without a voice).
        self.read_button = ReadAloudButton(read_texts, readable)
        row.addWidget(self.read_button)
        row.addSpacing(8)
        # The other language, named in itself, on every page: a patient can switch mid-way.
        self.language_button = QPushButton()
        self.language_button.setObjectName("languageButton")
        self.language_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        row.addWidget(self.language_button)
        row.addSpacing(16)
        self.product = QLabel()
        self.product.setObjectName("productName")
        row.addWidget(self.product)

    def retranslate(self, language: Language) -> None:
        self.product.setText(QCoreApplication.translate("MainWindow", "SpinePrep"))
        other = next(lang for lang in Language if lang is not language)
        self.language_button.setText(other.native_name)
        self.language_button.setAccessibleName(other.native_name)
        # "Show the questions in Spanish", in the patient's language (was "… en English").
        self.language_button.setAccessibleDescription(
            QCoreApplication.translate("MainWindow", "Show the questions in {0}").format(
                QCoreApplication.translate("Language", other.english_name)
            )
        )
        self.language_button.setVisible(other in i18n.available())
        self.read_button.set_language(language)


class EmergencyLine(QLabel):
    """The clinic's emergency instruction, on every page; read as what it says, a Tab stop."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emergency")
        self.setWordWrap(True)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def show_for(self, settings: Settings) -> None:
        text = settings.emergency_text
        if text == DEFAULT_EMERGENCY:
            text = QCoreApplication.translate("Settings", DEFAULT_EMERGENCY)
        self.setText("⚠  " + text)
        # Read as what it says (it was named "Emergency", the words only in its description),
        # and a Tab stop, so a screen reader reaches it.
        self.setAccessibleName(self.text().lstrip("⚠ "))
        self.setAccessibleDescription(self.text())


class StoreBanner(QLabel):
    """Why answers cannot be kept on disk just now, and that they are safe while open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storeBanner")
        self.setWordWrap(True)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a screen reader can reach it
        self.setVisible(False)

    def show_problem(self, sentence: str, kept_in_memory: bool = True) -> None:
        if not kept_in_memory:
            self.setText(sentence)
            self.setVisible(True)
            return
        self.setText(
            sentence
            + " "
            + QCoreApplication.translate(
                "MainWindow",
                "Your answers are kept while SpinePrep is open; you can still print or save the sheet.",
            )
        )
        self.setVisible(True)


class NavBar(QFrame):
    """Back, "Step n of N" and Next (Start, Continue, Finish as the step asks)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navBar")
        row = QHBoxLayout(self)
        row.setContentsMargins(24, 10, 24, 12)
        self.back_button = QPushButton()
        self.back_button.setObjectName("navButton")
        self.step_label = QLabel()
        self.step_label.setObjectName("stepLabel")
        self.step_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = QPushButton()
        self.next_button.setObjectName("nextButton")
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.step_label)
        row.addStretch(1)
        row.addWidget(self.next_button)

    def show_step(self, step: Step, in_flow: bool, kiosk: bool, draft_offered: bool) -> None:
        """What the bar offers on ``step`` (``in_flow``: a question page shows, not a screen)."""
        number = navigation.step_number(step) if in_flow else None
        self.step_label.setText(
            QCoreApplication.translate("MainWindow", "Step {0} of {1}").format(*number) if number else ""
        )
        self.back_button.setText(QCoreApplication.translate("MainWindow", "Back"))
        self.back_button.setAccessibleName(self.back_button.text())
        # At the kiosk the session starts on "About you": nothing lies before it.
        first = Step.ABOUT if kiosk else Step.WELCOME
        self.back_button.setVisible(in_flow and step not in (Step.WELCOME, first, Step.DONE))
        labels = {
            Step.WELCOME: QCoreApplication.translate("MainWindow", "Start"),
            Step.REVIEW: QCoreApplication.translate("MainWindow", "Finish"),
            Step.URGENT_NOTICE: QCoreApplication.translate("MainWindow", "Continue"),
        }
        self.next_button.setText(labels.get(step, QCoreApplication.translate("MainWindow", "Next")))
        self.next_button.setAccessibleName(self.next_button.text())
        self.next_button.setVisible(in_flow and step is not Step.DONE)
        # Welcome with answers to resume: the patient chooses Resume or Start over first.
        self.next_button.setEnabled(not (step is Step.WELCOME and draft_offered))
        self.setVisible(in_flow and step is not Step.DONE)
