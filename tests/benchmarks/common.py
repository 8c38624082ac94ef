"""What every benchmark shares: a figure with its samples, its floor and its goal; the stats;
the machine and its load; child processes timed from their launch."""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
PROBES = Path(__file__).resolve().parent / "probes"


def percentile(samples: list[float], pct: float) -> float:
    """The pct-th percentile (nearest rank: an observed value, never an interpolation)."""
    ordered = sorted(samples)
    rank = max(1, -(-len(ordered) * pct // 100))
    return ordered[int(rank) - 1]


STATS: dict[str, Callable[[list[float]], float]] = {
    "median": statistics.median,
    "p95": lambda s: percentile(s, 95),
    "p99": lambda s: percentile(s, 99),
    "max": max,
    "last": lambda s: s[-1],
}


@dataclass
class Figure:
    """One row of the table. ``goal`` reads the figure (and the floor) and says whether it is met:
    ``("ratio", 1.3)`` means stat(ours) ≤ 1.3 × stat(floor); ``("at_most", 15)`` means stat(ours) ≤ 15."""

    name: str
    unit: str
    ours: list[float]
    stat: str = "median"
    floor: list[float] | None = None
    floor_name: str = ""
    goal: tuple[str, float] = ("at_most", float("inf"))
    note: str = ""
    extra: dict[str, float] = field(default_factory=dict)

    def value(self) -> float:
        return STATS[self.stat](self.ours)

    def floor_value(self) -> float | None:
        return STATS[self.stat](self.floor) if self.floor else None

    def ratio(self) -> float | None:
        floor = self.floor_value()
        return self.value() / floor if floor else None

    def met(self) -> bool:
        kind, limit = self.goal
        if kind == "ratio":
            ratio = self.ratio()
            return ratio is not None and ratio <= limit
        return self.value() <= limit

    def goal_text(self) -> str:
        kind, limit = self.goal
        if kind == "ratio":
            return f"≤ {limit:g}× floor"
        return f"≤ {limit:g} {self.unit}"


def spread(samples: list[float]) -> str:
    if len(samples) == 1:
        return ""
    return f" [{min(samples):.3g}–{max(samples):.3g}]"


def shown(samples: list[float] | None, stat: str, unit: str) -> str:
    if not samples:
        return "—"
    return f"{STATS[stat](samples):.3g} {unit}{spread(samples)}"


def table(figures: list[Figure]) -> str:
    """The one table: each figure beside its floor, the ratio, the goal and whether it is met."""
    head = "| figure | stat | SpinePrep [min–max] | floor [min–max] | ratio | goal | met |"
    lines = [head, "| --- | --- | --- | --- | --- | --- | --- |"]
    for fig in figures:
        ratio = fig.ratio()
        floor = shown(fig.floor, fig.stat, fig.unit)
        if fig.floor_name and fig.floor:
            floor = f"{floor} ({fig.floor_name})"
        lines.append(
            f"| {fig.name} | {fig.stat}, n={len(fig.ours)} | {shown(fig.ours, fig.stat, fig.unit)} | {floor}"
            f" | {'' if ratio is None else f'{ratio:.2f}×'} | {fig.goal_text()}"
            f" | {'yes' if fig.met() else 'NO'} |"
        )
    return "\n".join(lines)


def machine() -> str:
    """The machine and its load, for the header of the table."""
    cpu = platform.processor() or platform.machine()
    with open("/proc/cpuinfo", encoding="utf-8") as info:
        for line in info:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    load = os.getloadavg()
    memory = ""
    with open("/proc/meminfo", encoding="utf-8") as info:
        for line in info:
            if line.startswith("MemTotal"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.0f} GiB"
    return (
        f"{platform.node()}: {cpu}, {os.cpu_count()} cores, {memory}; Python {platform.python_version()};"
        f" load {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; {time.strftime('%Y-%m-%d %H:%M %Z')}"
    )


def run_probe(args: list[str], env: dict[str, str], timeout: float = 60) -> dict[str, Any]:
    """Run a probe script as its own process; it prints one JSON line last. ``launched`` (the
    wall clock just before the process is made) is added, so a probe reports time since then."""
    launched = time.time()
    done = subprocess.run(
        [sys.executable, *args],
        env=env | {"BENCH_LAUNCHED": repr(launched)},
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{args[0]} failed ({done.returncode}): {done.stderr.strip()[-800:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    result["wall"] = time.time() - launched
    return result
