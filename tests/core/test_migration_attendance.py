"""Migration 0011: check-ins get a version; stored ones start at 1, nothing else moves."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from organiser import migrations
from organiser.core.db import Base
from organiser.core.storage import open_database
from tests.core.legacy_attendance import BEFORE, check_downgraded, check_upgraded, fill_before


def _old(path: Path) -> None:
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            fill_before(connection)
    finally:
        engine.dispose()


def test_stored_check_ins_come_through_at_version_one(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    _old(path)
    db = open_database(path)
    try:
        with db.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
        check_upgraded(db)
    finally:
        db.close()


def test_downgrade_drops_the_version_and_keeps_the_check_ins(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    _old(path)
    open_database(path).close()
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            command.downgrade(migrations.alembic_config(connection), BEFORE)
        with engine.connect() as connection:
            check_downgraded(connection)
    finally:
        engine.dispose()
