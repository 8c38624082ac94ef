"""Every answer of an Intake as human text, grouped by question: for the Review page and the sheet.

- ``rows``: ``summarise``, the rows in the order they are read, by section;
- ``words``: rows and sections, and how dates, free text, options and scores read.
"""

from __future__ import annotations

from spineprep.summary import rows, words
from spineprep.summary.rows import *  # noqa: F403 - the names in its __all__
from spineprep.summary.words import *  # noqa: F403 - the names in its __all__

__all__ = [*rows.__all__, *words.__all__]
