"""Opening a database: checks, migrations, refusal of newer or foreign files, backups."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import URL, Connection, Engine
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from organiser.core import dbfiles
from organiser.core.db import database_url, make_engine, make_sessionmaker
from organiser.core.errors import (
    DatabaseError,
    InputError,
    MissingDatabaseError,
    NewerDatabaseError,
    database_problem,
)

BUSY_TIMEOUT_MS = 5000  # what make_engine sets on every SQLite connection
WRITE_LOCK_KEY = 0x0F6A_1150  # PostgreSQL advisory lock of write_transaction()


@dataclass
class Database:
    """An open Organiser database: its URL, engine and the one session factory."""

    url: URL
    engine: Engine
    sessions: sessionmaker[Session] = field(repr=False)
    read_only: bool = False
    _held: Path | None = field(default=None, repr=False)

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
        except IntegrityError as exc:
            if "name_key" not in str(exc.orig):
                raise
            # another writer saved an organisation of that name between this one's look-up
            # and its insert (the unique key of migration 0012 refused the second)
            raise InputError("an organisation of that name was saved by someone else at the "
                             "same moment; nothing was written: save again to use theirs",
                             field="organisation") from exc
        finally:
            session.close()

    @contextmanager
    def write_transaction(self, *, wait: float = 120.0) -> Iterator[Session]:
        """`transaction()` holding the database's write lock from its first read.

        Two of these never interleave: the second waits (up to `wait` seconds) and then reads
        what the first committed, so a decision taken on what was read ("this address is new:
        insert it") still holds when it is written. SQLite: BEGIN IMMEDIATE; PostgreSQL: a
        transaction-scoped advisory lock (and every writer that matters takes the same one).
        """
        with self.transaction() as session:
            connection = session.connection()
            if self.is_sqlite:
                connection.exec_driver_sql(f"PRAGMA busy_timeout={int(wait * 1000)}")
                try:
                    connection.exec_driver_sql("BEGIN IMMEDIATE")
                except DBAPIError as exc:
                    raise DatabaseError("another program kept the database busy for "
                                        f"{wait:.0f} s; nothing was written, try again",
                                        file=self.display_name) from exc
                finally:
                    connection.exec_driver_sql(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            else:
                connection.exec_driver_sql(f"SET LOCAL lock_timeout = '{int(wait * 1000)}ms'")
                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                                   {"key": WRITE_LOCK_KEY})
                connection.exec_driver_sql("SET LOCAL lock_timeout = 0")
            yield session

    def session(self) -> Session:
        """A session for reading; writes go through `transaction()`."""
        return self.sessions()

    def close(self) -> None:
        self.engine.dispose()
        held, self._held = self._held, None
        if held is not None:
            dbfiles.let_go(held)


def open_database(target: str | Path, *, create: bool = True, migrate: bool = True,
                  read_only: bool = False) -> Database:
    """Open (and when needed create and migrate) the database at a path or URL.

    A database written by a newer Organiser, or a file that is not an Organiser database,
    is refused with a message and left exactly as it was: it is looked at through a read-only
    SQLite connection before anything can write to it. A missing or empty (0-byte) file is
    refused unless `create` (only the app's first start and `organiser demo` create one).
    """
    url = database_url(target)
    where = str(target)
    path: Path | None = None
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        path = Path(url.database or "")
        _check_file(path, where, create=create, read_only=read_only)
    engine = make_engine(url, read_only=read_only)
    try:
        _ensure_schema(engine, where, migrate=migrate and not read_only)
    except DBAPIError as exc:
        engine.dispose()
        raise DatabaseError(database_problem(str(exc.orig or exc)), file=where) from exc
    except Exception:
        engine.dispose()
        raise
    if path is not None and not read_only:
        _restrict_permissions(path)
    database = Database(url=url, engine=engine, sessions=make_sessionmaker(engine),
                        read_only=read_only)
    if path is not None:
        dbfiles.hold(path)
        database._held = path
    return database


def missing_database_message(path: Path) -> str:
    return f"no database at {path} — create one with `organiser demo` or open the app"


def _check_file(path: Path, where: str, *, create: bool, read_only: bool) -> None:
    """Refuse what must not be opened for writing, without writing a byte to it."""
    if path.is_dir():
        raise DatabaseError("is a folder, not a database file", file=where)
    if not path.exists():
        if not path.parent.is_dir():
            raise DatabaseError(
                f"the folder {path.parent} does not exist (is the drive connected?)", file=where)
        if not create or read_only:
            raise MissingDatabaseError(missing_database_message(path))
        return
    if not os.access(path, os.R_OK):
        raise DatabaseError("cannot be read (permission denied)", file=where)
    found = dbfiles.probe(path, where)
    if found.empty:
        # what an interrupted copy or a sync conflict leaves: a sign that data went missing,
        # not a new start; only `organiser demo` (create) makes a database in it
        if not create or read_only:
            raise MissingDatabaseError(
                f"{path} is empty (0 bytes), not an Organiser database — if it should hold "
                "your data, restore a backup (`organiser restore --list`); to start a new "
                "database in it, run `organiser demo`")
        return
    if found.revision is None and found.tables:
        raise DatabaseError("is not an Organiser database (unknown tables, no schema version)",
                            file=where)
    if found.revision is not None:
        _refuse_newer(found.revision, where)
    if not read_only and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        raise DatabaseError("is read-only (the file or its folder cannot be written); "
                            "open it read-only, or copy it somewhere writable", file=where)


def _refuse_newer(revision: str, where: str) -> None:
    from organiser import migrations
    from organiser.migrations import HEAD_REVISION

    if revision != HEAD_REVISION and revision not in migrations.known_revisions():
        raise NewerDatabaseError(
            f"was written by a newer Organiser (schema {revision}); this version knows up to "
            f"{HEAD_REVISION}. The file was not changed: update Organiser to open it.",
            file=where,
        )


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
    if revision is None:
        with engine.connect() as connection:
            tables = inspect(connection).get_table_names()
        if tables:
            raise DatabaseError("is not an Organiser database (unknown tables, no schema version)",
                                file=where)
    else:
        _refuse_newer(revision, where)
    if not migrate:
        raise DatabaseError(f"schema {revision or 'empty'} needs upgrading to {HEAD_REVISION}",
                            file=where)
    with engine.connect() as connection:
        _upgrade(connection, where)


def _upgrade(connection: Connection, where: str) -> None:
    """Run the migrations in one transaction. On SQLite, foreign keys are off meanwhile, as
    SQLite prescribes for schema changes (sqlite.org/lang_altertable.html): a migration that
    rebuilds a table others refer to (batch mode copies it, drops the old one and renames the
    copy) would otherwise have the drop cascade into every row that refers to it. The
    references are checked before the commit."""
    from organiser import migrations

    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")  # no effect inside a transaction
        connection.commit()
    def dangling() -> set[tuple[object, ...]]:
        return {tuple(row) for row in connection.exec_driver_sql("PRAGMA foreign_key_check")
                } if sqlite else set()

    try:
        with connection.begin():
            before = dangling()  # (an old file may hold some already: not the upgrade's doing)
            migrations.upgrade(connection)
            broken = sorted(dangling() - before, key=str)
            if broken:
                raise DatabaseError(
                    f"the schema upgrade would leave {len(broken)} row(s) referring to missing "
                    f"records (first in the table {broken[0][0]}); nothing was changed",
                    file=where)
    finally:
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            connection.commit()


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
    return dbfiles.check(path)


def copy_file(source: Path, target: Path) -> None:
    """SQLite backup API into a private temporary file, checked, then renamed into place."""
    dbfiles.copy(source, target)


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
