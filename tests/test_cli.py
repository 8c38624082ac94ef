"""The command line: --version, sample-pdf with no display and no Qt, --data-dir, no-display message."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from spineprep import __version__

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str, env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(ROOT)
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "-m", "spineprep", *args], capture_output=True, text=True, env=env, timeout=60
    )


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"SpinePrep {__version__}"


def test_sample_pdf_needs_no_display_and_no_qt(tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    probe = (
        "import sys; from spineprep.__main__ import main; code = main(['sample-pdf', sys.argv[1]]);"
        "print('QT' if any(m.startswith('PySide6') for m in sys.modules) else 'NOQT'); sys.exit(code)"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(ROOT)
    result = subprocess.run(
        [sys.executable, "-c", probe, str(out)], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "NOQT"
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert len(reader.pages) == 1
    assert "Patient-reported answers, not a diagnosis" in reader.pages[0].extract_text()


def test_data_dir_option_and_environment_variable_pick_the_settings(tmp_path: Path) -> None:
    data = tmp_path / "clinic"
    data.mkdir()
    (data / "settings.json").write_text(json.dumps({"clinic_name": "Harbor Back Clinic"}))
    for args, env in (
        (("--data-dir", str(data), "sample-pdf", str(tmp_path / "a.pdf")), None),
        (("sample-pdf", str(tmp_path / "b.pdf")), {"SPINEPREP_DATA_DIR": str(data)}),
    ):
        result = run(*args, env_extra=env)
        assert result.returncode == 0, result.stderr
    for name in ("a.pdf", "b.pdf"):
        text = PdfReader(str(tmp_path / name)).pages[0].extract_text()
        assert "Harbor Back Clinic" in text


def test_unwritable_output_is_one_plain_line(tmp_path: Path) -> None:
    result = run("sample-pdf", str(tmp_path / "missing-folder" / "x.pdf"))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "could not write" in result.stderr
    assert "Traceback" not in result.stderr


def test_no_display_is_one_clear_line() -> None:
    result = run()
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "no display" in result.stderr and "Traceback" not in result.stderr


def test_the_no_display_message_gives_a_command_that_works_as_printed(tmp_path: Path) -> None:
    """Started as the quick start leaves it (.venv/bin/spineprep, not on the PATH), the command
    the message suggests runs as typed, from any folder."""
    installed = Path(sys.executable).parent / "spineprep"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PATH"] = "/usr/bin:/bin"  # as in a new terminal: the venv is not on it
    result = subprocess.run([str(installed)], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 2
    suggested = result.stderr.strip().rsplit("with: ", 1)[1]
    assert suggested.endswith("sample-pdf out.pdf")
    made = subprocess.run(
        suggested, shell=True, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60
    )
    assert made.returncode == 0, made.stderr
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF")
