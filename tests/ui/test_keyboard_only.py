"""The whole flow finished with the keyboard alone (no mouse event at all), in English and Spanish."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel
from pytestqt.qtbot import QtBot

from spineprep.catalogue import (
    AgoUnit,
    Circumstance,
    Duration,
    Flag,
    HowOften,
    Limitation,
    Location,
    Outcome,
    Speed,
    Treatment,
    Trend,
)
from spineprep.language import Language
from spineprep.navigation import Step
from spineprep.ui.window import MainWindow
from tests.ui.keys import NoMouse, arrow_to, focus_ring, focused, press, tab_into, tab_to, type_text

ENTER = Qt.Key.Key_Return
SPACE = Qt.Key.Key_Space
RIGHT = Qt.Key.Key_Right
DOWN = Qt.Key.Key_Down


def choose(button: QAbstractButton) -> None:
    """Tab to the option's group (one Tab stop), arrow to the option, press Space on it."""
    group = button.group()  # a radio group is one Tab stop; each check box is its own
    tab_into(list(group.buttons()) if group is not None else [button])
    arrow_to(button)
    if not button.isChecked():
        press(SPACE)
    assert button.isChecked()


def walk_with_keys(qtbot: QtBot, w: MainWindow, language: Language) -> None:
    no_mouse = NoMouse()
    QApplication.instance().installEventFilter(no_mouse)  # type: ignore[union-attr]
    try:
        if language is not Language.ENGLISH:
            # The language switch is a radio group: Tab reaches the chosen language, an arrow
            # picks the next one.
            tab_to(w.welcome.look_bar.language_buttons[Language.ENGLISH])
            press(RIGHT)
            qtbot.waitUntil(lambda: w.look.language is language)
            assert focused() is w.welcome.look_bar.language_buttons[language]
        assert isinstance(focused(), QLabel) or w.flow.step is Step.WELCOME
        press(ENTER)  # Enter = Next ("Start")

        # About you: the heading has focus; Tab walks the fields in reading order.
        assert w.flow.step is Step.ABOUT and focused() is w.about.heading
        tab_to(w.about.name)
        type_text("Maria Lopez")
        tab_to(w.about.birth.boxes[0])
        parts = {w.about.birth.month: "04", w.about.birth.day: "27", w.about.birth.year: "1961"}
        for box in w.about.birth.boxes:  # typing a full part moves on by itself
            assert focused() is box
            type_text(parts[box])
        tab_to(w.about.physician)
        type_text("Dr. Okafor")
        press(ENTER)

        # Severity: one Tab stop per scale; arrows move along it.
        assert w.flow.step is Step.SEVERITY and focused() is w.severity.heading
        tab_to(w.severity.pain_now.buttons[0])
        for _ in range(7):
            press(RIGHT)
        assert w.severity.pain_now.value() == 7
        press(Qt.Key.Key_Tab)
        assert focused() is w.severity.pain_worst.buttons[0], "Tab should leave the scale in one press"
        press(SPACE)
        for _ in range(9):
            press(RIGHT)
        assert w.severity.pain_worst.value() == 9
        choose(w.severity.limitation.button(Limitation.NOT_AT_ALL))
        press(DOWN)  # arrows move the choice in a radio group (two columns)
        assert w.severity.limitation.value() is Limitation.A_LITTLE
        press(Qt.Key.Key_Up)
        press(RIGHT)
        assert w.severity.limitation.value() is Limitation.A_LOT
        choose(w.severity.locations.button(Location.LOWER_LEFT))
        choose(w.severity.locations.button(Location.ONE_LEG))
        press(Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # Alt+Right = Next

        assert w.flow.step is Step.FREQUENCY
        choose(w.frequency.how_often.button(HowOften.CONSTANT))
        press(DOWN)  # to "Several times a day"
        assert w.frequency.how_often.value() is HowOften.SEVERAL_A_DAY
        choose(w.frequency.duration.button(Duration.SECONDS))
        press(DOWN)
        assert w.frequency.duration.value() is Duration.MINUTES
        choose(w.frequency.trend.button(Trend.BETTER))
        press(RIGHT)
        press(RIGHT)
        assert w.frequency.trend.value() is Trend.WORSE
        # Alt+Left goes back and nothing is lost; Alt+Right returns.
        press(Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
        assert w.flow.step is Step.SEVERITY and w.severity.pain_now.value() == 7
        press(Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
        press(Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)

        assert w.flow.step is Step.ONSET
        tab_to(w.onset.amount)
        type_text("3")  # typing a number picks "About how long ago"
        choose(w.onset.unit.button(AgoUnit.DAYS))
        press(RIGHT)
        assert w.onset.unit.value() is AgoUnit.WEEKS
        choose(w.onset.speed.button(Speed.SUDDEN))
        choose(w.onset.circumstances.button(Circumstance.LIFTING))
        press(ENTER)

        assert w.flow.step is Step.RELIEF
        rows = w.relief.table.row_buttons
        choose(rows[Treatment.ICE][Outcome.HELPED_A_LOT])
        choose(rows[Treatment.HEAT][Outcome.NO_HELP])
        tab_to(w.relief.medicines.edit)
        type_text("Ibuprofen")
        press(ENTER)  # a new line in a text box, not Next
        assert w.flow.step is Step.RELIEF
        press(Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)

        assert w.flow.step is Step.URGENT
        choose(w.urgent.flags.button(Flag.LEG_WEAKNESS))
        press(ENTER)
        assert w.flow.step is Step.URGENT_NOTICE
        press(ENTER)  # "Continue"

        assert w.flow.step is Step.NOTES
        tab_to(w.notes.questions.edit)
        type_text("Can I work?")
        press(Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)

        assert w.flow.step is Step.REVIEW
        press(ENTER)  # Finish
        assert w.flow.step is Step.DONE
        tab_to(w.done.preview_button)
    finally:
        QApplication.instance().removeEventFilter(no_mouse)  # type: ignore[union-attr]
    assert no_mouse.seen == 0

    intake = w.flow.intake
    assert intake.completed_at is not None
    assert intake.patient.full_name == "Maria Lopez"
    assert (intake.patient.birth.month, intake.patient.birth.day) == ("04", "27")
    assert (intake.severity.pain_now, intake.severity.pain_worst) == (7, 9)
    assert intake.severity.limitation is Limitation.A_LOT
    assert intake.severity.locations == {Location.LOWER_LEFT, Location.ONE_LEG}
    assert intake.frequency.how_often is HowOften.SEVERAL_A_DAY
    assert intake.onset.ago_amount == 3 and intake.onset.ago_unit is AgoUnit.WEEKS
    assert intake.relief.outcomes == {Treatment.ICE: Outcome.HELPED_A_LOT, Treatment.HEAT: Outcome.NO_HELP}
    assert intake.relief.medicines == "Ibuprofen\n"
    assert intake.urgent.flags == {Flag.LEG_WEAKNESS}
    assert intake.language is language


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.SPANISH], ids=["english", "spanish"])
def test_the_whole_flow_with_the_keyboard_alone(qtbot: QtBot, window: MainWindow, language: Language) -> None:
    walk_with_keys(qtbot, window, language)


def test_shift_tab_walks_back_the_same_way(qtbot: QtBot, window: MainWindow) -> None:
    window.flow.go(Step.ABOUT)
    forward = focus_ring(window.about.heading)
    inside = [widget for widget in forward if window.about.isAncestorOf(widget)]
    assert window.about.name in inside and window.about.physician in inside
    tab_to(inside[-1])
    backward = [focused()]
    for _ in range(len(inside) - 1):
        press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        backward.append(focused())
    assert backward == list(reversed(inside))


def test_focus_order_follows_the_questions(qtbot: QtBot, window: MainWindow) -> None:
    """Tab goes through the questions in the order they are read, each question's controls
    together, then on to Back / Next: never back up to an earlier question."""
    for step in (Step.ABOUT, Step.SEVERITY, Step.FREQUENCY, Step.ONSET, Step.RELIEF, Step.URGENT, Step.NOTES):
        window.flow.go(step)
        page = window.flow.pages[step]
        blocks = sorted(page.blocks.values(), key=lambda block: block.y())
        ring = focus_ring(page.heading)
        order = [
            next(i for i, block in enumerate(blocks) if block.isAncestorOf(widget))
            for widget in ring
            if any(block.isAncestorOf(widget) for block in blocks)
        ]
        assert order == sorted(order), (step, order)
        assert set(order) == set(range(len(blocks))) - {
            i for i, block in enumerate(blocks) if not block.isEnabled()
        }, step
        assert window.next_button in ring, step


def test_past_summaries_never_trap_the_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    """Once in the table, Tab and Shift+Tab go on to the buttons and back out; Escape and
    Alt+Left leave the screen (they used to move between cells, or do nothing, for ever)."""
    from spineprep.sample import sample_intake

    assert window.store is not None
    window.store.complete(sample_intake())
    window.show()
    window.welcome.history_button.setFocus()
    press(SPACE)
    history = window.history
    assert window.stack.currentWidget() is history
    table = history.table
    tab_to(table)
    press(Qt.Key.Key_Tab)
    assert focused() is history.open_button
    tab_to(history.back_button)
    for button in (history.save_button, history.delete_button):
        tab_to(button, backwards=True)
    tab_to(table, backwards=True)
    press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is not table and not table.isAncestorOf(focused())
    # Enter on the chosen row opens it, as a double click does.
    opened: list[str] = []
    history.openRequested.connect(opened.append)
    tab_to(table)
    press(ENTER)
    assert len(opened) == 1
    assert window.preview_dialog is not None
    window.preview_dialog.close()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    for leave in (
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier),
    ):
        tab_to(table)
        press(*leave)
        assert window.flow.step is Step.WELCOME and window.stack.currentWidget() is window.welcome, leave
        window.show_history()


def test_tab_after_a_full_month_does_not_skip_the_day(qtbot: QtBot, window: MainWindow) -> None:
    """Typing two digits moves on to the next box; a Tab pressed out of habit right after is
    that same move, so "12 Tab 03 Tab 1950" is December 3, 1950 (it put 03 in the year)."""
    window.flow.go(Step.ABOUT)
    birth = window.about.birth
    birth.boxes[0].setFocus()
    for part in ("12", "03", "1950"):
        type_text(part)
        if part != "1950":
            press(Qt.Key.Key_Tab)
    assert (birth.month.text(), birth.day.text(), birth.year.text()) == ("12", "03", "1950")
    # A Tab in a box the patient moved to themselves still moves on.
    birth.month.setFocus()
    press(Qt.Key.Key_Tab)
    assert focused() is birth.day


def test_tab_from_the_header_into_a_scrolled_page_shows_what_it_focuses(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(1000, 600)
    window.flow.go(Step.SEVERITY)
    page = window.severity
    qtbot.waitUntil(lambda: page.verticalScrollBar().maximum() > 0)
    page.verticalScrollBar().setValue(page.verticalScrollBar().maximum())
    window.language_button.setFocus()
    press(Qt.Key.Key_Tab)
    assert focused() is window.emergency  # the emergency line is a stop of its own
    press(Qt.Key.Key_Tab)
    heading = focused()
    assert page.isAncestorOf(heading)
    top = heading.mapTo(page.viewport(), heading.rect().topLeft()).y()
    assert 0 <= top < page.viewport().height(), "the focused heading is scrolled out of view"


def test_tab_order_follows_the_page_after_a_language_switch_and_on_review(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Pages built anew (a language switch) and the review's cards (made when it is entered)
    came after Back and Next in the Tab order; the page comes first now."""
    from datetime import date

    from spineprep.sample import sample_intake

    window.set_language(Language.SPANISH)
    window.flow.go(Step.ABOUT)
    window.emergency.setFocus()
    press(Qt.Key.Key_Tab)
    assert focused() is window.about.heading
    tab_to(window.about.physician)
    press(Qt.Key.Key_Tab)
    assert focused() is window.back_button
    intake = sample_intake(date.today())
    intake.completed_at = None
    window.flow.set_intake(intake, Step.REVIEW)
    window.review.heading.setFocus()
    press(Qt.Key.Key_Tab)
    assert focused().objectName() == "changeButton"
