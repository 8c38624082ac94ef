"""The staff PIN: set once, stored only as a salted scrypt hash, five wrong tries lock the pad."""

from __future__ import annotations

import json
import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from spineprep.settings import LIMITS, Settings
from spineprep.staff_pin import LOCK_TIME, MAX_TRIES, Check, StaffPin, is_valid_new_pin

PIN = "48213907"
NOW = datetime(2026, 11, 25, 10, 0, 0)


@pytest.mark.parametrize("pin", ["123456", "1234567", "00000000"])
def test_six_to_eight_digits_are_valid(pin: str) -> None:
    assert is_valid_new_pin(pin)


@pytest.mark.parametrize("pin", ["", "12345", "123456789", "12345a", "１２３４５６", " 123456", "12 3456"])
def test_anything_else_is_not_a_pin(pin: str) -> None:
    assert not is_valid_new_pin(pin)
    with pytest.raises(ValueError):
        StaffPin(Path("/nonexistent/pin.json")).set_pin(pin)


def test_pin_file_holds_a_salted_scrypt_hash_never_the_pin(data_dir: Path) -> None:
    first = StaffPin.in_folder(data_dir)
    assert not first.is_set
    first.set_pin(PIN)
    other = data_dir / "other"
    second = StaffPin.in_folder(other)
    second.set_pin(PIN)

    text = first.path.read_text()
    record = json.loads(text)
    assert PIN not in text and PIN not in second.path.read_text()
    assert record["scheme"] == "scrypt" and record["n"] >= 2**14
    assert record["salt"] != json.loads(second.path.read_text())["salt"]  # salted: same PIN, new hash
    assert record["hash"] != json.loads(second.path.read_text())["hash"]
    assert stat.S_IMODE(first.path.stat().st_mode) == 0o600
    assert not (data_dir / "settings.json").exists()  # nothing about the PIN in the settings


def test_right_pin_opens_and_survives_a_restart(data_dir: Path) -> None:
    StaffPin.in_folder(data_dir).set_pin(PIN)
    again = StaffPin.in_folder(data_dir)
    assert again.is_set
    assert again.check(PIN, NOW).outcome is Check.RIGHT
    assert again.check("48213908", NOW).outcome is Check.WRONG


def test_five_wrong_tries_lock_for_fifteen_minutes_even_across_restarts(data_dir: Path) -> None:
    pin = StaffPin.in_folder(data_dir)
    pin.set_pin(PIN)
    tries = [pin.check("000000", NOW + timedelta(seconds=n)) for n in range(MAX_TRIES)]
    assert [t.tries_left for t in tries[:-1]] == [4, 3, 2, 1]
    assert tries[-1].outcome is Check.LOCKED
    until = tries[-1].locked_until
    assert until is not None and until - NOW >= LOCK_TIME

    restarted = StaffPin.in_folder(data_dir)  # turning the kiosk off and on does not unlock it
    assert restarted.check(PIN, NOW + timedelta(minutes=14)).outcome is Check.LOCKED
    assert restarted.check(PIN, until + timedelta(seconds=1)).outcome is Check.RIGHT


def test_a_right_pin_resets_the_wrong_count(data_dir: Path) -> None:
    pin = StaffPin.in_folder(data_dir)
    pin.set_pin(PIN)
    for _ in range(MAX_TRIES - 1):
        pin.check("999999", NOW)
    assert pin.check(PIN, NOW).outcome is Check.RIGHT
    assert pin.check("999999", NOW).tries_left == MAX_TRIES - 1


@pytest.mark.parametrize("damage", ['{"salt": "zz"}', "{", "", "[1, 2]", "\x00\xff"])
def test_a_damaged_pin_file_is_not_a_first_start_and_checks_nothing(data_dir: Path, damage: str) -> None:
    """Whoever stands at the kiosk must not get to choose a new PIN because the file broke."""
    path = data_dir / "staff-pin.json"
    path.write_text(damage, encoding="latin-1")
    before = path.read_bytes()
    pin = StaffPin.in_folder(data_dir)
    assert pin.damaged and not pin.is_set
    assert pin.check(PIN, NOW).outcome is Check.DAMAGED
    assert path.read_bytes() == before  # left for IT to look at, not overwritten
    assert not StaffPin.in_folder(data_dir / "elsewhere").damaged  # no file: the first start


def test_tries_that_cannot_be_recorded_check_no_pin(data_dir: Path) -> None:
    """A read-only or failing disk must not give five fresh tries at every restart."""
    StaffPin.in_folder(data_dir).set_pin(PIN)
    (data_dir / "staff-pin.json.tmp").mkdir()  # every write of the file now fails (also as root)
    for _restart in range(3):
        pin = StaffPin.in_folder(data_dir)
        results = [pin.check(guess, NOW) for guess in ("000000", "111111", PIN, "222222", "333333", PIN)]
        assert {r.outcome for r in results} == {Check.UNRECORDED}
        assert results[0].reason
    (data_dir / "staff-pin.json.tmp").rmdir()
    assert StaffPin.in_folder(data_dir).check(PIN, NOW).outcome is Check.RIGHT


def test_a_try_is_recorded_before_the_pin_is_compared(data_dir: Path) -> None:
    """Switched off between a try and its record, the kiosk still counts the try."""
    pin = StaffPin.in_folder(data_dir)
    pin.set_pin(PIN)
    pin.check("000000", NOW)
    pin.check("000001", NOW)
    assert json.loads((data_dir / "staff-pin.json").read_text())["failures"] == 2
    assert pin.check(PIN, NOW).outcome is Check.RIGHT
    assert json.loads((data_dir / "staff-pin.json").read_text())["failures"] == 0


def test_a_lock_set_while_the_clock_ran_ahead_ends_within_fifteen_minutes(data_dir: Path) -> None:
    pin = StaffPin.in_folder(data_dir)
    pin.set_pin(PIN)
    ahead = NOW + timedelta(days=365)
    for _ in range(MAX_TRIES):
        pin.check("000000", ahead)
    restarted = StaffPin.in_folder(data_dir)  # the clock is put right, the kiosk restarted
    locked = restarted.check(PIN, NOW)
    assert locked.outcome is Check.LOCKED and locked.locked_until is not None
    assert locked.locked_until <= NOW + LOCK_TIME
    assert restarted.check(PIN, NOW + LOCK_TIME + timedelta(seconds=1)).outcome is Check.RIGHT


def test_the_lock_is_kept_in_utc_and_an_older_local_one_still_holds(data_dir: Path) -> None:
    pin = StaffPin.in_folder(data_dir)
    pin.set_pin(PIN)
    for _ in range(MAX_TRIES):
        pin.check("000000", NOW)
    stored = json.loads((data_dir / "staff-pin.json").read_text())["locked_until"]
    assert datetime.fromisoformat(stored).utcoffset() == timedelta(0)

    # A lock written by an earlier version: naive local time, ten minutes from NOW.
    record = json.loads((data_dir / "staff-pin.json").read_text())
    record["locked_until"] = (NOW + timedelta(minutes=10)).isoformat()
    (data_dir / "staff-pin.json").write_text(json.dumps(record))
    older = StaffPin.in_folder(data_dir)
    assert older.check(PIN, NOW + timedelta(minutes=9)).outcome is Check.LOCKED
    assert older.check(PIN, NOW + timedelta(minutes=11)).outcome is Check.RIGHT


def test_settings_round_trip_and_out_of_range_numbers_are_clamped(data_dir: Path) -> None:
    settings = Settings(kiosk=True, printer="FrontDesk", idle_seconds=120, retention_hours=8)
    settings.save(data_dir)
    assert Settings.load(data_dir) == settings

    (data_dir / "settings.json").write_text(
        json.dumps({"idle_seconds": 0, "countdown_seconds": 10_000, "retention_hours": "24", "kiosk": 1})
    )
    loaded = Settings.load(data_dir)
    assert loaded.idle_seconds == LIMITS["idle_seconds"][0]
    assert loaded.countdown_seconds == LIMITS["countdown_seconds"][1]
    assert loaded.retention_hours == 24 and loaded.kiosk is False  # wrong types: the defaults
