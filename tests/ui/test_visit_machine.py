"""A hypothesis state machine over a visit at home: answers, Next, Back, Change, a language
switch mid-way, autosave, Finish and a new patient, in any order. It must never crash, and an
answer shown as saved must be in the store exactly as the window shows it."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication

from spineprep.catalogue import AgoUnit, Circumstance, Duration, HowOften, Outcome, Speed, Treatment, Trend
from spineprep.language import Language
from spineprep.navigation import Step
from spineprep.summary import SECTION_KEYS
from spineprep.ui.app import make_app, make_window
from spineprep.ui.i18n import use_language
from spineprep.ui.window import MainWindow

STEPS = int(os.environ.get("SPINEPREP_MACHINE_STEPS", "40"))
RUNS = int(os.environ.get("SPINEPREP_MACHINE_RUNS", "6"))


def tap(button: QAbstractButton) -> None:
    """A click that chooses ``button`` (and never un-ticks it)."""
    if not (button.isCheckable() and button.isChecked()):
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def answer_page(w: MainWindow, name: str | None) -> None:
    """Answer the page showing as a patient who knows the answers would (``name``: typed over
    the name, or None to keep it)."""
    step = w.flow.step
    if step is Step.ABOUT:
        fields = [(w.about.birth.month, "3"), (w.about.birth.day, "14"), (w.about.birth.year, "1968")]
        for field, text in ([(w.about.name, name)] if name is not None else []) + fields:
            field.clear()
            QTest.keyClicks(field, text)
    elif step is Step.SEVERITY:
        tap(w.severity.pain_now.buttons[6])
        tap(w.severity.pain_worst.buttons[8])
    elif step is Step.FREQUENCY:
        tap(w.frequency.how_often.button(HowOften.SEVERAL_A_DAY))
        tap(w.frequency.duration.button(Duration.MINUTES))
        tap(w.frequency.trend.button(Trend.SAME))
    elif step is Step.ONSET:
        w.onset.amount.clear()
        QTest.keyClicks(w.onset.amount, "3")
        tap(w.onset.unit.button(AgoUnit.WEEKS))
        tap(w.onset.speed.button(Speed.SUDDEN))
        tap(w.onset.circumstances.button(Circumstance.LIFTING))
    elif step is Step.RELIEF:
        tap(w.relief.table.row_buttons[Treatment.ICE][Outcome.HELPED_A_LOT])
    elif step is Step.URGENT:
        tap(w.urgent.none)


class Visit(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        make_app()
        self.folder = Path(tempfile.mkdtemp())
        self.window = make_window(self.folder)
        self.window.confirm = lambda _question: True
        self.window.show()
        self.reached_done = 0

    def settle(self) -> None:
        """Let queued work run (a language switch is done once the click is over)."""
        for _ in range(3):
            QApplication.processEvents()

    @rule()
    def answer_this_page(self) -> None:
        """What a patient who knows the answers does on the page showing (so visits get to
        the end, where Finish and a new patient are)."""
        answer_page(self.window, name="Ana Ruiz")

    @rule()
    def answer_and_go_on(self) -> None:
        self.answer_this_page()
        self.next_page()

    @rule()
    def next_page(self) -> None:
        if self.window.flow.step is Step.DONE:
            return
        self.window.flow.next()
        if self.window.flow.step is Step.DONE:
            finished, store = self.window.flow.intake, self.window.store
            assert store is not None and finished.completed_at is not None
            assert store.load(finished.id).to_dict() == finished.to_dict(), "Finish did not store it"
            self.reached_done += 1

    @rule()
    def back(self) -> None:
        self.window.flow.back()

    @rule(section=st.sampled_from(SECTION_KEYS))
    def change_from_the_review(self, section: str) -> None:
        if self.window.flow.step is Step.REVIEW:
            self.window.flow.change(section)

    @rule(text=st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=12))
    def type_a_name(self, text: str) -> None:
        if self.window.flow.step is Step.ABOUT:
            QTest.keyClicks(self.window.about.name, text)

    @rule(score=st.integers(0, 10), worst=st.booleans())
    def tap_a_score(self, score: int, worst: bool) -> None:
        if self.window.flow.step is Step.SEVERITY:
            scale = self.window.severity.pain_worst if worst else self.window.severity.pain_now
            QTest.mouseClick(scale.buttons[score], Qt.MouseButton.LeftButton)

    @rule(how=st.sampled_from(list(HowOften)), trend=st.sampled_from(list(Trend)))
    def tap_frequency(self, how: HowOften, trend: Trend) -> None:
        if self.window.flow.step is Step.FREQUENCY:
            QTest.mouseClick(self.window.frequency.how_often.buttons[how], Qt.MouseButton.LeftButton)
            QTest.mouseClick(self.window.frequency.trend.buttons[trend], Qt.MouseButton.LeftButton)

    @rule(language=st.sampled_from(list(Language)))
    def switch_language(self, language: Language) -> None:
        self.window.set_language(language)
        self.settle()

    @rule()
    def start_a_new_one(self) -> None:
        if self.window.flow.step is Step.DONE:
            finished = self.window.flow.intake
            store = self.window.store
            assert store is not None and finished.completed_at is not None
            assert store.load(finished.id).to_dict() == finished.to_dict(), (
                "the finished answers are not stored"
            )
            self.reached_done += 1
            self.window.start_new()

    @rule()
    def autosave(self) -> None:
        """The half-second timer fires: what the window shows is what the store holds."""
        self.window.autosave.flush()
        intake, store = self.window.flow.intake, self.window.store
        assert store is not None
        if intake.is_blank():
            return
        kept = store.load(intake.id)
        assert kept.to_dict() == intake.to_dict(), "the store does not hold the visit's answers"
        # ...and those are what the pages show.
        w = self.window
        assert kept.patient.full_name == w.about.name.text()
        assert (kept.severity.pain_now, kept.severity.pain_worst) == (
            w.severity.pain_now.value(),
            w.severity.pain_worst.value(),
        )
        assert kept.frequency.how_often == w.frequency.how_often.value()

    @invariant()
    def one_intake(self) -> None:
        window = getattr(self, "window", None)
        if window is not None:
            assert window.flow.intake is window.visit.intake
            assert window.visit.draft_failing is False

    def teardown(self) -> None:
        print(f"[machine] finished visits: {self.reached_done}, ended on {self.window.flow.step}")
        end_run(self.window, self.folder)


def end_run(window: MainWindow, folder: Path) -> None:
    """Close a machine run's window and store, and start the next run from English."""
    use_language(Language.ENGLISH)  # the translator is the application's
    window.close_locked = False
    window.close()
    if window.store is not None:
        window.store.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for _ in range(3):
        QApplication.processEvents()
    shutil.rmtree(folder, ignore_errors=True)


# No shrinking: a failure is reported at once with the steps that led to it (shrinking a
# window's run could take longer than the test's time limit).
MACHINE_SETTINGS = settings(
    max_examples=RUNS,
    stateful_step_count=STEPS,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
)
Visit.TestCase.settings = MACHINE_SETTINGS
test_any_order_of_actions_keeps_every_answer_shown_as_saved = Visit.TestCase
