"""Crash-test helper: save a draft (Intake JSON read from stdin) into a store, report it, wait to be killed.

Usage: ``python crash_writer.py DB_PATH [--loop]``. Once a save has committed it prints
``saved`` (or, with ``--loop``, keeps saving new versions of the notes and prints
``saved N`` after each) and flushes, so the test knows exactly what must survive SIGKILL.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from spineprep.intake import Intake
from spineprep.store import Store


def main(argv: list[str]) -> int:
    path = Path(argv[1])
    loop = "--loop" in argv[2:]
    intake = Intake.from_dict(json.loads(sys.stdin.read()))
    store = Store.open(path)
    if not loop:
        store.save_draft(intake)
        print("saved", flush=True)
        while True:  # never close the store: the test kills us with the store open
            time.sleep(60)
    n = 0
    base = intake.notes.anything_else
    while True:
        n += 1
        intake.notes.anything_else = f"{base} #{n}"
        store.save_draft(intake)
        print(f"saved {n}", flush=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
