"""The one place that finds files under resources/ (installed wheel, checkout, bundle).

The folder holds fonts/ (with their licence), styles/ and i18n/ (the .qm translations, which are
build outputs compiled from the .ts sources by packaging/spineprep_i18n.py). Where it is:

- ``$SPINEPREP_RESOURCES`` when set;
- a PyInstaller bundle: ``resources/`` inside ``sys._MEIPASS``;
- an installed wheel: ``spineprep/resources/`` beside this module (the build copies it there);
- a checkout or an editable install: the repository's top-level ``resources/``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    """The resources folder: $SPINEPREP_RESOURCES, a PyInstaller bundle's, the wheel's or the checkout's."""
    override = os.environ.get("SPINEPREP_RESOURCES")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    here = Path(__file__).resolve().parent
    installed = here / "resources"
    if installed.is_dir():
        return installed
    # A checkout: resources/ beside the spineprep/ package and pyproject.toml. (Installed
    # elsewhere, the folder above would be site-packages, whose resources/ is not ours.)
    checkout = here.parent / "resources"
    if checkout.is_dir() and (here.parent / "pyproject.toml").is_file():
        return checkout
    raise FileNotFoundError(f"SpinePrep's resources folder was not found next to {here}")


def resource(*parts: str) -> Path:
    """Path of one resource file, e.g. ``resource("fonts", "DejaVuSans.ttf")``."""
    return resources_dir().joinpath(*parts)
