"""Fixtures for the end-to-end layer: a private Xvfb per screen size, a private session bus with
the accessibility bus, and ``launch`` to start SpinePrep as its own process with a fresh HOME.

Without Xvfb, xdotool, D-Bus, AT-SPI or Qt's xcb libraries every test here is skipped with one
reason, except under CI=true, where they fail instead (CI must never skip them quietly).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pytest

from tests.e2e.harness import DEBIANS, App, Buses, Display, missing_tools

KIOSK_SCREEN = (1280, 800)
LAPTOP_SCREEN = (1366, 768)

Launch = Callable[..., App]


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    report = yield
    # The launch fixture takes a screenshot of a failure (when SPINEPREP_E2E_SHOTS is set).
    if report.when == "call":
        item.stash[_FAILED] = report.failed
    return report


_FAILED = pytest.StashKey[bool]()


def _missing_reason() -> str:
    missing = missing_tools()
    if not missing:
        return ""
    return (
        f"end-to-end tests need {', '.join(missing)}: "
        f"sudo apt-get install -y --no-install-recommends {DEBIANS} (.ci/run installs them)"
    )


def _ci() -> bool:
    return os.environ.get("CI", "").lower() in ("true", "1")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Locally, without the tools, every e2e test is skipped with the one reason (CI: see below)."""
    here = Path(__file__).parent
    ours = [item for item in items if here in item.path.parents]
    for item in ours:
        item.add_marker(pytest.mark.e2e)  # `-m "not e2e"` for a quick run without them
    if not ours or _ci():
        return
    reason = _missing_reason()
    if reason:
        for item in ours:
            item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture(scope="session")
def e2e_tools() -> None:
    """Under CI=true a missing tool fails every e2e test: CI must never skip them quietly."""
    reason = _missing_reason()
    if reason:
        pytest.fail(reason, pytrace=False)


@pytest.fixture(scope="session")
def buses(e2e_tools: None, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Buses]:
    started = Buses(tmp_path_factory.mktemp("buses"))
    yield started
    started.stop()


@pytest.fixture(scope="session")
def displays(e2e_tools: None) -> Iterator[Callable[[tuple[int, int]], Display]]:
    """One Xvfb per screen size, started when first asked for (Xvfb cannot resize)."""
    started: dict[tuple[int, int], Display] = {}

    def get(size: tuple[int, int]) -> Display:
        if size not in started:
            started[size] = Display(*size)
        return started[size]

    yield get
    for display in started.values():
        display.stop()


@pytest.fixture
def launch(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    buses: Buses,
    displays: Callable[[tuple[int, int]], Display],
) -> Iterator[Launch]:
    """``launch(screen=(w, h), lang=..., args=(...), home=..., env={...})``: SpinePrep as its own process,
    as a user starts it; stopped after the test."""
    apps: list[App] = []
    shots_root = os.environ.get("SPINEPREP_E2E_SHOTS")
    shots = Path(shots_root) / re.sub(r"[^A-Za-z0-9_.-]+", "-", request.node.name) if shots_root else None

    def start(
        screen: tuple[int, int] = LAPTOP_SCREEN,
        lang: str = "en_US.UTF-8",
        args: Iterable[str] = (),
        home: Path | None = None,
        env: dict[str, str] | None = None,
    ) -> App:
        if home is None:
            home = tmp_path / f"home{len(apps) or ''}"
            home.mkdir(mode=0o700)
        app = App(
            displays(screen),
            buses,
            home,
            lang=lang,
            args=args,
            shots=shots,
            log=tmp_path / f"app{len(apps)}.log",
            env=env,
        )
        apps.append(app)
        return app

    yield start
    for app in apps:
        if request.node.stash.get(_FAILED, False) and app.alive():
            app.shot("failure")
        app.stop()
