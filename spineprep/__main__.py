"""Command line: launch the app, or run a headless command (sample-pdf)."""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import sys
from pathlib import Path

from spineprep import __version__


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="spineprep",
        description="Prepare for a spine-clinic visit: answer a few questions, print a one-page sheet.",
    )
    parser.add_argument("--version", action="version", version=f"SpinePrep {__version__}")
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=os.environ.get("SPINEPREP_DATA_DIR") or None,
        help="folder for answers and settings (default: the per-user data folder; env SPINEPREP_DATA_DIR)",
    )
    parser.add_argument(
        "--kiosk",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="waiting-room kiosk: full screen, one patient after another, sheets printed with no dialog "
        "(default: the 'kiosk' setting)",
    )
    parser.add_argument(
        "--on-screen-keyboard",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show Qt Virtual Keyboard for text fields; needs the 'kiosk' extra "
        "(default: the 'on_screen_keyboard' setting)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    sample = commands.add_parser(
        "sample-pdf", help="write the physician sheet for a made-up sample patient (no window needed)"
    )
    sample.add_argument("out", type=Path, metavar="OUT.pdf")
    return parser


def this_command() -> str:
    """How to type this program again, as it was started: ``spineprep`` when that is what is on
    the PATH, else the path that was run (``.venv/bin/spineprep`` after the quick start), else
    ``python -m spineprep`` with this interpreter."""
    started = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if started is not None and started.name == "spineprep" and started.exists():
        on_path = shutil.which("spineprep")
        if on_path and Path(on_path).resolve() == started.resolve():
            return "spineprep"
        return shlex.quote(str(started))
    return f"{shlex.quote(sys.executable)} -m spineprep"


def _no_display() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    return not any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def sample_pdf(out: Path, data_dir: Path | None) -> int:
    # No Qt here: this must work on a headless machine.
    from spineprep.folders import data_dir_or_default
    from spineprep.sample import sample_intake
    from spineprep.settings import Settings
    from spineprep.sheet import build_sheet

    # The clinic's settings (name, phone, paper, language) from the same folder the app uses.
    settings = Settings.load(data_dir_or_default(data_dir))
    try:
        out.write_bytes(build_sheet(sample_intake(), settings))
    except OSError as error:
        print(f"spineprep: could not write {out}: {error.strerror or error}", file=sys.stderr)
        return 1
    print(f"Wrote the sample physician sheet to {out}")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    data_dir: Path | None = args.data_dir.expanduser() if args.data_dir else None
    if args.command == "sample-pdf":
        return sample_pdf(args.out, data_dir)
    if _no_display():
        print(
            "spineprep: no display found (DISPLAY is not set). Run it on a desktop, "
            f"or see the physician sheet with: {this_command()} sample-pdf out.pdf",
            file=sys.stderr,
        )
        return 2
    from spineprep.ui.app import run

    return run(data_dir, kiosk=args.kiosk, on_screen_keyboard=args.on_screen_keyboard)


if __name__ == "__main__":
    sys.exit(main())
