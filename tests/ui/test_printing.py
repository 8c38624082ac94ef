"""Printing the sheet's PDF bytes through a real QPrinter (a PDF file, and a real CUPS queue)."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QMarginsF, QTimer
from PySide6.QtGui import QImage, QPageLayout, QPageRanges, QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from spineprep.ui import printing
from spineprep.ui.printing import (
    JOB_TITLE,
    MAX_RENDER_DPI,
    PrintError,
    available_printers,
    dialog_printer,
    has_printer,
    lp_command,
    print_pdf,
)

PATIENT = "Nguyen Thi Minh Khai"
CUPS_QUEUE = "ClinicPDF"


def make_sheet(pages: int = 2, *, pagesize: tuple[float, float] = A4) -> bytes:
    """A real reportlab PDF whose metadata and text carry the patient's name, as the sheet's do.

    Page n has a black square in the n-th row band, so the page order can be seen in the print.
    """
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=pagesize)
    pdf.setTitle(f"Summary for {PATIENT}")
    pdf.setAuthor(PATIENT)
    pdf.setSubject(PATIENT)
    width, height = pagesize
    band = height / pages
    for n in range(pages):
        pdf.setFont("Helvetica", 10)
        pdf.drawString(40, height - 40, f"{PATIENT} - page {n + 1} of {pages}")
        top = height - n * band
        pdf.rect(width / 2 - band / 4, top - band * 0.75, band / 2, band / 2, stroke=0, fill=1)
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def full_black_page(pagesize: tuple[float, float]) -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=pagesize)
    pdf.rect(0, 0, *pagesize, stroke=0, fill=1)
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def pdf_file_printer(path: Path) -> QPrinter:
    """What the Print dialog hands back when "Print to file (PDF)" is chosen, on A4 paper."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    return printer


def rendered_pages(path: Path, scratch: Path, dpi: int = 30) -> list[QImage]:
    """The printed file as a person would see it: with poppler's pdftoppm when it is there."""
    if shutil.which("pdftoppm"):
        prefix = scratch / f"{path.stem}-seen"
        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(path), str(prefix)], check=True)
        return [QImage(str(p)) for p in sorted(scratch.glob(f"{prefix.name}-*.png"))]
    document = QPdfDocument()
    document.load(str(path))
    images = []
    for page in range(document.pageCount()):
        size = document.pagePointSize(page) * dpi / 72
        images.append(document.render(page, size.toSize()))
    return images


def dark_box(image: QImage, columns: tuple[float, float] = (0.0, 1.0)) -> tuple[int, int, int, int] | None:
    """(left, top, right, bottom) of the dark pixels, or None on a blank page.

    columns limits the search to that horizontal part of the page (fractions of its width).
    """
    xs: list[int] = []
    ys: list[int] = []
    first, last = round(columns[0] * image.width()), round(columns[1] * image.width())
    for y in range(image.height()):
        for x in range(first, last):
            colour = image.pixelColor(x, y)
            if colour.alpha() > 128 and colour.lightness() < 100:
                xs.append(x)
                ys.append(y)
    if not xs:
        return None
    return min(xs), min(ys), max(xs), max(ys)


def test_every_page_of_the_sheet_is_printed_in_order(qapp: QApplication, tmp_path: Path) -> None:
    out = tmp_path / "printed.pdf"
    assert print_pdf(make_sheet(3), pdf_file_printer(out)) == 3

    assert len(PdfReader(out).pages) == 3
    pages = rendered_pages(out, tmp_path)
    assert len(pages) == 3
    tops = []
    for image in pages:
        assert dark_box(image) is not None, "a printed page came out blank"
        square = dark_box(image, columns=(0.4, 0.6))  # the middle column: the square, not the text
        assert square is not None
        tops.append(square[1] / image.height())
    # The squares step down the page from first to last: same pages, same order.
    assert tops == sorted(tops)
    assert tops[0] < 0.35 < tops[1] < 0.65 < tops[2]


def test_a_page_keeps_its_shape_and_is_centred_on_the_paper(qapp: QApplication, tmp_path: Path) -> None:
    out = tmp_path / "landscape.pdf"
    sheet_width, sheet_height = landscape(A4)
    print_pdf(full_black_page(landscape(A4)), pdf_file_printer(out))

    (image,) = rendered_pages(out, tmp_path, dpi=40)
    box = dark_box(image)
    assert box is not None
    left, top, right, bottom = box
    width, height = right - left + 1, bottom - top + 1
    assert width / height == pytest.approx(sheet_width / sheet_height, rel=0.03)
    # Fitted to the paper's width, with equal white above and below.
    assert width > 0.85 * image.width()
    assert top == pytest.approx(image.height() - 1 - bottom, abs=2)


def test_pages_are_rendered_opaque_lossless_and_at_most_print_resolution(
    qapp: QApplication, tmp_path: Path
) -> None:
    out = tmp_path / "printed.pdf"
    print_pdf(make_sheet(1), pdf_file_printer(out))  # the PDF writer claims 1200 dpi

    page = PdfReader(out).pages[0]
    resources: Any = page["/Resources"]
    images = [obj.get_object() for obj in resources["/XObject"].values()]
    assert images
    width_inches = float(page.mediabox.width) / 72
    for image in images:
        # Painted on white: no soft mask (which Qt's writer would add for an image with alpha).
        assert "/SMask" not in image
        # Line art is never JPEG: text and bars stay as sharp as the sheet.
        assert "/DCTDecode" not in str(image.get("/Filter"))
        assert int(image["/Width"]) <= width_inches * MAX_RENDER_DPI + 1


def test_copies_are_printed_where_the_print_system_does_not_make_them(
    qapp: QApplication, tmp_path: Path
) -> None:
    out = tmp_path / "printed.pdf"
    printer = pdf_file_printer(out)
    printer.setCopyCount(2)
    assert not printer.supportsMultipleCopies()  # a PDF file: copies are ours to make

    assert print_pdf(make_sheet(2), printer) == 4
    assert len(PdfReader(out).pages) == 4


def test_job_title_is_fixed_and_never_the_patients_name(qapp: QApplication, tmp_path: Path) -> None:
    out = tmp_path / "printed.pdf"
    printer = pdf_file_printer(out)
    print_pdf(make_sheet(), printer)

    assert printer.docName() == JOB_TITLE
    metadata = PdfReader(out).metadata
    assert metadata is not None
    assert metadata.title == JOB_TITLE
    for value in metadata.values():
        assert "Nguyen" not in str(value)


@pytest.mark.parametrize(
    "damaged",
    [
        pytest.param(b"", id="empty"),
        pytest.param(b"this is not a PDF", id="not-a-pdf"),
        pytest.param(make_sheet()[:900], id="cut-short"),
        pytest.param(make_sheet().replace(b"%PDF", b"%XYZ", 1)[:2000], id="bad-header"),
    ],
)
def test_damaged_bytes_give_a_plain_error_and_print_nothing(
    qapp: QApplication, tmp_path: Path, damaged: bytes
) -> None:
    out = tmp_path / "printed.pdf"
    with pytest.raises(PrintError) as raised:
        print_pdf(damaged, pdf_file_printer(out))

    message = str(raised.value)
    assert message.endswith(".")
    assert message.count(".") == 1, "one plain sentence"
    assert not re.search(r"Q[A-Z]\w+|Error\b|::|0x", message), "no Qt or programmer words"
    assert not out.exists()


def test_a_printer_that_cannot_start_gives_a_plain_error(qapp: QApplication, tmp_path: Path) -> None:
    printer = pdf_file_printer(tmp_path / "no such folder" / "printed.pdf")
    with pytest.raises(PrintError, match=r"^The printer could not be started"):
        print_pdf(make_sheet(), printer)


def test_printing_writes_no_temporary_file(qapp: QApplication, tmp_path: Path, private_tempdir: Path) -> None:
    def files_in_temp() -> set[str]:
        root = tempfile.gettempdir()
        return {os.path.join(folder, name) for folder, _, names in os.walk(root) for name in names}

    assert tempfile.gettempdir() == str(private_tempdir)
    before = files_in_temp()
    print_pdf(make_sheet(), pdf_file_printer(tmp_path / "printed.pdf"))
    assert files_in_temp() == before


def test_has_printer_agrees_with_the_printer_list(qapp: QApplication) -> None:
    assert has_printer() == bool(available_printers())
    assert all(isinstance(name, str) and name for name in available_printers())


def test_cancelled_print_dialog_gives_no_printer(qapp: QApplication, qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        dialog.close()

    QTimer.singleShot(100, cancel)
    assert dialog_printer(parent) is None


def _cups_job_name(job_id: int, tmp_path: Path) -> str:
    """job-name as the print server keeps it (Get-Job-Attributes, asked as the job's owner)."""
    request = tmp_path / "get-job-name.test"
    request.write_text(
        """{
    OPERATION Get-Job-Attributes
    GROUP operation-attributes-tag
    ATTR charset attributes-charset utf-8
    ATTR naturalLanguage attributes-natural-language en
    ATTR uri printer-uri $uri
    ATTR integer job-id $job_id
    ATTR name requesting-user-name $user
    ATTR keyword requested-attributes job-name
    STATUS successful-ok
}
"""
    )
    result = subprocess.run(
        ["ipptool", "-tv", "-d", f"job_id={job_id}", f"ipp://localhost/printers/{CUPS_QUEUE}", str(request)],
        capture_output=True,
        text=True,
        timeout=10,
        check=True,
    )
    found = re.search(r"^\s*job-name \([^)]*\) = (.*)$", result.stdout, re.MULTILINE)
    assert found, result.stdout
    return found.group(1).strip()


@pytest.mark.cups
def test_sheet_prints_on_the_clinic_cups_queue(qapp: QApplication, qtbot: QtBot, tmp_path: Path) -> None:
    if CUPS_QUEUE not in available_printers():
        pytest.skip(f"CUPS runs but has no {CUPS_QUEUE} queue (see .ci/run)")
    out_dir = Path(os.environ.get("SPINEPREP_CUPS_OUT", "/srv/cups-out"))
    before = set(out_dir.glob("*job_*.pdf"))

    printer = QPrinter(QPrinterInfo.printerInfo(CUPS_QUEUE), QPrinter.PrinterMode.HighResolution)
    assert printer.outputFormat() == QPrinter.OutputFormat.NativeFormat
    assert print_pdf(make_sheet(2), printer) == 2

    def job_done() -> bool:
        new = set(out_dir.glob("*job_*.pdf")) - before
        queued = subprocess.run(["lpstat", "-o", CUPS_QUEUE], capture_output=True, text=True).stdout
        return len(new) == 1 and not queued.strip()

    qtbot.waitUntil(job_done, timeout=20_000)
    (printed,) = set(out_dir.glob("*job_*.pdf")) - before
    # Went through Ghostscript: count pages and look at them, don't read text back.
    try:
        assert len(PdfReader(printed).pages) == 2
        assert all(dark_box(image) is not None for image in rendered_pages(printed, tmp_path, dpi=15))
    finally:
        shutil.copy(printed, tmp_path)
        printed.unlink()  # the clinic's output folder is no place for test sheets

    # What anyone at the print server sees: the output name (cups-pdf builds it from
    # the job title) and the job-name the server keeps.
    assert PATIENT.split()[0] not in printed.name
    assert printed.name.startswith(JOB_TITLE.replace(" ", "_"))
    job_id = int(re.findall(r"job_(\d+)\.pdf$", printed.name)[0])
    if shutil.which("ipptool") is None:
        pytest.skip("printed fine; ipptool (Debian cups-ipp-utils) is needed to read the job's name")
    job_name = _cups_job_name(job_id, tmp_path)
    assert job_name == JOB_TITLE
    assert "Nguyen" not in job_name


def queue_printer(name: str = CUPS_QUEUE) -> QPrinter:
    printer = QPrinter(QPrinterInfo.printerInfo(name), QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(name)
    return printer


class _Engine:
    """The print engine's CUPS options, as the dialog's Properties and Options leave them."""

    def __init__(self, cups_options: list[str]) -> None:
        self.cups_options = cups_options

    def property(self, key: object) -> object:
        return self.cups_options


class DialogChoices:
    """What lp_command reads of a QPrinter, as a Print dialog on a duplex colour printer leaves it."""

    def __init__(self, **choices: Any) -> None:
        self.choices = {
            "outputFormat": QPrinter.OutputFormat.NativeFormat,
            "printerName": CUPS_QUEUE,
            "outputFileName": "",
            "pageLayout": QPageLayout(
                QPageSize(QPageSize.PageSizeId.Letter), QPageLayout.Orientation.Portrait, QMarginsF()
            ),
            "duplex": QPrinter.DuplexMode.DuplexNone,
            "colorMode": QPrinter.ColorMode.Color,
            "copyCount": 1,
            "docName": f"Summary for {PATIENT}",
            "pageRanges": QPageRanges(),
            "printEngine": _Engine([]),
        } | choices

    def __getattr__(self, name: str) -> Any:
        return lambda: self.choices[name]


@pytest.mark.parametrize(
    ("choices", "copies", "expected"),
    [
        pytest.param({}, "1", {"sides=one-sided", "media=Letter"}, id="defaults"),
        pytest.param(
            {
                "copyCount": 3,
                "duplex": QPrinter.DuplexMode.DuplexLongSide,
                "colorMode": QPrinter.ColorMode.GrayScale,
            },
            "3",
            {"sides=two-sided-long-edge", "print-color-mode=monochrome", "media=Letter"},
            id="copies-duplex-grey",
        ),
        pytest.param(
            {
                "duplex": QPrinter.DuplexMode.DuplexAuto,
                "pageLayout": QPageLayout(
                    QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape, QMarginsF()
                ),
            },
            "1",
            {"sides=two-sided-short-edge", "media=A4", "landscape"},
            id="a4-landscape-auto-duplex",
        ),
        pytest.param(
            {"printEngine": _Engine(["InputSlot", "Tray2", "number-up", "2", "job-name", PATIENT])},
            "1",
            {"sides=one-sided", "media=Letter", "InputSlot=Tray2", "number-up=2"},
            id="tray-and-pages-per-sheet-from-the-dialog",
        ),
    ],
)
def test_lp_command_maps_the_printers_choices_and_names_no_one(
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
    choices: dict[str, Any],
    copies: str,
    expected: set[str],
) -> None:
    """The PDF itself goes to the CUPS queue, with the dialog's copies, sides, colour and paper,
    read from stdin (no file), under the fixed job title."""
    monkeypatch.setattr(printing, "available_printers", lambda: [CUPS_QUEUE])
    monkeypatch.setattr(printing.shutil, "which", lambda name: f"/usr/bin/{name}")
    command = lp_command(DialogChoices(**choices))  # type: ignore[arg-type]
    assert command is not None
    assert command[:5] == ["/usr/bin/lp", "-d", CUPS_QUEUE, "-t", JOB_TITLE]
    assert command[5:7] == ["-n", copies]
    options = {command[i + 1] for i, word in enumerate(command) if word == "-o"}
    assert options == expected
    assert not any("Nguyen" in word for word in command)
    assert len(command) == 7 + 2 * len(options), "nothing else: no file name, no patient"


def test_lp_command_prints_only_the_pages_chosen(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(printing, "available_printers", lambda: [CUPS_QUEUE])
    monkeypatch.setattr(printing.shutil, "which", lambda name: f"/usr/bin/{name}")
    ranges = QPageRanges()
    ranges.addRange(2, 3)
    command = lp_command(DialogChoices(pageRanges=ranges))  # type: ignore[arg-type]
    assert command is not None and command[7:9] == ["-P", "2-3"]


def test_a_pdf_file_windows_or_no_lp_is_drawn_not_sent(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(printing, "available_printers", lambda: [CUPS_QUEUE])
    monkeypatch.setattr(printing.shutil, "which", lambda name: f"/usr/bin/{name}")
    assert lp_command(DialogChoices()) is not None  # type: ignore[arg-type]
    assert lp_command(pdf_file_printer(tmp_path / "printed.pdf")) is None
    assert lp_command(DialogChoices(outputFileName=str(tmp_path / "x.pdf"))) is None  # type: ignore[arg-type]
    assert lp_command(DialogChoices(printerName="Not A Queue")) is None  # type: ignore[arg-type]
    monkeypatch.setattr(printing.sys, "platform", "win32")
    assert lp_command(DialogChoices()) is None  # type: ignore[arg-type]
    monkeypatch.setattr(printing.sys, "platform", "linux")
    monkeypatch.setattr(printing.shutil, "which", lambda name: None)
    assert lp_command(DialogChoices()) is None  # type: ignore[arg-type]


def test_lp_refusing_the_job_is_one_plain_sentence(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    refuse = tmp_path / "lp"
    refuse.write_text(
        "#!/bin/sh\ncat >/dev/null\necho 'lp: The printer or class does not exist.' >&2\nexit 1\n"
    )
    refuse.chmod(0o755)
    monkeypatch.setattr(printing, "lp_command", lambda _printer: [str(refuse), "-d", CUPS_QUEUE])
    with pytest.raises(PrintError) as raised:
        print_pdf(make_sheet(), QPrinter())
    message = str(raised.value)
    assert message.count(".") == 1 and message.endswith("."), message
    assert "lp" not in message.split() and "class" not in message


def test_the_printed_sheet_keeps_its_words_and_no_jpeg(qapp: QApplication, tmp_path: Path) -> None:
    """Drawn as images (a PDF file, Windows): lossless, at the printer's resolution, so the
    words come out as sharp as the sheet; a reader can still find them (pdftotext) only where
    the PDF itself is sent, so here the pixels are checked."""
    from spineprep.sample import sample_intake
    from spineprep.settings import Settings
    from spineprep.ui.sheet_actions import build_pdf

    out = tmp_path / "printed.pdf"
    printer = pdf_file_printer(out)
    printer.setResolution(300)
    print_pdf(build_pdf(sample_intake(), Settings()), printer)
    assert b"/DCTDecode" not in out.read_bytes()
    (seen,) = rendered_pages(out, tmp_path, dpi=20)
    assert dark_box(seen) is not None


def test_printing_many_sheets_leaves_no_qobject_behind(qapp: QApplication, tmp_path: Path) -> None:
    """Each sheet's QPdfDocument and its buffer go when it is printed, and pdfium is not shut
    down and started again per sheet (which leaked 20-80 KB each time)."""
    import gc

    import shiboken6

    def live() -> int:
        gc.collect()
        return sum(1 for obj in shiboken6.getAllValidWrappers() if isinstance(obj, QPdfDocument | QBuffer))

    sheet = make_sheet(1)
    print_pdf(sheet, pdf_file_printer(tmp_path / "first.pdf"))
    start = live()
    for n in range(20):
        print_pdf(sheet, pdf_file_printer(tmp_path / f"printed-{n}.pdf"))
    assert live() == start
    # One empty document, the application's, keeps pdfium started between sheets.
    assert len(QApplication.instance().findChildren(QPdfDocument)) == 1  # type: ignore[union-attr]


@pytest.mark.cups
def test_the_queue_gets_the_pdf_itself_with_its_words(qapp: QApplication, qtbot: QtBot) -> None:
    if CUPS_QUEUE not in available_printers():
        pytest.skip(f"CUPS runs but has no {CUPS_QUEUE} queue (see .ci/run)")
    out_dir = Path(os.environ.get("SPINEPREP_CUPS_OUT", "/srv/cups-out"))
    before = set(out_dir.glob("*job_*.pdf"))
    printer = queue_printer()
    assert lp_command(printer) is not None, "a CUPS queue and lp: the PDF is sent as it is"
    assert print_pdf(make_sheet(1), printer) == 1

    def landed() -> bool:
        queued = subprocess.run(["lpstat", "-o", CUPS_QUEUE], capture_output=True, text=True).stdout
        return len(set(out_dir.glob("*job_*.pdf")) - before) == 1 and not queued.strip()

    qtbot.waitUntil(landed, timeout=20_000)
    (printed,) = set(out_dir.glob("*job_*.pdf")) - before
    try:
        text = subprocess.run(["pdftotext", str(printed), "-"], capture_output=True, text=True).stdout
        assert "page 1 of 1" in text, "vector: the words are still words after the print server"
        assert "Nguyen" not in printed.name
        assert printed.name.startswith(JOB_TITLE.replace(" ", "_"))
    finally:
        printed.unlink()
