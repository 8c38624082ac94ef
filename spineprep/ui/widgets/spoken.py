"""What a screen reader reads: descriptions built from parts, and messages it can reach.

Debian 12's Orca reads the focused object's name, role and description, and the text of its
labels; it does not listen for announcement events. So a message that must be heard is made
the text of something focusable, or part of the focused control's description.
"""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from spineprep.ui.announce import announce

#: The order a description's parts are read in: what is wrong first, then what it is about.
_ORDER = ("message", "own", "position", "hint", "status", "counter")
_PARTS = "spineprepDescriptionParts"


def describe(widget: QWidget, part: str, text: str) -> None:
    """Set one part of ``widget``'s accessible description (its own description is kept as the
    part "own") and rebuild the description from the parts, in reading order."""
    stored = widget.property(_PARTS)
    parts: dict[str, str] = (
        json.loads(stored) if isinstance(stored, str) else {"own": widget.accessibleDescription()}
    )
    parts[part] = text
    widget.setProperty(_PARTS, json.dumps(parts))
    widget.setAccessibleDescription(" ".join(parts[key] for key in _ORDER if parts.get(key)))


def focusable_in(root: QWidget) -> list[QWidget]:
    """``root`` and everything under it that can take keyboard focus."""
    widgets = [root, *root.findChildren(QWidget)]
    return [w for w in widgets if w.focusPolicy() != Qt.FocusPolicy.NoFocus]


class MessageLabel(QLabel):
    """A line that tells the patient something ("Saved to …", "No printer …"). Its text is its
    accessible name (never a fixed word such as "Status"), it is a Tab stop while it says
    something, and ``say(..., focus=True)`` moves focus onto it so a screen reader reads it."""

    def __init__(self, object_name: str = "status") -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.setWordWrap(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def say(self, text: str, error: bool = False, focus: bool = False) -> None:
        self.setText(text)
        self.setAccessibleName(text)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus if text.strip() else Qt.FocusPolicy.NoFocus)
        if self.property("error") != error:
            self.setProperty("error", error)
            self.style().unpolish(self)
            self.style().polish(self)
        if text.strip():
            if focus and self.isVisible():
                self.setFocus(Qt.FocusReason.OtherFocusReason)
            announce(self, text, urgent=error)
