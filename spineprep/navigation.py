"""Which page comes next, what blocks it, and "Step N of M" (no Qt)."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from spineprep.intake import (
    Intake,
    Problem,
    check_all,
    check_frequency,
    check_notes,
    check_onset,
    check_patient,
    check_relief,
    check_severity,
    check_urgent,
)
from spineprep.summary import SECTION_KEYS


class Step(StrEnum):
    """The pages of the flow, in order. URGENT_NOTICE is shown only when an alarming flag is ticked."""

    WELCOME = "welcome"
    ABOUT = "about"
    SEVERITY = "severity"
    FREQUENCY = "frequency"
    ONSET = "onset"
    RELIEF = "relief"
    URGENT = "urgent"
    URGENT_NOTICE = "urgent_notice"
    NOTES = "notes"
    REVIEW = "review"
    DONE = "done"


ORDER: tuple[Step, ...] = tuple(Step)
#: The pages counted in "Step N of M": the questions and the review.
COUNTED: tuple[Step, ...] = (
    Step.ABOUT,
    Step.SEVERITY,
    Step.FREQUENCY,
    Step.ONSET,
    Step.RELIEF,
    Step.URGENT,
    Step.NOTES,
    Step.REVIEW,
)
#: Review section key -> the page its "Change" button opens (each key is that page's name).
SECTION_STEP: dict[str, Step] = {key: Step(key) for key in SECTION_KEYS}


def step_number(step: Step) -> tuple[int, int] | None:
    """(N, M) for "Step N of M", or None for pages outside the count."""
    if step in COUNTED:
        return COUNTED.index(step) + 1, len(COUNTED)
    if step is Step.URGENT_NOTICE:
        return COUNTED.index(Step.URGENT) + 1, len(COUNTED)
    return None


def problems(step: Step, intake: Intake, today: date) -> list[Problem]:
    """What must be fixed before leaving ``step`` forwards."""
    match step:
        case Step.ABOUT:
            return check_patient(intake.patient, today)
        case Step.SEVERITY:
            return check_severity(intake.severity)
        case Step.FREQUENCY:
            return check_frequency(intake.frequency)
        case Step.ONSET:
            return check_onset(intake.onset, intake.patient.birth.parse(), today)
        case Step.RELIEF:
            return check_relief(intake.relief)
        case Step.URGENT:
            return check_urgent(intake.urgent)
        case Step.NOTES:
            return check_notes(intake.notes)
        case Step.REVIEW:
            # Finish re-checks everything: a "Change" can break a rule that spans pages
            # (a new birth date after the onset date).
            return check_all(intake, today)
        case _:
            return []


def first_unfinished(intake: Intake, today: date) -> Step:
    """Where a resumed draft picks up: the first page that still has a problem, else Review."""
    for step in COUNTED:
        if problems(step, intake, today):
            return step
    return Step.REVIEW


def next_step(step: Step, intake: Intake, *, from_review: bool = False) -> Step:
    """The page after ``step``. ``from_review``: the patient came here via a "Change" button."""
    # Only a symptom that needs care now or today stops the patient with a notice; the rest
    # (a past cancer, an injury) are for the physician, on the sheet.
    if step is Step.URGENT and intake.urgent.alarming:
        return Step.URGENT_NOTICE
    if from_review and step not in (Step.REVIEW, Step.DONE):
        return Step.REVIEW
    if step is Step.DONE:
        return Step.DONE
    following = ORDER[ORDER.index(step) + 1]
    return Step.NOTES if following is Step.URGENT_NOTICE else following


def previous_step(step: Step) -> Step:
    """The page Back goes to (the urgent notice is skipped going backwards)."""
    if step is Step.WELCOME:
        return Step.WELCOME
    before = ORDER[ORDER.index(step) - 1]
    return Step.URGENT if before is Step.URGENT_NOTICE else before
