"""The sync state the status bar shows, read with SQLAlchemy Core alone.

The window asks for it as soon as the database is open: importing the mapped classes
(`organiser.core.models`) and configuring them costs most of a second, which the first screen
does not need, so these look-ups name the two tables and their columns directly.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Boolean, Integer, String, column, func, select, table

from organiser.core.db import UTCDateTime
from organiser.core.enums import OutboxStatus, SyncKind
from organiser.services.serialise import iso

if TYPE_CHECKING:
    from organiser.core.storage import Database

# the columns read here (organiser.core.models.SyncLogEntry and OutboxMessage)
_SYNC_LOG = table("sync_log", column("id", Integer), column("kind", String),
                  column("at", UTCDateTime), column("reached", Boolean), column("ok", Boolean),
                  column("summary", String))
_OUTBOX = table("outbox_message", column("id", Integer), column("status", String))


@dataclass(frozen=True)
class LogLine:
    kind: str
    at: dt.datetime
    reached: bool
    ok: bool
    summary: str

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "at": iso(self.at), "reached": self.reached, "ok": self.ok,
                "summary": self.summary}


@dataclass(frozen=True)
class SyncStatus:
    """What the status bar shows."""

    online: bool | None  # None: nothing tried yet
    last_fetch: LogLine | None
    last_publish: LogLine | None
    last_send: LogLine | None
    waiting: int  # messages queued in the outbox

    def as_json(self) -> dict[str, Any]:
        def line(value: LogLine | None) -> dict[str, Any] | None:
            return value.as_json() if value else None

        return {"online": self.online, "last_fetch": line(self.last_fetch),
                "last_publish": line(self.last_publish), "last_send": line(self.last_send),
                "waiting": self.waiting}


def sync_status(db: Database) -> SyncStatus:
    """A handful of indexed look-ups: cheap enough for a status bar refresh."""
    log = _SYNC_LOG.c
    with db.engine.connect() as connection:
        def latest(kind: SyncKind) -> tuple[int, LogLine] | None:
            found = connection.execute(
                select(log.id, log.kind, log.at, log.reached, log.ok, log.summary)
                .where(log.kind == kind.value).order_by(log.at.desc(), log.id.desc())
                .limit(1)).first()
            if found is None:
                return None
            return int(found.id), LogLine(found.kind, found.at, bool(found.reached),
                                          bool(found.ok), found.summary or "")

        fetch, publish, send = (latest(SyncKind.FETCH), latest(SyncKind.PUBLISH),
                                latest(SyncKind.SEND))
        waiting = connection.execute(
            select(func.count()).select_from(_OUTBOX)
            .where(_OUTBOX.c.status == OutboxStatus.QUEUED.value)).scalar() or 0
    tried = [e for e in (fetch, publish, send) if e is not None]
    newest = max(tried, key=lambda e: (e[1].at, e[0]))[1] if tried else None
    return SyncStatus(online=newest.reached if newest else None,
                      last_fetch=fetch[1] if fetch else None,
                      last_publish=publish[1] if publish else None,
                      last_send=send[1] if send else None, waiting=int(waiting))
