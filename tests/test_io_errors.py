"""I/O errors at every write of one save: the store's own process with a shim (LD_PRELOAD,
tests/faults/io_fail.c) that fails the Nth write or sync to the store's files with EIO, for
every N a save makes. Each failure is one plain sentence, nothing reported saved is lost, the
file stays whole, and the next save works."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from spineprep.store.rows import answers_json

ROOT = Path(__file__).resolve().parents[1]

WORKER = """
import ctypes, json, os, sys
from pathlib import Path
from spineprep.store import Store, StoreError
from tests.test_store import full_intake

shim = ctypes.CDLL(sys.argv[2])
shim.spineprep_seen.restype = ctypes.c_long
store = Store.open(Path(sys.argv[1]))
intake = full_intake()
intake.notes.questions = "version 1"
store.save_draft(intake)
intake.notes.questions = "version 2"
shim.spineprep_arm(ctypes.c_long(int(sys.argv[3])))
try:
    store.save_draft(intake)
    first = "saved"
except StoreError as error:
    first = str(error)
seen = shim.spineprep_seen()
shim.spineprep_arm(ctypes.c_long(0))
intake.notes.questions = "version 3"
try:
    store.save_draft(intake)
    later = "saved"
except StoreError as error:
    later = str(error)
print(json.dumps({"id": intake.id, "first": first, "later": later, "seen": seen}), flush=True)
os._exit(0)  # as a crash would: nothing closed, nothing folded in
"""


@pytest.fixture(scope="session")
def shim(tmp_path_factory: pytest.TempPathFactory) -> Path:
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        if os.environ.get("CI"):
            pytest.fail("no C compiler: .ci/run installs gcc for this test")
        pytest.skip("no C compiler to build the I/O-error shim")
    built = tmp_path_factory.mktemp("shim") / "io_fail.so"
    subprocess.run(
        [compiler, "-shared", "-fPIC", "-O1", "-o", str(built), str(ROOT / "tests/faults/io_fail.c"), "-ldl"],
        check=True,
        capture_output=True,
    )
    return built


def run(folder: Path, shim: Path, nth: int) -> dict[str, object]:
    db = folder / f"fail-{nth}" / "spineprep.db"
    db.parent.mkdir()
    env = dict(os.environ, LD_PRELOAD=str(shim), PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", WORKER, str(db), str(shim), str(nth)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, object] = json.loads(done.stdout)
    result["db"] = db
    return result


def stored_version(db: Path, intake_id: str) -> str:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        (answers,) = conn.execute("SELECT answers FROM intakes WHERE id = ?", [intake_id]).fetchone()
    finally:
        conn.close()
    return str(json.loads(answers_json(answers))["notes"]["questions"])


def test_an_io_error_at_any_write_of_a_save_loses_nothing(tmp_path: Path, shim: Path) -> None:
    writes = int(run(tmp_path, shim, 10_000)["seen"])  # how many writes and syncs one save makes
    print(f"one save: {writes} writes and syncs to the store files, each failed in turn")
    assert writes >= 2
    failed = 0
    for nth in range(1, writes + 1):
        result = run(tmp_path, shim, nth)
        first, later = str(result["first"]), str(result["later"])
        if first != "saved":
            failed += 1
            assert first.startswith("Your answers can't be saved:") and "\n" not in first, first
            assert "Traceback" not in first
        assert later == "saved", f"write {nth} of {writes} failed; the next save then said: {later}"
        # The process ended as a crash would: what it reported saved must be in the file.
        version = stored_version(Path(str(result["db"])), str(result["id"]))
        assert version == "version 3", f"write {nth} of {writes}: the file holds {version}"
    assert failed == writes, f"only {failed} of {writes} failed writes were told"
