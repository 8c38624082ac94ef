"""The window's sheet and Past summaries: print, preview and save the sheet; open, save and
delete a past one. What each does is decided by the Visit; here are the dialogs and words."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStackedWidget, QWidget

from spineprep.navigation import Step
from spineprep.sheet_file import write_sheet
from spineprep.ui import sheet_actions
from spineprep.ui.flow import Flow
from spineprep.ui.messages import say
from spineprep.ui.pages.done import DonePage
from spineprep.ui.pages.history import HistoryPage
from spineprep.visit import HISTORY_PAGE, Visit


class SheetActions(QMainWindow):
    """MainWindow's part for the sheet and the past ones."""

    # Made by MainWindow.
    visit: Visit
    flow: Flow
    stack: QStackedWidget
    done: DonePage
    history: HistoryPage
    show_screen: Callable[[QWidget], None]
    # Replaceable in tests; the defaults open the real system dialogs.
    ask_save_path: Callable[[QWidget], Path | None]
    confirm: Callable[[str], bool]
    print_dialog: Callable[[bytes, QWidget], tuple[str, bool]]
    preview_dialog: sheet_actions.PreviewDialog | None

    def _save_current(self) -> None:
        self.save_pdf()

    def _preview_current(self) -> None:
        self.preview(self.current_pdf())

    def _close_history(self) -> None:
        self.flow.go(Step.WELCOME)

    def current_pdf(self) -> bytes:
        return self.visit.sheet()

    def save_pdf(self, pdf: bytes | None = None) -> None:
        """Save the current sheet (or ``pdf``, from the history) where the patient chooses."""
        target = self.ask_save_path(self)
        # Keyboard focus back to this window: with no window manager (a kiosk) nothing else
        # gives it back when the dialog closes, and keys would go nowhere.
        self.activateWindow()
        if target is None:
            return
        said = write_sheet(self.current_pdf() if pdf is None else pdf, target)
        self._status(say(said), said.error)

    def print_sheet(self) -> None:
        message, error = self.print_dialog(self.current_pdf(), self)
        self.activateWindow()
        self._status(message, error)

    def preview(self, pdf: bytes) -> None:
        self._drop_preview()
        self.preview_dialog = sheet_actions.PreviewDialog(pdf, self)
        self.preview_dialog.open()

    def _drop_preview(self) -> None:
        """Close and free the preview, so no earlier sheet stays in memory."""
        if self.preview_dialog is not None:
            self.preview_dialog.close()
            self.preview_dialog.deleteLater()
            self.preview_dialog = None

    def _status(self, message: str, error: bool = False) -> None:
        if self.stack.currentWidget() is self.history:
            self.history.message.say(message)
        else:
            self.done.set_status(message, error)

    def show_history(self, rows: int = HISTORY_PAGE, select: int = 0) -> None:
        """Past summaries: the newest ``rows`` of them, row ``select`` chosen."""
        # One more than shown is read, to know whether there are more (the count includes
        # damaged rows that are not listed).
        entries, problem = self.visit.history(limit=rows + 1)
        self.history.message.say(say(problem) if problem else "")
        self.history.show_entries(entries[:rows], self.visit.history_count(), more=len(entries) > rows)
        if entries:
            self.history.table.selectRow(min(select, len(entries) - 1))
        self.show_screen(self.history)
        self.history.heading.setFocus()

    def _history_more(self) -> None:
        """The next page of past summaries, below those shown."""
        entries, problem = self.visit.history(offset=len(self.history.ids), limit=HISTORY_PAGE + 1)
        if problem is not None:
            self.history.message.say(say(problem))
            return
        more = len(entries) > HISTORY_PAGE
        self.history.add_entries(entries[:HISTORY_PAGE], self.visit.history_count(), more)

    def _history_pdf(self, intake_id: str) -> bytes | None:
        past = self.visit.past_sheet(intake_id)
        if past.said is not None:
            self.history.message.say(say(past.said))
        return past.pdf

    def _history_open(self, intake_id: str) -> None:
        pdf = self._history_pdf(intake_id)
        if pdf is not None:
            self.preview(pdf)

    def _history_save(self, intake_id: str) -> None:
        pdf = self._history_pdf(intake_id)
        if pdf is not None:
            self.save_pdf(pdf)

    def _history_delete(self, intake_id: str) -> None:
        # The question names the summary: one deleted after another must not be the wrong one.
        row = self.history.selected_row()
        name, when = self.history.row_words(row)
        if self.visit.store is None or not self.confirm(
            QCoreApplication.translate(
                "MainWindow",
                "Delete the summary of {0}, finished {1}, from this computer? This cannot be undone.",
            ).format(name, when)
        ):
            return
        said = self.visit.delete_past(intake_id)
        if not said.error:
            # The same rows shown again, less that one, with the one after it chosen.
            self.show_history(rows=max(len(self.history.ids), HISTORY_PAGE), select=row)
        self.history.message.say(say(said))

    def _confirm(self, question: str) -> bool:
        no, yes = QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes
        answer = QMessageBox.question(
            self, QCoreApplication.translate("MainWindow", "Please confirm"), question, yes | no, no
        )
        return answer == QMessageBox.StandardButton.Yes
