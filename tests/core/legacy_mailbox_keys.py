"""A database from before one key per mailbox (the migration after BEFORE): addresses stored
with an international domain in Unicode and in punycode, as separate keys, and what the app
must find once it is upgraded (used on SQLite and on PostgreSQL)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from organiser import migrations

BEFORE = "0009"  # the revision the key migration upgrades from
NOW = "2026-11-01 09:00:00"
PEOPLE = {1: ("Dmitri", "Orlov"), 2: ("D.", "Orlov"), 3: ("Ayşe", "Kaya"),
          4: ("Amina", "Diallo"), 5: ("A.", "Diallo")}
# (id, person, address, key as stored before, position)
EMAILS = [
    (1, 1, "dmitri@пример.рф", "dmitri@пример.рф", 0),
    # imported later from a file that had the punycode form: a second person
    (2, 2, "dmitri@XN--E1AFMKFD.xn--p1ai", "dmitri@xn--e1afmkfd.xn--p1ai", 0),
    (3, 3, "ayse@örnek.com.tr", "ayse@örnek.com.tr", 0),
    # the same person holding both spellings (typed in the form, then pasted from a mail)
    (4, 3, "Ayse@xn--rnek-4qa.com.tr", "ayse@xn--rnek-4qa.com.tr", 1),
    (5, 3, "ayse@home.example", "ayse@home.example", 2),
    # shared before migration 0005: the later row's key was made distinct then
    (6, 4, "amina@partner.example", "amina@partner.example", 0),
    (7, 5, "Amina@Partner.example", "amina@partner.example#5", 0),
]
# (id, address, name, sent, cancelled_at) on event 1
REMOVED = [
    (1, "dmitri@пример.рф", "Dmitri Orlov", True, "2026-11-02 10:00:00"),
    # invited again under the punycode spelling, sent, removed again: still needs a CANCEL
    (2, "Dmitri@XN--E1AFMKFD.XN--P1AI", "D. Orlov", True, None),
    (3, "ola@ngo.example", "Ola Nordmann", False, None),
]


def fill_before(connection: Connection) -> None:
    """Migrate an empty database to BEFORE and store the rows above."""
    migrations.upgrade(connection, BEFORE)
    connection.execute(sa.text(
        "INSERT INTO event (id, title, kind, start, \"end\", timezone, venue, address, "
        "online_url, description, language, status, uid, sequence, minutes_status, version, "
        "created_at, updated_at, time_place_sequence) VALUES (1, 'Workshop', 'workshop', "
        "'2026-12-08 09:00:00', '2026-12-08 17:00:00', 'Europe/Paris', '', '', '', '', 'en', "
        "'planned', 'legacy-1@organiser', 2, 'draft', 1, :now, :now, 0)"), {"now": NOW})
    connection.execute(sa.text(
        "INSERT INTO person (id, given_name, family_name, display_name, latin_name, job_title, "
        "country, timezone, language, phone, notes, version, created_at, updated_at) VALUES "
        "(:id, :given, :family, '', '', '', '', '', '', '', '', 1, :now, :now)"),
        [{"id": pid, "given": given, "family": family, "now": NOW}
         for pid, (given, family) in PEOPLE.items()])
    connection.execute(sa.text(
        "INSERT INTO person_email (id, person_id, address, address_key, position) "
        "VALUES (:id, :person, :address, :key, :position)"),
        [{"id": i, "person": p, "address": a, "key": k, "position": n}
         for i, p, a, k, n in EMAILS])
    connection.execute(sa.text(
        "INSERT INTO removed_invitee (id, event_id, email, email_key, name, sent, cancelled_at) "
        "VALUES (:id, 1, :email, :key, :name, :sent, :cancelled)"),
        [{"id": i, "email": a, "key": a.strip().casefold(), "name": name, "sent": sent,
          "cancelled": dt.datetime.fromisoformat(c) if c else None}
         for i, a, name, sent, c in REMOVED])


def check_upgraded(db: Any, tmp_path: Path) -> None:
    """What the app finds after the upgrade, through its own services."""
    from organiser.services import invitations
    from organiser.services.contacts_import import plan_import, read_contact_file
    from organiser.services.duplicates import find_duplicates
    from organiser.services.people import list_people

    pairs = {(p.keep_id, p.other_id): p.reason for p in find_duplicates(db)}
    # the two Orlovs are one mailbox, shown as the older record wrote it
    assert pairs[(1, 2)] == "same address dmitri@пример.рф"
    assert pairs[(4, 5)] == "same address amina@partner.example"
    people = {p.id: p for p in list_people(db)}
    assert len(people) == 5  # nobody is deleted
    # one person, one spelling of a mailbox: the first (by position) stays, the order too
    assert people[3].emails == ("ayse@örnek.com.tr", "ayse@home.example")
    assert people[1].emails == ("dmitri@пример.рф",)
    assert people[2].emails == ("dmitri@XN--E1AFMKFD.xn--p1ai",)
    with db.session() as session:
        keys = dict(session.execute(sa.text("SELECT id, address_key FROM person_email")).all())
    assert keys == {1: "dmitri@xn--e1afmkfd.xn--p1ai", 2: "dmitri@xn--e1afmkfd.xn--p1ai#2",
                    3: "ayse@xn--rnek-4qa.com.tr", 5: "ayse@home.example",
                    6: "amina@partner.example", 7: "amina@partner.example#5"}
    # a file with either spelling finds the stored person
    path = tmp_path / "again.csv"
    path.write_text("First Name,Last Name,E-mail Address\n"
                    "Ayşe,Kaya,AYSE@XN--RNEK-4QA.COM.TR\n"
                    "Dmitri,Orlov,Dmitri@ПРИМЕР.РФ\n", encoding="utf-8")
    plan = plan_import(db, read_contact_file(path), "again.csv")
    assert [row.match_id for row in plan.rows] == [3, 1]
    assert plan.created == 0
    # the removed invitee under both spellings is one, and still needs its CANCEL
    assert {(r.email, r.name, r.needs_cancel) for r in invitations.removed_invitees(db, 1)} == {
        ("Dmitri@XN--E1AFMKFD.XN--P1AI", "D. Orlov", True),
        ("ola@ngo.example", "Ola Nordmann", False)}


def refused_values() -> list[str]:
    """Statements the unique indexes refuse once the keys are the new ones."""
    return [
        "INSERT INTO person_email (person_id, address, address_key, position) "
        "VALUES (4, 'x', 'ayse@xn--rnek-4qa.com.tr', 5)",
        "INSERT INTO removed_invitee (event_id, email, email_key, name, sent) "
        "VALUES (1, 'x', 'dmitri@xn--e1afmkfd.xn--p1ai', '', true)",
    ]


def check_downgraded(connection: Connection) -> None:
    """The keys are the case-folded addresses again (0005's suffix where two people share)."""
    keys: dict[int, str] = dict(connection.execute(sa.text(
        "SELECT id, address_key FROM person_email")).all())
    assert keys == {1: "dmitri@пример.рф", 2: "dmitri@xn--e1afmkfd.xn--p1ai",
                    3: "ayse@örnek.com.tr", 5: "ayse@home.example",
                    6: "amina@partner.example", 7: "amina@partner.example#5"}
    removed = connection.execute(sa.text("SELECT email_key FROM removed_invitee")).scalars()
    assert sorted(removed) == ["dmitri@xn--e1afmkfd.xn--p1ai", "ola@ngo.example"]
