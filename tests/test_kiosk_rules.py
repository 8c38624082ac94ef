"""Kiosk rules without Qt: how long each screen waits, what retention keeps, the command line."""

from __future__ import annotations

from datetime import datetime

import pytest

from spineprep.__main__ import _parser
from spineprep.kiosk import Screen, keep_after, quiet_limit, start_of_day
from spineprep.settings import Settings


def test_each_screen_waits_as_the_clinic_set_it() -> None:
    settings = Settings(idle_seconds=90, countdown_seconds=30)
    assert quiet_limit(Screen.START, settings) is None  # waits for the next patient forever
    assert quiet_limit(Screen.QUESTIONS, settings) == 90
    assert quiet_limit(Screen.STILL_THERE, settings) == 30
    assert quiet_limit(Screen.THANKS, settings) == 20
    assert quiet_limit(Screen.PIN, settings) == quiet_limit(Screen.STAFF, settings) == 120
    assert quiet_limit(Screen.QUESTIONS, Settings(idle_seconds=45)) == 45


def test_retention_keeps_the_configured_hours_and_the_staff_list_starts_at_midnight() -> None:
    now = datetime(2026, 11, 25, 14, 30, 12, 5)
    assert keep_after(now, Settings()) == datetime(2026, 11, 24, 14, 30, 12, 5)
    assert keep_after(now, Settings(retention_hours=8)) == datetime(2026, 11, 25, 6, 30, 12, 5)
    assert start_of_day(now) == datetime(2026, 11, 25)


@pytest.mark.parametrize(
    ("argv", "kiosk", "keyboard"),
    [
        ([], None, None),
        (["--kiosk"], True, None),
        (["--no-kiosk", "--on-screen-keyboard"], False, True),
        (["--kiosk", "--no-on-screen-keyboard"], True, False),
    ],
)
def test_kiosk_and_keyboard_options_override_the_settings_only_when_given(
    argv: list[str], kiosk: bool | None, keyboard: bool | None
) -> None:
    args = _parser().parse_args(argv)
    assert (args.kiosk, args.on_screen_keyboard) == (kiosk, keyboard)
