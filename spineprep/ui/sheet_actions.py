"""Save, print and preview the physician sheet: the same PDF bytes for all three."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QDate, QIODevice, QStandardPaths
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QVBoxLayout, QWidget

from spineprep.intake import Intake

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter
from spineprep.settings import Settings


def build_pdf(intake: Intake, settings: Settings) -> bytes:
    """The sheet, dated when the answers were completed, so a reprint is the same sheet; in
    the clinic's language, whatever language the patient answered in."""
    # reportlab is imported on first use only: it is not needed to show the first page.
    from spineprep.sheet import build_sheet
    from spineprep.ui.i18n import translator_for

    tr = translator_for(settings.sheet_language())
    return build_sheet(intake, settings, now=intake.completed_at, tr=tr)


def default_pdf_path() -> Path:
    """Where "Save PDF…" starts: Documents, with a name that says what it is but not who."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = documents if documents and Path(documents).is_dir() else str(Path.home())
    stamp = QDate.currentDate().toString("yyyy-MM-dd")
    name = QCoreApplication.translate("SheetActions", "SpinePrep summary {0}").format(stamp)
    # The next patient on the same day gets a name of their own, not an "overwrite?" question.
    target = Path(folder) / f"{name}.pdf"
    number = 2
    while target.exists():
        target = Path(folder) / f"{name} ({number}).pdf"
        number += 1
    return target


def ask_save_path(parent: QWidget) -> Path | None:
    dialog = QFileDialog(
        parent,
        QCoreApplication.translate("SheetActions", "Save the summary sheet"),
        str(default_pdf_path()),
        QCoreApplication.translate("SheetActions", "PDF files (*.pdf)"),
    )
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    # Qt's Spanish leaves "Look in:" and "Files of type:" in English and says "fichero" (Spain):
    # the dialog's own labels in the patient's words.
    labels = {
        QFileDialog.DialogLabel.LookIn: QCoreApplication.translate("SheetActions", "Look in:"),
        QFileDialog.DialogLabel.FileName: QCoreApplication.translate("SheetActions", "File name:"),
        QFileDialog.DialogLabel.FileType: QCoreApplication.translate("SheetActions", "Files of type:"),
        QFileDialog.DialogLabel.Accept: QCoreApplication.translate("SheetActions", "Save"),
        QFileDialog.DialogLabel.Reject: QCoreApplication.translate("SheetActions", "Cancel"),
    }
    for label, text in labels.items():
        dialog.setLabelText(label, text)
    chosen = dialog.selectedFiles()[0] if dialog.exec() == QDialog.DialogCode.Accepted else ""
    dialog.deleteLater()
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def print_with_dialog(
    pdf: bytes, parent: QWidget, choose: Callable[[QWidget], QPrinter | None] | None = None
) -> tuple[str, bool]:
    """Print through the system dialog (or ``choose``). Returns (message, is_error)."""
    from spineprep.ui.printing import PrintError, dialog_printer, has_printer, print_pdf

    choose = choose or dialog_printer
    if not has_printer():
        return QCoreApplication.translate(
            "SheetActions", "No printer is set up on this computer. Save the PDF and print it later."
        ), True
    printer = choose(parent)
    if printer is None:
        return QCoreApplication.translate(
            "SheetActions", "Printing was cancelled. You can print or save the sheet at any time."
        ), False
    try:
        print_pdf(pdf, printer)
    except PrintError as error:
        return QCoreApplication.translate(
            "SheetActions", "Printing failed: {0} You can still save the PDF."
        ).format(error), True
    name = printer.printerName()
    return (
        QCoreApplication.translate("SheetActions", "The sheet was sent to {0}.").format(name)
        if name
        else QCoreApplication.translate("SheetActions", "The sheet was sent to print.")
    ), False


class PreviewDialog(QDialog):
    """Shows the sheet exactly as it prints, from memory (no temporary file)."""

    def __init__(self, pdf: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self.setWindowTitle(QCoreApplication.translate("SheetActions", "Summary sheet preview"))
        screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
        room = screen.availableGeometry()
        self.resize(min(760, room.width() - 40), min(900, room.height() - 60))
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setAccessibleName(QCoreApplication.translate("SheetActions", "Summary sheet"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.view)
        box.addWidget(buttons)

    def page_count(self) -> int:
        return self.document.pageCount()
