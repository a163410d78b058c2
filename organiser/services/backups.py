"""Rolling daily backups (SQLite backup API) when the app opens and closes; restore.

One copy per day, `<name>-YYYY-MM-DD.sqlite`, in the user data folder (not beside the
database: a USB stick or a shared drive may be gone when the copy is needed). The copy made
when the app opens keeps the state before the day's work; the copy made on closing replaces
it only when it checks out clean, so a damaged database never overwrites a good backup.
The last N days (settings: backups.kept) are kept. Files are readable by the user only.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from organiser.core import dbfiles
from organiser.core.errors import DatabaseError, InputError

_BUSY = threading.Lock()
_DAY = re.compile(r"-(\d{4}-\d{2}-\d{2})\.sqlite$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    day: dt.date
    taken_at: dt.datetime
    size: int

    def as_json(self) -> dict[str, Any]:
        return {"path": str(self.path), "day": self.day.isoformat(),
                "taken_at": self.taken_at.isoformat(timespec="seconds"), "size": self.size}


def backup_folder(database: str | Path) -> Path:
    """The folder of one database's backups: its name plus a digest of its full path."""
    from organiser.core.paths import user_data_dir

    path = Path(database).expanduser().resolve()
    digest = hashlib.sha256(str(path).encode()).hexdigest()[:10]
    return user_data_dir() / "backups" / f"{path.stem}-{digest}"


def list_backups(database: str | Path) -> list[BackupInfo]:
    """The backups of a database, newest first."""
    folder = backup_folder(database)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob("*.sqlite"):
        match = _DAY.search(path.name)
        if not match:
            continue
        try:
            day = dt.date.fromisoformat(match.group(1))
            stat = path.stat()
        except (ValueError, OSError):
            continue
        taken = dt.datetime.fromtimestamp(stat.st_mtime).astimezone()
        found.append(BackupInfo(path, day, taken, stat.st_size))
    return sorted(found, key=lambda b: (b.day, b.taken_at), reverse=True)


def _kept(settings: Any = None) -> int:
    from organiser.core.settings import BACKUPS_KEPT, Settings

    return max(1, (settings or Settings(strict=False)).get(BACKUPS_KEPT))


def take_backup(database: str | Path, *, when: str = "open", today: dt.date | None = None,
                keep: int | None = None) -> Path | None:
    """Today's copy: on `open` only if there is none yet today, on `close` always.

    Returns the copy written (None when today's already exists on open). Older days beyond
    `keep` are removed.
    """
    source = Path(database).expanduser()
    if not source.is_file():
        raise DatabaseError("no such database file", file=str(source))
    with _BUSY:  # the copy on opening may still run (in the background) when closing
        return _take_backup(source, when, today or dt.date.today(), keep)


def _take_backup(source: Path, when: str, day: dt.date, keep: int | None) -> Path | None:
    folder = backup_folder(source)
    target = folder / f"{source.stem}-{day.isoformat()}.sqlite"
    written: Path | None = None
    if when == "close" or not target.exists():
        try:
            folder.mkdir(parents=True, exist_ok=True)
            os.chmod(folder, 0o700)
        except OSError as exc:
            raise DatabaseError(f"cannot create the backup folder: {exc.strerror}",
                                file=str(folder)) from exc
        dbfiles.copy(source, target)
        written = target
    prune(source, keep if keep is not None else _kept())
    return written


def prune(database: str | Path, keep: int) -> list[Path]:
    """Remove the backups of days beyond the newest `keep`."""
    removed = []
    for info in list_backups(database)[max(1, keep):]:
        try:
            info.path.unlink()
            removed.append(info.path)
        except OSError:
            pass
    return removed


def check_backup(path: str | Path) -> str:
    """The schema revision of a sound Organiser backup, or a DatabaseError saying why not."""
    from organiser import migrations
    from organiser.migrations import HEAD_REVISION

    source = Path(path).expanduser()
    if not source.is_file():
        raise DatabaseError("no such backup file", file=str(source))
    try:
        found = dbfiles.probe(source)  # through SQLite, read-only: it may be a live database
    except DatabaseError as exc:
        raise DatabaseError("is not an Organiser backup (not a SQLite file)",
                            file=str(source)) from exc
    problems = dbfiles.check(source)
    if problems:
        raise DatabaseError("is damaged: " + "; ".join(problems[:3]), file=str(source))
    if found.revision is None:
        raise DatabaseError("is not an Organiser backup (no schema version)", file=str(source))
    revision = found.revision
    if revision != HEAD_REVISION and revision not in migrations.known_revisions():
        raise DatabaseError(f"was written by a newer Organiser (schema {revision})",
                            file=str(source))
    return revision


def restore(backup: str | Path, database: str | Path) -> Path | None:
    """Put a backup in place of the database; the current file is set aside, never deleted.

    The caller must hold the database (organiser.core.instance) and have closed it. Every
    step goes through SQLite (the backup API) so that a CLI that has the file open at that
    moment keeps valid locks and sees the restored data; only a file SQLite cannot read is
    renamed aside instead. Returns where the previous file was set aside (None when there
    was none).
    """
    source = Path(backup).expanduser()
    target = Path(database).expanduser()
    if source.resolve() == target.resolve():
        raise InputError("the backup and the database are the same file", file=str(source))
    check_backup(source)
    if not target.parent.is_dir():
        raise DatabaseError(f"the folder {target.parent} does not exist", file=str(target))
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = target.with_name(f"{target.stem}.before-restore-{stamp}{target.suffix}")
    if not target.exists():
        dbfiles.copy(source, target)
        os.chmod(target, 0o600)
        return None
    if dbfiles.check(target):
        # damaged: SQLite cannot copy it, so it is renamed (never opened) and replaced
        dbfiles.set_aside(target, aside)
        dbfiles.copy(source, target)
    else:
        dbfiles.copy(target, aside)
        dbfiles.overwrite(source, target)
    os.chmod(target, 0o600)
    return aside


__all__ = [
    "BackupInfo",
    "backup_folder",
    "check_backup",
    "list_backups",
    "prune",
    "restore",
    "take_backup",
]
