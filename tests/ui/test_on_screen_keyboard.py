"""The kiosk's on-screen keyboard (Qt Virtual Keyboard), typed on by tapping its keys."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from spineprep.ui import keyboard

HERE = Path(__file__).resolve().parent
SCREEN = {"screens": [{"name": "kiosk", "x": 0, "y": 0, "width": 1280, "height": 800,
                       "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}  # fmt: skip


@pytest.mark.skipif(bool(keyboard.missing_parts()), reason="needs the 'kiosk' extra and libpulse0")
def test_tapping_the_on_screen_keyboard_types_the_name_and_the_wipe_hides_it(tmp_path: Path) -> None:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps(SCREEN))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", HOME=str(tmp_path))
    env.pop("QT_IM_MODULE", None)
    run = subprocess.run(
        [sys.executable, str(HERE.parent / "osk_typing.py")],
        capture_output=True, text=True, timeout=60, env=env, cwd=HERE.parent.parent,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-2000:]
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["keyboard_window"] and result["visible"]
    assert result["rect"] == [0, 400, 1280, 400]  # the bottom half, under the questions
    assert result["typed"] == result["intake"] == "Sad"  # first letter capitalised, as for a name
    # Nothing hides under the keyboard: Back / Next sit above it, the field typed in is in view.
    assert result["lifted_by"] == 400 and result["next_bottom"] < 400
    assert result["year_in_view"]
    assert result["lifted_after_wipe"] == 0
    assert result["visible_after_wipe"] is False and result["name_after_wipe"] == ""


def forget_env(monkeypatch: pytest.MonkeyPatch, *names: str) -> None:
    """Unset ``names`` for this test and put them back after (delenv alone records nothing for
    a variable that is not set, so one the code sets would leak into later tests' Qt)."""
    for name in names:
        monkeypatch.setenv(name, "")
        monkeypatch.delenv(name)


def test_without_its_parts_the_keyboard_is_refused_in_one_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    forget_env(monkeypatch, "QT_IM_MODULE", "QT_QUICK_BACKEND")
    monkeypatch.setattr(keyboard.ctypes.util, "find_library", lambda name: None)
    monkeypatch.setattr(keyboard, "_library", lambda name: Path("/nonexistent") / name)
    message = keyboard.enable_virtual_keyboard()
    assert message == (
        "the on-screen keyboard needs the 'kiosk' extra (pyside6-addons) and libpulse0;"
        " carrying on without it."
    )
    assert "QT_IM_MODULE" not in os.environ


@pytest.mark.skipif(bool(keyboard.missing_parts()), reason="needs the 'kiosk' extra and libpulse0")
def test_with_its_parts_the_keyboard_is_asked_for(monkeypatch: pytest.MonkeyPatch) -> None:
    forget_env(monkeypatch, "QT_IM_MODULE", "QT_QUICK_BACKEND")
    assert keyboard.enable_virtual_keyboard() == ""
    assert os.environ["QT_IM_MODULE"] == "qtvirtualkeyboard"
    assert os.environ["QT_QUICK_BACKEND"] == "software"
