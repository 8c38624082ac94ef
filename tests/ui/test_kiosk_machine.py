"""A hypothesis state machine over a day at the kiosk: patients start, answer, switch language,
walk away (the idle reset) or finish, in any order. After every wipe no earlier patient is left:
no Intake of theirs alive in the process, their name in no widget, accessible text or the
clipboard, and, unless they finished (the day's sheets are kept for the staff), not in the
store's bytes."""

from __future__ import annotations

import gc
import itertools
import tempfile
import weakref
from pathlib import Path

from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, rule
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from spineprep.intake import Intake
from spineprep.kiosk import Screen
from spineprep.language import Language
from spineprep.navigation import Step
from spineprep.staff_pin import StaffPin
from spineprep.ui.app import make_app, make_window
from spineprep.ui.kiosk.controller import Kiosk
from tests.ui.kiosk_helpers import PIN, all_visible_text, pdf_printers, quiet_for
from tests.ui.test_visit_machine import MACHINE_SETTINGS, answer_page, end_run

NAMES = itertools.count(1)


class KioskDay(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        make_app(kiosk=True)
        self.folder = Path(tempfile.mkdtemp())
        StaffPin.in_folder(self.folder).set_pin(PIN)
        self.window = make_window(self.folder)
        self.kiosk = Kiosk(self.window, self.folder)
        self.kiosk.make_printer = pdf_printers(self.folder / "printed")
        self.kiosk.present()
        # Patients of the day: a weak reference to their answers, their marker, whether finished.
        self.patients: list[tuple[weakref.ref[Intake], str, bool]] = []

    def settle(self) -> None:
        for _ in range(3):
            QApplication.processEvents()

    @rule()
    def a_patient_starts(self) -> None:
        if self.kiosk.screen is Screen.START:
            QTest.mouseClick(self.kiosk.start.button, Qt.MouseButton.LeftButton)
            marker = f"Kioskpatient{next(NAMES):05d}"
            QTest.keyClicks(self.window.about.name, marker)
            self.patients.append((weakref.ref(self.window.flow.intake), marker, False))

    @rule()
    def answers_and_goes_on(self) -> None:
        if self.kiosk.screen is Screen.QUESTIONS and self.window.flow.step is not Step.DONE:
            answer_page(self.window, name=None)  # the patient's own name stays
            self.window.flow.next()
        if self.window.flow.step is Step.DONE and self.patients:
            ref, marker, _ = self.patients[-1]
            self.patients[-1] = (ref, marker, True)

    @rule(language=st.sampled_from(list(Language)))
    def switches_language(self, language: Language) -> None:
        if self.kiosk.screen is Screen.QUESTIONS:
            self.window.set_language(language)
            self.settle()

    @rule()
    def walks_away(self) -> None:
        """The idle reset: "Are you still there?", then the countdown runs out."""
        if self.kiosk.screen is Screen.QUESTIONS:
            quiet_for(self.kiosk, self.kiosk.settings.idle_seconds)
            quiet_for(self.kiosk, self.kiosk.settings.countdown_seconds)
            self.settle()
            self.check_nothing_left()

    @rule()
    def thank_you_tapped(self) -> None:
        if self.kiosk.screen is Screen.THANKS:
            self.settle()  # the sheet is printed first
            QTest.mouseClick(self.kiosk.thanks.button, Qt.MouseButton.LeftButton)
            self.settle()
            self.check_nothing_left()

    def check_nothing_left(self) -> None:
        if self.kiosk.screen is not Screen.START:
            return  # sent to the front desk and still printing: not wiped yet
        gc.collect()
        shown = all_visible_text()
        clipboard = QGuiApplication.clipboard().text()
        store = self.window.store
        assert store is not None
        stored = b"".join(
            Path(f"{store.path}{end}").read_bytes()
            for end in ("", "-wal")
            if Path(f"{store.path}{end}").exists()
        )
        for ref, marker, finished in self.patients:
            assert ref() is None, f"{marker}'s answers are still alive after the wipe"
            assert marker not in shown and marker not in clipboard, f"{marker} is still on screen"
            if not finished:
                assert marker.encode() not in stored, f"{marker}'s unfinished answers are still in the file"

    def teardown(self) -> None:
        self.kiosk.quiet.stop()
        end_run(self.window, self.folder)


KioskDay.TestCase.settings = MACHINE_SETTINGS
test_a_day_of_patients_in_any_order_leaves_nothing_of_anyone = KioskDay.TestCase
