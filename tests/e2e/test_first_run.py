"""First start on a clean home, with no --data-dir: where the answers and settings go, and
that a clinic's settings.json put in that folder beforehand is read."""

from __future__ import annotations

import json
import stat

import pytest

from tests.e2e.conftest import LAPTOP_SCREEN, Launch
from tests.e2e.harness import read_intakes, wait_for
from tests.e2e.home_visit import NAME, KeyboardVisit

CLINIC = {"clinic_name": "Lakeside Back Clinic", "clinic_phone": "(555) 010-0199"}


def test_a_first_start_keeps_answers_and_settings_in_the_spineprep_folder(launch: Launch) -> None:
    app = launch(screen=LAPTOP_SCREEN, lang="en_US.UTF-8")
    folder = app.data_dir  # ~/.local/share/SpinePrep, as the README says
    share = app.home / ".local" / "share"

    # A display preference is saved at home: the settings file is written now.
    app.focus_window()
    app.wait_focused(name="Get ready for your spine appointment")
    app.tab_to("Text size 100%")
    app.tab_to("Text size 150%", key="Right")
    app.key("space")
    settings = folder / "settings.json"
    wait_for(
        f"settings.json in {folder} (the share folder holds {sorted(p.name for p in share.glob('*'))})",
        lambda: settings.is_file(),
        timeout=10,
    )
    assert json.loads(settings.read_text())["text_size"] == 150

    # An answer is saved as a draft within half a second.
    app.wait_focused(name="Text size 150%")
    app.key("Return")
    app.wait_focused(name="About you")
    app.tab_to("Full name")
    app.type(NAME)
    db = folder / "spineprep.db"
    rows = wait_for("the draft in the store", lambda: db.is_file() and read_intakes(db), timeout=10)
    assert [(r["status"], r["full_name"]) for r in rows] == [("draft", NAME)]

    stray = [share / "spineprep.db", share / "settings.json"]
    assert not [p for p in stray if p.exists()], f"SpinePrep wrote into {share} itself: {stray}"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700, f"{folder} is open to others"
    assert stat.S_IMODE(db.stat().st_mode) == 0o600, f"{db} is open to others"
    # At home the day's rolling backup is made at start, owner-only, beside the answers.
    backups = sorted((folder / "backups").glob("spineprep-*.db"))
    assert len(backups) == 1 and stat.S_IMODE(backups[0].stat().st_mode) == 0o600, backups


@pytest.mark.timeout(180)
def test_a_clinics_settings_file_put_there_before_the_first_start_is_read(launch: Launch, tmp_path) -> None:
    home = tmp_path / "clinic-home"
    folder = home / ".local" / "share" / "SpinePrep"
    folder.mkdir(parents=True, mode=0o700)
    (folder / "settings.json").write_text(json.dumps(CLINIC), encoding="utf-8")

    app = launch(screen=LAPTOP_SCREEN, lang="en_US.UTF-8", home=home)
    header = app.find("label", CLINIC["clinic_name"])
    assert header.y < 100, f"the clinic's name is not in the window's header: {header} at y={header.y}"
    assert app.find_all("label", name_re=f"^Your doctor at {CLINIC['clinic_name']} wants to know")

    # An urgent symptom for today: the notice gives the clinic's own number.
    visit = KeyboardVisit(app, urgent=True)
    visit.start()
    for page, answer in (
        ("severity", visit.about),
        ("frequency", visit.severity),
        ("onset", visit.frequency),
        ("relief", visit.onset),
        ("urgent", visit.relief),
        ("urgent_notice", visit.urgent_page),
    ):
        answer()
        visit.next(page)
    app.shot("urgent-notice")
    said = " ".join(n.name for n in app.tree() if n.role == "label")
    assert CLINIC["clinic_phone"] in said and CLINIC["clinic_name"] in said, f"the notice says: {said}"
