"""The database file and its folder, created owner-only (folder 0o700, files 0o600)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

DB_NAME = "spineprep.db"


def default_db_path(data_dir: Path) -> Path:
    """Where the database lives inside the app's data folder."""
    return data_dir / DB_NAME


def ensure_folder(folder: Path) -> None:
    """Create the data folder, and any missing parent, owner-only (0o700); leave existing ones alone.

    0o700 for every folder we create is also what the XDG base directory spec asks for.
    """
    missing: list[Path] = []
    while not folder.is_dir():
        missing.append(folder)
        if folder.parent == folder:
            break
        folder = folder.parent
    for new in reversed(missing):
        try:
            new.mkdir(mode=0o700)
        except FileExistsError:
            if new.is_dir():  # another process won the race
                continue
            raise
        os.chmod(new, 0o700)  # mkdir's mode is filtered by the umask


def ensure_file(path: Path) -> None:
    """Create the database file 0o600 before SQLite does (SQLite would honour the umask)."""
    flags = os.O_RDWR | os.O_CLOEXEC
    try:
        fd = os.open(path, flags | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        fd = os.open(path, flags)  # also tells a folder or an unwritable file apart, with errno
    try:
        if os.fstat(fd).st_mode & 0o777 != 0o600:
            # umask-independent; a file that is not ours to change can still be used.
            with contextlib.suppress(PermissionError):
                os.fchmod(fd, 0o600)
    finally:
        os.close(fd)


def tighten_sidecars(path: Path) -> None:
    # SQLite gives -wal/-shm the database file's mode already; this covers files left by
    # an older run with a looser mode.
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        try:
            if side.stat().st_mode & 0o777 != 0o600:
                os.chmod(side, 0o600)
        except FileNotFoundError:
            pass
