"""A database at revision 0007 holding what migration 0008 converts, odd values included, and
what the app must find once it is upgraded (used on SQLite and on PostgreSQL)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from organiser import migrations

NOW = "2026-11-01 09:00:00"
EVENT = sa.table(
    "event", *(sa.column(name) for name in (
        "id", "title", "kind", "start", "end", "timezone", "venue", "address", "online_url",
        "description", "language", "status", "uid", "sequence", "minutes_status", "version",
        "created_at", "updated_at")),
    sa.column("sent_state", sa.JSON()))
OUTBOX = sa.table("outbox_message", *(sa.column(name) for name in (
    "id", "event_id", "purpose", "recipient", "subject", "status", "attempts", "last_error",
    "created_at")), sa.column("message", sa.LargeBinary()))
SYNC_LOG = sa.table("sync_log", *(sa.column(name) for name in (
    "id", "kind", "at", "reached", "ok", "summary")))

# event id -> what 0007 kept in sent_state
SENT_STATES: dict[int, Any] = {
    1: {"time_place_sequence": 3, "removed": [
        {"email": "amina@partner.example", "name": "Amina Diallo", "sent": True},
        {"email": "li.wei@ilcp.example", "name": "李伟", "sent": True,
         "cancelled_at": "2026-11-02T10:00:00+00:00"},
        {"email": "ola@ngo.example", "name": "Ola Nordmann", "sent": False},
        "not an entry",
        {"name": "an entry without an address"},
        # written before "sent" existed: taken as sent (a CANCEL too many beats a ghost
        # meeting in someone's calendar)
        {"email": "old@ngo.example", "name": "Olu Adeyemi"},
        # the same person removed again later, another case: the later entry is the one read
        {"email": " AMINA@Partner.example ", "name": "Amina Diallo-Sow", "sent": True},
        {"email": "late@ngo.example", "name": "Late", "cancelled_at": "yesterday-ish"},
    ]},
    2: None,
    3: {"time_place_sequence": "2", "removed": "nobody"},
    4: {"time_place_sequence": -1},
    5: ["a list, not an object"],
    6: {"time_place_sequence": 7},
}
# outbox id -> (stored purpose, purpose after 0008)
PURPOSES = {1: ("invitation", "invitation"), 2: ("Cancellation ", "cancellation"),
            3: ("decline-counter", "declinecounter"), 4: ("newsletter", "other"),
            5: ("minutes", "minutes"), 6: ("REMINDER", "reminder"), 7: ("update", "update")}
# sync log id -> (stored kind, kind after 0008; None: the line is gone)
KINDS = {1: ("fetch", "fetch"), 2: ("Publish", "publish"), 3: ("backup", None),
         4: ("remind", "remind")}


def fill_0007(connection: Connection) -> None:
    """Migrate an empty database to 0007 and store the rows above."""
    migrations.upgrade(connection, "0007")
    connection.execute(EVENT.insert(), [
        {"id": event_id, "title": f"Event {event_id}", "kind": "workshop",
         "start": "2026-12-08 09:00:00", "end": "2026-12-08 17:00:00",
         "timezone": "Europe/Paris", "venue": "", "address": "", "online_url": "",
         "description": "", "language": "en", "status": "planned",
         "uid": f"legacy-{event_id}@organiser", "sequence": 8, "minutes_status": "draft",
         "version": 1, "created_at": NOW, "updated_at": NOW, "sent_state": state}
        for event_id, state in SENT_STATES.items()])
    # rows that refer to event 1: rebuilding the event table must leave them be
    connection.execute(sa.text(
        "INSERT INTO person (id, given_name, family_name, display_name, latin_name, job_title, "
        "country, timezone, language, phone, notes, version, created_at, updated_at) VALUES "
        "(1, 'Amina', 'Diallo', '', '', '', '', '', '', '', '', 1, :now, :now)"), {"now": NOW})
    connection.execute(sa.text(
        "INSERT INTO invitation (id, event_id, person_id, role, reply, reply_comment, email, "
        "version) VALUES (1, 1, 1, 'participant', 'accepted', '', 'amina@ilcp.example', 1)"))
    connection.execute(OUTBOX.insert(), [
        {"id": outbox_id, "event_id": 1, "purpose": stored, "recipient": "a@b.example",
         "subject": f"Message {outbox_id}", "message": b"Subject: x\r\n\r\nbody",
         "status": "queued", "attempts": 0, "last_error": "", "created_at": NOW}
        for outbox_id, (stored, _after) in PURPOSES.items()])
    connection.execute(SYNC_LOG.insert(), [
        {"id": log_id, "kind": stored, "at": NOW, "reached": True, "ok": True,
         "summary": f"run {log_id}"} for log_id, (stored, _after) in KINDS.items()])


def check_upgraded(db: Any) -> None:
    """What the app reads from the upgraded database, through its own services."""
    from organiser.core.models import Event, OutboxMessage, SyncLogEntry
    from organiser.services import invitations, outbox, sync

    assert {(r.email, r.name, r.needs_cancel) for r in invitations.removed_invitees(db, 1)} == {
        ("AMINA@Partner.example", "Amina Diallo-Sow", True),
        ("li.wei@ilcp.example", "李伟", False),
        ("ola@ngo.example", "Ola Nordmann", False),
        ("old@ngo.example", "Olu Adeyemi", True),
        ("late@ngo.example", "Late", False)}
    for event_id in (2, 3, 4, 5, 6):
        assert invitations.removed_invitees(db, event_id) == []
    with db.session() as session:
        assert session.execute(sa.text("SELECT id, event_id FROM invitation")).all() == [(1, 1)]
        assert set(session.scalars(sa.text("SELECT event_id FROM outbox_message"))) == {1}
        sequences = dict(session.execute(sa.select(Event.id, Event.time_place_sequence)
                                         .where(Event.id.in_(SENT_STATES))).all())
        assert sequences == {1: 3, 2: 0, 3: 0, 4: 0, 5: 0, 6: 7}
        purposes = dict(session.execute(sa.select(OutboxMessage.id,
                                                  OutboxMessage.purpose)).all())
        assert purposes == {key: after for key, (_stored, after) in PURPOSES.items()}
        kinds = dict(session.execute(sa.select(SyncLogEntry.id, SyncLogEntry.kind)).all())
        assert kinds == {key: after for key, (_s, after) in KINDS.items() if after}
        cancelled = session.scalar(sa.text(
            "SELECT cancelled_at FROM removed_invitee WHERE email_key = 'li.wei@ilcp.example'"))
    moment = cancelled if isinstance(cancelled, dt.datetime) else \
        dt.datetime.fromisoformat(str(cancelled))
    assert moment.replace(tzinfo=None) == dt.datetime(2026, 11, 2, 10, 0)
    assert {row.purpose for row in outbox.list_outbox(db)} == {
        after for _stored, after in PURPOSES.values()}
    assert [line.kind for line in sync.sync_log(db)] == ["remind", "publish", "fetch"]


def refused_values() -> list[tuple[str, dict[str, Any]]]:
    """Statements the new constraints refuse."""
    return [
        ("UPDATE outbox_message SET purpose = :v WHERE id = 1", {"v": "newsletter"}),
        ("UPDATE sync_log SET kind = :v WHERE id = 1", {"v": "backup"}),
        ("UPDATE event SET time_place_sequence = :v WHERE id = 1", {"v": -1}),
        ("INSERT INTO removed_invitee (event_id, email, email_key, name, sent) "
         "VALUES (1, 'x@y.example', 'amina@partner.example', '', true)", {}),
    ]
