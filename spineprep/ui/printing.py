"""PDF bytes → the printer: print the very sheet that preview and save show.

On a CUPS queue (Linux, macOS) the PDF itself goes to the queue through ``lp``'s standard input:
vector text and bars, no temporary file, in milliseconds. Elsewhere (Windows, a PDF file, no
``lp``) each page is drawn on the QPrinter as lossless image bands at the printer's resolution.
"""

from __future__ import annotations

import math
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import shiboken6
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QPoint,
    QRect,
    QRectF,
    QSize,
    QSizeF,
    Qt,
)
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrintDialog, QPrintEngine, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QWidget

from spineprep import DOCUMENT_TITLE
from spineprep.settings import Paper

# Print-job titles are visible to anyone who can look at the print server's queue, so the
# job is always named this, never after the patient.
JOB_TITLE = DOCUMENT_TITLE

# Pages are rendered at the printer's own resolution up to 600 dpi, which covers the usual
# 300/600 dpi office and home printers exactly. A 1200 dpi mode gets 600 dpi, scaled up.
MAX_RENDER_DPI = 600
# Rows of pixels rendered at a time: a Letter page at 600 dpi is 5100 × 6600 pixels (134 MB
# at once); bands of at most 512 rows keep it to about 10 MB, with the same pixels.
BAND_ROWS = 512
# How long the print server may take to accept the job.
LP_TIMEOUT_SECONDS = 30

# Qt's print engine property with the dialog's CUPS options (PPK_CupsOptions): [name, value, …].
_CUPS_OPTIONS = 0xFE00
_SET_HERE = {"", "job-name", "sides", "media", "print-color-mode", "landscape", "copies"}

_DUPLEX_SIDES = {
    QPrinter.DuplexMode.DuplexNone: "one-sided",
    QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
    QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge",
}


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


_library_keeper: QPdfDocument | None = None


def keep_pdf_library() -> None:
    """Keep pdfium started for as long as the application runs.

    QtPdf shuts pdfium down when its last QPdfDocument is deleted and starts it again for the
    next one; each restart leaks 20-80 KB that is never given back (a kiosk grew 5 MB every 50
    printed sheets). One empty document, a child of the application, keeps it started.
    """
    global _library_keeper
    app = QCoreApplication.instance()
    if _library_keeper is None or not shiboken6.isValid(_library_keeper):
        _library_keeper = QPdfDocument(app) if app is not None else QPdfDocument()


@contextmanager
def opened(pdf: bytes) -> Iterator[QPdfDocument]:
    """The PDF as a QPdfDocument, from memory only (patient data must not land in a temporary
    file); deleted on the way out, also on an error, so no sheet stays in memory."""
    keep_pdf_library()
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    document = QPdfDocument()
    try:
        if not buffer.open(QIODevice.OpenModeFlag.ReadOnly):
            raise PrintError(
                QCoreApplication.translate(
                    "Printing", "The summary sheet could not be prepared for printing."
                )
            )
        document.load(buffer)
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
            raise PrintError(
                QCoreApplication.translate(
                    "Printing", "The summary sheet could not be read, so it was not printed."
                )
            )
        yield document
    finally:
        # Now, not when the garbage collector or a traceback lets go of them.
        document.close()
        shiboken6.delete(document)
        shiboken6.delete(buffer)


def lp_command(printer: QPrinter) -> list[str] | None:
    """The ``lp`` command that prints on ``printer``'s CUPS queue what it reads from its standard
    input, with the printer's copies, sides, colour and paper; None when that is not the way
    (Windows, no ``lp``, a PDF file, no such queue)."""
    if sys.platform == "win32" or printer.outputFormat() != QPrinter.OutputFormat.NativeFormat:
        return None
    lp = shutil.which("lp")
    name = printer.printerName()
    if lp is None or not name or printer.outputFileName() or name not in available_printers():
        return None
    layout = printer.pageLayout()
    landscape = layout.orientation() == QPageLayout.Orientation.Landscape
    duplex = printer.duplex()
    if duplex == QPrinter.DuplexMode.DuplexAuto:
        duplex = QPrinter.DuplexMode.DuplexShortSide if landscape else QPrinter.DuplexMode.DuplexLongSide
    options = [f"sides={_DUPLEX_SIDES[duplex]}"]
    media = layout.pageSize().key()
    if media:
        options.append(f"media={media}")
    if printer.colorMode() == QPrinter.ColorMode.GrayScale:
        options.append("print-color-mode=monochrome")
    if landscape:
        options.append("landscape")
    options += _dialog_options(printer)
    command = [lp, "-d", name, "-t", JOB_TITLE, "-n", str(max(1, printer.copyCount()))]
    ranges = printer.pageRanges()
    if not ranges.isEmpty():
        command += ["-P", ranges.toString()]
    for option in options:
        command += ["-o", option]
    return command


def _dialog_options(printer: QPrinter) -> list[str]:
    """The Print dialog's CUPS options (tray, pages per sheet…), kept on the print engine; not
    those lp_command sets itself, nor any job name."""
    engine = printer.printEngine()
    raw = engine.property(QPrintEngine.PrintEnginePropertyKey(_CUPS_OPTIONS)) if engine else None
    words = [str(word) for word in raw] if isinstance(raw, (list, tuple)) else []
    pairs = zip(words[::2], words[1::2], strict=False)
    return [f"{key}={value}" for key, value in pairs if key not in _SET_HERE]


def _send_to_queue(pdf: bytes, command: list[str]) -> None:
    """Hand the PDF to the print server through lp's standard input (no file anywhere)."""
    try:
        done = subprocess.run(
            command,
            input=pdf,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=LP_TIMEOUT_SECONDS,
        )
    except (OSError, subprocess.TimeoutExpired):
        done = None
    if done is None or done.returncode != 0:
        raise PrintError(
            QCoreApplication.translate(
                "Printing", "The print server did not take the summary sheet, so it was not printed."
            )
        )


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


def _alpha_lines(image: QImage) -> list[bytes]:
    """Each row's alpha values: 0 where nothing is drawn (white paper)."""
    alpha = image.convertToFormat(QImage.Format.Format_Alpha8)
    width, stride = alpha.width(), alpha.bytesPerLine()
    data = bytes(alpha.constBits())
    return [data[row * stride : row * stride + width] for row in range(alpha.height())]


def _inked(image: QImage) -> QRect | None:
    """The part of a rendered image that is drawn on, or None when it is blank."""
    lines = _alpha_lines(image)
    inked = [row for row, line in enumerate(lines) if line.strip(b"\0")]
    if not inked:
        return None
    left = min(len(lines[row]) - len(lines[row].lstrip(b"\0")) for row in inked)
    right = max(len(lines[row].rstrip(b"\0")) for row in inked)
    return QRect(left, inked[0], right - left, inked[-1] - inked[0] + 1)


def _runs(inked: bytes, scale: float, limit: int) -> list[tuple[int, int]]:
    """(first, count) in full-scale pixels of the runs of non-zero sketch pixels, each widened
    by one sketch pixel of blank paper either side (antialiasing reaches that far), and runs
    that then touch joined. ``scale``: full-scale pixels per sketch pixel."""
    runs: list[tuple[int, int]] = []
    for found in re.finditer(rb"[^\x00]+", inked):
        first = max(0, math.floor((found.start() - 1) * scale))
        last = min(limit, math.ceil((found.end() + 1) * scale))
        if runs and first <= runs[-1][0] + runs[-1][1]:
            first = runs.pop()[0]
        runs.append((first, last - first))
    return runs


def _regions(document: QPdfDocument, page: int, full: QSize) -> list[QRect]:
    """The parts of the page that carry ink, in pixels of a page rendered at ``full``, cut only
    where the paper is blank (a sketch at 1/8 scale says where), so no cut goes through a line
    of text or a bar; a stretch taller than BAND_ROWS is cut anyway (rare: a tall coloured box).
    Blank paper is not drawn at all: less for the printer's driver to compress and send."""
    sketch = document.render(page, QSize(max(1, full.width() // 8), max(1, full.height() // 8)))
    across, down = full.width() / sketch.width(), full.height() / sketch.height()
    lines = _alpha_lines(sketch)
    regions: list[QRect] = []
    for top, height in _runs(bytes(1 if line.strip(b"\0") else 0 for line in lines), down, full.height()):
        ink = 0
        for line in lines[math.floor(top / down) : math.ceil((top + height) / down)]:
            ink |= int.from_bytes(line, "big")
        columns = _runs(ink.to_bytes(sketch.width(), "big"), across, full.width())
        for first in range(top, top + height, BAND_ROWS):
            rows = min(BAND_ROWS, top + height - first)
            regions += [QRect(left, first, width, rows) for left, width in columns]
    return regions


def _render(document: QPdfDocument, page: int, full: QSize, region: QRect) -> QImage:
    """The region of the page rendered at full size: the same pixels a whole render has there."""
    options = QPdfDocumentRenderOptions()
    options.setScaledSize(full)
    # QtPdf (6.5-6.12) scales a clip by (width - 1) / width and (height - 1) / height (it uses
    # QRect.right() and bottom()): a clip one pixel bigger than the image renders at scale.
    options.setScaledClipRect(region.adjusted(0, 0, 1, 1))
    rendered = document.render(page, region.size(), options)
    if rendered.isNull():
        raise PrintError(
            QCoreApplication.translate(
                "Printing", "A page of the summary sheet could not be drawn, so it was not printed."
            )
        )
    return rendered


def _draw_page(painter: QPainter, document: QPdfDocument, page: int, target: QRect, dpi_scale: float) -> None:
    """Draw the page into target (device pixels) as opaque images rendered at dpi_scale × the
    device's resolution, one per inked region; blank paper is left alone."""
    full = QSize(round(target.width() * dpi_scale), round(target.height() * dpi_scale))
    to_device = target.width() / full.width()
    for region in _regions(document, page, full):
        # One row more where there is one: a region cut through ink (a tall box) is covered by
        # the next, so no hairline shows between them.
        clip = region.adjusted(0, 0, 0, 1) & QRect(QPoint(0, 0), full)
        rendered = _render(document, page, full, clip)
        inked = _inked(rendered)
        if inked is None:
            continue
        # Rendered pixels are transparent where nothing is drawn: on white, so that Qt's PDF
        # writer adds no soft mask (some drivers print the mask grey).
        band = QImage(inked.size(), QImage.Format.Format_RGB32)
        band.fill(Qt.GlobalColor.white)
        onto = QPainter(band)
        onto.drawImage(0, 0, rendered, inked.x(), inked.y(), inked.width(), inked.height())
        onto.end()
        where = QRectF(
            target.x() + (clip.x() + inked.x()) * to_device,
            target.y() + (clip.y() + inked.y()) * to_device,
            inked.width() * to_device,
            inked.height() * to_device,
        )
        painter.drawImage(where, band)


def _print_raster(document: QPdfDocument, printer: QPrinter) -> int:
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
    # Text and bars are line art: never JPEG (Qt's PDF writer would otherwise pick it).
    painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)
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
                target = _fit(document.pagePointSize(page), area)
                _draw_page(painter, document, page, target, dpi / printer.resolution())
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


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Print every page of pdf on printer, each fitted to the printable area; return pages printed.

    On a CUPS queue the PDF itself is sent (lp_command); otherwise pages are drawn as images.
    Raises PrintError when the document cannot be read or the printer cannot be used.
    """
    printer.setDocName(JOB_TITLE)
    with opened(pdf) as document:
        command = lp_command(printer)
        if command is None:
            return _print_raster(document, printer)
        pages = document.pageCount()
    _send_to_queue(pdf, command)
    return pages * max(1, printer.copyCount())


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
