"""The sheet's look: page sizes, colours, fonts, paragraph styles, and its own wording."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    Paragraph,
    Table,
    TableStyle,
)

from spineprep import DOCUMENT_TITLE
from spineprep.catalogue import Band
from spineprep.resources import resource
from spineprep.settings import Paper
from spineprep.summary import Translate, format_date

#: Translation context of the sheet's own wording.
CONTEXT = "Sheet"
#: PDF title metadata: generic on purpose, so a file list or print queue never shows a patient's name.
PDF_TITLE = DOCUMENT_TITLE

FONT = "DejaVuSans"
BOLD = "DejaVuSans-Bold"

PAGE_SIZES = {Paper.LETTER: LETTER, Paper.A4: A4}
MARGIN = 36.0  # half an inch: clinic printers reliably print that close to the edge
FOOTER_H = 26.0
LABEL_W = 118.0  # width of the question column in label/value tables

# Colours. Band tints and the red box help at a glance, but every cue is also a word or a
# heavy outline, so the sheet still reads on a black-and-white printer.
INK = colors.HexColor("#1B1F23")
MUTED = colors.HexColor("#5F6670")
RULE = colors.HexColor("#D5D9DE")
ACCENT = colors.HexColor("#1F3A5F")
HEAD_BG = colors.HexColor("#E9EEF4")
URGENT = colors.HexColor("#B3261E")
URGENT_BG = colors.HexColor("#FCE8E6")
BAND_TINT = {
    Band.NONE: colors.HexColor("#F1F3F4"),
    Band.MILD: colors.HexColor("#DDF0E0"),
    Band.MODERATE: colors.HexColor("#FCEFC7"),
    Band.SEVERE: colors.HexColor("#F8D3CF"),
}


# --- Fonts and text ----------------------------------------------------------------------


def register_fonts() -> None:
    """Register DejaVu Sans (regular + bold) with reportlab once; later calls do nothing.

    reportlab's built-in fonts lack letters such as "ễ" and "ị", which would print as boxes.
    """
    # Streams written as binary, not ASCII85: encoding them in Python took 2-6 ms of making a
    # sheet (22-30 ms here), for a PDF 1.5 % bigger that every reader reads the same.
    rl_config.useA85 = 0
    known = set(pdfmetrics.getRegisteredFontNames())
    if {FONT, BOLD} <= known:
        return
    for name, filename in ((FONT, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf")):
        if name not in known:
            pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
    # No italic face is shipped: map italics to the upright faces rather than fail.
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


def markup(text: str) -> str:
    """Typed text as Paragraph markup that prints exactly as typed: NFC, escaped, line breaks kept."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return "<br/>".join(escape(line.replace("\t", "    ")) for line in text.split("\n"))


def format_datetime(value: datetime) -> str:
    """``11/25/2026 9:05 AM``: the same US style as ``format_date``."""
    hour = value.hour % 12 or 12
    return f"{format_date(value.date())} {hour}:{value.minute:02d} {'AM' if value.hour < 12 else 'PM'}"


def make_style(name: str, size: float, *, bold: bool = False, color: Any = INK, **kw: Any) -> ParagraphStyle:
    return ParagraphStyle(
        name, fontName=BOLD if bold else FONT, fontSize=size, leading=size * 1.25, textColor=color, **kw
    )


S_CLINIC = make_style("clinic", 12.5, bold=True, color=ACCENT)
S_SUB = make_style("sub", 8, color=MUTED)
S_PREPARED = make_style("prepared", 8.5, color=MUTED, alignment=TA_RIGHT)
S_ANSWERED_IN = make_style("answeredIn", 10, bold=True, alignment=TA_RIGHT)
S_NAME = make_style("name", 15, bold=True)
S_FIELD_LABEL = make_style("field_label", 7, color=MUTED)
S_FIELD = make_style("field", 10, bold=True)
S_HEADING = make_style("heading", 9.5, bold=True, color=ACCENT)
S_LABEL = make_style("label", 8.5, color=MUTED)
S_VALUE = make_style("value", 9.5)
S_BLANK = make_style("blank", 9.5, color=MUTED)
S_VALUE_BOLD = make_style("value_bold", 9.5, bold=True)
S_TH = make_style("th", 8, bold=True, color=MUTED)
# The urgent box's title is white on a solid red band: it is the first thing the eye finds on
# the page, also from a black-and-white printer (a dark band with white letters).
S_URGENT_HEAD = make_style("urgent_head", 11, bold=True, color=colors.white)
S_URGENT_GROUP = make_style("urgent_group", 8, bold=True, color=MUTED, spaceBefore=3)
S_URGENT_ITEM = make_style("urgent_item", 10, bold=True, leftIndent=10, bulletIndent=0, bulletFontName=BOLD)
S_CONT = make_style("continued", 8.5, color=MUTED)


def set_style(table: Table, commands: Sequence[tuple[Any, ...]]) -> None:
    """Style a table; its own font is DejaVu too, so no built-in font creeps into the PDF."""
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands]))


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of plain text (never markup): everything typed is escaped here."""
    return Paragraph(markup(text), style)


@dataclass(frozen=True)
class Words:
    """The sheet's own wording, translated once per build."""

    tr: Translate

    def __call__(self, text: str) -> str:
        return self.tr(CONTEXT, text)
