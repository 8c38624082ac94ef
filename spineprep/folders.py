"""Where SpinePrep keeps its answers and settings when no folder is given (no Qt needed)."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

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
