"""Migration 0012: organisations get a unique name key; twins already stored are kept (the
oldest holds the key), never merged unseen."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from organiser import migrations
from organiser.core.db import Base
from organiser.core.storage import open_database
from tests.core.legacy_organisations import (
    BEFORE,
    KEYS,
    check_downgraded,
    check_upgraded,
    fill_before,
    stored,
)


def _old(path: Path) -> None:
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            fill_before(connection)
    finally:
        engine.dispose()


def test_twins_stay_and_the_oldest_holds_the_key(tmp_path: Path) -> None:
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


def test_the_frozen_rule_is_the_apps_today() -> None:
    import importlib

    from organiser.core.text import organisation_key

    frozen = importlib.import_module(
        "organiser.migrations.versions.0012_one_organisation_per_name")
    for name in ("Kamu İhale Kurumu", "The ACME Ltd.", "Łódź Sp. GmbH", "Østergård & Co",
                 "Шевченко і партнери", "—", "  The  Gmbh "):
        assert frozen.name_key(name) == organisation_key(name), name
    assert KEYS[1] == organisation_key("Kamu İhale Kurumu")


def test_downgrade_drops_the_key_and_keeps_every_organisation(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    _old(path)
    db = open_database(path)
    names = {i: name for i, (name, _key) in stored(db).items()}
    db.close()
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            command.downgrade(migrations.alembic_config(connection), BEFORE)
        with engine.connect() as connection:
            check_downgraded(connection)
    finally:
        engine.dispose()
    assert len(names) == 6
