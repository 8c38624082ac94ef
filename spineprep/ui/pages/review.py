"""Review: every answer grouped by question, each group with a "Change" button."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal, SignalInstance
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from spineprep.navigation import Step
from spineprep.summary import Audience, Section, summarise
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
        self._cards: list[Card] = []

    def refresh(self) -> None:
        """Emptied on every load (nothing of an earlier intake lingers); filled when entered."""
        for card in self._cards:
            card.empty()

    def prepare(self) -> None:
        """Make the cards for the answers as they are now, ahead of entering (the window calls
        this while the page before is showing): entering then only sets their words. Building
        sixty labels as the page came took 30-40 ms, two frames and more, after Next."""
        self._fill(self._sections())
        for card in self._cards:
            card.ensurePolished()

    def entered(self) -> None:
        self._fill(self._sections())

    def _sections(self) -> list[Section]:
        return summarise(self.intake, self.today(), Audience.PATIENT, _translate, long_date)

    def _fill(self, sections: list[Section]) -> None:
        shape = [len(section.rows) for section in sections]
        if shape != [len(card.rows) for card in self._cards]:
            self._clear()
            previous: QWidget = self.heading
            for rows in shape:
                card = Card(rows, self.changeRequested)
                self.cards.addWidget(card)
                self._cards.append(card)
                # Cards are made when the page is entered, after Back and Next: Tab reaches each
                # Change button in reading order, before the nav bar.
                QWidget.setTabOrder(previous, card.change)
                previous = card.change
        for card, section in zip(self._cards, sections, strict=True):
            card.show_section(section)

    def _clear(self) -> None:
        self._cards.clear()
        while self.cards.count():
            item = self.cards.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()


class Card(QFrame):
    """One question's answers, with its "Change" button (its words are the page's, to translate)."""

    def __init__(self, rows: int, change_requested: SignalInstance) -> None:
        super().__init__()
        self.setObjectName("reviewCard")
        self.key = ""
        box = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("cardTitle")
        self.title.setWordWrap(True)
        self.change = QPushButton(QCoreApplication.translate("ReviewPage", "Change"))
        self.change.setObjectName("changeButton")
        self.change.clicked.connect(lambda: change_requested.emit(self.key))
        top.addWidget(self.title, 1)
        top.addWidget(self.change)
        box.addLayout(top)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(0, 0)
        self.rows: list[tuple[QLabel, QLabel]] = []
        for row in range(rows):
            label = QLabel()
            label.setObjectName("reviewLabel")
            label.setTextFormat(Qt.TextFormat.PlainText)  # typed text ("Something else: …")
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignTop)
            label.setFixedWidth(LABEL_WIDTH)  # one label column in every card, so values line up
            value = QLabel()
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setWordWrap(True)
            value.setAlignment(Qt.AlignmentFlag.AlignTop)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            grid.addWidget(label, row, 0)
            grid.addWidget(value, row, 1)
            self.rows.append((label, value))
        box.addLayout(grid)

    def show_section(self, section: Section) -> None:
        self.key = section.key
        self.title.setText(section.title)
        self.change.setAccessibleName(
            QCoreApplication.translate("ReviewPage", "Change: {0}").format(section.title)
        )
        # The answers themselves, read with the button a keyboard reaches for each group.
        self.change.setAccessibleDescription(
            "; ".join(
                QCoreApplication.translate("ReviewPage", "{0}: {1}").format(a.label, a.value)
                for a in section.rows
            )
        )
        for (label, value), answer in zip(self.rows, section.rows, strict=True):
            label.setText(answer.label)
            value.setText(answer.value)
            name = "reviewValue" if answer.answered else "notAnswered"
            if value.objectName() != name:
                value.setObjectName(name)
                value.style().unpolish(value)  # its colour comes from the stylesheet, by name
                value.style().polish(value)

    def empty(self) -> None:
        self.title.clear()
        self.change.setAccessibleName("")
        self.change.setAccessibleDescription("")
        for label, value in self.rows:
            label.clear()
            value.clear()
