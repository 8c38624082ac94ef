"""The main window: emergency line, pages, Back / Next; wires pages, flow, autosave and the sheet."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from spineprep import navigation
from spineprep.language import SOURCE_LANGUAGE
from spineprep.navigation import Step
from spineprep.records import Draft
from spineprep.settings import Settings
from spineprep.ui import read_aloud, sheet_actions
from spineprep.ui.autosave import Autosaver
from spineprep.ui.chrome import EmergencyLine, Header, NavBar, StoreBanner
from spineprep.ui.flow import Flow
from spineprep.ui.i18n import system_language, use_language
from spineprep.ui.messages import say
from spineprep.ui.pages.urgent import UrgentNoticePage
from spineprep.ui.widgets.fields import readable_time
from spineprep.ui.window_look import LookSwitching
from spineprep.ui.window_pages import PageMaking
from spineprep.ui.window_sheet import SheetActions
from spineprep.visit import Visit

if TYPE_CHECKING:
    from spineprep.store import Store

log = logging.getLogger(__name__)
# Pages whose reading starts with the emergency line.
_WITH_EMERGENCY = (Step.WELCOME, Step.URGENT, Step.URGENT_NOTICE)


class MainWindow(PageMaking, LookSwitching, SheetActions):
    """Lays out the header, the pages and Back / Next, and forwards the patient's actions to
    the Visit (spineprep/visit.py). The look switches are in window_look.py, the sheet and
    Past summaries in window_sheet.py."""

    def __init__(
        self,
        settings: Settings,
        store: Store | None,
        store_problem: str = "",
        parent: QWidget | None = None,
        data_dir: Path | None = None,
        store_path: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        # Where the settings file is (at home the patient's language, size and theme are kept).
        self.data_dir = data_dir
        # What this patient's visit decides (spineprep/visit.py); the window shows it.
        # ``store_path``: where a store that could not be opened is tried again.
        self.visit = Visit(
            settings, store, data_dir=data_dir, make_sheet=sheet_actions.build_pdf, store_path=store_path
        )
        # Kiosk mode: no resume offer, no history, and the patient cannot close the window.
        self.kiosk = False
        self.close_locked = False
        # Language, text size and theme for the patient in front of the screen.
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
        self.stack.addWidget(self._make_first())  # the others once it is on screen (window_pages.py)
        outer.addWidget(self.stack, 1)
        self.nav_bar = NavBar()
        self.back_button, self.next_button = self.nav_bar.back_button, self.nav_bar.next_button
        self.step_label = self.nav_bar.step_label
        self.back_button.clicked.connect(self._back)
        self.next_button.clicked.connect(self._next)
        outer.addWidget(self.nav_bar)
        self.setCentralWidget(central)

        self.flow = Flow(self.stack, {Step.WELCOME: self.welcome}, self.visit, self.build_rest, parent=self)
        self._pages_wanted = True
        self.autosave = Autosaver(self.visit, self)
        self.flow.stepChanged.connect(self._step_changed)
        self.flow.answersChanged.connect(self._answers_changed)
        self.flow.finished.connect(self._finished)
        self.autosave.failed.connect(self._autosave_failed)
        self.autosave.recovered.connect(self._store_back)
        self._connect_first()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)
        QShortcut(QKeySequence("Alt+Left"), self, self._back)
        QShortcut(QKeySequence("Alt+Right"), self, self._next)
        QShortcut(QKeySequence(read_aloud.KEY), self, self.read_button.toggle)
        # Once the first page is painted, each in its own turn: (at home the store, ui/app.py),
        self._painted = False  # the other pages, the voice.
        self._then: list[Callable[[], object]] = []
        self.after_first_paint(self.build_rest)
        # The voice is looked for once the first page is on screen, never before: opening
        # speech-dispatcher's engine can take 2 s (it starts the service and loads a hundred
        # voices), and the first page must not wait for it (see voice.py).
        self.after_first_paint(lambda: self.read_button.start(self.look.language))

        # Replaceable in tests; the defaults open the real system dialogs.
        self.ask_save_path: Callable[[QWidget], Path | None] = sheet_actions.ask_save_path
        self.confirm: Callable[[str], bool] = self._confirm
        self.print_dialog: Callable[[bytes, QWidget], tuple[str, bool]] = sheet_actions.print_with_dialog
        self.preview_dialog: sheet_actions.PreviewDialog | None = None

        self._retranslate()
        if store_problem:
            # With a store (a damaged one was set aside and a new one started) the answers
            # are kept again: only what happened is said.
            self.banner.show_problem(store_problem, kept_in_memory=store is None)
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

    def _connect_pages(self) -> None:
        self._connect_first()
        self._connect_rest()

    def _connect_first(self) -> None:
        self.welcome.resumeRequested.connect(self.resume_draft)
        self.welcome.discardRequested.connect(self.discard_draft)
        self.welcome.historyRequested.connect(self.show_history)
        self.welcome.look_bar.languageChosen.connect(self.choose_language)
        self.welcome.look_bar.textSizeChosen.connect(self.choose_text_size)
        self.welcome.look_bar.highContrastChosen.connect(self.choose_high_contrast)

    def _connect_rest(self) -> None:
        self.review.today = self.flow.today
        self.review.changeRequested.connect(self.flow.change)
        self.done.saveRequested.connect(self._save_current)
        self.done.printRequested.connect(self.print_sheet)
        self.done.previewRequested.connect(self._preview_current)
        self.done.newRequested.connect(self.start_new)
        self.history.openRequested.connect(self._history_open)
        self.history.saveRequested.connect(self._history_save)
        self.history.deleteRequested.connect(self._history_delete)
        self.history.closeRequested.connect(self._close_history)
        self.history.moreRequested.connect(self._history_more)
        self.urgent_notice.phoneEntered.connect(self._keep_clinic_phone)

    def _keep_clinic_phone(self, number: str) -> None:
        problem = self.visit.keep_clinic_phone(number)
        self.urgent_notice.phone_kept(say(problem) if problem else "")

    def _retranslate(self) -> None:
        """The window's own words (pages are rebuilt instead)."""
        self.setWindowTitle(
            QCoreApplication.translate("MainWindow", "SpinePrep — prepare for your spine appointment")
        )
        self.header.retranslate(self.look.language)
        self.emergency.show_for(self.settings)
        self._step_changed(self.flow.step)

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

    def after_first_paint(self, then: Callable[[], object], first: bool = False) -> None:
        """Do ``then`` once the window's first paint is done (at once if it is); ``first``:
        before what was asked already."""
        if self._painted:
            QTimer.singleShot(0, self, then)
        else:
            self._then.insert(0 if first else len(self._then), then)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            for then in self._then:
                QTimer.singleShot(0, self, then)
            self._then.clear()

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
        ready = in_flow and step not in (Step.REVIEW, Step.DONE) and self.rest_built()
        if (
            ready
            and navigation.next_step(step, self.flow.intake, from_review=self.flow.from_review) is Step.REVIEW
        ):
            # Once this page is painted, the review's cards are made ahead (review.py).
            QTimer.singleShot(0, self.review, self.review.prepare)

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

    def _store_back(self) -> None:
        """Saves work again: the line goes, or says the damaged store was set aside on the way."""
        recovery, self.visit.recovery = self.visit.recovery, None
        if recovery is not None:
            self.banner.show_problem(say(recovery), kept_in_memory=False)
        else:
            self.banner.setVisible(False)

    def attach_store(self, store: Store | None, problem: str) -> None:
        """The store opened after the first paint (ui/app.py): offer its draft, or say why not."""
        self.visit.store = store
        if problem:
            self.banner.show_problem(problem, kept_in_memory=store is None)
        self._offer_draft()

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

    def _autosave_failed(self, message: str) -> None:
        # At the kiosk, answers of an earlier patient still waiting for the store are the
        # staff's to act on (their list says so), not the next patient's.
        if not self.kiosk or self.visit.own_at_risk():
            self.show_store_problem(message)

    def show_store_problem(self, message: str) -> None:
        self.banner.show_problem(message)

    def enter_kiosk(self) -> None:
        """Shared-screen mode: no earlier answers offered, no history, the window stays open."""
        self.kiosk = self.visit.kiosk = self.close_locked = True
        self.visit.draft = None
        self.build_rest()  # every page now: the kiosk prepares their fields (private input)
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
        # (At the kiosk, Exit kiosk has already warned the staff of unsaved answers.)
        if (
            not self.kiosk
            and self.visit.at_risk()
            and not self.confirm(
                QCoreApplication.translate(
                    "MainWindow",
                    "Your answers could not be saved on this computer, so closing SpinePrep now loses them. Close anyway?",  # noqa: E501
                )
            )
        ):
            event.ignore()
            return
        super().closeEvent(event)

    # --- finishing ----------------------------------------------------------------------

    def _finished(self) -> None:
        self.autosave.timer.stop()
        self.done.set_status("")
        problem = self.visit.finish(self.look.language)
        if problem is not None:
            self.show_store_problem(say(problem))
            self.autosave.retry.start()  # written as finished as soon as the store takes it

    def start_new(self) -> None:
        self._drop_preview()
        self.done.set_status("")
        self.visit.start_new()
        self.flow.set_intake(self.visit.intake)
        self._offer_draft()
