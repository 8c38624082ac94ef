"""What keeps the window quick (issue 20), as the patient meets it: Past summaries a page at a
time however many there are; pages after Welcome built once it is on screen; the review's cards
made ahead and emptied between patients; dates written without a time-zone look-up each."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from spineprep.navigation import Step
from spineprep.sample import sample_intake
from spineprep.store import Store
from spineprep.store.files import default_db_path
from spineprep.ui.app import make_app, make_window
from spineprep.ui.widgets.fields import readable_time
from spineprep.ui.window import MainWindow
from tests.ui.conftest import tap


def _finish_many(data_dir: Path, count: int) -> list[str]:
    """``count`` finished summaries, one a day; their ids newest first."""
    ids = []
    with Store.open(default_db_path(data_dir)) as store:
        for n in range(count):
            intake = replace(
                sample_intake(), id=f"past-{n:03d}", completed_at=datetime(2026, 1, 1) + timedelta(days=n)
            )
            intake.patient.full_name = f"Patient {n:03d}"
            store.complete(intake)
            ids.append(intake.id)
    return ids[::-1]


def _shown(qtbot: QtBot, data_dir: Path) -> MainWindow:
    """The window on ``data_dir``'s store, on screen."""
    make_app()
    window = make_window(data_dir)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_past_summaries_come_fifty_at_a_time_newest_first_then_more_by_button_or_scrolling(
    qtbot: QtBot, data_dir: Path
) -> None:
    newest_first = _finish_many(data_dir, 120)
    make_app()
    window = make_window(data_dir)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.show_history()
    history = window.history
    assert history.ids == newest_first[:50]
    assert history.table.rowCount() == 50 and history.table.item(0, 1).text() == "Patient 119"
    assert history.count.isVisible() and history.count.text() == "Showing the newest 50 of 120."
    assert history.more_button.isVisible() and history.more_button.accessibleName() == "Show older summaries"
    tap(qtbot, history.more_button)
    assert history.ids == newest_first[:100]
    assert history.count.text() == "Showing the newest 100 of 120."
    # Scrolling to the end of the list (a wheel, a finger, the arrow keys) brings the rest.
    bar = history.table.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    assert history.ids == newest_first
    assert not history.more_button.isVisible() and not history.count.isVisible()
    window.store.close()


def test_pages_after_welcome_are_built_once_it_is_painted_and_at_once_when_one_is_needed(
    qtbot: QtBot, data_dir: Path
) -> None:
    make_app()
    window = make_window(data_dir)
    qtbot.addWidget(window)
    assert window.stack.count() == 1 and not window.rest_built()  # Welcome only, before the paint
    window.show()
    qtbot.waitUntil(window.rest_built)
    assert window.stack.count() == 12  # eleven pages of the flow and Past summaries
    assert set(window.flow.pages) == set(Step)

    other = make_window(data_dir)
    qtbot.addWidget(other)
    assert not other.rest_built()
    assert other.severity.step is Step.SEVERITY  # asked for before any paint: built now
    assert other.rest_built() and other.stack.count() == 12
    other.flow.go(Step.ONSET)
    assert other.stack.currentWidget() is other.onset
    for win in (window, other):
        assert win.store is not None
        win.store.close()


def test_review_cards_are_made_ahead_then_only_filled_and_hold_nothing_of_the_patient_before(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.flow.set_intake(sample_intake())
    window.flow.go(Step.NOTES)
    qtbot.waitUntil(lambda: bool(window.review._cards))  # made while Notes shows
    made = list(window.review._cards)
    window._next()
    assert window.flow.step is Step.REVIEW and window.review._cards == made  # not made again
    words = {label.text() for label in window.review.findChildren(QLabel)}
    assert "Zoë Ñúñez-O'Brien (SAMPLE)" in words
    window.flow.set_intake(replace(sample_intake(), id="next-patient"))  # the next patient
    words = {label.text() for label in window.review.findChildren(QLabel)}
    assert "Zoë Ñúñez-O'Brien (SAMPLE)" not in words
    changes = [b for b in window.review.findChildren(QWidget) if b.objectName() == "changeButton"]
    assert all(b.accessibleDescription() == "" for b in changes)


def test_dates_in_lists_read_as_before_and_keep_the_time_the_patient_saw() -> None:
    make_app()
    saved = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        assert readable_time(datetime(2026, 11, 25, 14, 37)) == "11/25/26 2:37\u202fPM"
        # 2:30 on the night clocks in the US go forward does not exist as local time: it is
        # shown as it was kept, not moved an hour.
        assert readable_time(datetime(2026, 3, 8, 2, 30)) == "3/8/26 2:30\u202fAM"
        QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
        assert readable_time(datetime(2026, 11, 25, 14, 37)) == "25/11/26 14:37"
    finally:
        QLocale.setDefault(saved)
    assert QApplication.instance() is not None


def test_deleting_a_past_summary_names_it_and_keeps_the_place_in_the_list(
    qtbot: QtBot, data_dir: Path, no_real_question_box: list[str]
) -> None:
    newest_first = _finish_many(data_dir, 120)
    window = _shown(qtbot, data_dir)
    window.show_history()
    tap(qtbot, window.history.more_button)  # 100 rows shown
    window.history.table.selectRow(60)
    tap(qtbot, window.history.delete_button)
    (question,) = no_real_question_box
    assert "Patient 059" in question and "3/1/26" in question  # its name and when (Jan 1 + 59 days)
    assert window.history.ids == [i for i in newest_first if i != "past-059"][:100]
    assert window.history.selected_id() == "past-058"  # the next older one, not the newest
    assert window.store is not None
    window.store.close()


def test_a_damaged_row_counted_but_not_listed_does_not_leave_show_older_offered(
    qtbot: QtBot, data_dir: Path
) -> None:
    """Found in review: the count includes a damaged earlier row the list leaves out, and the
    button offering older summaries stayed for ever. Whether there are more is now read, not
    worked out from the count."""
    _finish_many(data_dir, 50)
    conn = sqlite3.connect(default_db_path(data_dir))
    conn.execute(
        "INSERT INTO intakes (id, status, started_at, updated_at, completed_at, full_name, answers)"
        " VALUES ('bad', 'complete', '2025-11-25T10:00:00', '2025-11-25T10:00:00.000000Z',"
        " '2025-11-25T10:00:00', 'Damaged', '{not json')"
    )
    conn.commit()
    conn.close()
    window = _shown(qtbot, data_dir)
    window.show_history()
    assert len(window.history.ids) == 50 and window.history.total == 51
    assert not window.history.more_button.isVisible() and not window.history.count.isVisible()
    assert window.store is not None
    window.store.close()
