"""A whole home visit with the keyboard only, on a 1366x768 laptop, in English, to a saved PDF."""

from __future__ import annotations

import re
import stat
from pathlib import Path

import pytest

from spineprep.sample import sample_intake
from spineprep.store import Store, default_db_path
from tests.e2e.conftest import LAPTOP_SCREEN, Launch
from tests.e2e.harness import pdf_text, read_intakes, squash
from tests.e2e.home_visit import MEDICINES, NAME, PHYSICIAN, QUESTION, STORED, KeyboardVisit


@pytest.mark.timeout(300)
def test_a_keyboard_only_visit_ends_in_a_saved_pdf_and_one_finished_intake(launch: Launch) -> None:
    app = launch(screen=LAPTOP_SCREEN, lang="en_US.UTF-8")
    visit = KeyboardVisit(app)

    visit.start()
    visit.about()
    app.shot("about")
    visit.next("severity")
    visit.severity()
    app.shot("severity")
    visit.next("frequency")
    visit.frequency()
    visit.next("onset")
    visit.onset()
    visit.next("relief")
    visit.relief()
    visit.next("urgent")
    visit.urgent_page()
    visit.next("notes")
    visit.notes()
    visit.next("review", key="alt+Right")  # Enter in the questions box is a new line

    review = visit.review_says()
    app.shot("review")
    expected_review = {
        "Your name": NAME,
        "Date of birth": "April 27, 1961",
        "Doctor you will see": PHYSICIAN,
        "Pain right now": "7 / 10 (severe)",
        "Worst pain in the past 7 days": "8 / 10 (severe)",
        "How much it limits daily activities": "A lot",
        "Where it hurts": "Lower back, center; Down one leg",
        "How often the spasms come": "Several times a day",
        "How long one spasm usually lasts": "Minutes",
        "Getting better or worse": "Getting worse",
        "How they started": "Suddenly",
        "What was going on": "Lifting something heavy",
        "Rest": "Helped a little",
        "Heat": "Helped a lot",
        "Current medicines": MEDICINES,
        "Urgent symptoms": "None of these",
        "Questions for the doctor": QUESTION,
    }
    for question, answer in expected_review.items():
        assert answer in review.get(question, ""), f"the review says {question!r}: {review.get(question)!r}"
    assert review.get("When they started", "").startswith("About 3 weeks ago"), review

    visit.next("done")  # Enter on the review = Finish
    pdf = visit.save_pdf(app.home / "visit.pdf")
    app.shot("saved")
    assert stat.S_IMODE(pdf.stat().st_mode) == 0o600, "the saved sheet is readable by others"

    sheet = squash(pdf_text(pdf))
    for words in (
        NAME,
        "4/27/1961",
        PHYSICIAN,
        "7 / 10 (severe)",
        "8 / 10 (severe)",
        "Limits daily activities A lot",
        "Lower back, center; Down one leg",
        "Several times a day",
        "Minutes",
        "Getting worse",
        "About 3 weeks ago",
        "Suddenly",
        "Lifting something heavy",
        "Rest Yes A little",
        "Heat Yes A lot",
        MEDICINES,
        QUESTION,
    ):
        assert words in sheet, f"the saved sheet does not say {words!r}:\n{sheet}"
    assert "URGENT" not in sheet

    rows = read_intakes(app.data_dir / "spineprep.db")
    assert [row["status"] for row in rows] == ["complete"], f"the store holds {[r['status'] for r in rows]}"
    row = rows[0]
    assert (row["full_name"], row["pain_now"], row["pain_worst"]) == (NAME, 7, 8)
    answers = row["answers"]
    for section, fields in STORED.items():
        for field, value in fields.items():
            assert answers[section][field] == value, f"stored {section}.{field} = {answers[section][field]!r}"
    assert answers["patient"]["birth"] == {"month": "04", "day": "27", "year": "1961"}
    assert answers["urgent"] == {"flags": [], "none_of_these": True}
    assert answers["completed_at"], "the stored intake has no finishing time"
    assert answers["language"] == "en"


def test_where_the_sheet_was_saved_reaches_a_screen_reader(launch: Launch, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    answered = sample_intake()
    answered.completed_at = None  # every answer given, not finished yet
    with Store.open(default_db_path(data)) as store:
        store.save_draft(answered)

    app = launch(screen=LAPTOP_SCREEN, args=["--data-dir", str(data)])  # (the point is the Done page)
    visit = KeyboardVisit(app)
    app.focus_window()
    visit.on("welcome")
    app.tab_to("Continue where I left off")
    app.key("Return")
    visit.on("review")
    visit.next("done")
    target = visit.save_pdf(app.home / "sheet.pdf")

    # Focus goes to the words, so a screen reader following focus reads them (on ceac883 the
    # line was a label named 'Status' with no description: nothing said where the sheet went).
    said = app.wait_focused(name_re=re.escape(f"Saved to {target}"))
    assert said.role == "label"
