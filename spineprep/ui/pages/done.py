"""Done: save, print or preview the sheet, or start a new one."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from spineprep.navigation import Step
from spineprep.ui.pages.base import Page


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
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        self.body.addWidget(self.status)
        self.finish_layout()

    def set_status(self, message: str, error: bool = False) -> None:
        self.status.setText(message)
        self.status.setProperty("error", error)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
