"""The complete read of next steps reads each table on its own and joins names in Python
(services/nextsteps.read_next_steps, issue 15: a reload of 20,000 steps in < 200 ms). Its rows,
filter choices and owners must be exactly what the five-join query and the reads before it
gave, on a realistic database, and stay so across reloads after changes of every kind (what a
reload keeps from the last one must never hide a change: a silent wrong answer)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import aliased

from organiser.core.enums import EventStatus, NextStepStatus
from organiser.core.models import (
    Event,
    LineOfAction,
    NextStep,
    Organisation,
    Person,
    PersonEmail,
)
from organiser.core.storage import Database
from organiser.core.text import fold, sort_key
from organiser.services.nextsteps import (
    ACTIVE,
    Choice,
    NextStepFilter,
    NextStepRow,
    OwnerOption,
    filter_choices,
    filter_rows,
    list_next_steps,
    owner_options,
    read_next_steps,
    set_owner_and_due,
    set_status,
)
from tests.services.nextsteps_data import TODAY, add_every_kind

# --- the reads as they were: the reference ------------------------------------------------


def reference_steps(db: Database) -> list[NextStepRow]:
    """Every step through the five-join query, made into rows as before, by due date (none
    last), then id."""
    owner, own_org, owner_org = aliased(Person), aliased(Organisation), aliased(Organisation)
    query = (
        select(NextStep.id, NextStep.text, NextStep.owner_name, NextStep.owner_person_id,
               NextStep.owner_organisation_id, owner.organisation_id, own_org.name,
               owner_org.name, NextStep.event_id, Event.title, Event.start,
               NextStep.line_of_action_id, LineOfAction.name, NextStep.due_date,
               NextStep.status, NextStep.done_at, NextStep.updated_at, NextStep.version)
        .outerjoin(owner, owner.id == NextStep.owner_person_id)
        .outerjoin(own_org, own_org.id == NextStep.owner_organisation_id)
        .outerjoin(owner_org, owner_org.id == owner.organisation_id)
        .outerjoin(Event, Event.id == NextStep.event_id)
        .outerjoin(LineOfAction, LineOfAction.id == NextStep.line_of_action_id))
    rows = []
    with db.session() as session:
        for (step_id, text, owner_name, person_id, org_id, person_org_id, own_org_name,
             person_org_name, event_id, event_title, event_start, line_id, line_name, due,
             status, done_at, updated_at, version) in session.execute(query):
            organisation_name = own_org_name if org_id is not None else (person_org_name or "")
            folded = (fold(text), fold(owner_name), fold(organisation_name), fold(event_title),
                      fold(line_name))
            rows.append(NextStepRow(
                id=step_id, text=text, owner_name=owner_name, owner_person_id=person_id,
                owner_organisation_id=org_id,
                organisation_id=org_id if org_id is not None else person_org_id,
                organisation_name=organisation_name or "", event_id=event_id,
                event_title=event_title or "", event_start=event_start,
                line_of_action_id=line_id, line_of_action=line_name or "", due_date=due,
                status=status, done_at=done_at, updated_at=updated_at, folded=folded,
                search_key=" ".join(folded), version=version))
    rows.sort(key=lambda r: (r.due_date is None, r.due_date or dt.date.min, r.id))
    return rows


def reference_choices(db: Database) -> dict[str, list[Choice]]:
    with db.session() as session:
        people = session.execute(
            select(Person.id, Person.display_name, Person.given_name, Person.family_name)
            .where(Person.id.in_(select(NextStep.owner_person_id)))).all()
        org_ids = select(NextStep.owner_organisation_id).union(
            select(Person.organisation_id).where(
                Person.id.in_(select(NextStep.owner_person_id))))
        orgs = session.execute(select(Organisation.id, Organisation.name)
                               .where(Organisation.id.in_(org_ids))).all()
        events = session.execute(select(Event.id, Event.title)
                                 .order_by(Event.start, Event.id)).all()
        lines = session.execute(select(LineOfAction.id, LineOfAction.name)
                                .order_by(LineOfAction.position, LineOfAction.name)).all()
    return {
        "people": sorted((Choice("person", i, d or " ".join(p for p in (g, f) if p))
                          for i, d, g, f in people), key=lambda c: sort_key(c.name)),
        "organisations": sorted((Choice("organisation", i, n) for i, n in orgs),
                                key=lambda c: sort_key(c.name)),
        "events": [Choice("event", i, t) for i, t in events],
        "lines": [Choice("line", i, n) for i, n in lines],
    }


def reference_owners(db: Database) -> list[OwnerOption]:
    with db.session() as session:
        orgs = {i: (n, a) for i, n, a in session.execute(
            select(Organisation.id, Organisation.name, Organisation.acronym))}
        addresses: dict[int, list[str]] = {}
        for person_id, address in session.execute(
                select(PersonEmail.person_id, PersonEmail.address)):
            addresses.setdefault(person_id, []).append(address)
        people = session.execute(
            select(Person.id, Person.display_name, Person.given_name, Person.family_name,
                   Person.latin_name, Person.organisation_id)).all()
    options = []
    for person_id, display, given, family, latin, org_id in people:
        name = display or " ".join(p for p in (given, family) if p)
        org_name, acronym = orgs.get(org_id, ("", "")) if org_id is not None else ("", "")
        options.append(OwnerOption(
            f"person:{person_id}", "person", name, acronym or org_name,
            " ".join((fold(name), fold(given), fold(family), fold(latin), fold(org_name),
                      fold(acronym), *(fold(a) for a in addresses.get(person_id, ()))))))
    for org_id, (org_name, acronym) in orgs.items():
        options.append(OwnerOption(f"org:{org_id}", "organisation", org_name, acronym,
                                   " ".join((fold(org_name), fold(acronym)))))
    options.sort(key=lambda o: (sort_key(o.name), o.kind, o.detail, o.key))
    return options


# --- comparing ----------------------------------------------------------------------------


def every_field(row: NextStepRow) -> tuple[Any, ...]:
    """All of a row, the search keys too (left out of the dataclass's own ==)."""
    return tuple(getattr(row, f.name) for f in dataclasses.fields(row))


def assert_same_as_reference(db: Database) -> None:
    expected = [every_field(r) for r in reference_steps(db)]
    read = read_next_steps(db)
    assert [every_field(r) for r in read.steps] == expected
    assert [every_field(r) for r in list_next_steps(db)] == expected
    assert [r.id for r in read.by_id] == sorted(r[0] for r in expected)
    assert read.by_id == sorted(read.steps, key=lambda r: r.id)
    assert read.choices == reference_choices(db) == filter_choices(db)
    owners = reference_owners(db)
    assert read.owners == owners and owner_options(db) == owners
    assert [o.search_key for o in read.owners] == [o.search_key for o in owners]


def filters(rows: list[NextStepRow]) -> list[NextStepFilter]:
    person = next(r.owner_person_id for r in rows if r.owner_person_id and r.organisation_id)
    org_through_people = next(r.organisation_id for r in rows
                              if r.owner_person_id and r.organisation_id)
    org_itself = next(r.owner_organisation_id for r in rows if r.owner_organisation_id)
    event = next(r.event_id for r in rows if r.event_id)
    line = next(r.line_of_action_id for r in rows if r.line_of_action_id)
    return [
        NextStepFilter(owner_person_id=person),
        NextStepFilter(owner_organisation_id=org_through_people),
        NextStepFilter(owner_organisation_id=org_itself),
        NextStepFilter(event_id=event), NextStepFilter(line_of_action_id=line),
        NextStepFilter(statuses=frozenset(ACTIVE)),
        NextStepFilter(statuses=frozenset({NextStepStatus.DONE})),
        NextStepFilter(due_from=TODAY - dt.timedelta(days=10), due_to=TODAY),
        NextStepFilter(overdue=True), NextStepFilter(text="ОЛЕГ"),
        NextStepFilter(text="NAIVE cooperation"), NextStepFilter(text="istanbul"),
        NextStepFilter(text="atelier dakar", statuses=frozenset(ACTIVE)),
    ]


@pytest.fixture
def realistic(demo_db: Database) -> Database:
    add_every_kind(demo_db)
    return demo_db


def test_the_complete_read_gives_the_rows_of_the_five_join_query(realistic: Database) -> None:
    rows = reference_steps(realistic)
    # the data has what the comparison is about
    assert {(r.owner_person_id is not None, r.owner_organisation_id is not None)
            for r in rows} == {(True, False), (False, True), (False, False), (True, True)}
    assert any(r.owner_person_id is None and r.owner_organisation_id is None and r.owner_name
               for r in rows)  # its person deleted: the name stays
    assert any(r.owner_person_id and r.organisation_id is None for r in rows)
    assert any(r.is_overdue(TODAY) for r in rows) and any(r.done_at for r in rows)
    assert any(r.due_date is None for r in rows) and any(r.event_id is None for r in rows)
    assert {r.status for r in rows} == set(NextStepStatus)
    with realistic.session() as session:
        cancelled = set(session.scalars(select(Event.id)
                                        .where(Event.status == EventStatus.CANCELLED)))
    assert any(r.event_id in cancelled for r in rows)
    assert any(not r.search_key.isascii() for r in rows)

    assert_same_as_reference(realistic)
    assert_same_as_reference(realistic)  # again: from what the first read kept


def test_a_filtered_read_keeps_what_the_complete_read_keeps(realistic: Database) -> None:
    everything = list_next_steps(realistic, today=TODAY)
    for flt in filters(everything):
        wanted = [every_field(r) for r in filter_rows(everything, flt, TODAY)]
        assert wanted, flt
        assert [every_field(r) for r in list_next_steps(realistic, flt, today=TODAY)] \
            == wanted, flt
    assert_same_as_reference(realistic)


def test_reloads_show_every_kind_of_change(realistic: Database) -> None:
    """Each change is followed by a reload compared with the reference: the steps' own
    columns, and each table a step's row looks names up in."""
    assert_same_as_reference(realistic)
    rows = reference_steps(realistic)
    through_person = next(r for r in rows if r.owner_person_id and r.organisation_id)
    own_org = next(r for r in rows if r.owner_organisation_id)
    with_event = next(r for r in rows if r.event_id)
    with_line = next(r for r in rows if r.line_of_action_id)

    set_status(realistic, rows[0].id, NextStepStatus.DONE, when=dt.datetime(
        2026, 11, 21, 7, 0, tzinfo=dt.UTC))
    set_owner_and_due(realistic, rows[1].id, owner=f"org:{own_org.owner_organisation_id}",
                      due_date=None)
    assert_same_as_reference(realistic)
    changes = [
        update(Organisation).where(Organisation.id == through_person.organisation_id)
        .values(name="Renamed — Переименовано", acronym="RN"),
        update(Organisation).where(Organisation.id == own_org.owner_organisation_id)
        .values(name="Organisation renamed ٢"),
        update(Person).where(Person.id == through_person.owner_person_id)
        .values(organisation_id=None),  # left their organisation
        update(Person).where(Person.id == through_person.owner_person_id)
        .values(display_name="Новое Имя"),  # the owners' list, not the step
        update(Event).where(Event.id == with_event.event_id)
        .values(title="Atelier annulé", start=dt.datetime(2027, 1, 5, tzinfo=dt.UTC)),
        update(LineOfAction).where(LineOfAction.id == with_line.line_of_action_id)
        .values(name="Línea renombrada"),
        update(NextStep).where(NextStep.id == with_line.id)  # written without the ORM
        .values(text="Changed behind the ORM's back", line_of_action_id=None),
        update(PersonEmail).where(PersonEmail.person_id == rows[2].owner_person_id)
        .values(address="new.address@example.org"),
    ]
    for change in changes:
        with realistic.transaction() as session:
            session.execute(change)
        assert_same_as_reference(realistic)
    with realistic.transaction() as session:  # a person goes: their steps keep the name
        session.execute(update(NextStep).where(
            NextStep.owner_person_id == through_person.owner_person_id).values(
            owner_person_id=None))
        session.delete(session.get(Person, through_person.owner_person_id))
    assert_same_as_reference(realistic)
    with realistic.transaction() as session:  # an event goes: its steps stay, without it
        session.delete(session.get(Event, with_event.event_id))
    assert_same_as_reference(realistic)


def test_a_name_changed_and_changed_back_around_a_filtered_read(realistic: Database) -> None:
    """A filtered read between two complete reads keeps rows with newer names than the
    first complete read's: the second must not take them for current when the names it
    reads are the first read's again."""
    assert_same_as_reference(realistic)
    step = next(r for r in reference_steps(realistic) if r.owner_organisation_id)
    org_id = step.owner_organisation_id

    def rename(name: str) -> None:
        with realistic.transaction() as session:
            session.execute(update(Organisation).where(Organisation.id == org_id)
                            .values(name=name))

    original = step.organisation_name
    rename("Temporarily renamed")
    [row] = [r for r in list_next_steps(realistic, NextStepFilter(owner_organisation_id=org_id))
             if r.id == step.id]
    assert row.organisation_name == "Temporarily renamed"
    rename(original)
    assert_same_as_reference(realistic)


def test_keep_keeps_what_accepts_accepts(realistic: Database) -> None:
    """NextStepFilter.keep (a pass per criterion, what the app filters with) keeps exactly
    the rows `accepts` accepts, in their order, for each filter and their combinations."""
    rows = list_next_steps(realistic, today=TODAY)
    simple = filters(rows)
    combined = [NextStepFilter(**{**dataclasses.asdict(a), **{
        k: v for k, v in dataclasses.asdict(b).items() if v not in (None, False, "")}})
        for a in simple for b in simple[::3]]
    for flt in [NextStepFilter(), *simple, *combined]:
        assert flt.keep(rows, TODAY) == [r for r in rows if flt.accepts(r, TODAY)], flt
    assert any(flt.keep(rows, TODAY) for flt in combined if flt != NextStepFilter())
