"""The import rules in pyproject.toml (import-linter, run by the test command) cover every
module: a new core module or page is held to them from its first line."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def contracts() -> dict[str, dict[str, object]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]
    return {c["name"]: c for c in config["contracts"]}


def test_every_core_module_is_kept_from_qt_and_the_ui() -> None:
    core = {
        f"spineprep.{p.stem if p.is_file() else p.name}"
        for p in (ROOT / "spineprep").iterdir()
        if (p.suffix == ".py" and p.stem not in ("__init__", "__main__")) or (p / "__init__.py").exists()
    } - {"spineprep.ui"}
    listed = set(contracts()["The core never imports Qt or the UI"]["source_modules"])  # type: ignore[arg-type]
    assert core == listed, f"not in the contract: {sorted(core - listed)}; gone: {sorted(listed - core)}"


def test_every_page_is_independent() -> None:
    pages = {
        f"spineprep.ui.pages.{p.stem}"
        for p in (ROOT / "spineprep" / "ui" / "pages").glob("*.py")
        if p.stem not in ("__init__", "base")
    }
    assert pages == set(contracts()["Pages do not import each other"]["modules"])  # type: ignore[arg-type]


def test_the_rules_hold_and_a_broken_one_is_reported(tmp_path: Path) -> None:
    lint = Path(sys.executable).parent / "lint-imports"
    kept = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert kept.returncode == 0, kept.stdout[-2000:]
    # The same rules over a copy of the package in which the theme imports Qt: broken.
    import shutil

    copy = tmp_path / "src"
    shutil.copytree(ROOT / "spineprep", copy / "spineprep", ignore=shutil.ignore_patterns("__pycache__"))
    theme = copy / "spineprep" / "theme.py"
    theme.write_text(theme.read_text() + "\nimport PySide6.QtGui  # noqa\n")
    shutil.copy(ROOT / "pyproject.toml", copy / "pyproject.toml")
    env = {"PYTHONPATH": str(copy), "PATH": str(lint.parent)}
    broken = subprocess.run([str(lint)], cwd=copy, capture_output=True, text=True, timeout=120, env=env)
    assert broken.returncode != 0 and "spineprep.theme -> PySide6" in broken.stdout, broken.stdout[-2000:]


def test_no_module_is_over_400_lines() -> None:
    """One job per module: a module past 400 lines holds several (split it, named for each)."""
    sizes = {
        str(path.relative_to(ROOT)): len(path.read_text(encoding="utf-8").splitlines())
        for path in (ROOT / "spineprep").rglob("*.py")
    }
    assert {name: lines for name, lines in sizes.items() if lines > 400} == {}
    assert len(sizes) > 60  # every module was read


def test_every_module_opens_with_a_line_saying_its_role() -> None:
    import ast

    silent = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "spineprep").rglob("*.py")
        if path.stat().st_size and not ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert silent == []
