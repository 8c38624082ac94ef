"""A private speech-dispatcher for the read-aloud tests: the real daemon and protocol, and
espeak-ng really synthesising each message (to a file, not a sound card). Its output module
also writes down each message with its language, so a test reads exactly what the engine got.

Debian: speech-dispatcher, speech-dispatcher-audio-plugins, libao4 (its "null" driver stands in
for a sound card) and espeak-ng; `.ci/run` installs them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

MODULES = Path("/usr/lib/speech-dispatcher-modules")


def missing() -> str:
    """Why a private speech-dispatcher cannot run here ("" when it can)."""
    for tool in ("speech-dispatcher", "espeak-ng"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    if not (MODULES / "sd_generic").exists():
        return f"{MODULES / 'sd_generic'} is missing"
    if not Path("/usr/lib/x86_64-linux-gnu/speech-dispatcher/spd_libao.so").exists() and not list(
        Path("/usr/lib").glob("*/speech-dispatcher/spd_libao.so")
    ):
        return "speech-dispatcher-audio-plugins (libao output) is not installed"
    return ""


@dataclass
class SpeechServer:
    """One running speech-dispatcher; ``address`` goes in SPEECHD_ADDRESS."""

    root: Path
    process: subprocess.Popen[bytes]

    @property
    def address(self) -> str:
        return f"unix_socket:{self.root / 'speechd.sock'}"

    @property
    def heard_file(self) -> Path:
        return self.root / "heard.txt"

    def heard(self) -> list[tuple[str, str]]:
        """(language, text) of each message synthesised so far, in order."""
        if not self.heard_file.exists():
            return []
        lines = self.heard_file.read_text(encoding="utf-8").splitlines()
        return [(line.partition(" ")[0], line.partition(" ")[2]) for line in lines if line]

    def clear(self) -> None:
        self.heard_file.unlink(missing_ok=True)
        (self.root / "last.wav").unlink(missing_ok=True)

    def synthesised_bytes(self) -> int:
        wav = self.root / "last.wav"
        return wav.stat().st_size if wav.exists() else 0

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def start(root: Path, seconds: float = 0) -> SpeechServer:
    """Start speech-dispatcher with its own configuration in ``root``: English and Spanish
    voices of espeak-ng, through the generic output module; each message takes at least
    ``seconds`` (a slow voice, to stop it mid-way)."""
    conf = root / "conf"
    (conf / "modules").mkdir(parents=True)
    (root / "log").mkdir()
    home = root / "home"
    home.mkdir()
    (home / ".libao").write_text("default_driver=null\n")
    socket = root / "speechd.sock"
    (conf / "speechd.conf").write_text(
        f'AudioOutputMethod "libao"\nCommunicationMethod "unix_socket"\nSocketPath "{socket}"\n'
        f'LogLevel 3\nLogDir "{root / "log"}"\n'
        'AddModule "espeak-ng-record" "sd_generic" "espeak-ng-record.conf"\n'
        "DefaultModule espeak-ng-record\n"
        'LanguageDefaultModule "en" "espeak-ng-record"\nLanguageDefaultModule "es" "espeak-ng-record"\n'
    )
    # The generic module quotes the text for the shell; echo adds the line's end.
    heard, wav = root / "heard.txt", root / "last.wav"
    (conf / "modules" / "espeak-ng-record.conf").write_text(
        f"GenericExecuteSynth \"echo '$LANGUAGE' '$DATA' >> {heard}; "
        f"printf %s '$DATA' | espeak-ng -v $VOICE --stdin -w {wav}; sleep {seconds}\"\n"
        'GenericCmdDependency "espeak-ng"\n'
        # One message, one line: not cut into chunks at its full stops.
        "GenericMaxChunkLength 100000\n"
        'GenericDelimiters "~"\n'
        'AddVoice "en" "FEMALE1" "en"\nAddVoice "es" "FEMALE1" "es"\n'
        'GenericLanguage "en" "en" "utf-8"\nGenericLanguage "es" "es" "utf-8"\n'
    )
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home), "LANG": "C.UTF-8"}
    command = ["speech-dispatcher", "-C", str(conf), "-s", "-t", "0", "-S", str(socket), "-m", str(MODULES)]
    log = (root / "speechd.out").open("wb")
    process = subprocess.Popen(
        command, env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
    )
    server = SpeechServer(root, process)
    end = time.monotonic() + 15
    while not socket.exists():
        if process.poll() is not None or time.monotonic() > end:
            server.stop()
            logs = "\n".join(p.read_text(errors="replace")[-1500:] for p in (root / "log").glob("*.log"))
            raise RuntimeError(f"speech-dispatcher did not start: {logs}")
        time.sleep(0.05)
    return server
