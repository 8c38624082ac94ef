"""What is missing or wrong in an Intake, each problem next to the item it concerns (no Qt)."""

from __future__ import annotations

from datetime import date

from spineprep.catalogue import (
    QT_TRANSLATE_NOOP,
    SHORT_TEXT_LIMIT,
    TEXT_LIMIT,
    Circumstance,
    Condition,
    OnsetKind,
    Treatment,
)
from spineprep.intake.model import (
    MAX_AGE,
    Frequency,
    Intake,
    Notes,
    Onset,
    Patient,
    Problem,
    Relief,
    Severity,
    Urgent,
    age_on,
)

__all__ = [
    "check_all",
    "check_frequency",
    "check_notes",
    "check_onset",
    "check_patient",
    "check_relief",
    "check_severity",
    "check_urgent",
]


def check_patient(p: Patient, today: date) -> list[Problem]:
    problems: list[Problem] = []
    if not p.full_name.strip():
        problems.append(Problem("full_name", QT_TRANSLATE_NOOP("Validation", "Please enter your full name.")))
    else:
        problems += _too_long("full_name", p.full_name, SHORT_TEXT_LIMIT, _SHORTEN_NAME)
    if p.birth.is_blank():
        problems.append(Problem("birth", QT_TRANSLATE_NOOP("Validation", "Please enter your date of birth.")))
    elif (bad := p.birth.problem()) is not None:
        problems.append(bad.at("birth"))
    else:
        born = p.birth.parse()
        assert born is not None
        if born >= today:
            problems.append(
                Problem("birth", QT_TRANSLATE_NOOP("Validation", "Your date of birth must be in the past."))
            )
        elif age_on(born, today) > MAX_AGE:
            problems.append(
                Problem(
                    "birth",
                    QT_TRANSLATE_NOOP("Validation", "Please check the year: that would make you over {0}."),
                    (str(MAX_AGE),),
                )
            )
    if not p.appointment.is_blank():
        if (bad := p.appointment.problem()) is not None:
            problems.append(bad.at("appointment"))
        else:
            when = p.appointment.parse()
            assert when is not None
            if when < today:
                problems.append(
                    Problem(
                        "appointment",
                        QT_TRANSLATE_NOOP("Validation", "The appointment date cannot be in the past."),
                    )
                )
    problems += _too_long("physician", p.physician, SHORT_TEXT_LIMIT, _SHORTEN_NAME)
    return problems


def _unless(answered: bool, item: str, message: str) -> list[Problem]:
    """A question that must be answered: its message while it is not."""
    return [] if answered else [Problem(item, message)]


def check_severity(s: Severity) -> list[Problem]:
    return _unless(
        s.pain_now is not None,
        "pain_now",
        QT_TRANSLATE_NOOP("Validation", "Choose a number for your pain right now."),
    ) + _unless(
        s.pain_worst is not None,
        "pain_worst",
        QT_TRANSLATE_NOOP("Validation", "Choose a number for your worst pain in the past 7 days."),
    )


def check_frequency(f: Frequency) -> list[Problem]:
    return (
        _unless(
            f.how_often is not None,
            "how_often",
            QT_TRANSLATE_NOOP("Validation", "Choose how often the spasms come."),
        )
        + _unless(
            f.duration is not None or not f.duration_applies(),
            "duration",
            QT_TRANSLATE_NOOP("Validation", "Choose how long a spasm usually lasts."),
        )
        + _unless(
            f.trend is not None,
            "trend",
            QT_TRANSLATE_NOOP("Validation", "Choose whether it is getting better or worse."),
        )
    )


def check_onset(o: Onset, birth: date | None, today: date) -> list[Problem]:
    problems: list[Problem] = []
    if o.kind is None:
        problems.append(
            Problem("started", QT_TRANSLATE_NOOP("Validation", "Tell us when the spasms started."))
        )
    elif o.kind is OnsetKind.DATE:
        if o.start.is_blank():
            problems.append(
                Problem("started", QT_TRANSLATE_NOOP("Validation", "Enter the date they started."))
            )
        elif (bad := o.start.problem()) is not None:
            problems.append(bad.at("started"))
    elif o.ago_amount is None or o.ago_amount <= 0:
        problems.append(
            Problem(
                "started", QT_TRANSLATE_NOOP("Validation", "Enter how many days, weeks, months or years ago.")
            )
        )
    elif o.ago_unit is None:
        problems.append(
            Problem("started", QT_TRANSLATE_NOOP("Validation", "Choose days, weeks, months or years."))
        )
    if not any(p.item == "started" for p in problems):
        start = o.approximate_start(today)
        if start is not None and start > today:
            problems.append(
                Problem("started", QT_TRANSLATE_NOOP("Validation", "That date is in the future."))
            )
        elif start is not None and birth is not None and start < birth:
            problems.append(
                Problem("started", QT_TRANSLATE_NOOP("Validation", "That is before you were born."))
            )
    problems += _unless(
        o.speed is not None,
        "speed",
        QT_TRANSLATE_NOOP("Validation", "Choose whether it started suddenly or gradually."),
    )
    if not o.circumstances:
        problems.append(
            Problem(
                "circumstances",
                QT_TRANSLATE_NOOP("Validation", "Choose what was going on, or “No clear cause”."),
            )
        )
    elif Circumstance.OTHER in o.circumstances and not o.circumstance_other.strip():
        problems.append(
            Problem(
                "circumstances", QT_TRANSLATE_NOOP("Validation", "Tell us briefly what else was going on.")
            )
        )
    if Condition.OTHER in o.conditions and not o.condition_other.strip():
        problems.append(
            Problem(
                "conditions", QT_TRANSLATE_NOOP("Validation", "Tell us briefly what the other condition is.")
            )
        )
    if Condition.NONE in o.conditions and len(o.conditions) > 1:
        problems.append(
            Problem(
                "conditions",
                QT_TRANSLATE_NOOP("Validation", "“None of these” cannot go with other conditions."),
            )
        )
    return problems


_NO_RELIEF_ANSWER = QT_TRANSLATE_NOOP(
    "Validation", "Answer at least one row, or tick “I haven't tried anything yet”."
)
_NOTHING_YET_BUT_TRIED = QT_TRANSLATE_NOOP(
    "Validation",
    "You ticked “I haven't tried anything yet” but marked something as tried. Please change one.",
)


def check_relief(r: Relief) -> list[Problem]:
    problems: list[Problem] = []
    if not r.outcomes and not r.nothing_yet:
        problems.append(Problem("relief", _NO_RELIEF_ANSWER))
    elif r.nothing_yet and r.tried():
        problems.append(Problem("relief", _NOTHING_YET_BUT_TRIED))
    if Treatment.OTHER in r.tried() and not r.other_treatment.strip():
        problems.append(
            Problem("relief_other", QT_TRANSLATE_NOOP("Validation", "Tell us what the other treatment was."))
        )
    for item, text in (("medicines", r.medicines), ("worse", r.worse)):
        problems.extend(_too_long(item, text))
    return problems


def check_urgent(u: Urgent) -> list[Problem]:
    if not u.flags and not u.none_of_these:
        return [
            Problem(
                "urgent", QT_TRANSLATE_NOOP("Validation", "Tick every symptom you have, or “None of these”.")
            )
        ]
    if u.flags and u.none_of_these:
        return [
            Problem(
                "urgent", QT_TRANSLATE_NOOP("Validation", "“None of these” cannot go with a ticked symptom.")
            )
        ]
    return []


def check_notes(n: Notes) -> list[Problem]:
    return _too_long("anything_else", n.anything_else) + _too_long("questions", n.questions)


_SHORTEN_NAME = QT_TRANSLATE_NOOP("Validation", "Please shorten the name to {0} characters.")
_SHORTEN = QT_TRANSLATE_NOOP("Validation", "Please shorten this to {0} characters.")


def _too_long(item: str, text: str, limit: int = TEXT_LIMIT, message: str = _SHORTEN) -> list[Problem]:
    """A typed answer over its box's limit: the message saying how short it must be."""
    return [Problem(item, message, (str(limit),))] if len(text) > limit else []


def check_all(intake: Intake, today: date) -> list[Problem]:
    """Every problem in the whole intake (empty means it can be completed)."""
    return (
        check_patient(intake.patient, today)
        + check_severity(intake.severity)
        + check_frequency(intake.frequency)
        + check_onset(intake.onset, intake.patient.birth.parse(), today)
        + check_relief(intake.relief)
        + check_urgent(intake.urgent)
        + check_notes(intake.notes)
    )
