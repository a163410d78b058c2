"""The sync log: one line per fetch, publish, send or reminder run, and the state they add up to.

Every run that talks to a server (IMAP, CalDAV, SMTP) records whether it reached it and what it
did, in the database (so the state travels with the data) and in the app's log file. The
status bar reads `sync_status`: online or offline (as the last attempt found it), when replies
were last fetched and the calendar last published, how many messages wait in the outbox.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from organiser.core.enums import OutboxStatus, SyncKind
from organiser.core.models import OutboxMessage, SyncLogEntry, utcnow
from organiser.core.storage import Database
from organiser.services.serialise import iso

KINDS = tuple(kind.value for kind in SyncKind)
log = logging.getLogger("organiser.sync")


def record(db: Database, kind: str | SyncKind, summary: str, *, reached: bool = True,
           ok: bool = True, at: dt.datetime | None = None) -> None:
    """Keep one line of what a run did (its own transaction: the run's work is already in)."""
    if kind not in KINDS:
        raise ValueError(f"unknown sync kind {kind!r}")
    kind = SyncKind(kind)
    moment = at or utcnow()
    with db.transaction() as session:
        session.add(SyncLogEntry(kind=kind, at=moment, reached=reached, ok=ok,
                                 summary=summary[:2000]))
    from organiser.core.logs import setup_logging

    setup_logging()  # from the command line too: each run leaves its line in organiser.log
    level = logging.INFO if ok else logging.WARNING
    log.log(level, "%s: %s%s", kind, summary, "" if reached else " (server not reached)")


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


def _line(entry: SyncLogEntry | None) -> LogLine | None:
    if entry is None:
        return None
    return LogLine(entry.kind.value, entry.at, entry.reached, entry.ok, entry.summary)


def sync_status(db: Database) -> SyncStatus:
    """A handful of indexed look-ups: cheap enough for a status bar refresh."""
    with db.session() as session:
        def latest(kind: SyncKind) -> SyncLogEntry | None:
            return session.scalars(select(SyncLogEntry).where(SyncLogEntry.kind == kind)
                                   .order_by(SyncLogEntry.at.desc(), SyncLogEntry.id.desc())
                                   .limit(1)).first()

        fetch, publish, send = (latest(SyncKind.FETCH), latest(SyncKind.PUBLISH),
                                latest(SyncKind.SEND))
        tried = [e for e in (fetch, publish, send) if e is not None]
        newest = max(tried, key=lambda e: (e.at, e.id)) if tried else None
        waiting = session.scalar(select(func.count()).select_from(OutboxMessage)
                                 .where(OutboxMessage.status == OutboxStatus.QUEUED)) or 0
    return SyncStatus(online=newest.reached if newest else None, last_fetch=_line(fetch),
                      last_publish=_line(publish), last_send=_line(send), waiting=int(waiting))


def sync_log(db: Database, limit: int = 50) -> list[LogLine]:
    with db.session() as session:
        rows = session.scalars(select(SyncLogEntry).order_by(SyncLogEntry.at.desc(),
                                                             SyncLogEntry.id.desc())
                               .limit(limit)).all()
        return [LogLine(r.kind.value, r.at, r.reached, r.ok, r.summary) for r in rows]


__all__ = ["KINDS", "LogLine", "SyncStatus", "record", "sync_log", "sync_status"]
