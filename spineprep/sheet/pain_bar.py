"""The 0-10 pain bar drawn on the sheet: the score marked on the coloured bands."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import (
    Flowable,
)

from spineprep.catalogue import band
from spineprep.sheet.style import BAND_TINT, BOLD, FONT, INK, MUTED


class PainBar(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """A 0-10 scale: eleven tinted cells, the chosen one solid with a marker, then the value."""

    HEIGHT = 17.0
    GAP = 7.0  # between the scale and the value text
    FONT_SIZE = 9.5

    def __init__(self, score: int | None, value: str, text_w: float) -> None:
        super().__init__()
        self.score = score
        self.value = value
        self.text_w = text_w  # the widest value of the bars shown together, so their scales line up
        self.cell = 14.0

    @classmethod
    def text_width(cls, value: str) -> float:
        return float(pdfmetrics.stringWidth(value, BOLD, cls.FONT_SIZE))

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        # The value text must never run past the column, so the scale gives way, within reason.
        self.cell = max(9.0, min(14.0, (avail_width - self.text_w - self.GAP) / 11))
        self.width = avail_width
        return avail_width, self.HEIGHT

    def draw(self) -> None:
        c = self.canv
        cell = self.cell
        h = self.HEIGHT - 4  # room above for the marker
        c.setLineWidth(0.75)
        for n in range(11):
            chosen = n == self.score
            c.setFillColor(INK if chosen else BAND_TINT[band(n)])
            c.setStrokeColor(INK if chosen else colors.white)
            c.rect(n * cell, 0, cell, h, stroke=1, fill=1)
            c.setFillColor(colors.white if chosen else MUTED)
            size = 7.5 if chosen else 6
            c.setFont(BOLD if chosen else FONT, size)
            c.drawCentredString(n * cell + cell / 2, h / 2 - size * 0.36, str(n))
        if self.score is not None:
            # A notch above the chosen cell: the value stays findable even when photocopied.
            mid = self.score * cell + cell / 2
            c.setFillColor(INK)
            path = c.beginPath()
            path.moveTo(mid - 3.5, self.HEIGHT)
            path.lineTo(mid + 3.5, self.HEIGHT)
            path.lineTo(mid, h)
            path.close()
            c.drawPath(path, stroke=0, fill=1)
        c.setFillColor(INK if self.score is not None else MUTED)
        c.setFont(BOLD if self.score is not None else FONT, self.FONT_SIZE)
        c.drawString(11 * cell + self.GAP, h / 2 - self.FONT_SIZE * 0.36, self.value)
