"""Core sentences in the patient's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from spineprep.sentence import Says
from spineprep.store import StoreError


def say(sentence: Says) -> str:
    """What the core decided to say (a Sentence or a StoreError), translated."""
    return sentence.words(QCoreApplication.translate)


def store_message(error: StoreError) -> str:
    """One plain sentence about a store problem, translated (context "Store")."""
    return say(error)
