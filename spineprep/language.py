"""The languages SpinePrep speaks, and which one a locale name means (no Qt)."""

from __future__ import annotations

from enum import StrEnum

from spineprep.catalogue import QT_TRANSLATE_NOOP


class Language(StrEnum):
    """A language of the app; the value is the ISO 639-1 code the translation files use."""

    ENGLISH = "en"
    SPANISH = "es"

    @property
    def english_name(self) -> str:
        """The language's English name, a source string to translate (context "Language")."""
        return _ENGLISH[self]

    @property
    def native_name(self) -> str:
        """The name a speaker of the language looks for on the switch (never translated)."""
        return _NATIVE[self]


_NATIVE = {Language.ENGLISH: "English", Language.SPANISH: "Español"}
_ENGLISH = {
    Language.ENGLISH: QT_TRANSLATE_NOOP("Language", "English"),
    Language.SPANISH: QT_TRANSLATE_NOOP("Language", "Spanish"),
}

#: The language of the English source strings: needs no translation file.
SOURCE_LANGUAGE = Language.ENGLISH


def language_of(locale_name: str) -> Language:
    """The app language for a locale name such as ``es_MX.UTF-8``, ``es-US`` or ``C``: a
    Spanish locale of any country means Spanish, anything else English."""
    code = locale_name.replace("-", "_").split("_")[0].split(".")[0].lower()
    try:
        return Language(code)
    except ValueError:
        return SOURCE_LANGUAGE


def parse_language(value: object) -> Language | None:
    """A language code from a settings file, or None when it is not one SpinePrep speaks."""
    try:
        return Language(str(value).strip().lower())
    except ValueError:
        return None
