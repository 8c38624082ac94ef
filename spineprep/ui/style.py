"""The stylesheet: app.qss (and kiosk.qss on top) in a theme's colours, every size scaled for the text size.

The sheets in ``resources/styles/`` name colours by role (``@ink``); :mod:`spineprep.theme` fills
them in for the standard or the high-contrast theme. Text sizes grow with the patient's text size
(1.0, 1.5, 2.0) and, at the kiosk, by half again with an 18pt floor; the fixed pixel sizes that
hold text (max sizes, the PIN keys, the tick boxes) grow with the patient's text size, so big text
is never squeezed into a box sized for small text.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QColor, QPalette

from spineprep import theme
from spineprep.resources import resource

#: At the kiosk every text is at least this big (read standing, at arm's length, in pain).
KIOSK_MIN_PT = 18.0
#: ...and everything grows by this much, so headings stay bigger than body text.
KIOSK_SCALE = 1.5
#: The application font's size at home, at the normal text size.
BASE_PT = 12.0

_FONT_SIZE = re.compile(r"font-size:\s*([0-9.]+)pt")
_RULE = re.compile(r"([^{}]*)\{([^{}]*)\}")
_BOX_SIZE = re.compile(r"(?<![-\w])((min|max)-(width|height)):\s*([0-9.]+)px")
_SIZE = re.compile(r"(?<![-\w])(width|height):\s*([0-9.]+)px")
_RADIUS = re.compile(r"(?<![-\w])border-radius:\s*([0-9.]+)px")
_RELATIVE_URL = re.compile(r"url\(([A-Za-z0-9_.-]+)\)")


def scale_font_sizes(qss: str, scale: float, minimum: float = 0.0) -> str:
    """Every ``font-size: Npt`` in ``qss`` times ``scale``, but never below ``minimum``."""

    def bigger(match: re.Match[str]) -> str:
        size = max(float(match.group(1)) * scale, minimum)
        return f"font-size: {size:g}pt"

    return _FONT_SIZE.sub(bigger, qss)


def _times(scale: float) -> Callable[[re.Match[str]], str]:
    def times(match: re.Match[str]) -> str:
        return f"{match.group(1)}: {round(float(match.group(match.lastindex or 1)) * scale)}px"

    return times


def _indicator(body: str, scale: float) -> str:
    """A tick box's or radio dot's size times ``scale``. A radio's round corners stay round:
    its radius is half its width plus its border, and the border does not grow."""
    width = _SIZE.search(body)
    radius = _RADIUS.search(body)
    body = _SIZE.sub(_times(scale), body)
    if width is not None and radius is not None:
        half, r = float(width.group(2)) / 2, float(radius.group(1))
        # Rounded down: a radius past half the box makes Qt draw a square.
        new = half * scale + (r - half) if r >= half else r * scale
        body = _RADIUS.sub(f"border-radius: {math.floor(new)}px", body)
    return body


def scale_box_sizes(qss: str, scale: float) -> str:
    """The pixel sizes that would squeeze bigger text, times ``scale``.

    A widget grows from its font by itself, so a ``min-`` size stays a minimum (scaling it too
    would only push a 1280 x 800 kiosk screen past its edges). What does not grow by itself is
    scaled: every ``max-`` size (with its ``min-`` partner when the two fix the size, as on the
    PIN keys) and the tick boxes and radio dots (``width`` / ``height`` in an ``::indicator`` rule).
    """
    if scale == 1.0:
        return qss
    times = _times(scale)

    def rule(match: re.Match[str]) -> str:
        selectors, body = match.group(1), match.group(2)
        if "::indicator" in selectors:
            return selectors + "{" + _indicator(body, scale) + "}"
        fixed = {m.group(3) for m in _BOX_SIZE.finditer(body) if m.group(2) == "max"}

        def box(size: re.Match[str]) -> str:
            return times(size) if size.group(3) in fixed else size.group(0)

        return selectors + "{" + _BOX_SIZE.sub(box, body) + "}"

    return _RULE.sub(rule, qss)


def _check_scale(scale: float) -> None:
    if not 0.5 <= scale <= 4.0:
        raise ValueError(f"text size scale {scale} is outside 0.5-4.0")


def base_point_size(kiosk: bool, scale: float = 1.0) -> float:
    """The application font's size (what widgets without a stylesheet size use)."""
    _check_scale(scale)
    if kiosk:
        return max(KIOSK_MIN_PT * scale, KIOSK_MIN_PT)
    return BASE_PT * scale


def _template(name: str) -> str:
    return resource("styles", name).read_text(encoding="utf-8")


def _absolute_urls(qss: str, folder: Path) -> str:
    """``url(tick.svg)`` → the file in resources/styles/ (Qt reads a relative url from the cwd)."""
    return _RELATIVE_URL.sub(lambda match: f"url({(folder / match.group(1)).as_posix()})", qss)


def stylesheet(kiosk: bool = False, scale: float = 1.0, high_contrast: bool = False) -> str:
    """The application's stylesheet.

    ``kiosk``: touch sizes, every text at least 18pt. ``scale``: the patient's text size (1.0,
    1.5, 2.0), on top of the kiosk's. ``high_contrast``: the high-contrast theme.
    """
    return render_stylesheet(theme.palette(high_contrast), kiosk, scale)


def render_stylesheet(palette: theme.Palette, kiosk: bool = False, scale: float = 1.0) -> str:
    """:func:`stylesheet` in any palette (the contrast tests try a deliberately bad one)."""
    _check_scale(scale)
    qss = theme.render(_template("app.qss"), palette)
    if kiosk:
        # The kiosk's floor (18pt at the normal size) first, then the patient's size on top.
        floor = max(KIOSK_MIN_PT * scale, KIOSK_MIN_PT)
        touch = theme.render(_template("kiosk.qss"), palette)
        qss = scale_font_sizes(qss, KIOSK_SCALE * scale, floor) + "\n" + scale_font_sizes(touch, scale, floor)
    else:
        qss = scale_font_sizes(qss, scale)
    qss = scale_box_sizes(qss, scale)
    return _absolute_urls(qss, resource("styles", "app.qss").parent)


def application_palette(high_contrast: bool = False) -> QPalette:
    """A QPalette in the theme's colours, for what the stylesheet does not reach: the parts Qt's
    own style draws from the palette (placeholder text, dialogs Qt builds itself, the print and
    file dialogs). Set it with ``QApplication.setPalette`` before the stylesheet."""
    p = theme.palette(high_contrast)
    qt = QPalette()
    roles = {
        QPalette.ColorRole.Window: p.page,
        QPalette.ColorRole.WindowText: p.ink,
        QPalette.ColorRole.Base: p.surface,
        QPalette.ColorRole.AlternateBase: p.hover,
        QPalette.ColorRole.Text: p.ink,
        QPalette.ColorRole.PlaceholderText: p.placeholder,
        QPalette.ColorRole.Button: p.surface,
        QPalette.ColorRole.ButtonText: p.ink,
        QPalette.ColorRole.BrightText: p.error,
        QPalette.ColorRole.Highlight: p.chosen_fill,
        QPalette.ColorRole.HighlightedText: p.on_chosen,
        QPalette.ColorRole.ToolTipBase: p.surface,
        QPalette.ColorRole.ToolTipText: p.ink,
        QPalette.ColorRole.Link: p.link,
        QPalette.ColorRole.LinkVisited: p.link,
        QPalette.ColorRole.Light: p.surface,
        QPalette.ColorRole.Midlight: p.divider,
        QPalette.ColorRole.Mid: p.line,
        QPalette.ColorRole.Dark: p.line,
        QPalette.ColorRole.Shadow: p.ink,
    }
    for role, colour in roles.items():
        qt.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        qt.setColor(QPalette.ColorGroup.Disabled, role, QColor(p.disabled_ink))
    qt.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Base, QColor(p.disabled_fill))
    qt.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Button, QColor(p.disabled_fill))
    return qt
