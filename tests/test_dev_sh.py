"""packaging/dev.sh on a bare Debian, played by stand-ins.

apt-get, dpkg-query, sudo, su, python3 and the virtualenv's programs are small scripts that log
who ran them (uid) and what with; apt-get, like a fresh Debian's, finds no package until
`apt-get update` has run. dev.sh runs from a copy of the script in a throw-away checkout with
only these and a few real tools on its PATH: nothing is installed, nothing is downloaded.
As root, the tests of an ordinary user's run use the user 'nobody' (setpriv); the tests of a run
as root in someone else's checkout need root and are skipped without it.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
IS_ROOT = os.geteuid() == 0
NOBODY = pwd.getpwnam("nobody")
# An ordinary user: 'nobody' when the tests run as root, else whoever runs them.
USER_UID = NOBODY.pw_uid if IS_ROOT else os.geteuid()
USER_GID = NOBODY.pw_gid if IS_ROOT else os.getegid()
as_root_only = pytest.mark.skipif(not IS_ROOT, reason="a run as root needs root")

REAL_TOOLS = (
    "bash", "sh", "env", "dirname", "sha256sum", "cut", "cat", "mktemp", "rm", "tail", "stat", "id",
    "touch", "mkdir", "cp", "grep", "find", "wc", "chown", "runuser",
)  # fmt: skip
SYSTEM_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

STUBS = {
    # dpkg-query -W -f='${Status}' NAME: installed once the stand-in apt-get has installed it.
    "dpkg-query": """
grep -qxF -- "${!#}" "$FAKE/installed" || exit 1
printf 'install ok installed'
""",
    "apt-get": """
echo "$(id -u) apt-get $*" >>"$FAKE/log"
case $1 in
update) touch "$FAKE/lists" ;;
install)
    [[ -e $FAKE/lists ]] || { echo "E: Unable to locate package ${!#}" >&2; exit 100; }
    for arg in "${@:2}"; do [[ $arg == -* ]] || echo "$arg" >>"$FAKE/installed"; done ;;
*) exit 100 ;;
esac
""",
    "sudo": """
echo "$(id -u) sudo $*" >>"$FAKE/log"
exec "$@"
""",
    "su": """
echo "$(id -u) su $*" >>"$FAKE/log"
[[ $1 == - ]] && shift
[[ $1 == -c && $# -eq 2 ]] || exit 1
exec sh -c "$2"
""",
    # python3 -c CHECK passes; python3 -m venv --clear DIR makes a virtualenv of stand-ins.
    "python3": """
[[ $1 == -c ]] && exit 0
echo "$(id -u) python3 $*" >>"$FAKE/log"
[[ $1 == -m && $2 == venv ]] && mkdir -p "${!#}/bin" && cp "$FAKE"/venv-bin/* "${!#}/bin/"
exit 0
""",
}
# The virtualenv's programs: each also writes a file into the checkout, as whoever runs it.
VENV_BIN = ("python", "spineprep", "ruff", "mypy", "lint-imports")
VENV_STUB = """
echo "$(id -u) ${0##*/} $* in $PWD" >>"$FAKE/log"
touch "${0%/*}/../ran-${0##*/}"
"""
RUN_DEBS_SAMPLE = "libxcb-cursor0"  # one of the X11 libraries only `run` needs


def _script(path: Path, body: str) -> None:
    path.write_text("#!/bin/bash\n" + body.lstrip("\n"))
    path.chmod(0o755)


@dataclass
class Machine:
    base: Path

    @property
    def repo(self) -> Path:
        return self.base / "checkout"

    @property
    def bin(self) -> Path:
        return self.base / "bin"

    @property
    def fake(self) -> Path:
        return self.base / "fake"

    def env(self) -> dict[str, str]:
        return {"PATH": str(self.bin), "FAKE": str(self.fake), "HOME": str(self.base), "LANG": "C.UTF-8"}

    def run(
        self, argv: list[str], *, as_root: bool = False, tty: bool = False, cwd: Path | None = None
    ) -> subprocess.CompletedProcess[str]:
        """argv as the ordinary user (or as root), stdin a terminal or /dev/null."""
        if IS_ROOT and not as_root:
            argv = [shutil.which("setpriv") or "setpriv", f"--reuid={USER_UID}", f"--regid={USER_GID}",
                    "--clear-groups", *argv]  # fmt: skip
        elif as_root:
            assert IS_ROOT
        primary, secondary = os.openpty() if tty else (-1, subprocess.DEVNULL)
        try:
            return subprocess.run(
                argv, stdin=secondary, capture_output=True, text=True, env=self.env(),
                cwd=cwd or self.repo, timeout=60,
            )  # fmt: skip
        finally:
            if tty:
                os.close(primary)
                os.close(secondary)

    def dev_sh(
        self, *args: str, as_root: bool = False, tty: bool = False, cwd: Path | None = None
    ) -> subprocess.CompletedProcess[str]:
        script = str(self.repo / "packaging" / "dev.sh")
        return self.run([self.tool("bash"), script, *args], as_root=as_root, tty=tty, cwd=cwd)

    def tool(self, name: str) -> str:
        return str(self.bin / name)

    def log(self) -> list[str]:
        return (self.fake / "log").read_text().splitlines()

    def programs(self) -> list[str]:
        """The programs run so far, in order."""
        return [line.split(" ", 2)[1] for line in self.log()]

    def installed(self) -> list[str]:
        return (self.fake / "installed").read_text().split()

    def owners(self) -> dict[str, int]:
        """Every file in the checkout (outside .git) and its owner's uid."""
        found = {}
        for folder, dirs, files in os.walk(self.repo):
            dirs[:] = [d for d in dirs if d != ".git"]
            for name in dirs + files:
                path = Path(folder, name)
                found[str(path.relative_to(self.repo))] = path.lstat().st_uid
        return found

    def give_checkout_to(self, uid: int, gid: int) -> None:
        os.chown(self.repo, uid, gid)
        for folder, dirs, files in os.walk(self.repo):
            for name in dirs + files:
                os.chown(Path(folder, name), uid, gid, follow_symlinks=False)


@pytest.fixture
def machine() -> Iterator[Machine]:
    # Not pytest's tmp_path: 'nobody' must reach it (/tmp/pytest-of-root is root's only).
    base = Path(tempfile.mkdtemp(prefix="spineprep-dev-sh-"))
    try:
        base.chmod(0o755)
        world = Machine(base)
        world.bin.mkdir(mode=0o755)
        for name in REAL_TOOLS:
            real = shutil.which(name, path=SYSTEM_PATH)
            assert real, f"{name} is needed for these tests"
            (world.bin / name).symlink_to(real)
        for name, body in STUBS.items():
            _script(world.bin / name, body)
        world.fake.mkdir()
        world.fake.chmod(0o777)  # root and the user both log here
        for name in ("log", "installed"):
            (world.fake / name).touch()
            (world.fake / name).chmod(0o666)
        (world.fake / "venv-bin").mkdir()
        for name in VENV_BIN:
            _script(world.fake / "venv-bin" / name, VENV_STUB)
        (world.repo / "packaging").mkdir(parents=True)
        shutil.copy2(ROOT / "packaging" / "dev.sh", world.repo / "packaging" / "dev.sh")
        (world.repo / "packaging" / "spineprep_i18n.py").touch()
        (world.repo / "pyproject.toml").write_text('[project]\nname = "spineprep"\n')
        world.give_checkout_to(USER_UID, USER_GID)  # an ordinary user's checkout
        yield world
    finally:
        shutil.rmtree(base)


def _copied_command(stderr: str) -> str:
    """The one line dev.sh prints, and the command in it (after 'with: ')."""
    (line,) = stderr.splitlines()
    assert " with: " in line
    return line.split(" with: ", 1)[1]


@pytest.mark.parametrize(("sudo", "tty"), [(True, False), (False, False), (False, True)])
@pytest.mark.parametrize("mode", ["run", "test"])
def test_a_user_without_a_terminal_or_sudo_gets_one_line_that_works_as_copied(
    machine: Machine, mode: str, sudo: bool, tty: bool
) -> None:
    if not sudo:  # a Debian installed with a root password
        (machine.bin / "sudo").unlink()
    first = machine.dev_sh(mode, tty=tty)
    assert first.returncode == 1, first.stderr
    command = _copied_command(first.stderr)
    assert machine.log() == []  # nothing was run for the user

    pasted = machine.run([machine.tool("sh"), "-c", command])  # as the user types it
    assert pasted.returncode == 0, pasted.stderr
    assert command.startswith("sudo sh -c '" if sudo else "su - -c '"), command
    assert machine.programs() == ["sudo" if sudo else "su", "apt-get", "apt-get"]
    assert machine.log()[1].endswith("apt-get update")
    for deb in ("libcups2", "libglib2.0-0", "libpulse0"):
        assert deb in machine.installed()
    assert (RUN_DEBS_SAMPLE in machine.installed()) == (mode == "run")

    again = machine.dev_sh(mode)  # now it sets up and goes on
    assert again.returncode == 0, again.stderr
    assert any(f" {'spineprep' if mode == 'run' else 'python -m pytest'}" in line for line in machine.log())


def test_a_user_at_a_terminal_with_sudo_has_it_done_with_sudo(machine: Machine) -> None:
    result = machine.dev_sh("run", "--version", tty=True)
    assert result.returncode == 0, result.stderr
    told = result.stderr.splitlines()[0]
    assert "with: sudo sh -c 'apt-get update && apt-get install -y --no-install-recommends " in told
    log = machine.log()
    apt = "apt-get update && apt-get install -y --no-install-recommends"
    assert log[0].startswith(f"{USER_UID} sudo sh -c {apt} libglib2.0-0 ")
    assert "libcups2" in log[0].split()
    assert log[1] == f"{USER_UID} apt-get update"
    assert log[2].startswith(f"{USER_UID} apt-get install -y --no-install-recommends libglib2.0-0 ")
    assert log[-1] == f"{USER_UID} spineprep --version in {machine.repo}"
    assert "libcups2" in machine.installed()


def test_a_refused_sudo_stops_the_set_up(machine: Machine) -> None:
    _script(machine.bin / "sudo", 'echo "$(id -u) sudo $*" >>"$FAKE/log"; exit 1\n')
    result = machine.dev_sh("run", tty=True)
    assert result.returncode == 1
    assert "failed" in result.stderr.splitlines()[-1]
    assert machine.programs() == ["sudo"]
    assert not (machine.repo / ".venv").exists()


def test_the_app_starts_in_the_callers_folder(machine: Machine) -> None:
    """So that `bash packaging/dev.sh run sample-pdf out.pdf` writes out.pdf where it was typed."""
    elsewhere = machine.base / "elsewhere"
    elsewhere.mkdir(mode=0o777)
    elsewhere.chmod(0o777)
    told = machine.dev_sh("run").stderr
    assert machine.run([machine.tool("sh"), "-c", _copied_command(told)]).returncode == 0
    result = machine.dev_sh("run", "sample-pdf", "out.pdf", cwd=elsewhere)
    assert result.returncode == 0, result.stderr
    assert machine.log()[-1] == f"{USER_UID} spineprep sample-pdf out.pdf in {elsewhere}"


@as_root_only
@pytest.mark.parametrize("mode", ["run", "test"])
def test_as_root_in_a_users_checkout_only_the_system_packages_are_done_as_root(
    machine: Machine, mode: str
) -> None:
    # What an earlier `sudo bash packaging/dev.sh run` left: given back to the owner.
    for left in ("build/lib/spineprep/__init__.py", "spineprep/__pycache__/x.cpython-311.pyc"):
        (machine.repo / left).parent.mkdir(parents=True, exist_ok=True)
        (machine.repo / left).touch()
        os.chown(machine.repo / left, 0, 0)
    os.chown(machine.repo / "build", 0, 0)

    result = machine.dev_sh(mode, as_root=True)
    assert result.returncode == 0, result.stderr
    runs = [line.split(" ", 2)[:2] for line in machine.log()]
    assert runs[:2] == [["0", "apt-get"], ["0", "apt-get"]]
    assert runs[2:] and all(uid == str(USER_UID) for uid, _ in runs[2:]), machine.log()
    assert machine.programs()[2:4] == ["python3", "python"]  # the venv, then pip
    assert "nobody" in result.stderr
    owners = machine.owners()
    assert ".venv/.pyproject.sha256" in owners and "build/lib/spineprep/__init__.py" in owners
    assert {path: uid for path, uid in owners.items() if uid != USER_UID} == {}


@as_root_only
def test_as_root_in_roots_own_checkout_everything_runs_as_root_as_before(machine: Machine) -> None:
    machine.give_checkout_to(0, 0)  # CI's clone
    result = machine.dev_sh("test", as_root=True)
    assert result.returncode == 0, result.stderr
    assert machine.log() and all(line.startswith("0 ") for line in machine.log()), machine.log()
    assert "running the rest as" not in result.stderr


@as_root_only
def test_as_root_in_a_checkout_of_a_user_id_with_no_account_it_refuses_in_one_sentence(
    machine: Machine,
) -> None:
    stranger = next(uid for uid in range(4242, 5000) if uid not in {p.pw_uid for p in pwd.getpwall()})
    machine.give_checkout_to(stranger, stranger)
    result = machine.dev_sh("run", as_root=True)
    assert result.returncode == 1
    (line,) = result.stderr.splitlines()
    assert f"user id {stranger}" in line
    assert machine.log() == []
    assert not (machine.repo / ".venv").exists()
