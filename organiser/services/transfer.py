"""Moving a whole database between SQLite and PostgreSQL (`organiser copy`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Table, func, select, text, update
from sqlalchemy.engine import Connection

from organiser.core.db import Base
from organiser.core.errors import InputError
from organiser.core.storage import Database, open_database

BATCH = 500


def _tables() -> list[Table]:
    import organiser.core.models  # noqa: F401 - registers every table

    return [t for t in Base.metadata.sorted_tables if t.name != "alembic_version"]


def row_counts(db: Database) -> dict[str, int]:
    with db.engine.connect() as connection:
        return {t.name: int(connection.scalar(select(func.count()).select_from(t)) or 0)
                for t in _tables()}


def copy_database(source: str, destination: str, *, replace: bool = False,
                  progress: Callable[[str, int], None] | None = None) -> dict[str, int]:
    """Copy every row of every table from one database to another (path or URL).

    Both are brought to the current schema first. The destination must be empty unless
    `replace` is given; the copy is one transaction there, so a failure leaves it unchanged.
    Returns the number of rows per table.
    """
    if _same_target(source, destination):
        raise InputError("source and destination are the same database", field="--to")
    src = open_database(source, create=False)
    try:
        dst = open_database(destination)
        try:
            return _copy(src, dst, replace=replace, progress=progress)
        finally:
            dst.close()
    finally:
        src.close()


def _same_target(source: str, destination: str) -> bool:
    from pathlib import Path

    if "://" in source or "://" in destination:
        return source == destination
    return Path(source).expanduser().resolve() == Path(destination).expanduser().resolve()


def _copy(src: Database, dst: Database, *, replace: bool,
          progress: Callable[[str, int], None] | None) -> dict[str, int]:
    tables = _tables()
    existing = {name: n for name, n in row_counts(dst).items() if n}
    if existing and not replace:
        raise InputError(
            f"the destination already holds data ({sum(existing.values())} rows); copy into a "
            "new database or pass --replace to overwrite it", file=dst.display_name)
    counts: dict[str, int] = {}
    with src.engine.connect() as reader, dst.engine.begin() as writer:
        if existing:
            for table in reversed(tables):
                writer.execute(table.delete())
        for table in tables:
            counts[table.name] = _copy_table(reader, writer, table)
            if progress is not None:
                progress(table.name, counts[table.name])
        if dst.url.get_backend_name() == "postgresql":
            _reset_sequences(writer, tables)
    return counts


def _self_references(table: Table) -> list[str]:
    """Columns referring to the same table: filled in a second pass so order never matters."""
    return [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]


def _copy_table(reader: Connection, writer: Connection, table: Table) -> int:
    deferred = _self_references(table)
    key = list(table.primary_key.columns)
    result = reader.execution_options(stream_results=True).execute(
        select(table).order_by(*key))
    count = 0
    later: list[dict[str, Any]] = []
    while batch := result.mappings().fetchmany(BATCH):
        rows = [dict(row) for row in batch]
        if deferred:
            for row in rows:
                values = {c: row[c] for c in deferred if row[c] is not None}
                if values:
                    later.append({**{f"k_{c.name}": row[c.name] for c in key}, **values})
                    for c in values:
                        row[c] = None
        writer.execute(table.insert(), rows)
        count += len(rows)
    for values in later:
        where = [c == values.pop(f"k_{c.name}") for c in key]
        writer.execute(update(table).where(*where).values(**values))
    return count


def _reset_sequences(writer: Connection, tables: list[Table]) -> None:
    """Ids were copied as they were: PostgreSQL's counters must continue after the highest."""
    for table in tables:
        key = list(table.primary_key.columns)
        if len(key) != 1 or not key[0].autoincrement or key[0].type.python_type is not int:
            continue
        sequence = writer.scalar(text("SELECT pg_get_serial_sequence(:t, :c)"),
                                 {"t": table.name, "c": key[0].name})
        if sequence:
            writer.execute(
                text(f'SELECT setval(:s, COALESCE((SELECT MAX("{key[0].name}") FROM '
                     f'"{table.name}"), 0) + 1, false)'), {"s": sequence})


def table_contents(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in key order: to compare two databases."""
    with db.engine.connect() as connection:
        return {t.name: [tuple(r) for r in connection.execute(
            select(t).order_by(*t.primary_key.columns)).all()] for t in _tables()}
