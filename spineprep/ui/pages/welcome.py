"""Welcome: what this is for, how long it takes, where answers stay; resume an unfinished draft."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from spineprep.language import Language
from spineprep.navigation import Step
from spineprep.settings import Look, Settings
from spineprep.ui.pages.base import Page
from spineprep.ui.widgets.look_bar import LookBar


class WelcomePage(Page):
    step = Step.WELCOME
    resumeRequested = Signal()
    discardRequested = Signal()
    historyRequested = Signal()

    def __init__(
        self, settings: Settings, look: Look, languages: list[Language], parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Get ready for your spine appointment"), "", parent)
        # A returning patient's first choice, first: at large text it was below the fold, with
        # only a greyed-out Start in view.
        self.resume_box = QFrame()
        self.resume_box.setObjectName("resumeBox")
        box = QVBoxLayout(self.resume_box)
        self.resume_text = QLabel()
        self.resume_text.setWordWrap(True)
        box.addWidget(self.resume_text)
        row = QHBoxLayout()
        self.resume_button = QPushButton(self.tr("Continue where I left off"))
        self.resume_button.setObjectName("primary")
        self.discard_button = QPushButton(self.tr("Start over"))
        for button in (self.resume_button, self.discard_button):
            button.setAccessibleName(button.text())
            row.addWidget(button)
        row.addStretch(1)
        box.addLayout(row)
        self.resume_button.clicked.connect(self.resumeRequested)
        self.discard_button.clicked.connect(self.discardRequested)
        self.resume_box.setVisible(False)
        self.body.addWidget(self.resume_box)

        # Before anything else: a patient who reads Spanish, or needs bigger text, sets it here.
        self.look_bar = LookBar(look, languages)
        self.body.addWidget(self.look_bar)
        self.body.addSpacing(12)
        intro = QLabel(
            self.tr(
                "Your doctor at {0} wants to know four things about your back spasms: how bad the pain is, "
                "how often the spasms come, when they started, and what you are doing for relief."
            ).format(settings.clinic_name)
        )
        intro.setWordWrap(True)
        intro.setObjectName("intro")
        self.body.addWidget(intro)
        for text in (
            self.tr("It takes about 3 minutes."),
            self.tr("At the end you get a one-page sheet to print and bring to your visit."),
            self.tr("Your answers stay on this computer. Nothing is sent over the internet."),
        ):
            line = QLabel("•  " + text)
            line.setWordWrap(True)
            line.setObjectName("bullet")
            self.body.addWidget(line)

        self.body.addSpacing(12)
        history = self.history_button = QPushButton(self.tr("See past summaries"))
        history.setObjectName("link")
        history.setAccessibleName(history.text())
        history.clicked.connect(self.historyRequested)
        history_row = QHBoxLayout()
        history_row.addWidget(history)
        history_row.addStretch(1)
        self.body.addLayout(history_row)
        self.finish_layout()

    def set_kiosk(self, kiosk: bool) -> None:
        """A shared kiosk never offers earlier answers or past summaries to whoever stands there."""
        self.history_button.setVisible(not kiosk)
        if kiosk:
            self.offer_resume(None)

    def offer_resume(self, started: str | None) -> None:
        """Show or hide the "unfinished answers" box; ``started`` is a readable date and time."""
        if started:
            self.resume_text.setText(
                self.tr("You have unfinished answers from {0}. Do you want to continue them?").format(started)
            )
        self.resume_box.setVisible(bool(started))
