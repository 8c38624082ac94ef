"""Read aloud, through the real engine: Qt's text-to-speech talks to a private speech-dispatcher
whose espeak-ng voices synthesise each message, and which writes down each message with its
language. The test reads back exactly what the engine got, in English and in Spanish."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.exceptions import TimeoutError as QtBotTimeout
from pytestqt.qtbot import QtBot

from spineprep.catalogue import PAIN_SCALE_HIGH, PAIN_SCALE_LOW, Flag, Limitation
from spineprep.language import Language
from spineprep.navigation import Step
from spineprep.sample import SAMPLE_NAME, sample_intake
from spineprep.settings import Settings
from spineprep.ui.read_aloud import as_one, page_texts
from spineprep.ui.window import MainWindow
from tests import speech
from tests.ui.conftest import tap


@pytest.fixture
def talking_window(
    qtbot: QtBot, data_dir: Path, speech_server: speech.SpeechServer, monkeypatch: pytest.MonkeyPatch
) -> MainWindow:
    monkeypatch.setenv("SPEECHD_ADDRESS", speech_server.address)
    window = shown_window(qtbot, data_dir)
    qtbot.waitUntil(window.read_button.isVisible, timeout=10_000)
    speech_server.clear()
    return window


def shown_window(qtbot: QtBot, data_dir: Path) -> MainWindow:
    """A window on screen; the voice (or none) has answered for its language."""
    window = MainWindow(Settings(), None, data_dir=data_dir)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.read_button.reader.answered, timeout=10_000)
    return window


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def read_page(
    qtbot: QtBot, window: MainWindow, server: speech.SpeechServer, key: bool = False
) -> tuple[str, list[str]]:
    """Read the page showing; (the language the engine spoke in, the page's texts it got)."""
    server.clear()
    expected = window._page_texts()
    assert expected
    if key:
        qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    else:
        tap(qtbot, window.read_button)
    # Qt sends each queued text once the one before has ended: its event loop must run.
    try:
        qtbot.waitUntil(lambda: len(server.heard()) >= 1, timeout=20_000)
    except (AssertionError, TimeoutError, QtBotTimeout):
        raise AssertionError(f"the engine got nothing; it was to read {expected}") from None
    qtbot.wait(300)  # (and anything more would show)
    heard = server.heard()
    assert [text for _, text in heard] == [as_one(expected)]
    return heard[0][0], expected


def test_the_severity_page_is_read_as_it_shows_in_english(
    qtbot: QtBot, talking_window: MainWindow, speech_server: speech.SpeechServer
) -> None:
    window = talking_window
    window.flow.go(Step.SEVERITY)
    language, texts = read_page(qtbot, window, speech_server)
    assert language == "en"
    assert texts[0] == window.severity.heading.text()
    assert "Your pain right now" in texts
    assert tr("Catalogue", PAIN_SCALE_LOW) in texts and tr("Catalogue", PAIN_SCALE_HIGH) in texts
    assert tr("Catalogue", Limitation.A_LOT.label) in texts
    assert not any(text.startswith("7\n") or text == "7" for text in texts), "the scale is read by its ends"
    assert speech_server.synthesised_bytes() > 1000, "espeak-ng made no sound"


def test_spanish_is_read_with_the_spanish_voice_and_the_emergency_line_first(
    qtbot: QtBot, talking_window: MainWindow, speech_server: speech.SpeechServer
) -> None:
    window = talking_window
    window.set_language(Language.SPANISH)
    qtbot.waitUntil(window.read_button.isVisible, timeout=5_000)
    assert window.read_button.text() == "Leer en voz alta"
    window.flow.go(Step.URGENT)
    language, texts = read_page(qtbot, window, speech_server, key=True)
    assert language == "es"
    assert texts[0] == window.emergency.accessibleName() and "911" in texts[0]
    assert tr("Catalogue", Flag.FEVER.label) in texts
    assert tr("Catalogue", Flag.FEVER.label) != Flag.FEVER.label


def test_the_urgent_notice_says_what_to_do_not_what_was_ticked_and_typed_answers_never(
    qtbot: QtBot, talking_window: MainWindow, speech_server: speech.SpeechServer
) -> None:
    window = talking_window
    intake = sample_intake(date.today())
    intake.completed_at = None
    intake.urgent.flags = {Flag.LEG_WEAKNESS, Flag.FEVER}
    window.flow.set_intake(intake, Step.URGENT_NOTICE)
    _, texts = read_page(qtbot, window, speech_server)
    spoken = " ".join(texts)
    assert "<" not in spoken and "911" in spoken
    assert window.urgent_notice.heading.text() in texts
    # Others can hear it (the waiting room): the symptoms ticked are not said.
    for flag in (Flag.LEG_WEAKNESS, Flag.FEVER):
        assert tr("Catalogue", flag.label) not in spoken.replace(window.emergency.accessibleName(), "")
    assert "You ticked" not in spoken
    # The patient's own words are never sent to the voice, and the review is not offered.
    window.flow.go(Step.ABOUT)
    assert SAMPLE_NAME not in " ".join(page_texts(window.about))
    window.flow.go(Step.NOTES)
    assert intake.notes.questions.splitlines()[0] not in " ".join(page_texts(window.notes))
    window.flow.go(Step.REVIEW)
    assert not window.read_button.isVisible()


def test_the_button_stops_reading_and_a_page_change_stops_it(
    qtbot: QtBot, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a voice that takes 5 s a message, a stop must end it at once, and say it once."""
    slow = speech.start(tmp_path / "slow", seconds=5)
    try:
        monkeypatch.setenv("SPEECHD_ADDRESS", slow.address)
        window = shown_window(qtbot, data_dir)
        assert window.read_button.isVisible()
        reader = window.read_button.reader
        window.flow.go(Step.RELIEF)
        for stop in (lambda: tap(qtbot, window.read_button), lambda: window.flow.go(Step.URGENT)):
            slow.clear()
            tap(qtbot, window.read_button)
            qtbot.waitUntil(lambda: window.read_button.text() == "Stop reading", timeout=5_000)
            qtbot.waitUntil(lambda: len(slow.heard()) == 1, timeout=5_000)
            stop()
            qtbot.waitUntil(lambda: not reader.speaking(), timeout=700)
            assert window.read_button.text() == "Read aloud"
            qtbot.wait(300)
            assert len(slow.heard()) == 1, slow.heard()
    finally:
        slow.stop()


def test_without_pyside6_addons_the_app_works_and_has_no_button(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch, speech_server: speech.SpeechServer
) -> None:
    monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", None)  # import fails, as uninstalled
    # (a new address: the speech thread opens a new engine, and cannot)
    monkeypatch.setenv("SPEECHD_ADDRESS", speech_server.address + ".other")
    window = shown_window(qtbot, data_dir)
    window.flow.go(Step.SEVERITY)
    assert not window.read_button.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)


def test_without_a_speech_service_there_is_no_button(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{tmp_path / 'nobody-listens.sock'}")
    monkeypatch.setenv("HOME", str(tmp_path))  # (and no autospawned one of this user's)
    window = shown_window(qtbot, data_dir)
    window.flow.go(Step.SEVERITY)
    assert not window.read_button.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # does nothing, quietly
