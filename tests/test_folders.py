"""The default data folder: where a user's answers and a clinic's settings are looked for."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from spineprep.folders import default_data_dir

ROOT = Path(__file__).resolve().parents[1]


def test_linux_default_is_the_apps_own_folder(tmp_path: Path) -> None:
    assert default_data_dir({}, "linux", tmp_path) == tmp_path / ".local" / "share" / "SpinePrep"


def test_xdg_data_home_is_followed_when_absolute(tmp_path: Path) -> None:
    assert default_data_dir({"XDG_DATA_HOME": "/srv/x"}, "linux", tmp_path) == Path("/srv/x/SpinePrep")
    # The XDG spec says a relative value is to be ignored.
    relative = default_data_dir({"XDG_DATA_HOME": "rel"}, "linux", tmp_path)
    assert relative == tmp_path / ".local" / "share" / "SpinePrep"


def test_windows_and_mac_defaults(tmp_path: Path) -> None:
    assert default_data_dir({"APPDATA": r"C:\Users\p\AppData\Roaming"}, "win32", tmp_path).name == "SpinePrep"
    mac = default_data_dir({}, "darwin", tmp_path)
    assert mac == tmp_path / "Library" / "Application Support" / "SpinePrep"


# The app started as a user starts it: no --data-dir, a fresh HOME. Qt's exec() returns at once
# so the window that was built can be asked what it read and where it stores.
_START = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
_exec = QApplication.exec
def _until_the_store_is_open(app):
    # The first page is painted, then the store opened (ui/app.py): run until then, and stop.
    from spineprep.ui.window import MainWindow
    def check():
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        if shown and shown[0].store is not None:
            app.quit()
    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(20)
    QTimer.singleShot(30_000, app.quit)
    return _exec()
QApplication.exec = _until_the_store_is_open
from spineprep.__main__ import main
code = main([])
from spineprep.ui.window import MainWindow
window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
print(json.dumps({"data_dir": str(window.data_dir), "clinic": window.settings.clinic_name,
                  "header": window.clinic.text(), "db": window.store.path.name if window.store else None}))
sys.exit(code)
"""


def test_first_start_with_no_data_dir_uses_the_documented_folder_and_its_settings(tmp_path: Path) -> None:
    home = tmp_path / "home"
    folder = home / ".local" / "share" / "SpinePrep"
    folder.mkdir(parents=True)
    (folder / "settings.json").write_text(json.dumps({"clinic_name": "Lakeside Back Clinic"}), "utf-8")
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("XDG_") and k not in ("SPINEPREP_DATA_DIR", "DISPLAY", "WAYLAND_DISPLAY")
    }
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), LANG="en_US.UTF-8")
    result = subprocess.run(
        [sys.executable, "-c", _START], capture_output=True, text=True, env=env, timeout=60, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["data_dir"] == str(folder)
    assert seen["clinic"] == "Lakeside Back Clinic"
    assert seen["header"] == "Lakeside Back Clinic"
    assert (folder / "spineprep.db").is_file()
    # Nothing of ours lands in the shared folder above it.
    assert sorted(p.name for p in folder.parent.iterdir()) == ["SpinePrep"]


def test_answers_an_earlier_version_left_in_the_shared_folder_are_brought_along(tmp_path: Path) -> None:
    """Before the fix SpinePrep wrote to ~/.local/share itself: a home patient's drafts and a
    kiosk's PIN (and its sheets, still under retention) move into the SpinePrep folder once."""
    from spineprep.folders import adopt_legacy_files

    shared = tmp_path / "share"
    shared.mkdir()
    for name in ("spineprep.db", "spineprep.db-wal", "staff-pin.json"):
        (shared / name).write_bytes(name.encode())
    (shared / "settings.json").write_text(json.dumps({"clinic_name": "X", "retention_hours": 24}))
    (shared / "other.json").write_text("{}")
    folder = shared / "SpinePrep"
    moved = adopt_legacy_files(folder, shared)
    assert moved == ["spineprep.db", "spineprep.db-wal", "staff-pin.json", "settings.json"]
    assert (folder / "spineprep.db-wal").read_bytes() == b"spineprep.db-wal"
    assert sorted(p.name for p in shared.iterdir()) == ["SpinePrep", "other.json"]
    # Once only: a second start (or a folder that already has a database) moves nothing.
    (shared / "spineprep.db").write_bytes(b"newer stray")
    assert adopt_legacy_files(folder, shared) == []
    assert (folder / "spineprep.db").read_bytes() == b"spineprep.db"


def test_a_settings_json_of_another_program_is_left_where_it_is(tmp_path: Path) -> None:
    from spineprep.folders import adopt_legacy_files

    shared = tmp_path / "share"
    shared.mkdir()
    (shared / "spineprep.db").write_bytes(b"db")
    (shared / "settings.json").write_text(json.dumps({"theme": "dark"}))
    assert adopt_legacy_files(shared / "SpinePrep", shared) == ["spineprep.db"]
    assert (shared / "settings.json").exists()
