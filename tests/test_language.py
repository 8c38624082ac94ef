"""Which language a locale means, the language and text-size settings, and the sheet's note."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from spineprep.intake import Intake
from spineprep.language import Language, language_of, parse_language
from spineprep.sample import sample_intake
from spineprep.settings import Look, Settings
from spineprep.sheet import build_sheet


@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("es_MX.UTF-8", Language.SPANISH),
        ("es-US", Language.SPANISH),
        ("es", Language.SPANISH),
        ("en_US.UTF-8", Language.ENGLISH),
        ("C", Language.ENGLISH),
        ("", Language.ENGLISH),
        ("fr_FR", Language.ENGLISH),
    ],
)
def test_a_locale_means_a_language(name: str, language: Language) -> None:
    assert language_of(name) is language


def test_languages_are_named_in_themselves() -> None:
    assert [lang.native_name for lang in Language] == ["English", "Español"]
    assert parse_language(" ES ") is Language.SPANISH and parse_language("klingon") is None


def write(folder: Path, **values: object) -> Settings:
    (folder / "settings.json").write_text(json.dumps(values), encoding="utf-8")
    return Settings.load(folder)


def test_the_look_settings_are_checked_on_load(tmp_path: Path) -> None:
    assert write(tmp_path, language="es", text_size=150, high_contrast=True).look(Language.ENGLISH) == Look(
        Language.SPANISH, 150, True
    )
    # No language set: the computer's decides.
    assert write(tmp_path).look(Language.SPANISH).language is Language.SPANISH
    damaged = write(tmp_path, language="xx", clinic_language=3, text_size=175, high_contrast="yes")
    assert (damaged.language, damaged.clinic_language, damaged.text_size, damaged.high_contrast) == (
        "",
        "en",
        150,
        False,
    )
    assert write(tmp_path, text_size=900).text_size == 200
    assert write(tmp_path, text_size=True).text_size == 100
    assert write(tmp_path, clinic_language="es").sheet_language() is Language.SPANISH


def test_an_intake_keeps_its_language() -> None:
    intake = Intake(language=Language.SPANISH)
    assert intake.is_blank()
    assert Intake.from_dict(intake.to_dict()).language is Language.SPANISH
    older = intake.to_dict()
    del older["language"]  # answers saved before languages existed
    assert Intake.from_dict(older).language is Language.ENGLISH


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_sheet_says_when_the_patient_answered_in_another_language() -> None:
    intake = sample_intake(date(2026, 11, 25))
    assert "answered in" not in pdf_text(build_sheet(intake, Settings()))
    intake.language = Language.SPANISH
    pdf = build_sheet(intake, Settings())
    assert "Patient answered in Spanish" in pdf_text(pdf)
    assert b"/Lang (en-US)" in pdf
