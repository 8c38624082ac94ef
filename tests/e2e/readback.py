"""What the app left behind, read back as the clinic would: the store (read-only SQLite), the
sheet (pdftotext, pdfinfo, its colours), the CUPS queue's output, and the translations."""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import sqlite3
import subprocess
from pathlib import Path
from typing import Any

from spineprep.store.rows import answers_json

#: The checkout's top folder (resources/ holds the translations' sources).
ROOT = Path(__file__).resolve().parents[2]


def read_intakes(db: Path) -> list[dict[str, Any]]:
    """Every row of the store, opened read-only (the app may still be running), answers decoded."""
    assert db.is_file(), (
        f"no answers file at {db}; {db.parent} holds {sorted(p.name for p in db.parent.glob('*'))}"
    )
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)) as connection:
        connection.row_factory = sqlite3.Row
        rows = [dict(row) for row in connection.execute("SELECT * FROM intakes ORDER BY updated_at")]
    for row in rows:
        row["answers"] = json.loads(answers_json(row["answers"]))
    return rows


def pdf_text(pdf: Path) -> str:
    """The PDF's text, laid out as on the page (pdftotext -layout)."""
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, f"pdftotext {pdf}: {out.stderr}"
    return out.stdout


def pdf_info(pdf: Path) -> dict[str, str]:
    """pdfinfo's fields ("Pages", "Page size", "Title", ...)."""
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, f"pdfinfo {pdf}: {out.stderr}"
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.stdout.splitlines())}


def page_colours(pdf: Path, dpi: int = 30) -> dict[str, float]:
    """Page 1 rendered (pdftoppm): the share of its pixels that are ink (dark) and that are red.
    For a sheet that went through CUPS, whose text layer does not survive."""
    out = subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-f", "1", "-l", "1", str(pdf)], capture_output=True, timeout=60
    )
    assert out.returncode == 0, f"pdftoppm {pdf}: {out.stderr.decode(errors='replace')}"
    magic, size, _depth, pixels = out.stdout.split(b"\n", 3)
    assert magic == b"P6", "pdftoppm did not give a PPM"
    width, height = map(int, size.split())
    count = width * height
    rgb = [pixels[i : i + 3] for i in range(0, count * 3, 3)]
    return {
        "ink": sum(1 for r, g, b in rgb if r + g + b < 600) / count,
        "red": sum(1 for r, g, b in rgb if r > 150 and g < 90 and b < 90) / count,
    }


def squash(text: str) -> str:
    """Whitespace runs as one space (the sheet's columns and line breaks aside)."""
    return re.sub(r"\s+", " ", text)


class Translations:
    """SpinePrep's own translation source (resources/i18n/spineprep_LANG.ts): what the app
    shows in that language for an English source string, so tests can find "Aceptar" by
    asking for "OK" in context "PinPad"."""

    def __init__(self, language: str) -> None:
        from xml.etree import ElementTree

        path = ROOT / "resources" / "i18n" / f"spineprep_{language}.ts"
        self.path = path
        self.texts: dict[tuple[str, str], str] = {}
        for context in ElementTree.parse(path).getroot().iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                self.texts[(name, message.findtext("source", ""))] = translation.text or ""

    def __call__(self, context: str, source: str) -> str:
        try:
            return self.texts[(context, source)]
        except KeyError:
            raise KeyError(f"no translation of {source!r} in context {context!r} in {self.path}") from None


def cups_output() -> Path | None:
    """Where a running CUPS's PDF queue (the system default) writes jobs, as .ci/run sets it
    up ($SPINEPREP_CUPS_OUT); None when no CUPS runs here."""
    out = os.environ.get("SPINEPREP_CUPS_OUT")
    if not out or not shutil.which("lpstat"):
        return None
    try:
        running = subprocess.run(["lpstat", "-r"], capture_output=True, text=True, timeout=10).stdout
        default = subprocess.run(["lpstat", "-d"], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.TimeoutExpired):
        return None
    if "is running" not in running or "not running" in running or "destination:" not in default:
        return None
    return Path(out)
