"""The summary: every answer as text, grouped by question, with blanks reading "Not answered"."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

import pytest

import spineprep.catalogue
import spineprep.summary
from spineprep.catalogue import (
    AgoUnit,
    Circumstance,
    Condition,
    Flag,
    HowOften,
    Limitation,
    Location,
    OnsetKind,
    Outcome,
    Treatment,
)
from spineprep.intake import Intake, PartialDate, check_all
from spineprep.sample import SAMPLE_NAME, sample_intake
from spineprep.summary import SECTION_KEYS, Audience, Row, Section, format_date, summarise

TODAY = date(2026, 11, 25)
KEYS = ["about", "severity", "frequency", "onset", "relief", "urgent", "notes"]


def rows(sections: list[Section], key: str) -> list[Row]:
    return list(next(s for s in sections if s.key == key).rows)


def value(sections: list[Section], item: str) -> str:
    """The value of the one row showing ``item``."""
    found = [r for s in sections for r in s.rows if r.item == item]
    assert len(found) == 1, f"{item}: {found}"
    return found[0].value


def test_sections_come_in_page_order_for_both_audiences() -> None:
    assert list(SECTION_KEYS) == KEYS
    for audience in Audience:
        sections = summarise(Intake(), TODAY, audience)
        assert [s.key for s in sections] == KEYS
        assert all(s.title for s in sections)


def test_sample_is_complete_and_valid() -> None:
    intake = sample_intake(TODAY)
    assert check_all(intake, TODAY) == []
    assert intake == sample_intake(TODAY)  # the same patient every time
    for audience in Audience:
        blank = [r for s in summarise(intake, TODAY, audience) for r in s.rows if not r.answered]
        assert blank == []


def test_blank_intake_says_not_answered_everywhere_and_drops_nothing() -> None:
    sections = summarise(Intake(), TODAY, Audience.PHYSICIAN)
    every = [r for s in sections for r in s.rows]
    assert every and all(r.value == "Not answered" and not r.answered for r in every)
    items = {r.item for r in every}
    # One row per question item, and one per treatment (none of them dropped).
    assert {"full_name", "birth", "appointment", "physician", "pain_now", "pain_worst"} <= items
    assert {"limitation", "locations", "how_often", "duration", "trend", "started", "speed"} <= items
    assert {"circumstances", "conditions", "medicines", "worse", "urgent"} <= items
    assert {"anything_else", "questions"} <= items
    assert {f"relief:{t.value}" for t in Treatment} <= items


def test_whitespace_only_free_text_is_not_an_answer() -> None:
    intake = sample_intake(TODAY)
    intake.notes.questions = "  \n\t "
    row = next(r for r in rows(summarise(intake, TODAY), "notes") if r.item == "questions")
    assert (row.value, row.answered) == ("Not answered", False)


@pytest.mark.parametrize(
    ("score", "text"), [(0, "0 / 10 (no pain)"), (3, "3 / 10 (mild)"), (5, "5 / 10 (moderate)")]
)
def test_pain_reads_score_and_band(score: int, text: str) -> None:
    intake = Intake()
    intake.severity.pain_now = score
    intake.severity.pain_worst = 10
    sections = summarise(intake, TODAY)
    assert value(sections, "pain_now") == text
    assert value(sections, "pain_worst") == "10 / 10 (severe)"


def test_sets_follow_catalogue_order_not_ticking_order() -> None:
    intake = Intake()
    intake.severity.locations = {Location.BOTH_LEGS, Location.LOWER_CENTRE, Location.BUTTOCKS}
    assert value(summarise(intake, TODAY), "locations") == "Lower back, center; Buttocks; Down both legs"


def test_something_else_shows_what_was_typed() -> None:
    intake = Intake()
    intake.onset.circumstances = {Circumstance.OTHER, Circumstance.LIFTING}
    intake.onset.circumstance_other = " gardening "
    intake.onset.conditions = {Condition.OTHER}
    sections = summarise(intake, TODAY)
    assert value(sections, "circumstances") == "Lifting something heavy; Something else: gardening"
    assert value(sections, "conditions") == "Something else"  # nothing typed: no dangling colon


def test_free_text_is_nfc_and_keeps_its_lines() -> None:
    intake = Intake()
    intake.notes.anything_else = "Zoe\u0308 here\nsecond line"
    assert value(summarise(intake, TODAY), "anything_else") == "Zoë here\nsecond line"


def test_onset_on_a_date_and_some_time_ago() -> None:
    intake = Intake()
    intake.onset.kind = OnsetKind.DATE
    intake.onset.start = PartialDate("3", "14", "2025")
    assert value(summarise(intake, TODAY), "started") == "On 3/14/2025"
    intake.onset.kind = OnsetKind.AGO
    intake.onset.ago_amount, intake.onset.ago_unit = 3, AgoUnit.WEEKS
    assert value(summarise(intake, TODAY), "started") == "About 3 weeks ago (around 11/4/2026)"
    intake.onset.ago_amount = 1
    assert value(summarise(intake, TODAY), "started") == "About 1 week ago (around 11/18/2026)"


def test_a_date_that_does_not_parse_is_shown_as_typed() -> None:
    intake = Intake()
    intake.patient.birth = PartialDate("2", "30", "1980")
    assert value(summarise(intake, TODAY), "birth") == "2/30/1980"


def test_birth_date_carries_the_age() -> None:
    intake = Intake()
    intake.patient.birth = PartialDate("11", "26", "1968")  # birthday tomorrow: still 57
    assert value(summarise(intake, TODAY), "birth") == "11/26/1968 (age 57)"
    assert format_date(date(2026, 1, 5)) == "1/5/2026"


def test_relief_has_one_row_per_treatment_with_its_outcome() -> None:
    intake = Intake()
    intake.relief.outcomes = {Treatment.HEAT: Outcome.HELPED_A_LOT, Treatment.ICE: Outcome.NOT_TRIED}
    intake.relief.other_treatment = "acupuncture"
    intake.relief.outcomes[Treatment.OTHER] = Outcome.NO_HELP
    patient = rows(summarise(intake, TODAY), "relief")
    treatment_rows = [r for r in patient if r.item.startswith("relief:")]
    answered = [Treatment.ICE, Treatment.HEAT, Treatment.OTHER]
    assert [r.item for r in treatment_rows] == [f"relief:{t.value}" for t in answered] + ["relief:skipped"]
    by_item = {r.item: r for r in treatment_rows}
    assert by_item["relief:heat"].value == "Helped a lot"
    assert by_item["relief:ice"].value == "Not tried"
    assert by_item["relief:other"].label == "Something else: acupuncture"
    # The patient sees the skipped treatments together, in one "Not answered" row: none dropped.
    skipped = by_item["relief:skipped"]
    assert skipped.value == "Not answered" and not skipped.answered
    assert skipped.label.split("; ") == [
        "Rest", "Ice and heat, taking turns",
        "Pain reliever from the store (ibuprofen, naproxen, acetaminophen)", "Muscle relaxant from a doctor",
        "Stretching or exercise", "Physical therapy", "Massage", "Injections",
    ]  # fmt: skip
    # The physician reads what was tried first, then what was not, then the blanks.
    physician = [r.item for r in rows(summarise(intake, TODAY, Audience.PHYSICIAN), "relief")]
    assert physician[:3] == ["relief:heat", "relief:other", "relief:ice"]
    assert physician[-2:] == ["medicines", "worse"]


def test_nothing_yet_is_a_single_row() -> None:
    intake = Intake()
    intake.relief.nothing_yet = True
    intake.relief.medicines = "none"
    relief = rows(summarise(intake, TODAY), "relief")
    assert [(r.value, r.answered) for r in relief] == [
        ("Nothing yet", True),
        ("none", True),
        ("Not answered", False),
    ]


def test_urgent_lists_every_ticked_flag_or_none_of_these() -> None:
    intake = Intake()
    intake.urgent.flags = {Flag.FEVER, Flag.BLADDER_BOWEL}
    patient = rows(summarise(intake, TODAY), "urgent")
    assert [r.label for r in patient] == [
        "Loss of bladder or bowel control",
        "Fever or chills with the back pain",
    ]
    physician = rows(summarise(intake, TODAY, Audience.PHYSICIAN), "urgent")
    assert [r.label for r in physician] == ["Loss of bladder/bowel control", "Fever/chills with back pain"]
    intake.urgent = type(intake.urgent)(none_of_these=True)
    assert [r.value for r in rows(summarise(intake, TODAY), "urgent")] == ["None of these"]


def test_patient_reads_labels_physician_reads_sheet_wording() -> None:
    intake = Intake()
    intake.severity.limitation = Limitation.UNABLE
    intake.frequency.how_often = HowOften.CONSTANT
    patient = summarise(intake, TODAY, Audience.PATIENT)
    physician = summarise(intake, TODAY, Audience.PHYSICIAN)
    assert value(patient, "limitation") == "I can't do my usual activities"
    assert value(physician, "limitation") == "Unable to do usual activities"
    assert value(patient, "how_often") == "Constant (it never really stops)"
    assert value(physician, "how_often") == "Constant"


def test_every_string_goes_through_the_translator() -> None:
    seen: list[tuple[str, str]] = []

    def tr(context: str, text: str) -> str:
        seen.append((context, text))
        return f"«{text}»"

    for audience in Audience:
        for sections in (
            summarise(sample_intake(TODAY), TODAY, audience, tr),
            summarise(Intake(), TODAY, audience, tr),
        ):
            for s in sections:
                assert s.title.startswith("«")
                for r in s.rows:
                    if r.item != "full_name":  # typed text is never translated
                        assert "«" in r.label, r
                    if r.item in {"pain_now", "limitation", "how_often", "speed"}:
                        assert r.value.startswith("«"), r
    assert value(summarise(sample_intake(TODAY), TODAY, tr=tr), "full_name") == SAMPLE_NAME
    assert {c for c, _ in seen} == {"Summary", "Catalogue"}


def _marked(path: Path) -> set[tuple[str, str]]:
    """(context, text) of every QT_TRANSLATE_NOOP call in a module: what lupdate collects."""
    found: set[tuple[str, str]] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
            context, text = (str(a.value) for a in node.args if isinstance(a, ast.Constant))
            found.add((context, text))
    return found


def test_every_translated_string_is_marked_for_lupdate() -> None:
    marked = _marked(Path(spineprep.catalogue.__file__))
    for path in Path(spineprep.summary.__file__).parent.glob("*.py"):
        marked |= _marked(path)
    seen: set[tuple[str, str]] = set()

    def tr(context: str, text: str) -> str:
        seen.add((context, text))
        return text

    varied = sample_intake(TODAY)
    varied.onset.kind, varied.onset.start = OnsetKind.DATE, PartialDate("1", "2", "2020")
    for intake in (sample_intake(TODAY), Intake(), varied):
        for audience in Audience:
            summarise(intake, TODAY, audience, tr)
    assert seen - marked == set()
