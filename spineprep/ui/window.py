"""The main window: emergency line, pages, Back / Next; wires pages, flow, autosave and the sheet."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from spineprep.language import SOURCE_LANGUAGE, Language
from spineprep.navigation import Step
from spineprep.records import Draft
from spineprep.settings import Settings
from spineprep.store import Store
from spineprep.ui import i18n, read_aloud, sheet_actions
from spineprep.ui.autosave import Autosaver
from spineprep.ui.chrome import EmergencyLine, Header, NavBar, StoreBanner
from spineprep.ui.flow import Flow
from spineprep.ui.i18n import system_language, use_language
from spineprep.ui.messages import say
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
from spineprep.ui.style import application_palette, base_point_size, stylesheet
from spineprep.ui.widgets.fields import readable_time
from spineprep.visit import Visit, write_sheet

log = logging.getLogger(__name__)
# Pages whose reading starts with the emergency line.
_WITH_EMERGENCY = (Step.WELCOME, Step.URGENT, Step.URGENT_NOTICE)


class MainWindow(QMainWindow):
    #: The pages were built anew (the language changed): the kiosk prepares them again.
    pagesRebuilt = Signal()
    #: Language, text size or theme changed.
    lookChanged = Signal()

    def __init__(
        self,
        settings: Settings,
        store: Store | None,
        store_problem: str = "",
        parent: QWidget | None = None,
        data_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        #: Where the settings file is (at home the patient's language, size and theme are kept).
        self.data_dir = data_dir
        #: What this patient's visit decides (spineprep/visit.py); the window shows it.
        self.visit = Visit(settings, store, data_dir=data_dir, make_sheet=sheet_actions.build_pdf)
        #: Kiosk mode: no resume offer, no history, and the patient cannot close the window.
        self.kiosk = False
        self.close_locked = False
        #: Language, text size and theme for the patient in front of the screen.
        self.look = settings.look(system_language())
        if not use_language(self.look.language):
            self.look = replace(self.look, language=SOURCE_LANGUAGE)
        self._apply_style()
        self.resize(1000, 760)
        self.setMinimumSize(720, 560)

        central = QWidget()
        central.setObjectName("central")
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.header = Header(settings.clinic_name, self._page_texts, self._page_readable)
        self.clinic, self.read_button = self.header.clinic, self.header.read_button
        self.language_button = self.header.language_button
        self.language_button.clicked.connect(self._switch_language)
        outer.addWidget(self.header)
        self.emergency = EmergencyLine()
        outer.addWidget(self.emergency)
        self.banner = StoreBanner()
        outer.addWidget(self.banner)

        self.stack = QStackedWidget()
        pages = self._make_pages()
        for page in [*pages, self.history]:
            self.stack.addWidget(page)
        outer.addWidget(self.stack, 1)
        self.nav_bar = NavBar()
        self.back_button, self.next_button = self.nav_bar.back_button, self.nav_bar.next_button
        self.step_label = self.nav_bar.step_label
        self.back_button.clicked.connect(self._back)
        self.next_button.clicked.connect(self._next)
        outer.addWidget(self.nav_bar)
        self.setCentralWidget(central)

        self.flow = Flow(self.stack, {page.step: page for page in pages}, self.visit, parent=self)
        self.autosave = Autosaver(self.visit, self)
        self.flow.stepChanged.connect(self._step_changed)
        self.flow.answersChanged.connect(self._answers_changed)
        self.flow.finished.connect(self._finished)
        self.autosave.failed.connect(self.show_store_problem)
        self.autosave.recovered.connect(lambda: self.banner.setVisible(False))
        self._connect_pages()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)
        QShortcut(QKeySequence("Alt+Left"), self, self._back)
        QShortcut(QKeySequence("Alt+Right"), self, self._next)
        QShortcut(QKeySequence(read_aloud.KEY), self, self.read_button.toggle)
        # The speech engine opens once the window shows (it can take a moment to connect).
        QTimer.singleShot(0, lambda: self.read_button.start(self.look.language))

        # Replaceable in tests; the defaults open the real system dialogs.
        self.ask_save_path: Callable[[QWidget], Path | None] = sheet_actions.ask_save_path
        self.confirm: Callable[[str], bool] = self._confirm
        self.print_dialog: Callable[[bytes, QWidget], tuple[str, bool]] = sheet_actions.print_with_dialog
        self.preview_dialog: sheet_actions.PreviewDialog | None = None

        self._retranslate()
        if store_problem:
            self.show_store_problem(store_problem)
        self._offer_draft()
        self._step_changed(Step.WELCOME)

    # The visit's state, as the kiosk and the tests have always read it from the window.
    @property
    def store(self) -> Store | None:
        return self.visit.store

    @property
    def draft(self) -> Draft | None:
        return self.visit.draft

    @property
    def saved(self) -> bool:
        return self.visit.saved

    # --- pages ---------------------------------------------------------------------------

    def _make_pages(self) -> list[Page]:
        """Every page, built in the current language (again after the language changes)."""
        self.welcome = WelcomePage(self.settings, self.look, i18n.available())
        self.about = AboutPage()
        self.severity = SeverityPage()
        self.frequency = FrequencyPage()
        self.onset = OnsetPage()
        self.relief = ReliefPage()
        self.urgent = UrgentPage()
        self.urgent_notice = UrgentNoticePage(self.settings)
        self.notes = NotesPage()
        self.review = ReviewPage()
        self.done = DonePage()
        self.history = HistoryPage()
        return [
            self.welcome, self.about, self.severity, self.frequency, self.onset, self.relief,
            self.urgent, self.urgent_notice, self.notes, self.review, self.done,
        ]  # fmt: skip

    def _connect_pages(self) -> None:
        self.review.today = self.flow.today
        self.review.changeRequested.connect(self.flow.change)
        self.welcome.resumeRequested.connect(self.resume_draft)
        self.welcome.discardRequested.connect(self.discard_draft)
        self.welcome.historyRequested.connect(self.show_history)
        self.welcome.look_bar.languageChosen.connect(self.choose_language)
        self.welcome.look_bar.textSizeChosen.connect(self.choose_text_size)
        self.welcome.look_bar.highContrastChosen.connect(self.choose_high_contrast)
        self.done.saveRequested.connect(self._save_current)
        self.done.printRequested.connect(self.print_sheet)
        self.done.previewRequested.connect(self._preview_current)
        self.done.newRequested.connect(self.start_new)
        self.history.openRequested.connect(self._history_open)
        self.history.saveRequested.connect(self._history_save)
        self.history.deleteRequested.connect(self._history_delete)
        self.history.closeRequested.connect(self._close_history)
        self.urgent_notice.phoneEntered.connect(self._keep_clinic_phone)

    def _save_current(self) -> None:
        self.save_pdf()

    def _keep_clinic_phone(self, number: str) -> None:
        problem = self.visit.keep_clinic_phone(number)
        self.urgent_notice.phone_kept(say(problem) if problem else "")

    def _preview_current(self) -> None:
        self.preview(self.current_pdf())

    def _close_history(self) -> None:
        self.flow.go(Step.WELCOME)

    def _rebuild_pages(self, restyle: bool = False) -> None:
        """Build every page again (new language, or with ``restyle`` a new text size or
        theme) and show the same answers on them.

        Pages are views of the one Intake, so nothing the patient entered can be lost; the
        same page stays in front, and focus stays on the switch that was used. A new style is
        applied while the old pages are gone: restyling them in place took 2 s.
        """
        current = self.stack.currentWidget()
        focus = QApplication.focusWidget()
        old = [*self.flow.pages.values(), self.history]
        # Where focus was, told without the old widgets (they go before the new ones come).
        keep_focus = (
            focus is not None and self.isAncestorOf(focus) and not any(p.isAncestorOf(focus) for p in old)
        )
        switch = self.welcome.look_bar.key_of(focus)
        at = self.stack.indexOf(old[0])
        for before in old:
            self.stack.removeWidget(before)
            before.deleteLater()
        if restyle:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            self._apply_style()
        pages = self._make_pages()
        for offset, after in enumerate([*pages, self.history]):
            self.stack.insertWidget(at + offset, after)
        self.flow.replace_pages({page.step: page for page in pages})
        self._connect_pages()
        self.welcome.set_kiosk(self.kiosk)
        self.urgent_notice.set_kiosk(self.kiosk)
        self.welcome.offer_resume(readable_time(self.draft.saved_at) if self.draft else None)
        if current in old[:-1]:
            self.flow.go(self.flow.step, focus_heading=not keep_focus)
            if switch is not None:
                self.welcome.look_bar.button_for(switch, self.look).setFocus()
        elif current is old[-1]:
            self.show_history()
        elif current is not None:
            self.stack.setCurrentWidget(current)  # a kiosk screen: the kiosk retranslates it
        self._order_tabs()
        self.pagesRebuilt.emit()

    def _order_tabs(self) -> None:
        """Back and Next last in the Tab order, after the page. Qt orders Tab by when a widget
        was made: pages built anew after the nav bar (a language, size or theme switch) came
        after Back and Next."""
        last: QWidget | None = None
        widget = self.nextInFocusChain()
        while widget is not None and widget is not self:
            if (
                widget not in (self.back_button, self.next_button)
                and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
            ):
                last = widget
            widget = widget.nextInFocusChain()
        if last is not None:
            QWidget.setTabOrder(last, self.back_button)
            QWidget.setTabOrder(self.back_button, self.next_button)

    # --- language, text size, theme -----------------------------------------------------

    def set_language(self, language: Language) -> None:
        """Switch the whole UI to ``language`` now; every answer stays."""
        if language is self.look.language:
            return
        if not use_language(language):
            language = SOURCE_LANGUAGE
        self.look = replace(self.look, language=language)
        self.flow.intake.language = language
        self._rebuild_pages()
        self._retranslate()
        self._look_changed()

    def choose_language(self, language: Language) -> None:
        """The patient picked a language on a switch: change once the key or click that did it
        is over (the pages, that switch included, are rebuilt)."""
        QTimer.singleShot(0, lambda: self.set_language(language))

    def choose_text_size(self, size: int) -> None:
        QTimer.singleShot(0, lambda: self.set_text_size(size))

    def choose_high_contrast(self, on: bool) -> None:
        QTimer.singleShot(0, lambda: self.set_high_contrast(on))

    def set_text_size(self, size: int) -> None:
        if size != self.look.text_size:
            self.look = replace(self.look, text_size=size)
            self._rebuild_pages(restyle=True)
        self._look_changed()

    def set_high_contrast(self, on: bool) -> None:
        if on != self.look.high_contrast:
            self.look = replace(self.look, high_contrast=on)
            self._rebuild_pages(restyle=True)
        self._look_changed()

    def reset_look(self) -> None:
        """The settings' look again (the kiosk, between patients)."""
        start = self.settings.look(system_language())
        if start.language is not self.look.language:
            self.set_language(start.language)
        if (start.text_size, start.high_contrast) != (self.look.text_size, self.look.high_contrast):
            self.look = replace(start, language=self.look.language)
            self._rebuild_pages(restyle=True)
        self.welcome.look_bar.show_look(self.look)

    def _look_changed(self) -> None:
        self.welcome.look_bar.show_look(self.look)
        self.lookChanged.emit()
        self.visit.keep_look(self.look)

    def _apply_style(self) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        font = app.font()
        font.setPointSizeF(base_point_size(self.kiosk, self.look.scale))
        app.setFont(font)
        # The palette reaches what the stylesheet cannot (dialogs Qt builds, placeholders).
        app.setPalette(application_palette(self.look.high_contrast))
        app.setStyleSheet(stylesheet(self.kiosk, self.look.scale, self.look.high_contrast))

    def _retranslate(self) -> None:
        """The window's own words (pages are rebuilt instead)."""
        self.setWindowTitle(
            QCoreApplication.translate("MainWindow", "SpinePrep — prepare for your spine appointment")
        )
        self.header.retranslate(self.look.language)
        self.emergency.show_for(self.settings)
        self._step_changed(self.flow.step)

    def _switch_language(self) -> None:
        self.set_language(next(lang for lang in Language if lang is not self.look.language))

    # --- navigation ---------------------------------------------------------------------

    def _next(self) -> None:
        if self.next_button.isVisible() and self.next_button.isEnabled():
            self.flow.next()

    def _back(self) -> None:
        if self.stack.currentWidget() is self.history:
            self._close_history()
        elif self.back_button.isVisible():
            self.flow.back()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Keep what the keyboard focuses in view, also when Tab wraps round from the header
        into a scrolled page (Qt scrolls only for moves inside the page). Never for a press:
        the page must not move under a finger (the kiosk scrolls a text field on release)."""
        page = self.stack.currentWidget()
        if new is None or QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            return
        if isinstance(page, QScrollArea) and page.isAncestorOf(new):
            page.ensureWidgetVisible(new, 0, 40)

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
        if event.key() == Qt.Key.Key_Escape and self.stack.currentWidget() is self.history:
            self._close_history()  # Escape leaves Past summaries, as it leaves a dialog
            return
        super().keyPressEvent(event)

    def show_screen(self, widget: QWidget) -> None:
        """Show a screen that is not a page of the flow (history, kiosk screens); no nav bar."""
        self.stack.setCurrentWidget(widget)
        self._step_changed(self.flow.step)

    def _step_changed(self, step: Step) -> None:
        in_flow = self.stack.currentWidget() in self.flow.pages.values()
        self.nav_bar.show_step(step, in_flow, self.kiosk, draft_offered=self.draft is not None)
        self.read_button.page_changed()

    def _page_readable(self) -> bool:
        """Is "Read aloud" offered on the page showing? (Cheap: asked on every page change.)"""
        page = self.stack.currentWidget()
        in_flow = page is not None and page in self.flow.pages.values()
        return in_flow and self.flow.step not in (Step.REVIEW, Step.DONE)

    def _page_texts(self) -> list[str] | None:
        """What "Read aloud" says on the page showing; None where it is not offered (the review
        and what follows hold the patient's own answers, which are never sent to a voice)."""
        page = self.stack.currentWidget()
        if page is None or not self._page_readable():
            return None
        first = [self.emergency.accessibleName()] if self.flow.step in _WITH_EMERGENCY else []
        if isinstance(page, UrgentNoticePage):  # what to do, not which symptoms were ticked
            return [*first, *page.read_aloud_texts()]
        return read_aloud.page_texts(page, first)

    # --- drafts and autosave ------------------------------------------------------------

    def _answers_changed(self) -> None:
        self.visit.changed()
        self.autosave.schedule()

    def _offer_draft(self) -> None:
        problem = self.visit.find_draft()
        if problem is not None:
            self.show_store_problem(say(problem))
        self.welcome.offer_resume(readable_time(self.draft.saved_at) if self.draft else None)
        self._step_changed(self.flow.step)

    def resume_draft(self) -> None:
        intake = self.visit.resume()
        if intake is None:
            return
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
        problem = self.visit.discard_draft()
        if problem is not None:
            self.show_store_problem(say(problem))
            return
        self._offer_draft()

    def show_store_problem(self, message: str) -> None:
        self.banner.show_problem(message)

    def enter_kiosk(self) -> None:
        """Shared-screen mode: no earlier answers offered, no history, the window stays open."""
        self.kiosk = self.visit.kiosk = self.close_locked = True
        self.visit.draft = None
        self._apply_style()
        self.welcome.set_kiosk(True)
        self.urgent_notice.set_kiosk(True)
        self._step_changed(self.flow.step)

    def apply_settings(self) -> None:
        """Show changed clinic settings (the kiosk's staff area edits them)."""
        self.clinic.setText(self.settings.clinic_name)
        self.emergency.show_for(self.settings)
        self.visit.settings_changed()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.close_locked:
            event.ignore()  # kiosk: only Exit kiosk in the staff area (after the PIN) unlocks
            return
        self.autosave.flush()
        super().closeEvent(event)

    # --- finishing and the sheet --------------------------------------------------------

    def _finished(self) -> None:
        self.autosave.timer.stop()
        self.done.set_status("")
        problem = self.visit.finish(self.look.language)
        if problem is not None:
            self.show_store_problem(say(problem))

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

    def start_new(self) -> None:
        self._drop_preview()
        self.done.set_status("")
        self.visit.start_new()
        self.flow.set_intake(self.visit.intake)
        self._offer_draft()

    # --- history ------------------------------------------------------------------------

    def show_history(self) -> None:
        entries, problem = self.visit.history()
        self.history.message.say(say(problem) if problem else "")
        self.history.show_entries(entries)
        self.show_screen(self.history)
        self.history.heading.setFocus()

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
        if self.store is None or not self.confirm(
            QCoreApplication.translate(
                "MainWindow", "Delete this summary from this computer? This cannot be undone."
            )
        ):
            return
        said = self.visit.delete_past(intake_id)
        if not said.error:
            self.show_history()
        self.history.message.say(say(said))

    def _confirm(self, question: str) -> bool:
        no, yes = QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes
        answer = QMessageBox.question(
            self, QCoreApplication.translate("MainWindow", "Please confirm"), question, yes | no, no
        )
        return answer == QMessageBox.StandardButton.Yes
