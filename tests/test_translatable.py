"""Every visible string is found by pyside6-lupdate under the context it is translated with."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "spineprep"


def _lupdate() -> str | None:
    beside_python = Path(sys.executable).parent / "pyside6-lupdate"
    return str(beside_python) if beside_python.exists() else shutil.which("pyside6-lupdate")


@pytest.fixture(scope="module")
def contexts(tmp_path_factory: pytest.TempPathFactory) -> dict[str | None, list[str]]:
    tool = _lupdate()
    if tool is None:
        pytest.skip("pyside6-lupdate is not installed")
    ts = tmp_path_factory.mktemp("ts") / "spineprep.ts"
    sources = sorted(str(p) for p in PACKAGE.rglob("*.py"))
    subprocess.run([tool, *sources, "-ts", str(ts)], check=True, capture_output=True, timeout=120)
    found: dict[str | None, list[str]] = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.find("name")
        found[name.text if name is not None else None] = [
            m.findtext("source") or "" for m in ctx.findall("message")
        ]
    return found


def test_no_string_is_left_without_a_context(contexts: dict[str | None, list[str]]) -> None:
    # A helper like tr(text) hides the context from lupdate: its strings could never be translated.
    assert contexts.get(None, []) == [] and contexts.get("", []) == []


def test_every_context_used_at_run_time_is_collected(contexts: dict[str | None, list[str]]) -> None:
    used = set()
    for source in PACKAGE.rglob("*.py"):
        used |= set(re.findall(r'translate\(\s*"(\w+)"', source.read_text(encoding="utf-8")))
    # Contexts that only translate strings marked elsewhere (catalogue labels) count if marked.
    assert used - set(contexts) == set()


def test_the_questions_and_messages_are_collected(contexts: dict[str | None, list[str]]) -> None:
    assert "Lifting something heavy" in contexts["Catalogue"]
    assert "Please enter your full name." in contexts["Validation"]
    assert "Next" in contexts["MainWindow"]
    assert any("is read-only" in text for text in contexts["Store"])
    assert any("printer" in text for text in contexts["Printing"])


# --- The Spanish translation ---------------------------------------------------------------

TS = Path(__file__).resolve().parents[1] / "resources" / "i18n" / "spineprep_es.ts"
_PLACEHOLDER = re.compile(r"\{\d+\}")


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        for message in ctx.findall("message"):
            found[(ctx.findtext("name") or "", message.findtext("source") or "")] = message
    return found


def test_the_spanish_translation_is_complete() -> None:
    messages = _messages(TS)
    assert len(messages) > 400
    problems = []
    for (context, source), message in messages.items():
        translation = message.find("translation")
        assert translation is not None
        text = translation.text or ""
        if translation.get("type") in ("unfinished", "obsolete", "vanished") or not text.strip():
            problems.append(f"{context}: {source!r} is {translation.get('type') or 'empty'}")
        elif sorted(_PLACEHOLDER.findall(text)) != sorted(_PLACEHOLDER.findall(source)):
            problems.append(f"{context}: {source!r} has other placeholders: {text!r}")
        elif text.count("\n") != source.count("\n"):
            problems.append(f"{context}: {source!r} has other line breaks: {text!r}")
    assert problems == []


def test_the_spanish_translation_has_every_string_of_the_code(tmp_path: Path) -> None:
    """lupdate over today's code adds nothing and drops nothing: no string was added or
    changed without its translation."""
    tool = _lupdate()
    if tool is None:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / TS.name
    fresh.write_bytes(TS.read_bytes())
    sources = sorted(str(p) for p in PACKAGE.rglob("*.py"))
    subprocess.run(
        [tool, *sources, "-ts", str(fresh), "-locations", "none"],
        check=True,
        capture_output=True,
        timeout=120,
    )
    before, after = set(_messages(TS)), _messages(fresh)
    assert set(after) - before == set(), "new strings need a translation"
    stale = {
        key
        for key, m in after.items()
        if (m.find("translation").get("type") or "") in ("obsolete", "vanished")
    }  # type: ignore[union-attr]
    assert stale == set(), "strings no longer in the code: run lupdate with -no-obsolete"
