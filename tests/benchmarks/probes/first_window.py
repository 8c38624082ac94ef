"""Start a window as its own process and report when its first paint is done, and the peak memory
by then: ``first_window.py app`` (SpinePrep as ``spineprep`` starts it) or ``first_window.py bare``
(the floor: a bare PySide6 window with a label and a button). One JSON line; then it exits at once.

Both take the same road to the screen: the same QApplication, the same platform, a paint that is
seen by the same event filter, so the difference is what SpinePrep adds.
"""

from __future__ import annotations

import json
import os
import sys
import time

#: Modules that should not be loaded before the first page is painted (tests/test_startup.py).
HEAVY = ("sqlite_utils", "reportlab", "PySide6.QtPdf", "PySide6.QtPrintSupport", "PySide6.QtTextToSpeech")


def report() -> None:
    # VmHWM, this process's own high-water mark (ru_maxrss would keep the parent's size at the
    # fork, on Linux, when that was bigger).
    with open("/proc/self/status", encoding="ascii") as status:
        peak_kib = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    heavy = sorted({name for name in HEAVY for m in sys.modules if m == name or m.startswith(name + ".")})
    painted = time.time() - float(os.environ["BENCH_LAUNCHED"])
    print(json.dumps({"painted": painted, "peak_mib": peak_kib / 1024, "heavy": heavy}))
    sys.stdout.flush()
    os._exit(0)


def watch_first_paint(app: object) -> None:
    """Report once a top-level window has painted (the zero timer runs after that paint)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint and getattr(watched, "isWindow", lambda: False)():
                QTimer.singleShot(0, report)
            return False

    watcher = FirstPaint()
    app.installEventFilter(watcher)  # type: ignore[attr-defined]
    app._bench_watcher = watcher  # type: ignore[attr-defined] # kept alive with the app


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget

    app = QApplication(sys.argv[:1])
    watch_first_paint(app)
    window = QWidget()
    layout = QVBoxLayout(window)
    layout.addWidget(QLabel("How severe is your pain?"))
    layout.addWidget(QPushButton("Next"))
    window.show()
    app.exec()


def bare_aligned() -> None:
    """The bare window with its label centred: the first use of the ``Qt`` namespace makes
    PySide6 build its 94 enum classes (25-40 ms here), which any real window pays."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget

    app = QApplication(sys.argv[:1])
    watch_first_paint(app)
    window = QWidget()
    layout = QVBoxLayout(window)
    label = QLabel("How severe is your pain?")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    layout.addWidget(label)
    layout.addWidget(QPushButton("Next"))
    window.show()
    app.exec()


def spineprep() -> None:
    # The installed command's own entry point; only the window's first paint is watched.
    import spineprep.ui.app as app_module
    from spineprep.__main__ import main

    make_app = app_module.make_app

    def watched(*args: object, **kwargs: object) -> object:
        app = make_app(*args, **kwargs)  # type: ignore[arg-type]
        watch_first_paint(app)
        return app

    app_module.make_app = watched  # type: ignore[assignment]
    sys.exit(main(sys.argv[2:]))


if __name__ == "__main__":
    {"app": spineprep, "bare": bare, "bare_aligned": bare_aligned}[sys.argv[1]]()
