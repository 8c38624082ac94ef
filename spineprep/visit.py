"""One patient's visit without Qt: the Intake, its draft (autosave, resume, discard), finishing,
the sheet's bytes, past visits (list, open, delete), and the one sentence when something fails.

The window lays out pages and forwards the patient's actions here; what is decided is decided
here, and tested with no QApplication (tests/test_visit.py).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from spineprep.catalogue import QT_TRANSLATE_NOOP
from spineprep.intake import Intake
from spineprep.language import Language
from spineprep.records import Draft, Finished, HistoryEntry
from spineprep.sentence import Says, Sentence
from spineprep.settings import Look, Settings
from spineprep.store import Store, StoreError

log = logging.getLogger(__name__)

# Intake + clinic settings -> the sheet's PDF bytes. The window passes one that words the
# sheet in the clinic's language; by default the sheet's English source words.
MakeSheet = Callable[[Intake, Settings], bytes]

NO_HISTORY = Sentence(
    "MainWindow",
    QT_TRANSLATE_NOOP(
        "MainWindow", "Past summaries are not available because the answers store could not be opened."
    ),
    error=True,
)
NO_STAFF_LIST = Sentence(
    "Kiosk",
    QT_TRANSLATE_NOOP(
        "Kiosk", "Finished sheets are not available because the answers store could not be opened."
    ),
    error=True,
)
PHONE_NOT_KEPT = Sentence(
    "MainWindow",
    QT_TRANSLATE_NOOP("MainWindow", "The number is shown for now, but it could not be kept for next time."),
    error=True,
)


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


@dataclass(frozen=True)
class Past:
    """What a past visit's action gives: the sheet (when it could be made) or what went wrong."""

    pdf: bytes | None = None
    said: Says | None = None


class Visit:
    """One patient's answers from the first page to the sheet, and what is kept of them.

    ``kiosk``: a shared screen, where nothing earlier is offered and the words are the staff's
    ("sheet", not "summary"). ``data_dir``: where a home patient's preferences are kept (None:
    they are not kept).
    """

    def __init__(
        self,
        settings: Settings,
        store: Store | None,
        *,
        kiosk: bool = False,
        data_dir: Path | None = None,
        make_sheet: MakeSheet = plain_sheet,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        self.settings = settings
        self.store = store
        self.kiosk = kiosk
        self.data_dir = data_dir
        self.make_sheet = make_sheet
        self.clock = clock
        self.intake = Intake()
        # Unfinished answers from an earlier session, offered on Welcome (never at a kiosk).
        self.draft: Draft | None = None
        # Whether the finished answers are safely in the store (the kiosk's staff list needs it).
        self.saved = False
        # The last autosave failed; the next success is worth telling.
        self.draft_failing = False
        self._sheet: bytes | None = None

    # --- the answers --------------------------------------------------------------------

    def changed(self) -> None:
        """The patient changed an answer: the sheet made before no longer says the same."""
        self._sheet = None

    def start_new(self) -> None:
        """A fresh Intake: the next patient (kiosk) or "Start a new one" (home)."""
        self.intake = Intake()
        self._sheet = None
        self.saved = False

    # --- drafts -------------------------------------------------------------------------

    def find_draft(self) -> Says | None:
        """Look for unfinished answers to offer; what went wrong if the store could not say."""
        self.draft = None
        if self.store is None or self.kiosk:
            return None
        try:
            self.draft = self.store.latest_draft()
        except StoreError as error:
            return error
        return None

    def resume(self) -> Intake | None:
        """Carry on with the draft offered: it becomes this visit's Intake."""
        if self.draft is None:
            return None
        self.intake, self.draft = self.draft.intake, None
        self._sheet = None
        return self.intake

    def discard_draft(self) -> Says | None:
        """Delete the draft offered (the patient confirmed); the window then looks again."""
        if self.draft is None or self.store is None:
            return None
        try:
            self.store.delete(self.draft.intake.id)
        except StoreError as error:
            return error
        self.draft = None
        return None

    def save_draft(self) -> Says | None:
        """Autosave: write the answers as a draft (blank or finished answers are not drafts)."""
        intake = self.intake
        if self.store is None or intake.is_blank() or intake.completed_at is not None:
            return None
        try:
            self.store.save_draft(intake)
        except StoreError as error:
            self.draft_failing = True
            return error
        self.draft_failing = False
        return None

    def forget_drafts(self) -> Says | None:
        """Delete every draft (the kiosk, at start and between patients): also one whose
        finishing failed to save, which stays a draft then."""
        if self.store is None:
            return None
        try:
            self.store.delete_drafts()
        except StoreError as error:
            log.warning("Could not delete the unfinished intake %s", self.intake.id)
            return error
        return None

    # --- finishing and the sheet --------------------------------------------------------

    def finish(self, language: Language) -> Says | None:
        """Review -> Done: store the answers as finished, in the language they were given in.

        If the store fails they stay a draft in the file (offered again next time) and the
        sheet still works: it is dated now.
        """
        intake = self.intake
        intake.language = language
        self._sheet = None
        self.saved = False
        if self.store is None:
            intake.completed_at = self.clock().replace(microsecond=0)
            return None
        try:
            self.store.complete(intake)  # sets completed_at once it is safely written
        except StoreError as error:
            intake.completed_at = self.clock().replace(microsecond=0)
            return error
        self.saved = True
        return None

    def sheet(self) -> bytes:
        """This visit's sheet, made once per set of answers (print, preview and save share it)."""
        if self._sheet is None:
            self._sheet = self.make_sheet(self.intake, self.settings)
        return self._sheet

    def settings_changed(self) -> None:
        """The clinic's settings changed (its name, phone): the sheet is made again."""
        self._sheet = None

    def mark_printed(self, intake_id: str, when: datetime) -> Says | None:
        """The kiosk's printer took the sheet (the staff list shows it as printed)."""
        if self.store is None:
            return None
        try:
            self.store.mark_printed(intake_id, when)
        except StoreError as error:
            return error
        return None

    # --- past visits --------------------------------------------------------------------

    def history(self) -> tuple[list[HistoryEntry], Says | None]:
        """Past summaries, newest first, or why they cannot be listed."""
        if self.store is None:
            return [], NO_HISTORY
        try:
            return self.store.history(), None
        except StoreError as error:
            return [], error

    def past_sheet(self, intake_id: str) -> Past:
        """A past visit's sheet, made again from its stored answers."""
        unreadable = (
            Sentence("Kiosk", QT_TRANSLATE_NOOP("Kiosk", "That sheet could not be read."), error=True)
            if self.kiosk
            else Sentence(
                "MainWindow", QT_TRANSLATE_NOOP("MainWindow", "That summary could not be read."), error=True
            )
        )
        if self.store is None:
            return Past(said=unreadable)
        try:
            intake = self.store.load(intake_id)
        except (KeyError, StoreError):
            return Past(said=unreadable)
        return Past(pdf=self.make_sheet(intake, self.settings))

    def delete_past(self, intake_id: str) -> Says:
        """Delete a past visit (the person confirmed); the sentence says how it went."""
        if self.store is None:
            return NO_STAFF_LIST if self.kiosk else NO_HISTORY
        try:
            self.store.delete(intake_id)
        except StoreError as error:
            return error
        if self.kiosk:
            return Sentence("Kiosk", QT_TRANSLATE_NOOP("Kiosk", "The sheet was deleted."))
        return Sentence("MainWindow", QT_TRANSLATE_NOOP("MainWindow", "The summary was deleted."))

    # --- the kiosk's day ----------------------------------------------------------------

    def finished_since(self, since: datetime) -> tuple[list[Finished], Says | None]:
        """The kiosk's staff list: sheets finished since ``since`` (midnight), or why there are none."""
        if self.store is None:
            return [], NO_STAFF_LIST
        try:
            return self.store.finished_since(since), None
        except StoreError as error:
            return [], error

    def purge(self, before: datetime) -> Says | None:
        """Delete finished sheets completed before ``before`` (past the clinic's keeping time)."""
        if self.store is None:
            return None
        try:
            removed = self.store.purge_finished(before=before)
        except StoreError as error:
            return error
        if removed:
            log.info("Deleted %d finished intake(s) past their keeping time", removed)
        return None

    # --- preferences kept at home -------------------------------------------------------

    def keep_look(self, look: Look) -> None:
        """At home the next start looks the same (a preference, not an answer); a kiosk's next
        patient starts from the clinic's settings again."""
        if self.kiosk or self.data_dir is None:
            return
        self.settings.language = look.language.value
        self.settings.text_size = look.text_size
        self.settings.high_contrast = look.high_contrast
        try:
            self.settings.save(self.data_dir)
        except OSError as error:
            log.warning("The display settings could not be saved: %s", error.strerror)

    def keep_clinic_phone(self, number: str) -> Says | None:
        """The clinic's number a home patient typed from their letter: a setting, not an answer."""
        self.settings.clinic_phone = number
        if self.data_dir is None or self.kiosk:
            return None
        try:
            self.settings.save(self.data_dir)
        except OSError as error:
            log.warning("The clinic's phone number could not be saved: %s", error.strerror)
            return PHONE_NOT_KEPT
        return None
