"""The sheet's pages: the frame, the footer with "page N of M", and ``build_sheet``."""

from __future__ import annotations

import functools
import io
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)
from reportlab.platypus.doctemplate import LayoutError

from spineprep.catalogue import QT_TRANSLATE_NOOP
from spineprep.intake import Intake
from spineprep.settings import Settings
from spineprep.sheet.fit import SHORTENED, fitted
from spineprep.sheet.sections import (
    ANSWERED_IN,
    header_block,
    relief_block,
    section_block,
    severity_block,
    strip_block,
    urgent_block,
)
from spineprep.sheet.style import (
    ACCENT,
    BOLD,
    FONT,
    FOOTER_H,
    MARGIN,
    MUTED,
    PAGE_SIZES,
    PDF_TITLE,
    RULE,
    S_CONT,
    Words,
    format_datetime,
    markup,
    register_fonts,
    set_style,
)
from spineprep.summary import Audience, Translate, no_translate, summarise


@dataclass(frozen=True)
class Footer:
    """The foot of every page: the disclaimer left; generation time and "page N of M" right."""

    disclaimer: str
    generated: str
    page_label: str  # "page {0} of {1}"

    def draw(self, canvas: Canvas, page: int, total: int) -> None:
        width = canvas._pagesize[0]
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, MARGIN + 10, width - MARGIN, MARGIN + 10)
        canvas.setFillColor(MUTED)
        canvas.setFont(BOLD, 7.5)
        canvas.drawString(MARGIN, MARGIN, self.disclaimer)
        canvas.setFont(FONT, 7.5)
        right = f"{self.generated}   {self.page_label.format(page, total)}"
        canvas.drawRightString(width - MARGIN, MARGIN, right)
        canvas.restoreState()


class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
    """Holds every page until the end so each can say "page N of M" with the real M."""

    def __init__(self, *args: Any, footer: Footer, **kwargs: Any) -> None:
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
    """The one-page (more only if the answers need it, never more than ``fit.MAX_PAGES``)
    physician sheet as PDF bytes.

    ``tr`` translates into the clinic's language (``settings.clinic_language``), whatever
    language the patient answered in; what the patient typed is printed as typed, unless it
    would run past the page limit (see fit.py).
    """
    register_fonts()
    when = now or datetime.now()

    def layout(shown: Intake) -> tuple[bytes, int] | None:
        try:
            return _layout(shown, settings, when, tr)
        except LayoutError:  # one answer taller than a page
            return None

    return fitted(intake, layout, Words(tr)(SHORTENED))


def _layout(intake: Intake, settings: Settings, now: datetime, tr: Translate) -> tuple[bytes, int]:
    """The sheet laid out as the answers are: its bytes and how many pages it took."""
    w = Words(tr)
    sheet_language = settings.sheet_language()
    answered_in = w(ANSWERED_IN[intake.language]) if intake.language != sheet_language else ""
    sections = {s.key: s for s in summarise(intake, now.date(), Audience.PHYSICIAN, tr)}
    about = {r.item: r for r in sections["about"].rows}

    page_w, page_h = PAGE_SIZES[settings.paper]
    width = page_w - 2 * MARGIN

    # Pages after the first repeat who this is, so a loose page 2 still belongs to its patient.
    continued = Paragraph(
        f"<b>{markup(settings.clinic_name)}</b> · <b>{markup(about['full_name'].value)}</b> · "
        + markup(w(QT_TRANSLATE_NOOP("Sheet", "DOB {0}")).format(about["birth"].value))
        + " · "
        + markup(w(QT_TRANSLATE_NOOP("Sheet", "continued"))),
        S_CONT,
    )
    _, cont_h = continued.wrap(width, page_h)
    cont_h += 10

    footer = Footer(
        w(QT_TRANSLATE_NOOP("Sheet", "Patient-reported answers, not a diagnosis.")),
        w(QT_TRANSLATE_NOOP("Sheet", "Generated {0} by SpinePrep")).format(format_datetime(now)),
        w(QT_TRANSLATE_NOOP("Sheet", "page {0} of {1}")),
    )

    def on_later_page(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        continued.drawOn(canvas, MARGIN, page_h - MARGIN - cont_h + 10)
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(1)
        canvas.line(MARGIN, page_h - MARGIN - cont_h + 6, page_w - MARGIN, page_h - MARGIN - cont_h + 6)
        canvas.restoreState()

    body_bottom = MARGIN + FOOTER_H
    first = Frame(MARGIN, body_bottom, width, page_h - MARGIN - body_bottom, 0, 0, 0, 0, id="first")
    later = Frame(MARGIN, body_bottom, width, page_h - MARGIN - cont_h - body_bottom, 0, 0, 0, 0, id="later")
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out,
        pagesize=(page_w, page_h),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
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
        *severity_block(sections["severity"], intake, left_w - 10),
        Spacer(1, 8),
        *strip_block(sections["frequency"], left_w - 10),
    ]
    top = Table(
        [[left, urgent_block(sections["urgent"], intake, w)]],
        colWidths=[left_w, right_w],
    )
    set_style(
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
        *header_block(about, settings, now, w, width, answered_in),
        top,
        gap,
        *section_block(sections["onset"], width, w),
        gap,
        *relief_block(sections["relief"], intake, w, width),
        gap,
        *section_block(sections["notes"], width, w),
    ]
    doc.build(story, canvasmaker=functools.partial(NumberedCanvas, footer=footer))
    return out.getvalue(), int(doc.page)
