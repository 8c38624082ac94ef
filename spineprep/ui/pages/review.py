"""Review: every answer grouped by question, each group with a "Change" button."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from spineprep.navigation import Step
from spineprep.summary import Audience, summarise
from spineprep.ui.i18n import long_date
from spineprep.ui.pages.base import Page


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


#: Width of the question column in every card (long labels wrap inside it).
LABEL_WIDTH = 300


class ReviewPage(Page):
    step = Step.REVIEW
    changeRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Check your answers"),
            self.tr("This is what your doctor will see. Tap “Change” to fix anything."),
            parent,
        )
        self.cards = QVBoxLayout()
        self.cards.setSpacing(10)
        self.body.addLayout(self.cards)
        self.finish_layout()
        self.today: Callable[[], date] = date.today  # the window hands over the flow's clock

    def refresh(self) -> None:
        """Cleared on every load (nothing of an earlier intake lingers); built when entered."""
        self._clear()

    def _clear(self) -> None:
        while self.cards.count():
            item = self.cards.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()

    def entered(self) -> None:
        self._clear()
        previous: QWidget = self.heading
        for section in summarise(self.intake, self.today(), Audience.PATIENT, _translate, long_date):
            card = QFrame()
            card.setObjectName("reviewCard")
            box = QVBoxLayout(card)
            top = QHBoxLayout()
            title = QLabel(section.title)
            title.setObjectName("cardTitle")
            title.setWordWrap(True)
            change = QPushButton(self.tr("Change"))
            change.setAccessibleName(self.tr("Change: {0}").format(section.title))
            # The answers themselves, read with the button a keyboard reaches for each group.
            change.setAccessibleDescription(
                "; ".join(self.tr("{0}: {1}").format(a.label, a.value) for a in section.rows)
            )
            change.setObjectName("changeButton")
            change.clicked.connect(lambda _=False, key=section.key: self.changeRequested.emit(key))
            top.addWidget(title, 1)
            top.addWidget(change)
            box.addLayout(top)
            grid = QGridLayout()
            grid.setHorizontalSpacing(16)
            grid.setColumnStretch(1, 1)
            grid.setColumnStretch(0, 0)
            for row, answer in enumerate(section.rows):
                label = QLabel(answer.label)
                label.setObjectName("reviewLabel")
                label.setTextFormat(Qt.TextFormat.PlainText)  # typed text ("Something else: …")
                label.setWordWrap(True)
                label.setAlignment(Qt.AlignmentFlag.AlignTop)
                label.setFixedWidth(LABEL_WIDTH)  # one label column in every card, so values line up
                value = QLabel(answer.value)
                value.setTextFormat(Qt.TextFormat.PlainText)
                value.setWordWrap(True)
                value.setObjectName("reviewValue" if answer.answered else "notAnswered")
                value.setAlignment(Qt.AlignmentFlag.AlignTop)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
                grid.addWidget(label, row, 0)
                grid.addWidget(value, row, 1)
            box.addLayout(grid)
            self.cards.addWidget(card)
            # Cards are made when the page is entered, after Back and Next: Tab reaches each
            # Change button in reading order, before the nav bar.
            QWidget.setTabOrder(previous, change)
            previous = change
