"""Clinic and app settings, typed, kept as settings.json in the data folder (never patient data)."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from spineprep.catalogue import QT_TRANSLATE_NOOP
from spineprep.language import Language, parse_language

SETTINGS_FILE = "settings.json"

DEFAULT_EMERGENCY = QT_TRANSLATE_NOOP(
    "Settings",
    "Loss of bladder or bowel control, numbness in the groin or inner thighs, or new weakness "
    "in your legs: call 911 or go to the emergency room now.",
)


class Paper(StrEnum):
    LETTER = "letter"
    A4 = "a4"


#: The allowed range of each whole-number setting: a hand-edited file can't set a 0 s idle
#: timeout (a kiosk that wipes answers at once) or keep sheets for years.
LIMITS: dict[str, tuple[int, int]] = {
    "idle_seconds": (30, 600),
    "countdown_seconds": (10, 120),
    "retention_hours": (1, 24 * 30),
}

#: A phone number as people write one: digits with spaces, dots, dashes, brackets or a leading
#: "+", then perhaps an extension ("x 12", "ext. 12").
_PHONE = re.compile(r"\+?[\d ().\-/]+?(?:\s*(?:ext\.?|x)\s*\d{1,6})?", re.IGNORECASE)


def clean_phone(text: str) -> str | None:
    """A clinic phone number as typed, trimmed; None if it is not one: at least 7 digits (a
    slip such as "555" or "911" must not become the clinic's number for good), at most 40
    characters, no letters but an extension."""
    number = " ".join(text.split())
    if len(number) > 40 or not _PHONE.fullmatch(number):
        return None
    main = re.split(r"(?i)\s*(?:ext\.?|x)\s*", number)[0]
    return number if 7 <= sum(ch.isdigit() for ch in main) <= 15 else None


#: The text sizes a patient can pick, in percent of the normal size.
TEXT_SIZES = (100, 150, 200)


@dataclass(frozen=True)
class Look:
    """How the app reads for the patient in front of it: language, text size, theme."""

    language: Language = Language.ENGLISH
    text_size: int = 100
    high_contrast: bool = False

    @property
    def scale(self) -> float:
        """The text size as a factor (1.0, 1.5, 2.0)."""
        return self.text_size / 100


@dataclass
class Settings:
    clinic_name: str = "Southeastern Spine Institute"
    clinic_phone: str = ""
    emergency_text: str = DEFAULT_EMERGENCY
    paper: Paper = Paper.LETTER
    #: Start in kiosk mode on this machine (``--kiosk`` does it for one run).
    kiosk: bool = False
    #: Bring up Qt Virtual Keyboard for text fields (``--on-screen-keyboard`` for one run).
    on_screen_keyboard: bool = False
    #: The kiosk's printer by its system name; empty means the system's default printer.
    printer: str = ""
    #: Kiosk: no touch or key for this long asks "Are you still there?"...
    idle_seconds: int = 90
    #: ...and this long after that, the answers are wiped.
    countdown_seconds: int = 30
    #: Kiosk: finished intakes are deleted this long after they were finished.
    retention_hours: int = 24
    #: The patient's language: "" follows the computer's locale (at home) ...
    language: str = ""
    #: ... while the physician sheet is always in the clinic's language.
    clinic_language: str = Language.ENGLISH.value
    #: Text size in percent, one of TEXT_SIZES; the Welcome page changes it.
    text_size: int = 100
    #: The high-contrast theme (light text on black, heavy borders); the Welcome page toggles it.
    high_contrast: bool = False

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
            default = getattr(settings, f.name)
            if f.name == "paper":
                with contextlib.suppress(ValueError):
                    settings.paper = Paper(str(value))
            elif isinstance(default, bool):
                if isinstance(value, bool):
                    setattr(settings, f.name, value)
            elif f.name == "text_size":
                if isinstance(value, int) and not isinstance(value, bool):
                    # A hand-typed 175 means the nearest size offered.
                    settings.text_size = min(TEXT_SIZES, key=lambda size: abs(size - value))
            elif f.name in ("language", "clinic_language"):
                if value == "" and f.name == "language":
                    settings.language = ""
                elif (language := parse_language(value)) is not None:
                    setattr(settings, f.name, language.value)
            elif isinstance(default, int):
                if isinstance(value, int) and not isinstance(value, bool):
                    low, high = LIMITS[f.name]
                    setattr(settings, f.name, min(max(value, low), high))
            elif isinstance(value, str):
                setattr(settings, f.name, value)
        return settings

    def look(self, system: Language) -> Look:
        """The look a session starts with; ``system`` is the computer's language, used when
        no language is set."""
        return Look(parse_language(self.language) or system, self.text_size, self.high_contrast)

    def sheet_language(self) -> Language:
        return parse_language(self.clinic_language) or Language.ENGLISH

    def save(self, data_dir: Path) -> None:
        """Write atomically, so a crash never leaves half a settings file."""
        data_dir.mkdir(parents=True, exist_ok=True)
        target = data_dir / SETTINGS_FILE
        tmp = target.with_suffix(".json.tmp")
        tmp.write_text(json.dumps(dataclasses.asdict(self), indent=2), encoding="utf-8")
        os.replace(tmp, target)
