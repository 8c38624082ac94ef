"""Drafts survive a killed process; a store that can't be used never costs the patient their answers."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from pytestqt.qtbot import QtBot

from spineprep.navigation import Step
from spineprep.sample import sample_intake
from spineprep.ui.app import make_app, make_window
from spineprep.ui.window import MainWindow
from tests.conftest import unsqueezable
from tests.ui.conftest import tap

ROOT = Path(__file__).resolve().parents[2]

# A patient typing in a real app window, in its own process; it says "saved" once autosave wrote.
TYPIST = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication
    from spineprep.ui.app import make_app, make_window

    app = make_app()
    w = make_window(Path(sys.argv[1]))
    w.show()
    QTest.mouseClick(w.next_button, Qt.MouseButton.LeftButton)
    w.about.name.setFocus()
    typed = QInputMethodEvent()
    typed.setCommitString("Łukasz Ødegård")
    QApplication.sendEvent(w.about.name, typed)
    QTest.keyClicks(w.about.birth.month, "12")
    QTest.keyClicks(w.about.birth.day, "24")
    QTest.keyClicks(w.about.birth.year, "1950")
    QTest.mouseClick(w.next_button, Qt.MouseButton.LeftButton)
    QTest.mouseClick(w.severity.pain_now.buttons[8], Qt.MouseButton.LeftButton)
    deadline = 50
    while w.autosave.pending() and deadline:
        QTest.qWait(50)
        deadline -= 1
    QTest.qWait(50)
    print("saved", flush=True)
    app.exec()
    """
)


def test_draft_written_before_sigkill_is_offered_and_resumed(qtbot: QtBot, data_dir: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    typist = subprocess.Popen(
        [sys.executable, "-c", TYPIST, str(data_dir)], stdout=subprocess.PIPE, text=True, env=env
    )
    try:
        assert typist.stdout is not None
        assert typist.stdout.readline().strip() == "saved"
    finally:
        typist.send_signal(signal.SIGKILL)
        typist.wait(10)
    assert typist.returncode == -signal.SIGKILL

    make_app()
    w = make_window(data_dir)
    qtbot.addWidget(w)
    w.show()
    assert w.welcome.resume_box.isVisible()
    assert not w.next_button.isEnabled()  # choose: continue or start over
    tap(qtbot, w.welcome.resume_button)
    # Picks up on the first page still missing something: severity's worst pain.
    assert w.flow.step is Step.SEVERITY
    assert w.severity.pain_now.value() == 8
    tap(qtbot, w.back_button)
    assert w.about.name.text() == "Łukasz Ødegård"
    assert (w.about.birth.value().month, w.about.birth.value().year) == ("12", "1950")
    w.store.close()  # type: ignore[union-attr]


def test_start_over_discards_the_draft(qtbot: QtBot, data_dir: Path) -> None:
    from spineprep.store import Store, default_db_path

    store = Store.open(default_db_path(data_dir))
    store.save_draft(sample_intake())
    store.close()
    make_app()
    w = make_window(data_dir)
    qtbot.addWidget(w)
    w.show()
    questions: list[str] = []
    w.confirm = lambda question: questions.append(question) or False  # "No": nothing is lost
    tap(qtbot, w.welcome.discard_button)
    assert w.welcome.resume_box.isVisible()
    assert w.store is not None and w.store.latest_draft() is not None
    assert "cannot be undone" in questions[0]
    w.confirm = lambda _question: True
    tap(qtbot, w.welcome.discard_button)
    assert not w.welcome.resume_box.isVisible()
    assert w.next_button.isEnabled()
    assert w.store is not None and w.store.latest_draft() is None
    w.store.close()


def test_steady_typing_is_saved_every_half_second(qtbot: QtBot, window: MainWindow) -> None:
    """A key every 200 ms for 3 s: the saved draft never falls more than ~1 s behind the typing."""
    window.flow.go(Step.NOTES)
    edit = window.notes.anything_else.edit
    assert window.store is not None
    for typed in range(1, 16):
        qtbot.keyClicks(edit, "a")
        qtbot.wait(200)
        draft = window.store.latest_draft()
        saved = len(draft.intake.notes.anything_else) if draft else 0
        # 1 s of typing is 5 keys; a timer restarted by every key would save nothing at all.
        assert saved >= typed - 5, f"after {typed} keys only {saved} were saved"


def _finish_sample(qtbot: QtBot, w: MainWindow, long_notes: bool = False) -> None:
    intake = sample_intake()
    if long_notes:  # more than a full file has room for
        intake.notes.anything_else = intake.notes.questions = unsqueezable(2000)
    w.flow.set_intake(intake)
    w.flow.go(Step.REVIEW)
    tap(qtbot, w.next_button)
    assert w.flow.step is Step.DONE


def test_junk_database_file_is_set_aside_with_a_plain_message_and_the_sheet_still_saves(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    db = data_dir / "spineprep.db"
    db.write_bytes(os.urandom(8192))
    make_app()
    w = make_window(data_dir)
    qtbot.addWidget(w)
    w.show()
    # Issue 19: set aside (never deleted), a new file started, and the banner says where.
    assert w.store is not None
    assert w.banner.isVisible()
    assert str(db) in w.banner.text() and "set aside as" in w.banner.text()
    assert "Traceback" not in w.banner.text()
    assert len(list(data_dir.glob("spineprep.db.damaged-*"))) == 1
    _finish_sample(qtbot, w)
    target = tmp_path / "kept.pdf"
    w.ask_save_path = lambda _parent: target
    tap(qtbot, w.done.save_button)
    assert target.read_bytes().startswith(b"%PDF")


def _blocked_window(qtbot: QtBot, tmp_path: Path) -> tuple[MainWindow, Path]:
    """A window whose data folder cannot be made: a file stands where it should go."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should go")
    make_app()
    w = make_window(blocker / "data")
    qtbot.addWidget(w)
    w.show()
    return w, blocker


def test_unwritable_data_folder_gives_a_plain_message(qtbot: QtBot, tmp_path: Path) -> None:
    w, blocker = _blocked_window(qtbot, tmp_path)
    assert w.store is None
    assert w.banner.isVisible() and str(blocker) in w.banner.text()
    # The flow still works and the answers are kept in memory.
    tap(qtbot, w.next_button)
    qtbot.keyClicks(w.about.name, "Still here")
    assert w.flow.intake.patient.full_name == "Still here"


def test_disk_full_during_autosave_is_told_and_answers_stay(qtbot: QtBot, window: MainWindow) -> None:
    assert window.store is not None
    conn = window.store._db.conn  # a real SQLITE_FULL: cap the file at its current size
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    window.flow.go(Step.NOTES)
    window.notes.anything_else.edit.setPlainText(unsqueezable(2000))
    window.notes.questions.edit.setPlainText(unsqueezable(2000, seed=21))
    window.autosave.flush()
    assert window.banner.isVisible()
    assert "full" in window.banner.text()
    assert window.flow.intake.notes.anything_else == unsqueezable(2000)
    # Space comes back: the next save succeeds and the message goes away.
    conn.execute("PRAGMA max_page_count = 1000000")
    window.notes.questions.edit.appendPlainText("z")
    window.autosave.flush()
    assert not window.banner.isVisible()


def test_a_finish_on_a_full_disk_is_written_when_there_is_room_and_closing_warns(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Issue 19, finding 2: finishing on a full disk was never saved, even after space returned."""
    assert window.store is not None
    conn = window.store._db.conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    _finish_sample(qtbot, window, long_notes=True)
    assert window.banner.isVisible() and "full" in window.banner.text()
    assert window.autosave.retry.isActive()

    asked: list[str] = []
    window.confirm = lambda question: asked.append(question) is not None  # "No": stay open
    window.close()
    assert window.isVisible() and "closing SpinePrep now loses them" in asked[0]

    conn.execute("PRAGMA max_page_count = 1000000")  # room again
    window.autosave.retry.setInterval(50)
    qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=3000)
    assert not window.autosave.retry.isActive()
    (entry,) = window.store.history()
    assert entry.id == window.flow.intake.id and window.store.latest_draft() is None
    asked.clear()
    window.close()
    assert asked == [] and not window.isVisible()


def test_a_data_folder_that_could_not_be_made_is_tried_again(qtbot: QtBot, tmp_path: Path) -> None:
    """Issue 19, finding 2: a store that could not be opened at start was never tried again."""
    w, blocker = _blocked_window(qtbot, tmp_path)
    assert w.store is None and w.banner.isVisible()
    blocker.unlink()  # someone clears the way
    tap(qtbot, w.next_button)
    qtbot.keyClicks(w.about.name, "Kept now")
    qtbot.waitUntil(lambda: w.store is not None and not w.banner.isVisible(), timeout=3000)
    assert w.store is not None
    draft = w.store.latest_draft()
    assert draft is not None and draft.intake.patient.full_name == "Kept now"
    w.store.close()


def test_history_lists_reopens_and_really_deletes(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    _finish_sample(qtbot, window)
    tap(qtbot, window.done.new_button)
    tap(qtbot, window.welcome.findChild(type(window.next_button), "link"))  # "See past summaries"
    assert window.stack.currentWidget() is window.history
    assert window.history.table.rowCount() == 1
    assert window.history.table.item(0, 1).text() == "Zoë Ñúñez-O'Brien (SAMPLE)"
    assert window.history.table.item(0, 2).text() == "6 / 10"
    tap(qtbot, window.history.open_button)
    assert window.preview_dialog is not None and window.preview_dialog.page_count() >= 1
    window.preview_dialog.close()
    target = tmp_path / "again.pdf"
    window.ask_save_path = lambda _parent: target
    tap(qtbot, window.history.save_button)
    assert target.read_bytes().startswith(b"%PDF")
    window.confirm = lambda _question: True
    tap(qtbot, window.history.delete_button)
    assert window.history.table.rowCount() == 0
    assert window.store is not None and window.store.history() == []
    raw = window.store.path.read_bytes()
    assert "Ñúñez".encode() not in raw


def test_a_sheet_reopened_later_keeps_its_dates(qtbot: QtBot, window: MainWindow) -> None:
    """Reprinted from history 90 days on: prepared date and onset estimate as on the day."""
    import io
    from datetime import date, datetime, timedelta

    from pypdf import PdfReader

    from spineprep.summary import format_date
    from spineprep.ui.sheet_actions import build_pdf

    then = date.today() - timedelta(days=90)
    intake = sample_intake(then)
    intake.onset.ago_noted = then
    intake.completed_at = datetime.combine(then, datetime.min.time()).replace(hour=10)
    text = PdfReader(io.BytesIO(build_pdf(intake, window.settings))).pages[0].extract_text()
    assert f"Prepared {format_date(then)}" in text
    assert f"around {format_date(intake.onset.approximate_start(date.today()))}" in text  # type: ignore[arg-type]
    assert intake.onset.approximate_start(date.today()) < then


def test_damage_found_after_opening_is_told_with_where_the_file_went(qtbot: QtBot, data_dir: Path) -> None:
    """Issue 20 (found in review): the look for damage now runs on a thread after the store
    opens; the set-aside it leads to must still be said, with the paths and counts, and not
    be wiped by the save that then works."""
    from spineprep.store import default_db_path
    from tests.test_store import many_finished

    db = default_db_path(data_dir)
    many_finished(db, 60)
    data = bytearray(db.read_bytes())
    last = (len(data) // 4096 - 1) * 4096
    data[last + 8 : last + 200] = b"\xa5" * 192  # a leaf page's cell pointers: garbage
    db.write_bytes(bytes(data))
    make_app()
    window = make_window(data_dir)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.store is not None and window.store.checking is not None
    window.store.checking.join(10)
    window.flow.set_intake(sample_intake())
    window.flow.intake.completed_at = None  # answers being given
    window.autosave.flush()  # refused: the file is damaged
    assert window.banner.isVisible()
    window.autosave.flush()  # set aside, a new file: the answers are in it
    assert window.store is not None and window.store.load(window.flow.intake.id) == window.flow.intake
    assert window.banner.isVisible() and "was damaged" in window.banner.text()
    assert "set aside as" in window.banner.text()
    window.store.close()
