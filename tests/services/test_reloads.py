"""A full reload reads every row again but makes again only the rows whose data changed
(services/bulk.Derived, issue 15): what changed must always show, whatever changed it (the row
itself, a name joined in from another table, the date that makes a step overdue)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select, update

from organiser.core.enums import NextStepStatus
from organiser.core.models import Event, NextStep, Organisation, Person
from organiser.core.storage import Database
from organiser.services.nextsteps import NextStepFilter, list_next_steps, set_status
from organiser.services.people import list_people
from organiser.services.programme import lines_of_action

TODAY = dt.date(2026, 11, 20)


def _by_id(rows: list) -> dict:  # type: ignore[type-arg]
    return {row.id: row for row in rows}


def test_next_steps_reload_makes_only_the_changed_rows(demo_db: Database) -> None:
    before = _by_id(list_next_steps(demo_db, today=TODAY))
    again = _by_id(list_next_steps(demo_db, today=TODAY))
    assert again.keys() == before.keys()
    assert all(again[i] is before[i] for i in before)  # nothing changed: nothing made again

    with demo_db.session() as session:
        step = session.scalars(select(NextStep).where(NextStep.event_id.is_not(None))
                               .order_by(NextStep.id)).first()
        assert step is not None and step.event_id is not None
        step_id, event_id = step.id, step.event_id
    set_status(demo_db, step_id, NextStepStatus.DONE)
    with demo_db.transaction() as session:  # a name joined in from another table
        session.execute(update(Event).where(Event.id == event_id)
                        .values(title="Renamed workshop"))
    after = _by_id(list_next_steps(demo_db, today=TODAY))
    assert after[step_id].status is NextStepStatus.DONE
    for row in after.values():
        if row.event_id == event_id:
            assert row.event_title == "Renamed workshop"
            assert "renamed workshop" in row.search_key
        else:
            assert row is before[row.id]
    # a filtered read uses what was made and forgets nothing
    some = list_next_steps(demo_db, NextStepFilter(event_id=event_id), today=TODAY)
    assert some and all(row is after[row.id] for row in some)
    assert all(r is after[r.id] for r in list_next_steps(demo_db, today=TODAY))


def test_next_steps_read_in_due_date_order(demo_db: Database) -> None:
    rows = list_next_steps(demo_db, today=TODAY)
    keys = [(r.due_date is None, r.due_date or dt.date.min, r.id) for r in rows]
    assert keys == sorted(keys)
    assert any(r.due_date is None for r in rows) or rows[-1].due_date is not None


def test_people_reload_sees_a_renamed_organisation(demo_db: Database) -> None:
    before = _by_id(list_people(demo_db))
    with demo_db.session() as session:
        person = session.scalars(select(Person).where(Person.organisation_id.is_not(None))
                                 .order_by(Person.id)).first()
        assert person is not None
        org_id = person.organisation_id
    with demo_db.transaction() as session:
        session.execute(update(Organisation).where(Organisation.id == org_id)
                        .values(name="Zebra Institute Ünïcode"))
    after = _by_id(list_people(demo_db))
    for row in after.values():
        if row.organisation_id == org_id:
            assert row.organisation == "Zebra Institute Ünïcode"
            assert "zebra institute unicode" in row.search_key
        else:
            assert row is before[row.id]


def test_lines_of_action_follow_the_date_and_the_steps(demo_db: Database) -> None:
    with demo_db.session() as session:
        step = session.scalars(select(NextStep).where(
            NextStep.due_date.is_not(None), NextStep.line_of_action_id.is_not(None),
            NextStep.status == NextStepStatus.OPEN).order_by(NextStep.id)).first()
        assert step is not None and step.due_date is not None
        step_id, due = step.id, step.due_date

    def item(today: dt.date):  # type: ignore[no-untyped-def]
        return next(s for line in lines_of_action(demo_db, today=today)
                    for s in line.next_steps if s.id == step_id)

    assert not item(due).overdue
    assert item(due + dt.timedelta(days=1)).overdue  # the day after: overdue, same rows read
    set_status(demo_db, step_id, NextStepStatus.DONE)
    done = item(due + dt.timedelta(days=1))
    assert done.status is NextStepStatus.DONE and not done.overdue


def test_one_person_read_again_is_their_row_of_the_full_list(demo_db: Database) -> None:
    """`listed_people` (one changed row) gives what `list_people` gives for that person."""
    from organiser.core.people import PersonData
    from organiser.services.people import get_person, listed_people, save_person

    full = _by_id(list_people(demo_db))
    some = list(full)[::5]
    assert listed_people(demo_db, some) == {i: full[i] for i in some}
    assert listed_people(demo_db, []) == {}

    person = next(r for r in full.values() if r.organisation_id is not None and r.tags)
    data = get_person(demo_db, person.id)
    data.family_name, data.emails = "Ørsted-Ünal", [*data.emails, "second@Example.org"]
    data.tags, data.organisation = ["Zeta", *data.tags], "Brand New Body"
    save_person(demo_db, data)
    new_id = save_person(demo_db, PersonData(given_name="Олена", family_name="Коваленко",
                                             emails=["o.kovalenko@example.ua"]))
    one = listed_people(demo_db, [person.id, new_id, 999_999])  # 999,999: nobody
    again = _by_id(list_people(demo_db))
    assert one == {person.id: again[person.id], new_id: again[new_id]}
    assert one[person.id].organisation == "Brand New Body"
    assert one[person.id].search_key == again[person.id].search_key
    assert "orsted-unal" in one[person.id].search_key
    assert one[person.id].tags == tuple(sorted(["Zeta", *person.tags]))


def test_some_invitations_read_again_are_their_lines_of_the_full_list(demo_db: Database) -> None:
    """`list_invitations(ids=)` (lines changed) gives what the full list gives for them, the
    name of whoever delegated theirs included (read apart when not among those lines)."""
    from organiser.core.models import Invitation
    from organiser.services.invitations import list_invitations

    with demo_db.session() as session:
        event_id = session.scalars(select(Invitation.event_id).order_by(Invitation.id)
                                   .limit(1)).one()
    full = _by_id(list_invitations(demo_db, event_id))
    first, second, *_ = list(full)
    with demo_db.transaction() as session:  # the first passed theirs on to the second
        session.execute(update(Invitation).where(Invitation.id == second)
                        .values(delegated_from_id=first))
    full = _by_id(list_invitations(demo_db, event_id))
    assert full[second].delegated_from == full[first].name != ""
    assert list_invitations(demo_db, event_id, [second]) == [full[second]]
    some = list(full)[::3]
    assert list_invitations(demo_db, event_id, some) == [full[i] for i in some]
    assert list_invitations(demo_db, event_id, [10**9]) == []
