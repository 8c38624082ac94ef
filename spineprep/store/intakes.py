"""The store: drafts and finished intakes in one SQLite file, opened, migrated and kept."""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import sqlite3
import threading
from collections.abc import Collection, Iterator
from datetime import date, datetime
from pathlib import Path

from sqlite_utils import Database

from spineprep.catalogue import QT_TRANSLATE_NOOP
from spineprep.intake import Intake
from spineprep.records import Draft, Finished, HistoryEntry
from spineprep.store import backups
from spineprep.store.errors import DELETE, NOT_OURS, READ, SAVE, StoreError, is_damage, plain_errors
from spineprep.store.files import ensure_file, ensure_folder, tighten_sidecars
from spineprep.store.rows import COMPLETE_SQL, SAVE_DRAFT_SQL, decode, local_time, row_values
from spineprep.store.schema import COMPLETE, DRAFT, MIGRATIONS, VERSIONS

log = logging.getLogger("spineprep.store")

#: How long a write waits for another connection (say a second SpinePrep window) to let go.
#: Short, because saves run on the UI thread: better a clear "in use" message than a frozen window.
BUSY_TIMEOUT_S = 2.0


def _whole(conn: sqlite3.Connection) -> bool:
    """SQLite's own look at every page and index (PRAGMA quick_check): nothing damaged."""
    return [str(row[0]) for row in conn.execute("PRAGMA quick_check").fetchall()] == ["ok"]


def lenient_text(raw: bytes) -> str:
    """Stored text as str; a damaged byte reads as "�" instead of making the whole list
    (history, the staff list) unreadable."""
    return raw.decode("utf-8", "replace")


class Store:
    """Drafts and completed intakes in one SQLite file; hands back Intake objects, never rows."""

    def __init__(self, path: Path, db: Database, schema_version: int) -> None:
        """Use :meth:`open`; this only wraps an already opened and migrated database."""
        self.path = path
        self._db = db
        self._schema_version = schema_version
        self._closed = False
        # Set by check_later's thread when SQLite finds the file damaged.
        self._damage_found = threading.Event()
        # The thread check_later started (tests wait for it).
        self.checking: threading.Thread | None = None

    @property
    def schema_version(self) -> int:
        return self._schema_version

    @classmethod
    def open(cls, path: Path, check: bool = True) -> Store:
        """Open (creating folder and file if needed) and migrate the database at ``path``.

        ``check``: read the whole file for damage first (PRAGMA quick_check). It takes time in
        proportion to the file (0.2 s for 100,000 intakes): ``check=False`` and then
        :meth:`check_later` open at once and check it on a thread meanwhile."""
        path = Path(path).absolute()  # (a relative --data-dir: file URIs need an absolute path)
        with plain_errors(SAVE, path):
            ensure_folder(path.parent)
            ensure_file(path)
            conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S)
            conn.text_factory = lenient_text
            try:
                db = Database(conn, execute_plugins=False)
                version = cls._prepare(db, path, check)
                tighten_sidecars(path)
            except BaseException:
                conn.close()
                raise
        return cls(path, db, version)

    @staticmethod
    def _prepare(db: Database, path: Path, check: bool = True) -> int:
        """Set the pragmas, check the file is ours and not newer, migrate; return the version."""
        # Zero deleted content instead of leaving it in free pages: "delete" must mean gone.
        db.execute("PRAGMA secure_delete = ON")
        db.table_names()  # reads the header: junk fails here with SQLITE_NOTADB
        # A damaged page or index is found now, not as a silently empty history later.
        if check and not _whole(db.conn):
            raise StoreError(SAVE, NOT_OURS, path, str(path), damaged=True)
        # One write transaction for the check and every migration: another window opening
        # the same file waits instead of migrating twice, and a failed upgrade leaves v-old.
        db.execute("BEGIN IMMEDIATE")
        try:
            applied = [m.name for m in MIGRATIONS.applied(db)]
            if any(name not in VERSIONS for name in applied):
                raise StoreError(
                    SAVE,
                    QT_TRANSLATE_NOOP(
                        "Store", "{0} was made by a newer version of SpinePrep; please update SpinePrep"
                    ),
                    path,
                    str(path),
                )
            if not applied and [t for t in db.table_names() if not t.startswith("sqlite_")]:
                raise StoreError(SAVE, NOT_OURS, path, str(path))
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

    def check_later(self) -> None:
        """Look for damage on a thread of its own, with its own read-only connection (SQLite
        lets go of Python's lock while it reads): what it finds fails the next write or delete
        as damaged, and the caller's retry sets the file aside the usual way (open_or_recover).
        Reads go on meanwhile, as with damage met mid-session."""

        def check() -> None:
            try:
                conn = sqlite3.connect(f"{self.path.as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)
                try:
                    whole = _whole(conn)
                finally:
                    conn.close()
            except sqlite3.DatabaseError as error:
                whole = not is_damage(error)
            except Exception:  # a thread must not die with a traceback
                log.warning("Could not look over %s for damage", self.path, exc_info=False)
                whole = True  # busy or gone: nothing learnt; the next open checks again
            if not whole:
                log.warning("%s is damaged (found while in use)", self.path)
                self._damage_found.set()

        self.checking = threading.Thread(target=check, name="spineprep-store-check", daemon=True)
        self.checking.start()

    def _no_damage_found(self, kind: str) -> None:
        if self._damage_found.is_set():
            raise StoreError(kind, NOT_OURS, self.path, str(self.path), damaged=True)

    # --- writing --------------------------------------------------------------------

    @contextlib.contextmanager
    def _writing(self) -> Iterator[None]:
        """One write transaction; then make sure it is really in the file (see _keep_journal)."""
        self._no_damage_found(SAVE)
        with plain_errors(SAVE, self.path):
            with self._db.atomic():
                yield
            self._keep_journal()

    def _keep_journal(self) -> None:
        """In WAL mode a commit lives in ``<file>-wal`` until it is folded into the file. If
        something deleted that log while the store is open (a clean-up script, a file
        manager), SQLite goes on writing into the deleted file, and a crash would lose every
        save since: fold what it holds into the file now and open the store again, with a
        new log. Raises sqlite3/OS errors (turned into a StoreError by the caller)."""
        if Path(f"{self.path}-wal").exists():
            return
        log.warning("The journal of %s was removed while in use; folding it in and reopening", self.path)
        self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._db.close()
        conn = sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT_S)
        conn.text_factory = lenient_text
        self._db = Database(conn, execute_plugins=False)
        self._prepare(self._db, self.path)
        tighten_sidecars(self.path)

    def columns(self) -> list[str]:
        return [str(row[1]) for row in self._db.execute("PRAGMA table_info(intakes)")]

    def insert_row(self, row: dict[str, object]) -> bool:
        """One row carried over as it was (salvage.py), unless its intake is here already."""
        names = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        with self._writing():
            cursor = self._db.execute(
                f"INSERT OR IGNORE INTO intakes ({names}) VALUES ({marks})", list(row.values())
            )
        return bool(cursor.rowcount == 1)

    # --- drafts ---------------------------------------------------------------------

    def save_draft(self, intake: Intake) -> None:
        """Insert or replace the draft of ``intake`` in one transaction.

        An intake already completed stays completed: a late autosave cannot reopen it.
        """
        values = row_values(intake)
        with self._writing():
            self._db.execute(SAVE_DRAFT_SQL, values)

    def latest_draft(self) -> Draft | None:
        """The most recently saved unfinished intake, skipping any whose answers are damaged."""
        with plain_errors(READ, self.path):
            cursor = self._db.execute(
                "SELECT id, answers, updated_at FROM intakes WHERE status = ?"
                " ORDER BY updated_at DESC, rowid DESC",
                [DRAFT],
            )
            for row_id, answers, updated_at in cursor:
                intake = decode(row_id, answers)
                if intake is None:
                    continue
                try:
                    saved_at = local_time(updated_at)
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
        values = row_values(finished) | {"completed_at": finished.completed_at.isoformat()}
        with self._writing():
            self._db.execute(COMPLETE_SQL, values)
        intake.completed_at = finished.completed_at

    def history(self, limit: int = -1, offset: int = 0) -> list[HistoryEntry]:
        """Completed intakes, most recently finished first (rows with damaged JSON skipped):
        ``limit`` of them (-1: all) after the first ``offset``. Sorted and cut in SQL, on the
        index by completion, so a page of a hundred thousand costs what a page of fifty does."""
        entries: list[HistoryEntry] = []
        with plain_errors(READ, self.path):
            cursor = self._db.execute(
                "SELECT id, completed_at, full_name, pain_now, pain_worst FROM intakes"
                # (compressed answers are checked when opened: "could not be read")
                " WHERE status = ? AND (typeof(answers) = 'blob' OR json_valid(answers))"
                " ORDER BY completed_at DESC, updated_at DESC, id LIMIT ? OFFSET ?",
                [COMPLETE, limit, offset],
            )
            for row_id, completed_at, full_name, pain_now, pain_worst in cursor:
                try:
                    when = datetime.fromisoformat(completed_at)
                except (TypeError, ValueError):
                    log.warning("Skipping intake %s: its completion time can't be read", row_id)
                    continue
                entries.append(HistoryEntry(row_id, when, full_name, pain_now, pain_worst))
        return entries

    def count_finished(self) -> int:
        """How many completed intakes there are (a damaged one, not listed, counts too)."""
        with plain_errors(READ, self.path):
            # On the index alone: checking each row's JSON here read all 100,000 (114 ms).
            row = self._db.execute("SELECT count(*) FROM intakes WHERE status = ?", [COMPLETE]).fetchone()
        return int(row[0])

    def finished_since(self, since: datetime) -> list[Finished]:
        """Intakes completed at or after ``since`` (naive local time), newest first."""
        found: list[Finished] = []
        with plain_errors(READ, self.path):
            cursor = self._db.execute(
                "SELECT id, answers, printed_at FROM intakes WHERE status = ? AND completed_at >= ?"
                " ORDER BY completed_at DESC, updated_at DESC",
                [COMPLETE, since.replace(microsecond=0).isoformat()],
            )
            for row_id, answers, printed_at in cursor:
                intake = decode(row_id, answers)
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
        with self._writing():
            self._db.execute("UPDATE intakes SET printed_at = ? WHERE id = ?", [stamp, intake_id])

    def purge_finished(self, before: datetime) -> int:
        """Delete for good every intake completed before ``before``; returns how many."""
        return self._purge("status = ? AND completed_at < ?", [COMPLETE, before.isoformat()])

    def delete_drafts(self, keep: Collection[str] = ()) -> int:
        """Delete for good every unfinished intake but those in ``keep`` (a kiosk never resumes
        one; it keeps those it is still trying to store as finished); returns how many."""
        marks = ", ".join("?" for _ in keep)
        where = f"status = ? AND id NOT IN ({marks})" if keep else "status = ?"
        return self._purge(where, [DRAFT, *keep])

    def _purge(self, where: str, params: list[str]) -> int:
        self._no_damage_found(DELETE)
        with plain_errors(DELETE, self.path):
            with self._db.atomic():
                count = self._db.execute(f"DELETE FROM intakes WHERE {where}", params).rowcount
            if count:
                self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._keep_journal()
        return int(count)

    def load(self, intake_id: str) -> Intake:
        """The intake ``intake_id``, draft or completed; KeyError if there is none."""
        with plain_errors(READ, self.path):
            row = self._db.execute("SELECT answers FROM intakes WHERE id = ?", [intake_id]).fetchone()
        if row is None:
            raise KeyError(intake_id)
        intake = decode(intake_id, row[0])
        if intake is None:
            raise StoreError(
                READ,
                QT_TRANSLATE_NOOP("Store", "the answers saved in {0} are damaged"),
                self.path,
                str(self.path),
            )
        return intake

    def delete(self, intake_id: str) -> None:
        """Delete the intake ``intake_id`` for good, from the backups too; nothing happens if absent."""
        self._remove(intake_id)
        backups.forget(self.path, intake_id)

    def backup(self, today: date) -> Path | None:
        """Today's rolling backup, if there is none yet (home only: see backups.py)."""
        with plain_errors(SAVE, backups.backup_folder(self.path)):
            return backups.daily_backup(self._db.conn, self.path, today)

    def _remove(self, intake_id: str) -> None:
        self._no_damage_found(DELETE)
        with plain_errors(DELETE, self.path):
            with self._db.atomic():
                self._db.execute("DELETE FROM intakes WHERE id = ?", [intake_id])
            # secure_delete zeroed the row in the pages, but the log still holds the older
            # copies of those pages: copy the zeroed pages back and truncate the log to 0 bytes.
            # Best effort: if another connection is reading, the log is cleared at its next
            # checkpoint instead.
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._keep_journal()

    # --- lifetime ---------------------------------------------------------------------

    def close(self) -> None:
        """Close the database (the last connection to close also folds the log back in)."""
        if self._closed:
            return
        self._closed = True
        with plain_errors(SAVE, self.path):
            self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
