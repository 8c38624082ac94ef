"""English / Español: switching live keeps every answer; Spanish pages show no English; the
physician sheet stays in the clinic's language; dates follow the patient's language."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from spineprep.catalogue import (
    AgoUnit,
    Circumstance,
    Flag,
    HowOften,
    Limitation,
    Location,
    Outcome,
    Speed,
    Treatment,
    Trend,
)
from spineprep.intake import Intake, PartialDate
from spineprep.language import Language
from spineprep.navigation import Step
from spineprep.sample import sample_intake
from spineprep.settings import Settings
from spineprep.ui.app import make_app, make_window
from spineprep.ui.window import MainWindow
from tests.ui.conftest import tap
from tests.ui.test_walkthrough import pdf_text, type_unicode

TS = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "spineprep_es.ts"


def spanish_intake() -> Intake:
    """The sample patient, with what they typed in Spanish (typed text is shown as typed)."""
    intake = sample_intake(date(2026, 11, 25))
    intake.patient.full_name = "María Fernández"
    intake.patient.physician = "Dra. Okafor"
    intake.onset.circumstance_other = "en el jardín"
    intake.onset.condition_other = "escoliosis"
    intake.relief.other_treatment = "rodillo"
    intake.relief.medicines = "ibuprofeno"
    intake.relief.worse = "sentarme en el carro"
    intake.notes.anything_else = "me despierta de noche"
    intake.notes.questions = "¿puedo trabajar?"
    intake.language = Language.SPANISH
    return intake


# --- switching -------------------------------------------------------------------------------


def test_switching_language_mid_flow_keeps_every_answer(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    w = window
    tap(qtbot, w.next_button)
    type_unicode(qtbot, w.about.name, "Zoë Ñúñez")
    for box, part in zip(
        (w.about.birth.month, w.about.birth.day, w.about.birth.year), ("04", "27", "1961"), strict=True
    ):
        box.setText(part)
        box.textEdited.emit(part)
    tap(qtbot, w.next_button)
    tap(qtbot, w.severity.pain_now.buttons[6])
    tap(qtbot, w.severity.pain_worst.buttons[8])
    tap(qtbot, w.severity.limitation.button(Limitation.A_LOT))
    tap(qtbot, w.severity.locations.button(Location.ONE_LEG))
    tap(qtbot, w.next_button)
    tap(qtbot, w.frequency.how_often.button(HowOften.CONSTANT))
    tap(qtbot, w.frequency.trend.button(Trend.WORSE))
    before = w.flow.intake.to_dict()

    # The header's switch, in the middle of a page.
    assert w.language_button.text() == "Español"
    tap(qtbot, w.language_button)
    assert w.look.language is Language.SPANISH
    assert w.flow.step is Step.FREQUENCY and w.stack.currentWidget() is w.frequency
    assert w.next_button.text() != "Next" and w.language_button.text() == "English"
    after = w.flow.intake.to_dict()
    assert after.pop("language") == "es"
    before.pop("language")
    assert after == before
    # The new pages show the same answers.
    assert w.frequency.how_often.value() is HowOften.CONSTANT
    assert w.severity.pain_now.value() == 6 and w.severity.pain_worst.value() == 8
    assert w.about.name.text() == "Zoë Ñúñez" and w.about.birth.value() == PartialDate("04", "27", "1961")
    assert w.severity.locations.value() == {Location.ONE_LEG}
    # In Spanish the date boxes are day / month / year.
    assert w.about.birth.boxes == [w.about.birth.day, w.about.birth.month, w.about.birth.year]

    # Back and forth still works, then on to the end in Spanish.
    tap(qtbot, w.back_button)
    assert w.flow.step is Step.SEVERITY and w.severity.pain_now.value() == 6
    tap(qtbot, w.next_button)
    tap(qtbot, w.next_button)
    assert w.flow.step is Step.ONSET
    qtbot.keyClicks(w.onset.amount, "3")
    tap(qtbot, w.onset.unit.button(AgoUnit.WEEKS))
    tap(qtbot, w.onset.speed.button(Speed.SUDDEN))
    tap(qtbot, w.onset.circumstances.button(Circumstance.LIFTING))
    tap(qtbot, w.next_button)
    assert w.flow.step is Step.RELIEF
    tap(qtbot, w.relief.table.row_buttons[Treatment.HEAT][Outcome.HELPED_A_LOT])
    w.relief.medicines.setText("ibuprofeno")
    w.relief.medicines.edit.textChanged.emit()
    tap(qtbot, w.next_button)
    tap(qtbot, w.urgent.flags.button(Flag.LEG_WEAKNESS))
    tap(qtbot, w.next_button)
    tap(qtbot, w.next_button)  # the urgent notice
    tap(qtbot, w.next_button)  # notes
    assert w.flow.step is Step.REVIEW
    review = " ".join(label.text() for label in w.review.findChildren(QLabel))
    assert "27 de abril de 1961" in review  # dates in the patient's language
    tap(qtbot, w.next_button)
    assert w.flow.step is Step.DONE

    # The physician's sheet: English, with the note, and what was typed as typed.
    text = pdf_text(w.current_pdf())
    assert "Patient answered in Spanish" in text
    for english in ("Pain now", "6 / 10 (moderate)", "Constant", "Heat", "URGENT SYMPTOMS", "4/27/1961"):
        assert english in text, english
    assert "ibuprofeno" in text and "Zoë Ñúñez" in text
    assert "moderado" not in text and "Dolor" not in text
    # ...and the stored answers say which language they were given in.
    stored = w.store.load(w.flow.intake.id)  # type: ignore[union-attr]
    assert stored.language is Language.SPANISH


def test_a_sheet_answered_in_english_has_no_language_note(qtbot: QtBot, window: MainWindow) -> None:
    window.flow.set_intake(sample_intake(date.today()))
    assert "answered in" not in pdf_text(window.current_pdf())


def test_the_sheet_follows_the_clinic_language_setting(qtbot: QtBot, data_dir: Path) -> None:
    make_app()
    Settings(clinic_language="es").save(data_dir)
    window = make_window(data_dir)
    qtbot.addWidget(window)
    intake = sample_intake(date.today())  # answered in English
    window.flow.set_intake(intake)
    text = pdf_text(window.current_pdf())
    assert "Patient answered in English" not in text  # the note is translated too
    assert "Pain now" not in text and "moderate)" not in text
    assert "6 / 10" in text
    assert window.look.language is Language.ENGLISH  # the UI language is not the sheet's


def test_the_welcome_switch_changes_language_and_keeps_focus(qtbot: QtBot, window: MainWindow) -> None:
    bar = window.welcome.look_bar
    bar.language_buttons[Language.SPANISH].setFocus()
    tap(qtbot, bar.language_buttons[Language.SPANISH])
    qtbot.waitUntil(lambda: window.look.language is Language.SPANISH)
    new_bar = window.welcome.look_bar
    assert new_bar is not bar
    assert QApplication.focusWidget() is new_bar.language_buttons[Language.SPANISH]
    assert new_bar.language_buttons[Language.SPANISH].isChecked()
    assert window.welcome.heading.text() != "Get ready for your spine appointment"
    tap(qtbot, new_bar.language_buttons[Language.ENGLISH])
    qtbot.waitUntil(lambda: window.look.language is Language.ENGLISH)
    assert window.welcome.heading.text() == "Get ready for your spine appointment"


def test_qt_own_words_are_spanish_too(qtbot: QtBot, window: MainWindow) -> None:
    window.set_language(Language.SPANISH)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Yes)
    qtbot.addWidget(box)
    texts = {button.text().replace("&", "") for button in box.buttons()}
    assert texts == {"Cancelar", "Sí"}


# --- remembered at home, not at the kiosk ----------------------------------------------------


def test_at_home_the_choice_is_remembered(qtbot: QtBot, window: MainWindow, data_dir: Path) -> None:
    window.set_language(Language.SPANISH)
    window.set_text_size(150)
    saved = json.loads((data_dir / "settings.json").read_text(encoding="utf-8"))
    assert (saved["language"], saved["text_size"]) == ("es", 150)
    again = make_window(data_dir)
    qtbot.addWidget(again)
    assert again.look.language is Language.SPANISH and again.look.text_size == 150
    assert again.next_button.text() != "Start"


def test_the_computer_locale_picks_the_first_language(tmp_path: Path) -> None:
    script = (
        "import sys, pathlib\n"
        "from spineprep.ui.app import make_app, make_window\n"
        "make_app()\n"
        "w = make_window(pathlib.Path(sys.argv[1]))\n"
        "print(w.look.language.value, w.welcome.heading.text())\n"
    )
    results = {}
    for lang in ("es_MX.UTF-8", "en_US.UTF-8"):
        env = {**os.environ, "LANG": lang, "LC_ALL": lang, "LANGUAGE": "", "QT_QPA_PLATFORM": "offscreen"}
        data = tmp_path / lang
        data.mkdir()
        out = subprocess.run(
            [sys.executable, "-c", script, str(data)], env=env, capture_output=True, text=True, timeout=60
        )
        assert out.returncode == 0, out.stderr
        results[lang] = out.stdout.strip().splitlines()[-1]
    assert results["es_MX.UTF-8"].startswith("es ")
    assert results["en_US.UTF-8"] == "en Get ready for your spine appointment"


# --- no English left on a Spanish screen ----------------------------------------------------

#: Words that are the same in both languages, or names: they may show on a Spanish screen.
_SHARED = {"pdf", "pin", "spineprep", "ok", "no", "total", "sí", "a", "e", "o"}


def english_words() -> set[str]:
    """Every word of the English source strings that no Spanish translation uses."""
    english: set[str] = set()
    spanish: set[str] = set()
    for message in ET.parse(TS).getroot().iter("message"):
        english |= set(re.findall(r"[a-z]+", (message.findtext("source") or "").lower()))
        spanish |= set(re.findall(r"[a-záéíóúñü]+", (message.findtext("translation") or "").lower()))
    return {word for word in english - spanish - _SHARED if len(word) > 1}


def shown_texts(root: QWidget) -> list[str]:
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, (QLineEdit, QPlainTextEdit)):
            texts.append(widget.placeholderText())
        texts += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
    return [t for t in texts if t]


def english_in(texts: list[str], typed: set[str]) -> list[str]:
    vocabulary = english_words()
    found = []
    for text in texts:
        for piece in typed:
            text = text.replace(piece, "")
        words = set(re.findall(r"[a-záéíóúñü]+", text.lower()))
        if words & vocabulary and text.strip() not in ("English",):
            found.append(f"{text!r}: {sorted(words & vocabulary)}")
    return found


def test_every_page_in_spanish_shows_no_english(qtbot: QtBot, data_dir: Path) -> None:
    make_app()
    Settings(clinic_name="Clínica del Sol", language="es").save(data_dir)
    window = make_window(data_dir)
    qtbot.addWidget(window)
    window.show()
    intake = spanish_intake()
    typed = {
        intake.patient.full_name, intake.patient.physician, "Clínica del Sol", "English",
        intake.onset.circumstance_other, intake.onset.condition_other, intake.relief.other_treatment,
        intake.relief.medicines, intake.relief.worse, intake.notes.anything_else, intake.notes.questions,
    }  # fmt: skip
    found: list[str] = []
    for answers in (Intake(language=Language.SPANISH), intake):
        window.flow.set_intake(answers)
        for step in Step:
            window.flow.go(step)
            if not answers.patient.full_name:
                window.flow.next()  # blocked: its messages show
            QApplication.processEvents()
            found += [f"{step.value}: {t}" for t in english_in(shown_texts(window), typed)]
    window.flow.set_intake(replace(intake, completed_at=None))
    window.flow.go(Step.REVIEW)
    window.flow.next()
    found += [f"done: {t}" for t in english_in(shown_texts(window), typed)]
    window.show_history()
    found += [f"history: {t}" for t in english_in(shown_texts(window), typed)]
    assert window.windowTitle() and not english_in([window.windowTitle()], typed)
    assert found == []


def test_the_english_detector_finds_english(qtbot: QtBot, window: MainWindow) -> None:
    """The check above is not vacuous: on the English pages it finds plenty."""
    window.flow.go(Step.SEVERITY)
    assert len(english_in(shown_texts(window), set())) > 10
    window.set_language(Language.SPANISH)
    window.flow.go(Step.SEVERITY)
    assert english_in(shown_texts(window.severity), set()) == []
    label = QLabel("How bad is the pain?")
    window.severity.body.addWidget(label)
    label.show()
    assert [t for t in english_in(shown_texts(window.severity), set()) if "How bad" in t]


# --- the kiosk ---------------------------------------------------------------------------------


def test_the_kiosk_start_screen_switches_and_the_next_patient_starts_in_english(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    from tests.ui.kiosk_helpers import open_kiosk

    kiosk = open_kiosk(qtbot, data_dir, tmp_path / "out")
    window = kiosk.window
    english_start = kiosk.start.heading.text()
    tap(qtbot, kiosk.start.look_bar.language_buttons[Language.SPANISH])
    qtbot.waitUntil(lambda: window.look.language is Language.SPANISH)
    assert kiosk.start.heading.text() != english_start
    assert not english_in(shown_texts(kiosk.start), set())
    tap(qtbot, kiosk.start.look_bar.size_buttons[150])
    qtbot.waitUntil(lambda: window.look.text_size == 150)
    tap(qtbot, kiosk.start.button)
    assert window.flow.step is Step.ABOUT and window.about.heading.text() != "About you"
    # The rebuilt pages are prepared for the kiosk again (no prediction, private input).
    assert window.about.name.inputMethodHints() & Qt.InputMethodHint.ImhSensitiveData
    # The patient walks away: the next one starts in the clinic's language and size.
    kiosk.show_start()
    assert window.look.language is Language.ENGLISH and window.look.text_size == 100
    assert kiosk.start.heading.text() == english_start
    assert not (data_dir / "settings.json").exists() or '"es"' not in (data_dir / "settings.json").read_text()
