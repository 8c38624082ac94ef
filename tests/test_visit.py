"""One patient's visit without Qt (spineprep/visit.py): drafts, finishing, the sheet, past
visits and the sentence said when the store fails, on a real SQLite file and real PDFs."""

from __future__ import annotations

import io
import stat
from datetime import datetime
from pathlib import Path

from pypdf import PdfReader

from spineprep.language import Language
from spineprep.sample import sample_intake
from spineprep.settings import Look, Settings
from spineprep.sheet_file import write_sheet
from spineprep.store import Store
from spineprep.visit import NO_HISTORY, PHONE_NOT_KEPT, Visit
from tests.conftest import assert_runs_without_qt, unsqueezable

NOON = datetime(2026, 11, 30, 12, 0, 0, 123456)


def open_visit(folder: Path, kiosk: bool = False) -> Visit:
    return Visit(
        Settings(), Store.open(folder / "intakes.db"), kiosk=kiosk, data_dir=folder, clock=lambda: NOON
    )


def answered(visit: Visit) -> Visit:
    visit.intake = sample_intake()
    visit.intake.completed_at = None
    visit.changed()
    return visit


def sheet_text(pdf: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_visit_runs_without_qt() -> None:
    assert_runs_without_qt(
        "import tempfile, pathlib\n"
        "from spineprep.visit import Visit\n"
        "from spineprep.settings import Settings\n"
        "from spineprep.store import Store\n"
        "folder = pathlib.Path(tempfile.mkdtemp())\n"
        "v = Visit(Settings(), Store.open(folder / 'a.db'))\n"
        "v.intake.patient.full_name = 'Ana'\n"
        "assert v.save_draft() is None and v.finish(v.intake.language) is None\n"
        "assert v.sheet().startswith(b'%PDF')\n"
    )


def test_blank_answers_are_no_draft_and_typed_ones_are(tmp_path: Path) -> None:
    visit = open_visit(tmp_path)
    assert visit.save_draft() is None and visit.store is not None
    assert visit.store.latest_draft() is None
    visit.intake.patient.full_name = "Ana"
    assert visit.save_draft() is None
    draft = visit.store.latest_draft()
    assert draft is not None and draft.intake.patient.full_name == "Ana"


def test_a_draft_is_offered_at_home_resumed_and_never_at_a_kiosk(tmp_path: Path) -> None:
    first = answered(open_visit(tmp_path))
    first.save_draft()
    kept = first.intake.id

    kiosk = open_visit(tmp_path, kiosk=True)
    assert kiosk.find_draft() is None and kiosk.draft is None

    home = open_visit(tmp_path)
    assert home.find_draft() is None and home.draft is not None
    intake = home.resume()
    assert intake is home.intake and intake.id == kept and home.draft is None
    assert home.resume() is None  # offered once


def test_discarding_the_draft_deletes_it(tmp_path: Path) -> None:
    answered(open_visit(tmp_path)).save_draft()
    home = open_visit(tmp_path)
    home.find_draft()
    assert home.discard_draft() is None and home.draft is None
    assert home.find_draft() is None and home.draft is None


def test_finishing_stores_the_answers_in_the_language_they_were_given(tmp_path: Path) -> None:
    visit = answered(open_visit(tmp_path))
    assert visit.finish(Language.SPANISH) is None
    assert visit.saved and visit.intake.completed_at is not None
    assert visit.store is not None
    (entry,) = visit.store.history()
    assert entry.id == visit.intake.id
    assert visit.store.load(entry.id).language is Language.SPANISH
    assert visit.save_draft() is None and visit.store.latest_draft() is None  # finished: no draft


def test_a_failing_store_is_one_sentence_and_the_answers_stay(tmp_path: Path) -> None:
    visit = answered(open_visit(tmp_path))
    assert visit.store is not None
    visit.store.close()
    problem = visit.save_draft()
    assert problem is not None and problem.error and visit.draft_failing
    assert problem.words().startswith("Your answers can't be saved:")
    assert problem.words().endswith(".") and "\n" not in problem.words()

    said = visit.finish(Language.ENGLISH)
    assert said is not None and said.error and not visit.saved
    # The sheet still works, dated now (the clock's second).
    assert visit.intake.completed_at == NOON.replace(microsecond=0)
    assert "Ñúñez" in sheet_text(visit.sheet())


def test_the_draft_failing_flag_clears_once_a_save_succeeds(tmp_path: Path) -> None:
    visit = answered(open_visit(tmp_path))
    assert visit.store is not None
    visit.store.close()
    assert visit.save_draft() is not None and visit.draft_failing
    assert visit.save_draft() is not None and visit.draft_failing  # still failing
    visit.store = Store.open(tmp_path / "intakes.db")
    assert visit.save_draft() is None and not visit.draft_failing


def test_the_sheet_is_made_once_per_set_of_answers(tmp_path: Path) -> None:
    made: list[str] = []

    def counting(intake: object, settings: Settings) -> bytes:
        made.append("sheet")
        return b"%PDF-" + str(len(made)).encode()

    visit = Visit(Settings(), None, make_sheet=counting)
    assert visit.sheet() == visit.sheet() == b"%PDF-1"
    visit.changed()
    assert visit.sheet() == b"%PDF-2"
    visit.settings_changed()
    assert visit.sheet() == b"%PDF-3"
    visit.start_new()
    assert visit.sheet() == b"%PDF-4" and made == ["sheet"] * 4


def test_without_a_store_finishing_still_dates_the_sheet() -> None:
    visit = Visit(Settings(), None, clock=lambda: NOON)
    visit.intake = sample_intake()
    visit.intake.completed_at = None
    assert visit.finish(Language.ENGLISH) is None and not visit.saved
    assert visit.intake.completed_at == NOON.replace(microsecond=0)
    assert visit.history() == ([], NO_HISTORY)
    assert "not available" in NO_HISTORY.words()


def test_past_visits_open_as_the_same_sheet_and_can_be_deleted(tmp_path: Path) -> None:
    visit = answered(open_visit(tmp_path))
    visit.finish(Language.ENGLISH)
    now_sheet = visit.sheet()
    entries, problem = visit.history()
    assert problem is None and [e.id for e in entries] == [visit.intake.id]

    again = visit.past_sheet(visit.intake.id)
    assert again.said is None and again.pdf is not None
    assert sheet_text(again.pdf) == sheet_text(now_sheet)

    missing = visit.past_sheet("no-such-id")
    assert missing.pdf is None and missing.said is not None
    assert missing.said.words() == "That summary could not be read."

    said = visit.delete_past(visit.intake.id)
    assert not said.error and said.words() == "The summary was deleted."
    assert visit.history() == ([], None)


def test_the_kiosk_words_are_the_staffs(tmp_path: Path) -> None:
    visit = answered(open_visit(tmp_path, kiosk=True))
    visit.finish(Language.ENGLISH)
    assert visit.past_sheet("nope").said is not None
    assert visit.past_sheet("nope").said.words() == "That sheet could not be read."  # type: ignore[union-attr]
    assert visit.delete_past(visit.intake.id).words() == "The sheet was deleted."
    answered(visit).save_draft()
    assert visit.store is not None and visit.store.latest_draft() is not None
    assert visit.forget_drafts() is None and visit.store.latest_draft() is None


def test_home_keeps_the_look_and_the_clinic_phone_a_kiosk_does_not(tmp_path: Path) -> None:
    home = open_visit(tmp_path)
    home.keep_look(Look(Language.SPANISH, 150, True))
    home.keep_clinic_phone("555 0100")
    assert Settings.load(tmp_path) == home.settings
    assert (home.settings.language, home.settings.text_size, home.settings.clinic_phone) == (
        "es",
        150,
        "555 0100",
    )

    other = tmp_path / "kiosk"
    other.mkdir()
    kiosk = open_visit(other, kiosk=True)
    kiosk.keep_look(Look(Language.SPANISH, 200, True))
    assert kiosk.keep_clinic_phone("555 0199") is None
    assert not (other / "settings.json").exists()


def test_a_phone_number_that_cannot_be_kept_is_said(tmp_path: Path) -> None:
    home = open_visit(tmp_path)
    home.data_dir = tmp_path / "a file, not a folder"
    home.data_dir.write_text("")
    assert home.keep_clinic_phone("555 0100") == PHONE_NOT_KEPT
    assert "could not be kept" in PHONE_NOT_KEPT.words()
    assert home.settings.clinic_phone == "555 0100"  # shown for now


def test_write_sheet_is_owner_only_and_says_where(tmp_path: Path) -> None:
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"old")
    target.chmod(0o644)
    said = write_sheet(b"%PDF-1.4 new", target)
    assert not said.error and said.words() == f"Saved to {target}."
    assert target.read_bytes() == b"%PDF-1.4 new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600

    nowhere = tmp_path / "missing" / "sheet.pdf"
    said = write_sheet(b"%PDF", nowhere)
    assert said.error and said.words() == (
        f"The sheet could not be saved to {nowhere}: No such file or directory. Try another folder."
    )


UNSQUEEZABLE = unsqueezable(3000)


def fill_up(store: Store) -> None:
    """The store's file can grow no more: SQLite's own "disk full" (SQLITE_FULL)."""
    pages = store._db.execute("PRAGMA page_count").fetchone()[0]
    store._db.execute(f"PRAGMA max_page_count = {pages}")


def make_room(store: Store) -> None:
    store._db.execute("PRAGMA max_page_count = 1073741823")


def test_a_finish_on_a_full_disk_is_written_once_there_is_room(tmp_path: Path) -> None:
    """Issue 19, finding 2: the finished answers were never saved, and the next start offered
    the older draft."""
    visit = answered(open_visit(tmp_path))
    assert visit.save_draft() is None  # an older draft is in the file
    assert visit.store is not None
    visit.intake.notes.anything_else = UNSQUEEZABLE  # more than the file has room for
    fill_up(visit.store)
    said = visit.finish(Language.ENGLISH)
    assert said is not None and "full" in said.words() and visit.at_risk()
    assert visit.save_draft() is not None and visit.at_risk()  # still full: still held

    make_room(visit.store)
    assert visit.save_draft() is None and not visit.at_risk() and visit.saved
    visit.store.close()
    again = open_visit(tmp_path)
    assert again.find_draft() is None and again.draft is None  # nothing older offered
    assert again.store is not None
    assert again.store.load(visit.intake.id).notes.anything_else == UNSQUEEZABLE


def test_a_new_patient_does_not_drop_answers_the_store_has_not_taken(tmp_path: Path) -> None:
    first = answered(open_visit(tmp_path))
    first.save_draft()
    assert first.store is not None
    fill_up(first.store)
    first.intake.notes.anything_else = UNSQUEEZABLE
    assert first.finish(Language.ENGLISH) is not None
    kept = first.intake
    first.start_new()
    assert first.held == [kept] and first.at_risk() and first.intake is not kept
    assert first.forget_drafts() is None  # a kiosk's wipe
    assert first.store.load(kept.id).patient.full_name == kept.patient.full_name  # its draft stayed

    make_room(first.store)
    assert first.save_draft() is None and first.held == [] and not first.at_risk()
    (entry,) = first.store.history()
    assert entry.id == kept.id


def test_a_store_that_could_not_be_opened_is_tried_again(tmp_path: Path) -> None:
    """Issue 19, finding 2: a store that could not be opened at start was never retried."""
    blocked = tmp_path / "data"
    blocked.write_text("a file where the folder should be")
    visit = Visit(Settings(), None, store_path=blocked / "intakes.db")
    assert not visit.at_risk()  # nothing typed: nothing at risk
    visit.intake.patient.full_name = "Ana"
    assert visit.at_risk()
    assert visit.save_draft() is not None and visit.store is None

    blocked.unlink()  # the folder can be made now
    assert visit.save_draft() is None and visit.store is not None and not visit.at_risk()
    draft = visit.store.latest_draft()
    assert draft is not None and draft.intake.patient.full_name == "Ana"


def test_a_store_checked_later_opens_at_once_and_damage_it_finds_sets_it_aside_with_nothing_lost(
    tmp_path: Path,
) -> None:
    """Issue 20: the look for damage reads the whole file (0.2 s for 100,000 intakes): the app
    opens the store at once and looks on a thread. Damage it finds fails the next save, and the
    save after sets the file aside as damage found at open would; the patient's answers stay."""
    from spineprep.store import open_or_recover
    from spineprep.store.files import default_db_path
    from tests.test_store import many_finished

    db = default_db_path(tmp_path)
    many_finished(db, 60)
    page = 4096
    data = bytearray(db.read_bytes())
    last = (len(data) // page - 1) * page
    data[last + 8 : last + 200] = b"\xa5" * 192  # a leaf page's cell pointers: garbage
    db.write_bytes(bytes(data))

    store, said = open_or_recover(db, check_later=True)
    assert said is None  # opened at once, damage not seen yet
    visit = Visit(Settings(), store, store_path=db)
    answered(visit)
    assert store.checking is not None
    store.checking.join(10)
    first = visit.save_draft()
    assert first is not None and first.damaged  # not written into the damaged file
    assert visit.save_draft() is None  # set aside, a fresh file, the answers in it
    assert visit.recovery is not None and "was damaged" in visit.recovery.words()  # to be said
    assert visit.store is not None and visit.store.load(visit.intake.id) == visit.intake
    assert [p.name for p in tmp_path.iterdir() if ".damaged-" in p.name]
    visit.store.close()


def test_a_relative_data_folder_opens_checks_and_sets_aside(tmp_path: Path, monkeypatch: object) -> None:
    """Found in review: file URIs need an absolute path; ``--data-dir clinic-data`` made the
    damage check's thread die with a traceback, and a damaged file crash the start."""
    import pytest

    from spineprep.store import open_or_recover

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    monkeypatch.chdir(tmp_path)
    relative = Path("clinic-data") / "spineprep.db"
    store, said = open_or_recover(relative, check_later=True)
    assert store.checking is not None
    store.checking.join(10)
    assert said is None and store.path.is_absolute()
    store.close()
    relative.write_bytes(b"not a database" * 600)
    store, said = open_or_recover(relative)
    assert said is not None and "was damaged" in said.words()
    store.close()
