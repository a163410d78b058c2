"""Writing exports safely: all or nothing, and errors that name the file and say what to do."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from organiser.core.errors import InputError

# What a person can do about each system error, said after it.
_ADVICE = {
    errno.ENOSPC: "no space left on the disk: free some space or choose another disk",
    errno.EDQUOT: "your disk quota is used up: free some space or choose another disk",
    errno.EACCES: "permission denied: choose a folder you can write to",
    errno.EPERM: "not allowed: choose a folder you can write to",
    errno.EROFS: "the disk is read-only: choose another disk",
    errno.ENOENT: "the folder does not exist: create it or choose another",
    errno.EISDIR: "is a folder: give a file name inside it",
    errno.ENOTDIR: "a part of the path is a file, not a folder",
    errno.EIO: "the disk reported an input/output error: check the disk, or write elsewhere",
    errno.ENAMETOOLONG: "the name is too long: choose a shorter one",
}


def os_error_text(exc: OSError) -> str:
    """The system's error as a person reads it, with what to do when there is something."""
    from organiser.core.dbfiles import DatabaseFileAccessError

    if isinstance(exc, DatabaseFileAccessError):  # the open database: say so, not "permission"
        return f"{exc.strerror}; choose another file name"
    if exc.errno in _ADVICE:
        return _ADVICE[exc.errno]
    return exc.strerror or str(exc)


def write_atomic(path: str | Path, data: bytes, *, mode: int = 0o644) -> Path:
    """Write `data` to `path` all or nothing: a temporary file in the same folder, flushed to
    the disk, then renamed over the target. A full disk or a crash leaves the old file (or
    none) and no temporary file; the error names the target, never the temporary file."""
    target = Path(path).expanduser()
    where = str(target)
    if target.is_dir():
        raise InputError("is a folder: give a file name inside it (e.g. "
                         f"{target / 'document.pdf'})", file=where)
    folder = target.parent
    if not folder.is_dir():
        raise InputError("the folder does not exist: create it or choose another",
                         file=str(folder))
    tmp_name = ""
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            os.chmod(tmp_name, mode & ~_umask())
            os.replace(tmp_name, target)
            tmp_name = ""
        finally:
            if tmp_name:
                Path(tmp_name).unlink(missing_ok=True)
    except OSError as exc:
        raise InputError(f"not written: {os_error_text(exc)}; nothing was changed",
                         file=where) from None
    return target


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
