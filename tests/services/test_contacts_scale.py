"""The fast paths of contacts (plain-query reads, bulk updates, quick folding) agree with the
simple definitions they replace."""

from __future__ import annotations

import csv
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from organiser.core.models import Person
from organiser.core.people import PersonData
from organiser.core.text import fold
from organiser.importers.contacts_common import ContactRecord
from organiser.services.contact_export import export_contacts
from organiser.services.contacts_import import apply_import
from organiser.services.people import get_person, list_people, save_person


def _record(line: int = 2, **values: object) -> ContactRecord:
    record = ContactRecord(line=line, **values)  # type: ignore[arg-type]
    record.finish()
    return record


def test_people_read_with_plain_queries_match_the_orm(demo_db) -> None:
    rows = list_people(demo_db)
    with demo_db.session() as session:
        people = {p.id: p for p in session.scalars(select(Person).options(
            selectinload(Person.emails), selectinload(Person.organisation),
            selectinload(Person.tags)))}
        assert len(rows) == len(people) == 28
        for row in rows:
            person = people[row.id]
            assert row.name == person.name
            assert row.emails == tuple(e.address for e in person.emails)
            assert row.organisation == (person.organisation.name if person.organisation else "")
            assert row.tags == tuple(sorted(t.name for t in person.tags))
            acronym = person.organisation.acronym if person.organisation else ""
            assert row.search_key == fold(" ".join((
                person.name, person.given_name, person.family_name, person.latin_name,
                row.organisation, acronym, " ".join(row.emails), person.country)))


def test_folding_fast_path_agrees_with_the_full_rule() -> None:
    import unicodedata

    from organiser.core.text import _EXTRA_FOLDS

    def full(value: str) -> str:
        decomposed = unicodedata.normalize("NFKD", value)
        kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        return kept.casefold().translate(_EXTRA_FOLDS)

    samples = ["Plain ASCII 123 @x.example", "MULLER", "O'Brien-Smith", "x\ty", "~!{}"]
    for value in samples:
        assert fold(value) == full(value), value


def test_import_updates_in_bulk_like_a_form_edit(db) -> None:
    first = save_person(db, PersonData(given_name="Amélie", family_name="Dubois",
                                       emails=["amelie.dubois@irfm.example"], job_title="Chair",
                                       notes="Met in Dakar", organisation="IRFM", tags=["ITAG"]))
    other = save_person(db, PersonData(given_name="Kwame", family_name="Asante",
                                       emails=["kwame@itag.example"]))
    before = {first: get_person(db, first), other: get_person(db, other)}
    versions = {key: person.version or 0 for key, person in before.items()}
    assert all(versions.values())
    records = [
        _record(2, given_name="Amélie", family_name="Dubois",
                emails=["AMELIE.DUBOIS@irfm.example", "amelie@home.example"],
                job_title="Director", notes="Prefers French", organisation="New Institute",
                tags=["ITAG", "Speakers"]),
        # a second row for the same person (by name and stored organisation): applied after
        # the first, so its organisation wins
        _record(3, given_name="Amélie", family_name="Dubois", organisation="IRFM",
                phone="+221 33 000", emails=["a.dubois@new.example"]),
        _record(4, display_name="Kwame Asante", emails=["kwame@itag.example"],
                country="Ghana"),
    ]
    plan = apply_import(db, records, "f.csv")
    assert [r.outcome for r in plan.rows] == ["update", "update", "update"]
    assert plan.new_organisations == ["New Institute"]
    amelie = get_person(db, first)
    assert amelie.job_title == "Director" and amelie.phone == "+221 33 000"
    assert amelie.notes == "Met in Dakar\nPrefers French"
    assert amelie.organisation == "IRFM"
    assert amelie.emails == ["amelie.dubois@irfm.example", "amelie@home.example",
                             "a.dubois@new.example"]
    assert amelie.tags == ["ITAG", "Speakers"]
    assert amelie.version == versions[first] + 1  # one change, one new version
    kwame = get_person(db, other)
    assert kwame.country == "Ghana" and kwame.display_name == ""  # same name: not a change
    assert kwame.version == versions[other] + 1
    # an edit opened before the import is refused rather than overwriting it
    import pytest

    from organiser.core.errors import ConflictError

    stale = before[other]
    stale.job_title = "Adviser"
    with pytest.raises(ConflictError):
        save_person(db, stale)


def test_export_reads_once_in_list_order_and_keeps_only_the_ids_given(demo_db,
                                                                      tmp_path: Path) -> None:
    rows = list_people(demo_db)
    out = tmp_path / "all.csv"
    assert export_contacts(demo_db, out)["people"] == 28
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    with out.open(encoding="utf-8-sig", newline="") as f:
        exported = list(csv.DictReader(f))
    assert [(r["Given name"], r["Family name"]) for r in exported] == \
        [(p.given_name, p.family_name) for p in rows]
    some = [rows[5].id, rows[0].id, rows[17].id]
    out = tmp_path / "some.vcf"
    assert export_contacts(demo_db, out, some)["people"] == 3
    text = out.read_text(encoding="utf-8")
    assert text.count("BEGIN:VCARD") == 3
    positions = [text.index(f"FN:{rows[i].name}") for i in (0, 5, 17)]
    assert positions == sorted(positions)  # in the list's order, not the order given
