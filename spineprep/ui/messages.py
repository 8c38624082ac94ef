"""Core error sentences in the patient's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from spineprep.store import StoreError


def store_message(error: StoreError) -> str:
    """One plain sentence about a store problem, translated (context "Store")."""
    return error.render(lambda text: QCoreApplication.translate("Store", text))
