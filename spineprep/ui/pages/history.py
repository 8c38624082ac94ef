"""History: finished summaries on this computer; open, save or delete one."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from spineprep.navigation import Step
from spineprep.records import HistoryEntry
from spineprep.ui.pages.base import Page
from spineprep.ui.widgets.fields import readable_time
from spineprep.ui.widgets.spoken import MessageLabel


class HistoryPage(Page):
    step = Step.WELCOME  # not part of the numbered flow
    openRequested = Signal(str)
    saveRequested = Signal(str)
    deleteRequested = Signal(str)
    closeRequested = Signal()
    # The patient reached the end of the rows shown, and there are older ones.
    moreRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Past summaries"), self.tr("Summaries you finished on this computer."), parent
        )
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(self.tr("Past summaries"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Finished"), self.tr("Name"), self.tr("Pain now"), self.tr("Worst pain")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab leaves the table for the buttons (Qt's default moves between cells for ever);
        # the arrow keys choose the row.
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(260)
        self.table.itemSelectionChanged.connect(self._selection)
        # Shown a page at a time: scrolling to the end (by wheel, finger or arrow key) or
        # "Show older summaries" brings the next.
        self.table.verticalScrollBar().valueChanged.connect(self._scrolled)
        # A double click, or Enter on the chosen row, opens it.
        self.table.activated.connect(lambda _index: self._emit(self.openRequested))
        # The list takes the height the window has (fifty rows in a 260-pixel box left most of a
        # laptop's screen empty); the space below is taken only when there is no list.
        self.body.addWidget(self.table, 1)
        more_row = QHBoxLayout()
        self.count = QLabel()
        self.count.setObjectName("hint")
        more_row.addWidget(self.count, 1)
        self.more_button = QPushButton(self.tr("Show older summaries"))
        self.more_button.setAccessibleName(self.more_button.text())
        self.more_button.clicked.connect(self.moreRequested)
        more_row.addWidget(self.more_button)
        self.body.addLayout(more_row)
        self.empty = QLabel(self.tr("There are no finished summaries yet."))
        self.empty.setObjectName("hint")
        self.body.addWidget(self.empty)
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open"))
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.back_button = QPushButton(self.tr("Back to start"))
        for button, signal in (
            (self.open_button, self.openRequested),
            (self.save_button, self.saveRequested),
            (self.delete_button, self.deleteRequested),
        ):
            button.setAccessibleName(button.text().rstrip("…"))
            button.clicked.connect(lambda _=False, s=signal: self._emit(s))
            row.addWidget(button)
        row.addStretch(1)
        self.back_button.setAccessibleName(self.back_button.text())
        self.back_button.clicked.connect(self.closeRequested)
        row.addWidget(self.back_button)
        self.body.addLayout(row)
        self.message = MessageLabel()
        self.body.addWidget(self.message)
        self.body.addStretch(0)
        self.ids: list[str] = []
        self.total = 0
        self._more = False
        self._selection()

    def show_entries(self, entries: list[HistoryEntry], total: int, more: bool) -> None:
        """The first rows (``total``: how many there are in all; ``more``: older ones follow)."""
        self.ids = []
        self.table.setRowCount(0)
        self.add_entries(entries, total, more)
        self.table.setVisible(bool(entries))
        self.empty.setVisible(not entries)
        for button in (self.open_button, self.save_button, self.delete_button):
            button.setVisible(bool(entries))
        if entries:
            self.table.selectRow(0)
        self._selection()

    def add_entries(self, entries: list[HistoryEntry], total: int, more: bool) -> None:
        """The next rows, below those shown; ``more``: older ones follow."""
        start = len(self.ids)
        self.ids += [e.id for e in entries]
        self.total = max(total, len(self.ids))
        self._more = more
        self.table.setRowCount(len(self.ids))
        for row, entry in enumerate(entries, start):
            cells = (
                readable_time(entry.completed_at),
                entry.full_name,
                "" if entry.pain_now is None else f"{entry.pain_now} / 10",
                "" if entry.pain_worst is None else f"{entry.pain_worst} / 10",
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        more = self.has_more()
        self.more_button.setVisible(more)
        self.count.setVisible(more)
        if more:
            self.count.setText(
                self.tr("Showing the newest {0} of {1}.").format(
                    QLocale().toString(len(self.ids)), QLocale().toString(self.total)
                )
            )

    def has_more(self) -> bool:
        return self._more

    def _scrolled(self, value: int) -> None:
        bar = self.table.verticalScrollBar()
        if value > 0 and value == bar.maximum() and self.has_more():
            self.moreRequested.emit()

    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else 0

    def row_words(self, row: int) -> tuple[str, str]:
        """The name and when it was finished, as row ``row`` shows them."""
        cells = [self.table.item(row, column) for column in (1, 0)]
        name, when = (cell.text() if cell is not None else "" for cell in cells)
        return name, when

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.ids[rows[0].row()] if rows else None

    def _selection(self) -> None:
        chosen = self.selected_id() is not None
        for button in (self.open_button, self.save_button, self.delete_button):
            button.setEnabled(chosen)

    def _emit(self, signal: SignalInstance) -> None:
        chosen = self.selected_id()
        if chosen is not None:
            signal.emit(chosen)
