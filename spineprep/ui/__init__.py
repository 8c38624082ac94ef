"""The Qt shell over the pure-Python core."""

from spineprep.ui.refcount_guard import guard_singletons

# Before any Qt object exists: see refcount_guard for the PySide6 6.12 / Python 3.11 bug.
guard_singletons()
