"""Printing one real sheet: time and peak extra memory at 600 and 300 dpi, each sample in a
fresh process; to a PDF-writing QPrinter (the drawn-as-images way, as on Windows), and through
the real CUPS queue (the PDF itself, by lp) when a CUPS server runs; and whether the words
survive (pdftotext)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile

from tests.benchmarks.common import Figure, run_probe

# One print in a fresh process: a warm-up print (pdfium and fonts start), then the measured one.
PROBE = r"""
import json, os, sys, time
from PySide6.QtWidgets import QApplication
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
app = QApplication([])
from spineprep.sample import sample_intake
from spineprep.settings import Settings
from spineprep.ui.printing import print_pdf
from spineprep.ui.sheet_actions import build_pdf

dpi, where, out = int(sys.argv[1]), sys.argv[2], sys.argv[3]
pdf = build_pdf(sample_intake(), Settings())

def printer():
    if where == "queue":
        p = QPrinter(QPrinterInfo.defaultPrinter(), QPrinter.PrinterMode.HighResolution)
    else:
        p = QPrinter(QPrinter.PrinterMode.HighResolution)
        p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        p.setOutputFileName(out)
    p.setResolution(dpi)
    p.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    return p

def rss_mb():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20

before = rss_mb()
print_pdf(pdf, printer())
start = time.perf_counter()
print_pdf(pdf, printer())
seconds = time.perf_counter() - start
# VmHWM, this process's own high-water mark: ru_maxrss keeps the parent's size at the fork.
with open("/proc/self/status") as f:
    peak = next(int(line.split()[1]) for line in f if line.startswith("VmHWM:")) / 1024
print(json.dumps({"seconds": seconds, "extra_mb": peak - before}))
"""


def cups_running() -> bool:
    if shutil.which("lpstat") is None:
        return False
    try:
        said = subprocess.run(["lpstat", "-r"], capture_output=True, text=True, timeout=5).stdout
    except (OSError, subprocess.TimeoutExpired):
        return False
    return "is running" in said and "not running" not in said


def keeps_text(path: str) -> str:
    if shutil.which("pdftotext") is None:
        return "pdftotext missing: text not checked"
    text = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
    return "text kept (vector)" if "Severity" in text else "no text layer (drawn as images, lossless)"


def figures(repeats: int, quick: bool) -> list[Figure]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    ways = [("PDF-file QPrinter", "file")] + ([("CUPS queue", "queue")] if cups_running() else [])
    found: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="spineprep-bench-") as scratch:
        out = os.path.join(scratch, "printed.pdf")
        for label, where in ways:
            for dpi in (600, 300):
                samples = [
                    run_probe(["-c", PROBE, str(dpi), where, out], env, timeout=120)
                    for _ in range(max(1, repeats // 2 if quick else repeats))
                ]
                note = keeps_text(out) if where == "file" else "the PDF itself, by lp (vector)"
                found.append(
                    Figure(
                        f"print one sheet, {label}, {dpi} dpi",
                        "s",
                        [s["seconds"] for s in samples],
                        goal=("at_most", 0.5),
                        note=note,
                    )
                )
                found.append(
                    Figure(
                        f"print one sheet, {label}, {dpi} dpi: peak extra memory",
                        "MB",
                        [s["extra_mb"] for s in samples],
                        stat="max",
                        goal=("at_most", 100),
                    )
                )
    return found


if __name__ == "__main__":
    from tests.benchmarks.common import table

    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    got = figures(repeats, quick=False)
    print(table(got))
    print(json.dumps({f.name: f.note for f in got if f.note}, indent=1))
