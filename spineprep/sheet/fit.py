"""Keeping the sheet printable whatever was typed: at most ``MAX_PAGES`` pages. Free text that
would run past them is shortened on the sheet, which says so; the stored answers keep it all."""

from __future__ import annotations

import copy
from collections.abc import Callable

from spineprep.catalogue import QT_TRANSLATE_NOOP
from spineprep.intake import Intake

# A sheet longer than this is not read in a corridor, and a kiosk must not print 70 pages
# (a box of line breaks and dots did; the screen froze while they printed).
MAX_PAGES = 4
# Lines of one answer kept as lines once the sheet had to be tidied; later ones run on.
MAX_LINES = 12
# Characters kept of each typed answer, tried in turn until the sheet fits.
CUTS = (1200, 600, 250, 100)
# Said after an answer cut on the sheet.
SHORTENED = QT_TRANSLATE_NOOP("Sheet", "[shortened on this sheet; SpinePrep keeps the whole answer]")

# Every answer the patient types in a box (part of the Intake, field).
FREE_TEXT = (
    ("onset", "circumstance_other"),
    ("onset", "condition_other"),
    ("relief", "other_treatment"),
    ("relief", "medicines"),
    ("relief", "worse"),
    ("notes", "anything_else"),
    ("notes", "questions"),
)

# Lays the sheet out: its bytes and page count, or None when some answer cannot fit a page.
Layout = Callable[[Intake], tuple[bytes, int] | None]


def tidy(text: str, cut: int | None, note: str) -> str:
    """``text`` with runs of blank lines as one, lines past ``MAX_LINES`` run on (" / "), and
    with ``cut``, at most that many characters (at a word), followed by ``note``."""
    lines: list[str] = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = line.rstrip()
        if line or (lines and lines[-1]):
            lines.append(line)
    if len(lines) > MAX_LINES:
        rest = " / ".join(line.strip() for line in lines[MAX_LINES - 1 :] if line.strip())
        lines = [*lines[: MAX_LINES - 1], rest]
    shown = "\n".join(lines).strip()
    if cut is not None and len(shown) > cut:
        head = shown[:cut]
        if " " in head[cut // 2 :]:
            head = head.rsplit(" ", 1)[0]
        shown = f"{head.rstrip()} … {note}"
    return shown


def shortened(intake: Intake, cut: int | None, note: str) -> Intake:
    """A copy of ``intake`` with every typed answer tidied (and cut) for the sheet."""
    shown = copy.deepcopy(intake)
    for part, field in FREE_TEXT:
        holder = getattr(shown, part)
        setattr(holder, field, tidy(getattr(holder, field), cut, note))
    return shown


def fitted(intake: Intake, layout: Layout, note: str) -> bytes:
    """The sheet as typed when it fits ``MAX_PAGES``; else tidied, then cut shorter and
    shorter until it does."""
    last: bytes | None = None
    for attempt in (None, "tidy", *CUTS):
        cut = attempt if isinstance(attempt, int) else None
        shown = intake if attempt is None else shortened(intake, cut, note)
        made = layout(shown)
        if made is None:
            continue
        last, pages = made
        if pages <= MAX_PAGES:
            return last
    if last is None:  # not even the shortest answers fit: cannot happen with the limits above
        raise ValueError("the sheet cannot be laid out")
    return last
