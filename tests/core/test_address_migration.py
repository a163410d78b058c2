"""Migration 0005: one person per address, without losing an address two people shared."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError

from organiser import migrations
from organiser.core.storage import open_database
from organiser.services.duplicates import find_duplicates, merge_people


def test_shared_addresses_survive_the_upgrade_and_show_as_duplicates(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        migrations.upgrade(connection, "0004")
        connection.execute(text(
            "INSERT INTO person (id, given_name, family_name, display_name, latin_name, "
            "job_title, country, timezone, language, phone, notes, version, created_at, "
            "updated_at) VALUES "
            "(1, 'Amina', 'Diallo', '', '', '', '', '', '', '', '', 1, '2026-01-01', "
            "'2026-01-01'), (2, 'A.', 'Diallo', '', '', '', '', '', '', '', '', 1, "
            "'2026-01-01', '2026-01-01')"))
        connection.execute(text(
            "INSERT INTO person_email (person_id, address, address_key, position) VALUES "
            "(1, 'amina@partner.example', 'amina@partner.example', 0), "
            "(2, 'Amina@Partner.example', 'amina@partner.example', 0)"))
    engine.dispose()
    db = open_database(path)
    try:
        with db.session() as session:
            rows = session.execute(text(
                "SELECT person_id, address, address_key FROM person_email ORDER BY person_id"
            )).all()
        assert [r[1] for r in rows] == ["amina@partner.example", "Amina@Partner.example"]
        assert rows[0][2] == "amina@partner.example" and rows[1][2] != rows[0][2]
        [pair] = find_duplicates(db)
        assert (pair.keep_id, pair.other_id) == (1, 2)
        assert pair.reason.startswith("same address")
        with pytest.raises(IntegrityError), db.transaction() as session:
            session.execute(text(
                "INSERT INTO person_email (person_id, address, address_key, position) "
                "VALUES (2, 'x', 'amina@partner.example', 1)"))
        merge_people(db, 1, 2)
        with db.session() as session:
            assert session.execute(text("SELECT person_id, address_key FROM person_email")
                                   ).all() == [(1, "amina@partner.example")]
    finally:
        db.close()
