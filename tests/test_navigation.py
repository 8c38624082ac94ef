"""Page order: the urgent notice only with a flag, Change returns to review, Back skips the notice."""

from __future__ import annotations

from datetime import date

from spineprep.catalogue import Flag
from spineprep.intake import Intake
from spineprep.navigation import Step, first_unfinished, next_step, previous_step, step_number
from spineprep.sample import sample_intake


def test_forward_order_without_flags_skips_the_notice() -> None:
    intake = Intake()
    intake.urgent.none_of_these = True
    seen = [Step.WELCOME]
    while seen[-1] is not Step.DONE:
        seen.append(next_step(seen[-1], intake))
    assert Step.URGENT_NOTICE not in seen
    assert seen[-3:] == [Step.NOTES, Step.REVIEW, Step.DONE]


def test_a_flag_brings_the_notice_then_notes() -> None:
    intake = Intake()
    intake.urgent.flags = {Flag.FEVER}
    assert next_step(Step.URGENT, intake) is Step.URGENT_NOTICE
    assert next_step(Step.URGENT_NOTICE, intake) is Step.NOTES


def test_flags_only_for_the_physician_bring_no_notice() -> None:
    """A past cancer, weight loss or an injury is for the physician, on the sheet: no alarm."""
    intake = Intake()
    intake.urgent.flags = {Flag.CANCER, Flag.WEIGHT_LOSS, Flag.TRAUMA}
    assert next_step(Step.URGENT, intake) is Step.NOTES
    intake.urgent.flags.add(Flag.FEVER)
    assert next_step(Step.URGENT, intake) is Step.URGENT_NOTICE


def test_change_from_review_returns_to_review_even_through_the_notice() -> None:
    intake = Intake()
    assert next_step(Step.SEVERITY, intake, from_review=True) is Step.REVIEW
    intake.urgent.flags = {Flag.LEG_WEAKNESS}
    assert next_step(Step.URGENT, intake, from_review=True) is Step.URGENT_NOTICE
    assert next_step(Step.URGENT_NOTICE, intake, from_review=True) is Step.REVIEW


def test_back_skips_the_notice_and_stops_at_welcome() -> None:
    assert previous_step(Step.NOTES) is Step.URGENT
    assert previous_step(Step.ABOUT) is Step.WELCOME
    assert previous_step(Step.WELCOME) is Step.WELCOME


def test_step_numbers() -> None:
    assert step_number(Step.ABOUT) == (1, 8)
    assert step_number(Step.REVIEW) == (8, 8)
    assert step_number(Step.URGENT_NOTICE) == step_number(Step.URGENT)
    assert step_number(Step.WELCOME) is None


def test_resume_goes_to_first_unfinished_page() -> None:
    today = date(2026, 11, 25)
    assert first_unfinished(Intake(), today) is Step.ABOUT
    done = sample_intake(today)
    assert first_unfinished(done, today) is Step.REVIEW
    done.relief.outcomes.clear()
    done.relief.nothing_yet = False
    assert first_unfinished(done, today) is Step.RELIEF
