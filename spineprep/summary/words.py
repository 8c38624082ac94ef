"""The summary's words: rows and sections, dates, free text, options and scores as text."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from spineprep import catalogue as cat
from spineprep.catalogue import (
    QT_TRANSLATE_NOOP,
    AgoUnit,
    OnsetKind,
    Option,
    band,
)
from spineprep.intake import Intake, PartialDate, age_on, clean_text

__all__ = ["CONTEXT", "Audience", "DateText", "Row", "Section", "Translate", "format_date", "no_translate"]

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


def typed_date(parts: PartialDate, w: Words) -> str | None:
    """A typed date as text; a date that does not parse is shown as typed, never dropped."""
    if parts.is_blank():
        return None
    parsed = parts.parse()
    if parsed is not None:
        return w.date(parsed)
    return "/".join(p.strip() or "?" for p in (parts.month, parts.day, parts.year))


def typed_text(value: str) -> str | None:
    """Free text as shown: NFC, trimmed; None when there is nothing but blanks."""
    cleaned = clean_text(value).strip()
    return cleaned or None


class Words:
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
        typed = typed_text(other) if option.value == "other" else None
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
ONE_UNIT_AGO = {
    AgoUnit.DAYS: QT_TRANSLATE_NOOP("Summary", "day ago"),
    AgoUnit.WEEKS: QT_TRANSLATE_NOOP("Summary", "week ago"),
    AgoUnit.MONTHS: QT_TRANSLATE_NOOP("Summary", "month ago"),
    AgoUnit.YEARS: QT_TRANSLATE_NOOP("Summary", "year ago"),
}


def duration_text(intake: Intake, w: Words) -> str | None:
    f = intake.frequency
    if not f.duration_applies():
        return w.own(QT_TRANSLATE_NOOP("Summary", "Does not apply (constant)"))
    return None if f.duration is None else w.option(f.duration)


def onset_text(intake: Intake, today: date, w: Words) -> str | None:
    o = intake.onset
    if o.kind is OnsetKind.DATE:
        typed = typed_date(o.start, w)
        return None if typed is None else w.own(QT_TRANSLATE_NOOP("Summary", "On {0}")).format(typed)
    if o.kind is OnsetKind.AGO and o.ago_amount is not None and o.ago_unit is not None:
        unit = w.own(ONE_UNIT_AGO[o.ago_unit]) if o.ago_amount == 1 else w.option(o.ago_unit)
        start = o.approximate_start(today)
        around = w.date(start) if start is not None and start != date.min else "?"
        return w.own(QT_TRANSLATE_NOOP("Summary", "About {0} {1} (around {2})")).format(
            o.ago_amount, unit, around
        )
    return None


def birth_text(intake: Intake, today: date, w: Words) -> str | None:
    typed = typed_date(intake.patient.birth, w)
    born = intake.patient.birth.parse()
    if typed is None or born is None or born > today:
        return typed
    return w.own(QT_TRANSLATE_NOOP("Summary", "{0} (age {1})")).format(typed, age_on(born, today))
