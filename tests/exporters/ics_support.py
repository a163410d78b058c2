"""Helpers for the calendar tests: the coordinator's identity, a small event, a CalDAV server."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

COORDINATOR = ("Zoë Coordinator", "coordinator@bank.example")


def set_coordinator(name: str = COORDINATOR[0], email: str = COORDINATOR[1]) -> Path:
    """Write the settings file of the isolated user (ORGANISER_CONFIG_DIR)."""
    folder = Path(os.environ["ORGANISER_CONFIG_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "settings.json"
    path.write_text(json.dumps({"coordinator.name": name, "coordinator.email": email}),
                    encoding="utf-8")
    return path


def lines(data: bytes) -> list[bytes]:
    """Unfolded content lines."""
    return data.replace(b"\r\n ", b"").split(b"\r\n")


class CalDAV:
    def __init__(self, base: str) -> None:
        self.base = base

    def request(self, method: str, path: str, data: bytes | None = None,
                headers: dict[str, str] | None = None) -> tuple[int, bytes]:
        req = urllib.request.Request(self.base + path, data=data, method=method,
                                     headers=headers or {})
        try:
            with urllib.request.urlopen(req, timeout=10) as resp:
                return resp.status, resp.read()
        except urllib.error.HTTPError as exc:
            body = exc.read()
            exc.close()
            return exc.code, body


@contextmanager
def radicale_server(storage: Path, users: dict[str, str] | None = None) -> Iterator[CalDAV]:
    """A real Radicale on 127.0.0.1 (free port, temporary storage); without `users`, no
    authentication, with them a plain htpasswd file (user: password)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = storage / "radicale.conf"
    config.write_text("", encoding="utf-8")
    auth = ["--auth-type", "none"]
    if users:
        htpasswd = storage / "htpasswd"
        htpasswd.write_text("".join(f"{u}:{p}\n" for u, p in users.items()), encoding="utf-8")
        auth = ["--auth-type", "htpasswd", "--auth-htpasswd-filename", str(htpasswd),
                "--auth-htpasswd-encryption", "plain"]
    process = subprocess.Popen(
        [sys.executable, "-m", "radicale", "-C", str(config),
         "--server-hosts", f"127.0.0.1:{port}", *auth,
         "--rights-type", "authenticated", "--storage-filesystem-folder", str(storage / "data"),
         "--logging-level", "error"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    server = CalDAV(f"http://127.0.0.1:{port}")
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                    break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("Radicale did not start") from None
                time.sleep(0.05)
        yield server
    finally:
        process.terminate()
        process.wait(timeout=10)
