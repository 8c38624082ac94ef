"""A patient's whole walk from Welcome to Done, driven only through the widgets."""

from __future__ import annotations

import io
import json
import sqlite3
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from spineprep.catalogue import (
    AgoUnit,
    Circumstance,
    Condition,
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
from spineprep.navigation import Step
from spineprep.store.rows import answers_json
from spineprep.ui.window import MainWindow
from tests.ui.conftest import press_enter, tap

NAME = "Zoë Ñúñez-O'Brien"


def type_unicode(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """Type non-ASCII text as an input method would (qtbot.keyClicks aborts on it)."""
    edit.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(edit, event)


def pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return unicodedata.normalize("NFC", "\n".join(page.extract_text() for page in reader.pages))


@dataclass(frozen=True)
class Typed:
    """What the patient types (ASCII except the name: qtbot.keyClicks aborts on anything else)."""

    name: str = NAME
    birth: tuple[str, str, str] = ("04", "27", "1961")
    physician: str = "Dr. Amara Okafor"
    circumstance: str = "moving a sofa"
    medicines: str = "Ibuprofen 400 mg twice a day"
    worse: str = "Sitting in the car"
    anything_else: str = "Worse in the mornings"
    questions: str = "Can I keep working?"


def walk(qtbot: QtBot, w: MainWindow, tmp_path: Path, *, flag: bool) -> tuple[str, Path]:
    """Answer every page with clicks and keys; return the PDF's text and where it was saved."""
    assert w.flow.step is Step.WELCOME
    tap(qtbot, w.next_button)
    answer_every_page(qtbot, w, flag=flag)

    assert w.flow.step is Step.DONE
    target = tmp_path / "sheet.pdf"
    w.ask_save_path = lambda _parent: target  # stands in for the person typing a file name
    tap(qtbot, w.done.save_button)
    assert "Saved to" in w.done.status.text()
    return pdf_text(target.read_bytes()), target


def answer_every_page(qtbot: QtBot, w: MainWindow, *, flag: bool, typed: Typed = Typed()) -> None:
    """From "About you" to tapping Finish on the review, with clicks and keys only."""
    # About you: a Unicode name through the input method, dates typed digit by digit.
    assert w.flow.step is Step.ABOUT
    type_unicode(qtbot, w.about.name, typed.name)
    qtbot.keyClicks(w.about.birth.month, typed.birth[0])
    qtbot.keyClicks(w.about.birth.day, typed.birth[1])
    qtbot.keyClicks(w.about.birth.year, typed.birth[2])
    qtbot.keyClicks(w.about.physician, typed.physician)
    press_enter(qtbot, w)

    assert w.flow.step is Step.SEVERITY
    tap(qtbot, w.severity.pain_now.buttons[6])
    tap(qtbot, w.severity.pain_worst.buttons[9])
    tap(qtbot, w.severity.limitation.button(Limitation.A_LOT))
    tap(qtbot, w.severity.locations.button(Location.LOWER_LEFT))
    tap(qtbot, w.severity.locations.button(Location.ONE_LEG))
    tap(qtbot, w.next_button)

    assert w.flow.step is Step.FREQUENCY
    tap(qtbot, w.frequency.how_often.button(HowOften.SEVERAL_A_DAY))
    tap(qtbot, w.frequency.duration.button(Duration.MINUTES))
    tap(qtbot, w.frequency.trend.button(Trend.WORSE))
    tap(qtbot, w.next_button)

    assert w.flow.step is Step.ONSET
    qtbot.keyClicks(w.onset.amount, "3")  # typing the number picks "About how long ago"
    tap(qtbot, w.onset.unit.button(AgoUnit.WEEKS))
    tap(qtbot, w.onset.speed.button(Speed.SUDDEN))
    tap(qtbot, w.onset.circumstances.button(Circumstance.LIFTING))
    tap(qtbot, w.onset.circumstances.button(Circumstance.OTHER))
    qtbot.keyClicks(w.onset.circumstance_other, typed.circumstance)
    tap(qtbot, w.onset.conditions.button(Condition.ARTHRITIS))
    tap(qtbot, w.next_button)

    assert w.flow.step is Step.RELIEF
    rows = w.relief.table.row_buttons
    tap(qtbot, rows[Treatment.ICE][Outcome.HELPED_A_LOT])
    tap(qtbot, rows[Treatment.OTC][Outcome.HELPED_A_LITTLE])
    tap(qtbot, rows[Treatment.MASSAGE][Outcome.NO_HELP])
    tap(qtbot, rows[Treatment.INJECTIONS][Outcome.NOT_TRIED])
    qtbot.keyClicks(w.relief.medicines.edit, typed.medicines)
    qtbot.keyClicks(w.relief.worse.edit, typed.worse)
    tap(qtbot, w.next_button)

    assert w.flow.step is Step.URGENT
    if flag:
        tap(qtbot, w.urgent.flags.button(Flag.LEG_WEAKNESS))
        tap(qtbot, w.next_button)
        assert w.flow.step is Step.URGENT_NOTICE
        assert "weakness in the legs" in w.urgent_notice.panel.text()
        assert w.next_button.text() == "Continue"
    else:
        tap(qtbot, w.urgent.none)
    tap(qtbot, w.next_button)

    assert w.flow.step is Step.NOTES
    qtbot.keyClicks(w.notes.anything_else.edit, typed.anything_else)
    qtbot.keyClicks(w.notes.questions.edit, typed.questions)
    tap(qtbot, w.next_button)

    assert w.flow.step is Step.REVIEW
    review_text = " ".join(label.text() for label in w.review.findChildren(type(w.step_label)))
    for expected in (typed.name, "6 / 10", "9 / 10", typed.circumstance, typed.medicines, "Not answered"):
        assert expected in review_text
    assert w.next_button.text() == "Finish"
    tap(qtbot, w.next_button)


@pytest.mark.parametrize("flag", [True, False], ids=["with-flag", "no-flag"])
def test_whole_walk_through_to_done(qtbot: QtBot, window: MainWindow, tmp_path: Path, flag: bool) -> None:
    text, _ = walk(qtbot, window, tmp_path, flag=flag)

    # The store: one completed intake, the answers as given, no draft left behind.
    db = sqlite3.connect(window.store.path)  # type: ignore[union-attr]
    rows = db.execute("select status, answers from intakes").fetchall()
    db.close()
    assert [r[0] for r in rows] == ["complete"]
    answers = json.loads(answers_json(rows[0][1]))
    assert answers["patient"]["full_name"] == NAME
    assert answers["severity"]["pain_now"] == 6 and answers["severity"]["pain_worst"] == 9
    assert answers["relief"]["outcomes"]["ice"] == "helped_a_lot"
    assert (answers["urgent"]["flags"] == ["leg_weakness"]) is flag

    # The PDF holds every answer, each next to its own question.
    for expected in (
        NAME, "4/27/1961", "Dr. Amara Okafor", "Pain now", "6 / 10 (moderate)",
        "9 / 10 (severe)", "Limits daily activities\nA lot",
        "Where it hurts\nLower back, left side; Down one leg", "Several times a day", "Minutes",
        "Getting worse", "About 3 weeks ago", "Suddenly",
        "Lifting something heavy; Something else: moving a sofa", "Prior conditions\nArthritis",
        "Ice\nYes\nA lot", "OTC pain reliever\nYes\nA little", "Massage\nYes\nNo",
        "Injections\nNo", "Current medicines\nIbuprofen 400 mg twice a day",
        "Made worse by\nSitting in the car", "Worse in the mornings", "Can I keep working?",
    ):  # fmt: skip
        assert expected in text, expected
    # Rows left blank are listed as not answered, never dropped.
    assert "Rest" in text and "Not answered" in text
    # The flags box appears exactly when a flag was ticked.
    assert ("URGENT SYMPTOMS" in text) is flag
    assert ("New/worsening leg weakness" in text) is flag


def test_print_preview_and_save_use_the_same_pdf(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    _, saved = walk(qtbot, window, tmp_path, flag=False)
    printed: list[bytes] = []
    window.print_dialog = lambda pdf, _parent: (printed.append(pdf), ("Sent", False))[1]
    tap(qtbot, window.done.print_button)
    tap(qtbot, window.done.preview_button)
    assert window.preview_dialog is not None
    qtbot.waitUntil(lambda: window.preview_dialog is not None and window.preview_dialog.isVisible())
    assert window.preview_dialog.page_count() == 1
    assert printed == [saved.read_bytes()] == [bytes(window.preview_dialog._bytes.data())]
    window.preview_dialog.close()


def visible_texts(window: MainWindow) -> str:
    """Every text any widget holds: labels, fields, text boxes, buttons, tables."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QPlainTextEdit, QTableWidget

    parts: list[str] = []
    for widget in window.findChildren(QWidget):
        if isinstance(widget, (QLabel, QLineEdit, QAbstractButton)):
            parts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            parts.append(widget.toPlainText())
        elif isinstance(widget, QTableWidget):
            parts += [
                widget.item(r, c).text()
                for r in range(widget.rowCount())
                for c in range(widget.columnCount())
            ]
        parts.append(widget.accessibleName() + widget.accessibleDescription())
    return "\n".join(parts)


def test_start_a_new_one_clears_every_answer(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    walk(qtbot, window, tmp_path, flag=True)
    tap(qtbot, window.done.preview_button)
    assert "moving a sofa" in visible_texts(window)
    tap(qtbot, window.done.new_button)
    QApplication.processEvents()
    leftovers = visible_texts(window)
    for marker in (
        NAME,
        "Okafor",
        "moving a sofa",
        "Ibuprofen",
        "mornings",
        "keep working",
        "<li>",  # the urgent notice's list of the last patient's flags
    ):
        assert marker not in leftovers, marker
    assert window.preview_dialog is None
    assert window.flow.step is Step.WELCOME
    assert window.flow.intake.is_blank()
    assert window.about.name.text() == ""
    assert window.severity.pain_now.value() is None
    assert not window.urgent.flags.value()
    assert window.relief.table.row_buttons[Treatment.ICE][Outcome.HELPED_A_LOT].isChecked() is False


def test_enter_in_a_text_box_is_a_new_line_not_next(qtbot: QtBot, window: MainWindow) -> None:
    window.flow.go(Step.NOTES)
    window.notes.anything_else.edit.setFocus()
    qtbot.keyClicks(window.notes.anything_else.edit, "one")
    qtbot.keyClick(window.notes.anything_else.edit, Qt.Key.Key_Return)
    qtbot.keyClicks(window.notes.anything_else.edit, "two")
    assert window.flow.step is Step.NOTES
    assert window.flow.intake.notes.anything_else == "one\ntwo"


def test_typed_markup_shows_as_typed_on_the_review(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QLabel

    window.flow.intake.relief.other_treatment = "<b>J&C</b> 0.1 < A"
    window.flow.go(Step.REVIEW)
    labels = [lab for lab in window.review.findChildren(QLabel) if "J&C" in lab.text()]
    assert labels and all(lab.textFormat() == Qt.TextFormat.PlainText for lab in labels)
