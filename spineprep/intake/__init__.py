"""One patient's answers (no Qt): ``model`` (the Intake and its JSON form) and ``checks``
(what is missing or wrong, next to the item it concerns).

One ``Intake`` is the whole state of one patient's answers. Pages write into it,
the store saves it, the sheet prints it. Nothing else holds answers.
"""

from __future__ import annotations

from spineprep.intake.checks import (
    check_all,
    check_frequency,
    check_notes,
    check_onset,
    check_patient,
    check_relief,
    check_severity,
    check_urgent,
)
from spineprep.intake.model import (
    ANSWERS_VERSION,
    MAX_AGE,
    Frequency,
    Intake,
    Notes,
    Onset,
    PartialDate,
    Patient,
    Problem,
    Relief,
    Severity,
    Urgent,
    age_on,
    clean_text,
)

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
    "check_all",
    "check_frequency",
    "check_notes",
    "check_onset",
    "check_patient",
    "check_relief",
    "check_severity",
    "check_urgent",
    "clean_text",
]
