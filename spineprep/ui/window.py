"""The main window: emergency line, pages, Back / Next; wires pages, flow, autosave and the sheet."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from spineprep import navigation
from spineprep.intake import Intake
from spineprep.navigation import Step
from spineprep.settings import DEFAULT_EMERGENCY, Settings
from spineprep.store import Draft, Store, StoreError
from spineprep.ui import sheet_actions
from spineprep.ui.autosave import Autosaver
from spineprep.ui.flow import Flow
from spineprep.ui.messages import store_message
from spineprep.ui.pages.about import AboutPage
from spineprep.ui.pages.base import Page
from spineprep.ui.pages.done import DonePage
from spineprep.ui.pages.frequency import FrequencyPage
from spineprep.ui.pages.history import HistoryPage
from spineprep.ui.pages.notes import NotesPage
from spineprep.ui.pages.onset import OnsetPage
from spineprep.ui.pages.relief import ReliefPage
from spineprep.ui.pages.review import ReviewPage
from spineprep.ui.pages.severity import SeverityPage
from spineprep.ui.pages.urgent import UrgentNoticePage, UrgentPage
from spineprep.ui.pages.welcome import WelcomePage
from spineprep.ui.widgets.fields import readable_time


class MainWindow(QMainWindow):
    def __init__(
        self,
        settings: Settings,
        store: Store | None,
        store_problem: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.store = store
        self.draft: Draft | None = None
        self._pdf: bytes | None = None
        #: Kiosk mode: no resume offer, no history, and the patient cannot close the window.
        self.kiosk = False
        self.close_locked = False
        self.saved = False
        self.setWindowTitle(
            QCoreApplication.translate("MainWindow", "SpinePrep — prepare for your spine appointment")
        )
        self.resize(1000, 760)
        self.setMinimumSize(720, 560)

        central = QWidget()
        central.setObjectName("central")
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._header())
        self.emergency = QLabel(self._emergency_text())
        self.emergency.setObjectName("emergency")
        self.emergency.setWordWrap(True)
        self.emergency.setAccessibleName(QCoreApplication.translate("MainWindow", "Emergency"))
        self.emergency.setAccessibleDescription(self.emergency.text())
        outer.addWidget(self.emergency)
        self.banner = QLabel()
        self.banner.setObjectName("storeBanner")
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        outer.addWidget(self.banner)

        self.welcome = WelcomePage(settings)
        self.about = AboutPage()
        self.severity = SeverityPage()
        self.frequency = FrequencyPage()
        self.onset = OnsetPage()
        self.relief = ReliefPage()
        self.urgent = UrgentPage()
        self.urgent_notice = UrgentNoticePage(settings)
        self.notes = NotesPage()
        self.review = ReviewPage()
        self.done = DonePage()
        self.history = HistoryPage()
        pages: list[Page] = [
            self.welcome, self.about, self.severity, self.frequency, self.onset, self.relief,
            self.urgent, self.urgent_notice, self.notes, self.review, self.done,
        ]  # fmt: skip
        self.stack = QStackedWidget()
        for page in [*pages, self.history]:
            self.stack.addWidget(page)
        outer.addWidget(self.stack, 1)
        outer.addWidget(self._nav_bar())
        self.setCentralWidget(central)

        self.flow = Flow(self.stack, {page.step: page for page in pages}, parent=self)
        self.review.today = self.flow.today
        self.autosave = Autosaver(store, lambda: self.flow.intake, self)
        self.flow.stepChanged.connect(self._step_changed)
        self.flow.answersChanged.connect(self._answers_changed)
        self.flow.finished.connect(self._finished)
        self.autosave.failed.connect(self.show_store_problem)
        self.autosave.recovered.connect(lambda: self.banner.setVisible(False))
        self.review.changeRequested.connect(self.flow.change)
        self.welcome.resumeRequested.connect(self.resume_draft)
        self.welcome.discardRequested.connect(self.discard_draft)
        self.welcome.historyRequested.connect(self.show_history)
        self.done.saveRequested.connect(lambda: self.save_pdf())
        self.done.printRequested.connect(self.print_sheet)
        self.done.previewRequested.connect(lambda: self.preview(self.current_pdf()))
        self.done.newRequested.connect(self.start_new)
        self.history.openRequested.connect(self._history_open)
        self.history.saveRequested.connect(self._history_save)
        self.history.deleteRequested.connect(self._history_delete)
        self.history.closeRequested.connect(lambda: self.flow.go(Step.WELCOME))
        QShortcut(QKeySequence("Alt+Left"), self, self._back)
        QShortcut(QKeySequence("Alt+Right"), self, self._next)

        # Replaceable in tests; the defaults open the real system dialogs.
        self.ask_save_path: Callable[[QWidget], Path | None] = sheet_actions.ask_save_path
        self.confirm: Callable[[str], bool] = self._confirm
        self.print_dialog: Callable[[bytes, QWidget], tuple[str, bool]] = sheet_actions.print_with_dialog
        self.preview_dialog: sheet_actions.PreviewDialog | None = None

        if store_problem:
            self.show_store_problem(store_problem)
        self._offer_draft()
        self._step_changed(Step.WELCOME)

    # --- layout pieces ------------------------------------------------------------------

    def _header(self) -> QWidget:
        header = QFrame()
        header.setObjectName("header")
        row = QHBoxLayout(header)
        row.setContentsMargins(24, 10, 24, 10)
        self.clinic = QLabel(self.settings.clinic_name)
        self.clinic.setObjectName("clinicName")
        row.addWidget(self.clinic)
        row.addStretch(1)
        product = QLabel(QCoreApplication.translate("MainWindow", "SpinePrep"))
        product.setObjectName("productName")
        row.addWidget(product)
        return header

    def _emergency_text(self) -> str:
        text = self.settings.emergency_text
        if text == DEFAULT_EMERGENCY:
            text = QCoreApplication.translate("Settings", DEFAULT_EMERGENCY)
        return "⚠  " + text

    def _nav_bar(self) -> QWidget:
        bar = self.nav_bar = QFrame()
        bar.setObjectName("navBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(24, 10, 24, 12)
        self.back_button = QPushButton(QCoreApplication.translate("MainWindow", "Back"))
        self.back_button.setAccessibleName(QCoreApplication.translate("MainWindow", "Back"))
        self.back_button.setObjectName("navButton")
        self.back_button.clicked.connect(self._back)
        self.step_label = QLabel()
        self.step_label.setObjectName("stepLabel")
        self.step_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = QPushButton(QCoreApplication.translate("MainWindow", "Next"))
        self.next_button.setObjectName("nextButton")
        self.next_button.clicked.connect(self._next)
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.step_label)
        row.addStretch(1)
        row.addWidget(self.next_button)
        return bar

    # --- navigation ---------------------------------------------------------------------

    def _next(self) -> None:
        if self.next_button.isVisible() and self.next_button.isEnabled():
            self.flow.next()

    def _back(self) -> None:
        if self.back_button.isVisible():
            self.flow.back()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # Enter = Next. Text boxes keep Enter for new lines: they accept the key before us.
        # A focused action button (Change, Print…, See past summaries) is pressed instead;
        # answer buttons (a score, a relief choice) are not: Enter there means Next.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = QApplication.focusWidget()
            if isinstance(focused, QPushButton) and not focused.isCheckable():
                focused.animateClick()
            elif self.stack.currentWidget() in self.flow.pages.values():
                self._next()
            return
        super().keyPressEvent(event)

    def show_screen(self, widget: QWidget) -> None:
        """Show a screen that is not a page of the flow (history, kiosk screens); no nav bar."""
        self.stack.setCurrentWidget(widget)
        self._step_changed(self.flow.step)

    def _step_changed(self, step: Step) -> None:
        in_flow = self.stack.currentWidget() in self.flow.pages.values()
        number = navigation.step_number(step) if in_flow else None
        self.step_label.setText(
            QCoreApplication.translate("MainWindow", "Step {0} of {1}").format(*number) if number else ""
        )
        # At the kiosk the session starts on "About you": nothing lies before it.
        first = Step.ABOUT if self.kiosk else Step.WELCOME
        self.back_button.setVisible(in_flow and step not in (Step.WELCOME, first, Step.DONE))
        labels = {
            Step.WELCOME: QCoreApplication.translate("MainWindow", "Start"),
            Step.REVIEW: QCoreApplication.translate("MainWindow", "Finish"),
            Step.URGENT_NOTICE: QCoreApplication.translate("MainWindow", "Continue"),
        }
        self.next_button.setText(labels.get(step, QCoreApplication.translate("MainWindow", "Next")))
        self.next_button.setAccessibleName(self.next_button.text())
        self.next_button.setVisible(in_flow and step is not Step.DONE)
        self.next_button.setEnabled(not (step is Step.WELCOME and self.draft is not None))
        self.nav_bar.setVisible(in_flow and step is not Step.DONE)

    # --- drafts and autosave ------------------------------------------------------------

    def _answers_changed(self) -> None:
        self._pdf = None
        self.autosave.schedule()

    def _offer_draft(self) -> None:
        self.draft = None
        if self.store is not None and not self.kiosk:
            try:
                self.draft = self.store.latest_draft()
            except StoreError as error:
                self.show_store_problem(store_message(error))
        self.welcome.offer_resume(readable_time(self.draft.saved_at) if self.draft else None)
        self._step_changed(self.flow.step)

    def resume_draft(self) -> None:
        if self.draft is None:
            return
        intake, self.draft = self.draft.intake, None
        self.welcome.offer_resume(None)
        self.flow.set_intake(intake)
        self.flow.go(self.flow.resume_step())

    def discard_draft(self) -> None:
        if self.draft is None or self.store is None:
            return
        if not self.confirm(
            QCoreApplication.translate(
                "MainWindow", "Delete your unfinished answers and start over? This cannot be undone."
            )
        ):
            return
        try:
            self.store.delete(self.draft.intake.id)
        except StoreError as error:
            self.show_store_problem(store_message(error))
            return
        self._offer_draft()

    def show_store_problem(self, message: str) -> None:
        self.banner.setText(
            message
            + " "
            + QCoreApplication.translate(
                "MainWindow",
                "Your answers are kept while SpinePrep is open; you can still print or save the sheet.",
            )
        )
        self.banner.setVisible(True)

    def enter_kiosk(self) -> None:
        """Shared-screen mode: no earlier answers offered, no history, the window stays open."""
        self.kiosk = self.close_locked = True
        self.draft = None
        self.welcome.set_kiosk(True)
        self.urgent_notice.set_kiosk(True)
        self._step_changed(self.flow.step)

    def apply_settings(self) -> None:
        """Show changed clinic settings (the kiosk's staff area edits them)."""
        self.clinic.setText(self.settings.clinic_name)
        self.emergency.setText(self._emergency_text())
        self.emergency.setAccessibleDescription(self.emergency.text())
        self._pdf = None

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.close_locked:
            event.ignore()  # kiosk: only Exit kiosk in the staff area (after the PIN) unlocks
            return
        self.autosave.flush()
        super().closeEvent(event)

    # --- finishing and the sheet --------------------------------------------------------

    def _finished(self) -> None:
        intake = self.flow.intake
        self.autosave.timer.stop()
        self._pdf = None
        self.done.set_status("")
        #: Whether the finished answers are safely in the store (the kiosk's staff list needs it).
        self.saved = False
        if self.store is None:
            intake.completed_at = datetime.now().replace(microsecond=0)
            return
        try:
            self.store.complete(intake)  # sets completed_at once it is safely written
            self.saved = True
        except StoreError as error:
            # It stays a draft in the file (offered again next time); the sheet still works.
            intake.completed_at = datetime.now().replace(microsecond=0)
            self.show_store_problem(store_message(error))

    def current_pdf(self) -> bytes:
        if self._pdf is None:
            self._pdf = sheet_actions.build_pdf(self.flow.intake, self.settings)
        return self._pdf

    def save_pdf(self, pdf: bytes | None = None) -> None:
        """Save the current sheet (or ``pdf``, from the history) where the patient chooses."""
        target = self.ask_save_path(self)
        if target is None:
            return
        message, error = sheet_actions.write_pdf(self.current_pdf() if pdf is None else pdf, target)
        self._status(message, error)

    def print_sheet(self) -> None:
        message, error = self.print_dialog(self.current_pdf(), self)
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
            self.history.message.setText(message)
        else:
            self.done.set_status(message, error)

    def start_new(self) -> None:
        self._pdf = None
        self._drop_preview()
        self.done.set_status("")
        self.flow.set_intake(Intake())
        self._offer_draft()

    # --- history ------------------------------------------------------------------------

    def show_history(self) -> None:
        self.history.message.setText("")
        entries = []
        if self.store is None:
            self.history.message.setText(
                QCoreApplication.translate(
                    "MainWindow",
                    "Past summaries are not available because the answers store could not be opened.",
                )
            )
        else:
            try:
                entries = self.store.history()
            except StoreError as error:
                self.history.message.setText(store_message(error))
        self.history.show_entries(entries)
        self.show_screen(self.history)
        self.history.heading.setFocus()

    def _history_pdf(self, intake_id: str) -> bytes | None:
        if self.store is None:
            return None
        try:
            intake = self.store.load(intake_id)
        except (KeyError, StoreError):
            self.history.message.setText(
                QCoreApplication.translate("MainWindow", "That summary could not be read.")
            )
            return None
        return sheet_actions.build_pdf(intake, self.settings)

    def _history_open(self, intake_id: str) -> None:
        pdf = self._history_pdf(intake_id)
        if pdf is not None:
            self.preview(pdf)

    def _history_save(self, intake_id: str) -> None:
        pdf = self._history_pdf(intake_id)
        if pdf is not None:
            self.save_pdf(pdf)

    def _history_delete(self, intake_id: str) -> None:
        if self.store is None or not self.confirm(
            QCoreApplication.translate(
                "MainWindow", "Delete this summary from this computer? This cannot be undone."
            )
        ):
            return
        try:
            self.store.delete(intake_id)
        except StoreError as error:
            self.history.message.setText(store_message(error))
            return
        self.show_history()
        self.history.message.setText(QCoreApplication.translate("MainWindow", "The summary was deleted."))

    def _confirm(self, question: str) -> bool:
        no, yes = QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes
        answer = QMessageBox.question(
            self, QCoreApplication.translate("MainWindow", "Please confirm"), question, yes | no, no
        )
        return answer == QMessageBox.StandardButton.Yes
