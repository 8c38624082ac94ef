"""The kiosk on screen: shows the screen for the cycle's state (spineprep/kiosk.py decides it)
and forwards taps, keys and timer ticks to it; wipes between patients; prints with no dialog.

The way into the staff area is a long press on the clinic name or Ctrl+Alt+S, then the PIN;
what the staff do there is in staff_actions.py.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPlainTextEdit, QScrollArea, QWidget

from spineprep import kiosk as rules
from spineprep.kiosk import Cycle, Do, Screen
from spineprep.navigation import Step
from spineprep.pin_talk import CONTEXT, PinTalk, Said, Then
from spineprep.sentence import Says
from spineprep.settings import Settings
from spineprep.staff_pin import StaffPin
from spineprep.ui import i18n
from spineprep.ui.kiosk.drag_scroll import DragToScroll
from spineprep.ui.kiosk.idle import ActivityWatch, LongPress
from spineprep.ui.kiosk.keyboard_room import KeyboardRoom
from spineprep.ui.kiosk.pin_pad import PinPad
from spineprep.ui.kiosk.screens import Outcome, StartScreen, StillThereScreen, ThanksScreen, finger_scrolling
from spineprep.ui.kiosk.staff import StaffArea
from spineprep.ui.kiosk.staff_actions import StaffActions
from spineprep.ui.messages import say

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from spineprep.ui.window import MainWindow

log = logging.getLogger(__name__)

# Text fields at the kiosk: no word prediction or learning in the input method, and nothing
# typed kept by it (Qt passes these to the on-screen keyboard and to platform input methods).
_PRIVATE_INPUT = Qt.InputMethodHint.ImhNoPredictiveText | Qt.InputMethodHint.ImhSensitiveData


class Kiosk(StaffActions):
    """Turns a MainWindow into the waiting-room kiosk. Owns the kiosk screens and timers."""

    def __init__(
        self,
        window: MainWindow,
        data_dir: Path,
        clock: Callable[[], datetime] = datetime.now,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.data_dir = data_dir
        self.settings: Settings = window.settings
        self.pin = StaffPin.in_folder(data_dir)
        #: Wall time (sheets' keeping time, the staff list, the PIN lock-out).
        self.clock = clock
        #: The session cycle: which screen, and when its quiet time is up.
        self.cycle = Cycle(self.settings, monotonic)
        self._wiping = False
        # Replaceable in tests (a QPrinter writing a PDF file); the default is the configured
        # printer, with no dialog.
        self.make_printer: Callable[[], QPrinter] = self._configured_printer
        self.exit_app: Callable[[], None] = self._exit_app
        window.confirm = self._confirm

        window.enter_kiosk()
        self.start = StartScreen(window.look, i18n.available())
        self.still_there = StillThereScreen()
        self.thanks = ThanksScreen()
        self.pin_pad = PinPad()
        self.staff = StaffArea()
        for screen in (self.start, self.still_there, self.thanks, self.pin_pad, self.staff):
            window.stack.addWidget(screen)
        self._prepare_pages()

        # One timer for "nothing happened for a while", set to when the cycle's time is up.
        self.quiet = QTimer(self)
        self.quiet.setSingleShot(True)
        self.quiet.timeout.connect(self._quiet_timeout)
        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self._countdown_tick)
        self.purge_timer = QTimer(self)
        self.purge_timer.setInterval(rules.PURGE_EVERY_SECONDS * 1000)
        self.purge_timer.timeout.connect(self.purge)

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        # The filter installed last sees an event first: the watch must see the drags too.
        self.drag = DragToScroll(lambda: list(window.flow.pages.values()), self)
        app.installEventFilter(self.drag)
        self.watch = ActivityWatch(self)
        app.installEventFilter(self.watch)
        self.watch.activity.connect(self._activity)
        self.keyboard_room = KeyboardRoom(window, window.stack, self.watch)
        self.long_press = LongPress(window.clinic, rules.LONG_PRESS_MS)
        self.long_press.pressed.connect(self.open_staff)
        QShortcut(
            QKeySequence("Ctrl+Alt+S"), window, self.open_staff, context=Qt.ShortcutContext.WindowShortcut
        )

        self.start.tapped.connect(self.begin)
        self.start.look_bar.languageChosen.connect(window.choose_language)
        self.start.look_bar.textSizeChosen.connect(window.choose_text_size)
        self.start.look_bar.highContrastChosen.connect(window.choose_high_contrast)
        window.pagesRebuilt.connect(self._pages_rebuilt)
        window.lookChanged.connect(self._look_changed)
        self.still_there.stay.connect(self._stay)
        self.thanks.tapped.connect(self.end_session)
        window.flow.stepChanged.connect(self._step_changed)
        self.pin_pad.submitted.connect(self._pin_entered)
        self.pin_pad.cancelled.connect(self._pin_cancelled)
        self.staff.leaveRequested.connect(self._leave_staff)
        self.staff.exitRequested.connect(self._exit_requested)
        self.staff.reprintRequested.connect(self._reprint)
        self.staff.saveRequested.connect(self._save_copy)
        self.staff.deleteRequested.connect(self._delete)
        self.staff.settingsSubmitted.connect(self._save_settings)
        self.staff.changePinRequested.connect(lambda: self._ask_new_pin(first_start=False))
        self.talk = PinTalk(self.pin, lambda: self.clock())  # (the clock tests set later, too)

        # A kiosk never resumes: unfinished answers left by a crash or power cut go, and so
        # do finished sheets past their keeping time.
        self._say_store_problem(window.visit.forget_drafts())
        self.purge()
        self.purge_timer.start()
        if self.pin.is_set or self.pin.damaged:  # a damaged PIN file is not a first start
            self.show_start()
        else:
            self._ask_new_pin(first_start=True)

    @property
    def screen(self) -> Screen:
        """What the kiosk is showing (the cycle's state)."""
        return self.cycle.screen

    def _prepare_pages(self) -> None:
        """Touch and privacy set-up of the question pages (again when they are rebuilt)."""
        window = self.window
        for field in window.findChildren(QLineEdit) + window.findChildren(QPlainTextEdit):
            field.setInputMethodHints(field.inputMethodHints() | _PRIVATE_INPUT)
        # A finger drags the page itself (the scroll bar is there too, for a mouse).
        for area in window.findChildren(QScrollArea):
            finger_scrolling(area)

    def _pages_rebuilt(self) -> None:
        """The language changed: new pages to prepare, and the kiosk's screens to reword."""
        self._prepare_pages()
        for screen in (self.start, self.still_there, self.thanks, self.pin_pad):
            screen.retranslate()

    def _look_changed(self) -> None:
        self.start.look_bar.show_look(self.window.look)

    def _say_store_problem(self, problem: Says | None) -> None:
        if problem is not None:
            self.window.show_store_problem(say(problem))

    # --- following the cycle ----------------------------------------------------------------

    def _follow(self, do: Do) -> None:
        """Show what the cycle says, then set the quiet timer to when its time is up."""
        if do is Do.WIPE_TO_START:
            self.wipe()
            self._present(self.start)
        elif do is Do.BACK_TO_QUESTIONS:
            self.tick.stop()
            flow = self.window.flow
            self.window.show_screen(flow.pages[flow.step])
            flow.pages[flow.step].heading.setFocus(Qt.FocusReason.OtherFocusReason)
        elif do is Do.ASK_STILL_THERE:
            self.still_there.set_seconds(self.cycle.countdown())
            self._present(self.still_there)
            self.still_there.button.setFocus(Qt.FocusReason.OtherFocusReason)
            self.tick.start()
        elif do is Do.FINISH_FOR_DESK:
            self.tick.stop()
            flow = self.window.flow
            flow.go(Step.REVIEW)
            flow.next()  # stores it, then Done → the sheet is printed; then straight to the start
        elif do is Do.THANK_AND_PRINT:
            self.thanks.show_outcome(Outcome.PRINTING, self.window.flow.intake.urgent.alarming)
            self._present(self.thanks)
            self.thanks.repaint()  # "Printing…" on the screen now, before the printer takes a second
            QTimer.singleShot(0, self, self._print_finished)  # paint "Printing…" first
        elif do is Do.ASK_PIN:
            self._present(self.pin_pad)
        elif do is Do.OPEN_STAFF:
            self._present(self.staff)
        self._arm()

    def _present(self, widget: QWidget) -> None:
        self.window.show_screen(widget)
        heading = getattr(widget, "heading", None)
        if isinstance(heading, QWidget):
            heading.setFocus(Qt.FocusReason.OtherFocusReason)

    def _arm(self) -> None:
        """(Re)start the quiet timer for when the cycle's time is up on the screen showing."""
        left = self.cycle.seconds_left()
        if left is None:
            self.quiet.stop()
        else:
            self.quiet.start(max(0, round(left * 1000)))

    def _activity(self) -> None:
        self.cycle.activity()
        self._arm()

    def _quiet_timeout(self) -> None:
        self._follow(self.cycle.timeout(self.window.flow.intake, date.today()))

    def _countdown_tick(self) -> None:
        if self.screen is not Screen.STILL_THERE:
            self.tick.stop()
            return
        self.still_there.set_seconds(self.cycle.countdown())

    def present(self) -> None:
        """Frameless over the whole screen. showFullScreen() alone leaves the window at its old
        size when no window manager runs (the usual kiosk set-up), so the geometry is set too."""
        window = self.window
        window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        screen = window.screen() or QGuiApplication.primaryScreen()
        window.setGeometry(screen.geometry())
        window.showFullScreen()

    # --- the session ----------------------------------------------------------------------

    def show_start(self) -> None:
        """Wipe whatever the last person left and wait for the next one."""
        self._follow(self.cycle.to_start())

    def begin(self) -> None:
        self.window.flow.go(Step.ABOUT)

    def _step_changed(self, step: Step) -> None:
        if self._wiping:
            return
        if step is Step.DONE:
            self._follow(self.cycle.finished())
        elif self.window.stack.currentWidget() in self.window.flow.pages.values():
            self.cycle.question_shown()
            self._arm()

    def _stay(self) -> None:
        self._follow(self.cycle.stay())

    def _print_finished(self) -> None:
        if self.screen is not Screen.THANKS:
            return
        intake = self.window.flow.intake
        printed = False
        try:
            printed = self._print(self.window.current_pdf(), intake.id)
            if printed:
                self.window.visit.handed_over()
        except Exception:
            log.exception("Kiosk sheet %s: building or printing it failed", intake.id)
        finally:
            unattended = self.cycle.unattended  # nobody is there to thank
            if not unattended:
                outcome = Outcome.PRINTED if printed else Outcome.NOT_PRINTED
                self.thanks.show_outcome(outcome, intake.urgent.alarming, saved=self.window.saved)
            self._follow(self.cycle.printed())

    def end_session(self) -> None:
        self.show_start()

    def wipe(self) -> None:
        """Forget the session: answers, every widget, the draft in the store, the clipboard."""
        window = self.window
        self._wiping = True
        self.tick.stop()
        window.autosave.timer.stop()
        self._close_dialogs()
        # Every draft: also one whose finishing failed to save (it stays a draft then).
        self._say_store_problem(window.visit.forget_drafts())
        window.banner.setVisible(False)  # "your answers are kept…" was said to the last patient
        self.staff.show_sheets([])  # the staff list holds names: drop it, not just hide it
        window.start_new()  # a fresh Intake on every page, no sheet, no preview
        window.reset_look()  # the next patient starts in the clinic's language and text size
        # The review's cards (and a closed preview) were only scheduled for deletion: delete
        # them now, so the last patient's answers are not left in memory for a moment longer.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        for mode in (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection):
            QGuiApplication.clipboard().clear(mode)
        im = QGuiApplication.inputMethod()
        im.reset()
        im.hide()
        self._wiping = False

    def _close_dialogs(self) -> None:
        """Close any dialog the staff left open (Yes/No, Save as): not for the next patient."""
        while (modal := QApplication.activeModalWidget()) is not None:
            if isinstance(modal, QDialog):
                modal.reject()
            modal.close()
            QCoreApplication.processEvents()
            if QApplication.activeModalWidget() is modal:
                break

    # --- printing and keeping ----------------------------------------------------------------

    def _configured_printer(self) -> QPrinter:
        from spineprep.ui.printing import kiosk_printer

        return kiosk_printer(self.settings.printer, self.settings.paper)

    def _print(self, pdf: bytes, intake_id: str) -> bool:
        """Send ``pdf`` to the kiosk's printer; record it in the store. False if it failed."""
        from spineprep.ui.printing import PrintError, print_pdf

        try:
            print_pdf(pdf, self.make_printer())
        except PrintError as error:
            log.warning("Kiosk sheet %s was not printed: %s", intake_id, error)
            return False
        self._say_store_problem(self.window.visit.mark_printed(intake_id, self.clock()))
        return True

    def purge(self) -> None:
        """Delete finished sheets past the clinic's keeping time (hourly, and at start)."""
        self._say_store_problem(self.window.visit.purge(rules.keep_after(self.clock(), self.settings)))

    # --- the way into the staff area -----------------------------------------------------

    def open_staff(self) -> None:
        do = self.cycle.open_staff(self.pin.is_set or self.pin.damaged)
        if do is Do.NOTHING:
            return
        self.tick.stop()
        if self.cycle.came_from_start():
            # Staff screens at the clinic's language and text size, not those someone picked
            # and walked away from (a patient mid-way keeps theirs).
            self.window.reset_look()
        self._say(self.talk.ask_check())
        self._follow(do)

    def _ask_new_pin(self, first_start: bool) -> None:
        do = self.cycle.ask_new_pin(first_start)
        self._say(self.talk.ask_new(first_start))
        self._follow(do)

    def _say(self, said: Said) -> None:
        """Show what the PIN conversation says (spineprep/pin_talk.py decides it)."""
        words = said.words(QCoreApplication.translate)
        if said.then is Then.ASK:
            title = QCoreApplication.translate(CONTEXT, said.title)
            self.pin_pad.ask(title, words, error=said.error, can_cancel=said.can_cancel)
        else:
            self.pin_pad.show_message(words, said.error)

    def _pin_entered(self, digits: str) -> None:
        said = self.talk.entered(digits)
        if said.then is Then.OPEN_STAFF:
            self.show_staff()
        elif said.then is Then.PIN_SET:
            do = self.cycle.pin_chosen()
            if do is Do.OPEN_STAFF:
                self.show_staff(said.words(QCoreApplication.translate))
            else:  # the first start: on to the patients
                self._follow(do)
        else:
            self._say(said)

    def _pin_cancelled(self) -> None:
        if self.talk.can_cancel():
            self._leave_staff()

    def show_staff(self, message: str = "") -> None:
        from spineprep.ui.printing import available_printers

        self.staff.show_message(message)
        self.staff.show_settings(self.settings, available_printers())
        self._refresh_sheets()
        self._follow(self.cycle.pin_accepted())

    def _leave_staff(self) -> None:
        """Back to what was showing; a patient in the middle of the questions carries on."""
        self._follow(self.cycle.leave_staff())

    def _exit_app(self) -> None:
        self.wipe()
        self.quiet.stop()
        self.window.close_locked = False
        self.window.close()  # the last window: app.exec() returns
