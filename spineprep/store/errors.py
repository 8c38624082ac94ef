"""What went wrong in the store, as one plain sentence naming the path (never an answer)."""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

from spineprep.catalogue import QT_TRANSLATE_NOOP

# What each kind of call could not do; the start of every StoreError sentence.
SAVE = QT_TRANSLATE_NOOP("Store", "Your answers can't be saved")
READ = QT_TRANSLATE_NOOP("Store", "Your saved answers can't be read")
DELETE = QT_TRANSLATE_NOOP("Store", "Your answers can't be deleted")
NOT_OURS = QT_TRANSLATE_NOOP("Store", "{0} is not a SpinePrep database (it may be damaged)")


class StoreError(Exception):
    """The store could not do what was asked; ``str(err)`` is one plain sentence naming the path.

    The sentence is kept as marked source strings (context "Store") and values, so the UI can
    ``render()`` it in the patient's language.
    """

    def __init__(self, action: str, reason: str, path: Path, *values: str, damaged: bool = False) -> None:
        self.action, self.reason, self.values, self.path = action, reason, values, path
        # SQLite found the file damaged (not a database, or a corrupt page or index).
        self.damaged = damaged
        super().__init__(self.render())

    def render(self, translate: Callable[[str], str] = lambda text: text) -> str:
        return translate(QT_TRANSLATE_NOOP("Store", "{0}: {1}.")).format(
            translate(self.action), translate(self.reason).format(*self.values)
        )

    @property
    def error(self) -> bool:
        """Always something that went wrong (a StoreError is said like a Sentence)."""
        return True

    def words(self, translate: Callable[[str, str], str] = lambda _context, text: text) -> str:
        return self.render(lambda text: translate("Store", text))


def is_damage(err: sqlite3.Error) -> bool:
    """SQLite says the file is damaged (a page, an index, or not a database at all)."""
    code = getattr(err, "sqlite_errorcode", None)
    return isinstance(code, int) and code & 0xFF in (sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT)


def explain_sqlite(err: sqlite3.Error, path: Path) -> tuple[str, ...]:
    code = getattr(err, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary == sqlite3.SQLITE_FULL:
        return (QT_TRANSLATE_NOOP("Store", "the disk holding {0} is full"), str(path))
    if primary in (sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT):
        return (QT_TRANSLATE_NOOP("Store", "{0} is not a SpinePrep database (it may be damaged)"), str(path))
    if primary in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN) and not os.access(path.parent, os.W_OK):
        # WAL needs its -wal/-shm files beside the database, so the folder must be writable too.
        return (QT_TRANSLATE_NOOP("Store", "the folder {0} is read-only"), str(path.parent))
    if primary == sqlite3.SQLITE_READONLY:
        return (QT_TRANSLATE_NOOP("Store", "{0} is read-only"), str(path))
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return (
            QT_TRANSLATE_NOOP("Store", "{0} is in use by another program (perhaps another SpinePrep window)"),
            str(path),
        )
    if primary in (sqlite3.SQLITE_PERM, sqlite3.SQLITE_AUTH):
        return (QT_TRANSLATE_NOOP("Store", "permission to use {0} was denied"), str(path))
    if primary == sqlite3.SQLITE_CANTOPEN:
        if path.is_dir():
            return (QT_TRANSLATE_NOOP("Store", "{0} is a folder, not a SpinePrep database"), str(path))
        return (QT_TRANSLATE_NOOP("Store", "{0} can't be opened"), str(path))
    if primary == sqlite3.SQLITE_IOERR:
        return (QT_TRANSLATE_NOOP("Store", "the disk holding {0} reported an error"), str(path))
    if isinstance(err, sqlite3.ProgrammingError):
        return (QT_TRANSLATE_NOOP("Store", "{0} is already closed"), str(path))
    # The error's name, never its message: messages can quote values.
    name = getattr(err, "sqlite_errorname", None) or type(err).__name__
    return (QT_TRANSLATE_NOOP("Store", "{0} could not be used ({1})"), str(path), str(name))


def explain_os(err: OSError, path: Path) -> tuple[str, ...]:
    folder = path.parent
    if err.errno in (errno.ENOSPC, errno.EDQUOT):
        return (QT_TRANSLATE_NOOP("Store", "the disk holding {0} is full"), str(path))
    if err.errno == errno.EROFS:
        return (QT_TRANSLATE_NOOP("Store", "{0} is on a read-only disk"), str(path))
    if not folder.is_dir():
        if err.errno in (errno.ENOTDIR, errno.EEXIST) and err.filename:
            return (
                QT_TRANSLATE_NOOP("Store", "the folder {0} can't be created because {1} is a file"),
                str(folder),
                str(err.filename),
            )
        return (QT_TRANSLATE_NOOP("Store", "the folder {0} can't be created"), str(folder))
    if err.errno == errno.EISDIR or path.is_dir():
        return (QT_TRANSLATE_NOOP("Store", "{0} is a folder, not a SpinePrep database"), str(path))
    if err.errno in (errno.EACCES, errno.EPERM):
        if path.exists():
            return (QT_TRANSLATE_NOOP("Store", "permission to use {0} was denied"), str(path))
        return (QT_TRANSLATE_NOOP("Store", "the folder {0} is read-only"), str(folder))
    return (
        QT_TRANSLATE_NOOP("Store", "{0} could not be used ({1})"),
        str(path),
        str(errno.errorcode.get(err.errno or 0, "OSError")),
    )


@contextlib.contextmanager
def plain_errors(action: str, path: Path) -> Iterator[None]:
    """Turn sqlite and OS failures into one StoreError sentence (paths only, never answers)."""
    try:
        yield
    except sqlite3.Error as err:
        reason, *values = explain_sqlite(err, path)
        raise StoreError(action, reason, path, *values, damaged=is_damage(err)) from err
    except OSError as err:
        reason, *values = explain_os(err, path)
        raise StoreError(action, reason, path, *values) from err
