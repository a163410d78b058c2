"""A real Dovecot IMAP server on 127.0.0.1, in a throwaway configuration and maildir."""

from __future__ import annotations

import getpass
import grp
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

USER = "coordinator@programme.example"
PASSWORD = "pässwörd-42"  # not ASCII: the login must still work


@dataclass
class Dovecot:
    host: str
    port: int
    user: str
    password: str
    folder: Path
    process: subprocess.Popen[bytes] | None = None

    def client(self) -> Any:
        """An IMAP client of the test's own, to seed and inspect the mailbox."""
        from imapclient import IMAPClient

        client = IMAPClient(self.host, port=self.port, ssl=False, timeout=10)
        client.plain_login(self.user, self.password)
        return client


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _binary() -> str | None:
    return shutil.which("dovecot") or next(
        (p for p in ("/usr/sbin/dovecot", "/usr/local/sbin/dovecot") if os.path.exists(p)), None)


def _config(root: Path, port: int, mail: Path, extra: str = "") -> str:
    """Plaintext login on localhost only, one passwd-file user, maildir (its "." separator)."""
    if os.geteuid() == 0:
        # Dovecot never gives root's mail to root: the mail belongs to its own user
        owner = pwd.getpwnam("dovecot")
        uid, gid = owner.pw_uid, owner.pw_gid
        os.chown(mail, uid, gid)
        os.chmod(root, 0o711)
        users = ""
    else:
        uid, gid = os.getuid(), os.getgid()
        me, group = getpass.getuser(), grp.getgrgid(gid).gr_name
        users = (f"default_internal_user = {me}\ndefault_login_user = {me}\n"
                 f"default_internal_group = {group}\n")
    return f"""
base_dir = {root}/run
state_dir = {root}/state
instance_name = organiser-test-{port}
listen = 127.0.0.1
protocols = imap
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
log_path = {root}/dovecot.log
mail_location = maildir:{mail}/%n
mail_uid = {uid}
mail_gid = {gid}
first_valid_uid = {min(uid, 100)}
first_valid_gid = {min(gid, 100)}
{users}
{extra}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = static
  args = home={mail}/%n
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
  chroot =
}}
service anvil {{
  chroot =
}}
"""


def _ready(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as conn:
            conn.settimeout(2)
            return conn.recv(64).startswith(b"* OK")
    except OSError:
        return False


@contextmanager
def dovecot_server(extra: str = "") -> Iterator[Dovecot]:
    """Started for the test, stopped after it; skipped (with the reason) where it cannot run.
    `extra` adds configuration lines (e.g. a server without MOVE)."""
    binary = _binary()
    if binary is None:
        pytest.skip("Dovecot is not installed (scripts/bootstrap.sh test installs "
                    "dovecot-imapd)")
    root = Path(tempfile.mkdtemp(prefix="organiser-dovecot-"))
    mail = root / "mail"
    mail.mkdir()
    port = _free_port()
    try:
        (root / "dovecot.conf").write_text(_config(root, port, mail, extra), encoding="utf-8")
    except (KeyError, PermissionError) as exc:
        shutil.rmtree(root, ignore_errors=True)
        pytest.skip(f"Dovecot cannot run here: {exc}")
    (root / "passwd").write_text(f"{USER}:{{PLAIN}}{PASSWORD}\n", encoding="utf-8")
    process = subprocess.Popen([binary, "-F", "-c", str(root / "dovecot.conf")],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    server = Dovecot("127.0.0.1", port, USER, PASSWORD, root, process)
    try:
        deadline = time.monotonic() + 20
        while not _ready(port):
            if process.poll() is not None or time.monotonic() > deadline:
                error = process.stderr.read().decode(errors="replace") if process.stderr else ""
                log = root / "dovecot.log"
                if log.exists():
                    error += log.read_text(errors="replace")[-800:]
                pytest.skip(f"Dovecot did not start: {error.strip()[:800]}")
            time.sleep(0.05)
        yield server
    finally:
        stop(server)
        shutil.rmtree(root, ignore_errors=True)


def stop(server: Dovecot) -> None:
    """Stops the server (a test may do it early, to see a server that is down)."""
    process = server.process
    if process is None:
        return
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
    if process.stderr:
        process.stderr.close()
    server.process = None
