"""The e2e layer's private world: a virtual display (Xvfb) and the session and accessibility
buses, each started per test session and stopped with it; what the machine must have for them."""

from __future__ import annotations

import contextlib
import ctypes.util
import os
import select
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Callable
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
