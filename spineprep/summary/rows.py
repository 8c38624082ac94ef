"""Every answer of an Intake as rows, in the order they are read, grouped by question."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from spineprep import catalogue as cat
from spineprep.catalogue import (
    QT_TRANSLATE_NOOP,
    Circumstance,
    Condition,
    Outcome,
    Treatment,
)
from spineprep.intake import Intake
from spineprep.summary.words import (
    CONTEXT,
    Audience,
    DateText,
    Row,
    Section,
    Translate,
    Words,
    birth_text,
    duration_text,
    format_date,
    no_translate,
    onset_text,
    typed_date,
    typed_text,
)

__all__ = ["SECTION_KEYS", "summarise"]

Value = Callable[[Intake, date, Words], str | None]


@dataclass(frozen=True)
class Item:
    item: str
    patient: tuple[str, str]  # (context, source text) of the label the patient reads
    physician: tuple[str, str]  # the physician's (often shorter) label
    value: Value


def from_catalogue(text: str) -> tuple[str, str]:
    return (cat.CONTEXT, text)


def own_words(text: str) -> tuple[str, str]:
    return (CONTEXT, text)


def same_words(text: str) -> tuple[tuple[str, str], tuple[str, str]]:
    return from_catalogue(text), from_catalogue(text)


ITEMS: dict[str, tuple[Item, ...]] = {
    "about": (
        Item(
            "full_name",
            own_words(QT_TRANSLATE_NOOP("Summary", "Your name")),
            own_words(QT_TRANSLATE_NOOP("Summary", "Name")),
            lambda i, t, w: typed_text(i.patient.full_name),
        ),
        Item(
            "birth",
            own_words(QT_TRANSLATE_NOOP("Summary", "Date of birth")),
            own_words(QT_TRANSLATE_NOOP("Summary", "DOB")),
            birth_text,
        ),
        Item(
            "appointment",
            own_words(QT_TRANSLATE_NOOP("Summary", "Appointment date")),
            own_words(QT_TRANSLATE_NOOP("Summary", "Appointment")),
            lambda i, t, w: typed_date(i.patient.appointment, w),
        ),
        Item(
            "physician",
            own_words(QT_TRANSLATE_NOOP("Summary", "Doctor you will see")),
            own_words(QT_TRANSLATE_NOOP("Summary", "Physician")),
            lambda i, t, w: typed_text(i.patient.physician),
        ),
    ),
    "severity": (
        Item(
            "pain_now",
            from_catalogue(cat.PAIN_NOW),
            own_words(QT_TRANSLATE_NOOP("Summary", "Pain now")),
            lambda i, t, w: w.pain(i.severity.pain_now),
        ),
        Item(
            "pain_worst",
            from_catalogue(cat.PAIN_WORST),
            own_words(QT_TRANSLATE_NOOP("Summary", "Worst, past 7 days")),
            lambda i, t, w: w.pain(i.severity.pain_worst),
        ),
        Item(
            "limitation",
            from_catalogue(cat.LIMITATION),
            own_words(QT_TRANSLATE_NOOP("Summary", "Limits daily activities")),
            lambda i, t, w: None if i.severity.limitation is None else w.option(i.severity.limitation),
        ),
        Item(
            "locations",
            *same_words(cat.LOCATIONS),
            lambda i, t, w: w.options(i.severity.locations, cat.Location),
        ),
    ),
    "frequency": (
        Item(
            "how_often",
            from_catalogue(cat.HOW_OFTEN),
            own_words(QT_TRANSLATE_NOOP("Summary", "How often")),
            lambda i, t, w: None if i.frequency.how_often is None else w.option(i.frequency.how_often),
        ),
        Item(
            "duration",
            from_catalogue(cat.DURATION),
            own_words(QT_TRANSLATE_NOOP("Summary", "One spasm lasts")),
            lambda i, t, w: duration_text(i, w),
        ),
        Item(
            "trend",
            from_catalogue(cat.TREND),
            own_words(QT_TRANSLATE_NOOP("Summary", "Trend")),
            lambda i, t, w: None if i.frequency.trend is None else w.option(i.frequency.trend),
        ),
    ),
    "onset": (
        Item(
            "started",
            from_catalogue(cat.STARTED),
            own_words(QT_TRANSLATE_NOOP("Summary", "Started")),
            onset_text,
        ),
        Item(
            "speed",
            from_catalogue(cat.SPEED),
            own_words(QT_TRANSLATE_NOOP("Summary", "Onset")),
            lambda i, t, w: None if i.onset.speed is None else w.option(i.onset.speed),
        ),
        Item(
            "circumstances",
            from_catalogue(cat.CIRCUMSTANCES),
            own_words(QT_TRANSLATE_NOOP("Summary", "Circumstances")),
            lambda i, t, w: w.options(i.onset.circumstances, Circumstance, i.onset.circumstance_other),
        ),
        Item(
            "conditions",
            from_catalogue(cat.CONDITIONS),
            own_words(QT_TRANSLATE_NOOP("Summary", "Prior conditions")),
            lambda i, t, w: w.options(i.onset.conditions, Condition, i.onset.condition_other),
        ),
    ),
    # The treatment rows of "relief" are built by relief_rows; these follow them.
    "relief": (
        Item("medicines", *same_words(cat.MEDICINES), lambda i, t, w: typed_text(i.relief.medicines)),
        Item(
            "worse",
            from_catalogue(cat.WORSE),
            own_words(QT_TRANSLATE_NOOP("Summary", "Made worse by")),
            lambda i, t, w: typed_text(i.relief.worse),
        ),
    ),
    "urgent": (),  # built by urgent_rows: one row per ticked symptom
    "notes": (
        Item(
            "anything_else",
            from_catalogue(cat.ANYTHING_ELSE),
            own_words(QT_TRANSLATE_NOOP("Summary", "Patient's notes")),
            lambda i, t, w: typed_text(i.notes.anything_else),
        ),
        Item(
            "questions",
            from_catalogue(cat.QUESTIONS),
            own_words(QT_TRANSLATE_NOOP("Summary", "Patient's questions")),
            lambda i, t, w: typed_text(i.notes.questions),
        ),
    ),
}

# Section titles: (patient, physician).
TITLES: dict[str, tuple[str, str]] = {
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
SECTION_KEYS: tuple[str, ...] = tuple(TITLES)


def make_row(label: str, value: str | None, item: str, w: Words) -> Row:
    if value is None:
        return Row(label, w.tr(cat.CONTEXT, cat.NOT_ANSWERED), False, item)
    return Row(label, value, True, item)


def relief_rows(intake: Intake, w: Words) -> list[Row]:
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
        rows.append(make_row(label, None if outcome is None else w.option(outcome), f"relief:{t.value}", w))
    if skipped:
        rows.append(
            make_row(w.own(QT_TRANSLATE_NOOP("Summary", "; ")).join(skipped), None, "relief:skipped", w)
        )
    return rows


def urgent_rows(intake: Intake, w: Words) -> list[Row]:
    u = intake.urgent
    if u.flags:
        yes = w.own(QT_TRANSLATE_NOOP("Summary", "Yes"))
        return [Row(w.option(f), yes, True, f"urgent:{f.value}") for f in cat.Flag if f in u.flags]
    label = w.own(QT_TRANSLATE_NOOP("Summary", "Urgent symptoms"))
    none = w.own(QT_TRANSLATE_NOOP("Summary", "None of these")) if u.none_of_these else None
    return [make_row(label, none, "urgent", w)]


def summarise(
    intake: Intake,
    today: date,
    audience: Audience = Audience.PATIENT,
    tr: Translate = no_translate,
    date_text: DateText = format_date,
) -> list[Section]:
    """Every answer as text, one Section per key of ``SECTION_KEYS``; blanks read "Not answered"."""
    w = Words(audience, tr, date_text)
    side = 0 if audience is Audience.PATIENT else 1
    sections = []
    for key, titles in TITLES.items():
        rows: list[Row] = []
        if key == "relief":
            rows += relief_rows(intake, w)
        elif key == "urgent":
            rows += urgent_rows(intake, w)
        for it in ITEMS[key]:
            context, source = (it.patient, it.physician)[side]
            rows.append(make_row(tr(context, source), it.value(intake, today, w), it.item, w))
        sections.append(Section(key, tr(CONTEXT, titles[side]), tuple(rows)))
    return sections
