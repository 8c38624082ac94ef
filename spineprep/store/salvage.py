"""A damaged store set aside, never deleted or written into: what can still be read is
carried into a fresh file, and one sentence says what happened and where the old file is."""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime
from pathlib import Path

from spineprep.catalogue import QT_TRANSLATE_NOOP
from spineprep.sentence import Sentence
from spineprep.store import backups
from spineprep.store.errors import StoreError
from spineprep.store.intakes import Store, lenient_text

log = logging.getLogger("spineprep.store")

RECOVERED = QT_TRANSLATE_NOOP(
    "Store",
    "{0} was damaged. It was set aside as {1} and a new file started; {2} of its saved intakes were carried over, {3} could not be read.",  # noqa: E501
)
RECOVERED_WITH_BACKUP = QT_TRANSLATE_NOOP(
    "Store",
    "{0} was damaged. It was set aside as {1} and a new file started; {2} of its saved intakes were carried over, {3} could not be read, and {4} more came back from the backup of {5}.",  # noqa: E501
)
_SIDECARS = ("", "-wal", "-shm")


def set_aside(path: Path, now: datetime) -> Path:
    """Rename the damaged file (and its journal) to ``<name>.damaged-<time>``; never delete it."""
    aside = path.with_name(f"{path.name}.damaged-{now:%Y%m%d-%H%M%S}")
    for suffix in _SIDECARS:
        old = Path(f"{path}{suffix}")
        if old.exists():
            old.rename(Path(f"{aside}{suffix}"))
    return aside


def carry_over(aside: Path, store: Store) -> tuple[int, int]:
    """Copy every intake that can still be read from ``aside`` into ``store``, row by row, so
    one damaged row never hides the others. Returns (carried, unreadable)."""
    carried = unreadable = 0
    try:
        # Read-only, and never the journal's write side: the set-aside file stays as it was.
        old = sqlite3.connect(f"{aside.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return 0, 0
    old.text_factory = lenient_text
    try:
        columns = [row[1] for row in old.execute("PRAGMA table_info(intakes)")]
        keep = [c for c in columns if c in store.columns()]
        top = old.execute("SELECT max(rowid) FROM intakes").fetchone()[0] or 0
    except sqlite3.Error:
        old.close()
        return 0, 0
    if "id" not in keep:
        old.close()
        return 0, 0
    listed = ", ".join(keep)
    for rowid in range(1, int(top) + 1):
        try:
            row = old.execute(f"SELECT {listed} FROM intakes WHERE rowid = ?", [rowid]).fetchone()
        except sqlite3.Error:
            unreadable += 1
            continue
        if row is None:
            continue  # a row deleted long ago
        if store.insert_row(dict(zip(keep, row, strict=True))):
            carried += 1
    old.close()
    return carried, unreadable


def open_or_recover(
    path: Path, now: datetime | None = None, check_later: bool = False
) -> tuple[Store, Sentence | None]:
    """The store at ``path``; if SQLite finds it damaged, a fresh one holding what could be
    read, and the sentence that says so. Raises StoreError for every other problem.

    ``check_later``: open at once and look for damage on a thread (Store.check_later); damage
    it finds fails the next write as damaged, and that write's retry comes back here."""
    path = Path(path).absolute()
    try:
        store = Store.open(path, check=not check_later)
    except StoreError as error:
        if not error.damaged:
            raise
    else:
        if check_later:
            store.check_later()
        return store, None
    aside = set_aside(path, now or datetime.now())
    log.warning("%s was damaged; set aside as %s", path, aside)
    store = Store.open(path)
    carried, unreadable = carry_over(aside, store)
    said = Sentence("Store", RECOVERED, (str(path), str(aside), str(carried), str(unreadable)), error=True)
    backup = backups.newest_good(path)
    if backup is not None:
        # What the damaged file could not give back, from the newest good backup. Nothing
        # deleted returns: deleting an intake deletes it from the backups too.
        restored, _ = carry_over(backup, store)
        said = Sentence(
            "Store",
            RECOVERED_WITH_BACKUP,
            (str(path), str(aside), str(carried), str(unreadable), str(restored), backup.stem[-10:]),
            error=True,
        )
    return store, said
