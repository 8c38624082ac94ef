"""The physician sheet: real PDFs, read back with pypdf, checked for what a physician must see."""

from __future__ import annotations

import ast
import io
import re
import subprocess
import sys
import time
import unicodedata
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics

import spineprep.catalogue
import spineprep.sheet
import spineprep.summary
from spineprep.catalogue import Flag, Outcome, Treatment
from spineprep.intake import Intake, PartialDate
from spineprep.sample import SAMPLE_NAME, sample_intake
from spineprep.settings import Paper, Settings
from spineprep.sheet import PDF_TITLE, build_sheet, register_fonts
from spineprep.summary import Audience, summarise

NOW = datetime(2026, 11, 25, 14, 5)
TODAY = NOW.date()
NAMES = ["Nguyễn Thị Minh Khai", "Zoë Ñúñez-O'Brien", "Ødegård", "Łukasz"]
MARKUP = ["<b>x", "J&C", "S&P 500", "0.1 < A < 0.9", "&amp;"]


def pages(pdf: bytes) -> list[str]:
    """Each page's text as pypdf extracts it, NFC-normalised."""
    return [unicodedata.normalize("NFC", p.extract_text()) for p in PdfReader(io.BytesIO(pdf)).pages]


def flat(text: str) -> str:
    """Whitespace collapsed, so text wrapped onto two lines still matches."""
    return re.sub(r"\s+", " ", text)


def sheet_text(intake: Intake, settings: Settings | None = None) -> str:
    return flat(" ".join(pages(build_sheet(intake, settings or Settings(), now=NOW))))


@pytest.fixture(scope="module")
def sample_pdf() -> bytes:
    return build_sheet(sample_intake(TODAY), Settings(), now=NOW)


def test_sample_fits_one_page_with_header_and_footer(sample_pdf: bytes) -> None:
    text = pages(sample_pdf)
    assert len(text) == 1
    page = flat(text[0])
    for expected in (
        "Southeastern Spine Institute",
        "Prepared 11/25/2026",
        SAMPLE_NAME,
        "3/14/1968 (age 58)",
        "12/1/2026",  # appointment: six days after TODAY
        "Dr. Amara Okafor",
        "Patient-reported answers, not a diagnosis",
        "Generated 11/25/2026 2:05 PM",
        "page 1 of 1",
    ):
        assert expected in page, expected


def test_every_answer_of_the_sample_is_on_the_sheet(sample_pdf: bytes) -> None:
    text = flat(" ".join(pages(sample_pdf)))
    # Written out by hand, so a wording change in the summary shows up here too.
    for expected in (
        "6 / 10 (moderate)",
        "8 / 10 (severe)",
        "A lot",
        "Lower back, center; Lower back, right side; Buttocks; Down one leg",
        "Several times a day",
        "Minutes",
        "Getting worse",
        "About 3 weeks ago (around 11/4/2026)",
        "Suddenly",
        "Lifting something heavy; Something else: gardening, pulling weeds for hours",
        "An earlier back injury; Something else: mild scoliosis (told as a teenager)",
        "Heat Yes A lot",
        "Ice Yes No",
        "Something else: foam roller Yes No",
        "Ibuprofen 400 mg, up to 3 times a day Lisinopril 10 mg once a day (blood pressure)",
        "Sitting in the car for more than 20 minutes; bending to tie my shoes; mornings",
        "New/worsening leg weakness",
        "My right leg feels weaker on the stairs since last Tuesday.",
        "Is it OK to use heat & ice at night?",
    ):
        assert expected in text, expected
    # And every row the summary has for the physician: labels of treatments and flags, values else.
    for section in summarise(sample_intake(TODAY), TODAY, Audience.PHYSICIAN):
        for row in section.rows:
            shown = row.label if row.item.startswith(("relief:", "urgent:")) else row.value
            assert flat(shown) in text, row


def test_tried_treatments_come_first_and_untried_are_grouped(sample_pdf: bytes) -> None:
    text = flat(pages(sample_pdf)[0])
    tried = [
        "Rest",
        "Ice",
        "Heat",
        "OTC pain reliever",
        "Stretching or exercise",
        "Something else: foam roller",
    ]
    positions = [text.index(f"{t} Yes") for t in tried]
    assert positions == sorted(positions)
    untried = "Alternating ice and heat; Prescribed muscle relaxant; Physical therapy; Massage; Injections No"
    assert text.index(untried) > positions[-1]


@pytest.mark.parametrize("name", NAMES)
def test_names_print_verbatim(name: str) -> None:
    intake = sample_intake(TODAY)
    intake.patient.full_name = unicodedata.normalize("NFD", name)  # typed decomposed: printed composed
    assert name in sheet_text(intake)


def test_decomposed_typing_prints_composed_letters() -> None:
    # Raw extraction, not normalised: a decomposed "ñ" would come back as "n" + U+0303.
    clinic = unicodedata.normalize("NFD", "Clínica Ñúñez")
    intake = sample_intake(TODAY)
    intake.notes.questions = unicodedata.normalize("NFD", "Nguyễn asks")
    pdf = build_sheet(intake, Settings(clinic), now=NOW)
    raw = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Clínica Ñúñez" in raw
    assert "Nguyễn asks" in raw
    assert "\u0303" not in raw and "\u0301" not in raw


def test_fonts_are_the_embedded_dejavu_faces(sample_pdf: bytes) -> None:
    page = PdfReader(io.BytesIO(sample_pdf)).pages[0]
    fonts: Any = page["/Resources"]["/Font"]  # type: ignore[index]
    names = {str(fonts[key].get_object()["/BaseFont"]) for key in fonts}
    assert names and all(n.endswith(("+DejaVuSans", "+DejaVuSans-Bold")) for n in names), names


def test_markup_characters_print_exactly_as_typed() -> None:
    intake = sample_intake(TODAY)
    intake.notes.anything_else = "\n".join(MARKUP)
    intake.relief.medicines = "J&C <i>vitamins</i>"
    intake.patient.physician = "Dr. <Smith> & Jones"
    text = sheet_text(intake, Settings(clinic_name="Spine & Back <Clinic>"))
    for typed in [*MARKUP, "J&C <i>vitamins</i>", "Dr. <Smith> & Jones", "Spine & Back <Clinic>"]:
        assert typed in text, typed


def test_new_lines_in_free_text_become_line_breaks() -> None:
    intake = sample_intake(TODAY)
    intake.notes.questions = "first question?\r\nsecond question?"
    lines = [line.strip() for line in pages(build_sheet(intake, Settings(), now=NOW))[0].splitlines()]
    assert "first question?" in lines
    assert "second question?" in lines


def long_note() -> str:
    words = " ".join(f"word{n}" for n in range(400))
    note = (words[: 2000 - len(" THE-END-OF-NOTE")] + " THE-END-OF-NOTE").replace("  ", " ")
    assert len(note) == 2000
    return note


def test_a_long_note_continues_on_a_second_page_with_the_header_repeated() -> None:
    intake = sample_intake(TODAY)
    intake.notes.anything_else = long_note()
    text = pages(build_sheet(intake, Settings(), now=NOW))
    assert len(text) == 2
    first, second = flat(text[0]), flat(text[1])
    assert "page 1 of 2" in first
    assert "page 2 of 2" in second
    assert "THE-END-OF-NOTE" in second and "THE-END-OF-NOTE" not in first
    assert "word0 " in first  # the note starts on page 1: no half-empty first page
    for header in ("Southeastern Spine Institute", SAMPLE_NAME, "DOB 3/14/1968 (age 58)"):
        assert header in second, header
    assert "Patient's notes (continued)" in second
    # Nothing lost at the break: every word of the note is printed once, in order.
    words = re.findall(r"word\d+", first + " " + second)
    expected = re.findall(r"word\d+", long_note())
    assert words == expected


def test_many_long_answers_run_to_more_pages_and_lose_nothing() -> None:
    intake = sample_intake(TODAY)
    for field in ("anything_else", "questions"):
        setattr(intake.notes, field, f"{field} " + "lorem ipsum " * 165 + f"END-{field}")
    intake.relief.medicines = "x" * 2000  # one unbreakable word
    text = pages(build_sheet(intake, Settings(), now=NOW))
    assert len(text) >= 2
    total = len(text)
    for n, page in enumerate(text, start=1):
        assert f"page {n} of {total}" in page
    joined = flat(" ".join(text))
    assert "END-anything_else" in joined and "END-questions" in joined
    assert "".join(re.findall(r"x{5,}", joined)) == "x" * 2000


def test_urgent_box_appears_exactly_when_a_flag_is_ticked() -> None:
    flagged = sample_intake(TODAY)
    flagged.urgent.flags = {Flag.BLADDER_BOWEL, Flag.SADDLE_NUMBNESS}
    text = sheet_text(flagged)
    assert "URGENT SYMPTOMS REPORTED" in text
    assert "Loss of bladder/bowel control" in text
    assert "Numbness groin/buttocks/inner thighs (saddle)" in text

    for none in (True, False):  # "None of these" ticked, or the question left blank
        clear = sample_intake(TODAY)
        clear.urgent.flags = set()
        clear.urgent.none_of_these = none
        text = sheet_text(clear)
        assert "URGENT" not in text.upper().replace("URGENT SYMPTOMS (RED FLAGS)", "")
        assert ("None of these" if none else "Not answered") in text


def test_flags_are_grouped_by_how_urgent_they_are() -> None:
    mixed = sample_intake(TODAY)
    mixed.urgent.flags = {Flag.CANCER, Flag.LEG_WEAKNESS, Flag.FEVER}
    text = flat(sheet_text(mixed))
    assert "URGENT SYMPTOMS REPORTED" in text
    emergency = text.index("Emergency: care within hours")
    today = text.index("Same day: see a clinician today")
    physician = text.index("For the physician (no alarm shown)")
    assert emergency < text.index("New/worsening leg weakness") < today
    assert today < text.index("Fever/chills with back pain") < physician < text.index("History of cancer")


def test_flags_only_for_the_physician_are_boxed_without_an_alarm() -> None:
    history = sample_intake(TODAY)
    history.urgent.flags = {Flag.CANCER}
    text = flat(sheet_text(history))
    assert "RED FLAGS TO REVIEW" in text and "History of cancer" in text
    assert "URGENT SYMPTOMS REPORTED" not in text and "Emergency:" not in text


@pytest.mark.parametrize(("paper", "size"), [(Paper.LETTER, (612, 792)), (Paper.A4, (595, 842))])
def test_paper_size_follows_the_settings(paper: Paper, size: tuple[int, int]) -> None:
    pdf = build_sheet(sample_intake(TODAY), Settings(paper=paper), now=NOW)
    for page in PdfReader(io.BytesIO(pdf)).pages:
        box = page.mediabox
        assert (round(float(box.width)), round(float(box.height))) == size
    assert len(pages(pdf)) == 1


def test_blank_optional_items_read_not_answered() -> None:
    intake = sample_intake(TODAY)
    intake.patient.appointment = PartialDate()
    intake.patient.physician = ""
    intake.severity.limitation = None
    intake.severity.locations = set()
    intake.onset.conditions = set()
    intake.relief.medicines = ""
    intake.relief.worse = " "
    intake.notes.anything_else = ""
    intake.notes.questions = ""
    del intake.relief.outcomes[Treatment.MASSAGE]
    del intake.relief.outcomes[Treatment.INJECTIONS]
    text = sheet_text(intake)
    for label in (
        "Limits daily activities",
        "Where it hurts",
        "Prior conditions",
        "Current medicines",
        "Made worse by",
        "Patient's notes",
        "Patient's questions",
    ):
        assert f"{label} Not answered" in text, label
    assert "Massage; Injections Not answered" in text
    assert "APPOINTMENT Not given" in text


def test_nothing_yet_prints_instead_of_the_table() -> None:
    intake = sample_intake(TODAY)
    intake.relief.outcomes = {}
    intake.relief.nothing_yet = True
    text = sheet_text(intake)
    assert "Nothing yet" in text
    assert "Tried Helped" not in text


def test_the_sheet_does_not_touch_the_intake() -> None:
    intake = sample_intake(TODAY)
    before = intake.to_dict()
    build_sheet(intake, Settings(), now=NOW)
    assert intake.to_dict() == before


def test_metadata_is_generic_and_never_names_the_patient(sample_pdf: bytes) -> None:
    meta = PdfReader(io.BytesIO(sample_pdf)).metadata
    assert meta is not None
    assert meta.title == PDF_TITLE == "SpinePrep summary sheet"
    assert meta.author == "SpinePrep"
    assert meta.creator == "SpinePrep"
    for value in meta.values():
        assert "Zo" not in str(value) and "O'Brien" not in str(value)


def test_the_sheet_can_be_translated() -> None:
    def tr(context: str, text: str) -> str:
        return {"Prepared {0}": "Preparado {0}", "page {0} of {1}": "página {0} de {1}"}.get(text, text)

    text = flat(pages(build_sheet(sample_intake(TODAY), Settings(), now=NOW, tr=tr))[0])
    assert "Preparado 11/25/2026" in text
    assert "página 1 de 1" in text


def test_every_sheet_string_is_marked_for_lupdate() -> None:
    marked: set[tuple[str, str]] = set()
    packages = (spineprep.sheet, spineprep.summary)
    files = [p for m in packages for p in Path(str(m.__file__)).parent.glob("*.py")]
    files.append(Path(str(spineprep.catalogue.__file__)))
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
                context, text = (str(a.value) for a in node.args if isinstance(a, ast.Constant))
                marked.add((context, text))
    seen: set[tuple[str, str]] = set()

    def tr(context: str, text: str) -> str:
        seen.add((context, text))
        return text

    blank = Intake()
    blank.relief.outcomes = {Treatment.REST: Outcome.NOT_TRIED}
    for intake in (sample_intake(TODAY), blank):
        build_sheet(intake, Settings(), now=NOW, tr=tr)
    assert {c for c, _ in seen} == {"Sheet", "Summary", "Catalogue"}
    assert seen - marked == set()


def test_fonts_register_once() -> None:
    register_fonts()
    register_fonts()  # a second call must not raise or re-read the files
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= set(pdfmetrics.getRegisteredFontNames())


def test_no_files_are_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    pdf = build_sheet(sample_intake(TODAY), Settings(), now=NOW)
    assert pdf.startswith(b"%PDF-")
    assert list(tmp_path.iterdir()) == []


def test_builds_well_under_half_a_second() -> None:
    register_fonts()
    intake = sample_intake(TODAY)
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        build_sheet(intake, Settings(), now=NOW)
        best = min(best, time.perf_counter() - start)
    assert best < 0.5, f"{best:.3f} s"


def test_sheet_module_imports_no_qt() -> None:
    code = (
        "import sys, datetime\n"
        "from spineprep.sheet import build_sheet\n"
        "from spineprep.sample import sample_intake\n"
        "from spineprep.settings import Settings\n"
        "build_sheet(sample_intake(datetime.date(2026, 11, 25)), Settings())\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    source = "".join(
        p.read_text(encoding="utf-8") for p in Path(spineprep.sheet.__file__).parent.glob("*.py")
    )
    assert "PySide6" not in source and "QtCore" not in source


def test_sample_is_dated_relative_to_today() -> None:
    intake = sample_intake(date(2030, 1, 10))
    assert intake.patient.appointment.parse() == date(2030, 1, 16)
    assert intake.started_at.date() == date(2030, 1, 10)
    assert intake.relief.outcomes[Treatment.HEAT] is Outcome.HELPED_A_LOT


def every_box_full(text: str) -> Intake:
    """Every free-text box filled to its limit with ``text`` repeated."""
    from spineprep.catalogue import SHORT_TEXT_LIMIT, TEXT_LIMIT
    from spineprep.sheet.fit import FREE_TEXT

    intake = sample_intake(TODAY)
    intake.relief.outcomes[Treatment.OTHER] = Outcome.HELPED_A_LOT
    for part, field in FREE_TEXT:
        limit = (
            TEXT_LIMIT if field in ("medicines", "worse", "anything_else", "questions") else SHORT_TEXT_LIMIT
        )
        setattr(getattr(intake, part), field, (text * limit)[:limit])
    return intake


@pytest.mark.parametrize("typed", [".\n", "\n", ",;\n\n", "a\nb "])
def test_boxes_full_of_line_breaks_print_on_at_most_four_pages(typed: str) -> None:
    """Issue 19, finding 6: line breaks and dots up to each box's limit made a 74-page sheet
    (or none at all: one answer taller than a page stopped reportlab)."""
    from spineprep.sheet.fit import MAX_PAGES

    started = time.perf_counter()
    text = pages(build_sheet(every_box_full(typed), Settings(), now=NOW))
    assert 1 <= len(text) <= MAX_PAGES
    assert time.perf_counter() - started < 5
    assert f"page {len(text)} of {len(text)}" in text[-1]


def test_answers_that_cannot_fit_are_cut_and_the_sheet_says_so() -> None:
    from spineprep.sheet.fit import MAX_PAGES

    intake = every_box_full("w\n")  # 1,000 one-letter lines in each long box
    intake.notes.anything_else = "\n".join(f"line{n} " + "z" * 60 for n in range(30))[:2000]
    text = pages(build_sheet(intake, Settings(), now=NOW))
    assert len(text) <= MAX_PAGES
    joined = flat(" ".join(text))
    assert "line0 " in joined  # the start of every answer is there...
    assert "line29" not in joined  # ...not its end,
    assert "shortened on this sheet; SpinePrep keeps the whole answer" in joined  # and it says so


def test_a_sheet_that_fits_is_printed_exactly_as_typed() -> None:
    from spineprep.sheet.fit import tidy

    intake = sample_intake(TODAY)
    intake.relief.medicines = "\n".join(f"medicine {n}" for n in range(20))  # 20 lines: fits
    lines = [line.strip() for line in " ".join(pages(build_sheet(intake, Settings(), now=NOW))).splitlines()]
    assert [f"medicine {n}" for n in range(20)] == [line for line in lines if line.startswith("medicine ")]
    # What tidying does, only ever to a sheet that would not fit:
    assert tidy("a\n\n\n\nb", None, "[cut]") == "a\n\nb"
    assert tidy("\n".join("abcdefghijklmnop"), None, "[cut]").split("\n")[-1] == " / ".join("lmnop")
    assert tidy("one two three four", 12, "[cut]") == "one two … [cut]"
