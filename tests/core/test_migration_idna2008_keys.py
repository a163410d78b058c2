"""Mailbox keys in IDNA 2008 (migration 0013): keys stored in the IDNA 2003 form (ß as ss, a
final ς as σ) of an old database file become the form core.addresses uses now, so that
`anna@straße.de` is matched as itself and never as `anna@strasse.de`, someone else."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from organiser import migrations
from organiser.core.addresses import address_key
from organiser.core.storage import open_database
from tests.core.migration_files import downgraded, old_file

BEFORE = "0012"
NOW = "2026-11-01 09:00:00"
PEOPLE = {1: "Weiß", 2: "Strasse", 3: "Papadopoulou", 4: "Ola", 5: "Berg"}
# (id, person, address, key as 0010-0012 stored it, position)
EMAILS = [
    (1, 1, "anna@straße.de", "anna@strasse.de", 0),
    # another mailbox, made distinct only because IDNA 2003 gave both one key
    (2, 2, "anna@strasse.de", "anna@strasse.de#2", 0),
    (3, 3, "eleni@ελληνικός.gr", "eleni@xn--qxaegecap4c9d.gr", 0),
    (4, 4, "ola@ngo.example", "ola@ngo.example", 0),
    # a colleague keyed under the new form already (typed as punycode): holds the key
    (5, 5, "jo@xn--strae-oqa.de", "jo@xn--strae-oqa.de", 0),
    (6, 1, "jo@straße.de", "jo@strasse.de", 1),
    # the same person under both spellings: the Unicode one goes (one mailbox; the other
    # spelling already held the key)
    (7, 3, "eleni@xn--qxaegecap6byf.gr", "eleni@xn--qxaegecap6byf.gr", 1),
]
REMOVED = [(1, "anna@straße.de", "anna@strasse.de"), (2, "ola@ngo.example", "ola@ngo.example")]


@pytest.fixture
def old_path(tmp_path: Path) -> Path:
    return old_file(tmp_path / "old.sqlite", fill_before)


def fill_before(connection: sa.Connection) -> None:
    """Migrate an empty database to BEFORE and store the rows above (SQLite, PostgreSQL)."""
    migrations.upgrade(connection, BEFORE)
    connection.execute(sa.text(
        "INSERT INTO event (id, title, kind, start, \"end\", timezone, venue, address, "
        "online_url, description, language, status, uid, sequence, minutes_status, "
        "version, created_at, updated_at, time_place_sequence) VALUES (1, 'Workshop', "
        "'workshop', '2026-12-08 09:00:00', '2026-12-08 17:00:00', 'Europe/Berlin', '', "
        "'', '', '', 'de', 'planned', 'legacy-1@organiser', 2, 'draft', 1, :now, :now, 0)"),
        {"now": NOW})
    connection.execute(sa.text(
        "INSERT INTO person (id, given_name, family_name, display_name, latin_name, "
        "job_title, country, timezone, language, phone, notes, version, created_at, "
        "updated_at) VALUES (:id, 'A', :family, '', '', '', '', '', '', '', '', 1, :now, "
        ":now)"), [{"id": pid, "family": family, "now": NOW}
                   for pid, family in PEOPLE.items()])
    connection.execute(sa.text(
        "INSERT INTO person_email (id, person_id, address, address_key, position) "
        "VALUES (:id, :person, :address, :key, :position)"),
        [{"id": i, "person": p, "address": a, "key": k, "position": n}
         for i, p, a, k, n in EMAILS])
    connection.execute(sa.text(
        "INSERT INTO removed_invitee (id, event_id, email, email_key, name, sent) "
        "VALUES (:id, 1, :email, :key, '', true)"),
        [{"id": i, "email": a, "key": k} for i, a, k in REMOVED])


def test_keys_of_international_domains_become_their_idna_2008_form(old_path: Path) -> None:
    check_upgraded(open_database(old_path))


def check_upgraded(db: Any) -> None:
    try:
        with db.session() as session:
            keys: dict[int, str] = dict(session.execute(sa.text(
                "SELECT id, address_key FROM person_email")).all())
            removed: dict[int, str] = dict(session.execute(sa.text(
                "SELECT id, email_key FROM removed_invitee")).all())
    finally:
        db.close()
    assert keys == {1: "anna@xn--strae-oqa.de", 2: "anna@strasse.de",
                    4: "ola@ngo.example", 5: "jo@xn--strae-oqa.de",
                    6: "jo@xn--strae-oqa.de#1", 7: "eleni@xn--qxaegecap6byf.gr"}
    assert keys[1] == address_key("anna@straße.de")  # the key the app computes today
    assert removed == {1: "anna@xn--strae-oqa.de", 2: "ola@ngo.example"}


def test_a_stored_sharp_s_address_is_found_by_its_own_domain_only(
        old_path: Path, tmp_path: Path) -> None:
    from organiser.services.contacts_import import plan_import, read_contact_file

    db = open_database(old_path)
    try:
        path = tmp_path / "again.csv"
        path.write_text("First Name,Last Name,E-mail Address\n"
                        "Anna,Weiß,ANNA@xn--strae-oqa.de\n"
                        "Anna,Strasse,anna@strasse.de\n", encoding="utf-8")
        plan = plan_import(db, read_contact_file(path), "again.csv")
        assert [row.match_id for row in plan.rows] == [1, 2]
    finally:
        db.close()


def test_downgrade_gives_back_the_idna_2003_keys(old_path: Path) -> None:
    open_database(old_path).close()
    with downgraded(old_path, BEFORE) as connection:
        check_downgraded(connection)


def check_downgraded(connection: sa.Connection) -> None:
    keys: dict[int, str] = dict(connection.execute(sa.text(
        "SELECT id, address_key FROM person_email")).all())
    # the two Annas share one key again: the row with the ASCII domain keeps it plain
    assert keys == {1: "anna@strasse.de#1", 2: "anna@strasse.de", 4: "ola@ngo.example",
                    5: "jo@xn--strae-oqa.de", 6: "jo@strasse.de",
                    7: "eleni@xn--qxaegecap6byf.gr"}
