"""Read aloud: a page's question, hint and options spoken in the patient's language, through
Qt's text-to-speech (speech-dispatcher on Linux, the system's own voices on Windows and macOS).

Optional: without QtTextToSpeech (pyside6-addons), without an engine, or without a voice for
the patient's language, the button stays hidden and nothing else changes. Only the app's own
words are spoken, never what the patient typed: those would leave the app for the speech
service, and the patient data lives only in the intake and the store.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QAbstractButton, QLabel, QLayout, QPushButton, QScrollArea, QSizePolicy, QWidget

from spineprep.language import Language

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech

# Engines in the order tried: each platform's own first; Qt's "mock" engine never.
ENGINES = ("speechd", "sapi", "winrt", "darwin", "macos", "android", "flite")
# Labels not read: what is wrong (said where focus goes), the character counter.
_SKIP_LABELS = {"error", "counter"}
# Buttons not read one by one: the 0-10 scale is read by its two ends.
_SKIP_BUTTONS = {"scoreButton"}


class Reader(QObject):
    """Speaks lists of texts. ``changed`` when it becomes (un)available or starts/stops."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine: QTextToSpeech | None = None
        self._has_voice = False

    def start(self, language: Language) -> None:
        """Open the speech engine (once; a missing one leaves the reader unavailable)."""
        if self._engine is None:
            self._engine = _open_engine(self)
            if self._engine is not None:
                self._engine.stateChanged.connect(lambda _state: self.changed.emit())
        self.set_language(language)

    def set_language(self, language: Language) -> None:
        engine = self._engine
        self._has_voice = False
        if engine is not None:
            self.stop()
            wanted = QLocale.Language.Spanish if language is Language.SPANISH else QLocale.Language.English
            locales = [loc for loc in engine.availableLocales() if loc.language() == wanted]
            if locales:
                current = engine.locale()
                engine.setLocale(current if current in locales else locales[0])
                self._has_voice = bool(engine.availableVoices())
        self.changed.emit()

    def available(self) -> bool:
        from PySide6.QtTextToSpeech import QTextToSpeech

        engine = self._engine
        return engine is not None and self._has_voice and engine.state() != QTextToSpeech.State.Error

    def speaking(self) -> bool:
        from PySide6.QtTextToSpeech import QTextToSpeech

        engine = self._engine
        return engine is not None and engine.state() in (
            QTextToSpeech.State.Speaking,
            QTextToSpeech.State.Synthesizing,
        )

    def read(self, texts: Iterable[str]) -> None:
        """Speak ``texts`` one after another, as one message (whatever was being read stops).

        One message, not one per text: Qt's queue, sending each text once the one before has
        ended, now and then lost one on the way to speech-dispatcher (1 run in 4 in the tests).
        """
        if not self.available():
            return
        engine = self._engine
        assert engine is not None
        engine.stop()
        engine.say(as_one(texts))

    def stop(self) -> None:
        if self._engine is not None:
            self._engine.stop()


# The key that reads the page aloud (or stops reading), on every page that can be read.
KEY = "Alt+R"


class ReadAloudButton(QPushButton):
    """ "Read aloud" / "Stop reading" for the page showing; shown only where it can work: an
    engine with a voice for the patient's language, on a page that ``texts`` can read (None:
    not this page)."""

    def __init__(self, texts: Callable[[], list[str] | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readAloudButton")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.reader = Reader(self)
        self._texts = texts
        self.clicked.connect(self.toggle)
        self.reader.changed.connect(self.refresh)
        self.refresh()

    def start(self, language: Language) -> None:
        self.reader.start(language)

    def set_language(self, language: Language) -> None:
        self.reader.set_language(language)

    def toggle(self) -> None:
        """Read the page, or stop if it is being read (the button and the key)."""
        if self.reader.speaking():
            self.reader.stop()
            return
        texts = self._texts()
        if texts and self.reader.available():
            self.reader.read(texts)

    def page_changed(self) -> None:
        self.reader.stop()
        self.refresh()

    def refresh(self) -> None:
        speaking = self.reader.speaking()
        self.setText(
            QCoreApplication.translate("ReadAloud", "Stop reading")
            if speaking
            else QCoreApplication.translate("ReadAloud", "Read aloud")
        )
        self.setAccessibleName(self.text())
        description = QCoreApplication.translate("ReadAloud", "Reads this page aloud. Key: {0}")
        self.setAccessibleDescription(description.format(KEY))
        self.setVisible(self.reader.available() and self._texts() is not None)


def _open_engine(parent: QObject) -> QTextToSpeech | None:
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError:  # pyside6-addons not installed: no read aloud
        return None
    present = QTextToSpeech.availableEngines()
    name = next((e for e in ENGINES if e in present), None)
    if name is None:
        return None
    engine = QTextToSpeech(name, parent)
    if engine.state() == QTextToSpeech.State.Error:  # e.g. speech-dispatcher not running
        engine.deleteLater()
        return None
    return engine


def as_one(texts: Iterable[str]) -> str:
    """The texts as one message, each ending in a stop so that the voice pauses after it."""
    return " ".join(text if text[-1] in ".?!:;…" else f"{text}." for text in texts if text)


def page_texts(page: QWidget, first: Sequence[str] = ()) -> list[str]:
    """What "Read aloud" says on ``page``: ``first``, then the page's words in reading order
    (heading, question, hint, options; an option repeated row after row only once), leaving
    out what the patient typed, error messages and counters."""
    texts: list[str] = []

    def add(text: str) -> None:
        text = " ".join(text.split())
        if text and text not in texts:
            texts.append(text)

    for text in first:
        add(text)
    root = page.widget() if isinstance(page, QScrollArea) and page.widget() is not None else page
    assert root is not None
    for widget in _in_layout_order(root):
        if not widget.isVisibleTo(page):
            continue
        if isinstance(widget, QLabel) and widget.objectName() not in _SKIP_LABELS:
            add(_label_words(widget))
        elif isinstance(widget, QAbstractButton) and widget.objectName() not in _SKIP_BUTTONS:
            add(str(getattr(widget, "full_text", "") or widget.text()).replace("✓ ", ""))
    return texts


def _label_words(label: QLabel) -> str:
    """A label's words as a listener should hear them (a notice's sentences, not its markup)."""
    text = label.text()
    if "<" in text:  # rich text: its accessible name says it in sentences
        return label.accessibleName() or QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


def _in_layout_order(root: QWidget) -> list[QWidget]:
    """The widgets under ``root`` in the order their layouts place them (reading order)."""
    found: list[QWidget] = []

    def from_layout(layout: QLayout) -> None:
        for index in range(layout.count()):
            item = layout.itemAt(index)
            if item is None:
                continue
            if (widget := item.widget()) is not None:
                visit(widget)
            elif (inner := item.layout()) is not None:
                from_layout(inner)

    def visit(widget: QWidget) -> None:
        found.append(widget)
        if isinstance(widget, (QLabel, QAbstractButton)):
            return
        layout = widget.layout()
        if layout is not None:
            from_layout(layout)

    visit(root)
    return found[1:]
