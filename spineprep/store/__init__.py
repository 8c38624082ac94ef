"""The store: a patient's intakes in one owner-only SQLite file (sqlite-utils), drafts and history.

- ``intakes``: the Store (open, migrate, save, list, delete);
- ``schema``: the migrations, one per version;
- ``rows``: an Intake to a row and back;
- ``files``: the file and folder, owner-only;
- ``errors``: what went wrong, in one plain sentence;
- ``salvage``: a damaged file set aside, what can be read carried into a new one.
"""

from __future__ import annotations

from spineprep.records import Draft, Finished, HistoryEntry
from spineprep.store.errors import StoreError
from spineprep.store.files import DB_NAME, default_db_path
from spineprep.store.intakes import BUSY_TIMEOUT_S, Store
from spineprep.store.salvage import open_or_recover
from spineprep.store.schema import MIGRATIONS, SCHEMA_VERSION

__all__ = [
    "BUSY_TIMEOUT_S",
    "DB_NAME",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "Draft",
    "Finished",
    "HistoryEntry",
    "Store",
    "StoreError",
    "default_db_path",
    "open_or_recover",
]
