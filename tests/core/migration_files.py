"""What the migration tests do to an old database file: write it at an earlier revision,
check that the upgraded schema is the models', and downgrade it again."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from organiser import migrations
from organiser.core.db import Base
from organiser.core.storage import Database


def old_file(path: Path, fill: Callable[[sa.Connection], None]) -> Path:
    """A SQLite file at the revision `fill` migrates to, holding what it stores."""
    engine = sa.create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            fill(connection)
    finally:
        engine.dispose()
    return path


def assert_schema_is_the_models(db: Database) -> None:
    """The upgraded database has exactly the tables, columns and indexes the models declare."""
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


@contextmanager
def downgraded(path: Path, revision: str) -> Iterator[sa.Connection]:
    """The file taken back to `revision`, then a connection to read what it holds."""
    engine = sa.create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            command.downgrade(migrations.alembic_config(connection), revision)
        with engine.connect() as connection:
            yield connection
    finally:
        engine.dispose()
