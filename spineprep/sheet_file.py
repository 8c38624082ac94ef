"""The sheet as bytes and as a file: made in its English source words when no translator is
given (tests, headless), and written where the person chose, owner-only, with one sentence
saying how it went."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from spineprep.catalogue import QT_TRANSLATE_NOOP
from spineprep.intake import Intake
from spineprep.sentence import Sentence
from spineprep.settings import Settings

# Intake + clinic settings -> the sheet's PDF bytes. The window passes one that words the
# sheet in the clinic's language; by default the sheet's English source words.
MakeSheet = Callable[[Intake, Settings], bytes]


def plain_sheet(intake: Intake, settings: Settings) -> bytes:
    """The sheet in its English source words, dated when the answers were completed."""
    # reportlab is imported on first use only: it is not needed to show the first page.
    from spineprep.sheet import build_sheet

    return build_sheet(intake, settings, now=intake.completed_at)


def write_sheet(pdf: bytes, target: Path) -> Sentence:
    """Write the sheet to ``target``, readable by this user only; never raises for disk trouble."""
    try:
        # Health information: readable by this user only, like the answers file.
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.fchmod(fd, 0o600)  # also when replacing an earlier, wider-open file
        with os.fdopen(fd, "wb") as out:
            out.write(pdf)
    except OSError as error:
        if error.strerror:
            return Sentence(
                "SheetActions",
                QT_TRANSLATE_NOOP(
                    "SheetActions", "The sheet could not be saved to {0}: {1}. Try another folder."
                ),
                (str(target), error.strerror),
                error=True,
            )
        return Sentence(
            "SheetActions",
            QT_TRANSLATE_NOOP("SheetActions", "The sheet could not be saved to {0}. Try another folder."),
            (str(target),),
            error=True,
        )
    return Sentence("SheetActions", QT_TRANSLATE_NOOP("SheetActions", "Saved to {0}."), (str(target),))
