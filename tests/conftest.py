"""Shared fixtures: headless Qt, a throwaway data folder, slow/cups markers."""

from __future__ import annotations

import os
import random
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.speech import SpeechServer

# Qt must never look for a real display in tests; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
# Read aloud talks to speech-dispatcher: never to this machine's (it can take seconds to open,
# and would show the button in tests that do not expect it). The read-aloud tests start their
# own (tests/speech.py) and point SPEECHD_ADDRESS at it.
NO_SPEECH = "unix_socket:/nonexistent/spineprep-tests/speechd.sock"
os.environ["SPEECHD_ADDRESS"] = NO_SPEECH


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--runslow", action="store_true", help="also run the long trials marked slow")
    parser.addoption(
        "--pending",
        action="store_true",
        help="also run the acceptance tests of an open issue (marked pending; they fail until it is done)",
    )


def _cups_running() -> bool:
    if shutil.which("lpstat") is None:
        return False
    try:
        out = subprocess.run(["lpstat", "-r"], capture_output=True, text=True, timeout=5)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return "is running" in out.stdout and "not running" not in out.stdout


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    run_slow = config.getoption("--runslow")
    run_pending = config.getoption("--pending")
    cups = None
    for item in items:
        if "slow" in item.keywords and not run_slow:
            item.add_marker(pytest.mark.skip(reason="slow: run with --runslow"))
        pending = item.get_closest_marker("pending")
        if pending is not None and not run_pending:
            item.add_marker(pytest.mark.skip(reason=f"pending: {pending.args[0]} (run with --pending)"))
        if "cups" in item.keywords:
            if cups is None:
                cups = _cups_running()
            if not cups:
                item.add_marker(pytest.mark.skip(reason="no CUPS server is running here"))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """An empty per-test data folder (what --data-dir points at)."""
    d = tmp_path / "data"
    d.mkdir(mode=0o700)
    return d


@pytest.fixture(scope="session")
def speech_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SpeechServer]:
    """A private speech-dispatcher with espeak-ng voices (tests/speech.py), for read aloud.
    Skipped where it cannot run, except under CI=true, where that fails."""
    from tests import speech

    reason = speech.missing()
    if reason:
        if os.environ.get("CI", "").lower() in ("true", "1"):
            pytest.fail(f"read aloud cannot be tested: {reason}")
        pytest.skip(reason)
    server = speech.start(tmp_path_factory.mktemp("speechd"))
    yield server
    server.stop()


def assert_runs_without_qt(code: str) -> None:
    """Run ``code`` in a fresh Python: it must work, and import nothing of Qt or the UI."""
    import subprocess
    import sys

    check = (
        "\nimport sys\n"
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'spineprep.ui'))]\n"
    )
    done = subprocess.run([sys.executable, "-c", code + check], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


def unsqueezable(length: int, seed: int = 20) -> str:
    """``length`` characters compression cannot shrink much (random CJK: 14 bits each), for
    tests that need answers too big for the room left in the store: answers are stored
    compressed, and "x" * 2000 takes 30 bytes there."""
    pick = random.Random(seed)
    return "".join(chr(pick.randrange(0x4E00, 0x9FFF)) for _ in range(length))
