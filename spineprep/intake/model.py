"""The Intake model: one patient's answers and their JSON form (no Qt; see the package's
docstring for its place)."""

from __future__ import annotations

import dataclasses
import enum
import functools
import types
import typing
import unicodedata
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from spineprep.catalogue import (
    QT_TRANSLATE_NOOP,
    AgoUnit,
    Circumstance,
    Condition,
    Duration,
    Flag,
    FlagLevel,
    HowOften,
    Limitation,
    Location,
    OnsetKind,
    Outcome,
    Speed,
    Treatment,
    Trend,
    most_urgent,
)
from spineprep.language import Language

__all__ = [
    "ANSWERS_VERSION",
    "MAX_AGE",
    "Frequency",
    "Intake",
    "Notes",
    "Onset",
    "PartialDate",
    "Patient",
    "Problem",
    "Relief",
    "Severity",
    "Urgent",
    "age_on",
    "clean_text",
]

#: Version of the JSON form below; bump it and teach ``from_dict`` the old one when it changes.
ANSWERS_VERSION = 1
#: Oldest age the form accepts, in years.
MAX_AGE = 120


def clean_text(text: str) -> str:
    """Free text as stored: NFC-normalised (so "é" is one letter however it was typed)."""
    return unicodedata.normalize("NFC", text)


@dataclass(frozen=True)
class Problem:
    """Something missing or wrong, next to the item it concerns.

    ``text`` is an English source string marked for translation (context "Validation");
    ``{0}``-style placeholders are filled from ``args`` after translating.
    """

    item: str
    text: str
    args: tuple[str, ...] = ()

    def render(self, translate: Callable[[str], str] = lambda s: s) -> str:
        return translate(self.text).format(*self.args)

    def at(self, item: str) -> Problem:
        return dataclasses.replace(self, item=item)


# --- Dates the patient types ----------------------------------------------------------


@dataclass
class PartialDate:
    """A date as typed, month / day / year, kept raw so nothing typed is lost on Back."""

    month: str = ""
    day: str = ""
    year: str = ""

    def is_blank(self) -> bool:
        return not (self.month.strip() or self.day.strip() or self.year.strip())

    def parse(self) -> date | None:
        """The date, or None when blank or not a real date."""
        return None if self.problem() else _to_date(self)

    def problem(self) -> Problem | None:
        """What is wrong with the typed parts as a calendar date (None when it is a date)."""
        if self.is_blank():
            return None
        m, d, y = (part.strip() for part in (self.month, self.day, self.year))
        if not (m.isdigit() and d.isdigit() and y.isdigit()):
            return Problem("", QT_TRANSLATE_NOOP("Validation", "Use numbers for month, day and year."))
        if len(y) != 4:
            return Problem("", QT_TRANSLATE_NOOP("Validation", "Enter the year with 4 digits, like 1968."))
        if not 1 <= int(m) <= 12:
            return Problem("", QT_TRANSLATE_NOOP("Validation", "The month must be a number from 1 to 12."))
        if _to_date(self) is None:
            return Problem("", QT_TRANSLATE_NOOP("Validation", "That day does not exist in that month."))
        return None

    @classmethod
    def of(cls, value: date) -> PartialDate:
        return cls(str(value.month), str(value.day), str(value.year))


def _to_date(parts: PartialDate) -> date | None:
    try:
        return date(int(parts.year), int(parts.month), int(parts.day))
    except ValueError:
        return None


def age_on(born: date, today: date) -> int:
    """Age in whole years on ``today``."""
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


# --- The answers ----------------------------------------------------------------------


@dataclass
class Patient:
    full_name: str = ""
    birth: PartialDate = field(default_factory=PartialDate)
    appointment: PartialDate = field(default_factory=PartialDate)
    physician: str = ""


@dataclass
class Severity:
    pain_now: int | None = None
    pain_worst: int | None = None
    limitation: Limitation | None = None
    locations: set[Location] = field(default_factory=set)


@dataclass
class Frequency:
    how_often: HowOften | None = None
    duration: Duration | None = None
    trend: Trend | None = None

    def duration_applies(self) -> bool:
        """A constant spasm has no "length": the duration question is skipped, its answer ignored."""
        return self.how_often is not HowOften.CONSTANT


@dataclass
class Onset:
    kind: OnsetKind | None = None
    start: PartialDate = field(default_factory=PartialDate)
    ago_amount: int | None = None
    ago_unit: AgoUnit | None = None
    #: The day "about N units ago" was answered: the estimate counts back from it, not from
    #: whenever the answers are next read (a resumed draft, a sheet reprinted from history).
    ago_noted: date | None = None
    speed: Speed | None = None
    circumstances: set[Circumstance] = field(default_factory=set)
    circumstance_other: str = ""
    conditions: set[Condition] = field(default_factory=set)
    condition_other: str = ""

    def set_conditions(self, chosen: set[Condition]) -> None:
        """Set the ticked conditions; "None of these" and a condition exclude each other,
        and the newest tick wins."""
        if Condition.NONE in chosen and Condition.NONE not in self.conditions:
            chosen = {Condition.NONE}
        elif Condition.NONE in chosen and len(chosen) > 1:
            chosen = chosen - {Condition.NONE}
        self.conditions = set(chosen)

    def approximate_start(self, today: date) -> date | None:
        """The start date, exact or estimated from "about N units ago"."""
        if self.kind is OnsetKind.DATE:
            return self.start.parse()
        if self.kind is OnsetKind.AGO and self.ago_amount is not None and self.ago_unit:
            days = {AgoUnit.DAYS: 1, AgoUnit.WEEKS: 7, AgoUnit.MONTHS: 30.44, AgoUnit.YEARS: 365.25}
            anchor = self.ago_noted or today
            try:
                return anchor - timedelta(days=round(self.ago_amount * days[self.ago_unit]))
            except OverflowError:
                return date.min
        return None


@dataclass
class Relief:
    outcomes: dict[Treatment, Outcome] = field(default_factory=dict)
    nothing_yet: bool = False
    other_treatment: str = ""
    medicines: str = ""
    worse: str = ""

    def tried(self) -> list[Treatment]:
        return [t for t in Treatment if t in self.outcomes and self.outcomes[t].tried]


@dataclass
class Urgent:
    flags: set[Flag] = field(default_factory=set)
    none_of_these: bool = False

    def set_flags(self, flags: set[Flag]) -> None:
        """Ticking a symptom clears "None of these"."""
        self.flags = set(flags)
        if self.flags:
            self.none_of_these = False

    def set_none(self, none: bool) -> None:
        """Choosing "None of these" clears the ticked symptoms."""
        self.none_of_these = none
        if none:
            self.flags = set()

    @property
    def level(self) -> FlagLevel | None:
        """How soon the most urgent ticked symptom needs care (None: nothing ticked)."""
        return most_urgent(self.flags)

    @property
    def alarming(self) -> bool:
        """Must the patient be told to act now or today (not only the physician)?"""
        return self.level is not None and self.level.alarming


@dataclass
class Notes:
    anything_else: str = ""
    questions: str = ""


def _new_id() -> str:
    return uuid.uuid4().hex


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


@dataclass
class Intake:
    """All of one patient's answers, plus when they were started and finished."""

    id: str = field(default_factory=_new_id)
    started_at: datetime = field(default_factory=_now)
    completed_at: datetime | None = None
    patient: Patient = field(default_factory=Patient)
    severity: Severity = field(default_factory=Severity)
    frequency: Frequency = field(default_factory=Frequency)
    onset: Onset = field(default_factory=Onset)
    relief: Relief = field(default_factory=Relief)
    urgent: Urgent = field(default_factory=Urgent)
    notes: Notes = field(default_factory=Notes)
    #: The language the patient answered in (the sheet says so when it is not the clinic's).
    language: Language = Language.ENGLISH

    def is_blank(self) -> bool:
        """True when nothing has been answered yet (no draft worth keeping)."""
        blank = Intake(
            id=self.id, started_at=self.started_at, completed_at=self.completed_at, language=self.language
        )
        return self == blank

    def to_dict(self) -> dict[str, typing.Any]:
        """A JSON-safe dict: enums as their codes, sets as sorted lists, dates as ISO text."""
        out = _encode(self)
        assert isinstance(out, dict)
        out["version"] = ANSWERS_VERSION
        return out

    @classmethod
    def from_dict(cls, data: dict[str, typing.Any]) -> Intake:
        """Rebuild an Intake from ``to_dict`` output; unknown keys are ignored."""
        version = data.get("version", ANSWERS_VERSION)
        if version > ANSWERS_VERSION:
            raise ValueError(f"answers were written by a newer SpinePrep (version {version})")
        decoded = _decode(cls, data)
        assert isinstance(decoded, Intake)
        return decoded


# --- JSON codec driven by the dataclass type hints -------------------------------------


def _encode(value: object) -> object:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (set, frozenset)):
        return sorted(_encode(v) for v in value)  # type: ignore[type-var]
    if isinstance(value, dict):
        return {str(_encode(k)): _encode(v) for k, v in value.items()}
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return value


Decoder = Callable[[object], object]


def _decode(hint: typing.Any, raw: object) -> object:
    return _decoder(hint)(raw)


@functools.cache
def _decoder(hint: typing.Any) -> Decoder:
    """How to read a value of type ``hint`` from JSON, worked out once per type: working it
    out for every value (typing.get_type_hints above all) was 65 % of reading an intake back.
    Raises ValueError, TypeError, KeyError or AttributeError on data of the wrong shape."""
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        inner = _decoder(next(a for a in args if a is not type(None)))
        return lambda raw: None if raw is None else inner(raw)
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        return _object_decoder(hint)
    if origin is set:
        item = _decoder(args[0])
        return lambda raw: {item(v) for v in typing.cast(Iterable[object], raw)}
    if origin is dict:
        key, value = _decoder(args[0]), _decoder(args[1])
        return lambda raw: {key(k): value(v) for k, v in typing.cast(dict[object, object], raw).items()}
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return typing.cast(Decoder, hint)
    if hint is datetime:
        return lambda raw: datetime.fromisoformat(str(raw))
    if hint is date:
        return lambda raw: date.fromisoformat(str(raw))
    if isinstance(hint, type):
        return _typed(hint)
    return lambda raw: raw


def _object_decoder(cls: type) -> Decoder:
    hints = typing.get_type_hints(cls)
    fields = [(f.name, _decoder(hints[f.name])) for f in dataclasses.fields(cls)]

    def decode(raw: object) -> object:
        if not isinstance(raw, dict):
            raise ValueError(f"expected an object for {cls.__name__}")
        return cls(**{name: read(raw[name]) for name, read in fields if name in raw})

    return decode


def _typed(kind: type) -> Decoder:
    def check(raw: object) -> object:
        if not isinstance(raw, kind) or (kind is int and isinstance(raw, bool)):
            raise ValueError(f"expected {kind.__name__}, got {type(raw).__name__}")
        return raw

    return check
