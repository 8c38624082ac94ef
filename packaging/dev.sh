#!/usr/bin/env bash
# Set up SpinePrep for development on Debian/Ubuntu, then launch it or test it.
#
#   bash packaging/dev.sh run  [spineprep arguments...]   launch the app
#   bash packaging/dev.sh test [pytest arguments...]      tests headless, then ruff and mypy
#
# Needs only python3 (3.11+). Installs the few system libraries Qt needs (when root; else it
# prints the one sudo command to run), a virtualenv in .venv, and the project into it. Both
# steps are skipped when already done, so a second run starts at once. Every run compiles the
# translations (resources/i18n/*.ts -> .qm) whose .ts changed since the last time.
set -euo pipefail

usage() {
    echo "usage: bash packaging/dev.sh run [spineprep args...] | test [pytest args...]" >&2
}

say() { printf 'dev.sh: %s\n' "$*" >&2; }

# Run a command with its output kept aside; show it only if the command fails.
quietly() {
    local what=$1 log
    shift
    log=$(mktemp)
    if "$@" >"$log" 2>&1; then
        rm -f "$log"
        return 0
    fi
    say "$what failed; its last output:"
    tail -n 40 "$log" >&2
    rm -f "$log"
    return 1
}

mode=${1:-}
case $mode in
    run | test) shift ;;
    *)
        usage
        exit 2
        ;;
esac

# Work from the repository root whatever the caller's current directory.
cd "$(dirname "${BASH_SOURCE[0]}")/.."

PYTHON=${PYTHON:-python3}
VENV=.venv
# pip runs again only when pyproject.toml changes: its hash is kept here after an install.
STAMP=$VENV/.pyproject.sha256

# --- 1. System packages ------------------------------------------------------------------
# What Qt's offscreen platform (tests) loads, and what the xcb platform (a real X display)
# loads on top of that. A minimal Debian image has none of them.
# libpulse0: the on-screen keyboard's QML (the 'kiosk' extra) loads Qt Multimedia for key clicks.
TEST_DEBS=(libglib2.0-0 libegl1 libgl1 libdbus-1-3 libfontconfig1 libxkbcommon0 libpulse0)
RUN_DEBS=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-image0
    libxcb-render-util0 libxkbcommon-x11-0)

command -v "$PYTHON" >/dev/null || {
    say "needs $PYTHON (3.11 or newer): sudo apt-get install -y python3"
    exit 1
}
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
    say "needs Python 3.11 or newer; $PYTHON is $("$PYTHON" -V 2>&1)"
    exit 1
}

is_installed() {
    # Ubuntu 24.04 renamed some libraries with a t64 suffix (libglib2.0-0t64); either will do.
    local name
    for name in "$1" "${1}t64"; do
        [[ $(dpkg-query -W -f='${Status}' "$name" 2>/dev/null) == "install ok installed" ]] && return 0
    done
    return 1
}

missing=()
if command -v dpkg-query >/dev/null; then
    wanted=("${TEST_DEBS[@]}")
    [[ $mode == run ]] && wanted+=("${RUN_DEBS[@]}")
    for deb in "${wanted[@]}"; do
        is_installed "$deb" || missing+=("$deb")
    done
    # Debian's python3 has venv but not ensurepip (so no pip in a new venv) without this.
    [[ -x $VENV/bin/python ]] || "$PYTHON" -c 'import ensurepip, venv' 2>/dev/null || missing+=(python3-venv)
fi

if ((${#missing[@]})); then
    if [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null; then
        say "installing system packages: ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        quietly "apt-get update" apt-get update
        quietly "apt-get install ${missing[*]}" apt-get install -y --no-install-recommends "${missing[@]}"
    else
        say "first install the system packages SpinePrep needs, once, with:" \
            "sudo apt-get install -y --no-install-recommends ${missing[*]}"
        exit 1
    fi
fi

# --- 2. The project's virtualenv ---------------------------------------------------------
if [[ ! -x $VENV/bin/python ]]; then
    say "creating $VENV"
    quietly "creating the virtualenv $VENV" "$PYTHON" -m venv --clear "$VENV"
fi

hash=$(sha256sum pyproject.toml | cut -d' ' -f1)
installed=$(cat "$STAMP" 2>/dev/null || true)
if [[ $installed != "$hash" ]]; then
    if [[ -z $installed ]]; then
        say "installing SpinePrep and its Python packages into $VENV (a minute or so the first time)"
    else
        say "pyproject.toml changed: updating the Python packages in $VENV"
    fi
    quietly "pip install -e '.[test,kiosk]'" \
        "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e '.[test,kiosk]'
    echo "$hash" >"$STAMP"
fi

# --- 3. Translations ----------------------------------------------------------------------
# The .qm files QTranslator loads are build outputs (not in git). pip's editable install
# compiles them; this compiles again any resources/i18n/*.ts edited since, without a reinstall.
quietly "compiling the translations (resources/i18n/*.ts)" "$VENV/bin/python" packaging/spineprep_i18n.py

# --- 4. Run or test ----------------------------------------------------------------------
if [[ $mode == run ]]; then
    exec "$VENV/bin/spineprep" "$@"
fi

export QT_QPA_PLATFORM=offscreen

# Lint and types first, so a regression there fails CI like a failing test, and pytest's
# summary stays the last line of the run.
failed=()
quietly "ruff check" "$VENV/bin/ruff" check spineprep tests packaging || failed+=("ruff check")
quietly "ruff format --check" "$VENV/bin/ruff" format --check spineprep tests packaging || failed+=("ruff format")
quietly "mypy" "$VENV/bin/mypy" || failed+=(mypy)
((${#failed[@]})) || say "ruff check, ruff format and mypy --strict: clean"

status=0
"$VENV/bin/python" -m pytest "$@" || status=$?

if ((${#failed[@]})); then
    say "tests exited $status; also failed: ${failed[*]}"
    ((status == 0)) && status=1
fi
exit "$status"
