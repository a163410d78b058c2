"""Contacts services: import plans, all-or-nothing, round-trips, forms, delete, tags, merge."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from organiser.core.enums import Reply
from organiser.core.errors import ConflictError, InputError
from organiser.core.models import Attendance, Invitation, NextStep, Person, PersonEmail
from organiser.core.people import PersonData
from organiser.core.storage import integrity_check
from organiser.services.contact_export import export_contacts
from organiser.services.contacts_import import apply_import, plan_import, read_contact_file
from organiser.services.duplicates import find_duplicates, merge_people
from organiser.services.people import (
    delete_person,
    get_person,
    list_people,
    person_links,
    save_person,
    validate_person,
)
from organiser.services.tags import list_tags, people_with_tags, tag_people
from tests.importers.contact_files import SAMPLES


def _count(db, model) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(model)))


def _import(db, path: Path, **kw):
    return apply_import(db, read_contact_file(path), str(path), **kw)


def test_samples_in_sequence_give_outcomes_per_row(db) -> None:
    outlook = _import(db, SAMPLES / "outlook_export.csv")
    assert outlook.summary() == ("imported 6 people, 6 organisations; 0 duplicates skipped; "
                                 "0 warnings")
    google = plan_import(db, read_contact_file(SAMPLES / "google_export.csv"), "g.csv")
    outcomes = {r.record.family_name: r.outcome for r in google.rows}
    assert outcomes == {"Bekova": "new", "Lan": "new", "Mensah": "new", "Müller": "duplicate"}
    assert "same address as Jürgen Müller" in google.rows[3].message
    _import(db, SAMPLES / "google_export.csv")
    _import(db, SAMPLES / "excel_semicolon_cp1252.csv")
    people = {p.family_name: p for p in list_people(db)}
    assert len(people) == 12
    assert people["Lan"].emails == ("lan.nguyen@vnpi.example", "lan@home.example")
    assert people["Bekova"].tags == ("Regional institutes",)
    assert people["Lefèvre"].organisation == "Agence de régulation des marchés publics"


def test_an_error_means_nothing_is_written(db) -> None:
    records = read_contact_file(SAMPLES / "with_errors.csv")
    plan = plan_import(db, records, "with_errors.csv")
    assert {r.line: r.outcome for r in plan.rows} == {
        2: "new", 3: "error", 4: "warning", 5: "error", 6: "new", 8: "duplicate"}
    assert plan.error_lines()[0].startswith("with_errors.csv:3: malformed e-mail address")
    with pytest.raises(InputError, match="2 rows with errors; nothing was imported"):
        apply_import(db, records, "with_errors.csv")
    assert _count(db, Person) == 0
    done = apply_import(db, records, "with_errors.csv", skip_errors=True)
    assert done.summary() == ("imported 3 people, 3 organisations; 1 duplicates skipped; "
                              "1 warnings; 2 rows with errors left out")


def test_update_of_an_existing_person(db) -> None:
    _import(db, SAMPLES / "outlook_export.csv")
    from organiser.importers.contacts_common import ContactRecord

    record = ContactRecord(line=2, given_name="Amélie", family_name="Dubois",
                           emails=["AMELIE.DUBOIS@irfm.example", "amelie@home.example"],
                           tags=["Regional institutes network"])
    record.finish()
    plan = apply_import(db, [record], "f.csv")
    assert plan.rows[0].outcome == "update" and plan.updated == 1
    dubois = next(p for p in list_people(db) if p.family_name == "Dubois")
    assert dubois.emails == ("amelie.dubois@irfm.example", "amelie@home.example")
    assert dubois.tags == ("Regional institutes network",)


@pytest.mark.parametrize("suffix", [".csv", ".vcf"])
def test_round_trip(demo_db, tmp_path: Path, suffix: str) -> None:
    from organiser.core.storage import open_database

    tag_people(demo_db, "Tricky", [1])
    save_person(demo_db, PersonData(given_name="Zoë", family_name="=cmd|' /C calc'!A0",
                                    emails=["zoe@x.example"], notes="two\nlines; a, b",
                                    phone="+41 22 000 00 00"))
    path = tmp_path / f"contacts{suffix}"
    export_contacts(demo_db, path)
    if suffix == ".csv":
        data = path.read_bytes()
        assert data.startswith(b"\xef\xbb\xbf")
        assert b",'=cmd|" in data and b",=cmd" not in data  # never a live formula
    other = open_database(tmp_path / "other.sqlite")
    try:
        plan = _import(other, path)
        assert plan.created == len(list_people(demo_db))
        [warning] = plan.warning_lines()
        assert warning.endswith("family name: \"=cmd|' /C calc'!A0\" looks like a spreadsheet "
                                "formula; kept as plain text")
        strip = [{k: v for k, v in p.as_json().items() if k != "id"}
                 for p in list_people(demo_db)]
        again = [{k: v for k, v in p.as_json().items() if k != "id"} for p in list_people(other)]
        assert again == strip
        latin = {p.name: p.latin_name for p in list_people(other)}
        assert latin["Олена Шевченко"] == "Shevchenko Olena"
        zoe = get_person(other, next(p.id for p in list_people(other) if p.given_name == "Zoë"))
        assert zoe.notes == "two\nlines; a, b" and zoe.phone == "+41 22 000 00 00"
        assert _import(other, path).duplicates == plan.created  # a second time: nothing new
    finally:
        other.close()


def test_form_validation_names_the_field(db) -> None:
    assert validate_person(PersonData()) == {
        "family_name": "a person needs a name (given, family or full name)"}
    problems = validate_person(PersonData(family_name="X", emails=["a@@b.example"],
                                          timezone="Mars/Base"))
    assert set(problems) == {"emails", "timezone"}
    with pytest.raises(InputError) as caught:
        save_person(db, PersonData(family_name="Bob\r\nBcc: x@y",
                                   emails=["bob@x.example\r\nBcc: y"]))
    assert caught.value.field == "emails"
    pid = save_person(db, PersonData(family_name="Bob\r\nBcc: x@y", organisation="New Org"))
    assert get_person(db, pid).family_name == "Bob Bcc: x@y"


def test_stale_form_is_refused(db) -> None:
    pid = save_person(db, PersonData(family_name="Lima"))
    first = get_person(db, pid)
    second = get_person(db, pid)
    first.job_title = "Director"
    save_person(db, first)
    second.job_title = "Lecturer"
    with pytest.raises(ConflictError):
        save_person(db, second)


def test_delete_with_history_leaves_no_orphans(demo_db) -> None:
    with demo_db.session() as session:
        pid = session.scalar(select(NextStep.owner_person_id)
                             .where(NextStep.owner_person_id.is_not(None)))
        name = session.get(Person, pid).name
    links = person_links(demo_db, pid)
    assert links["invitations"] > 0 and links["next steps"] > 0
    delete_person(demo_db, pid)
    assert integrity_check(demo_db) == []
    with demo_db.session() as session:
        assert session.scalar(select(func.count()).select_from(Invitation)
                              .where(Invitation.person_id == pid)) == 0
        steps = session.scalars(select(NextStep).where(NextStep.owner_name == name)).all()
        assert steps and all(s.owner_person_id is None for s in steps)


def test_tags(demo_db) -> None:
    tags = {t.name: t.people for t in list_tags(demo_db)}
    assert tags["ITAG"] == 2 and tags["Regional institutes network"] > 10
    ids = people_with_tags(demo_db, ["itag"])
    assert len(ids) == 2
    assert tag_people(demo_db, "Workshop speakers", ids + ids[:1]) == 2
    assert len(people_with_tags(demo_db, ["Workshop speakers", "ITAG"])) == 2


def test_find_and_merge_duplicates(demo_db) -> None:
    with demo_db.session() as session:
        workshop_inv = session.scalars(select(Invitation).where(Invitation.event_id == 5)).first()
        keep_id = workshop_inv.person_id
        keep = session.get(Person, keep_id)
        address = keep.emails[0].address
        org = keep.organisation.name
    other_id = save_person(demo_db, PersonData(given_name="X", family_name="Y",
                                               emails=["second@x.example"],
                                               organisation=org, tags=["New tag"]))
    with demo_db.transaction() as session:  # shared before migration 0005 made keys unique
        session.add(PersonEmail(person_id=other_id, address=address.upper(), position=1,
                                address_key=f"{address.lower()}#{other_id}"))
    with demo_db.transaction() as session:
        session.add(Invitation(event_id=5, person_id=other_id, reply=Reply.ACCEPTED))
        session.add(Invitation(event_id=1, person_id=other_id, reply=Reply.DECLINED))
        session.add(NextStep(text="Send the curriculum draft", owner_person_id=other_id))
    pairs = find_duplicates(demo_db)
    assert [(p.keep_id, p.other_id) for p in pairs] == [(keep_id, other_id)]
    assert pairs[0].reason.startswith("same address")
    had_event1 = person_links(demo_db, keep_id)
    moved = merge_people(demo_db, keep_id, other_id)
    assert moved["next steps"] == 1 and moved["addresses"] == 1 and moved["tags"] == 1
    assert integrity_check(demo_db) == []
    with demo_db.session() as session:
        assert session.get(Person, other_id) is None
        invs = session.scalars(select(Invitation).where(Invitation.person_id == keep_id)).all()
        assert len(invs) >= had_event1["invitations"]
        by_event = {i.event_id: i for i in invs}
        assert by_event[5].reply == Reply.ACCEPTED
        assert session.scalar(select(func.count()).select_from(NextStep)
                              .where(NextStep.owner_person_id == keep_id)) >= 1
        assert session.scalar(select(func.count()).select_from(Attendance)
                              .where(Attendance.person_id == other_id)) == 0
    assert find_duplicates(demo_db) == []
    with pytest.raises(InputError):
        merge_people(demo_db, keep_id, keep_id)


def test_same_name_same_organisation_is_a_duplicate(db) -> None:
    save_person(db, PersonData(given_name="José", family_name="Pérez", organisation="CLCP"))
    save_person(db, PersonData(given_name="jose", family_name="PEREZ", organisation="clcp"))
    save_person(db, PersonData(given_name="José", family_name="Pérez", organisation="Other"))
    [pair] = find_duplicates(db)
    assert pair.reason == "same name at CLCP"


def test_an_address_belongs_to_one_person(db) -> None:
    first = save_person(db, PersonData(given_name="Amina", family_name="Diallo",
                                       emails=["amina@partner.example"]))
    with pytest.raises(InputError) as caught:
        save_person(db, PersonData(given_name="A.", family_name="Diallo",
                                   emails=["Amina@Partner.example"]))
    assert caught.value.field == "emails"
    assert f"already the address of Amina Diallo (#{first})" in str(caught.value)


def test_merge_takes_the_chosen_values_and_loses_no_notes(db) -> None:
    from organiser.services.duplicates import OTHER, compare_people

    keep_id = save_person(db, PersonData(given_name="Ana", family_name="Lima",
                                         organisation="CLCP", notes="Met in Lima"))
    other_id = save_person(db, PersonData(given_name="Ana", family_name="Lima",
                                          organisation="Other institute", phone="+51 1 234",
                                          notes="Vegetarian"))
    shown = compare_people(db, keep_id, other_id)
    assert {f.name: (f.keep, f.other) for f in shown.fields}["organisation"] == (
        "CLCP", "Other institute")
    with pytest.raises(InputError, match="unknown field"):
        merge_people(db, keep_id, other_id, choices={"email": OTHER})
    with pytest.raises(ConflictError):
        merge_people(db, keep_id, other_id, choices={"organisation": OTHER},
                     expected_versions=(shown.keep_version - 1, shown.other_version))
    merge_people(db, keep_id, other_id, choices={"organisation": OTHER},
                 expected_versions=(shown.keep_version, shown.other_version))
    kept = get_person(db, keep_id)
    assert kept.organisation == "Other institute" and kept.phone == "+51 1 234"
    assert kept.notes == "Met in Lima\nVegetarian"  # both, unless one is chosen
