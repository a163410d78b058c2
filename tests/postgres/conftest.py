"""A throwaway PostgreSQL server for the database tests (started once per test session).

initdb makes a cluster in a temporary folder, the server listens on 127.0.0.1 on a free port,
each test gets a fresh database. When PostgreSQL is missing or cannot start, the tests are
skipped with the reason (never silently).
"""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

_SUPERUSER = "postgres"
_counter = itertools.count(1)


def _pg_bindir() -> Path | None:
    """The newest installed server's bin folder (Debian keeps them per version)."""
    root = Path("/usr/lib/postgresql")
    if root.is_dir():
        versions = sorted((p for p in root.iterdir() if (p / "bin" / "initdb").exists()),
                          key=lambda p: [int(x) if x.isdigit() else 0
                                         for x in p.name.split(".")])
        if versions:
            return versions[-1] / "bin"
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _as_server_user(command: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: use the `postgres` account when we are root."""
    if os.geteuid() != 0:
        return command
    runuser = shutil.which("runuser")
    if runuser:
        return [runuser, "-u", "postgres", "--", *command]
    return ["su", "postgres", "-s", "/bin/sh", "-c", " ".join(command)]


def _run(command: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, check=False,
                          timeout=120, **kwargs)  # type: ignore[call-overload]


@pytest.fixture(scope="session")
def pg_server() -> Iterator[dict[str, object]]:
    """The server: host, port and superuser; stopped and deleted at the end of the session."""
    bindir = _pg_bindir()
    if bindir is None:
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql; "
                    "scripts/bootstrap.sh test does it)")
    if os.geteuid() == 0:
        try:
            import pwd

            pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root and there is no `postgres` account to run the server")
    base = Path(tempfile.mkdtemp(prefix="organiser-pg-"))
    data, sockets = base / "data", base / "sockets"
    sockets.mkdir()
    base.chmod(0o755)
    if os.geteuid() == 0:
        shutil.chown(base, "postgres")
        shutil.chown(sockets, "postgres")
    port = _free_port()
    init = _run(_as_server_user([str(bindir / "initdb"), "-D", str(data), "-U", _SUPERUSER,
                                 "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]))
    if init.returncode != 0:
        shutil.rmtree(base, ignore_errors=True)
        pytest.skip(f"PostgreSQL initdb failed: {init.stderr.strip()[-300:]}")
    options = (f"-h 127.0.0.1 -p {port} -k {sockets} -c fsync=off -c synchronous_commit=off "
               "-c full_page_writes=off -c max_connections=50")
    log = base / "server.log"
    start = _run(_as_server_user([str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log),
                                  "-o", options, "-w", "-t", "60", "start"]))
    if start.returncode != 0:
        detail = log.read_text(errors="replace")[-300:] if log.exists() else start.stderr
        shutil.rmtree(base, ignore_errors=True)
        pytest.skip(f"PostgreSQL did not start: {detail.strip()}")
    try:
        yield {"host": "127.0.0.1", "port": port, "user": _SUPERUSER}
    finally:
        _run(_as_server_user([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate",
                              "-w", "stop"]))
        shutil.rmtree(base, ignore_errors=True)


def _admin_url(server: dict[str, object]) -> str:
    return (f"postgresql+psycopg://{server['user']}@{server['host']}:{server['port']}/"
            "postgres")


@pytest.fixture
def pg_url(pg_server: dict[str, object]) -> Iterator[str]:
    """A URL to a new, empty database on the test server (dropped after the test)."""
    from sqlalchemy import create_engine, text

    name = f"organiser_test_{os.getpid()}_{next(_counter)}"
    admin = create_engine(_admin_url(pg_server), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}" ENCODING \'UTF8\''))
        yield (f"postgresql+psycopg://{pg_server['user']}@{pg_server['host']}:"
               f"{pg_server['port']}/{name}")
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


@pytest.fixture
def pg_db(pg_url: str) -> Iterator[object]:
    """A fresh, migrated, empty Organiser database on PostgreSQL."""
    from organiser.core.storage import open_database

    database = open_database(pg_url)
    yield database
    database.close()
