"""The store: a patient's intakes in one owner-only SQLite file (sqlite-utils), drafts and history."""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import json
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from spineprep.catalogue import QT_TRANSLATE_NOOP
from spineprep.intake import Intake

__all__ = [
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "Draft",
    "Finished",
    "HistoryEntry",
    "Store",
    "StoreError",
    "default_db_path",
]

log = logging.getLogger(__name__)

DB_NAME = "spineprep.db"

#: How long a write waits for another connection (say a second SpinePrep window) to let go.
#: Short, because saves run on the UI thread: better a clear "in use" message than a frozen window.
BUSY_TIMEOUT_S = 2.0

_DRAFT = "draft"
_COMPLETE = "complete"

# What each kind of call could not do; the start of every StoreError sentence.
_SAVE = QT_TRANSLATE_NOOP("Store", "Your answers can't be saved")
_READ = QT_TRANSLATE_NOOP("Store", "Your saved answers can't be read")
_DELETE = QT_TRANSLATE_NOOP("Store", "Your answers can't be deleted")
_NOT_OURS = QT_TRANSLATE_NOOP("Store", "{0} is not a SpinePrep database (it may be damaged)")


def default_db_path(data_dir: Path) -> Path:
    """Where the database lives inside the app's data folder."""
    return data_dir / DB_NAME


class StoreError(Exception):
    """The store could not do what was asked; ``str(err)`` is one plain sentence naming the path.

    The sentence is kept as marked source strings (context "Store") and values, so the UI can
    ``render()`` it in the patient's language.
    """

    def __init__(self, action: str, reason: str, path: Path, *values: str) -> None:
        self.action, self.reason, self.values, self.path = action, reason, values, path
        super().__init__(self.render())

    def render(self, translate: Callable[[str], str] = lambda text: text) -> str:
        return translate(QT_TRANSLATE_NOOP("Store", "{0}: {1}.")).format(
            translate(self.action), translate(self.reason).format(*self.values)
        )


@dataclass(frozen=True)
class HistoryEntry:
    """One completed intake as the history list shows it."""

    id: str
    completed_at: datetime
    full_name: str
    pain_now: int | None
    pain_worst: int | None


@dataclass(frozen=True)
class Finished:
    """A completed intake with its print state, as the kiosk's staff list shows it."""

    intake: Intake
    printed_at: datetime | None


@dataclass(frozen=True)
class Draft:
    """An unfinished intake and when it was last saved (naive local time, like Intake's times)."""

    intake: Intake
    saved_at: datetime


# --- Schema and migrations --------------------------------------------------------------
#
# Each migration is one schema version; never edit one that has shipped, add a new one.
# The version of a database is the number of these it has applied. A migration name this
# code does not know means a newer SpinePrep wrote the file.

MIGRATIONS = Migrations("spineprep")


@MIGRATIONS(name="v1_create_intakes")
def _v1_create_intakes(db: Database) -> None:
    """Version 1: one row per intake, the answers as JSON plus what the history list shows."""
    db.table("intakes").create(
        {
            "id": str,
            "status": str,  # "draft" or "complete"
            "started_at": str,  # ISO text, as in the Intake
            "updated_at": str,  # UTC, fixed width, so text order is time order
            "full_name": str,
            "pain_now": int,
            "pain_worst": int,
            "answers": str,  # Intake.to_dict() as JSON
        },
        pk="id",
        not_null=["status", "started_at", "updated_at", "full_name", "answers"],
    )


@MIGRATIONS(name="v2_completed_at")
def _v2_completed_at(db: Database) -> None:
    """Version 2: history sorts by when an intake was finished, with indexes for both lists."""
    table = db.table("intakes")
    table.add_column("completed_at", str)
    # Version 1 kept the finishing time only inside the JSON; a damaged row falls back to
    # its last save time rather than failing the whole upgrade.
    db.execute(
        "UPDATE intakes SET completed_at = coalesce("
        " CASE WHEN json_valid(answers) THEN json_extract(answers, '$.completed_at') END,"
        " updated_at) WHERE status = ?",
        [_COMPLETE],
    )
    table.create_index(["status", "completed_at"], index_name="intakes_by_completion")
    table.create_index(["status", "updated_at"], index_name="intakes_by_save")


@MIGRATIONS(name="v3_printed_at")
def _v3_printed_at(db: Database) -> None:
    """Version 3: when a kiosk sheet reached the printer, so staff see which ones to reprint."""
    db.table("intakes").add_column("printed_at", str)


_VERSIONS = ("v1_create_intakes", "v2_completed_at", "v3_printed_at")
#: The schema version this code writes.
SCHEMA_VERSION = len(_VERSIONS)


# --- Errors in plain words ------------------------------------------------------------


def _explain_sqlite(err: sqlite3.Error, path: Path) -> tuple[str, ...]:
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


def _explain_os(err: OSError, path: Path) -> tuple[str, ...]:
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
def _plain_errors(action: str, path: Path) -> Iterator[None]:
    """Turn sqlite and OS failures into one StoreError sentence (paths only, never answers)."""
    try:
        yield
    except sqlite3.Error as err:
        reason, *values = _explain_sqlite(err, path)
        raise StoreError(action, reason, path, *values) from err
    except OSError as err:
        reason, *values = _explain_os(err, path)
        raise StoreError(action, reason, path, *values) from err


# --- Files with owner-only permissions --------------------------------------------------


def _ensure_folder(folder: Path) -> None:
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


def _ensure_file(path: Path) -> None:
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


def _tighten_sidecars(path: Path) -> None:
    # SQLite gives -wal/-shm the database file's mode already; this covers files left by
    # an older run with a looser mode.
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        try:
            if side.stat().st_mode & 0o777 != 0o600:
                os.chmod(side, 0o600)
        except FileNotFoundError:
            pass


# --- Rows <-> model -------------------------------------------------------------------


def _utc_stamp() -> str:
    # Fixed width with microseconds, so that ORDER BY on the text is time order; UTC, so
    # the clock going back at the end of summer time cannot make an older save look newer.
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _local_time(stamp: str) -> datetime:
    return (
        datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S.%fZ")
        .replace(tzinfo=UTC)
        .astimezone()
        .replace(tzinfo=None)
    )


def _row_values(intake: Intake) -> dict[str, Any]:
    return {
        "id": intake.id,
        "started_at": intake.started_at.isoformat(),
        "updated_at": _utc_stamp(),
        "full_name": intake.patient.full_name,
        "pain_now": intake.severity.pain_now,
        "pain_worst": intake.severity.pain_worst,
        # ensure_ascii=False: stored as UTF-8 text, half the size of \u escapes for non-Latin names.
        "answers": json.dumps(intake.to_dict(), ensure_ascii=False, separators=(",", ":")),
    }


def _decode(row_id: str, answers: str) -> Intake | None:
    """The Intake of one row, or None when its JSON is damaged (logged by id only)."""
    try:
        data = json.loads(answers)
        if not isinstance(data, dict):
            raise ValueError("answers are not a JSON object")
        intake = Intake.from_dict(data)
        if intake.id != row_id:
            raise ValueError("answers belong to another id")
    except (ValueError, TypeError, KeyError, AttributeError) as err:
        # The error text can quote a stored value: log its type, never its message.
        log.warning("Skipping intake %s: its saved answers can't be read (%s)", row_id, type(err).__name__)
        return None
    return intake


_COLUMNS = "id, status, started_at, updated_at, completed_at, full_name, pain_now, pain_worst, answers"

_SAVE_DRAFT_SQL = f"""
INSERT INTO intakes ({_COLUMNS})
VALUES (:id, 'draft', :started_at, :updated_at, NULL, :full_name, :pain_now, :pain_worst, :answers)
ON CONFLICT (id) DO UPDATE SET
    started_at = excluded.started_at, updated_at = excluded.updated_at,
    full_name = excluded.full_name, pain_now = excluded.pain_now,
    pain_worst = excluded.pain_worst, answers = excluded.answers
WHERE intakes.status = 'draft'
"""

_COMPLETE_SQL = f"""
INSERT INTO intakes ({_COLUMNS})
VALUES (:id, 'complete', :started_at, :updated_at, :completed_at,
        :full_name, :pain_now, :pain_worst, :answers)
ON CONFLICT (id) DO UPDATE SET
    status = 'complete', started_at = excluded.started_at, updated_at = excluded.updated_at,
    completed_at = excluded.completed_at, full_name = excluded.full_name,
    pain_now = excluded.pain_now, pain_worst = excluded.pain_worst, answers = excluded.answers
"""


# --- The store ------------------------------------------------------------------------


class Store:
    """Drafts and completed intakes in one SQLite file; hands back Intake objects, never rows."""

    def __init__(self, path: Path, db: Database, schema_version: int) -> None:
        """Use :meth:`open`; this only wraps an already opened and migrated database."""
        self.path = path
        self._db = db
        self._schema_version = schema_version
        self._closed = False

    @property
    def schema_version(self) -> int:
        return self._schema_version

    @classmethod
    def open(cls, path: Path) -> Store:
        """Open (creating folder and file if needed) and migrate the database at ``path``."""
        path = Path(path)
        with _plain_errors(_SAVE, path):
            _ensure_folder(path.parent)
            _ensure_file(path)
            conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S)
            try:
                db = Database(conn, execute_plugins=False)
                version = cls._prepare(db, path)
                _tighten_sidecars(path)
            except BaseException:
                conn.close()
                raise
        return cls(path, db, version)

    @staticmethod
    def _prepare(db: Database, path: Path) -> int:
        """Set the pragmas, check the file is ours and not newer, migrate; return the version."""
        # Zero deleted content instead of leaving it in free pages: "delete" must mean gone.
        db.execute("PRAGMA secure_delete = ON")
        db.table_names()  # reads the header: junk fails here with SQLITE_NOTADB
        # One write transaction for the check and every migration: another window opening
        # the same file waits instead of migrating twice, and a failed upgrade leaves v-old.
        db.execute("BEGIN IMMEDIATE")
        try:
            applied = [m.name for m in MIGRATIONS.applied(db)]
            if any(name not in _VERSIONS for name in applied):
                raise StoreError(
                    _SAVE,
                    QT_TRANSLATE_NOOP(
                        "Store", "{0} was made by a newer version of SpinePrep; please update SpinePrep"
                    ),
                    path,
                    str(path),
                )
            if not applied and [t for t in db.table_names() if not t.startswith("sqlite_")]:
                raise StoreError(_SAVE, _NOT_OURS, path, str(path))
            MIGRATIONS.apply(db)
            db.commit()
        except BaseException:
            db.rollback()
            raise
        # WAL: a save appends to the log instead of rewriting pages, so a crash mid-save
        # leaves the previous save intact and readers never block the autosave.
        db.enable_wal()
        # FULL: in WAL mode NORMAL may lose the last saves on power loss; FULL syncs the log
        # on every commit, so an answer reported as saved stays saved. Costs one fsync per save.
        db.execute("PRAGMA synchronous = FULL")
        return len(MIGRATIONS.applied(db))

    # --- drafts ---------------------------------------------------------------------

    def save_draft(self, intake: Intake) -> None:
        """Insert or replace the draft of ``intake`` in one transaction.

        An intake already completed stays completed: a late autosave cannot reopen it.
        """
        values = _row_values(intake)
        with _plain_errors(_SAVE, self.path), self._db.atomic():
            self._db.execute(_SAVE_DRAFT_SQL, values)

    def latest_draft(self) -> Draft | None:
        """The most recently saved unfinished intake, skipping any whose answers are damaged."""
        with _plain_errors(_READ, self.path):
            cursor = self._db.execute(
                "SELECT id, answers, updated_at FROM intakes WHERE status = ?"
                " ORDER BY updated_at DESC, rowid DESC",
                [_DRAFT],
            )
            for row_id, answers, updated_at in cursor:
                intake = _decode(row_id, answers)
                if intake is None:
                    continue
                try:
                    saved_at = _local_time(updated_at)
                except (TypeError, ValueError):
                    log.warning("Skipping intake %s: its save time can't be read", row_id)
                    continue
                cursor.close()
                return Draft(intake, saved_at)
        return None

    # --- completed intakes ------------------------------------------------------------

    def complete(self, intake: Intake) -> None:
        """Store ``intake`` as finished in one transaction; it is no longer a draft.

        When ``intake.completed_at`` is None it is set to now, but only once the write has
        succeeded: on StoreError the object is left exactly as it was.
        """
        finished = intake
        if intake.completed_at is None:
            finished = dataclasses.replace(intake, completed_at=datetime.now().replace(microsecond=0))
        assert finished.completed_at is not None
        values = _row_values(finished) | {"completed_at": finished.completed_at.isoformat()}
        with _plain_errors(_SAVE, self.path), self._db.atomic():
            self._db.execute(_COMPLETE_SQL, values)
        intake.completed_at = finished.completed_at

    def history(self) -> list[HistoryEntry]:
        """Completed intakes, most recently finished first (rows with damaged JSON skipped)."""
        entries: list[HistoryEntry] = []
        with _plain_errors(_READ, self.path):
            cursor = self._db.execute(
                "SELECT id, completed_at, full_name, pain_now, pain_worst FROM intakes"
                " WHERE status = ? AND json_valid(answers)"
                " ORDER BY completed_at DESC, updated_at DESC",
                [_COMPLETE],
            )
            for row_id, completed_at, full_name, pain_now, pain_worst in cursor:
                try:
                    when = datetime.fromisoformat(completed_at)
                except (TypeError, ValueError):
                    log.warning("Skipping intake %s: its completion time can't be read", row_id)
                    continue
                entries.append(HistoryEntry(row_id, when, full_name, pain_now, pain_worst))
        return entries

    def finished_since(self, since: datetime) -> list[Finished]:
        """Intakes completed at or after ``since`` (naive local time), newest first."""
        found: list[Finished] = []
        with _plain_errors(_READ, self.path):
            cursor = self._db.execute(
                "SELECT id, answers, printed_at FROM intakes WHERE status = ? AND completed_at >= ?"
                " ORDER BY completed_at DESC, updated_at DESC",
                [_COMPLETE, since.replace(microsecond=0).isoformat()],
            )
            for row_id, answers, printed_at in cursor:
                intake = _decode(row_id, answers)
                if intake is None:
                    continue
                printed = None
                with contextlib.suppress(TypeError, ValueError):
                    printed = datetime.fromisoformat(printed_at)
                found.append(Finished(intake, printed))
        return found

    def mark_printed(self, intake_id: str, when: datetime | None = None) -> None:
        """Record that the sheet of ``intake_id`` went to the printer."""
        stamp = (when or datetime.now()).replace(microsecond=0).isoformat()
        with _plain_errors(_SAVE, self.path), self._db.atomic():
            self._db.execute("UPDATE intakes SET printed_at = ? WHERE id = ?", [stamp, intake_id])

    def purge_finished(self, before: datetime) -> int:
        """Delete for good every intake completed before ``before``; returns how many."""
        return self._purge("status = ? AND completed_at < ?", [_COMPLETE, before.isoformat()])

    def delete_drafts(self) -> int:
        """Delete for good every unfinished intake (a kiosk never resumes one); returns how many."""
        return self._purge("status = ?", [_DRAFT])

    def _purge(self, where: str, params: list[str]) -> int:
        with _plain_errors(_DELETE, self.path):
            with self._db.atomic():
                count = self._db.execute(f"DELETE FROM intakes WHERE {where}", params).rowcount
            if count:
                self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return int(count)

    def load(self, intake_id: str) -> Intake:
        """The intake ``intake_id``, draft or completed; KeyError if there is none."""
        with _plain_errors(_READ, self.path):
            row = self._db.execute("SELECT answers FROM intakes WHERE id = ?", [intake_id]).fetchone()
        if row is None:
            raise KeyError(intake_id)
        intake = _decode(intake_id, row[0])
        if intake is None:
            raise StoreError(
                _READ,
                QT_TRANSLATE_NOOP("Store", "the answers saved in {0} are damaged"),
                self.path,
                str(self.path),
            )
        return intake

    def delete(self, intake_id: str) -> None:
        """Delete the intake ``intake_id`` for good; nothing happens if absent."""
        self._remove(intake_id)

    def _remove(self, intake_id: str) -> None:
        with _plain_errors(_DELETE, self.path):
            with self._db.atomic():
                self._db.execute("DELETE FROM intakes WHERE id = ?", [intake_id])
            # secure_delete zeroed the row in the pages, but the log still holds the older
            # copies of those pages: copy the zeroed pages back and truncate the log to 0 bytes.
            # Best effort: if another connection is reading, the log is cleared at its next
            # checkpoint instead.
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    # --- lifetime ---------------------------------------------------------------------

    def close(self) -> None:
        """Close the database (the last connection to close also folds the log back in)."""
        if self._closed:
            return
        self._closed = True
        with _plain_errors(_SAVE, self.path):
            self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
