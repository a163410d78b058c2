"""Migration 0009: agenda templates' items become rows; real JSON at 0008, odd entries too."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError

from organiser import migrations
from organiser.core.db import Base
from organiser.core.storage import open_database
from tests.core.legacy_0009 import PLANS, check_templates, fill_0008, refused_values


@pytest.fixture
def old_path(tmp_path: Path) -> Path:
    path = tmp_path / "old.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        fill_0008(connection)
        # text that is not JSON, as only SQLite lets the column hold
        connection.execute(text("INSERT INTO agenda_template (id, name, items) "
                                "VALUES (4, 'Broken', '[not json')"))
    engine.dispose()
    return path


def test_templates_come_through_as_rows(old_path: Path) -> None:
    db = open_database(old_path)
    try:
        with db.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
        from organiser.services import agenda

        assert agenda.list_templates(db)[0] == (4, "Broken", 0)
        with db.transaction() as session:
            session.execute(text("DELETE FROM agenda_template WHERE id = 4"))
        check_templates(db)
        for statement in refused_values():
            with pytest.raises(IntegrityError), db.transaction() as session:
                session.execute(text(statement))
        with db.transaction() as session:  # a template's items go with it
            session.execute(text("DELETE FROM agenda_template WHERE id = 1"))
            assert session.scalar(text("SELECT count(*) FROM agenda_template_item "
                                       "WHERE template_id = 1")) == 0
    finally:
        db.close()


def test_downgrade_gives_back_the_json(old_path: Path) -> None:
    open_database(old_path).close()
    engine = create_engine(f"sqlite:///{old_path}")
    try:
        with engine.begin() as connection:
            command.downgrade(migrations.alembic_config(connection), "0008")
        with engine.connect() as connection:
            rows: dict[int, str] = dict(connection.execute(text(
                "SELECT id, items FROM agenda_template")).all())
    finally:
        engine.dispose()
    first = json.loads(rows[1])
    assert [(e["title"], e["kind"], e["duration_minutes"], e["day"]) for e in first] == [
        ("Welcome", "session", 15, 1), ("Coffee", "break", 20, 1),
        ("Keynote", "session", 30, 1), ("Review", "review of actions", 45, 2)]
    assert json.loads(rows[2]) == [] and json.loads(rows[4]) == []
    assert len(PLANS) == 3
