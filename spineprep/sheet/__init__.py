"""The physician's summary sheet: Intake + clinic settings -> PDF bytes, with reportlab (no Qt).

- ``pages``: ``build_sheet``, the page frame and the footer;
- ``sections``: the blocks of the page (header, urgent box, severity, relief, answer tables);
- ``pain_bar``: the 0-10 bar;
- ``style``: page sizes, colours, fonts, paragraph styles, the sheet's own wording.
"""

from __future__ import annotations

from spineprep.sheet.pages import build_sheet
from spineprep.sheet.style import CONTEXT, PDF_TITLE, format_datetime, markup, register_fonts

__all__ = ["CONTEXT", "PDF_TITLE", "build_sheet", "format_datetime", "markup", "register_fonts"]
