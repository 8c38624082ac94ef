"""Every page of the home flow, gone round with Tab and with Shift+Tab: every control is
reached, focus always moves, never sticks in one widget, and comes back round to where it
started. Focus is read over AT-SPI, as a screen reader follows it. And on a page taller than
the window, what Tab focuses is scrolled into view."""

from __future__ import annotations

import re

import pytest

from tests.e2e.conftest import LAPTOP_SCREEN, Launch
from tests.e2e.harness import App, Node
from tests.e2e.home_visit import KeyboardVisit

#: A Tab round longer than this means focus is stuck going round inside something.
MAX_PRESSES = 80
#: Option groups, the 0-10 scale and the language and text-size switches are one Tab stop
#: each (the arrow keys move inside them): which group an object is in, if any.
#: The app's own one-of sets (scale, switches, relief rows) are radio buttons that say their
#: place in the set ("8 of 11"); Qt's radio buttons (option groups) do not.
PLACE = re.compile(r"\b\d+ of \d+\b")
ONE_STOP = (
    ("options", lambda n: n.role == "radio button" and not PLACE.search(n.description)),
    ("scale", lambda n: n.role == "radio button" and re.match(r"^\d+, ", n.name) is not None),
    (
        "language",
        lambda n: n.role == "radio button" and n.description.startswith("Language of the questions"),
    ),
    ("text size", lambda n: n.role == "radio button" and re.match(r"^Text size \d+%$", n.name) is not None),
)


def one_stop_group(node: Node) -> str | None:
    return next((f"{kind} in {node.parent}" for kind, member in ONE_STOP if member(node)), None)


def go_round(app: App, key: str, page: str, in_view: bool = False) -> list[Node]:
    """Press ``key`` until focus is back where it started; every press must move focus. With
    ``in_view``, whatever in the page gets focus must also be scrolled into view."""
    nodes = app.tree()
    stack = next(n for n in nodes if n.role == "layered pane")
    in_page = {stack.id}
    for node in nodes:
        if node.parent in in_page:
            in_page.add(node.id)
    start = app.focused()
    assert start is not None, f"{page}: nothing has focus"
    visited: list[Node] = []
    for _ in range(MAX_PRESSES):
        seq = app.seq()
        app.key(key)
        moved, _, now = app.wait_focus_change(seq, timeout=2.0)
        assert moved and now is not None, f"{page}: {key} did not move focus from {now}"
        if in_view and now.id in in_page:
            shows = now.y < stack.y + stack.h and now.y + now.h > stack.y
            assert shows, f"{page}: {key} put focus on {now}, scrolled out of view (y={now.y})"
        if now.id == start.id:
            return visited
        assert now.id not in {v.id for v in visited}, (
            f"{page}: {key} went round without passing {start} again: {[str(v) for v in visited]} then {now}"
        )
        visited.append(now)
    raise AssertionError(f"{page}: {MAX_PRESSES} presses of {key} never came back to {start}")


def check_page(app: App, page: str) -> None:
    """Tab round and Shift+Tab round: the same stops, in opposite orders, and every control."""
    nodes = app.tree()
    forward = go_round(app, "Tab", page)
    backward = go_round(app, "shift+Tab", page)
    assert [n.id for n in forward] == [n.id for n in reversed(backward)], (
        f"{page}: Shift+Tab does not retrace Tab:\n  Tab: {[str(n) for n in forward]}\n"
        f"  Shift+Tab: {[str(n) for n in backward]}"
    )
    reached = {n.id for n in forward} | {app.focused().id}  # type: ignore[union-attr]
    controls = [
        n for n in nodes if "focusable" in n.states and n.enabled and n.role not in ("frame", "application")
    ]
    missed = [n for n in controls if n.id not in reached and not one_stop_group(n)]
    groups: dict[str, list[Node]] = {}
    for n in controls:
        group = one_stop_group(n)
        if group:
            groups.setdefault(group, []).append(n)
    missed += [members[0] for members in groups.values() if not any(m.id in reached for m in members)]
    assert not missed, f"{page}: Tab never reached {[str(n) for n in missed]}"


@pytest.mark.timeout(300)
def test_tab_goes_round_every_page_of_the_home_flow(launch: Launch) -> None:
    app = launch(screen=LAPTOP_SCREEN, lang="en_US.UTF-8")
    visit = KeyboardVisit(app, urgent=True)
    app.focus_window()
    visit.on("welcome")
    check_page(app, "welcome")
    app.key("Return")
    for page, answer, then in (
        ("about", visit.about, "severity"),
        ("severity", visit.severity, "frequency"),
        ("frequency", visit.frequency, "onset"),
        ("onset", visit.onset, "relief"),
        ("relief", visit.relief, "urgent"),
        ("urgent", visit.urgent_page, "urgent_notice"),
        ("urgent_notice", lambda: None, "notes"),
        ("notes", visit.notes, "review"),
        ("review", lambda: None, "done"),
    ):
        heading = visit.on(page)
        check_page(app, page)
        app.wait_focused(name=heading.name)
        answer()
        visit.next(then, key="alt+Right")
    check_page(app, "done")


def test_what_tab_focuses_on_a_long_page_is_scrolled_into_view(launch: Launch) -> None:
    """Tab wrapping from the header into a scrolled page once focused a heading out of view."""
    app = launch(screen=LAPTOP_SCREEN, lang="en_US.UTF-8")
    visit = KeyboardVisit(app)
    visit.start()
    visit.about()
    visit.next("severity")  # taller than the window at 1366x768
    for key in ("Tab", "shift+Tab"):
        go_round(app, key, "severity", in_view=True)
