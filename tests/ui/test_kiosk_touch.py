"""Kiosk: made for a finger at 1280x800: every control 48 x 48 px or more, text 18 pt or more."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScroller,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from spineprep.catalogue import Flag, Limitation
from spineprep.kiosk import Screen
from spineprep.navigation import Step
from spineprep.sample import sample_intake
from spineprep.ui.kiosk.controller import Kiosk
from spineprep.ui.kiosk.screens import Outcome
from spineprep.ui.style import KIOSK_MIN_PT
from tests.ui.kiosk_helpers import PIN, open_kiosk, quiet_for, type_pin

CONTROLS = (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox)
TEXTS = (QLabel, QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox)


@pytest.fixture
def kiosk(qtbot: QtBot, data_dir: Path, tmp_path: Path) -> Iterator[Kiosk]:
    k = open_kiosk(qtbot, data_dir, tmp_path / "printed")
    k.window.setGeometry(0, 0, 1280, 800)  # the kiosk's screen (offscreen's own is 800 x 800)
    yield k
    if k.window.store is not None:
        k.window.store.close()


def screens(qtbot: QtBot, k: Kiosk) -> Iterator[str]:
    """Show every kiosk screen and every page of the flow, filled in; yield each one's name."""
    w = k.window
    yield "start"
    k.begin()
    yield "about (empty)"
    intake = sample_intake(date.today())
    intake.completed_at = None
    intake.urgent.set_flags({Flag.LEG_WEAKNESS})
    w.flow.set_intake(intake, Step.ABOUT)
    for step in (Step.ABOUT, Step.SEVERITY, Step.FREQUENCY, Step.ONSET, Step.RELIEF, Step.URGENT,
                 Step.URGENT_NOTICE, Step.NOTES, Step.REVIEW):  # fmt: skip
        w.flow.go(step)
        yield step.value
    quiet_for(k, k.settings.idle_seconds)
    yield "still there"
    k._stay()
    w.flow.next()
    qtbot.waitUntil(lambda: k.thanks.outcome is not Outcome.PRINTING, timeout=10_000)
    yield "thank you"
    k.open_staff()
    yield "PIN pad"
    type_pin(k, qtbot, PIN)
    yield "staff: today's sheets"
    k.staff.tabs.setCurrentIndex(1)
    yield "staff: settings"


def visible(root: QWidget) -> Iterator[QWidget]:
    for widget in root.findChildren(QWidget):
        if widget.isVisibleTo(root) and widget.window().isVisible():
            yield widget


def test_every_control_is_at_least_48_px_and_every_text_at_least_18_pt(qtbot: QtBot, kiosk: Kiosk) -> None:
    w = kiosk.window
    small: list[str] = []
    tiny_text: list[str] = []
    tips: list[str] = []
    seen = 0
    for name in screens(qtbot, kiosk):
        qtbot.wait(1)
        for widget in visible(w.centralWidget()):
            if not widget.isVisible():
                continue
            label = f"{name}: {type(widget).__name__} {widget.accessibleName()!r}"
            if isinstance(widget, CONTROLS):
                seen += 1
                if widget.width() < 48 or widget.height() < 48:
                    small.append(f"{label} is {widget.width()}x{widget.height()}")
            if isinstance(widget, QTabBar):
                for i in range(widget.count()):
                    rect = widget.tabRect(i)
                    if rect.width() < 48 or rect.height() < 48:
                        small.append(f"{label} tab {i} is {rect.width()}x{rect.height()}")
            if isinstance(widget, TEXTS) and widget.font().pointSizeF() < KIOSK_MIN_PT:
                text = widget.text() if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)) else ""
                if text.strip() or isinstance(widget, (QLineEdit, QPlainTextEdit)):
                    tiny_text.append(f"{label} {text[:30]!r} at {widget.font().pointSizeF()} pt")
            if widget.toolTip():
                tips.append(label)  # a tooltip needs hover: no hover on a touch screen
    assert seen > 150
    assert small == []
    assert tiny_text == []
    assert tips == []


def test_a_tap_anywhere_on_a_choice_row_chooses_it(qtbot: QtBot, kiosk: Kiosk) -> None:
    w = kiosk.window
    kiosk.begin()
    w.flow.go(Step.SEVERITY)
    row = w.severity.limitation.button(Limitation.A_LOT)
    assert row.width() > 200
    qtbot.mouseClick(row, Qt.MouseButton.LeftButton, pos=QPoint(row.width() - 6, row.height() // 2))
    assert row.isChecked() and w.flow.intake.severity.limitation is Limitation.A_LOT
    none = w.urgent.none
    w.flow.go(Step.URGENT)
    qtbot.mouseClick(none, Qt.MouseButton.LeftButton, pos=QPoint(none.width() - 6, none.height() // 2))
    assert w.flow.intake.urgent.none_of_these


def test_pages_scroll_with_a_finger(kiosk: Kiosk) -> None:
    for page in kiosk.window.flow.pages.values():
        assert isinstance(page, QAbstractScrollArea)
        assert QScroller.hasScroller(page.viewport()), page.heading.text()
    assert kiosk.screen is Screen.START


@pytest.mark.parametrize("edge", ["top", "bottom"])
def test_a_tap_on_an_answer_partly_out_of_view_chooses_it_and_the_page_stays_still(
    qtbot: QtBot, kiosk: Kiosk, edge: str
) -> None:
    """A finger that lands on the visible part of an answer cut off by the page's edge chooses
    exactly that answer; the page does not scroll between press and release (it used to scroll
    the answer into view on the press, so the release missed it and the next taps hit its
    neighbours)."""
    w = kiosk.window
    kiosk.begin()
    w.flow.go(Step.SEVERITY)
    page = w.severity
    qtbot.wait(1)
    bar = page.verticalScrollBar()
    assert bar.maximum() > 0, "the Severity page should be taller than the kiosk's screen"
    viewport = page.viewport()
    # Place an answer row so that only a strip of it shows at the chosen edge.
    row = w.severity.limitation.button(Limitation.A_LOT)
    top_in_content = row.mapTo(page.widget(), QPoint(0, 0)).y()
    strip = row.height() // 3
    if edge == "bottom":
        bar.setValue(top_in_content + strip - viewport.height())
    else:
        bar.setValue(top_in_content + row.height() - strip)
    qtbot.wait(1)
    in_view = row.mapTo(viewport, QPoint(0, 0)).y()
    assert (in_view + row.height() > viewport.height()) if edge == "bottom" else (in_view < 0)
    before = bar.value()
    # The visible strip of the row, in the row's own coordinates.
    y = row.height() - strip // 2 if edge == "top" else strip // 2
    spot = QPoint(row.width() // 2, y)
    qtbot.mousePress(row, Qt.MouseButton.LeftButton, pos=spot)
    assert bar.value() == before, "the page moved under the finger"
    qtbot.mouseRelease(row, Qt.MouseButton.LeftButton, pos=spot)
    assert bar.value() == before
    assert w.flow.intake.severity.limitation is Limitation.A_LOT


def test_dragging_a_page_with_a_pointer_scrolls_it_and_chooses_nothing(qtbot: QtBot, kiosk: Kiosk) -> None:
    """Touch screens that send a finger as a pointer: a drag scrolls the page, and the answer
    the drag started on is not chosen; a tap still chooses."""
    from PySide6.QtTest import QTest

    w = kiosk.window
    kiosk.begin()
    w.flow.go(Step.SEVERITY)
    page = w.severity
    qtbot.wait(1)
    bar = page.verticalScrollBar()
    assert bar.maximum() > 200
    row = w.severity.limitation.button(Limitation.A_LOT)
    start = QPoint(row.width() // 2, row.height() // 2)
    before = bar.value()
    # The pointer moves over the screen, not with the row (which scrolls away under it).
    viewport = page.viewport()
    at = row.mapTo(viewport, start)
    QTest.mousePress(row, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 11):
        QTest.mouseMove(viewport, at - QPoint(0, 15 * step))
    release = at - QPoint(0, 150)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, release)
    assert bar.value() == before + 150
    assert w.flow.intake.severity.limitation is None and not row.isChecked()
    # A tap with a little wobble still chooses.
    qtbot.mousePress(row, Qt.MouseButton.LeftButton, pos=start)
    QTest.mouseMove(row, start + QPoint(3, 4))
    qtbot.mouseRelease(row, Qt.MouseButton.LeftButton, pos=start + QPoint(3, 4))
    assert w.flow.intake.severity.limitation is Limitation.A_LOT


def test_dragging_the_scroll_bar_moves_the_page_the_same_way(qtbot: QtBot, kiosk: Kiosk) -> None:
    """The scroll bar is dragged as a scroll bar, not taken for a drag of the page (which
    scrolled the other way)."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QStyle, QStyleOptionSlider

    w = kiosk.window
    kiosk.begin()
    w.flow.go(Step.SEVERITY)
    qtbot.wait(1)
    bar = w.severity.verticalScrollBar()
    option = QStyleOptionSlider()
    bar.initStyleOption(option)
    handle = bar.style().subControlRect(
        QStyle.ComplexControl.CC_ScrollBar, option, QStyle.SubControl.SC_ScrollBarSlider, bar
    )
    start = handle.center()
    QTest.mousePress(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 11):
        QTest.mouseMove(bar, start + QPoint(0, 10 * step))
    QTest.mouseRelease(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start + QPoint(0, 100))
    assert bar.value() > 0 and not kiosk.drag.dragging
    assert not bar.isSliderDown()
