"""Real processes for the sharing tests: the CLI, a long-running "app" process, a reader."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def env(**extra: str) -> dict[str, str]:
    values = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    values.update(extra)
    return values


def organiser(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """`organiser ARGS` as its own process (what a user types in a terminal)."""
    return subprocess.run([sys.executable, "-m", "organiser", *args], capture_output=True,
                          text=True, env=env(), timeout=timeout, cwd=REPO)


READER = r"""
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], timeout=10)
row = connection.execute("SELECT text FROM next_step WHERE id = ?", (int(sys.argv[2]),)).fetchone()
print(row[0])
"""


def read_step_text(path: Path, step_id: int) -> str:
    """A third process reads the next step's text (plain sqlite3, nothing of Organiser)."""
    done = subprocess.run([sys.executable, "-c", READER, str(path), str(step_id)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


class Child:
    """A Python process driven line by line: send a command, read one answer line."""

    def __init__(self, script: str, *args: str, cwd: Path | None = None) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", script, *args], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env(), cwd=cwd)

    def answer(self) -> str:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            raise AssertionError("the child died: " + self._stderr())
        return line.strip()

    def ask(self, command: str) -> str:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return self.answer()

    def _stderr(self) -> str:
        self.process.wait(30)
        return self.process.stderr.read() if self.process.stderr else ""

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(30)
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()
