"""Meet SpinePrep the way people do: its own process on a real X display (Xvfb), found and read
over the accessibility bus (AT-SPI, as Orca reads it), driven with real X input (XTest via
xdotool), its answers read back from the SQLite file it wrote.

Nothing here imports the app: the app under test is a separate process, started as a user
starts it (the installed ``spineprep`` command, a fresh empty HOME, a locale), or as
``$SPINEPREP_E2E_APP`` says (a shell-split command, e.g. an older build, to show a test fails
there).
"""

from __future__ import annotations

import contextlib
import ctypes.util
import json
import os
import re
import select
import shlex
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

HERE = Path(__file__).resolve().parent
WALKER = HERE / "atspi_walker.py"
#: Debian's Python: it has ``gi`` with Atspi (the project's venv does not).
SYSTEM_PYTHON = "/usr/bin/python3"
AT_SPI_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"

#: What the e2e layer needs from Debian; .ci/run installs them.
DEBIANS = (
    "xvfb xauth xdotool imagemagick x11-utils dbus at-spi2-core python3-gi gir1.2-atspi-2.0 "
    "poppler-utils libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-image0 "
    "libxcb-render-util0 libxkbcommon-x11-0"
)
#: Qt's xcb platform plugin loads these; without them the app aborts on a real display.
XCB_LIBRARIES = (
    "xcb-cursor",
    "xcb-icccm",
    "xcb-keysyms",
    "xcb-shape",
    "xcb-image",
    "xcb-render-util",
    "xkbcommon-x11",
)

T = TypeVar("T")


def missing_tools() -> list[str]:
    """What this machine lacks for the e2e layer (empty when everything is here)."""
    missing = [
        tool
        for tool in ("Xvfb", "xdotool", "dbus-daemon", "dbus-send", "pdftotext")
        if not shutil.which(tool)
    ]
    if not os.access(AT_SPI_LAUNCHER, os.X_OK):
        missing.append("at-spi-bus-launcher")
    probe = "import gi; gi.require_version('Atspi', '2.0'); from gi.repository import Atspi"
    if (
        not os.access(SYSTEM_PYTHON, os.X_OK)
        or subprocess.run([SYSTEM_PYTHON, "-c", probe], capture_output=True, timeout=30).returncode
    ):
        missing.append("python3-gi with Atspi")
    missing += [f"lib{name}" for name in XCB_LIBRARIES if ctypes.util.find_library(name) is None]
    return missing


def wait_for(what: str, probe: Callable[[], T], timeout: float = 10.0, interval: float = 0.05) -> T:
    """Poll ``probe`` until it returns something true; fail naming ``what`` after ``timeout``."""
    end = time.monotonic() + timeout
    while True:
        value = probe()
        if value:
            return value
        if time.monotonic() > end:
            raise AssertionError(f"timed out after {timeout:g} s waiting for {what}")
        time.sleep(interval)


def _die_with_us() -> None:
    """(Run in each child before exec.) SIGTERM when the test process goes, so a pytest that
    is killed leaves no Xvfb, bus or app behind (prctl PR_SET_PDEATHSIG)."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(1, signal.SIGTERM)


def _stop(process: subprocess.Popen[Any] | None, group: bool = True) -> None:
    """End a process we started (and, with ``group``, the children it started in its session)."""
    if process is None or process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError, PermissionError):
        if group:
            os.killpg(process.pid, signal.SIGTERM)
        else:
            process.terminate()
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            if group:
                os.killpg(process.pid, signal.SIGKILL)
            else:
                process.kill()
        process.wait(timeout=5)


# --- the display ------------------------------------------------------------------------------


class Display:
    """A private Xvfb of one size. It picks a free display number itself (-displayfd)."""

    def __init__(self, width: int, height: int) -> None:
        self.width, self.height = width, height
        # Its warnings go to a file: a pipe nobody reads could fill up and stall the server.
        self.log = tempfile.TemporaryFile()  # noqa: SIM115 - open while Xvfb runs; closed in stop()
        read, write = os.pipe()
        try:
            self.process = subprocess.Popen(
                [
                    "Xvfb",
                    "-displayfd",
                    str(write),
                    "-screen",
                    "0",
                    f"{width}x{height}x24",
                    "-nolisten",
                    "tcp",
                ],
                pass_fds=(write,),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=self.log,
                start_new_session=True,
                preexec_fn=_die_with_us,
            )
        finally:
            os.close(write)
        number = b""
        end = time.monotonic() + 20
        with os.fdopen(read, "rb", buffering=0) as pipe:
            while not number.endswith(b"\n"):
                ready, _, _ = select.select([pipe], [], [], max(0.0, end - time.monotonic()))
                chunk = pipe.read(16) if ready else b""
                if not chunk:
                    _stop(self.process)
                    self.log.seek(0)
                    error = self.log.read().decode(errors="replace")
                    raise RuntimeError(f"Xvfb did not start: {error.strip()[-500:]}")
                number += chunk
        self.name = f":{int(number)}"

    def env(self) -> dict[str, str]:
        return {"DISPLAY": self.name}

    def stop(self) -> None:
        _stop(self.process)
        self.log.close()


# --- the session bus and the accessibility bus ------------------------------------------------


class Buses:
    """A private D-Bus session bus with the AT-SPI bus launched on it, switched on as Orca does."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        base = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(folder),
            "XDG_RUNTIME_DIR": str(folder),
        }
        self.session = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=base,
            start_new_session=True,
            preexec_fn=_die_with_us,
        )
        assert self.session.stdout is not None
        ready, _, _ = select.select([self.session.stdout], [], [], 20)
        if not ready:
            _stop(self.session)
            raise RuntimeError("dbus-daemon printed no address")
        self.address = self.session.stdout.readline().decode().strip()
        env = {**base, "DBUS_SESSION_BUS_ADDRESS": self.address}
        self.launcher = subprocess.Popen(
            [AT_SPI_LAUNCHER, "--launch-immediately", "--a11y=1", "--screen-reader=1"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
            start_new_session=True,
            preexec_fn=_die_with_us,
        )

        def a11y_address() -> str:
            out = subprocess.run(
                ["dbus-send", "--session", "--print-reply=literal", "--dest=org.a11y.Bus", "/org/a11y/bus",
                 "org.a11y.Bus.GetAddress"],
                capture_output=True, text=True, env=env, timeout=10,
            )  # fmt: skip
            return out.stdout.strip() if out.returncode == 0 else ""

        self.a11y_address = wait_for("the AT-SPI bus", a11y_address, timeout=20)
        for prop in ("IsEnabled", "ScreenReaderEnabled"):
            subprocess.run(
                ["dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus", "/org/a11y/bus",
                 "org.freedesktop.DBus.Properties.Set", "string:org.a11y.Status", f"string:{prop}",
                 "variant:boolean:true"],
                check=True, capture_output=True, env=env, timeout=10,
            )  # fmt: skip

    def env(self) -> dict[str, str]:
        return {"DBUS_SESSION_BUS_ADDRESS": self.address}

    def stop(self) -> None:
        _stop(self.launcher)
        _stop(self.session)


# --- what the walker reports ------------------------------------------------------------------


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
    ) -> None:
        self.display, self.buses, self.home = display, buses, home
        self.env = user_env(home, lang, display, buses)
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
            if _matches(node, name, name_re) and description in (None, node.description):
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


def read_intakes(db: Path) -> list[dict[str, Any]]:
    """Every row of the store, opened read-only (the app may still be running), answers decoded."""
    assert db.is_file(), (
        f"no answers file at {db}; {db.parent} holds {sorted(p.name for p in db.parent.glob('*'))}"
    )
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)) as connection:
        connection.row_factory = sqlite3.Row
        rows = [dict(row) for row in connection.execute("SELECT * FROM intakes ORDER BY updated_at")]
    for row in rows:
        row["answers"] = json.loads(row["answers"])
    return rows


def pdf_text(pdf: Path) -> str:
    """The PDF's text, laid out as on the page (pdftotext -layout)."""
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, f"pdftotext {pdf}: {out.stderr}"
    return out.stdout


def pdf_info(pdf: Path) -> dict[str, str]:
    """pdfinfo's fields ("Pages", "Page size", "Title", ...)."""
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, f"pdfinfo {pdf}: {out.stderr}"
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.stdout.splitlines())}


def page_colours(pdf: Path, dpi: int = 30) -> dict[str, float]:
    """Page 1 rendered (pdftoppm): the share of its pixels that are ink (dark) and that are red.
    For a sheet that went through CUPS, whose text layer does not survive."""
    out = subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-f", "1", "-l", "1", str(pdf)], capture_output=True, timeout=60
    )
    assert out.returncode == 0, f"pdftoppm {pdf}: {out.stderr.decode(errors='replace')}"
    magic, size, _depth, pixels = out.stdout.split(b"\n", 3)
    assert magic == b"P6", "pdftoppm did not give a PPM"
    width, height = map(int, size.split())
    count = width * height
    rgb = [pixels[i : i + 3] for i in range(0, count * 3, 3)]
    return {
        "ink": sum(1 for r, g, b in rgb if r + g + b < 600) / count,
        "red": sum(1 for r, g, b in rgb if r > 150 and g < 90 and b < 90) / count,
    }


def squash(text: str) -> str:
    """Whitespace runs as one space (the sheet's columns and line breaks aside)."""
    return re.sub(r"\s+", " ", text)


class Translations:
    """SpinePrep's own translation source (resources/i18n/spineprep_LANG.ts): what the app
    shows in that language for an English source string, so tests can find "Aceptar" by
    asking for "OK" in context "PinPad"."""

    def __init__(self, language: str) -> None:
        from xml.etree import ElementTree

        path = HERE.parents[1] / "resources" / "i18n" / f"spineprep_{language}.ts"
        self.path = path
        self.texts: dict[tuple[str, str], str] = {}
        for context in ElementTree.parse(path).getroot().iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                self.texts[(name, message.findtext("source", ""))] = translation.text or ""

    def __call__(self, context: str, source: str) -> str:
        try:
            return self.texts[(context, source)]
        except KeyError:
            raise KeyError(f"no translation of {source!r} in context {context!r} in {self.path}") from None


def cups_output() -> Path | None:
    """Where a running CUPS's PDF queue (the system default) writes jobs, as .ci/run sets it
    up ($SPINEPREP_CUPS_OUT); None when no CUPS runs here."""
    out = os.environ.get("SPINEPREP_CUPS_OUT")
    if not out or not shutil.which("lpstat"):
        return None
    try:
        running = subprocess.run(["lpstat", "-r"], capture_output=True, text=True, timeout=10).stdout
        default = subprocess.run(["lpstat", "-d"], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.TimeoutExpired):
        return None
    if "is running" not in running or "not running" in running or "destination:" not in default:
        return None
    return Path(out)
