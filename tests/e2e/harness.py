"""Meet SpinePrep the way people do: its own process on a real X display (Xvfb), found and read
over the accessibility bus (AT-SPI, as Orca reads it), driven with real X input (XTest via
xdotool), its answers read back from the SQLite file it wrote.

Nothing here imports the app: the app under test is a separate process, started as a user
starts it (the installed ``spineprep`` command, a fresh empty HOME, a locale), or as
``$SPINEPREP_E2E_APP`` says (a shell-split command, e.g. an older build, to show a test fails
there).
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from tests.e2e.atspi import Node, Walker
from tests.e2e.infra import (
    AT_SPI_LAUNCHER,
    DEBIANS,
    SYSTEM_PYTHON,
    WALKER,
    Buses,
    Display,
    _die_with_us,
    _stop,
    missing_tools,
    wait_for,
)
from tests.e2e.readback import (
    Translations,
    cups_output,
    page_colours,
    pdf_info,
    pdf_text,
    read_intakes,
    squash,
)

__all__ = [
    "AT_SPI_LAUNCHER",
    "DEBIANS",
    "SYSTEM_PYTHON",
    "WALKER",
    "App",
    "Buses",
    "Display",
    "Node",
    "Translations",
    "Walker",
    "cups_output",
    "missing_tools",
    "page_colours",
    "pdf_info",
    "pdf_text",
    "read_intakes",
    "squash",
    "wait_for",
]


#: What tests share across modules for the whole run (e.g. the kiosk walks, 1 minute each).
SHARED: dict[str, Any] = {}


def app_command() -> list[str]:
    """The installed ``spineprep`` beside this Python, or ``$SPINEPREP_E2E_APP`` (shell-split)."""
    override = os.environ.get("SPINEPREP_E2E_APP", "").strip()
    if override:
        return shlex.split(override)
    return [str(Path(sys.executable).parent / "spineprep")]


def user_env(home: Path, lang: str, display: Display, buses: Buses) -> dict[str, str]:
    """What a person's desktop session gives the app: a HOME, a locale, a display, a session bus
    with accessibility on. Built from nothing, so no XDG_*, QT_* or SPINEPREP_* of the test run
    leaks in (the test run itself has QT_QPA_PLATFORM=offscreen)."""
    env = {
        name: os.environ[name]
        for name in ("PATH", "TZ", "CUPS_SERVER", "USER", "LOGNAME")
        if name in os.environ
    }
    env.update(
        HOME=str(home),
        LANG=lang,
        QT_QPA_PLATFORM="xcb",
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
        QT_ACCESSIBILITY="1",
        PYTHONFAULTHANDLER="1",  # a crash leaves its Python stack in the app's log
        # Not this machine's speech-dispatcher (tests/e2e/test_read_aloud.py gives its own).
        SPEECHD_ADDRESS="unix_socket:/nonexistent/spineprep-tests/speechd.sock",
        **display.env(),
        **buses.env(),
    )
    return env


class App:
    """One running SpinePrep, seen from outside."""

    def __init__(
        self,
        display: Display,
        buses: Buses,
        home: Path,
        lang: str = "en_US.UTF-8",
        args: Iterable[str] = (),
        shots: Path | None = None,
        log: Path | None = None,
        env: dict[str, str] | None = None,
    ) -> None:
        self.display, self.buses, self.home = display, buses, home
        self.env = {**user_env(home, lang, display, buses), **(env or {})}
        self.shots = shots
        self._shot_number = 0
        self.log = log or home.parent / "app.log"
        self.command = [*app_command(), *args]
        self._log_file = self.log.open("wb")
        started = time.monotonic()
        self.process = subprocess.Popen(
            self.command,
            env=self.env,
            cwd=home,
            stdin=subprocess.DEVNULL,
            stdout=self._log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            preexec_fn=_die_with_us,
        )
        self.pid = self.process.pid
        walker_env = {
            "PATH": self.env["PATH"],
            "HOME": str(home.parent / "walker-home"),
            **buses.env(),
            "AT_SPI_BUS_ADDRESS": buses.a11y_address,
        }
        try:
            self.walker = Walker(walker_env, self.pid, self.log.with_suffix(".walker.log"))
            self.window_id = self._main_window()
        except BaseException:
            self.stop()
            raise
        self.started_in = time.monotonic() - started

    # --- lifetime ---------------------------------------------------------------------------

    def output(self) -> str:
        self._log_file.flush()
        return self.log.read_text(errors="replace")[-4000:]

    def alive(self) -> bool:
        return self.process.poll() is None

    def stop(self) -> None:
        if getattr(self, "walker", None) is not None:
            self.walker.stop()
        _stop(self.process)
        self._log_file.close()

    # --- X -------------------------------------------------------------------------------------

    def xdotool(self, *args: str) -> str:
        assert self.alive(), f"SpinePrep has exited ({self.process.returncode}):\n{self.output()}"
        # C.UTF-8 is on every Debian: xdotool needs a UTF-8 locale to type "ñ" (en_US may not exist).
        out = subprocess.run(
            ["xdotool", *args],
            env={**self.env, "LC_ALL": "C.UTF-8"},
            capture_output=True,
            text=True,
            timeout=30,
        )
        if out.returncode:
            raise RuntimeError(f"xdotool {' '.join(args)}: {out.stderr.strip()}")
        return out.stdout

    def windows(self) -> list[str]:
        """The app's windows showing on the display (X window ids)."""
        assert self.alive(), f"SpinePrep exited ({self.process.returncode}):\n{self.output()}"
        out = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--pid", str(self.pid)],
            env=self.env, capture_output=True, text=True, timeout=30,
        )  # fmt: skip
        return out.stdout.split()

    def _main_window(self) -> str:
        return wait_for("SpinePrep's window on the display", self.windows, timeout=30)[-1]

    def focus_window(self, window: str | None = None) -> None:
        """Give the window X keyboard focus (no window manager runs: nothing else does)."""
        self.xdotool("windowfocus", "--sync", window or self.window_id)

    def key(self, *keys: str) -> None:
        """Press and release keys, e.g. ``key("Tab")``, ``key("shift+Tab")``, ``key("alt+Right")``."""
        self.xdotool("key", "--clearmodifiers", "--delay", "10", *keys)

    def type(self, text: str) -> None:
        self.xdotool("type", "--delay", "25", "--", text)

    # (No --sync on mousemove: it waits for ever when the pointer is already there. XTest
    # motion and button events reach the server in order, so the click lands where moved to.)
    def click_at(self, x: int, y: int) -> None:
        self.xdotool("mousemove", str(x), str(y), "click", "1")

    def click(self, node: Node) -> None:
        """A tap at the middle of the object's on-screen extents."""
        x, y = node.center
        self.assert_on_screen(node, x, y)
        self.click_at(x, y)

    def press_at(self, x: int, y: int) -> None:
        self.xdotool("mousemove", str(x), str(y), "mousedown", "1")

    def release(self) -> None:
        self.xdotool("mouseup", "1")

    def assert_on_screen(self, node: Node, x: int, y: int) -> None:
        assert 0 <= x < self.display.width and 0 <= y < self.display.height, (
            f"{node} is off the screen at {node.x},{node.y} {node.w}x{node.h}"
        )

    def visible_part(self, node: Node, nodes: list[Node] | None = None) -> tuple[int, int, int, int] | None:
        """What of ``node`` shows on the screen: its extents clipped by every object it sits in
        (a scrolled page's viewport cuts off what is scrolled away). None when nothing shows.
        (Qt calls a widget scrolled out of view "showing" all the same.)"""
        by_id = {n.id: n for n in (self.tree() if nodes is None else nodes)}
        left, top = node.x, node.y
        right, bottom = node.x + node.w, node.y + node.h
        holder = by_id.get(node.parent)
        while holder is not None:
            if holder.w > 0 and holder.h > 0:
                left, top = max(left, holder.x), max(top, holder.y)
                right, bottom = min(right, holder.x + holder.w), min(bottom, holder.y + holder.h)
            holder = by_id.get(holder.parent)
        left, top = max(left, 0), max(top, 0)
        right, bottom = min(right, self.display.width), min(bottom, self.display.height)
        if right - left < 1 or bottom - top < 1:
            return None
        return left, top, right - left, bottom - top

    def tap(
        self, node: Node, nodes: list[Node] | None = None, settle: float = 0.5, hold: float = 0.12
    ) -> Node:
        """A finger on what shows of ``node``: down at the middle of its visible part, held as
        long as a finger is (``hold`` seconds once the app has the press), watching that nothing
        on the page moves meanwhile, then up.

        The rule for a touch screen: a tap chooses exactly what was under the finger when it
        went down, or nothing, and the page never moves between press and release. ``nodes``:
        a tree read just now. Returns the object as it was read just before the press."""
        nodes = self.tree() if nodes is None else nodes
        by_id = {n.id: n for n in nodes}
        assert node.id in by_id, f"{node} is no longer there to tap"
        node = by_id[node.id]
        part = self.visible_part(node, nodes)
        assert part is not None, f"{node} is not on the screen (at {node.x},{node.y} {node.w}x{node.h})"
        x, y = part[0] + part[2] // 2, part[1] + part[3] // 2
        bars = [n for n in nodes if n.role == "scroll bar" and n.value is not None]
        self.press_at(x, y)
        moved: list[str] = []
        try:
            # The app has the press once a button reads "pressed" or a field takes focus.
            end = time.monotonic() + settle
            while not moved and time.monotonic() < end:
                now = self.refresh(node)
                if (now.x, now.y) != (node.x, node.y):
                    moved.append(f"{node} went from y={node.y} to y={now.y}")
                if "pressed" in now.states or (now.focused and not node.focused):
                    end = min(end, time.monotonic() + hold)
                time.sleep(0.02)
            for bar in bars:
                after = self.refresh(bar)
                if after.value != bar.value:
                    moved.append(f"the page scrolled from {bar.value:g} to {after.value:g}")
        finally:
            self.release()
        shown = f"{part[3]} of its {node.h} px showing"
        assert not moved, f"the page moved while a finger was down on {node} ({shown}): {'; '.join(moved)}"
        return node

    def page_scroll_bar(self, nodes: list[Node] | None = None) -> Node | None:
        """The vertical scroll bar of what shows now (a page taller than the screen has one)."""
        bars = [
            n
            for n in (self.tree() if nodes is None else nodes)
            if n.role == "scroll bar" and "vertical" in n.states and n.value is not None and n.h > 0
        ]
        return max(bars, key=lambda bar: bar.h) if bars else None

    def wheel(self, down: bool = True, bar: Node | None = None) -> bool:
        """One notch of the mouse wheel over the page's left margin (no control there takes the
        wheel for itself). ``bar``: the page's scroll bar, read just now. False when the page
        did not move (it is at its end)."""
        bar = self.page_scroll_bar() if bar is None else bar
        if bar is None:
            return False
        self.xdotool("mousemove", "12", str(bar.y + bar.h // 2), "click", "5" if down else "4")
        try:
            wait_for("the page to scroll", lambda: self.refresh(bar).value != bar.value, timeout=1.0)
        except AssertionError:
            return False
        return True

    def shot(self, label: str) -> Path | None:
        """A screenshot of the whole display when $SPINEPREP_E2E_SHOTS names a folder."""
        if self.shots is None:
            return None
        self.shots.mkdir(parents=True, exist_ok=True)
        self._shot_number += 1
        path = self.shots / f"{self._shot_number:02d}-{re.sub(r'[^A-Za-z0-9_.-]+', '-', label)}.png"
        subprocess.run(
            ["import", "-display", self.display.name, "-window", "root", str(path)],
            capture_output=True, timeout=30, check=False,
        )  # fmt: skip
        return path

    # --- AT-SPI -----------------------------------------------------------------------------

    def tree(self) -> list[Node]:
        return [Node.of(raw) for raw in self.walker.call("tree")["nodes"]]

    def refresh(self, node: Node) -> Node:
        return Node.of(self.walker.call("node", id=node.id)["node"])

    def focus_seq(self) -> tuple[int, Node | None]:
        reply = self.walker.call("focus")
        return reply["seq"], Node.of(reply["node"]) if reply["node"] else None

    def focused(self) -> Node | None:
        return self.focus_seq()[1]

    def wait_focus_change(self, after: int, timeout: float = 3.0) -> tuple[bool, int, Node | None]:
        reply = self.walker.call("wait_focus", after=after, timeout=timeout)
        return reply["moved"], reply["seq"], Node.of(reply["node"]) if reply["node"] else None

    def find_all(
        self,
        role: str | Iterable[str] | None = None,
        name: str | None = None,
        name_re: str | None = None,
        where: Callable[[Node], bool] | None = None,
        nodes: list[Node] | None = None,
    ) -> list[Node]:
        roles = {role} if isinstance(role, str) else set(role) if role is not None else None
        pattern = re.compile(name_re) if name_re is not None else None
        return [
            n
            for n in (self.tree() if nodes is None else nodes)
            if (roles is None or n.role in roles)
            and (name is None or n.name == name)
            and (pattern is None or pattern.search(n.name))
            and (where is None or where(n))
        ]

    def locate(
        self,
        role: str | Iterable[str] | None = None,
        name: str | None = None,
        name_re: str | None = None,
        where: Callable[[Node], bool] | None = None,
        timeout: float = 10.0,
    ) -> tuple[Node, list[Node]]:
        """The one showing object that matches (waiting for it to appear), and the tree it was
        found in."""
        seen: list[Node] = []
        nodes: list[Node] = []

        def probe() -> Node | None:
            nonlocal seen, nodes
            nodes = self.tree()
            seen = self.find_all(role, name, name_re, where, nodes=nodes)
            return seen[0] if len(seen) == 1 else None

        try:
            return wait_for(
                f"one {role or 'object'} named {name or name_re!r}", probe, timeout=timeout
            ), nodes
        except AssertionError as error:
            if seen:
                raise AssertionError(f"{error}; found {len(seen)}: {[str(n) for n in seen]}") from None
            raise AssertionError(f"{error}; showing now: {self.describe_screen()}") from None

    def find(
        self,
        role: str | Iterable[str] | None = None,
        name: str | None = None,
        name_re: str | None = None,
        where: Callable[[Node], bool] | None = None,
        timeout: float = 10.0,
    ) -> Node:
        """The one showing object that matches, waiting for it to appear."""
        return self.locate(role, name, name_re, where, timeout)[0]

    def describe_screen(self) -> str:
        """The names a person could reach now (for failure messages)."""
        parts = [
            f"{n.role}:{n.name!r}"
            for n in self.tree()
            if n.name and n.role not in ("application", "filler", "panel", "layered pane", "scroll pane")
        ]
        return "; ".join(parts)[:3000]

    # --- keyboard, read back as a screen reader hears it --------------------------------------

    def seq(self) -> int:
        """How many times focus has moved so far (cheap: no object is read)."""
        return int(self.walker.call("seq")["seq"])

    def press_expect_focus(self, key: str, timeout: float = 3.0) -> Node:
        """Press ``key`` and wait until focus moves; the newly focused object."""
        seq = self.seq()
        self.key(key)
        moved, _, now = self.wait_focus_change(seq, timeout)
        assert moved and now is not None, f"{key} did not move focus from {now}"
        return now

    def tab_to(
        self,
        name: str | None = None,
        name_re: str | None = None,
        description: str | None = None,
        limit: int = 60,
        key: str = "Tab",
    ) -> Node:
        """Press Tab (or ``key``: "shift+Tab", "Down"...) until the focused object has this name
        (and description); fail if it never does."""
        heard: list[str] = []
        for _ in range(limit):
            node = self.press_expect_focus(key)
            heard.append(str(node))
            if _matches(node, name, name_re) and (
                description is None or node.description.startswith(description)
            ):
                return node
        raise AssertionError(f"{key} never reached {name or name_re!r}; focus went: {heard}")

    def wait_focused(self, name: str | None = None, name_re: str | None = None, timeout: float = 5.0) -> Node:
        last: Node | None = None

        def probe() -> Node | None:
            nonlocal last
            last = self.focused()
            return last if last is not None and _matches(last, name, name_re) else None

        try:
            return wait_for(f"focus on {name or name_re!r}", probe, timeout=timeout)
        except AssertionError as error:
            raise AssertionError(f"{error}; focus is on {last}") from None

    # --- what the app wrote ---------------------------------------------------------------------

    @property
    def data_dir(self) -> Path:
        """Where the README says the answers live for this user."""
        return self.home / ".local" / "share" / "SpinePrep"


def _matches(node: Node, name: str | None, name_re: str | None) -> bool:
    return (name is not None and node.name == name) or (
        name_re is not None and bool(re.search(name_re, node.name))
    )
