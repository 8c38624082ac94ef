"""The test side of the AT-SPI walker: nodes as a screen reader sees them, and the pipe to the
walker process (Debian's Python, which has ``gi``)."""

from __future__ import annotations

import contextlib
import json
import select
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.e2e.infra import SYSTEM_PYTHON, WALKER, _die_with_us, _stop


@dataclass(frozen=True)
class Node:
    """One accessible object as read over AT-SPI at one moment."""

    id: str
    role: str
    name: str
    description: str
    states: frozenset[str]
    x: int
    y: int
    w: int
    h: int
    text: str | None
    value: float | None
    parent: str
    depth: int

    @classmethod
    def of(cls, raw: dict[str, Any]) -> Node:
        x, y, w, h = raw["extents"]
        return cls(
            raw["id"], raw["role"], raw["name"], raw["description"], frozenset(raw["states"]),
            x, y, w, h, raw["text"], raw["value"], raw["parent"], raw["depth"],
        )  # fmt: skip

    @property
    def center(self) -> tuple[int, int]:
        return self.x + self.w // 2, self.y + self.h // 2

    @property
    def checked(self) -> bool:
        return "checked" in self.states

    @property
    def focused(self) -> bool:
        return "focused" in self.states

    @property
    def enabled(self) -> bool:
        return "enabled" in self.states and "sensitive" in self.states

    def __str__(self) -> str:
        return f"{self.role} {self.name!r}"


class Walker:
    """The AT-SPI walker process for one app (see atspi_walker.py), spoken to over a pipe."""

    def __init__(self, env: dict[str, str], pid: int, log: Path) -> None:
        # Its warnings go to a file: a pipe nobody reads would fill up and stall it.
        self.log = log
        self._log_file = log.open("wb")
        self.process = subprocess.Popen(
            [SYSTEM_PYTHON, str(WALKER)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._log_file,
            env=env,
            text=True,
            bufsize=1,
            start_new_session=True,
            preexec_fn=_die_with_us,
        )
        self.call("attach", pid=pid, timeout=30)

    def call(self, op: str, **args: Any) -> dict[str, Any]:
        """One request; the reply. (An app that stops answering makes each read wait for
        libatspi's own time-out, so allow plenty.)"""
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(json.dumps({"op": op, **args}) + "\n")
        self.process.stdin.flush()
        ready, _, _ = select.select([self.process.stdout], [], [], float(args.get("timeout", 0)) + 60)
        line = self.process.stdout.readline() if ready else ""
        if not line:
            error = ""
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=2)
            if self.process.poll() is not None:
                error = (
                    f"it exited ({self.process.returncode}): {self.log.read_text(errors='replace')[-2000:]}"
                )
            raise RuntimeError(f"the AT-SPI walker gave no answer to {op!r}; {error}")
        reply = json.loads(line)
        if not reply.pop("ok"):
            raise RuntimeError(f"AT-SPI walker, {op}: {reply['error']}")
        return reply

    def stop(self) -> None:
        if self.process.stdin is not None:
            with contextlib.suppress(OSError):
                self.process.stdin.close()
        _stop(self.process)
        self._log_file.close()


# --- the app ------------------------------------------------------------------------------------
