"""The kiosk's staff area at work: today's sheets (reprint, save a copy, delete), the kiosk's
settings, and Exit kiosk. What the store does is the Visit's; here are the dialogs and words."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMessageBox

from spineprep import kiosk as rules
from spineprep.kiosk import Cycle
from spineprep.records import Finished
from spineprep.settings import Settings
from spineprep.sheet_file import write_sheet
from spineprep.ui.kiosk.staff import StaffArea
from spineprep.ui.messages import say

if TYPE_CHECKING:
    from spineprep.ui.window import MainWindow


def unsaved_warning() -> str:
    return QCoreApplication.translate(
        "Kiosk",
        "Some answers could not be saved on this computer (marked NOT SAVED). Print or save them now; SpinePrep keeps trying to save them.",  # noqa: E501
    )


class StaffActions(QObject):
    """Kiosk's part for what the staff do once past the PIN."""

    # Made by Kiosk.
    window: MainWindow
    staff: StaffArea
    cycle: Cycle
    settings: Settings
    data_dir: Path
    clock: Callable[[], datetime]
    exit_app: Callable[[], None]
    show_staff: Callable[[str], None]
    purge: Callable[[], None]
    _print: Callable[[bytes, str], bool]

    def _refresh_sheets(self) -> list[Finished]:
        sheets, problem = self.window.visit.finished_since(rules.start_of_day(self.clock()))
        unsaved = sum(1 for sheet in sheets if not sheet.stored)
        if problem is not None:
            self.staff.show_message(say(problem), True)
        elif unsaved:
            # Answers this computer could not save: kept only while SpinePrep runs.
            self.staff.show_message(unsaved_warning(), True)
        self.staff.show_sheets(sheets)
        return sheets

    def _load_pdf(self, intake_id: str) -> bytes | None:
        past = self.window.visit.past_sheet(intake_id)
        if past.said is not None:
            self.staff.show_message(say(past.said), True)
        return past.pdf

    def _reprint(self, intake_id: str) -> None:
        pdf = self._load_pdf(intake_id)
        if pdf is None:
            return
        if self._print(pdf, intake_id):
            self._refresh_sheets()
            self.staff.show_message(QCoreApplication.translate("Kiosk", "The sheet was sent to the printer."))
        else:
            self.staff.show_message(
                QCoreApplication.translate(
                    "Kiosk", "The sheet did not print. Check the printer, or save the PDF instead."
                ),
                True,
            )

    def _save_copy(self, intake_id: str) -> None:
        pdf = self._load_pdf(intake_id)
        if pdf is None:
            return
        target = self.window.ask_save_path(self.window)
        if target is not None and self.cycle.in_staff_area():
            said = write_sheet(pdf, target)
            self.staff.show_message(say(said), said.error)

    def _delete(self, intake_id: str) -> None:
        if self.window.store is None or not self.window.confirm(
            QCoreApplication.translate(
                "Kiosk", "Delete this sheet from this computer? This cannot be undone."
            )
        ):
            return
        if not self.cycle.in_staff_area():
            return
        said = self.window.visit.delete_past(intake_id)
        if said.error:
            self.staff.show_message(say(said), True)
            return
        self._refresh_sheets()
        self.staff.show_message(say(said))

    def _save_settings(self, new: Settings) -> None:
        if not new.clinic_name:
            self.staff.show_message(
                QCoreApplication.translate("Kiosk", "Please enter the clinic's name."), True
            )
            return
        try:
            new.save(self.data_dir)
        except OSError as error:
            self.staff.show_message(
                QCoreApplication.translate("Kiosk", "The settings could not be saved ({0}).").format(
                    error.strerror or error
                ),
                True,
            )
            return
        # One Settings object is shared by the window, its pages and the kiosk: update it in place.
        for field in dataclasses.fields(Settings):
            setattr(self.settings, field.name, getattr(new, field.name))
        self.window.apply_settings()
        self.purge()
        self.show_staff(QCoreApplication.translate("Kiosk", "Settings saved."))

    def _exit_requested(self) -> None:
        if (
            self.window.confirm(
                unsaved_warning()
                + " "
                + QCoreApplication.translate("Kiosk", "Leave kiosk mode and close SpinePrep?")
                if self.window.visit.held
                else QCoreApplication.translate("Kiosk", "Leave kiosk mode and close SpinePrep?")
            )
            and self.cycle.in_staff_area()
        ):
            self.exit_app()

    def _confirm(self, question: str) -> bool:
        """Yes / No for the staff, centred on the kiosk (no window manager places it), big buttons."""
        no, yes = QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes
        box = QMessageBox(
            QMessageBox.Icon.NoIcon,
            QCoreApplication.translate("Kiosk", "Please confirm"),
            question,
            yes | no,
            self.window,
        )
        box.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        box.setDefaultButton(no)
        for button in box.buttons():
            button.setIcon(QIcon())
            button.setMinimumSize(160, 64)
        box.adjustSize()
        box.move(self.window.geometry().center() - box.rect().center())
        return bool(box.exec() == yes)
