"""One Organiser per database: an OS file lock that dies with the process that holds it.

The lock is a small side file (`organiser.sqlite.lock`) locked with flock (POSIX) or
msvcrt.locking (Windows); the operating system releases it when the process ends, however it
ends (kill -9, power loss of a laptop aside), so there is never a stale lock to clean up. The
file also holds who has it (process, host, since) for the message shown to the second one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import socket
import sys
from pathlib import Path
from typing import IO, Any

from organiser.core.errors import DatabaseError


class DatabaseInUseError(DatabaseError):
    """Another running Organiser has this database open."""

    def __init__(self, message: str, *, file: str | None = None,
                 holder: dict[str, Any] | None = None) -> None:
        super().__init__(message, file=file)
        self.holder = holder or {}


def lock_path(database: Path) -> Path:
    """Beside the database when that folder is writable, else in the user's data folder."""
    database = database.expanduser().resolve()
    beside = database.with_name(database.name + ".lock")
    if os.access(database.parent, os.W_OK):
        return beside
    from organiser.core.paths import user_data_dir

    digest = hashlib.sha256(str(database).encode()).hexdigest()[:16]
    return user_data_dir() / "locks" / f"{database.stem}-{digest}.lock"


def _try_lock(handle: IO[bytes]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _read_holder(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            handle.seek(1)  # byte 0 is the one Windows locks
            value = json.loads(handle.read().decode("utf-8") or "{}")
    except (OSError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


class InstanceLock:
    """Held while this process works on the database; `release()` or process end frees it."""

    def __init__(self, database: Path, handle: IO[bytes], path: Path) -> None:
        self.database = database
        self.path = path
        self._handle: IO[bytes] | None = handle

    @property
    def held(self) -> bool:
        return self._handle is not None

    def release(self) -> None:
        handle, self._handle = self._handle, None
        if handle is None:
            return
        try:
            handle.seek(1)
            handle.truncate()
        except OSError:
            pass
        handle.close()  # closing the descriptor drops the lock

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def acquire(database: str | Path) -> InstanceLock:
    """Take the database for this process, or explain who has it (DatabaseInUseError)."""
    target = Path(database).expanduser()
    path = lock_path(target)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = path.open("a+b")
    except OSError as exc:
        raise DatabaseError(f"cannot create the lock file {path}: {exc.strerror}",
                            file=str(target)) from exc
    if not _try_lock(handle):
        handle.close()
        holder = _read_holder(path)
        who = ""
        if holder:
            who = (f" (process {holder.get('pid', '?')} on {holder.get('host', '?')}, "
                   f"since {holder.get('since', '?')})")
        raise DatabaseInUseError(
            f"is open in another Organiser{who}. Switch to that window, or close it and try "
            "again; you can also open this database read-only", file=str(target), holder=holder)
    info = {"pid": os.getpid(), "host": socket.gethostname(),
            "since": dt.datetime.now().strftime("%Y-%m-%d %H:%M")}
    try:
        handle.seek(1)
        handle.truncate()
        handle.write(json.dumps(info).encode("utf-8"))
        handle.flush()
        os.chmod(path, 0o600)
    except OSError:
        pass  # the lock itself holds; the note of who holds it is a courtesy
    return InstanceLock(target, handle, path)


def holder_of(database: str | Path) -> dict[str, Any] | None:
    """Who holds the database (None when nobody does); takes and drops the lock to know."""
    try:
        lock = acquire(database)
    except DatabaseInUseError as exc:
        return exc.holder or {"pid": "?"}
    except DatabaseError:
        return None
    lock.release()
    return None


__all__ = ["DatabaseInUseError", "InstanceLock", "acquire", "holder_of", "lock_path"]
