"""Start the GUI: QApplication, fonts, style, data folder, store, main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from spineprep import __version__
from spineprep.resources import resource
from spineprep.settings import Settings
from spineprep.store import Store, StoreError, default_db_path
from spineprep.ui.messages import store_message
from spineprep.ui.window import MainWindow

APP_NAME = "SpinePrep"


def make_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication with SpinePrep's name, font and style (reuses one that exists)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("spineprep")
    # Ship our own font so every name renders the same on every machine (and on bare ones).
    family = ""
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(resource("fonts", name)))
        if font_id >= 0 and not family:
            family = QFontDatabase.applicationFontFamilies(font_id)[0]
    if family:
        app.setFont(QFont(family, 12))
    app.setStyleSheet(resource("styles", "app.qss").read_text(encoding="utf-8"))
    return app


def default_data_dir() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location) if location else Path.home() / ".local" / "share" / APP_NAME


def open_store(data_dir: Path) -> tuple[Store | None, str]:
    """The store, or (None, one plain sentence) when it can't be opened: the app still works."""
    try:
        return Store.open(default_db_path(data_dir)), ""
    except StoreError as error:
        return None, store_message(error)


def make_window(data_dir: Path) -> MainWindow:
    settings = Settings.load(data_dir)
    store, problem = open_store(data_dir)
    return MainWindow(settings, store, problem)


def run(data_dir: Path | None) -> int:
    app = make_app()
    window = make_window(data_dir or default_data_dir())
    window.show()
    code = app.exec()
    if window.store is not None:
        window.store.close()
    return code
