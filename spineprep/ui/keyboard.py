"""Qt Virtual Keyboard for touch screens: switched on before the QApplication exists."""

from __future__ import annotations

import ctypes.util
import os
from pathlib import Path

from PySide6.QtCore import QLibraryInfo

IM_MODULE = "qtvirtualkeyboard"


def _library(name: str) -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.LibrariesPath)) / name


def missing_parts() -> list[str]:
    """What the keyboard needs and this machine lacks (empty: it can work).

    The input-context plugin ships with pyside6-essentials but cannot load without the
    libraries in pyside6-addons; its QML key-click sounds need PulseAudio's client library.
    Qt falls back silently without them, so we look first.
    """
    missing = []
    if not _library("libQt6VirtualKeyboard.so.6").is_file():
        missing.append("the 'kiosk' extra (pyside6-addons)")
    if ctypes.util.find_library("pulse") is None:
        missing.append("libpulse0")
    return missing


def enable_virtual_keyboard() -> str:
    """Ask Qt for the on-screen keyboard. Returns "" or one sentence saying why it can't be had
    (then the app works as before, with a hardware keyboard)."""
    missing = missing_parts()
    if missing:
        return f"the on-screen keyboard needs {' and '.join(missing)}; carrying on without it."
    os.environ["QT_IM_MODULE"] = IM_MODULE
    # Software rendering: half the memory of llvmpipe OpenGL on a kiosk without a GPU, and
    # the keyboard shows in about 60 ms.
    os.environ.setdefault("QT_QUICK_BACKEND", "software")
    return ""
