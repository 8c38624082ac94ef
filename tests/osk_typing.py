"""Run by test_on_screen_keyboard.py in its own process (the keyboard must be chosen before Qt starts).

Starts the kiosk with Qt Virtual Keyboard on a 1280x800 offscreen screen, taps "Tap to start",
focuses the name and taps keys on the keyboard; prints what happened as JSON.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

from spineprep.ui.keyboard import enable_virtual_keyboard

problem = enable_virtual_keyboard()
if problem:
    print(json.dumps({"problem": problem}))
    sys.exit(0)

from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QWindow  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from spineprep.staff_pin import StaffPin  # noqa: E402
from spineprep.ui.app import make_app, make_window  # noqa: E402
from spineprep.ui.kiosk.controller import Kiosk  # noqa: E402


def wait_for(condition: object, ms: int = 5000) -> bool:
    assert callable(condition)
    for _ in range(ms // 20):
        if condition():
            return True
        QTest.qWait(20)
    return bool(condition())


def keyboard_window() -> QWindow | None:
    for window in QGuiApplication.allWindows():
        if window.metaObject().className() == "QtVirtualKeyboard::InputView":
            return window
    return None


data = Path(tempfile.mkdtemp())
StaffPin.in_folder(data).set_pin("24681357")
app = make_app(kiosk=True)
main = make_window(data)
kiosk = Kiosk(main, data)
kiosk.present()
QTest.qWaitForWindowExposed(main)
kiosk.begin()
name = main.about.name
name.setFocus()
im = QGuiApplication.inputMethod()
wait_for(lambda: keyboard_window() is not None)
board = keyboard_window()
result: dict[str, object] = {"keyboard_window": board is not None}
if board is not None:
    # The offscreen platform hands focus to any new window, the keyboard's too, and a keyboard
    # with focus has nowhere to type. On X it never takes focus (WindowDoesNotAcceptFocus is
    # honoured); here it is made a tool-tip window, which offscreen never focuses.
    board.hide()
    board.setFlags((board.flags() & ~Qt.WindowType.WindowType_Mask) | Qt.WindowType.ToolTip)
    main.activateWindow()
    QTest.qWaitForWindowActive(main)
    name.setFocus()
    im.show()
    result["visible"] = wait_for(im.isVisible)
    QTest.qWait(400)  # the keyboard slides in; taps during the slide can miss
    rect = im.keyboardRectangle()
    result["rect"] = [rect.x(), rect.y(), rect.width(), rect.height()]
    # Key centres of the English layout on a 1280 x 800 screen (second row: a s d f g h j k l).
    row2 = 400 + 150
    for x in (257, 130, 385):  # s, a, d
        QTest.mouseClick(board, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x, row2))
        QTest.qWait(60)
    # The page and Back / Next are lifted above the keyboard, the field in view.
    QTest.qWait(100)
    layout = main.centralWidget().layout()
    result["lifted_by"] = layout.contentsMargins().bottom()
    result["next_bottom"] = main.next_button.mapTo(main, main.next_button.rect().bottomLeft()).y()
    page = main.about
    year = main.about.birth.year
    year.setFocus()
    QTest.qWait(100)
    spot = year.mapTo(page.viewport(), year.rect().bottomLeft())
    result["year_in_view"] = 0 <= spot.y() <= page.viewport().height()
    name.setFocus()
    QTest.qWait(100)
    result["typed"] = name.text()
    result["intake"] = main.flow.intake.patient.full_name
    kiosk.show_start()  # the wipe hides the keyboard and clears the name
    wait_for(lambda: not im.isVisible(), 2000)
    QTest.qWait(50)
    result["lifted_after_wipe"] = layout.contentsMargins().bottom()
    result["visible_after_wipe"] = im.isVisible()
    result["name_after_wipe"] = name.text()
main.close_locked = False
main.close()
if main.store is not None:
    main.store.close()
print(json.dumps(result), flush=True)
# Python's teardown order (QApplication before the keyboard's QML objects) aborts in Qt's
# destructors; the result is out, so leave without it.
os._exit(0)
