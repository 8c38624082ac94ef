"""Large switches for how the app reads: language, text size, high contrast (Welcome, kiosk start)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QPushButton, QWidget

from spineprep.language import Language
from spineprep.settings import TEXT_SIZES, Look
from spineprep.ui.widgets.one_of import mark_one_of
from spineprep.ui.widgets.spoken import describe

_TICK = "✓ "


def _segment(text: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName("segment")
    button.setCheckable(True)
    return button


class LookBar(QWidget):
    """Three rows of big buttons. Emits what the patient picks; the window applies it."""

    languageChosen = Signal(object)  # Language
    textSizeChosen = Signal(int)
    highContrastChosen = Signal(bool)

    def __init__(self, look: Look, languages: list[Language], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lookBar")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        self.rows: list[QLabel] = []

        self.languages = QButtonGroup(self)
        self.language_buttons: dict[Language, QPushButton] = {}
        for language in languages:
            # Each language is named in itself: a Spanish speaker looks for "Español".
            button = _segment(language.native_name)
            button.setChecked(language is look.language)
            self.languages.addButton(button)
            self.language_buttons[language] = button
            button.clicked.connect(lambda _=False, lang=language: self.languageChosen.emit(lang))
        self._row(list(self.language_buttons.values()))

        self.sizes = QButtonGroup(self)
        self.size_buttons: dict[int, QPushButton] = {}
        for size in TEXT_SIZES:
            button = _segment(f"{size}%")
            button.setChecked(size == look.text_size)
            self.sizes.addButton(button)
            self.size_buttons[size] = button
            button.clicked.connect(lambda _=False, s=size: self.textSizeChosen.emit(s))
        self._row(list(self.size_buttons.values()))

        self.contrast = _segment("")
        self.contrast.setChecked(look.high_contrast)
        self.contrast.toggled.connect(self.highContrastChosen)
        self._row([self.contrast])
        grid.setColumnStretch(grid.columnCount(), 1)
        for button in self.findChildren(QPushButton):
            button.toggled.connect(self._tick)
        self.retranslate()

    def retranslate(self) -> None:
        language, size, colours = self.rows
        language.setText(self.tr("Language"))
        for lang, button in self.language_buttons.items():
            button.setAccessibleName(lang.native_name)
            describe(button, "own", self.tr("Language of the questions"))
        size.setText(self.tr("Text size"))
        for percent, button in self.size_buttons.items():
            button.setAccessibleName(self.tr("Text size {0}%").format(percent))
        colours.setText(self.tr("Colors"))
        self.contrast.setText(self.tr("High contrast"))
        self.contrast.setAccessibleName(self.contrast.text())
        mark_one_of(list(self.language_buttons.values()))
        mark_one_of(list(self.size_buttons.values()))
        self._tick()
        self.contrast.setAccessibleDescription(self.tr("Light text on a black background"))

    def _row(self, buttons: list[QPushButton]) -> None:
        grid = self.layout()
        assert isinstance(grid, QGridLayout)
        row = len(self.rows)
        label = QLabel()
        label.setObjectName("lookLabel")
        label.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        self.rows.append(label)
        grid.addWidget(label, row, 0)
        for column, button in enumerate(buttons, start=1):
            grid.addWidget(button, row, column)

    def key_of(self, widget: QWidget | None) -> str | None:
        """Which row ``widget`` is a button of ("language", "size", "contrast"), if any."""
        if widget in self.language_buttons.values():
            return "language"
        if widget in self.size_buttons.values():
            return "size"
        return "contrast" if widget is self.contrast else None

    def button_for(self, key: str, look: Look) -> QPushButton:
        """The chosen button of row ``key`` (focus returns there after the pages are rebuilt)."""
        if key == "language":
            return self.language_buttons[look.language]
        if key == "size":
            return self.size_buttons[look.text_size]
        return self.contrast

    def show_look(self, look: Look) -> None:
        """Reflect ``look`` (changed elsewhere, e.g. by the header's language button)."""
        for language, button in self.language_buttons.items():
            button.setChecked(language is look.language)
        for size, button in self.size_buttons.items():
            button.setChecked(size == look.text_size)
        self.contrast.blockSignals(True)
        self.contrast.setChecked(look.high_contrast)
        self.contrast.blockSignals(False)
        self._tick()

    def _tick(self) -> None:
        """A tick on what is chosen: the fill alone means "chosen" in one theme and looks the
        same as a plain button in the other."""
        for button in self.findChildren(QPushButton):
            text = button.text().removeprefix(_TICK)
            button.setText(_TICK + text if button.isChecked() else text)
