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
