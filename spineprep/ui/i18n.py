"""Translators and locales: the app's own .qm and Qt's qtbase_*.qm, swapped while the app runs."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from spineprep.language import SOURCE_LANGUAGE, Language, language_of
from spineprep.resources import resource
from spineprep.summary import Translate, no_translate

log = logging.getLogger(__name__)

#: The installed translators (Qt does not own them: they must stay referenced while installed).
_installed: list[QTranslator] = []


def catalogue_file(language: Language) -> str:
    """SpinePrep's compiled translation (a build output; see packaging/)."""
    return str(resource("i18n", f"spineprep_{language.value}.qm"))


#: Each translation file is read once: every page rebuild asks which languages there are.
_loaded: dict[Language, QTranslator | None] = {}


def _load(language: Language) -> QTranslator | None:
    if language not in _loaded:
        translator = QTranslator()
        ok = translator.load(catalogue_file(language)) and not translator.isEmpty()
        _loaded[language] = translator if ok else None
    return _loaded[language]


def available() -> list[Language]:
    """English, and every language whose translation file is here and loads."""
    return [lang for lang in Language if lang is SOURCE_LANGUAGE or _load(lang) is not None]


def locale_for(language: Language) -> QLocale:
    """The locale dates and numbers are shown in: the computer's own when it speaks
    ``language`` (en_GB, es_MX...), else that of the clinic's country, the US."""
    system = QLocale.system()
    if system.language() != QLocale.Language.C and language_of(system.name()) is language:
        return system
    country = QLocale.Country.UnitedStates
    return QLocale(
        QLocale.Language.Spanish if language is Language.SPANISH else QLocale.Language.English, country
    )


def system_language() -> Language:
    return language_of(QLocale.system().name())


def use_language(language: Language) -> bool:
    """Make ``language`` the UI's language now; Qt sends LanguageChange to every widget.
    False (and English) when its translation file is missing or damaged."""
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            QCoreApplication.removeTranslator(translator)
    _installed.clear()
    ok = True
    if language is not SOURCE_LANGUAGE:
        ours = _load(language)
        if ours is None:
            log.warning(
                "The %s translation could not be loaded from %s", language.value, catalogue_file(language)
            )
            language, ok = SOURCE_LANGUAGE, False
        else:
            _installed.append(ours)
            # Qt's own words: dialog buttons, context menus, the file dialog.
            qt = QTranslator()
            folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load(f"qtbase_{language.value}", folder):
                _installed.append(qt)
            else:
                log.warning("Qt's own %s translation was not found in %s", language.value, folder)
    for translator in _installed:
        QCoreApplication.installTranslator(translator)
    QLocale.setDefault(locale_for(language))
    return ok


def translator_for(language: Language) -> Translate:
    """``(context, text) -> text`` in ``language``, without touching the UI's language: the
    physician sheet is in the clinic's language whatever the patient reads."""
    if language is SOURCE_LANGUAGE:
        return no_translate
    translator = _load(language)
    if translator is None:
        log.warning("The sheet is in English: the %s translation could not be loaded", language.value)
        return no_translate

    def translate(context: str, text: str) -> str:
        return translator.translate(context, text) or text

    return translate


def long_date(value: date) -> str:
    """A date spelled out in the patient's language: "November 25, 2026", "25 de noviembre de 2026"."""
    # The format is itself translated, so each language orders day, month and year its own way.
    pattern = QCoreApplication.translate("Dates", "MMMM d, yyyy")
    return QLocale().toString(QDate(value.year, value.month, value.day), pattern)
