"""What a screen reader gets: a name for every control, the scale's value and band, messages
said aloud, and focus on the heading of each new page."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from spineprep.language import Language
from spineprep.navigation import Step
from spineprep.sample import sample_intake
from spineprep.ui import announce as announce_module
from spineprep.ui.window import MainWindow
from tests.ui.keys import focused, press, tab_to


def spoken_name(widget: QWidget) -> str:
    """The name assistive technology reads for ``widget`` (Qt's accessibility interface)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Name).strip()


def focusable(root: QWidget) -> Iterator[QWidget]:
    for widget in root.findChildren(QWidget):
        if (
            widget.isVisibleTo(root)
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not widget.focusProxy()
        ):
            yield widget


@pytest.fixture
def announcements(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bool]]:
    """Every announcement SpinePrep sends (and still sends it on to Qt)."""
    said: list[tuple[str, bool]] = []
    real = QAccessible.updateAccessibility

    def record(event: QAccessibleEvent) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            urgent = event.politeness() == QAccessible.AnnouncementPoliteness.Assertive
            said.append((event.message(), urgent))
        real(event)

    monkeypatch.setattr(announce_module.QAccessible, "updateAccessibility", record)
    return said


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.SPANISH], ids=["english", "spanish"])
def test_every_focusable_control_on_every_page_has_a_name(
    qtbot: QtBot, window: MainWindow, language: Language
) -> None:
    window.set_language(language)
    missing: list[str] = []
    for filled in (False, True):
        if filled:
            window.flow.set_intake(sample_intake(date.today()))
        for step in Step:
            window.flow.go(step)
            QApplication.processEvents()
            checked = [window.next_button, window.back_button, window.language_button]
            for widget in [*focusable(window.flow.pages[step]), *checked]:
                if widget.isVisible() and not spoken_name(widget):
                    missing.append(f"{step.value}: {type(widget).__name__} {widget.objectName()!r}")
    window.show_history()
    missing += [f"history: {type(w).__name__}" for w in focusable(window.history) if not spoken_name(w)]
    assert missing == []


def test_the_scale_says_its_value_and_band(qtbot: QtBot, window: MainWindow, announcements: list) -> None:
    window.flow.go(Step.SEVERITY)
    scale = window.severity.pain_now
    tab_to(scale.buttons[0])
    for _ in range(7):
        press(Qt.Key.Key_Right)
    assert focused() is scale.buttons[7]
    assert spoken_name(scale.buttons[7]) == "7, severe"
    assert announcements[-1] == ("7, severe", False)
    assert scale.accessibleDescription() == "7, severe"
    # The question is in the button's description, so it is clear which scale this is.
    assert "right now" in scale.buttons[7].accessibleDescription().lower()


def test_the_scale_speaks_spanish_too(qtbot: QtBot, window: MainWindow, announcements: list) -> None:
    window.set_language(Language.SPANISH)
    window.flow.go(Step.SEVERITY)
    scale = window.severity.pain_now
    tab_to(scale.buttons[0])
    press(Qt.Key.Key_Right)
    word = spoken_name(scale.buttons[1])
    assert word.startswith("1, ") and word != "1, mild"
    assert announcements[-1][0] == word


def test_a_message_that_blocks_next_is_said_aloud(
    qtbot: QtBot, window: MainWindow, announcements: list
) -> None:
    window.flow.go(Step.ABOUT)
    press(Qt.Key.Key_Return)  # Next with nothing filled in
    assert window.flow.step is Step.ABOUT
    message, urgent = announcements[-1]
    assert urgent and "full name" in message.lower()
    # ...and the focus goes to the first thing to fix.
    assert focused() is window.about.name


def test_each_new_page_puts_focus_on_its_heading(qtbot: QtBot, window: MainWindow) -> None:
    window.flow.set_intake(sample_intake(date.today()))
    window.flow.go(Step.ABOUT)
    for _ in range(4):
        press(Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
        page = window.flow.pages[window.flow.step]
        assert focused() is page.heading
        assert spoken_name(page.heading) == page.heading.text()
