"""Accessible interfaces SpinePrep puts in place of Qt's (``spineprep/ui/accessible.py``): each
runs in a process of its own, since what they guard against is a segmentation fault."""

from __future__ import annotations

import os
import subprocess
import sys


def run_alone(script: str) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONFAULTHANDLER": "1"}
    command = [sys.executable, "-c", script]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and "ok" in done.stdout, f"exit {done.returncode}: {done.stderr[-2000:]}"


SCROLL = """
import sys
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from spineprep.ui import accessible

app = QApplication(sys.argv)
accessible.install()
area = QScrollArea()
area.resize(200, 200)
inner = QWidget()
inner.setMinimumSize(100, 1000)
area.setWidgetResizable(True)
area.setWidget(inner)
area.show()
app.processEvents()
interface = QAccessible.queryAccessibleInterface(area)
counted = interface.childCount()
assert counted == 2, counted  # the viewport and the vertical scroll bar
assert interface.child(1) is not None
# The page gets shorter and the scroll bar hides; a screen reader that counted two asks for both.
inner.setMinimumSize(100, 10)
app.processEvents()
assert interface.childCount() == 1
assert [interface.child(i) is None for i in range(counted + 2)] == [False, True, True, True]
assert interface.indexOfChild(interface.child(0)) == 0
print("ok")
"""


def test_a_scroll_area_asked_for_a_child_past_its_end_says_none() -> None:
    """Qt 6.12 reads past the end of its list there and crashed the kiosk under a screen reader."""
    run_alone(SCROLL)


MARKED_LATE = """
import sys
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QPushButton
from spineprep.ui.widgets.one_of import mark_one_of

app = QApplication(sys.argv)
QAccessible.setActive(True)  # as when a screen reader is attached
button = QPushButton("7")
button.setCheckable(True)
# A screen reader attached asks for the interface as soon as the text is set: Qt's own is cached.
assert QAccessible.queryAccessibleInterface(button).role() == QAccessible.Role.CheckBox
mark_one_of([button, QPushButton("8")])
assert QAccessible.queryAccessibleInterface(button).role() == QAccessible.Role.RadioButton
print("ok")
"""


def test_a_button_marked_after_qt_made_its_interface_is_still_a_radio_button() -> None:
    """Pages rebuilt by a size or theme switch, with AT-SPI on, came back as check boxes."""
    run_alone(MARKED_LATE)
