"""The physician's summary sheet: Intake + clinic settings -> PDF bytes, with reportlab (no Qt)."""

from __future__ import annotations

import functools
import io
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from spineprep import DOCUMENT_TITLE
from spineprep.catalogue import FLAG_LEVELS, QT_TRANSLATE_NOOP, Band, FlagLevel, Outcome, band, flags_at
from spineprep.intake import Intake
from spineprep.language import Language
from spineprep.resources import resource
from spineprep.settings import Paper, Settings
from spineprep.summary import Audience, Row, Section, Translate, format_date, no_translate, summarise

#: Translation context of the sheet's own wording.
CONTEXT = "Sheet"
#: PDF title metadata: generic on purpose, so a file list or print queue never shows a patient's name.
PDF_TITLE = DOCUMENT_TITLE

FONT = "DejaVuSans"
BOLD = "DejaVuSans-Bold"

_PAGE_SIZES = {Paper.LETTER: LETTER, Paper.A4: A4}
_MARGIN = 36.0  # half an inch: clinic printers reliably print that close to the edge
_FOOTER_H = 26.0
_LABEL_W = 118.0  # width of the question column in label/value tables

# Colours. Band tints and the red box help at a glance, but every cue is also a word or a
# heavy outline, so the sheet still reads on a black-and-white printer.
_INK = colors.HexColor("#1B1F23")
_MUTED = colors.HexColor("#5F6670")
_RULE = colors.HexColor("#D5D9DE")
_ACCENT = colors.HexColor("#1F3A5F")
_HEAD_BG = colors.HexColor("#E9EEF4")
_URGENT = colors.HexColor("#B3261E")
_URGENT_BG = colors.HexColor("#FCE8E6")
_BAND_TINT = {
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


def _style(name: str, size: float, *, bold: bool = False, color: Any = _INK, **kw: Any) -> ParagraphStyle:
    return ParagraphStyle(
        name, fontName=BOLD if bold else FONT, fontSize=size, leading=size * 1.25, textColor=color, **kw
    )


_S_CLINIC = _style("clinic", 12.5, bold=True, color=_ACCENT)
_S_SUB = _style("sub", 8, color=_MUTED)
_S_PREPARED = _style("prepared", 8.5, color=_MUTED, alignment=TA_RIGHT)
_S_ANSWERED_IN = _style("answeredIn", 10, bold=True, alignment=TA_RIGHT)
_S_NAME = _style("name", 15, bold=True)
_S_FIELD_LABEL = _style("field_label", 7, color=_MUTED)
_S_FIELD = _style("field", 10, bold=True)
_S_HEADING = _style("heading", 9.5, bold=True, color=_ACCENT)
_S_LABEL = _style("label", 8.5, color=_MUTED)
_S_VALUE = _style("value", 9.5)
_S_BLANK = _style("blank", 9.5, color=_MUTED)
_S_VALUE_BOLD = _style("value_bold", 9.5, bold=True)
_S_TH = _style("th", 8, bold=True, color=_MUTED)
# The urgent box's title is white on a solid red band: it is the first thing the eye finds on
# the page, also from a black-and-white printer (a dark band with white letters).
_S_URGENT_HEAD = _style("urgent_head", 11, bold=True, color=colors.white)
_S_URGENT_GROUP = _style("urgent_group", 8, bold=True, color=_MUTED, spaceBefore=3)
_S_URGENT_ITEM = _style("urgent_item", 10, bold=True, leftIndent=10, bulletIndent=0, bulletFontName=BOLD)
_S_CONT = _style("continued", 8.5, color=_MUTED)


def _set_style(table: Table, commands: Sequence[tuple[Any, ...]]) -> None:
    """Style a table; its own font is DejaVu too, so no built-in font creeps into the PDF."""
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands]))


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of plain text (never markup): everything typed is escaped here."""
    return Paragraph(markup(text), style)


# --- Pieces of the page ------------------------------------------------------------------


@dataclass(frozen=True)
class _Words:
    """The sheet's own wording, translated once per build."""

    tr: Translate

    def __call__(self, text: str) -> str:
        return self.tr(CONTEXT, text)


class _PainBar(Flowable):  # type: ignore[misc]  # reportlab is untyped
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
            c.setFillColor(_INK if chosen else _BAND_TINT[band(n)])
            c.setStrokeColor(_INK if chosen else colors.white)
            c.rect(n * cell, 0, cell, h, stroke=1, fill=1)
            c.setFillColor(colors.white if chosen else _MUTED)
            size = 7.5 if chosen else 6
            c.setFont(BOLD if chosen else FONT, size)
            c.drawCentredString(n * cell + cell / 2, h / 2 - size * 0.36, str(n))
        if self.score is not None:
            # A notch above the chosen cell: the value stays findable even when photocopied.
            mid = self.score * cell + cell / 2
            c.setFillColor(_INK)
            path = c.beginPath()
            path.moveTo(mid - 3.5, self.HEIGHT)
            path.lineTo(mid + 3.5, self.HEIGHT)
            path.lineTo(mid, h)
            path.close()
            c.drawPath(path, stroke=0, fill=1)
        c.setFillColor(_INK if self.score is not None else _MUTED)
        c.setFont(BOLD if self.score is not None else FONT, self.FONT_SIZE)
        c.drawString(11 * cell + self.GAP, h / 2 - self.FONT_SIZE * 0.36, self.value)


def _heading(title: str) -> Table:
    t = Table([[_p(title, _S_HEADING)]], colWidths=["100%"])
    _set_style(
        t,
        [
            ("BACKGROUND", (0, 0), (-1, -1), _HEAD_BG),
            ("LINEBELOW", (0, 0), (-1, -1), 0.8, _ACCENT),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ],
    )
    return t


def _starts(title: str) -> list[Flowable]:
    """A section heading that is never left alone at the foot of a page.

    A page break when little room is left, rather than keepWithNext: that would glue the
    heading to the whole section and push a long one to the next page, leaving a gap.
    """
    return [CondPageBreak(54), _heading(title)]


_ROW_STYLE = [
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ("LINEBELOW", (0, 0), (-1, -1), 0.4, _RULE),
]


def _value(row: Row) -> list[Flowable]:
    """An answer as one Paragraph per typed line.

    Separate paragraphs rather than <br/>: a page break between them then starts the next
    page on text, where a split inside one paragraph can open the next page with a blank line.
    """
    style = _S_VALUE if row.answered else _S_BLANK
    lines = row.value.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return [_p(line, style) if line.strip() else Spacer(1, style.leading) for line in lines]


class _AnswerTable(Table):  # type: ignore[misc]  # reportlab is untyped
    """Question | answer rows whose long answer may continue on the next page, labelled there.

    reportlab leaves the question cell of a row split across pages empty on the new page;
    a physician reading page 2 alone should still see what the text answers. This touches
    reportlab internals (``_cellvalues``, ``_argH``; same in 4.x and 5.1), so
    test_a_long_note_continues_on_a_second_page_with_the_header_repeated checks it.
    """

    continued = "{0} (continued)"

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        parts: list[Flowable] = super().split(avail_width, avail_height)
        if len(parts) != 2:
            return parts
        done, rest = parts
        for part in parts:
            part.continued = self.continued
        first = list(rest._cellvalues[0])
        if not first[0] and done._cellvalues:
            label = done._cellvalues[-1][0]
            label = label[0] if isinstance(label, (list, tuple)) and label else label
            if isinstance(label, Paragraph):
                first[0] = Paragraph(self.continued.format(label.text), _S_LABEL)
                rest._cellvalues[0] = first
                # The split fixed this row's height; let it grow if the new label is taller.
                rest._argH = rest._rowHeights = [None, *list(rest._argH)[1:]]
        return parts


def _rows_table(rows: Sequence[Row], width: float, w: _Words) -> Table:
    """Question | answer rows; a long answer splits across pages inside its row."""
    data = [[_p(r.label, _S_LABEL), _value(r)] for r in rows]
    # splitInRow lets one long free-text answer continue on the next page instead of being
    # pushed whole to it (or clipped when it is taller than a page); 30 pt keeps at least
    # two lines on either side of the break.
    t = _AnswerTable(data, colWidths=[_LABEL_W, width - _LABEL_W], splitByRow=1, splitInRow=30, hAlign="LEFT")
    t.continued = markup(w(QT_TRANSLATE_NOOP("Sheet", "{0} (continued)")))
    _set_style(t, _ROW_STYLE)
    return t


#: Said on the sheet when the patient answered in another language than the sheet's: the
#: physician knows the typed answers are in that language (and may want an interpreter).
ANSWERED_IN = {
    Language.ENGLISH: QT_TRANSLATE_NOOP("Sheet", "Patient answered in English"),
    Language.SPANISH: QT_TRANSLATE_NOOP("Sheet", "Patient answered in Spanish"),
}


def _header(
    about: dict[str, Row], settings: Settings, now: datetime, w: _Words, width: float, answered_in: str
) -> list[Flowable]:
    clinic = [_p(settings.clinic_name, _S_CLINIC)]
    sub = w(QT_TRANSLATE_NOOP("Sheet", "Lower-back spasms · patient intake summary"))
    if settings.clinic_phone.strip():
        sub = f"{settings.clinic_phone.strip()} · {sub}"
    clinic.append(_p(sub, _S_SUB))
    prepared = w(QT_TRANSLATE_NOOP("Sheet", "Prepared {0}")).format(format_date(now.date()))
    right = [_p(prepared, _S_PREPARED)]
    if answered_in:
        right.append(_p(answered_in, _S_ANSWERED_IN))
    top = Table([[clinic, right]], colWidths=[width * 0.7, width * 0.3])
    _set_style(
        top,
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("LINEBELOW", (0, 0), (-1, -1), 1.5, _ACCENT),
        ],
    )

    def field(label: str, row: Row, blank: str | None = None) -> list[Paragraph]:
        text = row.value if row.answered or blank is None else blank
        return [_p(label.upper(), _S_FIELD_LABEL), _p(text, _S_FIELD if row.answered else _S_BLANK)]

    not_given = w(QT_TRANSLATE_NOOP("Sheet", "Not given"))
    cells = [
        field(w(QT_TRANSLATE_NOOP("Sheet", "Patient")), about["full_name"]),
        field(w(QT_TRANSLATE_NOOP("Sheet", "Date of birth (age)")), about["birth"]),
        field(w(QT_TRANSLATE_NOOP("Sheet", "Appointment")), about["appointment"], not_given),
        field(w(QT_TRANSLATE_NOOP("Sheet", "Physician")), about["physician"], not_given),
    ]
    cells[0][1] = _p(about["full_name"].value, _S_NAME)
    person = Table([cells], colWidths=[width * 0.42, width * 0.22, width * 0.14, width * 0.22])
    _set_style(
        person,
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ("LINEBELOW", (0, 0), (-1, -1), 0.8, _RULE),
        ],
    )
    return [top, person, Spacer(1, 8)]


def _severity(section: Section, intake: Intake, width: float) -> list[Flowable]:
    scores = {"pain_now": intake.severity.pain_now, "pain_worst": intake.severity.pain_worst}
    text_w = max(_PainBar.text_width(r.value) for r in section.rows if r.item in scores)
    data: list[list[Any]] = []
    for row in section.rows:
        value: Flowable | list[Flowable] = (
            _PainBar(scores[row.item], row.value, text_w) if row.item in scores else _value(row)
        )
        data.append([_p(row.label, _S_LABEL), value])
    label_w = 100.0
    t = Table(data, colWidths=[label_w, width - label_w], hAlign="LEFT")
    _set_style(t, [*_ROW_STYLE, ("VALIGN", (0, 0), (-1, 1), "MIDDLE")])
    return [_heading(section.title), t]


# What each level's group in the flags box is called on the sheet.
_LEVEL_TITLES = {
    # What the level means, not what the patient was told: that differs at home and at the kiosk.
    FlagLevel.EMERGENCY: QT_TRANSLATE_NOOP("Sheet", "Emergency: care within hours"),
    FlagLevel.CALL_TODAY: QT_TRANSLATE_NOOP("Sheet", "Same day: see a clinician today"),
    FlagLevel.FOR_PHYSICIAN: QT_TRANSLATE_NOOP("Sheet", "For the physician (no alarm shown)"),
}


def _urgent(section: Section, intake: Intake, w: _Words) -> list[Flowable]:
    if not intake.urgent.flags:
        # No box at all: only a quiet line, so "asked, none reported" differs from "not asked".
        row = section.rows[0]
        return [_p(section.title, _S_LABEL), _p(row.value, _S_VALUE if row.answered else _S_BLANK)]
    # Red when the patient was told to act; dark ink when the flags are only for the physician
    # (still boxed and first on the page, but not an alarm).
    alarming = intake.urgent.alarming
    colour = _URGENT if alarming else _INK
    title = (
        "⚠ " + w(QT_TRANSLATE_NOOP("Sheet", "URGENT SYMPTOMS REPORTED"))
        if alarming
        else w(QT_TRANSLATE_NOOP("Sheet", "RED FLAGS TO REVIEW"))
    )
    labels = {r.item: r.label for r in section.rows}
    cells: list[list[Any]] = [[_p(title, _S_URGENT_HEAD)]]
    for level in FLAG_LEVELS:
        flags = flags_at(level, intake.urgent.flags)
        if flags:
            cells.append([_p(w(_LEVEL_TITLES[level]), _S_URGENT_GROUP)])
            cells += [
                [Paragraph(markup(labels[f"urgent:{f.value}"]), _S_URGENT_ITEM, bulletText="•")]
                for f in flags
            ]
    box = Table(cells, colWidths=["100%"])
    _set_style(
        box,
        [
            ("BOX", (0, 0), (-1, -1), 3, colour),
            ("BACKGROUND", (0, 0), (-1, -1), _URGENT_BG if alarming else _HEAD_BG),
            ("BACKGROUND", (0, 0), (-1, 0), colour),
            ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ("TOPPADDING", (0, 0), (-1, 0), 7),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 4),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
        ],
    )
    return [box]


def _relief(section: Section, intake: Intake, w: _Words, width: float) -> list[Flowable]:
    """Treatment | Tried | Helped: each tried treatment on its own row, the rest grouped below."""
    treatments = [r for r in section.rows if r.item.startswith("relief:")]
    others = [r for r in section.rows if not r.item.startswith("relief:")]
    out: list[Flowable] = _starts(section.title)
    if treatments:
        helped = {
            Outcome.HELPED_A_LOT: w(QT_TRANSLATE_NOOP("Sheet", "A lot")),
            Outcome.HELPED_A_LITTLE: w(QT_TRANSLATE_NOOP("Sheet", "A little")),
            Outcome.NO_HELP: w(QT_TRANSLATE_NOOP("Sheet", "No")),
        }
        header = [
            w(QT_TRANSLATE_NOOP("Sheet", "Treatment")),
            w(QT_TRANSLATE_NOOP("Sheet", "Tried")),
            w(QT_TRANSLATE_NOOP("Sheet", "Helped")),
        ]
        data: list[list[Any]] = [[_p(text, _S_TH) for text in header]]
        # Untried and unanswered treatments share one row each: the physician acts on what
        # was tried, and eleven near-empty rows would push the notes off the page.
        not_tried: list[str] = []
        blank: list[Row] = []
        outcomes = {f"relief:{t.value}": o for t, o in intake.relief.outcomes.items()}
        for r in treatments:
            outcome = outcomes.get(r.item)
            if outcome is None:
                blank.append(r)
            elif outcome.tried:
                yes = w(QT_TRANSLATE_NOOP("Sheet", "Yes"))
                data.append(
                    [_p(r.label, _S_VALUE_BOLD), _p(yes, _S_VALUE), _p(helped[outcome], _S_VALUE_BOLD)]
                )
            else:
                not_tried.append(r.label)
        sep = w(QT_TRANSLATE_NOOP("Sheet", "; "))
        if not_tried:
            no = w(QT_TRANSLATE_NOOP("Sheet", "No"))
            data.append([_p(sep.join(not_tried), _S_BLANK), _p(no, _S_BLANK), _p("—", _S_BLANK)])
        if blank:
            data.append([_p(sep.join(r.label for r in blank), _S_BLANK), _value(blank[0]), ""])
        t = Table(data, colWidths=[270, 70, width - 340], repeatRows=1, hAlign="LEFT")
        style = [*_ROW_STYLE, ("LINEBELOW", (0, 0), (-1, 0), 0.8, _MUTED)]
        if blank:
            style.append(("SPAN", (1, -1), (2, -1)))
        _set_style(t, style)
        out.append(t)
    out.append(_rows_table(others, width, w))
    return out


def _strip(section: Section, width: float) -> list[Flowable]:
    """Short answers side by side, label over value, to save the page's height."""
    n = len(section.rows)
    cells = [[_p(r.label.upper(), _S_FIELD_LABEL), *_value(r)] for r in section.rows]
    t = Table([cells], colWidths=[width / n] * n, hAlign="LEFT")
    _set_style(t, _ROW_STYLE)
    return [_heading(section.title), t]


def _section(section: Section, width: float, w: _Words) -> list[Flowable]:
    return [*_starts(section.title), _rows_table(section.rows, width, w)]


# --- Pages -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Footer:
    """The foot of every page: the disclaimer left; generation time and "page N of M" right."""

    disclaimer: str
    generated: str
    page_label: str  # "page {0} of {1}"

    def draw(self, canvas: Canvas, page: int, total: int) -> None:
        width = canvas._pagesize[0]
        canvas.saveState()
        canvas.setStrokeColor(_RULE)
        canvas.setLineWidth(0.6)
        canvas.line(_MARGIN, _MARGIN + 10, width - _MARGIN, _MARGIN + 10)
        canvas.setFillColor(_MUTED)
        canvas.setFont(BOLD, 7.5)
        canvas.drawString(_MARGIN, _MARGIN, self.disclaimer)
        canvas.setFont(FONT, 7.5)
        right = f"{self.generated}   {self.page_label.format(page, total)}"
        canvas.drawRightString(width - _MARGIN, _MARGIN, right)
        canvas.restoreState()


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
    """Holds every page until the end so each can say "page N of M" with the real M."""

    def __init__(self, *args: Any, footer: _Footer, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._footer = footer

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._footer.draw(self, self._pageNumber, total)
            super().showPage()
        super().save()


def build_sheet(
    intake: Intake,
    settings: Settings,
    *,
    now: datetime | None = None,
    tr: Translate = no_translate,
) -> bytes:
    """The one-page (more only if the answers need it) physician sheet as PDF bytes.

    ``tr`` translates into the clinic's language (``settings.clinic_language``), whatever
    language the patient answered in; what the patient typed is printed as typed.
    """
    register_fonts()
    now = now or datetime.now()
    w = _Words(tr)
    sheet_language = settings.sheet_language()
    answered_in = w(ANSWERED_IN[intake.language]) if intake.language != sheet_language else ""
    sections = {s.key: s for s in summarise(intake, now.date(), Audience.PHYSICIAN, tr)}
    about = {r.item: r for r in sections["about"].rows}

    page_w, page_h = _PAGE_SIZES[settings.paper]
    width = page_w - 2 * _MARGIN

    # Pages after the first repeat who this is, so a loose page 2 still belongs to its patient.
    continued = Paragraph(
        f"<b>{markup(settings.clinic_name)}</b> · <b>{markup(about['full_name'].value)}</b> · "
        + markup(w(QT_TRANSLATE_NOOP("Sheet", "DOB {0}")).format(about["birth"].value))
        + " · "
        + markup(w(QT_TRANSLATE_NOOP("Sheet", "continued"))),
        _S_CONT,
    )
    _, cont_h = continued.wrap(width, page_h)
    cont_h += 10

    footer = _Footer(
        w(QT_TRANSLATE_NOOP("Sheet", "Patient-reported answers, not a diagnosis.")),
        w(QT_TRANSLATE_NOOP("Sheet", "Generated {0} by SpinePrep")).format(format_datetime(now)),
        w(QT_TRANSLATE_NOOP("Sheet", "page {0} of {1}")),
    )

    def on_later_page(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        continued.drawOn(canvas, _MARGIN, page_h - _MARGIN - cont_h + 10)
        canvas.setStrokeColor(_ACCENT)
        canvas.setLineWidth(1)
        canvas.line(_MARGIN, page_h - _MARGIN - cont_h + 6, page_w - _MARGIN, page_h - _MARGIN - cont_h + 6)
        canvas.restoreState()

    body_bottom = _MARGIN + _FOOTER_H
    first = Frame(_MARGIN, body_bottom, width, page_h - _MARGIN - body_bottom, 0, 0, 0, 0, id="first")
    later = Frame(
        _MARGIN, body_bottom, width, page_h - _MARGIN - cont_h - body_bottom, 0, 0, 0, 0, id="later"
    )
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out,
        pagesize=(page_w, page_h),
        leftMargin=_MARGIN,
        rightMargin=_MARGIN,
        topMargin=_MARGIN,
        bottomMargin=_MARGIN,
        title=PDF_TITLE,
        author="SpinePrep",
        creator="SpinePrep",
        subject="",
        lang=f"{sheet_language.value}-US",
        displayDocTitle=True,
        initialFontName=FONT,
        pageTemplates=[
            PageTemplate("first", [first]),
            PageTemplate("later", [later], onPage=on_later_page),
        ],
    )

    left_w = width * 0.64
    right_w = width - left_w
    # Severity and frequency share the left column beside the urgent box, so a tall box
    # (several flags) does not push the rest of the sheet down.
    left = [
        *_severity(sections["severity"], intake, left_w - 10),
        Spacer(1, 8),
        *_strip(sections["frequency"], left_w - 10),
    ]
    top = Table(
        [[left, _urgent(sections["urgent"], intake, w)]],
        colWidths=[left_w, right_w],
    )
    _set_style(
        top,
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("RIGHTPADDING", (0, 0), (0, -1), 10),
            ("LEFTPADDING", (1, 0), (1, -1), 0),
            ("RIGHTPADDING", (1, 0), (1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
        ],
    )
    gap = Spacer(1, 8)
    story: list[Flowable] = [
        NextPageTemplate("later"),
        *_header(about, settings, now, w, width, answered_in),
        top,
        gap,
        *_section(sections["onset"], width, w),
        gap,
        *_relief(sections["relief"], intake, w, width),
        gap,
        *_section(sections["notes"], width, w),
    ]
    doc.build(story, canvasmaker=functools.partial(_NumberedCanvas, footer=footer))
    return out.getvalue()


__all__ = ["PDF_TITLE", "build_sheet", "format_datetime", "markup", "register_fonts"]
