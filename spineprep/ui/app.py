"""Start the GUI: QApplication, fonts, style, data folder, store, main window."""

from __future__ import annotations

import logging
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from spineprep import __version__
from spineprep.folders import APP_FOLDER, adopt_legacy_files, data_dir_or_default
from spineprep.resources import resource
from spineprep.settings import Settings
from spineprep.store import StoreError, default_db_path
from spineprep.ui import accessible
from spineprep.ui.messages import say, store_message
from spineprep.ui.style import base_point_size, stylesheet
from spineprep.ui.window import MainWindow

if TYPE_CHECKING:
    from spineprep.store import Store

log = logging.getLogger(__name__)

APP_NAME = APP_FOLDER


def make_app(argv: list[str] | None = None, kiosk: bool = False) -> QApplication:
    """The QApplication with SpinePrep's name, font and style (reuses one that exists).

    ``kiosk``: touch sizes, every text at least 18 pt.
    """
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("spineprep")
    accessible.install()  # before any window: interfaces Qt gets wrong, or crashes on
    # Ship our own font so every name renders the same on every machine (and on bare ones).
    family = ""
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(resource("fonts", name)))
        if font_id >= 0 and not family:
            family = QFontDatabase.applicationFontFamilies(font_id)[0]
    if family:
        font = QFont(family)
        font.setPointSizeF(base_point_size(kiosk))
        app.setFont(font)
    app.setStyleSheet(stylesheet(kiosk))
    return app


def open_store(data_dir: Path) -> tuple[Store | None, str]:
    """The store, or (None, one plain sentence) when it can't be opened: the app still works.
    A damaged file is set aside and a new one started: the sentence then says so."""
    from spineprep.store import open_or_recover  # sqlite-utils, imported when the store opens

    try:
        # The whole file is looked over for damage on a thread meanwhile (0.2 s for 100,000).
        store, recovered = open_or_recover(default_db_path(data_dir), check_later=True)
    except StoreError as error:
        return None, store_message(error)
    return store, say(recovered) if recovered is not None else ""


def make_window(data_dir: Path, settings: Settings | None = None, store_now: bool = True) -> MainWindow:
    """The window on the store in ``data_dir``; ``store_now=False``: opened once the first page
    is painted (attach_store), so that opening it (and importing sqlite-utils) does not
    delay that page."""
    store, problem = open_store(data_dir) if store_now else (None, "")
    return MainWindow(
        settings or Settings.load(data_dir),
        store,
        problem,
        data_dir=data_dir,
        store_path=default_db_path(data_dir),
    )


# How long after the window shows the day's backup is made.
BACKUP_AFTER_MS = 500


def _open_then_back_up(window: MainWindow, folder: Path) -> None:
    if window.store is None:  # (an answer saved meanwhile opened it already)
        window.attach_store(*open_store(folder))
    # One rolling backup a day at home (a kiosk keeps as little as it can, for a day), a
    # moment later: copying the file must not delay the first answers.
    QTimer.singleShot(BACKUP_AFTER_MS, window, lambda: _back_up(window))


def _back_up(window: MainWindow) -> None:
    if window.store is None:
        return
    try:
        window.store.backup(date.today())
    except StoreError as error:
        log.warning("No backup today: %s", error)


def run(data_dir: Path | None, kiosk: bool | None = None, on_screen_keyboard: bool | None = None) -> int:
    """Start the app. ``kiosk`` / ``on_screen_keyboard``: None means "as the settings say"."""
    from spineprep.ui.keyboard import enable_virtual_keyboard

    folder = data_dir_or_default(data_dir)
    if data_dir is None:
        # Earlier versions wrote to ~/.local/share itself: bring those answers along, once.
        moved = adopt_legacy_files(folder, folder.parent)
        if moved:
            print(f"spineprep: moved {', '.join(moved)} from {folder.parent} to {folder}", file=sys.stderr)
    settings = Settings.load(folder)
    kiosk = settings.kiosk if kiosk is None else kiosk
    if settings.on_screen_keyboard if on_screen_keyboard is None else on_screen_keyboard:
        problem = enable_virtual_keyboard()  # before the QApplication exists
        if problem:
            print(f"spineprep: {problem}", file=sys.stderr)
    app = make_app(kiosk=kiosk)
    # At home the first page is painted, then the store opened: the patient reads Welcome
    # meanwhile, and an unfinished draft is offered a moment later. The kiosk opens it first.
    window = make_window(folder, settings, store_now=kiosk)
    if kiosk:
        from spineprep.ui.kiosk.controller import Kiosk

        Kiosk(window, folder).present()
    else:
        window.after_first_paint(lambda: _open_then_back_up(window, folder), first=True)
        window.show()
    code = app.exec()
    if window.store is not None:
        window.store.close()
    return code
