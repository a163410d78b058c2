"""Reading whole lists fast: plain rows from Core, and what is made from them kept for the next
read (issue 15: a full reload of any area at the large size in < 200 ms).

An area's full reload reads every row again (it must: anything may have changed), but most
rows come back exactly as they were. `Derived` remembers, for each raw row, what was made
from it (folded search keys, sort keys, the row object the table shows), so the next read
makes only the rows that changed; `ById` does the same for wide rows, looked up by id and
compared instead of hashed. What is made must depend on the raw row alone.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Hashable, Iterable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from sqlalchemy import Connection, Select

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


def plain(statement: Select[*tuple[Any, ...]]) -> Any:
    """The same SELECT, its values left as the database driver hands them (no result type
    processing: SQLite gives dates and times as text, PostgreSQL as objects; `date_of` and
    `instant` read both). Parameters are still processed by their columns' types."""
    from sqlalchemy import type_coerce  # here: the UI imports this module's caches early
    from sqlalchemy.types import NullType

    return statement.with_only_columns(
        *(type_coerce(column, NullType()) for column in statement.selected_columns),
        maintain_column_froms=True)


def plain_rows(connection: Connection,
               statement: Select[*tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """The rows of a `plain()` SELECT as tuples. Without parameters, straight from the
    driver's cursor: 20,000 rows without a Python call per row."""
    compiled = statement.compile(dialect=connection.dialect)
    if compiled.params:
        return [tuple(row) for row in connection.execute(statement)]
    cursor = connection.connection.cursor()
    try:
        cursor.execute(str(compiled))
        return [tuple(row) for row in cursor.fetchall()]
    finally:
        cursor.close()


def date_of(value: dt.date | str | None) -> dt.date | None:
    """A DATE column's value from either driver."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value[:10])


def instant(value: dt.datetime | str | None) -> dt.datetime | None:
    """A UTCDateTime column's value from either driver: always aware, in UTC."""
    if value is None:
        return None
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    if value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC)


class Derived(Generic[K, V]):
    """`make(key)` remembered across reads for the keys of the latest complete read.

    `all(keys)` after a complete read forgets the keys that are gone (memory stays the size
    of the data); `some(keys)` (a filtered read, one row) only uses and adds. Safe from
    several worker threads: at worst two of them make the same value.
    """

    def __init__(self, make: Callable[[K], V]) -> None:
        self._make = make
        self._seen: dict[K, V] = {}
        self._lock = threading.Lock()

    def all(self, keys: Iterable[K], make: Callable[[K], V] | None = None) -> list[V]:
        """The values of a complete read (`make` instead of the usual one: e.g. with a memo
        for this read's repeated names)."""
        seen, make = self._seen, make or self._make
        fresh: dict[K, V] = {}
        values = []
        for key in keys:
            value = seen.get(key)
            if value is None:
                value = make(key)
            fresh[key] = value
            values.append(value)
        with self._lock:
            self._seen = fresh
        return values

    def some(self, keys: Iterable[K], make: Callable[[K], V] | None = None) -> list[V]:
        seen, make = self._seen, make or self._make
        values = []
        for key in keys:
            value = seen.get(key)
            if value is None:
                value = make(key)
                with self._lock:
                    self._seen[key] = value
            values.append(value)
        return values

    def clear(self) -> None:
        with self._lock:
            self._seen = {}


class ById(Generic[V]):
    """What was made from each row, kept under the row's id (its first value) with the raw
    values it was made from; a complete read makes again only the rows whose values differ.

    Like `Derived`, but looked up by id and compared, not hashed: hashing 20,000 wide rows
    of fresh strings (twice: to find, then to keep) cost more than the read itself.
    """

    def __init__(self) -> None:
        self._seen: dict[Any, tuple[tuple[Any, ...], V]] = {}

    def all(self, raws: Iterable[tuple[Any, ...]],
            make: Callable[[tuple[Any, ...]], V]) -> list[V]:
        """The values of a complete read; those of rows gone are forgotten."""
        seen = self._seen
        fresh: dict[Any, tuple[tuple[Any, ...], V]] = {}
        values = []
        for raw in raws:
            key = raw[0]
            kept = seen.get(key)
            if kept is None or kept[0] != raw:
                kept = (raw, make(raw))
            fresh[key] = kept
            values.append(kept[1])
        self._seen = fresh  # one assignment: another thread reads the old or the new
        return values

    def clear(self) -> None:
        self._seen = {}
