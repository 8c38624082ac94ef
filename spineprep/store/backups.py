"""Rolling backups at home: one a day through SQLite's online backup API, each checked with
integrity_check before it counts, the last ``KEEP`` kept; deleting an intake deletes it from
them too, so a restore never brings back what the patient deleted."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from datetime import date
from pathlib import Path

from spineprep.store.files import ensure_file, ensure_folder

log = logging.getLogger("spineprep.store")

KEEP = 7
FOLDER = "backups"


def backup_folder(db_path: Path) -> Path:
    return db_path.parent / FOLDER


def backups(db_path: Path) -> list[Path]:
    """The backups of the store at ``db_path``, oldest first."""
    folder = backup_folder(db_path)
    return sorted(folder.glob("spineprep-????-??-??.db")) if folder.is_dir() else []


def is_good(path: Path) -> bool:
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        return bool(conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok")
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def newest_good(db_path: Path) -> Path | None:
    return next((path for path in reversed(backups(db_path)) if is_good(path)), None)


def daily_backup(source: sqlite3.Connection, db_path: Path, today: date) -> Path | None:
    """Today's backup of the open store (None if there is one already). Written beside,
    checked, then moved into place owner-only; older than the last ``KEEP`` deleted."""
    folder = backup_folder(db_path)
    target = folder / f"spineprep-{today.isoformat()}.db"
    if target.exists():
        return None
    ensure_folder(folder)
    part = target.with_name(target.name + ".part")
    ensure_file(part)  # owner-only before SQLite writes a byte
    copy = sqlite3.connect(part)
    try:
        source.backup(copy)
        good = copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        copy.close()
    if not good:
        part.unlink()
        log.warning("Today's backup of %s failed its integrity check and was not kept", db_path)
        return None
    os.replace(part, target)
    for old in backups(db_path)[:-KEEP]:
        old.unlink()
    return target


def forget(db_path: Path, intake_id: str) -> None:
    """Delete ``intake_id`` from every backup (best effort: a backup that cannot be changed
    is deleted instead, so that "delete" still means gone)."""
    for path in backups(db_path):
        try:
            conn = sqlite3.connect(path)
            try:
                conn.execute("PRAGMA secure_delete = ON")
                conn.execute("DELETE FROM intakes WHERE id = ?", [intake_id])
                conn.commit()
            finally:
                conn.close()
        except sqlite3.Error:
            with contextlib.suppress(OSError):
                path.unlink()
