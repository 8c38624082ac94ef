"""200% text at 1280x800: nothing clipped, squeezed or overlapping; pages scroll instead."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from spineprep.intake import Intake
from spineprep.language import Language
from spineprep.navigation import Step
from spineprep.sample import sample_intake
from spineprep.settings import Settings
from spineprep.ui.app import make_app, make_window
from spineprep.ui.window import MainWindow

SLACK = 1  # px of rounding


def _visible(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget) if w.isVisible() and w.width() > 0]


def cramped(root: QWidget, viewport: QRect | None = None) -> list[str]:
    """Every text that does not fit its widget, and every widget cut off at the page's edge."""
    found = []
    for widget in _visible(root):
        name = f"{type(widget).__name__} {(widget.accessibleName() or getattr(widget, 'text', str)())!r}"[:90]
        hint = widget.sizeHint()
        if isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                need = widget.heightForWidth(widget.width())
                if need > widget.height() + SLACK:
                    found.append(f"{name}: needs {need}px height, has {widget.height()}")
            elif hint.width() > widget.width() + SLACK:
                found.append(f"{name}: needs {hint.width()}px width, has {widget.width()}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            if hint.width() > widget.width() + SLACK or hint.height() > widget.height() + SLACK:
                found.append(
                    f"{name}: needs {hint.width()}x{hint.height()}, has {widget.width()}x{widget.height()}"
                )
        elif isinstance(widget, QLineEdit):
            text_h = widget.fontMetrics().height()
            if text_h > widget.contentsRect().height():
                found.append(f"{name}: text {text_h}px high in {widget.contentsRect().height()}px")
        if viewport is not None and widget.window() is root.window():
            box = QRect(widget.mapTo(root, widget.rect().topLeft()), widget.size())
            if box.right() > viewport.right() + SLACK:
                found.append(f"{name}: runs off the right edge ({box.right()} > {viewport.right()})")
    return found


def overlapping(root: QWidget) -> list[str]:
    """Visible sibling widgets that cover each other."""
    found = []
    for parent in [root, *_visible(root)]:
        children = [
            c for c in parent.children() if isinstance(c, QWidget) and c.isVisible() and not c.isWindow()
        ]
        for i, a in enumerate(children):
            for b in children[i + 1 :]:
                overlap = a.geometry().intersected(b.geometry())
                if overlap.width() > 2 and overlap.height() > 2:
                    found.append(
                        f"{type(a).__name__} {a.objectName()!r} / {type(b).__name__} {b.objectName()!r}"
                    )
    return found


@pytest.fixture
def big(qtbot: QtBot, data_dir: Path, request: pytest.FixtureRequest) -> MainWindow:
    language, contrast = request.param
    make_app()
    Settings(text_size=200, high_contrast=contrast, language=language.value).save(data_dir)
    window = make_window(data_dir)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize(
    "big",
    [(Language.ENGLISH, False), (Language.SPANISH, True)],
    ids=["english", "spanish-high-contrast"],
    indirect=True,
)
def test_200_percent_text_fits_on_every_page(qtbot: QtBot, big: MainWindow) -> None:
    window = big
    assert window.look.text_size == 200
    problems: list[str] = []
    for answers in (Intake(), sample_intake(date.today())):
        window.flow.set_intake(answers)
        for step in Step:
            window.flow.go(step)
            if answers.is_blank():
                window.flow.next()  # with its messages showing
                window.flow.go(step)  # (back, where Next was not blocked)
            for _ in range(3):  # option lists re-flow on resize: let the layout settle
                QApplication.processEvents()
            page = window.flow.pages[step]
            viewport = page.viewport().rect()
            problems += [f"{step.value}: {p}" for p in cramped(page.widget(), viewport)]
            problems += [f"{step.value}: {p}" for p in overlapping(page.widget())]
            bar = page.verticalScrollBar()
            if page.widget().height() > page.viewport().height():
                assert bar.isVisible() and bar.maximum() > 0, f"{step.value} does not scroll"
    problems += [
        f"chrome: {p}" for p in cramped(window.nav_bar) + cramped(window.findChild(QWidget, "header"))
    ]
    assert problems == []


def test_text_size_changes_live(qtbot: QtBot, window: MainWindow) -> None:
    window.flow.set_intake(sample_intake(date.today()))
    window.flow.go(Step.SEVERITY)
    before = window.severity.heading.fontInfo().pixelSize()
    window.set_text_size(200)
    QApplication.processEvents()
    # The same page, the same answers, twice the size.
    assert window.stack.currentWidget() is window.severity and window.severity.pain_now.value() == 6
    assert window.severity.heading.fontInfo().pixelSize() >= 1.9 * before
    window.set_high_contrast(True)
    window.set_text_size(100)
    QApplication.processEvents()
    assert window.severity.heading.fontInfo().pixelSize() == before
    assert window.look.high_contrast and window.severity.pain_worst.value() == 8


def test_long_answers_wrap_instead_of_running_off_the_page(qtbot: QtBot, data_dir: Path) -> None:
    """Spanish at 200% in a 1000 px window: an answer longer than the page wraps (Qt's check
    boxes and radio buttons never do: the Urgent page's answers ran off its right edge)."""
    make_app()
    Settings(text_size=200, language=Language.SPANISH.value).save(data_dir)
    window = make_window(data_dir)
    qtbot.addWidget(window)
    window.resize(1000, 760)
    window.show()
    qtbot.waitExposed(window)
    for step in (Step.URGENT, Step.FREQUENCY, Step.SEVERITY, Step.ONSET):
        window.flow.go(step)
        page = window.flow.pages[step]
        qtbot.wait(1)
        content = page.widget()
        assert content.width() <= page.viewport().width(), f"{step.value} is wider than the page"
