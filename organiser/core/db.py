"""Database plumbing: declarative Base, engine factory, sessions and URL handling."""

from __future__ import annotations

import datetime as dt
import enum
import os
from pathlib import Path
from typing import Any

from sqlalchemy import DateTime, Enum, MetaData, create_engine, event, inspect
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Base of every mapped class; the naming convention lets migrations name constraints."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """An instant, stored as UTC and always returned time-zone aware (SQLite keeps no offset)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where an instant is needed")
        value = value.astimezone(dt.UTC)
        if dialect.name == "sqlite":
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


def str_enum(enum_cls: type[enum.Enum], length: int = 20, *, name: str | None = None) -> Enum:
    """Store an enum by its value (readable in the database, portable to PostgreSQL).

    `name` names the CHECK constraint; give one when a table has two columns of one enum.
    """
    return Enum(
        enum_cls,
        values_callable=lambda members: [m.value for m in members],
        native_enum=False,
        validate_strings=True,
        length=length,
        create_constraint=True,
        name=name or enum_cls.__name__.lower(),
    )


def database_url(target: str | Path) -> URL:
    """A plain path means SQLite; anything with '://' is a SQLAlchemy URL."""
    text = str(target)
    if "://" in text:
        return make_url(text)
    return URL.create("sqlite+pysqlite", database=str(Path(text).expanduser()))


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.execute("PRAGMA journal_mode")
        mode = cursor.fetchone()
        if mode and str(mode[0]).lower() != "wal":
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


def make_engine(url: URL, *, read_only: bool = False) -> Engine:
    """Engine with the pragmas Organiser relies on (foreign keys, WAL) for SQLite."""
    if url.get_backend_name() == "sqlite":
        connect_args: dict[str, Any] = {}
        if read_only and url.database:
            uri = Path(url.database).resolve().as_uri() + "?mode=ro"
            if not os.access(Path(url.database).resolve().parent, os.W_OK):
                # a read-only drive: WAL needs a -shm file beside the database, which cannot be
                # made there; immutable=1 reads without it (nobody can be writing there)
                uri += "&immutable=1"
            url = url.set(database=uri, query={"uri": "true"})
            connect_args["uri"] = True
        engine = create_engine(url, connect_args=connect_args)
        if not read_only:
            event.listen(engine, "connect", _sqlite_on_connect)
        else:
            event.listen(engine, "connect", _sqlite_read_only_on_connect)
        return engine
    try:
        return create_engine(url, pool_pre_ping=True)
    except ImportError as exc:  # the driver is an optional extra
        from organiser.core.errors import DatabaseError

        backend = url.get_backend_name()
        what = "a PostgreSQL database" if backend == "postgresql" else f"a {backend} database"
        raise DatabaseError(
            f"{what} needs the team mode's driver ({exc.name or url.get_driver_name()}), which "
            "is not installed: install it with  pip install \"organiser[team]\"") from exc


def _sqlite_read_only_on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
    finally:
        cursor.close()


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    sessions = sessionmaker(engine, expire_on_commit=False)
    event.listen(sessions, "before_flush", _remember_versioned_changes)
    return sessions


def _remember_versioned_changes(session: Session, _context: Any, _instances: Any) -> None:
    """Name the versioned records this flush updates, for the message of a conflict; and
    move the version of a record whose change lies in rows of other tables it owns."""
    from organiser.core.locking import describe, touch_owners

    touch_owners(session)
    dirty: dict[str, list[str]] = {}
    for record in session.dirty:
        mapper = inspect(record).mapper
        if mapper.version_id_col is not None:
            dirty.setdefault(mapper.local_table.name, []).append(describe(record))
    session.info["versioned_dirty"] = dirty

