"""The staff PIN pad's conversation (spineprep/pin_talk.py), without Qt: choosing a PIN typed
twice, checking one, the tries left and the lock-out, and what the pad says after each."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

from spineprep.pin_talk import PinTalk, Then
from spineprep.staff_pin import StaffPin

NOW = datetime(2026, 11, 30, 9, 0)


def talk(tmp_path: Path, pin: str | None = None) -> PinTalk:
    staff = StaffPin.in_folder(tmp_path)
    if pin:
        staff.set_pin(pin)
    return PinTalk(staff, lambda: NOW)


def test_the_first_start_chooses_a_pin_typed_twice_and_cannot_be_left(tmp_path: Path) -> None:
    t = talk(tmp_path)
    asked = t.ask_new(first_start=True)
    assert asked.then is Then.ASK and asked.title == "Set the staff PIN" and not asked.can_cancel
    assert not t.can_cancel()
    short = t.entered("123")
    assert short.then is Then.SAY and short.error and "6 to 8 digits" in short.message
    again = t.entered("246810")
    assert again.then is Then.ASK and again.message == "Enter the same PIN again." and not again.can_cancel
    differ = t.entered("246811")
    assert differ.then is Then.ASK and differ.error and "not the same" in differ.message
    assert t.entered("246810").then is Then.ASK  # chosen again...
    done = t.entered("246810")  # ...and confirmed
    assert done.then is Then.PIN_SET and done.message == ""  # (on to "Tap to start")
    assert StaffPin.in_folder(tmp_path).check("246810", NOW).outcome.value == "right"
    assert t.can_cancel()


def test_changing_the_pin_from_the_staff_area_says_so(tmp_path: Path) -> None:
    t = talk(tmp_path, "246810")
    assert t.ask_new(first_start=False).can_cancel
    t.entered("13579135")
    done = t.entered("13579135")
    assert done.then is Then.PIN_SET and done.message == "The staff PIN was changed."


def test_checking_counts_down_the_tries_then_locks(tmp_path: Path) -> None:
    t = talk(tmp_path, "246810")
    assert t.ask_check().title == "Staff PIN"
    said = [t.entered("000000") for _ in range(4)]
    assert [s.words(lambda _c, text: text) for s in said[:3]] == [
        "That PIN is not right. 4 tries left.",
        "That PIN is not right. 3 tries left.",
        "That PIN is not right. 2 tries left.",
    ]
    assert said[3].message == "That PIN is not right. 1 try left before the staff area locks."
    locked = t.entered("000000")
    assert locked.error and locked.words(lambda _c, text: text) == (
        f"Too many wrong tries. The staff area is locked until {(NOW + timedelta(minutes=15)):%H:%M}."
    )
    assert t.entered("246810").then is Then.SAY  # even the right PIN, while locked
    later = PinTalk(StaffPin.in_folder(tmp_path), lambda: NOW + timedelta(minutes=16))
    later.ask_check()
    assert later.entered("246810").then is Then.OPEN_STAFF


def test_it_runs_without_qt() -> None:
    code = (
        "import sys, tempfile, pathlib\n"
        "from spineprep.pin_talk import PinTalk\n"
        "from spineprep.staff_pin import StaffPin\n"
        "t = PinTalk(StaffPin.in_folder(pathlib.Path(tempfile.mkdtemp())))\n"
        "t.ask_new(True); t.entered('246810'); t.entered('246810')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_damaged_pin_file_says_so_and_offers_no_new_pin(tmp_path: Path) -> None:
    (tmp_path / "staff-pin.json").write_text("{")
    t = talk(tmp_path)
    asked = t.ask_check()
    assert asked.then is Then.ASK and asked.error and "damaged" in asked.message
    said = t.entered("48213907")
    assert said.then is Then.SAY and said.error and "IT person" in said.message


def test_tries_that_cannot_be_recorded_say_why(tmp_path: Path) -> None:
    t = talk(tmp_path, "48213907")
    (tmp_path / "staff-pin.json.tmp").mkdir()
    said = t.entered("48213907")
    assert said.then is Then.SAY and said.error and "cannot record PIN tries" in said.words(lambda _c, s: s)
