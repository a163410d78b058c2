"""The database's files (the file, its -wal, -shm and -journal): only SQLite ever opens them.

On POSIX, SQLite's locks are fcntl locks, which belong to the process: closing *any*
descriptor of the file drops all of them ("How To Corrupt An SQLite Database File", 2.2).
One plain `open()` + `close()` of the database in the app's process (a header check, a
hash, a byte copy, a file dialog sniffing the content of `-wal`) lets the next CLI run
believe it is alone, checkpoint and delete the WAL under the app, and the app's next
commits vanish. So this module owns every path of the database family:

- `probe()` reads what a file is (SQLite? empty? which schema?) through a read-only SQLite
  connection, never with `open()`; a refused file is left byte for byte as it was;
- `copy()` and `overwrite()` go through SQLite's backup API; `set_aside()` renames;
- a process-wide audit hook refuses any Python-level open, rename onto, removal or truncation
  of the files of a database this process has open (`hold()` / `let_go()`, done by
  `open_database` and `Database.close`): an export saved over the database, a hash, a byte
  copy written by a future line that forgets all this fails loudly instead of losing data.

Qt's file dialogs are C++ and not seen by the hook: `organiser.ui.file_dialogs` makes them
start away from the database's folder and never sniff file content.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from organiser.core.errors import DatabaseError, database_problem

SUFFIXES = ("", "-wal", "-shm", "-journal")

_held: dict[str, int] = {}  # real path of a held database file -> how many holders
_names: set[str] = set()  # base names of every file of the held families (a cheap pre-check)
_guard = threading.Lock()
_hook_installed = False


def family(database: str | Path) -> list[Path]:
    """The database file and the files SQLite keeps beside it."""
    path = Path(database)
    return [path.with_name(path.name + suffix) for suffix in SUFFIXES]


def _real(path: str | Path) -> str:
    return os.path.realpath(os.fspath(path))


class DatabaseFileAccessError(PermissionError):
    """Python code tried to open a file of a database this process has open."""


# audit events that open, replace, delete or cut a file by name, and which arguments are paths
_WATCHED = {"open": (0,), "os.rename": (0, 1), "os.remove": (0,), "os.truncate": (0,)}


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if not _names or event not in _WATCHED:
        return
    for position in _WATCHED[event]:
        target = args[position] if len(args) > position else None
        if not isinstance(target, str | bytes | os.PathLike):
            continue  # a descriptor number: not a new open of the file by name
        name = os.fsdecode(target)
        if os.path.basename(name) in _names and _is_held_real(os.path.realpath(name)):
            what = "opened" if event == "open" else "replaced or removed"
            raise DatabaseFileAccessError(
                errno.EACCES,
                f"is the database this Organiser has open: it cannot be {what} except by "
                "SQLite (only SQLite may open it: closing any other descriptor of it drops "
                "SQLite's locks and loses changes)", name)


def _is_held_real(real: str) -> bool:
    return any(real == held + suffix for held in list(_held) for suffix in SUFFIXES)


def _install_hook() -> None:
    global _hook_installed
    if not _hook_installed:
        sys.addaudithook(_audit)
        _hook_installed = True


def hold(database: Path) -> None:
    """From now on, Python code in this process may not open this database's files."""
    with _guard:
        _install_hook()
        real = _real(database)
        _held[real] = _held.get(real, 0) + 1
        _refresh_names()


def let_go(database: Path) -> None:
    with _guard:
        real = _real(database)
        count = _held.get(real, 0) - 1
        if count > 0:
            _held[real] = count
        else:
            _held.pop(real, None)
        _refresh_names()


def _refresh_names() -> None:
    _names.clear()
    for real in _held:
        base = os.path.basename(real)
        _names.update(base + suffix for suffix in SUFFIXES)


def held_folders() -> set[Path]:
    """The folders of the databases this process has open (file dialogs keep out of them)."""
    with _guard:
        return {Path(real).parent for real in _held}


def is_held(path: str | Path) -> bool:
    real = _real(path)
    with _guard:
        return any(real == held + suffix for held in _held for suffix in SUFFIXES)


def read_only_uri(path: Path, *, immutable: bool = False) -> str:
    uri = path.resolve().as_uri() + "?mode=ro"
    return uri + "&immutable=1" if immutable else uri


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only SQLite connection; it changes nothing in the file, not even its header."""
    immutable = not os.access(path.resolve().parent, os.W_OK) and not os.path.exists(
        str(path) + "-wal")
    return sqlite3.connect(read_only_uri(path, immutable=immutable), uri=True, timeout=5)


@dataclass(frozen=True)
class Probe:
    """What a file is, as SQLite reads it (read-only)."""

    pages: int
    journal_mode: str
    tables: frozenset[str]
    revision: str | None

    @property
    def empty(self) -> bool:
        """No page at all: a 0-byte file (and no WAL holding pages for it)."""
        return self.pages == 0


def probe(path: Path, where: str | None = None) -> Probe:
    """Read a file's nature through SQLite, read-only (DatabaseError when it is not SQLite)."""
    where = where or str(path)
    try:
        connection = connect_read_only(path)
    except sqlite3.Error as exc:
        raise DatabaseError(database_problem(str(exc)), file=where) from exc
    try:
        pages = int(connection.execute("PRAGMA page_count").fetchone()[0])
        mode = str(connection.execute("PRAGMA journal_mode").fetchone()[0]).lower()
        tables = frozenset(str(row[0]) for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'"))
        revision = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = str(row[0]) if row else None
    except sqlite3.Error as exc:
        raise DatabaseError(database_problem(str(exc)), file=where) from exc
    finally:
        connection.close()
    return Probe(pages, mode, tables, revision)


def check(path: Path) -> list[str]:
    """Problems SQLite finds in a database file (empty when it is sound)."""
    try:
        connection = connect_read_only(path)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
        return [str(r[0]) for r in rows if str(r[0]).lower() != "ok"]
    except sqlite3.Error as exc:
        return [str(exc)]
    finally:
        connection.close()


def copy(source: Path, target: Path) -> None:
    """SQLite backup API into a private temporary file, checked, then renamed into place.

    Consistent while other processes write (the backup API restarts on their changes).
    """
    tmp = target.with_name(f"{target.name}.{os.getpid()}-{threading.get_ident()}.partial")
    tmp.unlink(missing_ok=True)
    try:
        src = connect_read_only(source)
        try:
            fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
            os.close(fd)
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        problems = check(tmp)
        if problems:
            raise DatabaseError("the copy does not check out: " + "; ".join(problems[:3]),
                                file=str(source))
        os.chmod(tmp, 0o600)
        tmp.replace(target)
    except sqlite3.Error as exc:
        tmp.unlink(missing_ok=True)
        raise DatabaseError(f"copy failed: {exc}", file=str(source)) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def overwrite(source: Path, target: Path) -> None:
    """Replace the content of a live database with another through SQLite's backup API.

    Other processes that have `target` open keep valid locks and simply see the new content
    at their next transaction (no file is deleted or renamed under them).
    """
    try:
        src = connect_read_only(source)
        try:
            dst = sqlite3.connect(target, timeout=10)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error as exc:
        raise DatabaseError(f"cannot write the restored data: {exc}", file=str(target)) from exc


def set_aside(database: Path, aside: Path) -> Path:
    """Rename a file SQLite cannot read (and its -wal/-shm) out of the way, never opening it."""
    for source, target in zip(family(database), family(aside), strict=True):
        if source.exists():
            os.replace(source, target)
    return aside


__all__ = [
    "DatabaseFileAccessError",
    "Probe",
    "check",
    "connect_read_only",
    "copy",
    "family",
    "held_folders",
    "hold",
    "is_held",
    "let_go",
    "overwrite",
    "probe",
    "set_aside",
]
