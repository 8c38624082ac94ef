"""The Intake model: validation rules and the JSON round trip."""

from __future__ import annotations

import json
from datetime import date

from spineprep.catalogue import (
    AgoUnit,
    Circumstance,
    Flag,
    HowOften,
    Location,
    OnsetKind,
    Outcome,
    Speed,
    Treatment,
    Trend,
    band,
)
from spineprep.intake import (
    Intake,
    PartialDate,
    age_on,
    check_all,
    check_frequency,
    check_onset,
    check_patient,
    check_relief,
    check_urgent,
)

TODAY = date(2026, 11, 25)


def items(problems: list) -> set[str]:  # type: ignore[type-arg]
    return {p.item for p in problems}


def test_bands_follow_the_clinic_scale() -> None:
    assert [band(n).value for n in range(11)] == (["none"] + ["mild"] * 3 + ["moderate"] * 3 + ["severe"] * 4)


def test_blank_name_and_birth_are_required() -> None:
    i = Intake()
    assert items(check_patient(i.patient, TODAY)) == {"full_name", "birth"}


def test_birth_in_future_and_over_120_rejected() -> None:
    i = Intake()
    i.patient.full_name = "A"
    i.patient.birth = PartialDate("12", "1", "2026")
    assert "past" in check_patient(i.patient, TODAY)[0].render()
    i.patient.birth = PartialDate("1", "1", "1900")
    assert "over 120" in check_patient(i.patient, TODAY)[0].render()
    i.patient.birth = PartialDate("2", "30", "1980")
    assert "does not exist" in check_patient(i.patient, TODAY)[0].render()
    i.patient.birth = PartialDate("2", "29", "1980")
    assert check_patient(i.patient, TODAY) == []


def test_appointment_optional_but_not_in_past() -> None:
    i = Intake()
    i.patient.full_name = "A"
    i.patient.birth = PartialDate.of(date(1970, 5, 1))
    i.patient.appointment = PartialDate.of(date(2026, 11, 24))
    assert items(check_patient(i.patient, TODAY)) == {"appointment"}
    i.patient.appointment = PartialDate.of(TODAY)
    assert check_patient(i.patient, TODAY) == []


def test_constant_spasms_need_no_duration() -> None:
    i = Intake()
    i.frequency.how_often = HowOften.CONSTANT
    i.frequency.trend = Trend.SAME
    assert check_frequency(i.frequency) == []
    i.frequency.how_often = HowOften.ONCE_A_DAY
    assert items(check_frequency(i.frequency)) == {"duration"}


def test_onset_not_in_future_nor_before_birth() -> None:
    i = Intake()
    born = date(2000, 1, 1)
    o = i.onset
    o.speed, o.circumstances = Speed.SUDDEN, {Circumstance.LIFTING}
    o.kind, o.start = OnsetKind.DATE, PartialDate.of(date(2027, 1, 1))
    assert "future" in check_onset(o, born, TODAY)[0].render()
    o.start = PartialDate.of(date(1999, 1, 1))
    assert "before you were born" in check_onset(o, born, TODAY)[0].render()
    o.kind, o.ago_amount, o.ago_unit = OnsetKind.AGO, 30, AgoUnit.YEARS
    assert "before you were born" in check_onset(o, born, TODAY)[0].render()
    o.ago_amount = 3
    assert check_onset(o, born, TODAY) == []
    assert o.approximate_start(TODAY) == date(2023, 11, 25)


def test_relief_needs_a_row_or_nothing_yet() -> None:
    i = Intake()
    assert items(check_relief(i.relief)) == {"relief"}
    i.relief.nothing_yet = True
    assert check_relief(i.relief) == []
    i.relief.outcomes[Treatment.ICE] = Outcome.HELPED_A_LITTLE
    assert "haven't tried anything yet" in check_relief(i.relief)[0].render()
    i.relief.nothing_yet = False
    i.relief.outcomes[Treatment.OTHER] = Outcome.NO_HELP
    assert "other treatment" in check_relief(i.relief)[0].render()


def test_urgent_needs_flags_or_none() -> None:
    i = Intake()
    assert check_urgent(i.urgent)
    i.urgent.none_of_these = True
    assert check_urgent(i.urgent) == []
    i.urgent.flags.add(Flag.FEVER)
    assert check_urgent(i.urgent)


def test_round_trip_through_json_is_exact() -> None:
    i = Intake()
    i.patient.full_name = "Nguyễn Thị Minh Khai"
    i.patient.birth = PartialDate("7", "4", "1961")
    i.severity.pain_now, i.severity.pain_worst = 6, 9
    i.severity.locations = {Location.BUTTOCKS, Location.ONE_LEG}
    i.relief.outcomes = {Treatment.HEAT: Outcome.HELPED_A_LOT, Treatment.REST: Outcome.NOT_TRIED}
    i.urgent.flags = {Flag.CANCER}
    back = Intake.from_dict(json.loads(json.dumps(i.to_dict())))
    assert back == i
    assert not back.is_blank()
    assert Intake().is_blank()


def test_age() -> None:
    assert age_on(date(1961, 11, 26), TODAY) == 64
    assert age_on(date(1961, 11, 25), TODAY) == 65


def test_check_all_lists_every_missing_required_item() -> None:
    assert items(check_all(Intake(), TODAY)) == {
        "full_name",
        "birth",
        "pain_now",
        "pain_worst",
        "how_often",
        "duration",
        "trend",
        "started",
        "speed",
        "circumstances",
        "relief",
        "urgent",
    }


def test_ago_answers_count_back_from_the_day_they_were_given() -> None:
    from datetime import timedelta

    o = Intake().onset
    o.kind, o.ago_amount, o.ago_unit = OnsetKind.AGO, 3, AgoUnit.WEEKS
    o.ago_noted = TODAY - timedelta(days=90)
    assert o.approximate_start(TODAY) == TODAY - timedelta(days=90 + 21)


def test_exclusive_choices_newest_tick_wins() -> None:
    from spineprep.catalogue import Condition

    i = Intake()
    i.urgent.set_flags({Flag.FEVER})
    i.urgent.set_none(True)
    assert i.urgent.flags == set() and i.urgent.none_of_these
    i.urgent.set_flags({Flag.CANCER})
    assert not i.urgent.none_of_these
    i.onset.set_conditions({Condition.ARTHRITIS})
    i.onset.set_conditions({Condition.ARTHRITIS, Condition.NONE})
    assert i.onset.conditions == {Condition.NONE}
    i.onset.set_conditions({Condition.NONE, Condition.DISK})
    assert i.onset.conditions == {Condition.DISK}
