"""A whole visit with key presses only, in English and in Spanish, to a saved PDF (the presses
counted), and the Tab order on every page following the reading order on screen (by AT-SPI
extents): also after switching language, text size 200% and high contrast from Welcome.

The pages are answered without knowing their layout: the names typed into come from the
project's translations, option groups get their first answer with Space."""

from __future__ import annotations

import itertools
import re
import time
from pathlib import Path

import pytest

from tests.e2e.conftest import LAPTOP_SCREEN, Launch
from tests.e2e.harness import App, Node, wait_for
from tests.e2e.test_a11y_names import LANGS, Findings, move, page_heading, tr

BIRTH = {"en": ("04", "27", "1961"), "es": ("27", "04", "1961")}


class KeyCount:
    """Counts every key press the app gets (a typed character is one press)."""

    def __init__(self, app: App) -> None:
        self.n = 0
        self.on = True
        key, type_ = app.key, app.type

        def counted_key(*keys: str) -> None:
            if self.on:
                self.n += len(keys)
            key(*keys)

        def counted_type(text: str) -> None:
            if self.on:
                self.n += len(text)
            type_(text)

        app.key, app.type = counted_key, counted_type  # type: ignore[method-assign]


def fill_about(app: App, lang: str) -> None:
    t = tr(lang)
    app.tab_to(t("Full name"))
    app.type("José Núñez")
    app.tab_to(name_re=rf"^{re.escape(t('Date of birth'))}: ")
    first, second, year = BIRTH[lang]
    app.type(first)
    time.sleep(0.3)
    app.type(second)
    time.sleep(0.3)
    app.type(year)


def fill_scales(app: App) -> None:
    """Both 0-10 scales: Tab to each (one stop), Space chooses the score focus is on."""
    done: set[str] = set()
    heard: list[str] = []
    for _ in range(40):
        node = app.press_expect_focus("Tab")
        heard.append(f"{node.role} {node.name!r}")
        if node.role == "radio button" and re.match(r"^\d+, ", node.name) and node.description not in done:
            app.key("space")
            done.add(node.description)
            if len(done) == 2:
                return
    raise AssertionError(f"Tab reached {len(done)} of the 2 pain scales; focus went: {heard}")


def fill_groups(app: App, lang: str) -> None:
    """Tab through the page; Space on the first answer of each option group with none chosen."""
    t = tr(lang)
    stop = {t("Next", "MainWindow"), t("Continue", "MainWindow")}
    for _ in range(60):
        node = app.press_expect_focus("Tab")
        if node.role == "push button" and node.name in stop:
            return
        if node.role == "radio button":
            siblings = [n for n in app.tree() if n.parent == node.parent and n.role == "radio button"]
            if not any(n.checked for n in siblings):
                app.key("space")
    raise AssertionError("Tab never reached Next")


def tick(app: App, name: str | None = None, name_re: str | None = None) -> None:
    node = app.tab_to(name, name_re)
    app.key("space")
    wait_for(f"{name!r} ticked", lambda: app.refresh(node).checked, timeout=5)


# --- reading order -----------------------------------------------------------------------------


def tab_cycle(app: App) -> list[Node]:
    """Tab from the focused heading round to it again: the stops, in order."""
    start = app.focused()
    assert start is not None
    stops = [start]
    for _ in range(80):
        node = app.press_expect_focus("Tab", timeout=2.0)
        if node.id == start.id:
            return stops
        if node.id in {s.id for s in stops}:
            break
        stops.append(node)
    return stops


def check_reading_order(app: App, page: str, lang: str, found: Findings) -> None:
    """The Tab cycle, begun at its topmost stop, goes top to bottom and left to right: header,
    then the page (positions as laid out before any scrolling), then the footer."""
    nodes = app.tree()
    by_id = {n.id: n for n in nodes}
    pane = next((n for n in nodes if n.role == "layered pane"), None)
    in_page = {pane.id} if pane else set()
    for n in nodes:
        if n.parent in in_page:
            in_page.add(n.id)
    cycle = tab_cycle(app)
    if len(cycle) >= 80:
        found.add(f"[{lang}] {page}: Tab does not come back round to the heading")
    placed = []
    for stop in cycle:
        n = by_id.get(stop.id, stop)
        region = 1 if n.id in in_page else (0 if pane is None or n.y < pane.y else 2)
        placed.append((region, n))
    first = min(range(len(placed)), key=lambda i: (placed[i][0], placed[i][1].y, placed[i][1].x))
    order = placed[first:] + placed[:first]
    for (ra, a), (rb, b) in itertools.pairwise(order):
        # (A list laid out in columns reads down one column, then the next: not "above".)
        above = rb == ra and b.y + b.h <= a.y and not b.x >= a.x + a.w
        same_row = rb == ra and not (b.y >= a.y + a.h or b.y + b.h <= a.y)
        left = same_row and b.x + b.w <= a.x
        if rb < ra or above or left:
            why = (
                "an earlier part of the window"
                if rb < ra
                else ("above it" if above else "left of it on the same row")
            )
            found.add(
                f"[{lang}] {page}: Tab goes from {a} at {a.x},{a.y} to {b} at {b.x},{b.y}, which is {why} "
                f"(Tab order: {[str(s) for _, s in order]})"
            )


# --- the visit -----------------------------------------------------------------------------------


def visit_pages(app: App, lang: str, found: Findings, count: KeyCount, target: Path | None) -> None:
    """Welcome to Done with keys; the reading order checked on every page (those presses are
    not counted); with ``target``, Save PDF… there."""
    t = tr(lang)

    def order(page: str) -> None:
        count.on = False
        try:
            check_reading_order(app, page, lang, found)
        finally:
            count.on = True

    heading = page_heading(app, 20)
    order("Welcome")
    heading = move(app, "Return")
    order(heading.name)
    fill_about(app, lang)
    heading = move(app, "alt+Right")
    order(heading.name)
    fill_scales(app)
    heading = move(app, "alt+Right")
    order(heading.name)
    fill_groups(app, lang)
    heading = move(app, "alt+Right")
    order(heading.name)
    app.tab_to(t("How many"))
    app.type("3")
    app.tab_to(heading.name, key="shift+Tab")
    fill_groups(app, lang)
    tick(app, name_re=rf": {re.escape(t('No clear cause'))}$")
    heading = move(app, "alt+Right")
    order(heading.name)
    tick(app, t("I haven't tried anything yet"))
    heading = move(app, "alt+Right")
    order(heading.name)
    tick(app, t("None of these"))
    heading = move(app, "alt+Right")
    order(heading.name)
    heading = move(app, "alt+Right")
    order(heading.name)
    heading = move(app, "Return")  # Finish
    order(heading.name)
    if target is None:
        return
    app.tab_to(t("Save PDF…").rstrip("…"))
    app.key("Return")
    box = wait_for(
        "the file dialog's name box",
        lambda: (
            (f := app.focused()) is not None and f.role == "text" and (f.text or "").endswith(".pdf") and f
        ),
        timeout=15,
    )
    del box
    app.key("ctrl+a")
    app.type(str(target))
    app.key("Return")
    wait_for(
        f"the sheet saved at {target}", lambda: target.is_file() and target.stat().st_size > 0, timeout=20
    )


@pytest.mark.timeout(240)
@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_keyboard_only_visit_saves_a_pdf_and_tab_follows_the_reading_order(
    launch: Launch, record_property: pytest.RecordProperty, lang: str
) -> None:
    app = launch(screen=LAPTOP_SCREEN, lang=LANGS[lang])
    count = KeyCount(app)
    found = Findings()
    app.focus_window()
    target = app.home / f"visit-{lang}.pdf"
    visit_pages(app, lang, found, count, target)
    print(f"keyboard-only visit, {lang}: {count.n} key presses")
    record_property(f"keyboard_only_visit_key_presses_{lang}", count.n)
    found.fail_if_any(
        f"keyboard-only visit in {lang} ({count.n} key presses): the Tab order is not the reading order"
    )


@pytest.mark.timeout(240)
def test_tab_follows_the_reading_order_after_language_size_and_contrast_are_switched_by_keys(
    launch: Launch,
) -> None:
    app = launch(screen=LAPTOP_SCREEN, lang=LANGS["en"])
    count = KeyCount(app)
    found = Findings()
    app.focus_window()
    page_heading(app, 20)
    es = tr("es")
    app.tab_to("English")
    app.tab_to("Español", key="Right")
    app.key("space")
    app.wait_focused(name="Español")
    app.tab_to(
        name_re=rf"^{re.escape(es('Text size {0}%', 'LookBar').split('{0}')[0])}100%$" if False else r"100%$"
    )
    app.tab_to(name_re=r"150%$", key="Right")
    app.tab_to(name_re=r"200%$", key="Right")
    app.key("space")
    app.wait_focused(name_re=r"200%$")
    app.tab_to(es("High contrast"))
    app.key("space")
    time.sleep(1.0)
    # Back to the heading (Shift+Tab round), then the whole flow with the new look.
    app.tab_to(es("Get ready for your spine appointment"), key="shift+Tab")
    visit_pages(app, "es", found, count, None)
    found.fail_if_any(
        "Spanish, 200%, high contrast, switched by keys: the Tab order is not the reading order"
    )
