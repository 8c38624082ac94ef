#!/usr/bin/env bash
# Set up SpinePrep for development on Debian/Ubuntu, then launch it or test it.
#
#   bash packaging/dev.sh run  [spineprep arguments...]   launch the app
#   bash packaging/dev.sh test [pytest arguments...]      tests headless, then ruff and mypy
#   bash packaging/dev.sh bench [--quick] [--check]...    the benchmarks against the bare floor
#
# Needs only python3 (3.11+). Installs the few system libraries Qt needs (as root; else with
# sudo when at a terminal, or it prints the one command to run), a virtualenv in .venv, and the
# project into it. Both steps are skipped when already done, so a second run starts at once.
# Every run compiles the translations (resources/i18n/*.ts -> .qm) whose .ts changed since the
# last time. Run as root in a checkout that belongs to someone else, only the system packages
# are installed as root: the rest runs as the checkout's owner.
set -euo pipefail

usage() {
    echo "usage: bash packaging/dev.sh run [spineprep args...] | test [pytest args...] | bench [--quick ...]" >&2
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
    run | test | bench) shift ;;
    *)
        usage
        exit 2
        ;;
esac

# Work from the repository root whatever the caller's current directory (the app starts in
# the caller's, so that relative paths in its arguments mean what they say).
caller_dir=$PWD
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD

PYTHON=${PYTHON:-python3}
VENV=.venv
# pip runs again only when pyproject.toml changes: its hash is kept here after an install.
STAMP=$VENV/.pyproject.sha256

# --- 1. System packages ------------------------------------------------------------------
# What Qt's offscreen platform (tests) loads, and what the xcb platform (a real X display)
# loads on top of that. A minimal Debian image has none of them.
# libpulse0: the on-screen keyboard's QML (the 'kiosk' extra) loads Qt Multimedia for key clicks.
# libcups2: Qt's print support lists the system's printers through it (none without it).
TEST_DEBS=(libglib2.0-0 libegl1 libgl1 libdbus-1-3 libfontconfig1 libxkbcommon0 libpulse0 libcups2)
RUN_DEBS=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-image0
    libxcb-render-util0 libxkbcommon-x11-0)

# What installs Debian packages, as root: a fresh Debian has no package lists, so update first.
apt_command() { printf 'apt-get update && apt-get install -y --no-install-recommends %s' "$*"; }

# That command as a person types it: with sudo, or else with su (a Debian installed with a root
# password has no sudo; 'su -' gives root's PATH, which dpkg needs).
as_root_line() {
    if command -v sudo >/dev/null; then
        printf "sudo sh -c '%s'" "$1"
    else
        printf "su - -c '%s'" "$1"
    fi
}

command -v "$PYTHON" >/dev/null || {
    say "needs $PYTHON (3.11 or newer): $(as_root_line "$(apt_command python3)")"
    exit 1
}
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
    say "needs Python 3.11 or newer; $PYTHON is $("$PYTHON" -V 2>&1)"
    exit 1
}

# Run as root in a checkout that belongs to someone else (sudo bash packaging/dev.sh ...),
# only the system packages need root. Everything else writes into the checkout (.venv, build/,
# *.egg-info, .qm files, __pycache__) or starts the app, and runs as the checkout's owner (see
# step 2): files left owned by root there would break the owner's next run. A checkout owned by
# root (CI's clone) runs as root, as does everything when not root.
owner=
owner_uid=$(stat -c %u .)
if [[ $EUID -eq 0 && $owner_uid != 0 ]]; then
    if ! owner=$(id -nu "$owner_uid" 2>/dev/null); then
        say "this checkout belongs to user id $owner_uid, who has no account here: run dev.sh as its owner, not as root"
        exit 1
    elif ! command -v runuser >/dev/null; then
        say "this checkout belongs to $owner: run dev.sh as $owner, not as root (runuser is missing)"
        exit 1
    fi
fi

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
    elif [[ -t 0 ]] && command -v sudo >/dev/null; then
        # At a terminal: do it, with sudo asking for the password.
        say "installing the system packages SpinePrep needs, once, with:" \
            "$(as_root_line "$(apt_command "${missing[@]}")")"
        sudo sh -c "$(apt_command "${missing[@]}")" || {
            say "installing the system packages failed (see above), so SpinePrep was not set up"
            exit 1
        }
    else
        say "first install the system packages SpinePrep needs, once, with:" \
            "$(as_root_line "$(apt_command "${missing[@]}")")"
        exit 1
    fi
fi

# --- 2. As the checkout's owner, from here on (when root in someone else's checkout) ------
if [[ -n $owner ]]; then
    # Files an earlier run as root left here (outside .git) go back to the owner first.
    left=$(find . -xdev -path ./.git -prune -o -uid 0 -print | wc -l)
    if ((left)); then
        say "giving $left files left owned by root (by an earlier run as root) back to $owner"
        find . -xdev -path ./.git -prune -o -uid 0 -exec chown -h "$owner_uid:$(stat -c %g .)" {} +
    fi
    say "this checkout belongs to $owner: running the rest as $owner, so that no file in it is owned by root"
    cd "$caller_dir" 2>/dev/null || true
    exec runuser -u "$owner" -- bash "$ROOT/packaging/dev.sh" "$mode" "$@"
fi

# --- 3. The project's virtualenv ---------------------------------------------------------
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

# --- 4. Translations ----------------------------------------------------------------------
# The .qm files QTranslator loads are build outputs (not in git). pip's editable install
# compiles them; this compiles again any resources/i18n/*.ts edited since, without a reinstall.
quietly "compiling the translations (resources/i18n/*.ts)" "$VENV/bin/python" packaging/spineprep_i18n.py

# --- 5. Run or test ----------------------------------------------------------------------
if [[ $mode == run ]]; then
    cd "$caller_dir" 2>/dev/null || true
    exec "$ROOT/$VENV/bin/spineprep" "$@"
fi

if [[ $mode == bench ]]; then
    # One table: each figure beside its bare floor, measured in the same run (tests/benchmarks).
    exec "$VENV/bin/python" -m tests.benchmarks "$@"
fi

export QT_QPA_PLATFORM=offscreen

# Lint and types first, so a regression there fails CI like a failing test, and pytest's
# summary stays the last line of the run.
failed=()
quietly "ruff check" "$VENV/bin/ruff" check spineprep tests packaging || failed+=("ruff check")
quietly "ruff format --check" "$VENV/bin/ruff" format --check spineprep tests packaging || failed+=("ruff format")
quietly "mypy" "$VENV/bin/mypy" || failed+=(mypy)
quietly "lint-imports" "$VENV/bin/lint-imports" || failed+=("import rules")
((${#failed[@]})) || say "ruff check, ruff format, mypy --strict and the import rules: clean"

status=0
"$VENV/bin/python" -m pytest "$@" || status=$?

if ((${#failed[@]})); then
    say "tests exited $status; also failed: ${failed[*]}"
    ((status == 0)) && status=1
fi
exit "$status"
