"""PDF bytes → QPrinter: print the very sheet that preview and save show, page by page."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QPoint, QRect, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QWidget

from spineprep import DOCUMENT_TITLE
from spineprep.settings import Paper

# Print-job titles are visible to anyone who can look at the print server's queue, so the
# job is always named this, never after the patient.
JOB_TITLE = DOCUMENT_TITLE

# Pages are rendered at the printer's own resolution up to 600 dpi, which covers the usual
# 300/600 dpi office and home printers exactly (a Letter page at 600 dpi: 570 ms, 134 MB of
# pixels). A 1200 dpi mode would be 140 million pixels a page: it gets 600 dpi, scaled up.
MAX_RENDER_DPI = 600


class PrintError(Exception):
    """Printing failed; str() is one plain sentence that can be shown to the patient."""


def available_printers() -> list[str]:
    """Names of the printers the print system offers (empty when none, e.g. no CUPS running)."""
    return [str(name) for name in QPrinterInfo.availablePrinterNames()]


def has_printer() -> bool:
    """True when there is at least one real printer.

    Needed because QPrinter() does not fail without one: it silently turns into a PDF writer.
    """
    return bool(available_printers())


def dialog_printer(parent: QWidget | None = None) -> QPrinter | None:
    """Ask with the standard Print dialog; the chosen printer, or None when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print the summary sheet"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def _load(pdf: bytes) -> tuple[QPdfDocument, QBuffer]:
    # From memory only: patient data must not land in a temporary file. The buffer is
    # returned too because the document keeps reading from it while pages are rendered.
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    if not buffer.open(QIODevice.OpenModeFlag.ReadOnly):
        raise PrintError(
            QCoreApplication.translate("Printing", "The summary sheet could not be prepared for printing.")
        )
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        raise PrintError(
            QCoreApplication.translate(
                "Printing", "The summary sheet could not be read, so it was not printed."
            )
        )
    return document, buffer


def _fit(page_points: QSizeF, area: QRect) -> QRect:
    """The largest rect of the page's shape inside area, centred."""
    if page_points.isEmpty() or area.isEmpty():
        raise PrintError(
            QCoreApplication.translate(
                "Printing", "The summary sheet does not fit on this printer's paper, so it was not printed."
            )
        )
    scale = min(area.width() / page_points.width(), area.height() / page_points.height())
    size = QSize(round(page_points.width() * scale), round(page_points.height() * scale))
    top_left = QPoint(
        area.x() + (area.width() - size.width()) // 2, area.y() + (area.height() - size.height()) // 2
    )
    return QRect(top_left, size)


def _render_on_white(document: QPdfDocument, page: int, size: QSize) -> QImage:
    # QPdfDocument.render() gives a transparent background; drawn as is, Qt's PDF writer
    # stores JPEG plus a soft mask (bigger, and some drivers print the mask grey).
    rendered = document.render(page, size)
    if rendered.isNull():
        raise PrintError(
            QCoreApplication.translate(
                "Printing", "A page of the summary sheet could not be drawn, so it was not printed."
            )
        )
    sheet = QImage(size, QImage.Format.Format_RGB32)
    sheet.fill(Qt.GlobalColor.white)
    painter = QPainter(sheet)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return sheet


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Print every page of pdf on printer, each fitted to the printable area; return pages printed.

    Raises PrintError when the document cannot be read or the printer cannot be used.
    """
    document, _buffer = _load(pdf)
    printer.setDocName(JOB_TITLE)
    # Where the print system does not make copies itself (e.g. writing a PDF), we do.
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    dpi = min(printer.resolution(), MAX_RENDER_DPI)

    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(
            QCoreApplication.translate(
                "Printing", "The printer could not be started, so the summary sheet was not printed."
            )
        )
    printed = 0
    try:
        # Device pixels of what may be painted: the printable area (the whole paper only if the
        # caller asked for full-page mode).
        area = painter.viewport()
        for _copy in range(copies):
            for page in range(document.pageCount()):
                if printed and not printer.newPage():
                    raise PrintError(
                        QCoreApplication.translate(
                            "Printing",
                            "The printer stopped part way through, so the summary sheet may be incomplete.",
                        )
                    )
                points = document.pagePointSize(page)
                target = _fit(points, area)
                scale = dpi / printer.resolution()
                pixels = QSize(round(target.width() * scale), round(target.height() * scale))
                painter.drawImage(target, _render_on_white(document, page, pixels))
                printed += 1
    except BaseException:
        printer.abort()
        raise
    finally:
        painter.end()
    if printer.printerState() in (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted):
        raise PrintError(
            QCoreApplication.translate(
                "Printing", "The printer reported a problem, so the summary sheet may not have printed."
            )
        )
    return printed


def set_paper(printer: QPrinter, paper: Paper) -> None:
    """Ask for the clinic's paper size (the sheet is laid out for it)."""
    size = QPageSize.PageSizeId.A4 if paper is Paper.A4 else QPageSize.PageSizeId.Letter
    printer.setPageSize(QPageSize(size))


def named_printer(name: str) -> QPrinter:
    """The printer called ``name`` (empty: the system default), with no dialog: the kiosk's way.

    Raises PrintError when there is no such printer, so a missing printer is one sentence.
    """
    info = QPrinterInfo.printerInfo(name) if name else QPrinterInfo.defaultPrinter()
    if info.isNull():
        raise PrintError(
            QCoreApplication.translate("Printing", "The printer {0} is not available.").format(name)
            if name
            else QCoreApplication.translate("Printing", "No printer is set up on this computer.")
        )
    return QPrinter(info, QPrinter.PrinterMode.HighResolution)


def kiosk_printer(printer_name: str, paper: Paper) -> QPrinter:
    """The kiosk's printer as its settings name it, on the clinic's paper (else the queue's
    default, often A4). Raises PrintError when it is not there."""
    printer = named_printer(printer_name)
    set_paper(printer, paper)
    return printer
