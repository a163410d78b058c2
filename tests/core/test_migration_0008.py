"""Migration 0008: sent_state becomes a sequence column and a table of removed invitees; the
outbox purpose and the sync log kind become enums. Real rows at 0007, odd ones included."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError

from organiser import migrations
from organiser.core.db import Base
from organiser.core.storage import current_revision, open_database
from organiser.migrations import HEAD_REVISION
from tests.core.legacy_0008 import check_upgraded, fill_0007, refused_values


@pytest.fixture
def old_path(tmp_path: Path) -> Path:
    path = tmp_path / "old.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        fill_0007(connection)
        # what only SQLite lets a JSON column hold: text that is not JSON, and JSON null
        connection.execute(text("INSERT INTO event (id, title, kind, start, \"end\", timezone, "
                                "venue, address, online_url, description, language, status, "
                                "uid, sequence, minutes_status, version, created_at, "
                                "updated_at, sent_state) SELECT id + 100, title, kind, start, "
                                "\"end\", timezone, venue, address, online_url, description, "
                                "language, status, uid || '-copy', sequence, minutes_status, "
                                "version, created_at, updated_at, "
                                "CASE id WHEN 1 THEN '{not json' ELSE 'null' END "
                                "FROM event WHERE id IN (1, 2)"))
    engine.dispose()
    return path


def test_upgrade_carries_every_row_over(old_path: Path) -> None:
    db = open_database(old_path)
    try:
        assert current_revision(db.engine) == HEAD_REVISION
        check_upgraded(db)
        from organiser.services import invitations

        assert invitations.removed_invitees(db, 101) == []
        assert invitations.removed_invitees(db, 102) == []
        with db.session() as session:
            assert session.execute(text("SELECT time_place_sequence FROM event WHERE id > 100")
                                   ).scalars().all() == [0, 0]
        with db.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
        for statement, values in refused_values():
            with pytest.raises(IntegrityError), db.transaction() as session:
                session.execute(text(statement), values)
    finally:
        db.close()


def test_upgraded_removed_invitees_still_get_their_cancellation(old_path: Path) -> None:
    """The use case that reads the converted rows: mail the cancellations still owed."""
    from organiser.exporters.email import mailbox
    from organiser.services import mail
    from tests.exporters.ics_support import set_coordinator

    set_coordinator()
    db = open_database(old_path)
    try:
        batch = mail.prepare_cancellations(db, 1, sender=mailbox("Coordinator",
                                                                 "coord@org.example"))
        assert sorted(m.recipient for m in batch.messages) == [
            "AMINA@Partner.example", "old@ngo.example"]
        mail.mark_sent(db, batch.messages)
        assert [r for r in mail.prepare_cancellations(db, 1).messages] == []
    finally:
        db.close()


def test_downgrade_gives_back_the_json(old_path: Path) -> None:
    db = open_database(old_path)
    db.close()
    engine = create_engine(f"sqlite:///{old_path}")
    try:
        with engine.begin() as connection:
            migrations.upgrade(connection, "0008")
            from alembic import command

            command.downgrade(migrations.alembic_config(connection), "0007")
        with engine.connect() as connection:
            rows: dict[int, str] = dict(connection.execute(text(
                "SELECT id, sent_state FROM event WHERE id IN (1, 2, 6)")).all())
    finally:
        engine.dispose()
    import json

    one = json.loads(rows[1])
    assert one["time_place_sequence"] == 3
    assert {r["email"]: r["sent"] for r in one["removed"]} == {
        "AMINA@Partner.example": True, "li.wei@ilcp.example": True, "ola@ngo.example": False,
        "old@ngo.example": True, "late@ngo.example": True}
    assert json.loads(rows[2]) == {"time_place_sequence": 0}
    assert json.loads(rows[6]) == {"time_place_sequence": 7}
