"""Buttons in as many columns as fit: at large text an option list or the 0-10 scale wraps
onto more rows instead of running off the page."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QGridLayout, QLayout, QWidget


def place(index: int, count: int, columns: int, column_major: bool) -> tuple[int, int]:
    """(row, column) of item ``index`` of ``count`` in ``columns`` columns."""
    if column_major:  # read down each column, like a printed list
        rows = -(-count // columns)
        return index % rows, index // rows
    return index // columns, index % columns


def needed_width(widths: Sequence[int], columns: int, spacing: int, column_major: bool) -> int:
    """The width ``columns`` columns take: each as wide as its widest item, plus the gaps."""
    widest = [0] * columns
    for index, width in enumerate(widths):
        _, column = place(index, len(widths), columns, column_major)
        widest[column] = max(widest[column], width)
    return sum(widest) + spacing * (columns - 1)


def best_columns(
    widths: Sequence[int], available: int, spacing: int, choices: Sequence[int], column_major: bool
) -> int:
    """The first of ``choices`` (most columns first) that fits ``available``; else the last."""
    for columns in choices:
        if needed_width(widths, columns, spacing, column_major) <= available:
            return columns
    return choices[-1]


class Reflow:
    """Keeps ``items`` in ``grid`` (the widget's whole layout) in the most columns that fit.

    The widget asks for no more width than one column needs, so the page never grows wider
    than the window; each resize picks the columns again.
    """

    def __init__(
        self,
        widget: QWidget,
        grid: QGridLayout,
        items: Sequence[QWidget],
        choices: Sequence[int],
        column_major: bool,
    ) -> None:
        self.widget = widget
        self.grid = grid
        self.items = list(items)
        self.choices = list(choices)
        self.column_major = column_major
        self.columns = 0
        grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.arrange(self.choices[0])

    def arrange(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for item in self.items:
            self.grid.removeWidget(item)
        for index, item in enumerate(self.items):
            row, column = place(index, len(self.items), columns, self.column_major)
            self.grid.addWidget(item, row, column)
        for column in range(max(self.choices)):
            self.grid.setColumnStretch(column, 0)
        self.widget.updateGeometry()

    def columns_for(self, width: int) -> int:
        margins = self.grid.contentsMargins()
        spacing = max(self.grid.horizontalSpacing(), 0)
        widths = [item.sizeHint().width() for item in self.items]
        available = width - margins.left() - margins.right()
        return best_columns(widths, available, spacing, self.choices, self.column_major)

    def fit(self, width: int) -> None:
        self.arrange(self.columns_for(width))

    def minimum(self) -> QSize:
        """One column's width: the page may be as narrow as that before anything is cut."""
        margins = self.grid.contentsMargins()
        width = max((item.sizeHint().width() for item in self.items), default=0)
        return QSize(width + margins.left() + margins.right(), self.grid.minimumSize().height())
