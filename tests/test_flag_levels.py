"""Red flags by level: what the patient is told, and where no clinic number is known."""

from __future__ import annotations

import pytest

from spineprep.advice import advice
from spineprep.catalogue import Flag, FlagLevel, flags_at, most_urgent
from spineprep.settings import clean_phone


def test_every_flag_has_the_level_the_clinic_asked_for() -> None:
    levels = {f: f.level for f in Flag}
    assert levels == {
        Flag.BLADDER_BOWEL: FlagLevel.EMERGENCY,
        Flag.SADDLE_NUMBNESS: FlagLevel.EMERGENCY,
        Flag.LEG_WEAKNESS: FlagLevel.EMERGENCY,
        Flag.BOTH_LEGS_PAIN: FlagLevel.CALL_TODAY,
        Flag.FEVER: FlagLevel.CALL_TODAY,
        Flag.TRAUMA: FlagLevel.FOR_PHYSICIAN,
        Flag.WEIGHT_LOSS: FlagLevel.FOR_PHYSICIAN,
        Flag.CANCER: FlagLevel.FOR_PHYSICIAN,
    }


def test_the_most_urgent_level_wins() -> None:
    assert most_urgent(set()) is None
    assert most_urgent({Flag.CANCER}) is FlagLevel.FOR_PHYSICIAN
    assert most_urgent({Flag.CANCER, Flag.FEVER}) is FlagLevel.CALL_TODAY
    assert most_urgent({Flag.FEVER, Flag.SADDLE_NUMBNESS}) is FlagLevel.EMERGENCY
    assert flags_at(FlagLevel.EMERGENCY, {Flag.LEG_WEAKNESS, Flag.BLADDER_BOWEL, Flag.CANCER}) == [
        Flag.BLADDER_BOWEL,
        Flag.LEG_WEAKNESS,
    ]


@pytest.mark.parametrize("kiosk", [False, True])
def test_flags_for_the_physician_alone_tell_the_patient_nothing(kiosk: bool) -> None:
    assert advice(FlagLevel.FOR_PHYSICIAN, kiosk=kiosk, phone_known=True) is None
    assert advice(None, kiosk=kiosk, phone_known=True) is None


def test_an_emergency_at_home_says_911_not_call_the_clinic() -> None:
    said = advice(FlagLevel.EMERGENCY, kiosk=False, phone_known=True)
    assert said is not None
    assert "911" in said.heading and "emergency room" in said.heading
    assert not said.ask_phone  # someone leaving for the ER is not asked to type a number
    assert not advice(FlagLevel.EMERGENCY, kiosk=False, phone_known=False).ask_phone  # type: ignore[union-attr]


def test_call_today_names_the_number_or_where_to_find_it() -> None:
    known = advice(FlagLevel.CALL_TODAY, kiosk=False, phone_known=True)
    assert known is not None and "today" in known.heading
    assert "{phone}" in known.act[0]
    assert known.ask_phone  # a number kept by mistake can be put right
    unknown = advice(FlagLevel.CALL_TODAY, kiosk=False, phone_known=False)
    assert unknown is not None and "appointment letter" in unknown.act[0] and unknown.ask_phone
    assert "{phone}" not in " ".join(unknown.act)


def test_at_the_kiosk_any_alarming_flag_sends_the_patient_to_the_desk() -> None:
    for level in (FlagLevel.EMERGENCY, FlagLevel.CALL_TODAY):
        said = advice(level, kiosk=True, phone_known=False)
        assert said is not None and "front desk" in said.heading and not said.ask_phone


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("(555) 010-0199", "(555) 010-0199"),
        ("  +34 91  123 45 67 ", "+34 91 123 45 67"),
        ("555-0199 ext. 12", "555-0199 ext. 12"),
        ("(555) 010-0199 x12", "(555) 010-0199 x12"),
        ("call me", None),
        ("12", None),
        ("911", None),  # a slip must not become the clinic's number for good
        ("555", None),
        ("tex 123", None),
        ("555-0199 ext", None),
        ("", None),
        ("5" * 41, None),
    ],
)
def test_a_typed_clinic_number_is_checked(typed: str, kept: str | None) -> None:
    assert clean_phone(typed) == kept
