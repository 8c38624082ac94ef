"""The one place that finds files under resources/ (checkout, editable install, bundle)."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    """The resources/ folder: $SPINEPREP_RESOURCES, a PyInstaller bundle, or the checkout's."""
    override = os.environ.get("SPINEPREP_RESOURCES")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"SpinePrep's resources folder was not found next to {here}")


def resource(*parts: str) -> Path:
    """Path of one resource file, e.g. ``resource("fonts", "DejaVuSans.ttf")``."""
    return resources_dir().joinpath(*parts)
