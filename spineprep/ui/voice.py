"""The voice behind "Read aloud": Qt's text-to-speech, for each language the first engine
with a voice for it.

It lives on the GUI thread. A speech thread was tried, to keep the 2 s that speech-dispatcher
with a hundred espeak-ng voices takes to open off the window: PySide6 holds Python's lock
while it builds the engine, Qt's own locks met it the other way round, and the test run hung
for good (a deadlock seen in CI). So the engine is opened once the window's first paint is done (a
zero timer from MainWindow.paintEvent: before that fix it ran first, and the first page took
2.3 s to appear); on such a machine the window is busy for that moment, once per start.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Signal

from spineprep.language import Language

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech

# Engines in the order tried, for each language the first with a voice for it: each platform's
# own first (Windows: WinRT sees every installed voice, SAPI often only the desktop's
# English); Qt's "mock" engine never.
ENGINES = ("speechd", "winrt", "sapi", "darwin", "macos", "android", "flite")


class Reader(QObject):
    """Speaks texts. ``changed`` when it becomes (un)available or starts or stops speaking."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine: QTextToSpeech | None = None
        self._address: str | None = None
        self._language: Language | None = None
        self._started = False
        # The voice has been looked for, for the language now wanted (found or not).
        self.answered = False

    def start(self, language: Language) -> None:
        """Look for a voice (call once the window shows: opening an engine can take a moment)."""
        self._started = True
        self.set_language(language)

    def set_language(self, language: Language) -> None:
        """Speak ``language`` from now on, with the first engine that has a voice for it: a new
        engine when the one open has failed (speech-dispatcher restarted), when the
        speech-dispatcher address changed, or when another engine may have the voice."""
        self.stop()
        self._language = language
        self.answered = False
        if self._started:
            engine = self._engine
            address = os.environ.get("SPEECHD_ADDRESS")
            stale = address != self._address
            self._address = address
            if engine is None or stale or not _usable(engine) or _locale_for(engine, language) is None:
                if engine is not None:
                    engine.deleteLater()
                self._engine = engine = _open_engine(self, language)
                if engine is not None:
                    engine.stateChanged.connect(lambda _state: self.changed.emit())
            locale = _locale_for(engine, language) if engine is not None else None
            if engine is not None and locale is not None and locale != engine.locale():
                engine.setLocale(locale)
            self.answered = True
        self.changed.emit()

    def available(self) -> bool:
        engine = self._engine
        return (
            engine is not None
            and self._language is not None
            and _usable(engine)
            and _locale_for(engine, self._language) is not None
        )

    def speaking(self) -> bool:
        return self._engine is not None and _is_speaking(self._engine)

    def read(self, text: str) -> None:
        """Speak ``text`` (whatever was being read stops)."""
        if self.available():
            assert self._engine is not None
            self.stop()
            self._engine.say(text)

    def stop(self) -> None:
        """Stop reading, only while something is being read: Qt's speech-dispatcher engine
        cancels every client's speech, a screen reader's too."""
        if self._engine is not None and _is_speaking(self._engine):
            self._engine.stop()


def _is_speaking(engine: QTextToSpeech) -> bool:
    states = type(engine).State
    return engine.state() in (states.Speaking, states.Synthesizing)


def _usable(engine: QTextToSpeech) -> bool:
    return engine.state() != type(engine).State.Error


def _locale_for(engine: QTextToSpeech, language: Language) -> QLocale | None:
    """The engine's locale for ``language`` with a voice (its current one if it fits)."""
    wanted = QLocale.Language.Spanish if language is Language.SPANISH else QLocale.Language.English
    locales = [loc for loc in engine.availableLocales() if loc.language() == wanted]
    if not locales:
        return None
    return engine.locale() if engine.locale() in locales else locales[0]


def _open_engine(parent: QObject, language: Language) -> QTextToSpeech | None:
    """The first engine of this computer with a voice for ``language``, or None."""
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError:  # pyside6-addons not installed: no read aloud
        return None
    present = QTextToSpeech.availableEngines()
    for name in (e for e in ENGINES if e in present):
        engine = QTextToSpeech(name, parent)
        if _usable(engine) and _locale_for(engine, language) is not None:
            return engine
        engine.deleteLater()
    return None
