"""Compile resources/i18n/*.ts (Qt Linguist sources) into the .qm files QTranslator loads.

The .qm files are build outputs, never committed. The build backend (spineprep_build.py) calls
this for wheels (into the wheel) and editable installs (into the checkout); packaging/dev.sh runs
it on every start, so a .ts edited since the last run is compiled again:

    python packaging/spineprep_i18n.py      # compile the checkout's stale or missing .qm files

It uses Qt's own lrelease, the one PySide6 ships. Only the standard library here: it runs in the
bare isolated build environment and in the project's virtualenv alike.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"

_EXE = ".exe" if sys.platform == "win32" else ""


class TranslationError(SystemExit):
    """A build-stopping problem, said in one sentence (a SystemExit, so no traceback)."""

    def __init__(self, sentence: str) -> None:
        super().__init__(f"spineprep: {sentence}")


def _candidates() -> list[Path]:
    """Where this Python's PySide6 keeps lrelease, best first (found in a build environment too)."""
    found = []
    # 1. The binary inside the PySide6 package, which pyside6-lrelease runs. find_spec does not
    #    import PySide6, so no Qt library is loaded here.
    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        found.append(Path(folder) / f"lrelease{_EXE}")
    # 2. The pyside6-lrelease script of this interpreter's environment.
    for folder in (sysconfig.get_path("scripts"), str(Path(sys.executable).parent)):
        found.append(Path(folder) / f"pyside6-lrelease{_EXE}")
    return found


def find_lrelease() -> str:
    """Qt's lrelease: $SPINEPREP_LRELEASE, PySide6's own, or a pyside6-lrelease script (or on PATH)."""
    override = os.environ.get("SPINEPREP_LRELEASE")
    if override:
        return override
    for candidate in _candidates():
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    on_path = shutil.which("pyside6-lrelease")
    if on_path:
        return on_path
    raise TranslationError(
        "cannot compile the translations: Qt's lrelease was not found (install pyside6-essentials "
        "into the build environment, or set SPINEPREP_LRELEASE to an lrelease program)"
    )


def _is_stale(ts: Path, qm: Path) -> bool:
    return not qm.exists() or qm.stat().st_mtime_ns < ts.stat().st_mtime_ns


def compile_translations(source: Path, target: Path, *, only_stale: bool = False) -> list[Path]:
    """Compile every source/*.ts to target/NAME.qm; return the .qm files written.

    A .ts that lrelease rejects stops everything with TranslationError. Each .qm is written
    beside its final name and then renamed, so a reader never sees half a file. With target ==
    source (the checkout), a .qm left from a .ts that no longer exists is removed.
    """
    sources = sorted(source.glob("*.ts"))
    target.mkdir(parents=True, exist_ok=True)
    if target.resolve() == source.resolve():
        wanted = {ts.with_suffix(".qm").name for ts in sources}
        for orphan in target.glob("*.qm"):
            if orphan.name not in wanted:
                orphan.unlink()
    todo = [ts for ts in sources if not only_stale or _is_stale(ts, target / f"{ts.stem}.qm")]
    if not todo:
        return []
    lrelease = find_lrelease()
    written = []
    for ts in todo:
        qm = target / f"{ts.stem}.qm"
        print(f"spineprep: compiling {ts} -> {qm} with {lrelease}", flush=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{ts.stem}.", suffix=".qm", dir=target)
        os.close(fd)
        tmp = Path(tmp_name)
        try:
            try:
                result = subprocess.run(
                    [lrelease, "-silent", str(ts), "-qm", str(tmp)],
                    capture_output=True,
                    text=True,
                    timeout=120,
                )
            except (OSError, subprocess.TimeoutExpired) as error:
                raise TranslationError(f"cannot run lrelease ({lrelease}): {error}") from error
            if result.returncode != 0 or tmp.stat().st_size == 0:
                said = " ".join((result.stderr or result.stdout).split()).removeprefix("lrelease error: ")
                said = said or f"exit status {result.returncode}"
                raise TranslationError(f"lrelease could not compile {ts}: {said}")
            tmp.chmod(0o644)
            os.replace(tmp, qm)
        finally:
            tmp.unlink(missing_ok=True)
        written.append(qm)
    return written


def main() -> int:
    compile_translations(I18N, I18N, only_stale=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
