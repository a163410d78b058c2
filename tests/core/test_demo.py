"""The demo programme: what DOMAIN.md describes, the same every time."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from organiser.core.errors import InputError
from organiser.core.models import BudgetLine, Event, LineOfAction, Organisation, Person
from organiser.core.storage import open_database
from organiser.services.demo import build_demo
from organiser.services.events import event_details, list_events
from organiser.services.people import list_people


def _snapshot(db) -> object:
    events = [row.as_json() for row in list_events(db)]
    return events, [row.as_json() for row in list_people(db)], \
        [event_details(db, e["id"]) for e in events]


def test_running_twice_gives_the_same_database(db, tmp_path: Path) -> None:
    build_demo(db)
    first = _snapshot(db)
    build_demo(db)
    assert _snapshot(db) == first
    other = open_database(tmp_path / "second.sqlite")
    try:
        build_demo(other)
        assert _snapshot(other) == first
    finally:
        other.close()


def test_demo_has_the_partners_of_the_programme(demo_db) -> None:
    with demo_db.session() as session:
        orgs = session.scalars(select(Organisation)).all()
        names = " ".join(o.name for o in orgs)
        for partner in ("OPCPR", "OECD/DAC Task Force on Procurement",
                        "International Technical Advisory Group"):
            assert partner in names
        institutes = [o for o in orgs if o.kind.value == "training institute"]
        assert 12 <= len(institutes) <= 15
        people = session.scalars(select(Person)).all()
    text = " ".join(p.name for p in people)
    assert re.search(r"[éíïúøå]", text), "accents"
    assert re.search(r"[\u0400-\u04ff]", text), "Cyrillic"
    assert re.search(r"[\u0600-\u06ff]", text), "Arabic"
    assert re.search(r"[\u4e00-\u9fff]", text), "Chinese"
    moment = dt.datetime(2027, 2, 9, 12, tzinfo=dt.UTC)
    offsets = {ZoneInfo(p.timezone).utcoffset(moment).total_seconds() / 3600 for p in people}
    assert min(offsets) == -8 and max(offsets) == 9


def test_demo_events_follow_the_first_year(demo_db) -> None:
    rows = list_events(demo_db)
    kinds = [r.kind.value for r in rows]
    assert kinds == ["consultation", "consultation", "information sharing",
                     "information sharing", "workshop", "network meeting"]
    workshop = next(r for r in rows if r.kind.value == "workshop")
    assert (workshop.local_end.date() - workshop.local_start.date()).days == 1
    details = event_details(demo_db, workshop.id)
    assert {i["reply"] for i in details["invitations"]} >= {"accepted", "tentative", "declined",
                                                             "needs action"}
    assert {a["day"] for a in details["agenda"]} == {1, 2}


def test_demo_lines_of_action_and_budget(demo_db) -> None:
    with demo_db.session() as session:
        lines = session.scalars(select(LineOfAction.name).order_by(LineOfAction.position)).all()
        amounts = session.scalars(select(BudgetLine.amount).order_by(BudgetLine.position)).all()
        assert session.scalar(select(Event.uid).limit(1)).endswith("@organiser")
    assert lines == ["Law and regulatory reform", "Implementation capacity",
                     "Media/CSO monitoring", "E-procurement"]
    assert amounts == [Decimal(210000), Decimal(25000), Decimal(45000), Decimal(150000)]


def test_demo_refuses_to_wipe_real_data(db) -> None:
    from organiser.core.models import PersonEmail

    with db.transaction() as session:
        person = Person(given_name="Real", family_name="Person")
        person.emails.append(PersonEmail(address="real@partner.org",
                                         address_key="real@partner.org"))
        session.add(person)
    with pytest.raises(InputError, match="not the demo's"):
        build_demo(db)
    with db.session() as session:
        assert session.scalars(select(Person.given_name)).all() == ["Real"]
    build_demo(db, replace=True)
    assert len(list_people(db)) == 28


def test_each_test_gets_its_own_copy_of_the_demo(demo_db, db_path, demo_template) -> None:
    """The fixture copies the session's template: this test's changes stay in its own file."""
    from organiser.core.models import Event

    assert db_path != demo_template and db_path.exists()
    with demo_db.transaction() as session:
        session.query(Event).delete()
    with demo_db.session() as session:
        assert session.query(Event).count() == 0
    check = open_database(demo_template)
    try:
        with check.session() as session:
            assert session.query(Event).count() > 0
    finally:
        check.close()
