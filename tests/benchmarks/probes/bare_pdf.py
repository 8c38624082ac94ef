"""The floor of ``spineprep sample-pdf``: a bare reportlab page with one paragraph, in the same
TrueType font the sheet uses (DejaVu Sans, registered the same way), written to argv[1]."""

from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate

FONTS = Path(__file__).resolve().parents[3] / "resources" / "fonts"

pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONTS / "DejaVuSans.ttf")))
style = ParagraphStyle("body", fontName="DejaVuSans", fontSize=11)
SimpleDocTemplate(sys.argv[1], pagesize=letter).build(
    [Paragraph("Pain now 6 / 10, worst 8 / 10. Spasms several times a week since March.", style)]
)
print("{}")
