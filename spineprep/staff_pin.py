"""The kiosk's staff PIN: a salted scrypt hash in its own owner-only file, and the lock-out."""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
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
    #: The try could not be recorded (a read-only or failing disk): no PIN is checked, or a
    #: restart would give five fresh tries every time.
    UNRECORDED = "unrecorded"
    #: The PIN file is there but damaged: no PIN can be checked, and none set from the pad
    #: (whoever stands at the kiosk would choose one); IT resets it (README).
    DAMAGED = "damaged"


@dataclass(frozen=True)
class CheckResult:
    outcome: Check
    tries_left: int = 0
    #: Naive local time, for showing ("locked until 10:45").
    locked_until: datetime | None = None
    #: Why a try could not be recorded (Check.UNRECORDED).
    reason: str = ""


def _utc(moment: datetime) -> datetime:
    """An aware UTC time; a naive one is local time (as the kiosk's clock gives it)."""
    return moment.astimezone(UTC)


def _local(moment: datetime) -> datetime:
    return moment.astimezone().replace(tzinfo=None)


class PinError(Exception):
    """The PIN file can't be written (a one-sentence reason for the staff)."""


class StaffPin:
    """The PIN hash and the wrong-try count, persisted so that restarting the app does not
    reset the lock-out. Nothing here is ever the PIN itself."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._record: dict[str, object] = {}
        #: The file is there but cannot be used: not "no PIN yet" (see Check.DAMAGED).
        self.damaged = False
        self._load()

    @classmethod
    def in_folder(cls, data_dir: Path) -> StaffPin:
        return cls(data_dir / PIN_FILE)

    def _load(self) -> None:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return  # the first start: staff choose a PIN
        except (OSError, ValueError):
            self.damaged = True
            return
        try:
            raw = json.loads(text)
        except ValueError:
            raw = None
        if isinstance(raw, dict) and self._usable(raw):
            self._record = raw
        else:
            self.damaged = True

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
        """A PIN is there to check. False on the first start (no file) and when the file is
        damaged (``damaged``: then no new one is chosen from the pad either)."""
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
        self.damaged = False

    def check(self, pin: str, now: datetime | None = None) -> CheckResult:
        """Compare ``pin``; 5 wrong in a row lock checking for 15 minutes (even the right PIN).

        The try is written down before the PIN is compared, so neither a read-only disk nor
        switching the kiosk off mid-check gives fresh tries.
        """
        if self.damaged:
            return CheckResult(Check.DAMAGED)
        if not self.is_set:
            return CheckResult(Check.WRONG, MAX_TRIES)
        moment = _utc(now or datetime.now(UTC))
        rec = self._record
        until = self._locked_until()
        if until is not None and until > moment + LOCK_TIME:
            until = moment + LOCK_TIME  # set while the clock ran far ahead: never longer than a lock
            rec["locked_until"] = until.isoformat()
        if until is not None and moment < until:
            return CheckResult(Check.LOCKED, 0, _local(until))
        if until is not None:  # the lock has run out: a fresh set of tries
            rec["failures"], rec["locked_until"] = 0, None
        failures = int(str(rec.get("failures") or 0)) + 1
        before = dict(rec)
        rec["failures"] = failures
        if failures >= MAX_TRIES:
            rec["locked_until"] = (moment + LOCK_TIME).replace(microsecond=0).isoformat()
        try:
            self._write()
        except PinError as error:
            self._record = before
            return CheckResult(Check.UNRECORDED, reason=str(error))
        salt = bytes.fromhex(str(rec["salt"]))
        n, r, p = int(str(rec["n"])), int(str(rec["r"])), int(str(rec["p"]))
        if pin.isascii() and hmac.compare_digest(_hash(pin, salt, n, r, p).hex(), str(rec["hash"])):
            rec["failures"], rec["locked_until"] = 0, None
            self._write_quietly()
            return CheckResult(Check.RIGHT, MAX_TRIES)
        locked = self._locked_until()
        if locked is not None:
            return CheckResult(Check.LOCKED, 0, _local(locked))
        return CheckResult(Check.WRONG, MAX_TRIES - failures)

    def _locked_until(self) -> datetime | None:
        """When the lock ends, in UTC (a naive time, written by an earlier version, is local)."""
        value = self._record.get("locked_until")
        if not isinstance(value, str):
            return None
        try:
            return _utc(datetime.fromisoformat(value))
        except ValueError:
            return None

    def _write_quietly(self) -> None:
        # Clearing the count after the right PIN: if it cannot be written, the next right PIN
        # clears it again.
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
