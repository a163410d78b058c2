"""The events list: one query, readable with SQLAlchemy or, at start-up, with sqlite3 alone.

The main window shows the events before the ORM is loaded: for a SQLite file at the current
schema, `read_events_sqlite()` runs the same SQL through the standard library.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from organiser.core.enums import EventKind, EventStatus
from organiser.services.serialise import iso

if TYPE_CHECKING:
    from organiser.core.storage import Database

EVENTS_SQL = """
SELECT e.id, e.title, e.kind, e.status, e.start, e."end", e.timezone, e.venue,
       COALESCE(n.invited, 0) AS invited, e.version
FROM event AS e
LEFT OUTER JOIN (SELECT event_id, count(id) AS invited FROM invitation GROUP BY event_id) AS n
  ON n.event_id = e.id
ORDER BY e.start, e.id
"""

# one event's line (after an edit: the list changes one row, it is not read again)
EVENT_SQL = """
SELECT e.id, e.title, e.kind, e.status, e.start, e."end", e.timezone, e.venue,
       (SELECT count(id) FROM invitation WHERE event_id = e.id) AS invited, e.version
FROM event AS e WHERE e.id = :event_id
"""


@dataclass(frozen=True)
class EventRow:
    """One line of the events list."""

    id: int
    title: str
    kind: EventKind
    status: EventStatus
    start: dt.datetime
    end: dt.datetime
    timezone: str
    venue: str
    invited: int
    # what a change made from this line (cancelling) must still find stored
    version: int = 0

    # worked out once per row, by `list_events` in the reading thread: the first use of a zone
    # reads its file from the system's tz database, on the UI thread when a row was drawn
    @functools.cached_property
    def local_start(self) -> dt.datetime:
        return self.start.astimezone(ZoneInfo(self.timezone))

    @functools.cached_property
    def local_end(self) -> dt.datetime:
        return self.end.astimezone(ZoneInfo(self.timezone))

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "kind": self.kind.value,
            "status": self.status.value,
            "start": iso(self.start, self.timezone),
            "end": iso(self.end, self.timezone),
            "timezone": self.timezone,
            "venue": self.venue,
            "invited": self.invited,
        }


def _instant(value: dt.datetime | str) -> dt.datetime:
    """SQLite hands back text, PostgreSQL an aware datetime; both mean UTC."""
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    if value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC)


def event_row(values: tuple[Any, ...] | Any) -> EventRow:
    id_, title, kind, status, start, end, timezone, venue, invited, version = values
    return EventRow(int(id_), title, EventKind(kind), EventStatus(status), _instant(start),
                    _instant(end), timezone, venue, int(invited), int(version))


def list_events(db: Database) -> list[EventRow]:
    """Every event in date order with its number of invitations (one query, no ORM: the
    window lists the events before anything else needs the mapped classes)."""
    from sqlalchemy import text

    with db.engine.connect() as connection:
        return [_with_local_times(event_row(row))
                for row in connection.execute(text(EVENTS_SQL))]


def event_list_row(db: Database, event_id: int) -> EventRow | None:
    """One event's line of the list (None when it no longer exists)."""
    from sqlalchemy import text

    with db.engine.connect() as connection:
        found = connection.execute(text(EVENT_SQL), {"event_id": event_id}).first()
    return _with_local_times(event_row(found)) if found is not None else None


def _with_local_times(row: EventRow) -> EventRow:
    """The row with its local start and end worked out here (see EventRow.local_start)."""
    _ = row.local_start, row.local_end
    return row


def read_events_sqlite(path: Path, revision: str) -> list[EventRow] | None:
    """The events of a SQLite file at schema `revision`, read-only; None when that is not so.

    Read-only as `core.dbfiles` reads: SQLite's read-only mode still needs a -shm file beside
    a WAL database, which a folder this user cannot write cannot hold; a file closed cleanly
    (no -wal with pages in it) is then read as it is (immutable), which needs none.
    """
    import sqlite3

    from organiser.core import dbfiles

    if not path.is_file():
        return None
    for immutable in (False, True):
        try:
            connection = (sqlite3.connect(dbfiles.read_only_uri(path, immutable=True), uri=True)
                          if immutable else dbfiles.connect_read_only(path))
        except sqlite3.Error:
            return None
        try:
            found = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            if not found or found[0] != revision:
                return None
            return [event_row(row) for row in connection.execute(EVENTS_SQL)]
        except sqlite3.OperationalError:
            # no -shm and none can be made; without pages in a -wal, the file is all there is
            wal = path.with_name(path.name + "-wal")
            if immutable or (wal.exists() and wal.stat().st_size > 0):
                return None
        except (sqlite3.Error, ValueError):
            return None
        finally:
            connection.close()
    return None
