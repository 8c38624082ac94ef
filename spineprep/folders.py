"""Where SpinePrep keeps its answers and settings when no folder is given (no Qt needed)."""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Mapping
from pathlib import Path

log = logging.getLogger(__name__)

#: The folder's own name, the same as the application's name (what the README promises).
APP_FOLDER = "SpinePrep"


def default_data_dir(
    environ: Mapping[str, str] | None = None, platform: str | None = None, home: Path | None = None
) -> Path:
    """The per-user data folder: ``~/.local/share/SpinePrep`` on Linux (``$XDG_DATA_HOME`` when
    set to an absolute path), ``%APPDATA%\\SpinePrep`` on Windows, ``~/Library/Application
    Support/SpinePrep`` on macOS.

    Worked out here rather than asked of Qt: Qt's answer depends on the application's name being
    set first, and a lookup made before that silently pointed at ``~/.local/share`` itself, so a
    clinic's settings.json was never read.
    """
    env = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    home = Path.home() if home is None else home
    if platform.startswith("win"):
        appdata = env.get("APPDATA", "")
        base = Path(appdata) if appdata else home / "AppData" / "Roaming"
    elif platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        xdg = env.get("XDG_DATA_HOME", "")
        # The XDG spec: a relative path is invalid and must be ignored.
        base = Path(xdg) if xdg and Path(xdg).is_absolute() else home / ".local" / "share"
    return base / APP_FOLDER


def data_dir_or_default(given: Path | None) -> Path:
    """The folder the user named (``--data-dir`` / ``$SPINEPREP_DATA_DIR``), else the default."""
    return given.expanduser() if given is not None else default_data_dir()


#: What SpinePrep 0.x kept in the data folder; the database with its WAL journal, and the PIN.
_LEGACY_FILES = ("spineprep.db", "spineprep.db-wal", "spineprep.db-shm", "staff-pin.json")


def adopt_legacy_files(data_dir: Path, legacy: Path) -> list[str]:
    """Move what an earlier SpinePrep left in ``legacy`` (``~/.local/share`` itself, where it
    wrote by mistake) into ``data_dir``, once: a home patient keeps their drafts and past
    summaries, a kiosk keeps its staff PIN, and the kiosk's retention reaches those sheets again.

    Nothing happens when ``data_dir`` already has a database. ``settings.json`` is a common name
    there, so it moves only when it is SpinePrep's (it has SpinePrep's keys). Returns the names
    moved (file names only: never patient data).
    """
    if (data_dir / _LEGACY_FILES[0]).exists() or not (legacy / _LEGACY_FILES[0]).is_file():
        return []
    names = [name for name in _LEGACY_FILES if (legacy / name).is_file()]
    if not (data_dir / "settings.json").exists() and _is_ours(legacy / "settings.json"):
        names.append("settings.json")
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    moved = []
    for name in names:
        try:
            os.replace(legacy / name, data_dir / name)
        except OSError as error:
            log.warning("Could not move %s into %s: %s", name, data_dir, error.strerror)
            break  # the database and its journal go together, or not at all after this
        moved.append(name)
    return moved


def _is_ours(path: Path) -> bool:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(raw, dict) and {"clinic_name", "retention_hours"} <= raw.keys()
