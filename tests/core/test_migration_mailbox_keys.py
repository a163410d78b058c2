"""One key per mailbox (migration after legacy_mailbox_keys.BEFORE): the stored matching keys
of addresses with an international domain become its ASCII form, on an old database file."""

from __future__ import annotations

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
from tests.core.legacy_mailbox_keys import (
    BEFORE,
    check_downgraded,
    check_upgraded,
    fill_before,
    refused_values,
)


@pytest.fixture
def old_path(tmp_path: Path) -> Path:
    path = tmp_path / "old.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        fill_before(connection)
    engine.dispose()
    return path


def test_both_spellings_of_a_mailbox_become_one_key(old_path: Path, tmp_path: Path) -> None:
    db = open_database(old_path)
    try:
        with db.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
        check_upgraded(db, tmp_path)
        for statement in refused_values():
            with pytest.raises(IntegrityError), db.transaction() as session:
                session.execute(text(statement))
    finally:
        db.close()


def test_downgrade_gives_back_the_case_folded_keys(old_path: Path) -> None:
    open_database(old_path).close()
    engine = create_engine(f"sqlite:///{old_path}")
    try:
        with engine.begin() as connection:
            command.downgrade(migrations.alembic_config(connection), BEFORE)
        with engine.connect() as connection:
            check_downgraded(connection)
    finally:
        engine.dispose()
