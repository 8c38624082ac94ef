"""The kiosk's session cycle: Tap to start → questions → print → thank you → wipe → Tap to start.

Also the idle watch ("Are you still there?" then a wipe), retention, and the way into the
staff area (long press on the clinic name or Ctrl+Alt+S, then the PIN).
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)

from spineprep import kiosk as rules
from spineprep import navigation
from spineprep.kiosk import Screen
from spineprep.navigation import Step
from spineprep.pin_talk import CONTEXT, PinTalk, Said, Then
from spineprep.settings import Settings
from spineprep.staff_pin import StaffPin
from spineprep.store import Finished, StoreError
from spineprep.ui import i18n, sheet_actions
from spineprep.ui.kiosk.drag_scroll import DragToScroll
from spineprep.ui.kiosk.idle import ActivityWatch, LongPress
from spineprep.ui.kiosk.pin_pad import PinPad
from spineprep.ui.kiosk.screens import Outcome, StartScreen, StillThereScreen, ThanksScreen, finger_scrolling
from spineprep.ui.kiosk.staff import StaffArea
from spineprep.ui.messages import store_message

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from spineprep.ui.window import MainWindow

log = logging.getLogger(__name__)

# Text fields at the kiosk: no word prediction or learning in the input method, and nothing
# typed kept by it (Qt passes these to the on-screen keyboard and to platform input methods).
_PRIVATE_INPUT = Qt.InputMethodHint.ImhNoPredictiveText | Qt.InputMethodHint.ImhSensitiveData
# What the on-screen keyboard types into, and so what is scrolled clear of it.
_TEXT_FIELDS = (QLineEdit, QPlainTextEdit, QAbstractSpinBox)


class Kiosk(QObject):
    """Turns a MainWindow into the waiting-room kiosk. Owns the kiosk screens and timers."""

    def __init__(
        self,
        window: MainWindow,
        data_dir: Path,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.data_dir = data_dir
        self.settings: Settings = window.settings
        self.pin = StaffPin.in_folder(data_dir)
        self.clock = clock
        self.screen = Screen.START
        self._wiping = False
        self._unattended = False
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

        # One timer for "nothing happened for a while"; how long depends on the screen.
        self.quiet = QTimer(self)
        self.quiet.setSingleShot(True)
        self.quiet.timeout.connect(self._quiet_for_too_long)
        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self._countdown_tick)
        self._countdown_left = 0
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
        self.watch.released.connect(self._released)
        self._scroll_on_release = False
        self.long_press = LongPress(window.clinic, rules.LONG_PRESS_MS)
        self.long_press.pressed.connect(self.open_staff)
        QShortcut(
            QKeySequence("Ctrl+Alt+S"), window, self.open_staff, context=Qt.ShortcutContext.WindowShortcut
        )

        im = QGuiApplication.inputMethod()
        im.visibleChanged.connect(self._make_room_for_keyboard)
        im.keyboardRectangleChanged.connect(self._make_room_for_keyboard)
        app.focusChanged.connect(self._focus_changed)

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
        self._return_to = Screen.START

        # A kiosk never resumes: unfinished answers left by a crash or power cut go, and so
        # do finished sheets past their keeping time.
        if window.store is not None:
            try:
                window.store.delete_drafts()
            except StoreError as error:
                window.show_store_problem(store_message(error))
        self.purge()
        self.purge_timer.start()
        if self.pin.is_set:
            self.show_start()
        else:
            self._ask_new_pin(first_start=True)

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

    # --- showing screens ------------------------------------------------------------------

    def _show(self, screen: Screen, widget: QWidget | None = None) -> None:
        self.screen = screen
        if widget is not None:
            self.window.show_screen(widget)
            heading = getattr(widget, "heading", None)
            if isinstance(heading, QWidget):
                heading.setFocus(Qt.FocusReason.OtherFocusReason)
        self._arm()

    def _arm(self) -> None:
        """(Re)start the quiet timer for the screen showing."""
        limit = rules.quiet_limit(self.screen, self.settings)
        if self.talk.first_start:
            limit = None  # until staff have set a PIN, the pad waits for them (nobody gets past it)
        if limit is None:
            self.quiet.stop()
        else:
            self.quiet.start(limit * 1000)

    def _activity(self) -> None:
        # On the countdown only "I'm still here" counts; on the thank-you screen a tap ends.
        if self.screen in (Screen.QUESTIONS, Screen.PIN, Screen.STAFF):
            self._arm()

    def _quiet_for_too_long(self) -> None:
        if self.screen is Screen.QUESTIONS:
            self._ask_still_there()
        elif self.screen is Screen.STILL_THERE and self._sent_to_front_desk():
            self._finish_unattended()
        else:
            self.show_start()

    def _sent_to_front_desk(self) -> bool:
        """Did the patient tick an urgent symptom (so we told them to go to the desk) and answer
        every required question? Then their answers are printed for the desk, not wiped."""
        intake = self.window.flow.intake
        return intake.urgent.alarming and not navigation.problems(Step.REVIEW, intake, date.today())

    def _finish_unattended(self) -> None:
        self.tick.stop()
        self._unattended = True
        flow = self.window.flow
        flow.go(Step.REVIEW)
        flow.next()  # stores it, then Done → _finish prints it; then straight to the start

    def present(self) -> None:
        """Frameless over the whole screen. showFullScreen() alone leaves the window at its old
        size when no window manager runs (the usual kiosk set-up), so the geometry is set too."""
        window = self.window
        window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        screen = window.screen() or QGuiApplication.primaryScreen()
        window.setGeometry(screen.geometry())
        window.showFullScreen()

    # --- the on-screen keyboard -------------------------------------------------------------

    def _make_room_for_keyboard(self) -> None:
        """The keyboard covers the bottom of the screen: lift the whole window's content (page,
        Back / Next) above it while it shows, and keep the field being typed in in view."""
        im = QGuiApplication.inputMethod()
        covered = 0
        if im.isVisible():
            top = round(im.keyboardRectangle().top())
            covered = max(0, self.window.geometry().bottom() + 1 - top) if top > 0 else 0
        central = self.window.centralWidget()
        layout = central.layout() if central is not None else None
        if layout is None:
            return
        margins = layout.contentsMargins()
        if margins.bottom() != covered:
            layout.setContentsMargins(margins.left(), margins.top(), margins.right(), covered)
            QTimer.singleShot(0, self._show_focused_field)  # once the page has its new height

    def _focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        self._show_focused_field()

    def _show_focused_field(self) -> None:
        """Scroll a text field that took focus into view (above the keyboard). Only text fields:
        a tapped answer is already where the finger is. And never while a finger or button is
        down: the page must not move between press and release, or the release misses what
        was pressed and the next taps land on its neighbours; it scrolls on the release."""
        if QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            self._scroll_on_release = True
            return
        self._scroll_on_release = False
        focused = QApplication.focusWidget()
        page = self.window.stack.currentWidget()
        if isinstance(focused, _TEXT_FIELDS) and isinstance(page, QScrollArea) and page.isAncestorOf(focused):
            page.ensureWidgetVisible(focused, 0, 60)

    def _released(self) -> None:
        if self._scroll_on_release:
            QTimer.singleShot(0, self._show_focused_field)

    # --- the session ----------------------------------------------------------------------

    def show_start(self) -> None:
        """Wipe whatever the last person left and wait for the next one."""
        self.wipe()
        self._show(Screen.START, self.start)

    def begin(self) -> None:
        self.window.flow.go(Step.ABOUT)

    def _step_changed(self, step: Step) -> None:
        if self._wiping:
            return
        if step is Step.DONE:
            self._finish()
        elif self.window.stack.currentWidget() in self.window.flow.pages.values():
            if self.screen is not Screen.QUESTIONS:
                self._show(Screen.QUESTIONS)
            else:
                self._arm()

    def _ask_still_there(self) -> None:
        self._countdown_left = self.settings.countdown_seconds
        self.still_there.set_seconds(self._countdown_left)
        self._show(Screen.STILL_THERE, self.still_there)
        self.still_there.button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.tick.start()

    def _countdown_tick(self) -> None:
        self._countdown_left = max(0, self._countdown_left - 1)
        self.still_there.set_seconds(self._countdown_left)
        if self.screen is not Screen.STILL_THERE:
            self.tick.stop()

    def _stay(self) -> None:
        self.tick.stop()
        flow = self.window.flow
        self.window.show_screen(flow.pages[flow.step])
        flow.pages[flow.step].heading.setFocus(Qt.FocusReason.OtherFocusReason)
        self._show(Screen.QUESTIONS)

    def _finish(self) -> None:
        """The intake is stored (MainWindow did that); print it with no dialog, say thank you."""
        urgent = self.window.flow.intake.urgent.alarming
        self.thanks.show_outcome(Outcome.PRINTING, urgent)
        self._show(Screen.THANKS, self.thanks)
        self.thanks.repaint()  # "Printing…" on the screen now, before the printer takes a second
        self.quiet.stop()  # the 20 s start once the printer has the sheet
        QTimer.singleShot(0, self._print_finished)  # paint "Printing…" first

    def _print_finished(self) -> None:
        if self.screen is not Screen.THANKS:
            return
        intake = self.window.flow.intake
        printed = False
        try:
            printed = self._print(self.window.current_pdf(), intake.id)
        except Exception:
            log.exception("Kiosk sheet %s: building or printing it failed", intake.id)
        finally:
            if self._unattended:  # nobody is there to thank
                self._unattended = False
                self.show_start()
            else:
                outcome = Outcome.PRINTED if printed else Outcome.NOT_PRINTED
                self.thanks.show_outcome(outcome, intake.urgent.alarming, saved=self.window.saved)
                self._arm()

    def end_session(self) -> None:
        self.show_start()

    def wipe(self) -> None:
        """Forget the session: answers, every widget, the draft in the store, the clipboard."""
        window = self.window
        self._wiping = True
        self.tick.stop()
        window.autosave.timer.stop()
        self._close_dialogs()
        if window.store is not None:
            # Every draft: also one whose finishing failed to save (it stays a draft then).
            try:
                window.store.delete_drafts()
            except StoreError as error:
                log.warning("Could not delete the unfinished intake %s", window.flow.intake.id)
                window.show_store_problem(store_message(error))
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

    # --- printing -------------------------------------------------------------------------

    def _configured_printer(self) -> QPrinter:
        from spineprep.ui.printing import named_printer, set_paper

        printer = named_printer(self.settings.printer)
        set_paper(printer, self.settings.paper)  # else the queue's default, often A4
        return printer

    def _print(self, pdf: bytes, intake_id: str) -> bool:
        """Send ``pdf`` to the kiosk's printer; record it in the store. False if it failed."""
        from spineprep.ui.printing import PrintError, print_pdf

        try:
            print_pdf(pdf, self.make_printer())
        except PrintError as error:
            log.warning("Kiosk sheet %s was not printed: %s", intake_id, error)
            return False
        if self.window.store is not None:
            try:
                self.window.store.mark_printed(intake_id, self.clock())
            except StoreError as error:
                self.window.show_store_problem(store_message(error))
        return True

    # --- retention ------------------------------------------------------------------------

    def purge(self) -> None:
        store = self.window.store
        if store is None:
            return
        try:
            removed = store.purge_finished(before=rules.keep_after(self.clock(), self.settings))
        except StoreError as error:
            self.window.show_store_problem(store_message(error))
            return
        if removed:
            log.info("Deleted %d finished intake(s) past their keeping time", removed)

    # --- the way into the staff area -----------------------------------------------------

    def open_staff(self) -> None:
        if self.screen in (Screen.PIN, Screen.STAFF):
            return
        if not self.pin.is_set:
            return  # only the first start sets one, and that screen can't be left without it
        self._return_to = self.screen
        self.tick.stop()
        if self.screen is Screen.START:
            # Staff screens at the clinic's language and text size, not those someone picked
            # and walked away from (a patient mid-way keeps theirs).
            self.window.reset_look()
        self._say(self.talk.ask_check())
        self._show(Screen.PIN, self.pin_pad)

    def _ask_new_pin(self, first_start: bool) -> None:
        self._say(self.talk.ask_new(first_start))
        self._show(Screen.PIN, self.pin_pad)

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
            if said.message:
                self.show_staff(said.words(QCoreApplication.translate))
            else:  # the first start: on to the patients
                self.show_start()
        else:
            self._say(said)

    def _pin_cancelled(self) -> None:
        if not self.talk.can_cancel():
            return
        self._leave_staff()

    # --- inside the staff area ------------------------------------------------------------

    def show_staff(self, message: str = "") -> None:
        from spineprep.ui.printing import available_printers

        self.staff.show_message(message)
        self.staff.show_settings(self.settings, available_printers())
        self._refresh_sheets()
        self._show(Screen.STAFF, self.staff)

    def _refresh_sheets(self) -> list[Finished]:
        store = self.window.store
        sheets: list[Finished] = []
        if store is None:
            self.staff.show_message(
                self.tr("Finished sheets are not available because the answers store could not be opened."),
                True,
            )
        else:
            try:
                sheets = store.finished_since(rules.start_of_day(self.clock()))
            except StoreError as error:
                self.staff.show_message(store_message(error), True)
        self.staff.show_sheets(sheets)
        return sheets

    def _leave_staff(self) -> None:
        """Back to what was showing; a patient in the middle of the questions carries on."""
        if self._return_to in (Screen.QUESTIONS, Screen.STILL_THERE):
            self._stay()
        else:
            self.show_start()

    def _load_pdf(self, intake_id: str) -> bytes | None:
        store = self.window.store
        if store is None:
            return None
        try:
            intake = store.load(intake_id)
        except (KeyError, StoreError):
            self.staff.show_message(self.tr("That sheet could not be read."), True)
            return None
        return sheet_actions.build_pdf(intake, self.settings)

    def _reprint(self, intake_id: str) -> None:
        pdf = self._load_pdf(intake_id)
        if pdf is None:
            return
        if self._print(pdf, intake_id):
            self._refresh_sheets()
            self.staff.show_message(self.tr("The sheet was sent to the printer."))
        else:
            self.staff.show_message(
                self.tr("The sheet did not print. Check the printer, or save the PDF instead."), True
            )

    def _save_copy(self, intake_id: str) -> None:
        pdf = self._load_pdf(intake_id)
        if pdf is None:
            return
        target = self.window.ask_save_path(self.window)
        if target is not None and self._still_staff():
            self.staff.show_message(*sheet_actions.write_pdf(pdf, target))

    def _delete(self, intake_id: str) -> None:
        store = self.window.store
        if store is None or not self.window.confirm(
            self.tr("Delete this sheet from this computer? This cannot be undone.")
        ):
            return
        if not self._still_staff():
            return
        try:
            store.delete(intake_id)
        except StoreError as error:
            self.staff.show_message(store_message(error), True)
            return
        self._refresh_sheets()
        self.staff.show_message(self.tr("The sheet was deleted."))

    def _save_settings(self, new: Settings) -> None:
        if not new.clinic_name:
            self.staff.show_message(self.tr("Please enter the clinic's name."), True)
            return
        try:
            new.save(self.data_dir)
        except OSError as error:
            self.staff.show_message(
                self.tr("The settings could not be saved ({0}).").format(error.strerror or error), True
            )
            return
        # One Settings object is shared by the window, its pages and the kiosk: update it in place.
        for field in dataclasses.fields(Settings):
            setattr(self.settings, field.name, getattr(new, field.name))
        self.window.apply_settings()
        self.purge()
        self.show_staff(self.tr("Settings saved."))

    def _exit_requested(self) -> None:
        if self.window.confirm(self.tr("Leave kiosk mode and close SpinePrep?")) and self._still_staff():
            self.exit_app()

    def _still_staff(self) -> bool:
        """After a dialog: did the staff area time out meanwhile (then a patient may be there)?"""
        return self.screen is Screen.STAFF

    def _confirm(self, question: str) -> bool:
        """Yes / No for the staff, centred on the kiosk (no window manager places it), big buttons."""
        no, yes = QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes
        box = QMessageBox(QMessageBox.Icon.NoIcon, self.tr("Please confirm"), question, yes | no, self.window)
        box.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        box.setDefaultButton(no)
        for button in box.buttons():
            button.setIcon(QIcon())
            button.setMinimumSize(160, 64)
        box.adjustSize()
        box.move(self.window.geometry().center() - box.rect().center())
        return bool(box.exec() == yes)

    def _exit_app(self) -> None:
        self.wipe()
        self.quiet.stop()
        self.window.close_locked = False
        self.window.close()  # the last window: app.exec() returns
