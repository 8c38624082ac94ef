"""Every answer of an Intake as human text, grouped by question: for the Review page and the sheet."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from spineprep import catalogue as cat
from spineprep.catalogue import (
    QT_TRANSLATE_NOOP,
    AgoUnit,
    Circumstance,
    Condition,
    OnsetKind,
    Option,
    Outcome,
    Treatment,
    band,
)
from spineprep.intake import Intake, PartialDate, age_on, clean_text

#: Translation context of the wording defined in this module.
CONTEXT = "Summary"

Translate = Callable[[str, str], str]
"""``(context, source_text) -> translated text``; the UI passes ``QCoreApplication.translate``."""


DateText = Callable[[date], str]
"""How a date reads: the sheet uses ``format_date``; the review page the patient's locale."""


def no_translate(context: str, text: str) -> str:
    """The English source text unchanged (the default, and what the sheet prints today)."""
    return text


class Audience(StrEnum):
    """Who reads the summary: the patient sees ``option.label``, the physician ``option.sheet``."""

    PATIENT = "patient"
    PHYSICIAN = "physician"


@dataclass(frozen=True)
class Row:
    """One answer: what was asked, the answer as text, and whether it was answered at all.

    ``item`` names the intake item the row shows (the same names ``Problem.item`` uses, or
    ``"relief:<code>"`` / ``"urgent:<code>"`` for one treatment or symptom), so a page or the
    sheet can find a row without matching translated labels.
    """

    label: str
    value: str
    answered: bool
    item: str = ""


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    rows: tuple[Row, ...]


# --- Formatting helpers ------------------------------------------------------------------


def format_date(value: date) -> str:
    """A date as the clinic reads it: US month/day/year for now (one place to change it)."""
    return f"{value.month}/{value.day}/{value.year}"


def _typed_date(parts: PartialDate, w: _Words) -> str | None:
    """A typed date as text; a date that does not parse is shown as typed, never dropped."""
    if parts.is_blank():
        return None
    parsed = parts.parse()
    if parsed is not None:
        return w.date(parsed)
    return "/".join(p.strip() or "?" for p in (parts.month, parts.day, parts.year))


def _text(value: str) -> str | None:
    """Free text as shown: NFC, trimmed; None when there is nothing but blanks."""
    cleaned = clean_text(value).strip()
    return cleaned or None


class _Words:
    """Option and summary wording for one audience, translated."""

    def __init__(self, audience: Audience, tr: Translate, date_text: DateText = format_date) -> None:
        self.audience = audience
        self.tr = tr
        self.date = date_text

    def own(self, text: str) -> str:
        return self.tr(CONTEXT, text)

    def option(self, option: Option) -> str:
        source = option.sheet if self.audience is Audience.PHYSICIAN else option.label
        return self.tr(cat.CONTEXT, source)

    def option_with_other(self, option: Option, other: str) -> str:
        """``"Something else: gardening"`` for an "other" option with typed text."""
        typed = _text(other) if option.value == "other" else None
        if typed is None:
            return self.option(option)
        return self.own(QT_TRANSLATE_NOOP("Summary", "{0}: {1}")).format(self.option(option), typed)

    def options(self, chosen: Iterable[Option], every: Iterable[Option], other: str = "") -> str | None:
        """Chosen options in catalogue order (not the order they were ticked), joined."""
        picked = set(chosen)
        parts = [self.option_with_other(o, other) for o in every if o in picked]
        return self.own(QT_TRANSLATE_NOOP("Summary", "; ")).join(parts) if parts else None

    def pain(self, score: int | None) -> str | None:
        if score is None:
            return None
        return self.own(QT_TRANSLATE_NOOP("Summary", "{0} / 10 ({1})")).format(
            score, self.tr(cat.CONTEXT, band(score).label)
        )


# Singular forms for "1 week ago": the catalogue only carries the plural unit words.
_ONE_UNIT_AGO = {
    AgoUnit.DAYS: QT_TRANSLATE_NOOP("Summary", "day ago"),
    AgoUnit.WEEKS: QT_TRANSLATE_NOOP("Summary", "week ago"),
    AgoUnit.MONTHS: QT_TRANSLATE_NOOP("Summary", "month ago"),
    AgoUnit.YEARS: QT_TRANSLATE_NOOP("Summary", "year ago"),
}


def _duration(intake: Intake, w: _Words) -> str | None:
    f = intake.frequency
    if not f.duration_applies():
        return w.own(QT_TRANSLATE_NOOP("Summary", "Does not apply (constant)"))
    return None if f.duration is None else w.option(f.duration)


def _onset(intake: Intake, today: date, w: _Words) -> str | None:
    o = intake.onset
    if o.kind is OnsetKind.DATE:
        typed = _typed_date(o.start, w)
        return None if typed is None else w.own(QT_TRANSLATE_NOOP("Summary", "On {0}")).format(typed)
    if o.kind is OnsetKind.AGO and o.ago_amount is not None and o.ago_unit is not None:
        unit = w.own(_ONE_UNIT_AGO[o.ago_unit]) if o.ago_amount == 1 else w.option(o.ago_unit)
        start = o.approximate_start(today)
        around = w.date(start) if start is not None and start != date.min else "?"
        return w.own(QT_TRANSLATE_NOOP("Summary", "About {0} {1} (around {2})")).format(
            o.ago_amount, unit, around
        )
    return None


def _birth(intake: Intake, today: date, w: _Words) -> str | None:
    typed = _typed_date(intake.patient.birth, w)
    born = intake.patient.birth.parse()
    if typed is None or born is None or born > today:
        return typed
    return w.own(QT_TRANSLATE_NOOP("Summary", "{0} (age {1})")).format(typed, age_on(born, today))


# --- The table: one entry per row, in the order it is read --------------------------------

_Value = Callable[[Intake, date, _Words], str | None]


@dataclass(frozen=True)
class _Item:
    item: str
    patient: tuple[str, str]  # (context, source text) of the label the patient reads
    physician: tuple[str, str]  # the physician's (often shorter) label
    value: _Value


def _cat(text: str) -> tuple[str, str]:
    return (cat.CONTEXT, text)


def _own(text: str) -> tuple[str, str]:
    return (CONTEXT, text)


def _same(text: str) -> tuple[tuple[str, str], tuple[str, str]]:
    return _cat(text), _cat(text)


_ITEMS: dict[str, tuple[_Item, ...]] = {
    "about": (
        _Item(
            "full_name",
            _own(QT_TRANSLATE_NOOP("Summary", "Your name")),
            _own(QT_TRANSLATE_NOOP("Summary", "Name")),
            lambda i, t, w: _text(i.patient.full_name),
        ),
        _Item(
            "birth",
            _own(QT_TRANSLATE_NOOP("Summary", "Date of birth")),
            _own(QT_TRANSLATE_NOOP("Summary", "DOB")),
            _birth,
        ),
        _Item(
            "appointment",
            _own(QT_TRANSLATE_NOOP("Summary", "Appointment date")),
            _own(QT_TRANSLATE_NOOP("Summary", "Appointment")),
            lambda i, t, w: _typed_date(i.patient.appointment, w),
        ),
        _Item(
            "physician",
            _own(QT_TRANSLATE_NOOP("Summary", "Doctor you will see")),
            _own(QT_TRANSLATE_NOOP("Summary", "Physician")),
            lambda i, t, w: _text(i.patient.physician),
        ),
    ),
    "severity": (
        _Item(
            "pain_now",
            _cat(cat.PAIN_NOW),
            _own(QT_TRANSLATE_NOOP("Summary", "Pain now")),
            lambda i, t, w: w.pain(i.severity.pain_now),
        ),
        _Item(
            "pain_worst",
            _cat(cat.PAIN_WORST),
            _own(QT_TRANSLATE_NOOP("Summary", "Worst, past 7 days")),
            lambda i, t, w: w.pain(i.severity.pain_worst),
        ),
        _Item(
            "limitation",
            _cat(cat.LIMITATION),
            _own(QT_TRANSLATE_NOOP("Summary", "Limits daily activities")),
            lambda i, t, w: None if i.severity.limitation is None else w.option(i.severity.limitation),
        ),
        _Item(
            "locations",
            *_same(cat.LOCATIONS),
            lambda i, t, w: w.options(i.severity.locations, cat.Location),
        ),
    ),
    "frequency": (
        _Item(
            "how_often",
            _cat(cat.HOW_OFTEN),
            _own(QT_TRANSLATE_NOOP("Summary", "How often")),
            lambda i, t, w: None if i.frequency.how_often is None else w.option(i.frequency.how_often),
        ),
        _Item(
            "duration",
            _cat(cat.DURATION),
            _own(QT_TRANSLATE_NOOP("Summary", "One spasm lasts")),
            lambda i, t, w: _duration(i, w),
        ),
        _Item(
            "trend",
            _cat(cat.TREND),
            _own(QT_TRANSLATE_NOOP("Summary", "Trend")),
            lambda i, t, w: None if i.frequency.trend is None else w.option(i.frequency.trend),
        ),
    ),
    "onset": (
        _Item("started", _cat(cat.STARTED), _own(QT_TRANSLATE_NOOP("Summary", "Started")), _onset),
        _Item(
            "speed",
            _cat(cat.SPEED),
            _own(QT_TRANSLATE_NOOP("Summary", "Onset")),
            lambda i, t, w: None if i.onset.speed is None else w.option(i.onset.speed),
        ),
        _Item(
            "circumstances",
            _cat(cat.CIRCUMSTANCES),
            _own(QT_TRANSLATE_NOOP("Summary", "Circumstances")),
            lambda i, t, w: w.options(i.onset.circumstances, Circumstance, i.onset.circumstance_other),
        ),
        _Item(
            "conditions",
            _cat(cat.CONDITIONS),
            _own(QT_TRANSLATE_NOOP("Summary", "Prior conditions")),
            lambda i, t, w: w.options(i.onset.conditions, Condition, i.onset.condition_other),
        ),
    ),
    # The treatment rows of "relief" are built by _relief_rows; these follow them.
    "relief": (
        _Item("medicines", *_same(cat.MEDICINES), lambda i, t, w: _text(i.relief.medicines)),
        _Item(
            "worse",
            _cat(cat.WORSE),
            _own(QT_TRANSLATE_NOOP("Summary", "Made worse by")),
            lambda i, t, w: _text(i.relief.worse),
        ),
    ),
    "urgent": (),  # built by _urgent_rows: one row per ticked symptom
    "notes": (
        _Item(
            "anything_else",
            _cat(cat.ANYTHING_ELSE),
            _own(QT_TRANSLATE_NOOP("Summary", "Patient's notes")),
            lambda i, t, w: _text(i.notes.anything_else),
        ),
        _Item(
            "questions",
            _cat(cat.QUESTIONS),
            _own(QT_TRANSLATE_NOOP("Summary", "Patient's questions")),
            lambda i, t, w: _text(i.notes.questions),
        ),
    ),
}

# Section titles: (patient, physician).
_TITLES: dict[str, tuple[str, str]] = {
    "about": (
        QT_TRANSLATE_NOOP("Summary", "About you"),
        QT_TRANSLATE_NOOP("Summary", "Patient"),
    ),
    "severity": (
        QT_TRANSLATE_NOOP("Summary", "1. Severity"),
        QT_TRANSLATE_NOOP("Summary", "1. Severity"),
    ),
    "frequency": (
        QT_TRANSLATE_NOOP("Summary", "2. Frequency"),
        QT_TRANSLATE_NOOP("Summary", "2. Frequency"),
    ),
    "onset": (
        QT_TRANSLATE_NOOP("Summary", "3. When it started"),
        QT_TRANSLATE_NOOP("Summary", "3. Onset and history"),
    ),
    "relief": (
        QT_TRANSLATE_NOOP("Summary", "4. What you're doing for relief"),
        QT_TRANSLATE_NOOP("Summary", "4. Relief tried"),
    ),
    "urgent": (
        QT_TRANSLATE_NOOP("Summary", "Urgent symptoms"),
        QT_TRANSLATE_NOOP("Summary", "Urgent symptoms (red flags)"),
    ),
    "notes": (
        QT_TRANSLATE_NOOP("Summary", "Notes for the doctor"),
        QT_TRANSLATE_NOOP("Summary", "Patient's notes and questions"),
    ),
}

#: Section keys in reading order; the Review page maps each to the page that edits it.
SECTION_KEYS: tuple[str, ...] = tuple(_TITLES)


def _row(label: str, value: str | None, item: str, w: _Words) -> Row:
    if value is None:
        return Row(label, w.tr(cat.CONTEXT, cat.NOT_ANSWERED), False, item)
    return Row(label, value, True, item)


def _relief_rows(intake: Intake, w: _Words) -> list[Row]:
    r = intake.relief
    if r.nothing_yet and not r.tried():
        label = w.own(QT_TRANSLATE_NOOP("Summary", "Treatments tried"))
        return [Row(label, w.tr(cat.CONTEXT, cat.NOTHING_YET), True, "relief")]
    order: Sequence[Treatment] = list(Treatment)
    if w.audience is Audience.PHYSICIAN:
        # What was tried is what the physician acts on: tried first, then not tried, then blanks.
        def rank(t: Treatment) -> int:
            outcome = r.outcomes.get(t)
            return 2 if outcome is None else 1 if outcome is Outcome.NOT_TRIED else 0

        order = sorted(order, key=rank)
    rows = []
    skipped = []
    for t in order:
        outcome = r.outcomes.get(t)
        label = w.option_with_other(t, r.other_treatment)
        if outcome is None and w.audience is Audience.PATIENT:
            skipped.append(label)  # one "Not answered" row for all of them: easier to scan
            continue
        rows.append(_row(label, None if outcome is None else w.option(outcome), f"relief:{t.value}", w))
    if skipped:
        rows.append(_row(w.own(QT_TRANSLATE_NOOP("Summary", "; ")).join(skipped), None, "relief:skipped", w))
    return rows


def _urgent_rows(intake: Intake, w: _Words) -> list[Row]:
    u = intake.urgent
    if u.flags:
        yes = w.own(QT_TRANSLATE_NOOP("Summary", "Yes"))
        return [Row(w.option(f), yes, True, f"urgent:{f.value}") for f in cat.Flag if f in u.flags]
    label = w.own(QT_TRANSLATE_NOOP("Summary", "Urgent symptoms"))
    none = w.own(QT_TRANSLATE_NOOP("Summary", "None of these")) if u.none_of_these else None
    return [_row(label, none, "urgent", w)]


def summarise(
    intake: Intake,
    today: date,
    audience: Audience = Audience.PATIENT,
    tr: Translate = no_translate,
    date_text: DateText = format_date,
) -> list[Section]:
    """Every answer as text, one Section per key of ``SECTION_KEYS``; blanks read "Not answered"."""
    w = _Words(audience, tr, date_text)
    side = 0 if audience is Audience.PATIENT else 1
    sections = []
    for key, titles in _TITLES.items():
        rows: list[Row] = []
        if key == "relief":
            rows += _relief_rows(intake, w)
        elif key == "urgent":
            rows += _urgent_rows(intake, w)
        for it in _ITEMS[key]:
            context, source = (it.patient, it.physician)[side]
            rows.append(_row(tr(context, source), it.value(intake, today, w), it.item, w))
        sections.append(Section(key, tr(CONTEXT, titles[side]), tuple(rows)))
    return sections
