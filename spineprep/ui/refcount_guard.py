"""Keep None/True/False alive under PySide6 6.12 on Python 3.11 (a shiboken refcount bug).

PySide6 6.12.0 on Python 3.11 releases a reference to ``None``/``True``/``False`` once too often
on every signal emission and many virtual calls (about two per keystroke; measured in
tests/ui/test_refcount_guard.py). ``True`` starts near 1,600 references, so a patient typing a
few hundred characters would hit zero and abort the app with "bool_dealloc". Python 3.12 made
these objects immortal (PEP 683), where the extra release is harmless; here we do the same by
giving them a reference count no session can drain. ``pyside6-pdf`` exists only as 6.12, so
pinning an older PySide6 is not an option.
"""

from __future__ import annotations

import ctypes
import sys

#: Extra references given to each singleton: ~10^12, far beyond any session's emissions.
HEADROOM = 1 << 40


def guard_singletons() -> bool:
    """Top up None/True/False's reference counts on Python < 3.12. Returns True when it did."""
    if sys.version_info >= (3, 12):
        return False
    if sys.implementation.name != "cpython" or hasattr(sys, "gettotalrefcount"):
        return False  # the object layout below is release CPython's (debug builds differ)
    for obj in (None, True, False):
        # ob_refcnt is the first field of every CPython object header.
        ctypes.c_ssize_t.from_address(id(obj)).value += HEADROOM
    return True
