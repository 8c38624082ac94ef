"""Kiosk mode: one shared screen, patient after patient, nothing of one left for the next."""

from __future__ import annotations

import gc
import io
import os
import sqlite3
import subprocess
import weakref
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from spineprep import kiosk as rules
from spineprep.catalogue import Flag
from spineprep.intake import Intake
from spineprep.kiosk import Screen
from spineprep.language import Language
from spineprep.navigation import Step
from spineprep.sample import sample_intake
from spineprep.settings import Settings
from spineprep.staff_pin import StaffPin
from spineprep.store import Store, StoreError, default_db_path
from spineprep.store.errors import SAVE
from spineprep.ui.kiosk.controller import Kiosk
from spineprep.ui.kiosk.screens import Outcome
from spineprep.ui.printing import JOB_TITLE, PrintError
from tests.conftest import unsqueezable
from tests.ui.conftest import press_enter, tap
from tests.ui.kiosk_helpers import PIN, all_visible_text, input_state, open_kiosk, pdf_printers, type_pin
from tests.ui.test_printing import CUPS_QUEUE
from tests.ui.test_walkthrough import Typed, answer_every_page, pdf_text, type_unicode

# Patient A's answers carry markers nobody else types, so finding one anywhere means A leaked.
A = Typed(
    name="Quokka Zyxwvut",
    birth=("07", "17", "1931"),
    physician="Dr Xylophone Marker",
    circumstance="MARKER-A-walrus-lifting",
    medicines="MARKER-A-Frobnicol 5 mg",
    worse="MARKER-A-juggling",
    anything_else="MARKER-A-notes-7781",
    questions="MARKER-A-question-4412",
)
A_MARKERS = ("Quokka", "Zyxwvut", "Xylophone", "MARKER-A", "1931")
B = Typed(name="Bea Second", birth=("02", "03", "1970"), physician="Dr. Ng")


@pytest.fixture
def kiosk(qtbot: QtBot, data_dir: Path, tmp_path: Path) -> Iterator[Kiosk]:
    k = open_kiosk(qtbot, data_dir, tmp_path / "printed")
    yield k
    if k.window.store is not None:
        k.window.store.close()


def printed(tmp_path: Path) -> list[Path]:
    return sorted((tmp_path / "printed").glob("job-*.pdf"))


def drafts(k: Kiosk) -> int:
    assert k.window.store is not None
    with sqlite3.connect(k.window.store.path) as db:
        return int(db.execute("SELECT count(*) FROM intakes WHERE status = 'draft'").fetchone()[0])


def shorten(k: Kiosk, idle: int = 1, countdown: int = 1) -> None:
    k.settings.idle_seconds, k.settings.countdown_seconds = idle, countdown
    k.cycle._arm()  # the screen's quiet time starts again under the new settings
    k._arm()


def finish_printing(qtbot: QtBot, k: Kiosk) -> None:
    assert k.screen is Screen.THANKS
    qtbot.waitUntil(lambda: k.thanks.outcome is not Outcome.PRINTING, timeout=10_000)


def assert_nothing_of_a_left(k: Kiosk, initial: list[tuple[str, object]]) -> None:
    w = k.window
    assert k.screen is Screen.START and w.stack.currentWidget() is k.start
    # Every input of every page is as it was when the kiosk started.
    assert input_state(w) == initial
    # The store holds no unfinished answers; the Intake is a fresh one.
    assert drafts(k) == 0
    assert w.flow.intake.patient.full_name == "" and w.flow.intake.completed_at is None
    # No widget anywhere, the clipboard or the selection holds any of A's answers.
    text = all_visible_text()
    assert [m for m in A_MARKERS if m in text] == []
    for mode in (QGuiApplication.clipboard().Mode.Clipboard, QGuiApplication.clipboard().Mode.Selection):
        assert QGuiApplication.clipboard().text(mode) == ""
    # Nothing to undo back into, nothing to autocomplete from.
    for edit in w.findChildren(QLineEdit):
        assert not edit.isUndoAvailable() and edit.completer() is None, edit.accessibleName()
    for box in w.findChildren(QPlainTextEdit):
        assert not box.document().isUndoAvailable(), box.accessibleName()
    assert w.visit._sheet is None and w.preview_dialog is None


def test_patient_a_leaves_twice_and_patient_b_sees_nothing_of_a(
    qtbot: QtBot, kiosk: Kiosk, tmp_path: Path
) -> None:
    k, w = kiosk, kiosk.window
    initial = input_state(w)
    assert k.screen is Screen.START

    # A starts, types a little, copies the name, and walks away mid-flow.
    tap(qtbot, k.start.button)
    assert k.screen is Screen.QUESTIONS and w.flow.step is Step.ABOUT
    assert not w.back_button.isVisible()  # nothing lies before the first question
    type_unicode(qtbot, w.about.name, A.name)
    w.about.name.selectAll()
    w.about.name.copy()
    qtbot.keyClicks(w.about.birth.month, A.birth[0])
    qtbot.keyClicks(w.about.birth.day, A.birth[1])
    qtbot.keyClicks(w.about.birth.year, A.birth[2])
    qtbot.keyClicks(w.about.physician, A.physician)
    press_enter(qtbot, w)
    tap(qtbot, w.severity.pain_now.buttons[9])
    qtbot.waitUntil(lambda: drafts(k) == 1, timeout=3000)  # autosave wrote A's draft
    shorten(k)
    qtbot.waitUntil(lambda: k.screen is Screen.STILL_THERE, timeout=3000)
    qtbot.waitUntil(lambda: k.screen is Screen.START, timeout=4000)
    assert_nothing_of_a_left(k, initial)

    # A comes back and finishes: the sheet prints, the thank-you screen, then a tap.
    shorten(k, idle=90, countdown=30)
    tap(qtbot, k.start.button)
    answer_every_page(qtbot, w, flag=True, typed=A)
    finish_printing(qtbot, k)
    assert k.thanks.outcome is Outcome.PRINTED and k.thanks.urgent.isVisible()
    a_sheet = w.current_pdf()  # the sheet that was printed (the printer got it as page images)
    assert len(printed(tmp_path)) == 1
    assert all(m in pdf_text(a_sheet) for m in A_MARKERS)  # (the markers are findable in a sheet)
    tap(qtbot, k.thanks.button)
    assert_nothing_of_a_left(k, initial)

    # B: a whole visit, and B's sheet has nothing of A.
    tap(qtbot, k.start.button)
    assert w.flow.step is Step.ABOUT and w.about.name.text() == ""
    answer_every_page(qtbot, w, flag=False, typed=B)
    finish_printing(qtbot, k)
    assert not k.thanks.urgent.isVisible() and len(printed(tmp_path)) == 2
    b_text = pdf_text(w.current_pdf())
    assert B.name in b_text
    assert [m for m in A_MARKERS if m in b_text] == []
    k.end_session()
    assert input_state(w) == initial


def test_im_still_here_keeps_the_answers_and_silence_wipes_them(qtbot: QtBot, kiosk: Kiosk) -> None:
    k, w = kiosk, kiosk.window
    tap(qtbot, k.start.button)
    type_unicode(qtbot, w.about.name, A.name)
    shorten(k, idle=1, countdown=3)

    qtbot.waitUntil(lambda: k.screen is Screen.STILL_THERE, timeout=3000)
    assert "3 seconds" in k.still_there.countdown.text()
    qtbot.waitUntil(lambda: "2 seconds" in k.still_there.countdown.text(), timeout=2000)
    tap(qtbot, k.still_there.button)
    assert k.screen is Screen.QUESTIONS and w.stack.currentWidget() is w.about
    assert w.about.name.text() == A.name and w.flow.intake.patient.full_name == A.name

    qtbot.waitUntil(lambda: k.screen is Screen.STILL_THERE, timeout=3000)
    qtbot.wait(1500)  # touching the screen elsewhere is not an answer: the countdown goes on
    qtbot.mouseClick(k.still_there, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert k.screen is Screen.STILL_THERE
    qtbot.waitUntil(lambda: k.screen is Screen.START, timeout=2000)  # < 3 s: not restarted
    assert w.about.name.text() == "" and w.flow.intake.patient.full_name == ""


def test_touches_and_keys_keep_the_questions_open(qtbot: QtBot, kiosk: Kiosk) -> None:
    k, w = kiosk, kiosk.window
    tap(qtbot, k.start.button)
    shorten(k, idle=1)
    for _ in range(4):  # 2 s of someone answering, a touch every half second
        qtbot.wait(500)
        qtbot.keyClick(w.about.physician, Qt.Key.Key_A)
    assert k.screen is Screen.QUESTIONS


def test_close_alt_f4_and_escape_do_not_leave_the_kiosk(qtbot: QtBot, kiosk: Kiosk) -> None:
    w = kiosk.window
    assert w.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert w.isFullScreen() and w.geometry() == w.screen().geometry()

    assert w.close() is False
    event = QCloseEvent()
    QApplication.sendEvent(w, event)
    assert not event.isAccepted()
    for key, modifier in ((Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier), (Qt.Key.Key_Escape, None)):
        qtbot.keyClick(w, key, modifier or Qt.KeyboardModifier.NoModifier)
        tap(qtbot, kiosk.start.button) if kiosk.screen is Screen.START else None
        qtbot.keyClick(w.about.name, key, modifier or Qt.KeyboardModifier.NoModifier)
    assert w.isVisible() and w.isFullScreen() and kiosk.screen is Screen.QUESTIONS


def test_the_right_pin_opens_the_staff_area_and_exit_kiosk_closes(qtbot: QtBot, kiosk: Kiosk) -> None:
    k, w = kiosk, kiosk.window
    qtbot.keyClick(w, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert k.screen is Screen.PIN
    type_pin(k, qtbot, "111111")
    assert k.screen is Screen.PIN and "4 tries left" in k.pin_pad.message.text()
    tap(qtbot, k.pin_pad.cancel_button)
    assert k.screen is Screen.START

    k.open_staff()
    type_pin(k, qtbot, PIN)
    assert k.screen is Screen.STAFF and w.stack.currentWidget() is k.staff
    asked: list[str] = []
    w.confirm = lambda question: (asked.append(question), False)[1]
    tap(qtbot, k.staff.exit_button)
    assert asked and w.isVisible()  # "No": still the kiosk
    w.confirm = lambda question: True
    tap(qtbot, k.staff.exit_button)
    assert not w.isVisible() and not w.close_locked


def test_five_wrong_pins_lock_the_pad_for_fifteen_minutes(qtbot: QtBot, kiosk: Kiosk) -> None:
    k = kiosk
    now = datetime(2026, 11, 25, 10, 0)
    k.clock = lambda: now
    k.open_staff()
    for _ in range(5):
        type_pin(k, qtbot, "000000")
    assert "locked until 10:15" in k.pin_pad.message.text()
    type_pin(k, qtbot, PIN)  # even the right PIN, while locked
    assert k.screen is Screen.PIN and "locked" in k.pin_pad.message.text()
    now = datetime(2026, 11, 25, 10, 16)
    type_pin(k, qtbot, PIN)
    assert k.screen is Screen.STAFF


def test_three_second_press_on_the_clinic_name_opens_the_pin_pad(qtbot: QtBot, kiosk: Kiosk) -> None:
    k, w = kiosk, kiosk.window
    assert k.long_press.timer.interval() == rules.LONG_PRESS_MS == 3000
    qtbot.mouseClick(w.clinic, Qt.MouseButton.LeftButton)  # a tap is not a press
    qtbot.wait(100)
    assert k.screen is Screen.START
    k.long_press.timer.setInterval(300)  # the same press, ten times shorter
    qtbot.mousePress(w.clinic, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: k.screen is Screen.PIN, timeout=2000)
    qtbot.mouseRelease(w.clinic, Qt.MouseButton.LeftButton)


def test_staff_area_goes_back_to_start_after_two_quiet_minutes(
    qtbot: QtBot, kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert rules.quiet_limit(Screen.STAFF, Settings()) == 120 == rules.quiet_limit(Screen.PIN, Settings())
    monkeypatch.setattr(rules, "STAFF_IDLE_SECONDS", 1)
    kiosk.open_staff()
    type_pin(kiosk, qtbot, PIN)
    assert kiosk.screen is Screen.STAFF
    qtbot.waitUntil(lambda: kiosk.screen is Screen.START, timeout=3000)


def test_failed_print_says_tell_the_front_desk_and_the_sheet_can_be_reprinted(
    qtbot: QtBot, kiosk: Kiosk, tmp_path: Path
) -> None:
    k, w = kiosk, kiosk.window
    working = k.make_printer

    def out_of_paper() -> object:
        raise PrintError("The printer is out of paper.")

    k.make_printer = out_of_paper  # type: ignore[assignment]
    tap(qtbot, k.start.button)
    answer_every_page(qtbot, w, flag=True, typed=B)
    finish_printing(qtbot, k)
    assert k.thanks.outcome is Outcome.NOT_PRINTED
    assert "Please tell the front desk" in k.thanks.message.text()
    assert printed(tmp_path) == []
    tap(qtbot, k.thanks.button)

    k.make_printer = working
    k.open_staff()
    type_pin(k, qtbot, PIN)
    (row,) = k.staff.sheet_rows
    assert B.name in row.name.text() and "NOT PRINTED" in row.details.text()
    assert "Born 2/3/1970" in row.details.text()
    assert row.urgent.isVisible() and "weakness" in row.urgent.text()
    tap(qtbot, row.reprint)
    assert "sent to the printer" in k.staff.message.text()
    assert len(PdfReader(printed(tmp_path)[0]).pages) == 1
    (row,) = k.staff.sheet_rows
    assert "Printed at" in row.details.text()


def test_staff_can_save_and_delete_todays_sheets(qtbot: QtBot, kiosk: Kiosk, tmp_path: Path) -> None:
    k, w = kiosk, kiosk.window
    tap(qtbot, k.start.button)
    answer_every_page(qtbot, w, flag=False, typed=B)
    finish_printing(qtbot, k)
    k.open_staff()
    type_pin(k, qtbot, PIN)
    (row,) = k.staff.sheet_rows
    target = tmp_path / "copy.pdf"
    w.ask_save_path = lambda _parent: target
    tap(qtbot, row.save)
    assert B.name in pdf_text(target.read_bytes())
    w.confirm = lambda _question: True
    tap(qtbot, row.delete)
    assert k.staff.sheet_rows == [] and k.staff.empty.isVisible()
    assert w.store is not None and w.store.history() == []


def test_settings_from_the_staff_area_are_saved_and_shown(qtbot: QtBot, kiosk: Kiosk, data_dir: Path) -> None:
    k, w = kiosk, kiosk.window
    k.open_staff()
    type_pin(k, qtbot, PIN)
    staff = k.staff
    staff.tabs.setCurrentIndex(1)
    staff.clinic_name.setText("Harbor Back Clinic")
    staff.clinic_phone.setText("555-0100")
    tap(qtbot, staff.a4)
    tap(qtbot, staff.idle.plus)
    tap(qtbot, staff.retention.minus)
    tap(qtbot, staff.kiosk_default)
    tap(qtbot, staff.save_settings)
    assert "Settings saved" in staff.message.text()
    saved = Settings.load(data_dir)
    assert (saved.clinic_name, saved.clinic_phone, saved.paper.value) == (
        "Harbor Back Clinic",
        "555-0100",
        "a4",
    )
    assert (saved.idle_seconds, saved.retention_hours, saved.kiosk) == (105, 20, True)
    assert w.clinic.text() == "Harbor Back Clinic" and k.settings.idle_seconds == 105
    assert (
        "PIN" not in (data_dir / "settings.json").read_text()
        and PIN not in (data_dir / "settings.json").read_text()
    )

    staff.clinic_name.setText("  ")
    tap(qtbot, staff.save_settings)
    assert (
        "clinic's name" in staff.message.text()
        and Settings.load(data_dir).clinic_name == "Harbor Back Clinic"
    )


def test_first_kiosk_start_sets_the_pin_twice_before_anything_else(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    k = open_kiosk(qtbot, data_dir, tmp_path / "printed", pin=False)
    assert k.screen is Screen.PIN and not k.pin_pad.cancel_button.isVisible()
    type_pin(k, qtbot, "12345")
    assert "6 to 8 digits" in k.pin_pad.message.text()
    type_pin(k, qtbot, "13572468")
    type_pin(k, qtbot, "13572460")
    assert "not the same" in k.pin_pad.message.text() and k.screen is Screen.PIN
    type_pin(k, qtbot, "13572468")
    type_pin(k, qtbot, "13572468")
    assert k.screen is Screen.START
    assert StaffPin.in_folder(data_dir).check("13572468").outcome.value == "right"
    assert "13572468" not in (data_dir / "staff-pin.json").read_text()
    assert k.window.store is not None
    k.window.store.close()


def test_kiosk_start_drops_unfinished_answers_and_purges_old_sheets(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    store = Store.open(default_db_path(data_dir))
    left = sample_intake(date.today())
    left.id, left.completed_at = "left-behind", None
    store.save_draft(left)
    old, recent = sample_intake(date.today()), sample_intake(date.today())
    old.id, old.completed_at = "old", datetime.now() - timedelta(hours=25)
    recent.id, recent.completed_at = "recent", datetime.now() - timedelta(hours=23)
    store.complete(old)
    store.complete(recent)
    store.close()

    k = open_kiosk(qtbot, data_dir, tmp_path / "printed")
    assert k.screen is Screen.START and not k.window.welcome.resume_box.isVisible()
    assert k.window.store is not None
    assert k.window.store.latest_draft() is None
    assert [e.id for e in k.window.store.history()] == ["recent"]
    assert k.purge_timer.isActive() and k.purge_timer.interval() == 3600 * 1000

    # An hour later the next purge removes what has aged past 24 h since.
    k.clock = lambda: datetime.now() + timedelta(hours=2)
    k.purge_timer.timeout.emit()
    assert k.window.store.history() == []
    k.window.store.close()


def test_urgent_symptoms_at_the_kiosk_say_tell_the_front_desk_now(qtbot: QtBot, kiosk: Kiosk) -> None:
    w = kiosk.window
    intake = sample_intake(date.today())
    intake.completed_at = None
    intake.urgent.set_flags({Flag.BLADDER_BOWEL})
    w.flow.set_intake(intake, Step.URGENT)
    w.flow.next()
    assert w.flow.step is Step.URGENT_NOTICE
    assert "front desk right now" in w.urgent_notice.heading.text()
    assert "Go to the front desk now" in w.urgent_notice.panel.text()
    assert "Call" not in w.urgent_notice.panel.text()


def test_flags_only_for_the_physician_send_no_one_to_the_desk(qtbot: QtBot, kiosk: Kiosk) -> None:
    """A past cancer is printed on the sheet for the physician; the patient is not alarmed, the
    thank-you screen does not send them to the desk, and the staff list marks nothing urgent."""
    k, w = kiosk, kiosk.window
    tap(qtbot, k.start.button)
    intake = sample_intake(date.today())
    intake.completed_at = None
    intake.urgent.set_flags({Flag.CANCER})
    w.flow.set_intake(intake, Step.URGENT)
    w.flow.next()
    assert w.flow.step is Step.NOTES
    w.flow.go(Step.REVIEW)
    w.flow.next()
    qtbot.waitUntil(lambda: k.thanks.outcome is not Outcome.PRINTING, timeout=10_000)
    assert not k.thanks.urgent.isVisibleTo(k.thanks)
    assert not rules.sent_to_front_desk(w.flow.intake, date.today())


def test_text_fields_ask_the_input_method_not_to_learn_or_predict(kiosk: Kiosk) -> None:
    fields = kiosk.window.findChildren(QLineEdit) + kiosk.window.findChildren(QPlainTextEdit)
    assert len(fields) >= 8
    for field in fields:
        hints = field.inputMethodHints()
        assert hints & Qt.InputMethodHint.ImhNoPredictiveText, field.accessibleName()
        assert hints & Qt.InputMethodHint.ImhSensitiveData, field.accessibleName()


def test_a_hundred_kiosk_prints_leave_no_temp_file_and_no_name_in_a_title(
    qtbot: QtBot, kiosk: Kiosk, tmp_path: Path, private_tempdir: Path
) -> None:
    k, w = kiosk, kiosk.window

    def temp_files() -> set[Path]:
        return {p for p in private_tempdir.rglob("*") if p.is_file()}

    before = temp_files()
    names = [f"Patient{n:03d} Tempcheck" for n in range(100)]
    for name in names:
        intake = sample_intake(date.today())
        intake.id, intake.completed_at = f"run-{name}", None
        intake.patient.full_name = name
        tap(qtbot, k.start.button)
        w.flow.set_intake(intake, Step.REVIEW)
        tap(qtbot, w.next_button)  # Finish
        finish_printing(qtbot, k)
        assert k.thanks.outcome is Outcome.PRINTED
        k.end_session()
    sheets = printed(tmp_path)
    assert len(sheets) == 100
    assert temp_files() == before
    for sheet in sheets:
        reader = PdfReader(io.BytesIO(sheet.read_bytes()))
        assert reader.metadata is not None and reader.metadata.title == JOB_TITLE
        assert "Tempcheck" not in str(dict(reader.metadata)) and "Tempcheck" not in sheet.name


def test_a_printer_that_is_not_there_is_a_print_failure_not_a_crash(qtbot: QtBot, kiosk: Kiosk) -> None:
    k, w = kiosk, kiosk.window
    k.make_printer = k._configured_printer
    k.settings.printer = "No Such Printer 42"
    tap(qtbot, k.start.button)
    answer_every_page(qtbot, w, flag=False, typed=B)
    finish_printing(qtbot, k)
    assert k.thanks.outcome is Outcome.NOT_PRINTED


@pytest.mark.cups
def test_kiosk_prints_on_the_clinic_cups_queue_with_no_dialog(
    qtbot: QtBot, kiosk: Kiosk, tmp_path: Path
) -> None:
    from spineprep.ui.printing import available_printers

    if CUPS_QUEUE not in available_printers():
        pytest.skip(f"CUPS runs but has no {CUPS_QUEUE} queue (see .ci/run)")
    out_dir = Path(os.environ.get("SPINEPREP_CUPS_OUT", "/srv/cups-out"))
    before = set(out_dir.glob("*job_*.pdf"))
    k, w = kiosk, kiosk.window
    k.make_printer = k._configured_printer
    k.settings.printer = CUPS_QUEUE
    tap(qtbot, k.start.button)
    answer_every_page(qtbot, w, flag=True, typed=A)
    finish_printing(qtbot, k)
    assert k.thanks.outcome is Outcome.PRINTED

    def landed() -> bool:
        queued = subprocess.run(["lpstat", "-o", CUPS_QUEUE], capture_output=True, text=True).stdout
        return len(set(out_dir.glob("*job_*.pdf")) - before) == 1 and not queued.strip()

    qtbot.waitUntil(landed, timeout=30_000)
    (sheet,) = set(out_dir.glob("*job_*.pdf")) - before
    try:
        assert len(PdfReader(sheet).pages) == 1
        assert sheet.name.startswith(JOB_TITLE.replace(" ", "_"))
        assert [m for m in A_MARKERS if m in sheet.name] == []
    finally:
        sheet.unlink()  # the clinic's output folder is no place for test sheets


def test_thank_you_screen_goes_back_to_start_by_itself(
    qtbot: QtBot, kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(rules, "THANKS_SECONDS", 1)
    tap(qtbot, kiosk.start.button)
    answer_every_page(qtbot, kiosk.window, flag=False, typed=B)
    finish_printing(qtbot, kiosk)
    qtbot.waitUntil(lambda: kiosk.screen is Screen.START, timeout=3000)
    assert kiosk.window.about.name.text() == ""


def test_staff_pad_left_open_mid_visit_times_out_to_a_wiped_start(
    qtbot: QtBot, kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch
) -> None:
    k, w = kiosk, kiosk.window
    tap(qtbot, k.start.button)
    type_unicode(qtbot, w.about.name, A.name)
    monkeypatch.setattr(rules, "STAFF_IDLE_SECONDS", 1)
    k.open_staff()
    assert k.screen is Screen.PIN
    qtbot.waitUntil(lambda: k.screen is Screen.START, timeout=3000)
    assert w.about.name.text() == "" and A.name not in all_visible_text()


def test_first_start_pin_pad_never_times_out_and_nobody_else_can_set_a_pin(
    qtbot: QtBot, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(rules, "STAFF_IDLE_SECONDS", 1)
    k = open_kiosk(qtbot, data_dir, tmp_path / "printed", pin=False)
    qtbot.wait(1600)
    assert k.screen is Screen.PIN and k.pin_pad.title.text() == "Set the staff PIN"
    assert not k.quiet.isActive()
    qtbot.keyClick(
        k.window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    assert k.screen is Screen.PIN and not StaffPin.in_folder(data_dir).is_set
    assert k.window.store is not None
    k.window.store.close()


def test_a_damaged_pin_file_takes_patients_but_lets_nobody_choose_a_pin(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    """Issue 19: a damaged staff-pin.json used to open the first-start "Set the staff PIN" pad."""
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "staff-pin.json").write_text('{"salt": "zz"}')
    k = open_kiosk(qtbot, data_dir, tmp_path / "printed", pin=False)
    assert k.screen is Screen.START  # patients can still use the kiosk
    k.open_staff()
    assert k.screen is Screen.PIN and k.pin_pad.title.text() == "Staff PIN"
    assert "damaged" in k.pin_pad.message.text()
    type_pin(k, qtbot, "246810")
    assert k.screen is Screen.PIN and "IT person" in k.pin_pad.message.text()
    assert (data_dir / "staff-pin.json").read_text() == '{"salt": "zz"}'
    assert k.window.store is not None
    k.window.store.close()


def test_a_dialog_left_open_when_the_staff_area_times_out_is_closed_and_does_nothing(
    qtbot: QtBot, kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch
) -> None:
    k, w = kiosk, kiosk.window
    monkeypatch.setattr(rules, "STAFF_IDLE_SECONDS", 1)
    k.open_staff()
    type_pin(k, qtbot, PIN)
    tap(qtbot, k.staff.exit_button)  # the real Yes/No; nobody answers it; returns when closed
    assert k.screen is Screen.START
    assert QApplication.activeModalWidget() is None
    assert w.isVisible() and w.close_locked  # the kiosk did not exit


def test_an_unexpected_printing_error_still_reaches_the_next_patient(qtbot: QtBot, kiosk: Kiosk) -> None:
    k, w = kiosk, kiosk.window

    def broken() -> object:
        raise RuntimeError("driver fell over")

    k.make_printer = broken  # type: ignore[assignment]
    tap(qtbot, k.start.button)
    answer_every_page(qtbot, w, flag=False, typed=B)
    finish_printing(qtbot, k)
    assert k.thanks.outcome is Outcome.NOT_PRINTED and k.thanks.button.isVisible()
    assert k.quiet.isActive()


def test_answers_that_could_not_be_saved_are_not_left_as_a_draft(
    qtbot: QtBot, kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch
) -> None:
    k, w = kiosk, kiosk.window
    assert w.store is not None

    def disk_gone(_intake: object) -> None:  # what Store.complete raises on a failing disk
        raise StoreError(SAVE, "the disk is full", w.store.path)  # type: ignore[union-attr]

    monkeypatch.setattr(w.store, "complete", disk_gone)
    tap(qtbot, k.start.button)
    answer_every_page(qtbot, w, flag=False, typed=B)
    finish_printing(qtbot, k)
    assert k.thanks.outcome is Outcome.PRINTED
    tap(qtbot, k.thanks.button)
    assert drafts(k) == 0 and not w.banner.isVisible()


def test_answers_neither_saved_nor_printed_are_kept_for_the_staff_until_stored(
    qtbot: QtBot, kiosk: Kiosk, tmp_path: Path
) -> None:
    """Issue 19, finding 1: a failed save plus a failed print used to lose the answers at the
    wipe 20 s later, and the staff never heard of it."""
    k, w = kiosk, kiosk.window
    assert w.store is not None
    conn = w.store._db.conn
    tap(qtbot, k.start.button)
    intake = sample_intake(date.today())
    intake.id, intake.completed_at = "kept-for-staff", None
    intake.notes.anything_else = intake.notes.questions = unsqueezable(2000)
    w.flow.set_intake(intake, Step.REVIEW)
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")  # a real full disk for the store

    def no_printer() -> object:
        raise PrintError("The printer is not available.")

    k.make_printer = no_printer  # type: ignore[assignment]
    w.flow.next()
    finish_printing(qtbot, k)
    assert k.thanks.outcome is Outcome.NOT_PRINTED and not w.saved
    tap(qtbot, k.thanks.button)  # the wipe, for the next patient
    assert k.screen is Screen.START and w.flow.intake.patient.full_name == ""
    assert not w.banner.isVisible()  # the next patient is not told of it...
    assert [held.id for held in w.visit.held] == ["kept-for-staff"]

    k.open_staff()  # ...the staff are
    type_pin(k, qtbot, PIN)
    row = k.staff.sheet_rows[0]
    assert intake.patient.full_name in row.name.text() and row.unsaved.isVisibleTo(row)
    assert "NOT SAVED" in row.unsaved.text()
    assert "could not be saved" in k.staff.message.text()
    k.make_printer = pdf_printers(tmp_path / "printed")
    tap(qtbot, row.reprint)  # from memory: the store has no finished copy
    assert len(printed(tmp_path)) == 1
    sheet = w.visit.past_sheet("kept-for-staff").pdf
    assert sheet is not None and intake.patient.full_name in pdf_text(sheet)

    conn.execute("PRAGMA max_page_count = 1000000")  # room again
    w.autosave.retry.setInterval(50)
    qtbot.waitUntil(lambda: not w.visit.held, timeout=3000)
    assert [e.id for e in w.store.history()] == ["kept-for-staff"]
    assert drafts(k) == 0


def test_no_earlier_patients_answers_stay_in_memory_after_the_wipe(qtbot: QtBot, kiosk: Kiosk) -> None:
    """Issue 19, finding 5: a patient who switched language left their whole Intake alive
    after the wipe (held by the old pages' Python side), one per such patient, all day."""
    k, w = kiosk, kiosk.window
    gone: list[weakref.ref[Intake]] = []
    for patient in range(4):
        tap(qtbot, k.start.button)
        intake = sample_intake(date.today())
        intake.completed_at = None
        w.flow.set_intake(intake, Step.SEVERITY)
        gone.append(weakref.ref(intake))
        del intake
        w.set_language(Language.SPANISH if patient % 2 == 0 else Language.ENGLISH)
        w.set_text_size(150 if patient % 2 == 0 else 100)
        k.show_start()
    gc.collect()
    assert [ref() is None for ref in gone] == [True] * 4


def test_an_urgent_patient_sent_to_the_desk_gets_their_sheet_printed_not_wiped(
    qtbot: QtBot, kiosk: Kiosk, tmp_path: Path
) -> None:
    k, w = kiosk, kiosk.window
    tap(qtbot, k.start.button)
    intake = sample_intake(date.today())
    intake.id, intake.completed_at = "went-to-the-desk", None
    intake.urgent.set_flags({Flag.BLADDER_BOWEL})
    w.flow.set_intake(intake, Step.URGENT_NOTICE)
    assert "printed for the front desk" in w.urgent_notice.after.text()
    shorten(k)
    qtbot.waitUntil(lambda: k.screen is Screen.STILL_THERE, timeout=3000)
    qtbot.waitUntil(lambda: k.screen is Screen.START, timeout=5000)
    assert len(printed(tmp_path)) == 1
    assert w.store is not None and [e.id for e in w.store.history()] == ["went-to-the-desk"]
    assert w.about.name.text() == ""
