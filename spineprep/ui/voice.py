"""The voice behind "Read aloud": Qt's text-to-speech, run in a thread of its own.

Opening an engine can block: speech-dispatcher with a hundred espeak-ng voices took 2 s to
list them, which froze the window just after it showed. So one engine lives in a worker
thread for the whole process; the window's ``Reader`` asks it things by queued signals and
learns the answers the same way, never waiting.
"""

from __future__ import annotations

import atexit
import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QThread, Signal, Slot

from spineprep.language import Language

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech

# Engines in the order tried, for each language the first with a voice for it: each platform's
# own first (Windows: WinRT sees every installed voice, SAPI often only the desktop's
# English); Qt's "mock" engine never.
ENGINES = ("speechd", "winrt", "sapi", "darwin", "macos", "android", "flite")


class _Voice(QObject):
    """Lives in the speech thread; owns the engine."""

    ready = Signal(str, bool)  # language code, has a voice for it
    speaking = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self._engine: QTextToSpeech | None = None
        self._address: str | None = None

    @Slot(str)
    def use(self, code: str) -> None:
        """Speak ``code`` from now on, with the first engine that has a voice for it (a new
        engine when the one open has none, has failed (speech-dispatcher restarted), or when
        the speech-dispatcher address changed)."""
        language = Language(code)
        engine = self._engine
        address = os.environ.get("SPEECHD_ADDRESS")
        stale = address != self._address
        self._address = address
        if engine is None or stale or not _usable(engine) or _locale_for(engine, language) is None:
            if engine is not None:
                engine.deleteLater()
            self._engine = engine = _open_engine(self, language)
            if engine is not None:
                engine.stateChanged.connect(self._state_changed)
        locale = _locale_for(engine, language) if engine is not None else None
        if engine is not None and locale is not None and locale != engine.locale():
            engine.setLocale(locale)
        self.ready.emit(code, locale is not None)

    @Slot(str)
    def say(self, text: str) -> None:
        if self._engine is not None and _usable(self._engine):
            self._stop()
            self._engine.say(text)

    @Slot()
    def stop(self) -> None:
        self._stop()

    def _stop(self) -> None:
        # Only when something is being read: Qt's speech-dispatcher engine cancels every
        # client's speech, a screen reader's too.
        if self._engine is not None and _is_speaking(self._engine):
            self._engine.stop()

    def _state_changed(self, _state: object) -> None:
        if self._engine is not None:
            self.speaking.emit(_is_speaking(self._engine))


class _Service(QObject):
    """The one speech thread of the process and its voice; requests go in as signals."""

    use = Signal(str)
    say = Signal(str)
    stop = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.speech_thread = QThread()
        self.speech_thread.setObjectName("speech")
        self.voice = _Voice()
        self.voice.moveToThread(self.speech_thread)
        self.use.connect(self.voice.use)
        self.say.connect(self.voice.say)
        self.stop.connect(self.voice.stop)
        self.speech_thread.start()
        atexit.register(self.shut)

    def shut(self) -> None:
        self.speech_thread.quit()
        self.speech_thread.wait(3000)


_service: _Service | None = None


def service() -> _Service:
    global _service
    if _service is None:
        _service = _Service()
    return _service


class Reader(QObject):
    """A window's handle on the voice. ``changed`` when it becomes (un)available or starts or
    stops speaking; all it knows comes from the speech thread, so nothing here waits."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language: Language | None = None
        self._available = False
        self._speaking = False
        self._started = False
        # The speech thread has answered for the language now wanted (voice or none).
        self.answered = False

    def start(self, language: Language) -> None:
        """Start looking for a voice (after the window shows)."""
        self._started = True
        voice = service().voice
        voice.ready.connect(self._ready)
        voice.speaking.connect(self._speaking_changed)
        self.set_language(language)

    def set_language(self, language: Language) -> None:
        self.stop()
        self._language = language
        self._available = False
        self.answered = False
        if self._started:
            service().use.emit(language.value)
        self.changed.emit()

    def available(self) -> bool:
        return self._available

    def speaking(self) -> bool:
        return self._speaking

    def read(self, text: str) -> None:
        """Speak ``text`` (whatever was being read stops)."""
        if self._available:
            service().say.emit(text)

    def stop(self) -> None:
        if self._speaking:
            service().stop.emit()

    @Slot(str, bool)
    def _ready(self, code: str, has_voice: bool) -> None:
        if self._language is not None and code == self._language.value:
            self._available = has_voice
            self.answered = True
            self.changed.emit()

    @Slot(bool)
    def _speaking_changed(self, speaking: bool) -> None:
        self._speaking = speaking
        self.changed.emit()


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
