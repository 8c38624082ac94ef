"""Rolling backups at home (spineprep/store/backups.py) on real SQLite files: one a day, the
last seven, each checked; a delete reaches them; a damaged store gets back what they hold."""

from __future__ import annotations

import sqlite3
import stat
from datetime import date, datetime, timedelta
from pathlib import Path

from spineprep.store import Store, open_or_recover
from spineprep.store.backups import KEEP, backups, is_good
from tests.test_store import full_intake, many_finished

DAY = date(2026, 11, 30)


def test_one_backup_a_day_checked_owner_only_and_the_last_seven_kept(tmp_path: Path) -> None:
    db = tmp_path / "spineprep.db"
    with Store.open(db) as store:
        store.complete(full_intake())
        first = store.backup(DAY)
        assert first is not None and first.name == "spineprep-2026-11-30.db"
        assert store.backup(DAY) is None  # one a day
        assert is_good(first) and stat.S_IMODE(first.stat().st_mode) == 0o600
        assert len(Store.open(first).history()) == 1
        for n in range(1, 10):
            store.backup(DAY + timedelta(days=n))
    kept = backups(db)
    assert len(kept) == KEEP
    assert kept[0].name == "spineprep-2026-12-03.db" and kept[-1].name == "spineprep-2026-12-09.db"
    assert not list(kept[0].parent.glob("*.part"))


def test_deleting_an_intake_deletes_it_from_the_backups_too(tmp_path: Path) -> None:
    db = tmp_path / "spineprep.db"
    gone = full_intake(name="Quetzalli Deleted-Later")
    with Store.open(db) as store:
        store.complete(gone)
        store.complete(full_intake(name="Someone Kept"))
        store.backup(DAY)
        store.backup(DAY + timedelta(days=1))
        store.delete(gone.id)
    for backup in backups(db):
        assert b"Quetzalli" not in backup.read_bytes()  # secure_delete: gone, not just unlinked
        assert b"Someone Kept" in backup.read_bytes() and is_good(backup)


def test_a_damaged_store_gets_back_from_the_newest_good_backup_what_it_lost(tmp_path: Path) -> None:
    db = tmp_path / "spineprep.db"
    ids = many_finished(db, 60)
    with Store.open(db) as store:
        store.backup(DAY)
    page = sqlite3.connect(db).execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(db.read_bytes())
    last = (len(data) // page - 1) * page
    data[last + 8 : last + 200] = b"\xa5" * 192
    db.write_bytes(bytes(data))

    store, said = open_or_recover(db, datetime(2026, 12, 1, 8, 0, 0))
    assert sorted(e.id for e in store.history()) == sorted(ids)  # nothing lost in the end
    assert said is not None and "came back from the backup of 2026-11-30" in said.words()
    store.close()
