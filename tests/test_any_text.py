"""Any Unicode a patient can type, in every free-text box (hypothesis): the store gives back
exactly what was kept (NFC, as documented), and the sheet is made from it without fail."""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from spineprep.catalogue import SHORT_TEXT_LIMIT, TEXT_LIMIT
from spineprep.intake import clean_text
from spineprep.sample import sample_intake
from spineprep.settings import Settings
from spineprep.sheet import build_sheet
from spineprep.sheet.fit import FREE_TEXT, MAX_PAGES
from spineprep.store import Store

EXAMPLES = int(os.environ.get("SPINEPREP_HYPOTHESIS_EXAMPLES", "40"))
# What a keyboard, an input method or a paste can put in a box (lone surrogates cannot be text).
TYPED = st.characters(blacklist_categories=("Cs",))
LONG = {"medicines", "worse", "anything_else", "questions"}


def boxes() -> st.SearchStrategy[dict[str, str]]:
    return st.fixed_dictionaries(
        {
            field: st.text(TYPED, max_size=TEXT_LIMIT if field in LONG else SHORT_TEXT_LIMIT)
            for _part, field in FREE_TEXT
        }
        | {"full_name": st.text(TYPED, min_size=1, max_size=SHORT_TEXT_LIMIT)}
    )


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(typed=boxes())
@example(
    typed={field: "<b>&amp; </para>\x00\x0b\u202e é\u0301 👩🏽‍⚕️ \t\r\n<" for _part, field in FREE_TEXT}
    | {"full_name": "<i>&lt;Zoë</i>\x0c"}
)
def test_whatever_is_typed_is_kept_exactly_and_printed(typed: dict[str, str]) -> None:
    intake = sample_intake()
    intake.completed_at = None
    for part, field in FREE_TEXT:
        setattr(getattr(intake, part), field, clean_text(typed[field]))
    intake.patient.full_name = clean_text(typed["full_name"])
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "spineprep.db") as store:
        store.save_draft(intake)
        store.complete(intake)
        back = store.load(intake.id)
        (entry,) = store.history()
    assert back == intake
    assert entry.full_name == intake.patient.full_name
    pdf = build_sheet(back, Settings(), now=back.completed_at)
    assert 1 <= len(PdfReader(io.BytesIO(pdf)).pages) <= MAX_PAGES
