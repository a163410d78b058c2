"""Opening a database: checks, migrations, refusal of newer or foreign files, backups."""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import URL, Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from organiser.core.db import database_url, make_engine, make_sessionmaker
from organiser.core.errors import DatabaseError, NewerDatabaseError


@dataclass
class Database:
    """An open Organiser database: its URL, engine and the one session factory."""

    url: URL
    engine: Engine
    sessions: sessionmaker[Session] = field(repr=False)
    read_only: bool = False

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def path(self) -> Path | None:
        """The file of a SQLite database, None for a server database."""
        if not self.is_sqlite or not self.url.database:
            return None
        database = self.url.database
        if database.startswith("file:"):
            database = database.split("?", 1)[0].removeprefix("file:")
        return Path(database)

    @property
    def display_name(self) -> str:
        path = self.path
        if path is not None:
            return str(path)
        return self.url.render_as_string(hide_password=True)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed at the end of the block, rolled back if it raises.

        A versioned record changed by another process between this unit's read and its
        write (`UPDATE ... WHERE version = ?` matched nothing) raises ConflictError.
        """
        session = self.sessions()
        try:
            with session.begin():
                yield session
        except StaleDataError as exc:
            from organiser.core.locking import conflict, stale_record

            what = stale_record(str(exc), session.info.get("versioned_dirty", {}))
            raise conflict(what) from exc
        finally:
            session.close()

    def session(self) -> Session:
        """A session for reading; writes go through `transaction()`."""
        return self.sessions()

    def close(self) -> None:
        self.engine.dispose()


def open_database(target: str | Path, *, create: bool = True, migrate: bool = True,
                  read_only: bool = False) -> Database:
    """Open (and when needed create and migrate) the database at a path or URL.

    A database written by a newer Organiser, or a file that is not an Organiser database,
    is refused with a message and left exactly as it was.
    """
    url = database_url(target)
    where = str(target)
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        path = Path(url.database or "")
        if not path.exists():
            if not create or read_only:
                raise DatabaseError("no such database file", file=where)
            if not path.parent.is_dir():
                raise DatabaseError(
                    f"the folder {path.parent} does not exist (is the drive connected?)", file=where
                )
        elif path.is_dir():
            raise DatabaseError("is a folder, not a database file", file=where)
        else:
            _check_sqlite_header(path, where)
            if not read_only and not (os.access(path, os.W_OK)
                                      and os.access(path.parent, os.W_OK)):
                raise DatabaseError("is read-only (the file or its folder cannot be written); "
                                    "open it read-only, or copy it somewhere writable",
                                    file=where)
    engine = make_engine(url, read_only=read_only)
    try:
        _ensure_schema(engine, where, migrate=migrate and not read_only)
    except DBAPIError as exc:
        engine.dispose()
        raise DatabaseError(_describe(exc), file=where) from exc
    except Exception:
        engine.dispose()
        raise
    if url.get_backend_name() == "sqlite" and not read_only and url.database:
        _restrict_permissions(Path(url.database))
    return Database(url=url, engine=engine, sessions=make_sessionmaker(engine), read_only=read_only)


def _check_sqlite_header(path: Path, where: str) -> None:
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except PermissionError as exc:
        raise DatabaseError("cannot be read (permission denied)", file=where) from exc
    if header and header != b"SQLite format 3\x00":
        raise DatabaseError("is not an Organiser database (not a SQLite file)", file=where)


def _restrict_permissions(path: Path) -> None:
    """The database holds personal data: readable by the user only."""
    for candidate in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            if candidate.exists():
                candidate.chmod(0o600)
        except OSError:
            pass


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _ensure_schema(engine: Engine, where: str, *, migrate: bool) -> None:
    from organiser.migrations import HEAD_REVISION

    revision = current_revision(engine)
    if revision == HEAD_REVISION:
        return
    from organiser import migrations

    if revision is None:
        with engine.connect() as connection:
            tables = inspect(connection).get_table_names()
        if tables:
            raise DatabaseError("is not an Organiser database (unknown tables, no schema version)",
                                file=where)
    elif revision not in migrations.known_revisions():
        raise NewerDatabaseError(
            f"was written by a newer Organiser (schema {revision}); this version knows up to "
            f"{HEAD_REVISION}. The file was not changed: update Organiser to open it.",
            file=where,
        )
    if not migrate:
        raise DatabaseError(f"schema {revision or 'empty'} needs upgrading to {HEAD_REVISION}",
                            file=where)
    with engine.begin() as connection:
        migrations.upgrade(connection)


def _describe(exc: DBAPIError) -> str:
    original = exc.orig
    message = str(original) if original is not None else str(exc)
    if isinstance(original, sqlite3.DatabaseError):
        lowered = message.lower()
        if "locked" in lowered or "busy" in lowered:
            return "is locked by another program; close it and try again"
        if "not a database" in lowered or "malformed" in lowered:
            return "is damaged (not a valid SQLite database); open a backup instead"
        if "readonly" in lowered or "read-only" in lowered:
            return "is read-only; open it read-only or copy it somewhere writable"
        if "unable to open" in lowered:
            return "cannot be opened (missing folder or no permission)"
    return message.splitlines()[0] if message else exc.__class__.__name__


def integrity_check(db: Database) -> list[str]:
    """Problems found by the database's own checks (empty when all is well)."""
    problems: list[str] = []
    with db.engine.connect() as connection:
        if db.is_sqlite:
            rows = connection.execute(text("PRAGMA integrity_check")).scalars().all()
            problems.extend(str(r) for r in rows if str(r).lower() != "ok")
            for row in connection.execute(text("PRAGMA foreign_key_check")).all():
                problems.append(
                    f"foreign key: table {row[0]} row {row[1]} refers to missing {row[2]}")
        else:
            connection.execute(text("SELECT 1"))
    return problems


def check_file(path: Path) -> list[str]:
    """Problems SQLite finds in a database file (empty when it is sound)."""
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
        return [str(r[0]) for r in rows if str(r[0]).lower() != "ok"]
    except sqlite3.Error as exc:
        return [str(exc)]
    finally:
        connection.close()


def copy_file(source: Path, target: Path) -> None:
    """SQLite backup API into a private temporary file, checked, then renamed into place."""
    tmp = target.with_name(f"{target.name}.{os.getpid()}-{threading.get_ident()}.partial")
    tmp.unlink(missing_ok=True)
    try:
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
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
        problems = check_file(tmp)
        if problems:
            raise DatabaseError("the copy does not check out: " + "; ".join(problems[:3]),
                                file=str(source))
        os.chmod(tmp, 0o600)
        tmp.replace(target)
    except sqlite3.Error as exc:
        tmp.unlink(missing_ok=True)
        raise DatabaseError(f"backup failed: {exc}", file=str(source)) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def backup_to(db: Database, destination: str | Path) -> Path:
    """A consistent copy, safe while the app has the database open (SQLite backup API)."""
    target = Path(destination).expanduser()
    if db.path is None:
        raise DatabaseError("backup of a server database: use the server's own tools or "
                            "`organiser copy` to a SQLite file", file=db.display_name)
    if not target.parent.is_dir():
        raise DatabaseError("the folder does not exist", file=str(target.parent))
    try:
        copy_file(db.path, target)
    except OSError as exc:
        raise DatabaseError(f"cannot write: {exc.strerror}", file=str(target)) from exc
    return target


__all__ = [
    "Database",
    "backup_to",
    "current_revision",
    "integrity_check",
    "open_database",
]
