"""The store: a patient's intakes in one owner-only SQLite file (sqlite-utils), drafts and history.

- ``intakes``: the Store (open, migrate, save, list, delete);
- ``schema``: the migrations, one per version;
- ``rows``: an Intake to a row and back;
- ``files``: the file and folder, owner-only;
- ``errors``: what went wrong, in one plain sentence;
- ``salvage``: a damaged file set aside, what can be read carried into a new one.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from spineprep.records import Draft, Finished, HistoryEntry
from spineprep.store.errors import StoreError
from spineprep.store.files import DB_NAME, default_db_path

if TYPE_CHECKING:
    from spineprep.store.intakes import BUSY_TIMEOUT_S, Store
    from spineprep.store.salvage import open_or_recover
    from spineprep.store.schema import MIGRATIONS, SCHEMA_VERSION

# What needs sqlite-utils is imported when first used, not with the package: importing
# sqlite-utils takes 90-100 ms (click, pluggy, dateutil), and the first page is painted before
# the store is opened (ui/app.py).
_LATER = {
    "BUSY_TIMEOUT_S": "spineprep.store.intakes",
    "Store": "spineprep.store.intakes",
    "open_or_recover": "spineprep.store.salvage",
    "MIGRATIONS": "spineprep.store.schema",
    "SCHEMA_VERSION": "spineprep.store.schema",
}


def __getattr__(name: str) -> Any:
    if name in _LATER:
        return getattr(importlib.import_module(_LATER[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
