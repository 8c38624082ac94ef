"""``python -m tests.benchmarks [--quick] [--repeats N] [--only NAME ...] [--check]``

Prints one table: each figure beside its floor, measured in the same run, pair by pair; the
median (or the percentile the goal names) with the spread; the machine and its load. ``--quick``
is the pass CI runs (a few repeats, ten thousand intakes instead of a hundred thousand, sixty
kiosk patients instead of a thousand) so that the suite cannot rot; ``--check`` exits 1 when a
goal is missed (left off in CI: a shared machine's figures are for reading, not for failing on).
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time

from tests.benchmarks.common import Figure, machine, table

#: The modules, in the order of the table.
MODULES = ("startup", "sheet", "window", "store", "printing", "soak")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks", description=__doc__)
    parser.add_argument(
        "--quick", action="store_true", help="CI's pass: a few repeats, smaller stores and soaks"
    )
    parser.add_argument(
        "--repeats", type=int, default=None, help="repeats of each paired figure (default 10, quick 3)"
    )
    parser.add_argument("--only", nargs="*", choices=MODULES, default=list(MODULES), help="only these groups")
    parser.add_argument("--check", action="store_true", help="exit 1 when a goal is missed")
    args = parser.parse_args(argv)
    repeats = args.repeats or (3 if args.quick else 10)
    print(f"SpinePrep benchmarks{' (quick pass)' if args.quick else ''}, {repeats} repeats")
    print(f"machine: {machine()}\n", flush=True)
    figures: list[Figure] = []
    started = time.perf_counter()
    for name in args.only:
        module = importlib.import_module(f"tests.benchmarks.{name}")
        begun = time.perf_counter()
        figures += module.figures(repeats, args.quick)
        print(f"  {name}: {time.perf_counter() - begun:.0f} s", file=sys.stderr, flush=True)
    print(table(figures))
    notes = [f"- {fig.name}: {fig.note}" for fig in figures if fig.note]
    if notes:
        print("\n" + "\n".join(notes))
    missed = [fig.name for fig in figures if not fig.met()]
    print(
        f"\n{len(figures) - len(missed)} of {len(figures)} goals met"
        f" in {time.perf_counter() - started:.0f} s."
    )
    print(f"machine after: {machine()}")
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
