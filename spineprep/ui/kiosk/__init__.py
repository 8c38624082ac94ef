"""Kiosk mode: the shared waiting-room touch screen (screens, idle watch, staff area)."""
