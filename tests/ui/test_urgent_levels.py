"""Red flags by level on screen: 911 for the emergency signs, call today for the same-day ones,
nothing but the sheet for those the physician weighs; a home patient keeps the clinic's number."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from spineprep.catalogue import Flag
from spineprep.navigation import Step
from spineprep.sample import sample_intake
from spineprep.ui.window import MainWindow
from tests.ui.conftest import tap


def tick(qtbot: QtBot, w: MainWindow, *flags: Flag) -> None:
    intake = sample_intake(date.today())
    intake.completed_at = None
    intake.urgent.set_flags(set())
    w.flow.set_intake(intake, Step.URGENT)
    for flag in flags:
        tap(qtbot, w.urgent.flags.button(flag))
    tap(qtbot, w.next_button)


def shown(w: MainWindow) -> str:
    """What the patient reads on the notice: heading, panel, what comes after."""
    notice = w.urgent_notice
    return " ".join([notice.heading.text(), notice.panel.accessibleName(), notice.after.text()])


def test_emergency_signs_say_911_now(qtbot: QtBot, window: MainWindow) -> None:
    tick(qtbot, window, Flag.SADDLE_NUMBNESS, Flag.CANCER)
    assert window.flow.step is Step.URGENT_NOTICE
    words = shown(window)
    assert window.urgent_notice.heading.text() == "Call 911 or go to the emergency room now"
    assert "Numbness in the groin" in words
    assert "I have had cancer" not in words  # for the physician, not part of the alarm


def test_a_past_cancer_alone_brings_no_alarm_screen(qtbot: QtBot, window: MainWindow) -> None:
    window.flow.set_intake(window.flow.intake, Step.URGENT)
    tap(qtbot, window.urgent.none)
    assert not window.urgent.for_physician.isVisible()
    tap(qtbot, window.urgent.flags.button(Flag.CANCER))
    # A calm word where the patient ticked it, not an alarm screen.
    assert window.urgent.for_physician.isVisible()
    assert "before your visit" in window.urgent.for_physician.text()
    tick(qtbot, window, Flag.CANCER, Flag.WEIGHT_LOSS)
    assert window.flow.step is Step.NOTES
    assert window.flow.intake.urgent.flags == {Flag.CANCER, Flag.WEIGHT_LOSS}


def test_call_today_without_a_number_points_to_the_letter_and_keeps_a_typed_one(
    qtbot: QtBot, window: MainWindow, data_dir: Path
) -> None:
    assert window.settings.clinic_phone == ""
    tick(qtbot, window, Flag.FEVER)
    notice = window.urgent_notice
    assert notice.heading.text() == "Please call the clinic today"
    assert "Their number is on your appointment letter." in shown(window)
    assert notice.phone_block.isVisible()
    # Something that is not a number is refused, in words, and nothing is kept.
    qtbot.keyClicks(notice.phone, "911")
    tap(qtbot, notice.keep_phone)
    assert "area code" in notice.phone_status.text()
    assert (
        not (data_dir / "settings.json").exists()
        or "clinic_phone" not in (data_dir / "settings.json").read_text()
    )
    notice.phone.clear()
    qtbot.keyClicks(notice.phone, "(555) 010-0199")
    tap(qtbot, notice.keep_phone)
    assert "Call Southeastern Spine Institute today at (555) 010-0199." in shown(window)
    assert notice.phone.text() == "(555) 010-0199"  # there to put right, if it was mistyped
    assert json.loads((data_dir / "settings.json").read_text())["clinic_phone"] == "(555) 010-0199"


def test_a_known_number_is_given_with_the_call_today_advice(qtbot: QtBot, window: MainWindow) -> None:
    window.settings.clinic_phone = "(555) 010-0100"
    tick(qtbot, window, Flag.BOTH_LEGS_PAIN)
    assert "today at (555) 010-0100" in shown(window)
    assert window.urgent_notice.phone.text() == "(555) 010-0100"


def test_enter_in_the_number_box_keeps_it_and_stays_to_show_it(qtbot: QtBot, window: MainWindow) -> None:
    """Enter there means "keep this number", not Next: the patient sees the number in place."""
    from PySide6.QtCore import Qt

    tick(qtbot, window, Flag.FEVER)
    notice = window.urgent_notice
    notice.phone.setFocus()
    qtbot.keyClicks(notice.phone, "555 010 0123")
    qtbot.keyClick(notice.phone, Qt.Key.Key_Return)
    assert window.flow.step is Step.URGENT_NOTICE
    assert "today at 555 010 0123" in shown(window)
