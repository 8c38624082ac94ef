"""Every answer of an Intake as human text, grouped by question: for the Review page and the sheet.

- ``rows``: ``summarise``, the rows in the order they are read, by section;
- ``words``: rows and sections, and how dates, free text, options and scores read.
"""

from __future__ import annotations

from spineprep.summary.rows import SECTION_KEYS, summarise
from spineprep.summary.words import (
    CONTEXT,
    Audience,
    DateText,
    Row,
    Section,
    Translate,
    format_date,
    no_translate,
)

__all__ = [
    "CONTEXT",
    "SECTION_KEYS",
    "Audience",
    "DateText",
    "Row",
    "Section",
    "Translate",
    "format_date",
    "no_translate",
    "summarise",
]
