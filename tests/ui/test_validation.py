"""Required items block Next with a message beside them; bad dates are refused; Back keeps answers."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from spineprep.catalogue import Circumstance, Duration, Flag, HowOften, Outcome, Speed, Treatment, Trend
from spineprep.navigation import Step
from spineprep.ui.window import MainWindow
from tests.ui.conftest import tap, type_date


def blocked(qtbot: QtBot, w: MainWindow, item: str, words: str) -> None:
    """Next stays on the page and the item's own message says what is missing."""
    step = w.flow.step
    tap(qtbot, w.next_button)
    assert w.flow.step is step, f"Next was not blocked on {step} for {item}"
    block = w.flow.pages[step].blocks[item]
    assert block.error.isVisible(), f"no message beside {item}"
    assert words in block.error.text()


def fill_about(qtbot: QtBot, w: MainWindow, born: date = date(1961, 4, 27)) -> None:
    w.about.name.setFocus()
    qtbot.keyClicks(w.about.name, "Ann Example")
    type_date(qtbot, w.about.birth, born.month, born.day, born.year)


def test_about_requires_name_and_birth(qtbot: QtBot, window: MainWindow) -> None:
    window.flow.go(Step.ABOUT)
    blocked(qtbot, window, "full_name", "full name")
    assert "date of birth" in window.about.blocks["birth"].error.text()
    birth_field_y = window.about.birth.mapTo(window, window.about.birth.rect().topLeft()).y()
    qtbot.keyClicks(window.about.name, "Ann Example")
    # The name's message goes as soon as it is fixed, without moving anything below it;
    # the birth date's stays.
    assert window.about.blocks["full_name"].error.text().strip() == ""
    assert window.about.birth.mapTo(window, window.about.birth.rect().topLeft()).y() == birth_field_y
    blocked(qtbot, window, "birth", "date of birth")
    assert window.about.blocks["full_name"].error.text().strip() == ""


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        (lambda today: today + timedelta(days=1), "must be in the past"),
        (lambda today: date(today.year - 121, 1, 1), "over 120"),
    ],
    ids=["future", "over-120"],
)
def test_birth_date_must_be_real_and_past(qtbot: QtBot, window: MainWindow, typed, words) -> None:  # type: ignore[no-untyped-def]
    window.flow.go(Step.ABOUT)
    fill_about(qtbot, window, typed(date.today()))
    blocked(qtbot, window, "birth", words)


def test_impossible_day_and_past_appointment_refused(qtbot: QtBot, window: MainWindow) -> None:
    window.flow.go(Step.ABOUT)
    qtbot.keyClicks(window.about.name, "Ann Example")
    type_date(qtbot, window.about.birth, 2, 30, 1980)
    blocked(qtbot, window, "birth", "does not exist")
    window.about.birth.day.clear()
    qtbot.keyClicks(window.about.birth.day, "28")
    yesterday = date.today() - timedelta(days=1)
    type_date(qtbot, window.about.appointment, yesterday.month, yesterday.day, yesterday.year)
    blocked(qtbot, window, "appointment", "cannot be in the past")


def test_each_severity_score_is_required(qtbot: QtBot, window: MainWindow) -> None:
    window.flow.go(Step.SEVERITY)
    blocked(qtbot, window, "pain_now", "right now")
    tap(qtbot, window.severity.pain_now.buttons[3])
    blocked(qtbot, window, "pain_worst", "worst pain")
    tap(qtbot, window.severity.pain_worst.buttons[7])
    tap(qtbot, window.next_button)
    assert window.flow.step is Step.FREQUENCY


def test_frequency_items_are_required(qtbot: QtBot, window: MainWindow) -> None:
    window.flow.go(Step.FREQUENCY)
    blocked(qtbot, window, "how_often", "how often")
    tap(qtbot, window.frequency.how_often.button(HowOften.ONCE_A_DAY))
    blocked(qtbot, window, "duration", "how long")
    tap(qtbot, window.frequency.duration.button(Duration.SECONDS))
    blocked(qtbot, window, "trend", "better or worse")
    tap(qtbot, window.frequency.trend.button(Trend.SAME))
    tap(qtbot, window.next_button)
    assert window.flow.step is Step.ONSET


def test_onset_in_future_or_before_birth_is_refused(qtbot: QtBot, window: MainWindow) -> None:
    window.flow.go(Step.ABOUT)
    fill_about(qtbot, window, date(2000, 6, 1))
    window.flow.go(Step.ONSET)
    blocked(qtbot, window, "started", "when the spasms started")
    assert window.onset.blocks["speed"].error.isVisible()
    assert window.onset.blocks["circumstances"].error.isVisible()
    tap(qtbot, window.onset.speed.button(Speed.GRADUAL))
    tap(qtbot, window.onset.circumstances.button(Circumstance.NO_CLEAR_CAUSE))
    future = date.today() + timedelta(days=10)
    type_date(qtbot, window.onset.start, future.month, future.day, future.year)
    blocked(qtbot, window, "started", "in the future")
    window.onset.start.year.clear()
    qtbot.keyClicks(window.onset.start.year, "1999")
    blocked(qtbot, window, "started", "before you were born")
    qtbot.keyClicks(window.onset.amount, "40")
    tap(qtbot, window.onset.unit.button(window.onset.unit.options[3]))  # years
    blocked(qtbot, window, "started", "before you were born")
    window.onset.amount.clear()
    qtbot.keyClicks(window.onset.amount, "2")
    tap(qtbot, window.next_button)
    assert window.flow.step is Step.RELIEF


def test_relief_needs_a_row_or_nothing_yet(qtbot: QtBot, window: MainWindow) -> None:
    window.flow.go(Step.RELIEF)
    blocked(qtbot, window, "relief", "at least one row")
    tap(qtbot, window.relief.nothing_yet)
    tap(qtbot, window.next_button)
    assert window.flow.step is Step.URGENT
    window.flow.back()
    tap(qtbot, window.relief.table.row_buttons[Treatment.HEAT][Outcome.HELPED_A_LOT])
    blocked(qtbot, window, "relief", "haven't tried anything yet")
    tap(qtbot, window.relief.nothing_yet)
    # A second tap on the same choice clears the row again.
    tap(qtbot, window.relief.table.row_buttons[Treatment.HEAT][Outcome.HELPED_A_LOT])
    assert Treatment.HEAT not in window.flow.intake.relief.outcomes
    tap(qtbot, window.relief.table.row_buttons[Treatment.OTHER][Outcome.HELPED_A_LITTLE])
    blocked(qtbot, window, "relief_other", "other treatment")
    # The message and the box it is about are in view, and the box has focus.
    page = window.relief
    message = page.blocks["relief_other"].error
    top = message.mapTo(page.viewport(), message.rect().topLeft()).y()
    assert top >= 0 and top + message.height() <= page.viewport().height()
    assert window.relief.other.hasFocus()
    qtbot.keyClicks(window.relief.other, "acupuncture")
    tap(qtbot, window.next_button)
    assert window.flow.step is Step.URGENT


def test_urgent_page_cannot_be_passed_without_a_choice(qtbot: QtBot, window: MainWindow) -> None:
    window.flow.go(Step.URGENT)
    blocked(qtbot, window, "urgent", "None of these")
    tap(qtbot, window.urgent.flags.button(Flag.FEVER))
    tap(qtbot, window.urgent.none)  # "None of these" clears the ticks ...
    assert window.flow.intake.urgent.flags == set()
    tap(qtbot, window.urgent.flags.button(Flag.CANCER))  # ... and a tick clears "None of these"
    assert not window.urgent.none.isChecked()
    tap(qtbot, window.next_button)
    assert window.flow.step is Step.NOTES  # a past cancer is for the physician: no alarm screen


def test_back_keeps_every_answer(qtbot: QtBot, window: MainWindow) -> None:
    window.flow.go(Step.ABOUT)
    fill_about(qtbot, window)
    tap(qtbot, window.next_button)
    tap(qtbot, window.severity.pain_now.buttons[5])
    tap(qtbot, window.back_button)
    tap(qtbot, window.back_button)
    assert window.flow.step is Step.WELCOME
    tap(qtbot, window.next_button)
    assert window.about.name.text() == "Ann Example"
    assert window.about.birth.value().year == "1961"
    tap(qtbot, window.next_button)
    assert window.severity.pain_now.value() == 5
    assert window.severity.pain_now.buttons[5].isChecked()


def test_change_from_review_returns_to_review(qtbot: QtBot, window: MainWindow) -> None:
    from spineprep.sample import sample_intake

    window.flow.set_intake(sample_intake())
    window.flow.go(Step.REVIEW)
    changes = [b for b in window.review.findChildren(QWidget) if b.objectName() == "changeButton"]
    assert len(changes) == 7
    frequency = next(b for b in changes if "Frequency" in b.accessibleName())
    tap(qtbot, frequency)  # type: ignore[arg-type]
    assert window.flow.step is Step.FREQUENCY
    tap(qtbot, window.frequency.how_often.button(HowOften.CONSTANT))
    tap(qtbot, window.next_button)
    assert window.flow.step is Step.REVIEW
    values = " ".join(label.text() for label in window.review.findChildren(type(window.step_label)))
    assert "Constant" in values


def test_every_focusable_control_has_an_accessible_name(qtbot: QtBot, window: MainWindow) -> None:
    from spineprep.sample import sample_intake

    window.flow.set_intake(sample_intake())
    missing = []
    for step, page in window.flow.pages.items():
        window.flow.go(step)
        QApplication.processEvents()
        for widget in page.findChildren(QWidget):
            if widget.focusPolicy().value & 0x1 and widget.isVisibleTo(page) and not widget.accessibleName():
                if widget.metaObject().className() in ("QScrollBar", "QWidget"):
                    continue
                missing.append(f"{step.value}: {widget.metaObject().className()} {widget.objectName()}")
    assert missing == []


def test_enter_on_a_focused_button_presses_it_not_next(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtCore import Qt

    from spineprep.sample import sample_intake

    intake = sample_intake()
    intake.completed_at = None
    window.flow.set_intake(intake)
    window.flow.go(Step.REVIEW)
    change = next(b for b in window.review.findChildren(QWidget) if b.objectName() == "changeButton")
    change.setFocus()
    qtbot.keyClick(change, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.flow.step is Step.ABOUT)  # the Change button, not Finish
    assert window.flow.intake.completed_at is None


def test_finish_rechecks_every_page(qtbot: QtBot, window: MainWindow) -> None:
    """A birth date changed from the review to after the onset date is caught at Finish."""
    from spineprep.sample import sample_intake

    intake = sample_intake()
    intake.completed_at = None
    window.flow.set_intake(intake)
    window.flow.go(Step.REVIEW)
    tap(qtbot, next(b for b in window.review.findChildren(QWidget) if b.objectName() == "changeButton"))
    assert window.flow.step is Step.ABOUT
    recent = date.today() - timedelta(days=5)
    type_date(qtbot, window.about.birth, recent.month, recent.day, recent.year)
    tap(qtbot, window.next_button)
    assert window.flow.step is Step.REVIEW
    tap(qtbot, window.next_button)  # Finish
    assert window.flow.step is Step.ONSET
    assert "before you were born" in window.onset.blocks["started"].error.text()
    assert window.flow.intake.completed_at is None


def test_arrow_keys_move_along_the_pain_scale(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtCore import Qt

    window.flow.go(Step.SEVERITY)
    scale = window.severity.pain_now
    tap(qtbot, scale.buttons[3])
    qtbot.keyClick(scale.buttons[3], Qt.Key.Key_Right)
    qtbot.keyClick(scale.buttons[4], Qt.Key.Key_Right)
    assert scale.value() == 5 and window.flow.intake.severity.pain_now == 5
    qtbot.keyClick(scale.buttons[5], Qt.Key.Key_Left)
    assert scale.value() == 4


def test_constant_spasms_print_duration_as_not_applying(qtbot: QtBot, window: MainWindow) -> None:
    window.flow.go(Step.FREQUENCY)
    tap(qtbot, window.frequency.how_often.button(HowOften.SEVERAL_A_DAY))
    tap(qtbot, window.frequency.duration.button(Duration.SECONDS))
    tap(qtbot, window.frequency.how_often.button(HowOften.CONSTANT))
    assert not window.frequency.duration_block.isEnabled()
    assert window.frequency.duration_block.isVisible()  # greyed out in place: nothing below moves
    from spineprep.summary import Audience, summarise

    rows = {
        r.item: r.value
        for sec in summarise(window.flow.intake, date.today(), Audience.PHYSICIAN)
        for r in sec.rows
    }
    assert rows["duration"] == "Does not apply (constant)"


def test_enter_on_a_focused_answer_button_means_next_not_a_new_answer(
    qtbot: QtBot, window: MainWindow
) -> None:
    from PySide6.QtCore import Qt

    window.flow.go(Step.SEVERITY)
    tap(qtbot, window.next_button)  # blocked: focus goes to the first score, "0"
    focused = QApplication.focusWidget()
    assert focused is window.severity.pain_now.buttons[0]
    qtbot.keyClick(focused, Qt.Key.Key_Return)
    assert window.flow.intake.severity.pain_now is None  # Enter did not answer "no pain"
    tap(qtbot, window.severity.pain_now.buttons[4])
    tap(qtbot, window.severity.pain_worst.buttons[6])
    qtbot.keyClick(window.severity.pain_worst.buttons[6], Qt.Key.Key_Return)
    assert window.flow.step is Step.FREQUENCY
    assert window.flow.intake.severity.pain_worst == 6


def test_enter_after_a_relief_tap_keeps_the_answer(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtCore import Qt

    window.flow.go(Step.RELIEF)
    heat = window.relief.table.row_buttons[Treatment.HEAT][Outcome.HELPED_A_LOT]
    tap(qtbot, heat)
    heat.setFocus()
    qtbot.keyClick(heat, Qt.Key.Key_Return)
    assert window.flow.intake.relief.outcomes == {Treatment.HEAT: Outcome.HELPED_A_LOT}
    assert window.flow.step is Step.URGENT


def test_choosing_about_n_ago_counts_from_today(qtbot: QtBot, window: MainWindow) -> None:
    from spineprep.catalogue import AgoUnit, OnsetKind

    onset = window.flow.intake.onset
    onset.kind, onset.ago_amount, onset.ago_unit = OnsetKind.DATE, 3, AgoUnit.WEEKS
    onset.ago_noted = date.today() - timedelta(days=29)
    window.flow.go(Step.ONSET)
    window.onset.refresh()
    tap(qtbot, window.onset.kind.button(OnsetKind.AGO))
    assert onset.ago_noted == date.today()
    assert onset.approximate_start(date.today()) == date.today() - timedelta(days=21)


def test_back_clears_the_page_messages(qtbot: QtBot, window: MainWindow) -> None:
    window.flow.go(Step.ABOUT)
    tap(qtbot, window.next_button)
    assert window.about.blocks["full_name"].error.isVisible()
    tap(qtbot, window.back_button)
    tap(qtbot, window.next_button)
    assert window.flow.step is Step.ABOUT
    assert not any(block.error.isVisible() for block in window.about.blocks.values())
