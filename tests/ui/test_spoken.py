"""What a screen reader that follows focus (Orca 43, which ignores announcement events) can
reach: every message as the text of something focusable or in the focused control's
description; hints, required status and counters with their controls; the review's answers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from spineprep.language import Language
from spineprep.navigation import Step
from spineprep.sample import sample_intake
from spineprep.ui.window import MainWindow
from tests.ui.conftest import tap
from tests.ui.kiosk_helpers import open_kiosk


def read(widget: QWidget) -> tuple[str, str]:
    """(name, description) as Qt's accessibility interface gives them to AT-SPI."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return (
        interface.text(QAccessible.Text.Name).strip(),
        interface.text(QAccessible.Text.Description).strip(),
    )


def test_why_next_was_refused_is_read_with_the_control_that_gets_focus(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.flow.go(Step.ABOUT)
    tap(qtbot, window.next_button)
    target = QApplication.focusWidget()
    assert target is window.about.name
    _, description = read(target)
    assert "Please enter your full name." in description
    # The message beside the question is read as what it says, not as "Problem".
    error = window.about.blocks["full_name"].error
    assert "Please enter your full name." in read(error)[0]


def test_hints_required_status_date_example_and_counter_reach_the_controls(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.flow.go(Step.ABOUT)
    _, month = read(window.about.birth.month)
    assert "For example" in month and "Required." in month
    _, physician = read(window.about.physician)
    assert "Optional." in physician
    window.flow.go(Step.NOTES)
    edit = window.notes.questions.edit
    edit.setPlainText("Is heat OK?")
    assert "11 of 2000 characters" in read(edit)[1]


def test_the_emergency_line_is_reachable_and_read_as_what_it_says(window: MainWindow) -> None:
    name, _ = read(window.emergency)
    assert "call 911" in name
    assert window.emergency.focusPolicy() & window.emergency.focusPolicy().TabFocus


def test_where_the_sheet_went_is_said_where_focus_goes(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    intake = sample_intake(date.today())
    intake.completed_at = None
    window.flow.set_intake(intake, Step.REVIEW)
    window.flow.next()
    assert window.flow.step is Step.DONE
    target = tmp_path / "sheet.pdf"
    window.ask_save_path = lambda _parent: target
    tap(qtbot, window.done.save_button)
    status = window.done.status
    assert QApplication.focusWidget() is status
    assert str(target) in read(status)[0]


def test_the_review_answers_are_read_with_each_change_button(qtbot: QtBot, window: MainWindow) -> None:
    intake = sample_intake(date.today())
    intake.completed_at = None
    window.flow.set_intake(intake, Step.REVIEW)
    buttons = [b for b in window.review.findChildren(QWidget) if b.objectName() == "changeButton"]
    assert buttons
    described = " ".join(read(b)[1] for b in buttons)
    assert "Pain right now: 6 / 10 (moderate)" in described


def test_the_language_switch_names_the_language_in_the_patients_own(window: MainWindow) -> None:
    window.set_language(Language.SPANISH)
    _, description = read(window.language_button)
    assert description == "Ver las preguntas en inglés"


def test_kiosk_messages_are_their_own_text_and_the_pin_pad_follows_the_language(
    qtbot: QtBot, tmp_path: Path
) -> None:
    kiosk = open_kiosk(qtbot, tmp_path / "data", tmp_path / "printed")
    kiosk.window.set_language(Language.SPANISH)
    pad = kiosk.pin_pad
    assert [pad.delete_button.text(), pad.ok_button.text(), pad.cancel_button.text()] == [
        "Borrar",
        "Aceptar",
        "Cancelar",
    ]
    kiosk.still_there.set_seconds(12)
    assert "12" in read(kiosk.still_there.countdown)[0]
    kiosk.thanks.show_outcome(kiosk.thanks.outcome.PRINTED, urgent=False)
    assert read(kiosk.thanks.message)[0] == "Por favor, lleve su hoja a recepción."
    pad.show_message("PIN incorrecto", error=True)
    assert read(pad.message)[0] == "PIN incorrecto"
    if kiosk.window.store is not None:
        kiosk.window.store.close()


def test_one_of_sets_are_heard_as_radio_buttons_with_their_place(window: MainWindow) -> None:
    """The 0-10 scale, a relief row and the language and size switches pick one of a set: a
    screen reader hears "radio button" and "8 of 11", not "check box" alone."""
    window.flow.go(Step.SEVERITY)
    seven = window.severity.pain_now.buttons[7]
    seven.click()
    interface = QAccessible.queryAccessibleInterface(seven)
    assert interface is not None
    assert interface.role() == QAccessible.Role.RadioButton
    assert interface.state().checked
    name, description = read(seven)
    assert name == "7, severe"
    assert "Pain right now" in description and " of 11" not in description  # its number says it
    assert not QAccessible.queryAccessibleInterface(window.severity.pain_now.buttons[6]).state().checked

    row = next(iter(window.relief.table.row_buttons.values()))
    assert ["2 of 4" in read(b)[1] for b in row.values()] == [False, True, False, False]

    window.set_language(Language.SPANISH)
    bar = window.welcome.look_bar
    sizes = list(bar.size_buttons.values())
    assert QAccessible.queryAccessibleInterface(sizes[0]).role() == QAccessible.Role.RadioButton
    assert f"{len(sizes)} de {len(sizes)}" in read(sizes[-1])[1]
    languages = list(bar.language_buttons.values())
    assert read(languages[0])[1] == "Idioma de las preguntas 1 de 2"
    # Pressing it through the accessibility action picks it, as a tap would.
    interface = QAccessible.queryAccessibleInterface(window.severity.pain_now.buttons[3])
    interface.actionInterface().doAction("Toggle")
    assert window.severity.pain_now.value() == 3
