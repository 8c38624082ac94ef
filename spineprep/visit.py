"""One patient's visit without Qt: the Intake, its draft (autosave, resume, discard), finishing,
the sheet's bytes, past visits (list, open, delete), and the one sentence when something fails.

The window lays out pages and forwards the patient's actions here; what is decided is decided
here, and tested with no QApplication (tests/test_visit.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from spineprep.catalogue import QT_TRANSLATE_NOOP
from spineprep.intake import Intake
from spineprep.language import Language
from spineprep.records import Draft, Finished, HistoryEntry
from spineprep.sentence import Says, Sentence
from spineprep.settings import Look, Settings
from spineprep.sheet_file import MakeSheet, plain_sheet
from spineprep.store import StoreError

if TYPE_CHECKING:
    from spineprep.store import Store

log = logging.getLogger(__name__)


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


# Past summaries listed at a time.
HISTORY_PAGE = 50


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
        store_path: Path | None = None,
    ) -> None:
        self.settings = settings
        self.store = store
        # Where the store is: one that could not be opened is tried again (a disk that was full).
        self.store_path = store_path if store_path is not None else (store.path if store else None)
        self.kiosk = kiosk
        self.data_dir = data_dir
        self.make_sheet = make_sheet
        self.clock = clock
        self.intake = Intake()
        # Unfinished answers from an earlier session, offered on Welcome (never at a kiosk).
        self.draft: Draft | None = None
        # Whether the finished answers are safely in the store (the kiosk's staff list needs it).
        self.saved = False
        # The last write failed; the next success is worth telling.
        self.draft_failing = False
        # Finishing could not store the answers: they are written as finished when it can.
        self.finish_failed = False
        # Earlier finished answers the store has not taken yet (a new patient came meanwhile):
        # kept, and written, until it does. Nothing else of an earlier patient is kept.
        self.held: list[Intake] = []
        # When a held sheet was printed (the store could not record it).
        self._held_printed: dict[str, datetime] = {}
        self._sheet: bytes | None = None
        # Said when a store opened again turned out damaged and was set aside (what was
        # carried over, where the old file is): for the window to show, once.
        self.recovery: Says | None = None

    # --- the answers --------------------------------------------------------------------

    def changed(self) -> None:
        """The patient changed an answer: the sheet made before no longer says the same."""
        self._sheet = None

    def answering_in(self, language: Language) -> None:
        """The patient switched language: the answers say which they were given in."""
        self.intake.language = language

    def start_new(self) -> None:
        """A fresh Intake: the next patient (kiosk) or "Start a new one" (home). Finished
        answers the store has not taken are held until it does."""
        if self.finish_failed:
            self.held.append(self.intake)
        self.intake = Intake()
        self._sheet = None
        self.saved = self.finish_failed = self.draft_failing = False

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

    def own_at_risk(self) -> bool:
        """The answers of the patient at the screen are not in the store yet (not earlier ones)."""
        if self.intake.is_blank():
            return False
        unopened = self.store is None and self.store_path is not None
        return self.draft_failing or self.finish_failed or unopened

    def at_risk(self) -> bool:
        """Answers the store should hold and does not yet; written again until it does."""
        if self.held:
            return True
        if self.intake.is_blank():
            return False
        return (
            self.draft_failing or self.finish_failed or (self.store is None and self.store_path is not None)
        )

    def _open(self) -> Store:
        """The store, opened again if it could not be opened before (raises StoreError)."""
        if self.store is None:
            if self.store_path is None:
                raise RuntimeError("no store to open")
            from spineprep.store import open_or_recover  # (sqlite-utils: when first needed)

            self.store, self.recovery = open_or_recover(self.store_path)
        return self.store

    def save_draft(self) -> Says | None:
        """Autosave: write what must be kept. Unfinished answers go in as a draft; answers
        whose finishing failed go in as finished (a late draft never reopens them). Blank
        answers are not kept."""
        intake = self.intake
        if self.store is None and self.store_path is None:
            return None
        waiting = intake.completed_at is None and not intake.is_blank()
        if not (self.held or waiting or self.finish_failed):
            return None
        try:
            store = self._open()
            while self.held:
                store.complete(self.held[0])
                done = self.held.pop(0)
                if (printed := self._held_printed.pop(done.id, None)) is not None:
                    store.mark_printed(done.id, printed)
            if self.finish_failed:
                store.complete(intake)
                self.finish_failed, self.saved = False, True
            elif waiting:
                store.save_draft(intake)
        except StoreError as error:
            self.draft_failing = True
            if error.damaged and self.store is not None and self.store_path is not None:
                # Not another write into a damaged file: the next try sets it aside.
                self.store.close()
                self.store = None
            return error
        self.draft_failing = False
        return None

    def forget_drafts(self) -> Says | None:
        """Delete every draft (the kiosk, at start and between patients), but those of finished
        answers still held for the store: their last saved draft is all the file has of them."""
        if self.store is None:
            return None
        try:
            self.store.delete_drafts(keep=[held.id for held in self.held])
        except StoreError as error:
            log.warning("Could not delete the unfinished intakes")
            return error
        return None

    # --- finishing and the sheet --------------------------------------------------------

    def finish(self, language: Language) -> Says | None:
        """Review -> Done: store the answers as finished, in the language they were given in.

        If the store fails they are kept as they are, written again by the next autosave
        until the store takes them (``at_risk``), and the sheet still works: it is dated now.
        """
        intake = self.intake
        intake.language = language
        self._sheet = None
        self.saved = False
        if self.store is None and self.store_path is None:
            intake.completed_at = self.clock().replace(microsecond=0)
            return None
        try:
            self._open().complete(intake)  # sets completed_at once it is safely written
        except StoreError as error:
            intake.completed_at = self.clock().replace(microsecond=0)
            self.finish_failed = True
            return error
        self.saved, self.finish_failed = True, False
        return None

    def handed_over(self) -> None:
        """The kiosk printed the sheet: the clinic has the answers on paper, so answers the
        store did not take are not held for it (a kiosk keeps as little as it can)."""
        self.finish_failed = self.draft_failing = False

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
            self._held_printed[intake_id] = when  # recorded with the answers once they are stored
            return error
        return None

    # --- past visits --------------------------------------------------------------------

    def history(self, offset: int = 0, limit: int = HISTORY_PAGE) -> tuple[list[HistoryEntry], Says | None]:
        """Past summaries, newest first, ``limit`` of them after the first ``offset`` (a list
        is shown a page at a time: years of them must not freeze the window), or why they
        cannot be listed."""
        if self.store is None:
            return [], NO_HISTORY
        try:
            return self.store.history(limit, offset), None
        except StoreError as error:
            return [], error

    def history_count(self) -> int:
        """How many past summaries there are (0 when the store cannot say)."""
        if self.store is None:
            return 0
        try:
            return self.store.count_finished()
        except StoreError:
            return 0

    def past_sheet(self, intake_id: str) -> Past:
        """A past visit's sheet, made again from its stored answers."""
        unreadable = (
            Sentence("Kiosk", QT_TRANSLATE_NOOP("Kiosk", "That sheet could not be read."), error=True)
            if self.kiosk
            else Sentence(
                "MainWindow", QT_TRANSLATE_NOOP("MainWindow", "That summary could not be read."), error=True
            )
        )
        held = next((h for h in self.held if h.id == intake_id), None)
        if held is not None:
            return Past(pdf=self.make_sheet(held, self.settings))
        if self.store is None:
            return Past(said=unreadable)
        try:
            intake = self.store.load(intake_id)
        except (KeyError, StoreError):
            return Past(said=unreadable)
        return Past(pdf=self.make_sheet(intake, self.settings))

    def delete_past(self, intake_id: str) -> Says:
        """Delete a past visit (the person confirmed); the sentence says how it went."""
        self.held = [h for h in self.held if h.id != intake_id]
        self._held_printed.pop(intake_id, None)
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
        """The kiosk's staff list: sheets finished since ``since`` (midnight), or why there are
        none; first those the store has not taken yet (the staff must print or save them)."""
        held = [Finished(h, self._held_printed.get(h.id), stored=False) for h in reversed(self.held)]
        if self.store is None:
            return held, NO_STAFF_LIST
        try:
            return held + self.store.finished_since(since), None
        except StoreError as error:
            return held, error

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
