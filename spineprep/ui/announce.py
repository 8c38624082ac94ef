"""Say something to a screen reader without moving focus (Qt's accessibility announcements)."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


def announce(source: QWidget, message: str, urgent: bool = False) -> None:
    """Have a screen reader read ``message`` now; ``urgent`` interrupts what it is saying
    (a message that blocks Next), otherwise it waits its turn (a score picked)."""
    if not message.strip():
        return
    event = QAccessibleAnnouncementEvent(source, message)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive if urgent else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)
