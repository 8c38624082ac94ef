"""SpinePrep's PEP 517 build backend: setuptools, plus the resources/ folder and its translations.

pyproject.toml names it (``backend-path = ["packaging"]``, ``build-backend = "spineprep_build"``)
and its two setuptools commands (``[tool.setuptools.cmdclass]``):

- wheel: ``BuildPy`` copies resources/ (fonts with their licence, styles) into the wheel as
  ``spineprep/resources/`` and compiles each ``resources/i18n/*.ts`` there to ``.qm`` with Qt's
  lrelease (spineprep_i18n.py). The .ts sources stay out of the wheel.
- editable install: ``build_editable`` compiles the .qm files into the checkout's resources/i18n/,
  where an editable install (and packaging/dev.sh) reads them.
- sdist: ``Sdist`` adds resources/ (with the .ts, without .qm) and packaging/, so a wheel can be
  built from the sdist alone.

A .ts that does not compile, or no lrelease, fails the build with one sentence.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from setuptools import build_meta as _setuptools
from setuptools.build_meta import (
    build_sdist,
    build_wheel,
    get_requires_for_build_editable,
    get_requires_for_build_sdist,
    get_requires_for_build_wheel,
    prepare_metadata_for_build_editable,
    prepare_metadata_for_build_wheel,
)
from setuptools.command.build_py import build_py as _build_py
from setuptools.command.sdist import sdist as _sdist
from spineprep_i18n import I18N, ROOT, compile_translations

__all__ = [
    "build_editable",
    "build_sdist",
    "build_wheel",
    "get_requires_for_build_editable",
    "get_requires_for_build_sdist",
    "get_requires_for_build_wheel",
    "prepare_metadata_for_build_editable",
    "prepare_metadata_for_build_wheel",
]

RESOURCES = ROOT / "resources"
# Never shipped from the source tree: translation sources, stale build outputs, caches, dot-files.
_NOT_IN_WHEEL = shutil.ignore_patterns("*.ts", "*.qm", "__pycache__", "*.pyc", ".*")
_NOT_IN_SDIST = shutil.ignore_patterns("*.qm", "__pycache__", "*.pyc", ".*")


def build_editable(
    wheel_directory: str,
    config_settings: dict[str, Any] | None = None,
    metadata_directory: str | None = None,
) -> str:
    # The editable install reads the checkout's resources/, so the .qm files go there.
    compile_translations(I18N, I18N)
    return _setuptools.build_editable(wheel_directory, config_settings, metadata_directory)


class BuildPy(_build_py):
    """build_py that also puts resources/ into the wheel as spineprep/resources/, .qm compiled."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install uses the checkout's resources/ (see build_editable)
        target = Path(self.build_lib) / "spineprep" / "resources"
        if target.exists():
            shutil.rmtree(target)  # nothing left over from an earlier build in the same build/
        shutil.copytree(RESOURCES, target, ignore=_NOT_IN_WHEEL)
        compile_translations(RESOURCES / "i18n", target / "i18n")


def _copy_new(source: str, destination: str) -> object:
    # make_release_tree hard-links the files it was given: never write through one of those.
    if Path(destination).exists():
        return destination
    return shutil.copy2(source, destination)


class Sdist(_sdist):
    """sdist that also carries resources/ (with the .ts sources) and this packaging/ folder."""

    def make_release_tree(self, base_dir: str, files: list[str]) -> None:
        super().make_release_tree(base_dir, files)
        for folder in ("resources", "packaging"):
            shutil.copytree(
                ROOT / folder,
                Path(base_dir) / folder,
                ignore=_NOT_IN_SDIST,
                copy_function=_copy_new,
                dirs_exist_ok=True,
            )
