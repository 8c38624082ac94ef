"""Past summaries with the keyboard: Tab into the table, and out of it again every way a
keyboard user tries (Tab, Shift+Tab, Escape, Alt+Left), on to Open, Save PDF, Delete and Back.

The store holds one finished intake, written with the project's Store API into a folder given
with --data-dir (this test is about the table, not about where the folder is).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from spineprep.sample import SAMPLE_NAME, sample_intake
from spineprep.store import Store, default_db_path
from tests.e2e.conftest import LAPTOP_SCREEN, Launch
from tests.e2e.harness import App, Node

WELCOME = "Get ready for your spine appointment"
BUTTONS = ["Open", "Save PDF", "Delete", "Back to start"]


def in_table(node: Node | None) -> bool:
    return node is not None and node.role in ("table", "table cell")


def open_history(app: App) -> None:
    app.wait_focused(name=WELCOME)
    app.tab_to("See past summaries")
    app.key("Return")
    app.wait_focused(name="Past summaries")
    row = app.find("table cell", SAMPLE_NAME)
    assert "selected" in row.states, "the one summary is not selected"


def into_table(app: App) -> Node:
    """Tab (from wherever focus is on the page) until focus is in the table."""
    for _ in range(len(BUTTONS) + 6):
        node = app.press_expect_focus("Tab")
        if in_table(node):
            return node
    raise AssertionError("Tab never reached the table of past summaries")


def leave_with_tab(app: App) -> None:
    into_table(app)
    heard = []
    for name in BUTTONS:
        node = app.press_expect_focus("Tab")
        heard.append(str(node))
        assert node.role == "push button" and node.name == name, f"Tab from the table went: {heard}"


def leave_with_shift_tab(app: App) -> None:
    into_table(app)
    node = app.press_expect_focus("shift+Tab")
    assert not in_table(node), f"Shift+Tab in the table went to {node}"
    assert node.name == "Past summaries", f"Shift+Tab from the table went to {node}, not the heading"


def back_from_buttons_with_shift_tab(app: App) -> None:
    into_table(app)
    app.tab_to("Back to start", limit=len(BUTTONS) + 2)
    for name in reversed(BUTTONS[:-1]):
        node = app.press_expect_focus("shift+Tab")
        assert node.name == name, f"Shift+Tab went to {node}, not {name!r}"
    node = app.press_expect_focus("shift+Tab")
    assert in_table(node), f"Shift+Tab from Open went to {node}, not the table"


def leave_with(key: str) -> Callable[[App], None]:
    def check(app: App) -> None:
        into_table(app)
        app.key(key)
        app.wait_focused(name=WELCOME, timeout=3)
        open_history(app)

    return check


def back_to_start_pressed(app: App) -> None:
    into_table(app)
    app.tab_to("Back to start", limit=len(BUTTONS) + 2)
    app.key("Return")
    app.wait_focused(name=WELCOME)
    open_history(app)


def test_the_past_summaries_table_lets_the_keyboard_out(launch: Launch, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    finished = sample_intake()
    finished.completed_at = None  # Store.complete sets it
    with Store.open(default_db_path(data)) as store:
        store.complete(finished)

    app = launch(screen=LAPTOP_SCREEN, args=["--data-dir", str(data)])
    app.focus_window()
    open_history(app)
    app.shot("past-summaries")

    # Every way out is tried, each from the page's heading; what fails is told together.
    failures = []
    for way, check in (
        ("Tab", leave_with_tab),
        ("Shift+Tab", leave_with_shift_tab),
        ("Shift+Tab from the buttons", back_from_buttons_with_shift_tab),
        ("Escape", leave_with("Escape")),
        ("Alt+Left", leave_with("alt+Left")),
        ("Back to start", back_to_start_pressed),
    ):
        try:
            check(app)
        except AssertionError as error:
            failures.append(f"{way}: {str(error).splitlines()[0]}")
            app.shot(f"stuck-{way}")
            # Out by the pointer, to try the next way from the start.
            on_history = app.find_all("push button", "Back to start")
            if on_history:
                app.click(on_history[0])
            app.wait_focused(name=WELCOME)
            open_history(app)
    assert not failures, "the keyboard is trapped in Past summaries:\n" + "\n".join(failures)
