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


def test_damaged_pin_file_counts_as_not_set(data_dir: Path) -> None:
    (data_dir / "staff-pin.json").write_text('{"salt": "zz"}')
    assert not StaffPin.in_folder(data_dir).is_set


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
