"""A built-in, made-up patient with every question answered, for demos, the sample PDF and tests."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from spineprep.catalogue import (
    AgoUnit,
    Circumstance,
    Condition,
    Duration,
    Flag,
    HowOften,
    Limitation,
    Location,
    OnsetKind,
    Outcome,
    Speed,
    Treatment,
    Trend,
)
from spineprep.intake import (
    Frequency,
    Intake,
    Notes,
    Onset,
    PartialDate,
    Patient,
    Relief,
    Severity,
    Urgent,
)

#: The sample's name says it is a sample, so a printed copy is never mistaken for a real chart.
SAMPLE_NAME = "Zoë Ñúñez-O'Brien (SAMPLE)"


def sample_intake(today: date | None = None) -> Intake:
    """A complete, valid intake for a made-up patient; dates are relative to ``today``."""
    today = today or date.today()
    return Intake(
        id="sample",
        started_at=datetime.combine(today, time(9, 5)),
        completed_at=datetime.combine(today, time(9, 17)),
        patient=Patient(
            full_name=SAMPLE_NAME,
            birth=PartialDate("3", "14", "1968"),
            appointment=PartialDate.of(today + timedelta(days=6)),
            physician="Dr. Amara Okafor",
        ),
        severity=Severity(
            pain_now=6,
            pain_worst=8,
            limitation=Limitation.A_LOT,
            locations={Location.LOWER_CENTRE, Location.LOWER_RIGHT, Location.BUTTOCKS, Location.ONE_LEG},
        ),
        frequency=Frequency(how_often=HowOften.SEVERAL_A_DAY, duration=Duration.MINUTES, trend=Trend.WORSE),
        onset=Onset(
            kind=OnsetKind.AGO,
            ago_amount=3,
            ago_unit=AgoUnit.WEEKS,
            ago_noted=today,
            speed=Speed.SUDDEN,
            circumstances={Circumstance.LIFTING, Circumstance.OTHER},
            circumstance_other="gardening, pulling weeds for hours",
            conditions={Condition.EARLIER_INJURY, Condition.OTHER},
            condition_other="mild scoliosis (told as a teenager)",
        ),
        relief=Relief(
            outcomes={
                Treatment.REST: Outcome.HELPED_A_LITTLE,
                Treatment.ICE: Outcome.NO_HELP,
                Treatment.HEAT: Outcome.HELPED_A_LOT,
                Treatment.ICE_AND_HEAT: Outcome.NOT_TRIED,
                Treatment.OTC: Outcome.HELPED_A_LITTLE,
                Treatment.RELAXANT: Outcome.NOT_TRIED,
                Treatment.STRETCHING: Outcome.HELPED_A_LITTLE,
                Treatment.PHYSIO: Outcome.NOT_TRIED,
                Treatment.MASSAGE: Outcome.NOT_TRIED,
                Treatment.INJECTIONS: Outcome.NOT_TRIED,
                Treatment.OTHER: Outcome.NO_HELP,
            },
            other_treatment="foam roller",
            medicines="Ibuprofen 400 mg, up to 3 times a day\nLisinopril 10 mg once a day (blood pressure)",
            worse="Sitting in the car for more than 20 minutes; bending to tie my shoes; mornings",
        ),
        urgent=Urgent(flags={Flag.LEG_WEAKNESS}),
        notes=Notes(
            anything_else=(
                "I work at a desk 8 hours a day. The spasms wake me up at night about twice a week.\n"
                "My right leg feels weaker on the stairs since last Tuesday."
            ),
            questions=(
                "Is it OK to use heat & ice at night?\nShould I stop going to the gym? Do I need an MRI?"
            ),
        ),
    )
