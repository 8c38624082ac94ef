"""The sheet's blocks: the header, the urgent box, severity with its bars, relief, answer tables."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Paragraph,
    Spacer,
    Table,
)

from spineprep.catalogue import FLAG_LEVELS, QT_TRANSLATE_NOOP, FlagLevel, Outcome, flags_at
from spineprep.intake import Intake
from spineprep.language import Language
from spineprep.settings import Settings
from spineprep.sheet.pain_bar import PainBar
from spineprep.sheet.style import (
    ACCENT,
    HEAD_BG,
    INK,
    LABEL_W,
    MUTED,
    RULE,
    S_ANSWERED_IN,
    S_BLANK,
    S_CLINIC,
    S_FIELD,
    S_FIELD_LABEL,
    S_HEADING,
    S_LABEL,
    S_NAME,
    S_PREPARED,
    S_SUB,
    S_TH,
    S_URGENT_GROUP,
    S_URGENT_HEAD,
    S_URGENT_ITEM,
    S_VALUE,
    S_VALUE_BOLD,
    URGENT,
    URGENT_BG,
    Words,
    markup,
    para,
    set_style,
)
from spineprep.summary import Row, Section, format_date


def heading_block(title: str) -> Table:
    t = Table([[para(title, S_HEADING)]], colWidths=["100%"])
    set_style(
        t,
        [
            ("BACKGROUND", (0, 0), (-1, -1), HEAD_BG),
            ("LINEBELOW", (0, 0), (-1, -1), 0.8, ACCENT),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ],
    )
    return t


def section_start(title: str) -> list[Flowable]:
    """A section heading that is never left alone at the foot of a page.

    A page break when little room is left, rather than keepWithNext: that would glue the
    heading to the whole section and push a long one to the next page, leaving a gap.
    """
    return [CondPageBreak(54), heading_block(title)]


ROW_STYLE = [
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
]


def value_cells(row: Row) -> list[Flowable]:
    """An answer as one Paragraph per typed line.

    Separate paragraphs rather than <br/>: a page break between them then starts the next
    page on text, where a split inside one paragraph can open the next page with a blank line.
    """
    style = S_VALUE if row.answered else S_BLANK
    lines = row.value.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return [para(line, style) if line.strip() else Spacer(1, style.leading) for line in lines]


class AnswerTable(Table):  # type: ignore[misc]  # reportlab is untyped
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
                first[0] = Paragraph(self.continued.format(label.text), S_LABEL)
                rest._cellvalues[0] = first
                # The split fixed this row's height; let it grow if the new label is taller.
                rest._argH = rest._rowHeights = [None, *list(rest._argH)[1:]]
        return parts


def rows_table(rows: Sequence[Row], width: float, w: Words) -> Table:
    """Question | answer rows; a long answer splits across pages inside its row."""
    data = [[para(r.label, S_LABEL), value_cells(r)] for r in rows]
    # splitInRow lets one long free-text answer continue on the next page instead of being
    # pushed whole to it (or clipped when it is taller than a page); 30 pt keeps at least
    # two lines on either side of the break.
    t = AnswerTable(data, colWidths=[LABEL_W, width - LABEL_W], splitByRow=1, splitInRow=30, hAlign="LEFT")
    t.continued = markup(w(QT_TRANSLATE_NOOP("Sheet", "{0} (continued)")))
    set_style(t, ROW_STYLE)
    return t


#: Said on the sheet when the patient answered in another language than the sheet's: the
#: physician knows the typed answers are in that language (and may want an interpreter).
ANSWERED_IN = {
    Language.ENGLISH: QT_TRANSLATE_NOOP("Sheet", "Patient answered in English"),
    Language.SPANISH: QT_TRANSLATE_NOOP("Sheet", "Patient answered in Spanish"),
}


def header_block(
    about: dict[str, Row], settings: Settings, now: datetime, w: Words, width: float, answered_in: str
) -> list[Flowable]:
    clinic = [para(settings.clinic_name, S_CLINIC)]
    sub = w(QT_TRANSLATE_NOOP("Sheet", "Lower-back spasms · patient intake summary"))
    if settings.clinic_phone.strip():
        sub = f"{settings.clinic_phone.strip()} · {sub}"
    clinic.append(para(sub, S_SUB))
    prepared = w(QT_TRANSLATE_NOOP("Sheet", "Prepared {0}")).format(format_date(now.date()))
    right = [para(prepared, S_PREPARED)]
    if answered_in:
        right.append(para(answered_in, S_ANSWERED_IN))
    top = Table([[clinic, right]], colWidths=[width * 0.7, width * 0.3])
    set_style(
        top,
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("LINEBELOW", (0, 0), (-1, -1), 1.5, ACCENT),
        ],
    )

    def field(label: str, row: Row, blank: str | None = None) -> list[Paragraph]:
        text = row.value if row.answered or blank is None else blank
        return [para(label.upper(), S_FIELD_LABEL), para(text, S_FIELD if row.answered else S_BLANK)]

    not_given = w(QT_TRANSLATE_NOOP("Sheet", "Not given"))
    cells = [
        field(w(QT_TRANSLATE_NOOP("Sheet", "Patient")), about["full_name"]),
        field(w(QT_TRANSLATE_NOOP("Sheet", "Date of birth (age)")), about["birth"]),
        field(w(QT_TRANSLATE_NOOP("Sheet", "Appointment")), about["appointment"], not_given),
        field(w(QT_TRANSLATE_NOOP("Sheet", "Physician")), about["physician"], not_given),
    ]
    cells[0][1] = para(about["full_name"].value, S_NAME)
    person = Table([cells], colWidths=[width * 0.42, width * 0.22, width * 0.14, width * 0.22])
    set_style(
        person,
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ("LINEBELOW", (0, 0), (-1, -1), 0.8, RULE),
        ],
    )
    return [top, person, Spacer(1, 8)]


def severity_block(section: Section, intake: Intake, width: float) -> list[Flowable]:
    scores = {"pain_now": intake.severity.pain_now, "pain_worst": intake.severity.pain_worst}
    text_w = max(PainBar.text_width(r.value) for r in section.rows if r.item in scores)
    data: list[list[Any]] = []
    for row in section.rows:
        value: Flowable | list[Flowable] = (
            PainBar(scores[row.item], row.value, text_w) if row.item in scores else value_cells(row)
        )
        data.append([para(row.label, S_LABEL), value])
    label_w = 100.0
    t = Table(data, colWidths=[label_w, width - label_w], hAlign="LEFT")
    set_style(t, [*ROW_STYLE, ("VALIGN", (0, 0), (-1, 1), "MIDDLE")])
    return [heading_block(section.title), t]


# What each level's group in the flags box is called on the sheet.
LEVEL_TITLES = {
    # What the level means, not what the patient was told: that differs at home and at the kiosk.
    FlagLevel.EMERGENCY: QT_TRANSLATE_NOOP("Sheet", "Emergency: care within hours"),
    FlagLevel.CALL_TODAY: QT_TRANSLATE_NOOP("Sheet", "Same day: see a clinician today"),
    FlagLevel.FOR_PHYSICIAN: QT_TRANSLATE_NOOP("Sheet", "For the physician (no alarm shown)"),
}


def urgent_block(section: Section, intake: Intake, w: Words) -> list[Flowable]:
    if not intake.urgent.flags:
        # No box at all: only a quiet line, so "asked, none reported" differs from "not asked".
        row = section.rows[0]
        return [para(section.title, S_LABEL), para(row.value, S_VALUE if row.answered else S_BLANK)]
    # Red when the patient was told to act; dark ink when the flags are only for the physician
    # (still boxed and first on the page, but not an alarm).
    alarming = intake.urgent.alarming
    colour = URGENT if alarming else INK
    title = (
        "⚠ " + w(QT_TRANSLATE_NOOP("Sheet", "URGENT SYMPTOMS REPORTED"))
        if alarming
        else w(QT_TRANSLATE_NOOP("Sheet", "RED FLAGS TO REVIEW"))
    )
    labels = {r.item: r.label for r in section.rows}
    cells: list[list[Any]] = [[para(title, S_URGENT_HEAD)]]
    for level in FLAG_LEVELS:
        flags = flags_at(level, intake.urgent.flags)
        if flags:
            cells.append([para(w(LEVEL_TITLES[level]), S_URGENT_GROUP)])
            cells += [
                [Paragraph(markup(labels[f"urgent:{f.value}"]), S_URGENT_ITEM, bulletText="•")] for f in flags
            ]
    box = Table(cells, colWidths=["100%"])
    set_style(
        box,
        [
            ("BOX", (0, 0), (-1, -1), 3, colour),
            ("BACKGROUND", (0, 0), (-1, -1), URGENT_BG if alarming else HEAD_BG),
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


def relief_block(section: Section, intake: Intake, w: Words, width: float) -> list[Flowable]:
    """Treatment | Tried | Helped: each tried treatment on its own row, the rest grouped below."""
    treatments = [r for r in section.rows if r.item.startswith("relief:")]
    others = [r for r in section.rows if not r.item.startswith("relief:")]
    out: list[Flowable] = section_start(section.title)
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
        data: list[list[Any]] = [[para(text, S_TH) for text in header]]
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
                    [para(r.label, S_VALUE_BOLD), para(yes, S_VALUE), para(helped[outcome], S_VALUE_BOLD)]
                )
            else:
                not_tried.append(r.label)
        sep = w(QT_TRANSLATE_NOOP("Sheet", "; "))
        if not_tried:
            no = w(QT_TRANSLATE_NOOP("Sheet", "No"))
            data.append([para(sep.join(not_tried), S_BLANK), para(no, S_BLANK), para("—", S_BLANK)])
        if blank:
            data.append([para(sep.join(r.label for r in blank), S_BLANK), value_cells(blank[0]), ""])
        t = Table(data, colWidths=[270, 70, width - 340], repeatRows=1, hAlign="LEFT")
        style = [*ROW_STYLE, ("LINEBELOW", (0, 0), (-1, 0), 0.8, MUTED)]
        if blank:
            style.append(("SPAN", (1, -1), (2, -1)))
        set_style(t, style)
        out.append(t)
    out.append(rows_table(others, width, w))
    return out


def strip_block(section: Section, width: float) -> list[Flowable]:
    """Short answers side by side, label over value, to save the page's height."""
    n = len(section.rows)
    cells = [[para(r.label.upper(), S_FIELD_LABEL), *value_cells(r)] for r in section.rows]
    t = Table([cells], colWidths=[width / n] * n, hAlign="LEFT")
    set_style(t, ROW_STYLE)
    return [heading_block(section.title), t]


def section_block(section: Section, width: float, w: Words) -> list[Flowable]:
    return [*section_start(section.title), rows_table(section.rows, width, w)]
