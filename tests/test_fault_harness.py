"""The project's own fault harness: the store's writer as its own process, killed (SIGKILL) at
random moments (during first start and migration, between saves and inside commits), and
after every kill the file must be whole and hold every save that was reported.

CI runs ``SPINEPREP_FAULT_TRIALS`` trials (200 by default, and a quarter as many kills during
an older version's upgrade; about a minute and a half); for a long run:
``SPINEPREP_FAULT_TRIALS=2000 bash packaging/dev.sh test tests/test_fault_harness.py``.
A failing trial names its seed, so it can be run again exactly.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import time
from pathlib import Path

from sqlite_utils import Database

from spineprep.store import MIGRATIONS, Store
from spineprep.store.schema import VERSIONS
from tests.test_store import full_intake, insert_v1_row, kill, read_line, start_writer

TRIALS = int(os.environ.get("SPINEPREP_FAULT_TRIALS", "200"))


def whole(path: Path) -> bool:
    """The file (if the writer got as far as making it) passes SQLite's integrity check."""
    if not path.exists() or path.stat().st_size == 0:
        return True
    conn = sqlite3.connect(path)
    try:
        return bool(conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok")
    finally:
        conn.close()


def trial(folder: Path, seed: int) -> tuple[int, int]:
    """One writer, killed at a moment chosen by ``seed``; returns (saves reported, save found)."""
    rng = random.Random(seed)
    # A third of the trials start from no file (killed while creating and migrating it).
    path = folder / (f"fresh-{seed}.db" if rng.random() < 0.33 else "spineprep.db")
    expected = full_intake()
    base = expected.notes.anything_else
    proc = start_writer(path, expected, "--loop")
    reported = 0
    try:
        if rng.random() < 0.3:
            time.sleep(rng.uniform(0.0, 0.4))  # somewhere in start-up, opening or migrating
        else:
            for _ in range(rng.randint(1, 12)):
                reported = int(read_line(proc).removeprefix("saved "))
            time.sleep(rng.uniform(0.0, 0.004))  # most often inside the next commit
    finally:
        kill(proc)
    assert whole(path), f"seed {seed}: the file failed its integrity check"
    if reported == 0:
        return 0, 0
    with Store.open(path) as store:
        try:
            kept = store.load(expected.id)
        except KeyError:
            raise AssertionError(f"seed {seed}: save {reported} was reported, and nothing is there") from None
    found = int(kept.notes.anything_else.removeprefix(f"{base} #"))
    # The writer saves on while the test reads its reports, so a later save may be there too;
    # never an older one than the last reported.
    assert found >= reported, f"seed {seed}: save {reported} was reported, only {found} is there"
    return reported, found


OLD_ROWS = 300


def version_1_file(path: Path) -> None:
    """A store as the first version wrote it, with ``OLD_ROWS`` finished intakes."""
    db = Database(path)
    MIGRATIONS.apply(db, stop_before="v2_completed_at")
    for n in range(OLD_ROWS):
        intake = full_intake(name=f"Earlier patient {n:03d}")
        intake.completed_at = intake.started_at
        insert_v1_row(db, intake, "complete", f"2026-11-20T10:{n // 60:02d}:{n % 60:02d}.000000Z")
    db.close()


def upgrade_trial(folder: Path, template: Path, seed: int) -> str:
    """An older version's file, its upgrade killed at a moment chosen by ``seed``: it is left
    either as it was or upgraded, never half-way, and every earlier intake is there."""
    rng = random.Random(seed)
    path = folder / f"upgrade-{seed}.db"
    shutil.copy(template, path)
    proc = start_writer(path, full_intake(), "--loop")
    try:
        time.sleep(rng.uniform(0.05, 0.5))
    finally:
        kill(proc)
    assert whole(path), f"seed {seed}: the file failed its integrity check mid-upgrade"
    conn = sqlite3.connect(path)
    try:
        applied = [row[0] for row in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
        columns = [row[1] for row in conn.execute("PRAGMA table_info(intakes)")]
        earlier = conn.execute("SELECT count(*) FROM intakes WHERE full_name LIKE 'Earlier%'").fetchone()[0]
    finally:
        conn.close()
    assert earlier == OLD_ROWS, f"seed {seed}: {OLD_ROWS - earlier} earlier intakes lost"
    if applied == ["v1_create_intakes"]:
        assert "completed_at" not in columns, f"seed {seed}: half upgraded"
        return "not yet"
    assert applied == list(VERSIONS), f"seed {seed}: {applied}"
    assert {"completed_at", "printed_at"} <= set(columns), f"seed {seed}: half upgraded"
    path.unlink()
    return "upgraded"


def test_kills_during_an_upgrade_leave_the_old_file_or_the_new_one(tmp_path: Path) -> None:
    template = tmp_path / "version-1.db"
    version_1_file(template)
    outcomes = [upgrade_trial(tmp_path, template, seed) for seed in range(max(10, TRIALS // 4))]
    print(
        f"{len(outcomes)} kills during upgrades: {outcomes.count('not yet')} before it, "
        f"{outcomes.count('upgraded')} after; 0 half-way, 0 intakes lost"
    )
    assert outcomes.count("not yet") > 0 and outcomes.count("upgraded") > 0


def test_random_kills_lose_no_reported_save(tmp_path: Path) -> None:
    started = time.perf_counter()
    outcomes = [trial(tmp_path, seed) for seed in range(TRIALS)]
    took = time.perf_counter() - started
    killed_in_start = sum(1 for reported, _ in outcomes if reported == 0)
    print(f"{TRIALS} kills in {took:.0f} s: {killed_in_start} during start-up, 0 reported saves lost")
    assert killed_in_start > 0 and TRIALS - killed_in_start > 0
