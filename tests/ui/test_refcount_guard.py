"""The PySide6 6.12 / Python 3.11 refcount drain cannot abort a long session."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Far more keystrokes than any intake: without the guard this aborts within a few hundred.
LONG_SESSION = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from spineprep.ui.app import make_app, make_window

    app = make_app()
    w = make_window(Path(sys.argv[1]))
    w.show()
    QTest.mouseClick(w.next_button, Qt.MouseButton.LeftButton)
    for _ in range(400):
        QTest.keyClicks(w.about.name, "abcdefghij")
        w.about.name.clear()
    w.autosave.flush()
    w.store.close()
    print("survived", flush=True)
    """
)


def test_a_long_typing_session_does_not_abort(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-c", LONG_SESSION, str(tmp_path)],
        capture_output=True, text=True, env=env, timeout=240,
    )  # fmt: skip
    assert "Fatal Python error" not in result.stderr
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "survived"


def test_guard_applies_exactly_where_needed() -> None:
    import spineprep.ui  # noqa: F401 - importing the shell applies the guard
    from spineprep.ui.refcount_guard import HEADROOM

    if sys.version_info >= (3, 12):
        return  # immortal already
    for singleton in (None, True, False):
        assert sys.getrefcount(singleton) > HEADROOM // 2
