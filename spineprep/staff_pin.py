"""The kiosk's staff PIN: a salted scrypt hash in its own owner-only file, and the lock-out."""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum
from pathlib import Path

PIN_FILE = "staff-pin.json"
PIN_LENGTHS = range(6, 9)  # 6 to 8 digits
MAX_TRIES = 5
LOCK_TIME = timedelta(minutes=15)

# scrypt cost: n=2**14, r=8 is about 16 MB and ~50 ms here; slow enough that trying all
# 10^6..10^8 PINs from a stolen file takes hours to days, fast enough for one tap on OK.
_N, _R, _P = 2**14, 8, 1
_MAXMEM = 64 * 1024 * 1024


def _hash(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode("ascii"), salt=salt, n=n, r=r, p=p, maxmem=_MAXMEM, dklen=32)


def is_valid_new_pin(pin: str) -> bool:
    """6 to 8 digits (ASCII 0-9 only)."""
    return len(pin) in PIN_LENGTHS and pin.isascii() and pin.isdigit()


class Check(Enum):
    RIGHT = "right"
    WRONG = "wrong"
    LOCKED = "locked"


@dataclass(frozen=True)
class CheckResult:
    outcome: Check
    tries_left: int = 0
    locked_until: datetime | None = None


class PinError(Exception):
    """The PIN file can't be written (a one-sentence reason for the staff)."""


class StaffPin:
    """The PIN hash and the wrong-try count, persisted so that restarting the app does not
    reset the lock-out. Nothing here is ever the PIN itself."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._record: dict[str, object] = {}
        self._load()

    @classmethod
    def in_folder(cls, data_dir: Path) -> StaffPin:
        return cls(data_dir / PIN_FILE)

    def _load(self) -> None:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            raw = {}
        self._record = raw if isinstance(raw, dict) and self._usable(raw) else {}

    @staticmethod
    def _usable(raw: dict[str, object]) -> bool:
        try:
            bytes.fromhex(str(raw["salt"]))
            bytes.fromhex(str(raw["hash"]))
            failures = raw.get("failures", 0)
            return all(isinstance(raw[k], int) for k in ("n", "r", "p")) and isinstance(failures, int)
        except (KeyError, ValueError):
            return False

    @property
    def is_set(self) -> bool:
        """False on first start, and when the file is missing or damaged (then staff set a new one)."""
        return bool(self._record)

    def set_pin(self, pin: str) -> None:
        if not is_valid_new_pin(pin):
            raise ValueError("a staff PIN is 6 to 8 digits")
        salt = secrets.token_bytes(16)
        self._record = {
            "scheme": "scrypt",
            "n": _N,
            "r": _R,
            "p": _P,
            "salt": salt.hex(),
            "hash": _hash(pin, salt, _N, _R, _P).hex(),
            "failures": 0,
            "locked_until": None,
        }
        self._write()

    def check(self, pin: str, now: datetime | None = None) -> CheckResult:
        """Compare ``pin``; 5 wrong in a row lock checking for 15 minutes (even the right PIN)."""
        now = now or datetime.now()
        if not self.is_set:
            return CheckResult(Check.WRONG, MAX_TRIES)
        until = self._locked_until()
        if until is not None and now < until:
            return CheckResult(Check.LOCKED, 0, until)
        if until is not None:  # the lock has run out: a fresh set of tries
            self._record["failures"], self._record["locked_until"] = 0, None
        rec = self._record
        salt = bytes.fromhex(str(rec["salt"]))
        n, r, p = int(str(rec["n"])), int(str(rec["r"])), int(str(rec["p"]))
        right = pin.isascii() and hmac.compare_digest(_hash(pin, salt, n, r, p).hex(), str(rec["hash"]))
        if right:
            changed = rec.get("failures") != 0
            rec["failures"], rec["locked_until"] = 0, None
            if changed:
                self._write_quietly()
            return CheckResult(Check.RIGHT, MAX_TRIES)
        failures = int(str(rec.get("failures") or 0)) + 1
        rec["failures"] = failures
        if failures >= MAX_TRIES:
            locked = (now + LOCK_TIME).replace(microsecond=0)
            rec["locked_until"] = locked.isoformat()
            self._write_quietly()
            return CheckResult(Check.LOCKED, 0, locked)
        self._write_quietly()
        return CheckResult(Check.WRONG, MAX_TRIES - failures)

    def _locked_until(self) -> datetime | None:
        value = self._record.get("locked_until")
        if not isinstance(value, str):
            return None
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return None

    def _write_quietly(self) -> None:
        # The count is kept in memory too: a read-only disk must not unlock the pad.
        with contextlib.suppress(PinError):
            self._write()

    def _write(self) -> None:
        """Atomic and owner-only from the first byte (the hash is still worth protecting)."""
        tmp = self.path.with_suffix(".json.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                os.fchmod(out.fileno(), 0o600)
                json.dump(self._record, out)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, self.path)
        except OSError as error:
            raise PinError(error.strerror or str(error)) from error
