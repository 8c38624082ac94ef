"""The store: an autosave against the same upsert in bare sqlite3 with the same pragmas, pair by
pair; and a store of a hundred thousand finished intakes (ten thousand in a quick pass):
opening it with the first page of Past summaries, the kiosk's list of today's sheets (against
its SQL alone), purging all but a thousand, and the bytes each intake takes on disk."""

from __future__ import annotations

import sqlite3
import tempfile
import time
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

from tests.benchmarks.common import Figure

#: Finished today in the big store: a busy kiosk's day.
TODAY = 207


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def _autosave(repeats: int, folder: Path) -> Figure:
    from spineprep.sample import sample_intake
    from spineprep.store import Store
    from spineprep.store.rows import SAVE_DRAFT_SQL, row_values

    store = Store.open(folder / "ours.db")
    bare = sqlite3.connect(folder / "bare.db")
    for pragma in ("secure_delete = ON", "journal_mode = WAL", "synchronous = FULL"):
        bare.execute(f"PRAGMA {pragma}")
    # The same table, without its indexes by completion and save (ours keeps them up to date).
    bare.execute(
        "CREATE TABLE intakes (id TEXT PRIMARY KEY, status TEXT, started_at TEXT, updated_at TEXT,"
        " completed_at TEXT, full_name TEXT, pain_now INTEGER, pain_worst INTEGER, answers TEXT,"
        " printed_at TEXT)"
    )
    intake = replace(sample_intake(), id="draft", completed_at=None)
    ours: list[float] = []
    floor: list[float] = []
    for turn in range(max(100, repeats * 40)):
        intake.notes.questions = f"Can I keep working? ({turn})"  # one change, as typed
        start = time.perf_counter()
        store.save_draft(intake)
        ours.append(_ms(start))
        values = row_values(intake)
        start = time.perf_counter()
        with bare:
            bare.execute(SAVE_DRAFT_SQL, values)
        floor.append(_ms(start))
    store.close()
    bare.close()
    return Figure(
        "autosave of one change (WAL, synchronous=FULL)",
        "ms",
        ours,
        stat="p99",
        floor=floor,
        floor_name="the same upsert, bare sqlite3",
        goal=("ratio", 2.0),
    )


def make_big_store(path: Path, count: int, now: datetime) -> None:
    """``count`` finished intakes (the sample patient's answers, each with its own id, name and
    time, stored as the app stores them), TODAY of them today, the rest over the years before."""
    from spineprep.sample import sample_intake
    from spineprep.store import Store
    from spineprep.store.rows import COMPLETE_SQL, row_values

    Store.open(path).close()  # created and migrated as the app does
    rows = []
    for n in range(count):
        finished = now - timedelta(minutes=3 * n) if n < TODAY else now - timedelta(days=1, minutes=7 * n)
        intake = replace(sample_intake(), id=f"{n:032x}", completed_at=finished)  # ids as long as uuid4's
        intake.patient.full_name = f"Patient {n}"
        rows.append(row_values(intake) | {"completed_at": finished.isoformat()})
    db = sqlite3.connect(path)
    with db:
        db.executemany(COMPLETE_SQL, rows)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def _big(count: int, folder: Path) -> list[Figure]:
    from spineprep.kiosk import start_of_day
    from spineprep.settings import Settings
    from spineprep.store import open_or_recover
    from spineprep.visit import Visit

    # A kiosk's day: TODAY sheets, 3 minutes apart, up to 8 pm.
    now = start_of_day(datetime.now()) + timedelta(hours=20)
    path = folder / "big.db"
    make_big_store(path, count, now)
    size = path.stat().st_size
    # Open, and the first page of Past summaries with how many there are in all (the window's
    # part of showing them is timed in probes/in_window.py).
    start = time.perf_counter()
    store, _said = open_or_recover(path, check_later=True)  # as the app opens it
    visit = Visit(Settings(), store)
    entries, _problem = visit.history()
    total = visit.history_count()
    first_page = _ms(start)
    assert store.checking is not None
    store.checking.join()
    checked = _ms(start)
    assert len(entries) == 50 and total == count, (len(entries), total)
    # The kiosk's list of today's sheets, against its SQL alone.
    kiosk = Visit(Settings(), store, kiosk=True)
    since = start_of_day(now)
    today_ms: list[float] = []
    sql_ms: list[float] = []
    raw = sqlite3.connect(path)
    for _ in range(5):
        start = time.perf_counter()
        sheets, _problem = kiosk.finished_since(since)
        today_ms.append(_ms(start))
        start = time.perf_counter()
        raw.execute(
            "SELECT id, answers, printed_at FROM intakes WHERE status = 'complete' AND completed_at >= ?"
            " ORDER BY completed_at DESC, updated_at DESC",
            [since.isoformat()],
        ).fetchall()
        sql_ms.append(_ms(start))
    raw.close()
    assert len(sheets) >= TODAY - 5, len(sheets)
    # Purge all but the newest thousand.
    cutoff = datetime.fromisoformat(store.history(1, 999)[0].completed_at.isoformat())
    start = time.perf_counter()
    removed = store.purge_finished(before=cutoff)
    purge_s = _ms(start) / 1000
    store.close()
    label = f"{count:,} finished intakes"
    return [
        Figure(
            f"{label}: open + first page of Past summaries (store)",
            "ms",
            [first_page],
            goal=("at_most", 50),
            note=f"the look for damage, on its thread, was done {checked:.0f} ms after the open began",
        ),
        Figure(
            f"{label}: kiosk's today list ({len(sheets)} sheets)",
            "ms",
            today_ms,
            floor=sql_ms,
            floor_name="its SQL alone",
            goal=("at_most", 50),
        ),
        Figure(f"{label}: purge of {removed:,}", "s", [purge_s], goal=("at_most", 5)),
        Figure(f"{label}: bytes on disk per intake", "KB", [size / count / 1024], goal=("at_most", 2)),
    ]


def figures(repeats: int, quick: bool) -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="spineprep-bench-") as name:
        folder = Path(name)
        return [_autosave(repeats, folder), *_big(10_000 if quick else 100_000, folder)]
