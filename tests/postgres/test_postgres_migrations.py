"""Migrations 0008 to 0013 on PostgreSQL: the rows of older databases, odd ones included,
come through as on SQLite (the same checks), and the downgrades give the JSON, the old keys and
the old columns back."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError

from organiser import migrations
from organiser.core.storage import open_database
from tests.core.legacy_0008 import check_upgraded, fill_0007, refused_values

pytestmark = pytest.mark.timeout(300)


def test_0008_upgrade_and_downgrade_on_postgresql(pg_url: str) -> None:
    engine = create_engine(pg_url)
    try:
        with engine.begin() as connection:
            fill_0007(connection)
        db = open_database(pg_url)
        try:
            check_upgraded(db)
            for statement, values in refused_values():
                with pytest.raises(IntegrityError), db.transaction() as session:
                    session.execute(text(statement), values)
        finally:
            db.close()
        with engine.begin() as connection:
            command.downgrade(migrations.alembic_config(connection), "0007")
        with engine.connect() as connection:
            state = connection.execute(text("SELECT sent_state FROM event WHERE id = 1")
                                       ).scalar_one()
        assert state["time_place_sequence"] == 3
        assert sorted(r["email"] for r in state["removed"]) == [
            "AMINA@Partner.example", "late@ngo.example", "li.wei@ilcp.example",
            "ola@ngo.example", "old@ngo.example"]
    finally:
        engine.dispose()


def test_0009_agenda_templates_on_postgresql(pg_url: str) -> None:
    from tests.core.legacy_0009 import check_templates, fill_0008
    from tests.core.legacy_0009 import refused_values as refused_template_values

    engine = create_engine(pg_url)
    try:
        with engine.begin() as connection:
            fill_0008(connection)
        db = open_database(pg_url)
        try:
            check_templates(db)
            for statement in refused_template_values():
                with pytest.raises(IntegrityError), db.transaction() as session:
                    session.execute(text(statement))
        finally:
            db.close()
        with engine.begin() as connection:
            command.downgrade(migrations.alembic_config(connection), "0008")
        with engine.connect() as connection:
            items = connection.execute(text("SELECT items FROM agenda_template WHERE id = 1")
                                       ).scalar_one()
        assert [e["kind"] for e in items] == ["session", "break", "session", "review of actions"]
    finally:
        engine.dispose()


def test_one_key_per_mailbox_on_postgresql(pg_url: str, tmp_path: Path) -> None:
    from tests.core.legacy_mailbox_keys import BEFORE, check_downgraded, check_upgraded, fill_before
    from tests.core.legacy_mailbox_keys import refused_values as refused_key_values

    engine = create_engine(pg_url)
    try:
        with engine.begin() as connection:
            fill_before(connection)
        db = open_database(pg_url)
        try:
            check_upgraded(db, tmp_path)
            for statement in refused_key_values():
                with pytest.raises(IntegrityError), db.transaction() as session:
                    session.execute(text(statement))
        finally:
            db.close()
        with engine.begin() as connection:
            command.downgrade(migrations.alembic_config(connection), BEFORE)
        with engine.connect() as connection:
            check_downgraded(connection)
    finally:
        engine.dispose()


def test_attendance_versions_on_postgresql(pg_url: str) -> None:
    from tests.core.legacy_attendance import BEFORE, check_downgraded, check_upgraded, fill_before

    engine = create_engine(pg_url)
    try:
        with engine.begin() as connection:
            fill_before(connection)
        db = open_database(pg_url)
        try:
            check_upgraded(db)
        finally:
            db.close()
        with engine.begin() as connection:
            command.downgrade(migrations.alembic_config(connection), BEFORE)
        with engine.connect() as connection:
            check_downgraded(connection)
    finally:
        engine.dispose()


def test_organisation_keys_on_postgresql(pg_url: str) -> None:
    from tests.core.legacy_organisations import (
        BEFORE,
        check_downgraded,
        check_upgraded,
        fill_before,
    )

    engine = create_engine(pg_url)
    try:
        with engine.begin() as connection:
            fill_before(connection)
        db = open_database(pg_url)
        try:
            check_upgraded(db)
        finally:
            db.close()
        with engine.begin() as connection:
            command.downgrade(migrations.alembic_config(connection), BEFORE)
        with engine.connect() as connection:
            check_downgraded(connection)
    finally:
        engine.dispose()


def test_idna_2008_mailbox_keys_on_postgresql(pg_url: str) -> None:
    from tests.core.test_migration_idna2008_keys import (
        BEFORE,
        check_downgraded,
        check_upgraded,
        fill_before,
    )

    engine = create_engine(pg_url)
    try:
        with engine.begin() as connection:
            fill_before(connection)
        check_upgraded(open_database(pg_url))
        with engine.begin() as connection:
            command.downgrade(migrations.alembic_config(connection), BEFORE)
        with engine.connect() as connection:
            check_downgraded(connection)
    finally:
        engine.dispose()
