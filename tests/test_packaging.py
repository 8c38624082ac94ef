"""Packaging: a built wheel carries resources/ as spineprep/resources/, its .ts compiled to .qm.

The wheel is built by pip through packaging/spineprep_build.py from a copy of the build's inputs,
installed with --target, and used from a fresh interpreter that must not see the checkout. It is
built offline, with no build isolation and no index: with the .venv's own setuptools and
pyside6-essentials, which must meet pyproject.toml's [build-system] requires.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path
from types import ModuleType
from typing import NamedTuple

import pytest

ROOT = Path(__file__).resolve().parents[1]
# What the build reads (the repository's top level is fixed); caches and old .qm files stay out.
BUILD_INPUTS = ("pyproject.toml", "README.md", "spineprep", "resources", "packaging")
_NOT_COPIED = shutil.ignore_patterns("__pycache__", "*.pyc", "*.qm", ".*")
MARK = "«es» test translation"


def _load_i18n() -> ModuleType:
    spec = importlib.util.spec_from_file_location("spineprep_i18n", ROOT / "packaging" / "spineprep_i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _copy_sources(dest: Path) -> Path:
    dest.mkdir()
    for name in BUILD_INPUTS:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, dest / name, ignore=_NOT_COPIED)
        else:
            shutil.copy2(source, dest / name)
    return dest


def _pip(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "SPINEPREP_LRELEASE")}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return subprocess.run(
        [sys.executable, "-m", "pip", *args], capture_output=True, text=True, env=env, timeout=480
    )


def _build_wheel(src: Path, dist: Path) -> subprocess.CompletedProcess[str]:
    """pip wheel, as offline as the rest of the suite: the build requirements are this .venv's
    (checked against [build-system] requires), nothing comes from an index. -v shows the build's
    own output (its warnings too)."""
    return _pip(
        "wheel", "--no-deps", "--no-build-isolation", "--check-build-dependencies", "--no-index", "-v",
        "-w", str(dist), str(src),
    )  # fmt: skip


def _translated(ts: Path) -> list[tuple[str, str, str, str]]:
    """(context, source, disambiguation, translation) of each message lrelease puts in the .qm."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") == "yes" or translation is None or not translation.text:
                continue
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            found.append(
                (name, message.findtext("source") or "", message.findtext("comment") or "", translation.text)
            )
    return found


def _one_translation(ts: Path) -> tuple[str, str, str, str]:
    """A message the compiled .qm must translate. The Spanish file is being translated as we go:
    if nothing is translated yet, the copy (never the checkout's file) gets one translation."""
    found = _translated(ts)
    if not found:
        text = ts.read_text(encoding="utf-8")
        marked = text.replace(
            '<translation type="unfinished"></translation>', f"<translation>{MARK}</translation>", 1
        )
        assert marked != text, f"{ts.name} has neither a translation nor an empty one to fill in"
        ts.write_text(marked, encoding="utf-8")
        found = _translated(ts)
    return found[0]


class Built(NamedTuple):
    wheel: Path
    expected: tuple[str, str, str, str]  # one message its Spanish .qm translates
    output: str  # what the build printed


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """The wheel, built once for this module."""
    work = tmp_path_factory.mktemp("wheel")
    src = _copy_sources(work / "src")
    expected = _one_translation(src / "resources" / "i18n" / "spineprep_es.ts")
    started = time.monotonic()
    result = _build_wheel(src, work / "dist")
    print(f"wheel built in {time.monotonic() - started:.1f} s")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    (wheel,) = (work / "dist").glob("spineprep-*.whl")
    return Built(wheel, expected, result.stdout + result.stderr)


@pytest.mark.timeout(600)
def test_the_build_warns_of_nothing_deprecated(built: Built) -> None:
    """setuptools' deprecations come with a date after which the build stops working (the
    license as a TOML table did: 2027-02-18). The SPDX string is in the wheel's metadata."""
    assert "DeprecationWarning" not in built.output, built.output[-3000:]
    wheel = zipfile.ZipFile(built.wheel)
    (metadata,) = [name for name in wheel.namelist() if name.endswith(".dist-info/METADATA")]
    assert "License-Expression: LicenseRef-Proprietary" in wheel.read(metadata).decode()


@pytest.mark.timeout(600)
def test_the_wheel_carries_resources_with_compiled_translations(built: Built) -> None:
    names = set(zipfile.ZipFile(built.wheel).namelist())
    for required in (
        "i18n/spineprep_es.qm",
        "fonts/DejaVuSans.ttf",
        "fonts/DejaVuSans-Bold.ttf",
        "fonts/LICENSE-DejaVu.txt",
        "styles/app.qss",
        "styles/kiosk.qss",
    ):
        assert f"spineprep/resources/{required}" in names
    # Everything under resources/ is there, each .ts as its .qm (and no .ts).
    sources = ROOT / "resources"
    for path in sources.rglob("*"):
        if path.is_dir() or path.suffix == ".qm" or "__pycache__" in path.parts or path.name.startswith("."):
            continue
        inside = path.relative_to(sources).with_suffix(".qm" if path.suffix == ".ts" else path.suffix)
        assert f"spineprep/resources/{inside.as_posix()}" in names
    assert not [name for name in names if name.endswith(".ts")]


PROBE = """
import json, sys
sys.path.insert(0, sys.argv[1])
context, source, disambiguation = json.loads(sys.argv[2])
import spineprep
from spineprep.resources import resource, resources_dir
from PySide6.QtCore import QTranslator
qm = resource("i18n", "spineprep_es.qm")
translator = QTranslator()
loaded = translator.load(str(qm))
print(json.dumps({
    "package": spineprep.__file__,
    "resources": str(resources_dir()),
    "qm": str(qm),
    "qm_is_file": qm.is_file(),
    "loaded": loaded,
    "empty": translator.isEmpty(),
    "language": translator.language(),
    "translated": translator.translate(context, source, disambiguation or None),
    "font": resource("fonts", "DejaVuSans.ttf").is_file(),
    "style": resource("styles", "app.qss").is_file(),
}))
"""


@pytest.mark.timeout(600)
def test_an_installed_wheel_finds_its_resources_and_translation(built: Built, tmp_path: Path) -> None:
    wheel, (context, source, disambiguation, translation), _ = built
    target = tmp_path / "site"
    result = _pip("install", "--no-deps", "--no-compile", "--target", str(target), str(wheel))
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]

    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "SPINEPREP_RESOURCES")}
    probe = subprocess.run(
        [sys.executable, "-c", PROBE, str(target), json.dumps([context, source, disambiguation])],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
    )
    assert probe.returncode == 0, probe.stderr
    seen = json.loads(probe.stdout.splitlines()[-1])
    # The installed copy, not the checkout's editable install.
    assert Path(seen["package"]).resolve() == (target / "spineprep" / "__init__.py").resolve()
    assert Path(seen["resources"]).resolve() == (target / "spineprep" / "resources").resolve()
    assert Path(seen["qm"]).resolve().is_relative_to(target.resolve())
    assert seen["qm_is_file"]
    assert seen["loaded"]
    assert not seen["empty"]
    assert seen["language"].startswith("es")
    assert seen["translated"] == translation
    assert seen["font"]
    assert seen["style"]


@pytest.mark.timeout(600)
def test_a_ts_that_does_not_compile_fails_the_build(tmp_path: Path) -> None:
    src = _copy_sources(tmp_path / "src")
    (src / "resources" / "i18n" / "spineprep_xx.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<TS version="2.1" language="xx">\n<context>\n',
        encoding="utf-8",
    )
    result = _build_wheel(src, tmp_path / "dist")
    assert result.returncode != 0
    assert "lrelease could not compile" in result.stdout + result.stderr
    assert "spineprep_xx.ts" in result.stdout + result.stderr
    assert not list((tmp_path / "dist").glob("*.whl"))


def test_the_checkout_recompiles_only_a_changed_ts(tmp_path: Path) -> None:
    """What packaging/dev.sh runs on every start: an edited .ts is compiled again, nothing else."""
    i18n = _load_i18n()
    ts = tmp_path / "spineprep_es.ts"
    shutil.copy2(ROOT / "resources" / "i18n" / "spineprep_es.ts", ts)
    (tmp_path / "spineprep_gone.qm").write_bytes(b"left from a .ts that was removed")

    assert i18n.compile_translations(tmp_path, tmp_path, only_stale=True) == [tmp_path / "spineprep_es.qm"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["spineprep_es.qm", "spineprep_es.ts"]
    assert i18n.compile_translations(tmp_path, tmp_path, only_stale=True) == []

    later = (tmp_path / "spineprep_es.qm").stat().st_mtime_ns + 1_000_000_000
    os.utime(ts, ns=(later, later))
    assert i18n.compile_translations(tmp_path, tmp_path, only_stale=True) == [tmp_path / "spineprep_es.qm"]


def test_no_lrelease_fails_in_one_sentence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    i18n = _load_i18n()
    monkeypatch.delenv("SPINEPREP_LRELEASE", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(i18n, "_candidates", lambda: [tmp_path / "lrelease"])
    with pytest.raises(SystemExit) as raised:
        i18n.find_lrelease()
    message = str(raised.value.code)
    assert "lrelease was not found" in message
    assert "\n" not in message


def test_resources_dir_overrides_and_checkout(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from spineprep import resources

    monkeypatch.delenv("SPINEPREP_RESOURCES", raising=False)
    # This checkout (or editable install): the top-level resources/, .qm files compiled there.
    assert resources.resources_dir() == ROOT / "resources"
    assert resources.resource("i18n", "spineprep_es.qm").is_file()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resources_dir() == tmp_path / "resources"  # a PyInstaller bundle
    monkeypatch.setenv("SPINEPREP_RESOURCES", str(tmp_path / "mine"))
    assert resources.resources_dir() == tmp_path / "mine"  # wins over everything
