"""Read aloud: a page's question, hint and options spoken in the patient's language, through
Qt's text-to-speech (speech-dispatcher on Linux, the system's own voices on Windows and macOS).

Optional: without QtTextToSpeech (pyside6-addons), without an engine, or without a voice for
the patient's language, the button stays hidden and nothing else changes. Only the app's own
words are spoken, never what the patient typed: those would leave the app for the speech
service, and the patient data lives only in the intake and the store.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QAbstractButton, QLabel, QLayout, QPushButton, QScrollArea, QSizePolicy, QWidget

from spineprep.language import Language
from spineprep.ui.voice import Reader

# Labels not read: what is wrong (said where focus goes), the character counter.
_SKIP_LABELS = {"error", "counter"}
# Buttons not read one by one: the 0-10 scale is read by its two ends.
_SKIP_BUTTONS = {"scoreButton"}
# Parts not read: the language, text size and contrast switches (each says itself on focus).
_SKIP_PARTS = {"lookBar"}


# The key that reads the page aloud (or stops reading), on every page that can be read.
KEY = "Alt+R"


class ReadAloudButton(QPushButton):
    """ "Read aloud" / "Stop reading" for the page showing; shown only where it can work: an
    engine with a voice for the patient's language, on a page that is ``readable``. ``texts``
    gathers what the page says, only when it is read (None: not this page)."""

    def __init__(
        self,
        texts: Callable[[], list[str] | None],
        readable: Callable[[], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("readAloudButton")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.reader = Reader(self)
        self._texts = texts
        self._readable = readable
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
            self.reader.read(as_one(texts))

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
        self.setVisible(self.reader.available() and self._readable())


def as_one(texts: Iterable[str]) -> str:
    """The texts as one message, each ending in a stop so that the voice pauses after it."""
    return " ".join(text if text[-1] in ".?!:;…" else f"{text}." for text in texts if text)


def page_texts(page: QWidget, first: Sequence[str] = ()) -> list[str]:
    """What "Read aloud" says on ``page``: ``first``, then the page's words in reading order
    (heading, question, hint, options; an option repeated row after row only once), leaving
    out what the patient typed, error messages and counters."""
    texts: list[str] = []

    def add(text: str) -> None:
        text = " ".join(text.split()).lstrip("•·- ")
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
        if widget.objectName() in _SKIP_PARTS:
            return
        found.append(widget)
        if isinstance(widget, (QLabel, QAbstractButton)):
            return
        layout = widget.layout()
        if layout is not None:
            from_layout(layout)

    visit(root)
    return found[1:]
