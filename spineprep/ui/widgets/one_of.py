"""Big buttons that pick one of a set (the 0-10 scale, language, text size, a relief row).

Qt exposes a checkable push button as a check box, and a screen reader then says "check box,
checked" with no hint that the others in the row are the alternatives. Marked here, such a
button is exposed as a radio button (``ui/accessible.py``), and its description ends with its
place in the set ("8 of 11"): Qt's AT-SPI bridge offers no member-of relation to count.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton

from spineprep.ui import accessible
from spineprep.ui.widgets.spoken import describe


def position(index: int, count: int) -> str:
    """ "8 of 11": a choice's place in its set (``index`` counts from 1)."""
    return QCoreApplication.translate("OneOf", "{0} of {1}").format(index, count)


def mark_one_of(buttons: Sequence[QAbstractButton], say_place: bool = True) -> None:
    """Expose ``buttons`` (one exclusive set, in reading order) as radio buttons, with their
    place in the set unless ``say_place`` is False (the 0-10 scale: its numbers say it). Call
    again after a language switch: the position is translated."""
    accessible.install()
    for index, button in enumerate(buttons, start=1):
        button.setProperty(accessible.ONE_OF, True)
        # With a screen reader attached, Qt made the button's interface (a check box) as soon
        # as its text was set: drop it, so the next one asked for is the radio button.
        if QAccessible.isActive():
            made = QAccessible.queryAccessibleInterface(button)
            if made is not None and made.role() != QAccessible.Role.RadioButton:
                QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(made))
        if say_place:
            describe(button, "position", position(index, len(buttons)))
