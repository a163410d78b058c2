"""The sync log: one line per fetch, publish, send or reminder run, and the state they add up to.

Every run that talks to a server (IMAP, CalDAV, SMTP) records whether it reached it and what it
did, in the database (so the state travels with the data) and in the app's log (the `organiser`
logger, which the app and the command line send to organiser.log: `core.logs.setup_logging`). The
status bar reads `sync_status`: online or offline (as the last attempt found it), when replies
were last fetched and the calendar last published, how many messages wait in the outbox.
"""

from __future__ import annotations

import datetime as dt
import logging

from sqlalchemy import select

from organiser.core.enums import SyncKind
from organiser.core.models import SyncLogEntry, utcnow
from organiser.core.storage import Database
from organiser.services.sync_state import LogLine, SyncStatus, sync_status

log = logging.getLogger("organiser.sync")


def record(db: Database, kind: str | SyncKind, summary: str, *, reached: bool = True,
           ok: bool = True, at: dt.datetime | None = None) -> None:
    """Keep one line of what a run did (its own transaction: the run's work is already in)."""
    kind = SyncKind(kind)  # ValueError for any other
    moment = at or utcnow()
    with db.transaction() as session:
        session.add(SyncLogEntry(kind=kind, at=moment, reached=reached, ok=ok,
                                 summary=summary[:2000]))
    level = logging.INFO if ok else logging.WARNING
    log.log(level, "%s: %s%s", kind, summary, "" if reached else " (server not reached)")


def sync_log(db: Database, limit: int = 50) -> list[LogLine]:
    with db.session() as session:
        rows = session.scalars(select(SyncLogEntry).order_by(SyncLogEntry.at.desc(),
                                                             SyncLogEntry.id.desc())
                               .limit(limit)).all()
        return [LogLine(r.kind.value, r.at, r.reached, r.ok, r.summary) for r in rows]


__all__ = ["LogLine", "SyncStatus", "record", "sync_log", "sync_status"]
