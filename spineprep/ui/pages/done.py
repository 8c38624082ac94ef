"""Done: save, print or preview the sheet, or start a new one."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from spineprep.navigation import Step
from spineprep.ui.pages.base import Page
from spineprep.ui.widgets.spoken import MessageLabel


class DonePage(Page):
    step = Step.DONE
    saveRequested = Signal()
    printRequested = Signal()
    previewRequested = Signal()
    newRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("All done. Thank you!"),
            self.tr("Your summary sheet is ready. Print it or save it, and bring it to your appointment."),
            parent,
        )
        grid = QGridLayout()
        grid.setSpacing(12)
        self.print_button = QPushButton(self.tr("Print…"))
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.preview_button = QPushButton(self.tr("Preview"))
        self.new_button = QPushButton(self.tr("Start a new one"))
        self.print_button.setObjectName("primary")
        for index, (button, signal) in enumerate(
            (
                (self.print_button, self.printRequested),
                (self.save_button, self.saveRequested),
                (self.preview_button, self.previewRequested),
                (self.new_button, self.newRequested),
            )
        ):
            button.setAccessibleName(button.text().rstrip("…"))
            button.setMinimumHeight(52)
            button.clicked.connect(signal)
            grid.addWidget(button, index // 2, index % 2)
        self.body.addSpacing(8)
        self.body.addLayout(grid)
        self.status = MessageLabel()
        self.body.addWidget(self.status)
        self.finish_layout()

    def set_status(self, message: str, error: bool = False) -> None:
        """Say what became of the sheet; focus goes to the words, so a screen reader reads them."""
        self.status.say(message, error, focus=True)
