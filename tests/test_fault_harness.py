"""The project's own fault harness: the store's writer as its own process, killed (SIGKILL) at
random moments (during first start and migration, between saves and inside commits), and
after every kill the file must be whole and hold every save that was reported.

CI runs ``SPINEPREP_FAULT_TRIALS`` trials (200 by default, about a minute); for a long run:
``SPINEPREP_FAULT_TRIALS=2000 bash packaging/dev.sh test tests/test_fault_harness.py``.
A failing trial names its seed, so it can be run again exactly.
"""

from __future__ import annotations

import os
import random
import sqlite3
import time
from pathlib import Path

from spineprep.store import Store
from tests.test_store import full_intake, kill, read_line, start_writer

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


def test_random_kills_lose_no_reported_save(tmp_path: Path) -> None:
    started = time.perf_counter()
    outcomes = [trial(tmp_path, seed) for seed in range(TRIALS)]
    took = time.perf_counter() - started
    killed_in_start = sum(1 for reported, _ in outcomes if reported == 0)
    print(f"{TRIALS} kills in {took:.0f} s: {killed_in_start} during start-up, 0 reported saves lost")
    assert killed_in_start > 0 and TRIALS - killed_in_start > 0
