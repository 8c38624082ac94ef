"""Read aloud as a patient meets it: the installed app, a real key press (Alt+R), and a private
speech-dispatcher (tests/speech.py) whose espeak-ng voices receive the page, in the patient's
language. Without a speech service the button is not there at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import speech
from tests.e2e.conftest import LAPTOP_SCREEN, Launch
from tests.e2e.harness import wait_for
from tests.e2e.test_a11y_names import LANGS, home_of, page_heading, tr


@pytest.mark.parametrize("lang", ["en", "es"])
def test_alt_r_reads_the_welcome_page_in_the_patients_language(
    launch: Launch, tmp_path: Path, speech_server: speech.SpeechServer, lang: str
) -> None:
    t = tr(lang)
    home, _ = home_of(tmp_path, f"home-{lang}")
    app = launch(
        screen=LAPTOP_SCREEN, lang=LANGS[lang], home=home, env={"SPEECHD_ADDRESS": speech_server.address}
    )
    app.focus_window()
    heading = page_heading(app, 20)
    button = app.find("push button", t("Read aloud", "ReadAloud"))
    assert t("Reads this page aloud. Key: {0}", "ReadAloud").format("Alt+R") == button.description
    speech_server.clear()
    app.key("alt+r")
    heard = wait_for("the page read aloud", lambda: speech_server.heard(), timeout=15)
    assert len(heard) == 1, heard
    language, text = heard[0]
    assert language == lang
    assert "911" in text.split(".")[0], f"the emergency line is not read first: {text[:200]}"
    assert heading.name in text
    wait_for("espeak-ng's sound", lambda: speech_server.synthesised_bytes() > 1000, timeout=10)


def test_without_a_speech_service_there_is_no_read_aloud_button(launch: Launch, tmp_path: Path) -> None:
    home, _ = home_of(tmp_path, "home-silent")
    app = launch(
        screen=LAPTOP_SCREEN, home=home, env={"SPEECHD_ADDRESS": f"unix_socket:{tmp_path / 'none.sock'}"}
    )
    app.focus_window()
    page_heading(app, 20)
    assert not app.find_all("push button", "Read aloud")
