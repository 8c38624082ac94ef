"""Clinic and app settings, typed, kept as settings.json in the data folder (never patient data)."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from spineprep.catalogue import QT_TRANSLATE_NOOP

SETTINGS_FILE = "settings.json"

DEFAULT_EMERGENCY = QT_TRANSLATE_NOOP(
    "Settings",
    "Loss of bladder or bowel control, numbness in the groin or inner thighs, or new weakness "
    "in your legs: call 911 or go to the emergency room now.",
)


class Paper(StrEnum):
    LETTER = "letter"
    A4 = "a4"


@dataclass
class Settings:
    clinic_name: str = "Southeastern Spine Institute"
    clinic_phone: str = ""
    emergency_text: str = DEFAULT_EMERGENCY
    paper: Paper = Paper.LETTER

    @classmethod
    def load(cls, data_dir: Path) -> Settings:
        """Settings from ``data_dir``; defaults for anything missing, unreadable or damaged."""
        try:
            raw = json.loads((data_dir / SETTINGS_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(raw, dict):
            return cls()
        settings = cls()
        for f in dataclasses.fields(cls):
            value = raw.get(f.name)
            if f.name == "paper":
                with contextlib.suppress(ValueError):
                    settings.paper = Paper(str(value))
            elif isinstance(value, str):
                setattr(settings, f.name, value)
        return settings

    def save(self, data_dir: Path) -> None:
        """Write atomically, so a crash never leaves half a settings file."""
        data_dir.mkdir(parents=True, exist_ok=True)
        target = data_dir / SETTINGS_FILE
        tmp = target.with_suffix(".json.tmp")
        tmp.write_text(json.dumps(dataclasses.asdict(self), indent=2), encoding="utf-8")
        os.replace(tmp, target)
