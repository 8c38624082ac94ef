"""The stylesheet: app.qss, with every text size scaled for the kiosk (and kiosk.qss on top)."""

from __future__ import annotations

import re

from spineprep.resources import resource

#: At the kiosk every text is at least this big (read standing, at arm's length, in pain).
KIOSK_MIN_PT = 18.0
#: ...and everything grows by this much, so headings stay bigger than body text.
KIOSK_SCALE = 1.5

_FONT_SIZE = re.compile(r"font-size:\s*([0-9.]+)pt")


def scale_font_sizes(qss: str, scale: float, minimum: float = 0.0) -> str:
    """Every ``font-size: Npt`` in ``qss`` times ``scale``, but never below ``minimum``."""

    def bigger(match: re.Match[str]) -> str:
        size = max(float(match.group(1)) * scale, minimum)
        return f"font-size: {size:g}pt"

    return _FONT_SIZE.sub(bigger, qss)


def base_point_size(kiosk: bool) -> float:
    """The application font's size (what widgets without a stylesheet size use)."""
    return KIOSK_MIN_PT if kiosk else 12.0


def stylesheet(kiosk: bool = False) -> str:
    qss = resource("styles", "app.qss").read_text(encoding="utf-8")
    if not kiosk:
        return qss
    touch = resource("styles", "kiosk.qss").read_text(encoding="utf-8")
    return scale_font_sizes(qss, KIOSK_SCALE, KIOSK_MIN_PT) + "\n" + touch
