"""A database from before organisations had a unique name key (the migration after BEFORE):
twins of one name made by the app and an import, and what the app must find once upgraded
(used on SQLite and on PostgreSQL)."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from organiser import migrations

BEFORE = "0011"  # the revision the organisation key migration upgrades from
NOW = "2026-11-01 09:00:00"
# (id, name, acronym): 2 is 1 typed by an import, 4 is 3 without "The" and "Ltd"
ORGANISATIONS = [
    (1, "Kamu İhale Kurumu", "KİK"),
    (2, "KAMU IHALE KURUMU", ""),
    (3, "The Acme Ltd.", ""),
    (4, "Acme", "ACME"),
    (5, "—", ""),
    (6, "Procurement Watch Network", "PWN"),
]
# (person id, given, family, organisation)
PEOPLE = [(1, "Ayşe", "Kaya", 1), (2, "Mehmet", "Demir", 2), (3, "Jane", "Roe", 4)]
KEYS = {1: "kamu ihale kurumu", 2: None, 3: "acme", 4: None, 5: None,
        6: "procurement watch network"}


def fill_before(connection: Connection) -> None:
    """Migrate an empty database to BEFORE and store the rows above."""
    migrations.upgrade(connection, BEFORE)
    connection.execute(sa.text(
        "INSERT INTO organisation (id, name, acronym, kind, country, notes, version, "
        "created_at, updated_at) VALUES (:id, :name, :acronym, 'other', '', '', 1, :now, :now)"),
        [{"id": i, "name": n, "acronym": a, "now": NOW} for i, n, a in ORGANISATIONS])
    connection.execute(sa.text(
        "INSERT INTO person (id, given_name, family_name, display_name, latin_name, job_title, "
        "country, timezone, language, phone, notes, version, created_at, updated_at, "
        "organisation_id) VALUES (:id, :given, :family, '', '', '', '', '', '', '', '', 1, "
        ":now, :now, :org)"),
        [{"id": i, "given": g, "family": f, "org": o, "now": NOW} for i, g, f, o in PEOPLE])


def stored(db: Any) -> dict[int, tuple[str, str | None]]:
    with db.engine.connect() as connection:
        return {row[0]: (row[1], row[2]) for row in connection.execute(sa.text(
            "SELECT id, name, name_key FROM organisation ORDER BY id"))}


def check_upgraded(db: Any) -> None:
    """The oldest of each name holds its key; twins stay with their people, keyless; saving
    a twin unchanged goes through, another organisation of a held name is refused, and
    merging a twin gives the kept one the key."""
    from organiser.core.errors import InputError
    from organiser.services.organisations import (
        OrganisationData,
        get_organisation,
        list_organisation_rows,
        merge_organisations,
        save_organisation,
    )

    assert {i: key for i, (_name, key) in stored(db).items()} == KEYS
    assert {r.name: r.people for r in list_organisation_rows(db)}["KAMU IHALE KURUMU"] == 1
    twin = get_organisation(db, 2)
    twin.country = "Türkiye"
    save_organisation(db, twin)  # a twin is still edited as it is, until merged
    assert stored(db)[2] == ("KAMU IHALE KURUMU", None)
    with pytest.raises(InputError, match="“Kamu İhale Kurumu” is already in the organisations"):
        save_organisation(db, OrganisationData(name="kamu ihale kurumu"))
    assert merge_organisations(db, 3, 4) == 1  # Jane Roe moves to the one kept
    assert 4 not in stored(db) and stored(db)[3] == ("The Acme Ltd.", "acme")
    assert get_organisation(db, 3).acronym == "ACME"
    # keeping the twin: once the other is gone it takes the key
    assert merge_organisations(db, 2, 1) == 1
    assert stored(db)[2] == ("KAMU IHALE KURUMU", "kamu ihale kurumu")
    assert get_organisation(db, 2).country == "Türkiye"


def check_downgraded(connection: Connection) -> None:
    columns = {c["name"] for c in sa.inspect(connection).get_columns("organisation")}
    assert "name_key" not in columns
