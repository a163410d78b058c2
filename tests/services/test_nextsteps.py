"""Next steps across the programme: filters, overdue, status changes with history; decisions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from organiser.core.enums import NextStepStatus
from organiser.core.errors import InputError, NotFoundError
from organiser.core.models import NextStep, NextStepChange, Organisation, Person
from organiser.core.storage import Database
from organiser.services.nextsteps import (
    NextStepFilter,
    filter_choices,
    filter_rows,
    list_next_steps,
    parse_status,
    search_decisions,
    set_status,
    status_history,
)

TODAY = dt.date(2026, 11, 20)


def _ids(db: Database, name: str) -> int:
    with db.session() as session:
        person = session.scalars(select(Person).where(Person.given_name == name)).one()
        return person.id


def _org(db: Database, acronym: str) -> int:
    with db.session() as session:
        return session.scalars(select(Organisation.id)
                               .where(Organisation.acronym == acronym)).one()


def _texts(rows: list) -> list[str]:
    return [r.text for r in rows]


def test_lists_every_step_by_due_date_with_names(demo_db: Database) -> None:
    rows = list_next_steps(demo_db, today=TODAY)
    assert len(rows) == 7
    dates = [r.due_date for r in rows]
    assert None not in dates
    assert dates == sorted(d for d in dates if d is not None)
    itag = next(r for r in rows if r.text.startswith("Outline a curriculum"))
    assert itag.owner_name == "International Technical Advisory Group"
    assert itag.organisation_name == "International Technical Advisory Group"
    assert itag.event_title.startswith("Information sharing with the OECD")
    assert itag.line_of_action == "Implementation capacity"


def test_overdue_is_open_or_in_progress_past_due(demo_db: Database) -> None:
    rows = list_next_steps(demo_db, NextStepFilter(overdue=True), today=TODAY)
    # "Draft the indicative strategy note" is past due but done: not overdue
    assert _texts(rows) == ["Collect regional priorities in one table",
                            "Circulate the list of regional training institutes"]
    assert all(r.is_overdue(TODAY) for r in rows)
    assert rows[0].days_overdue(TODAY) == 14


def test_filters_by_owner_event_line_status_and_due_window(demo_db: Database) -> None:
    akiko = _ids(demo_db, "明子")
    assert _texts(list_next_steps(demo_db, NextStepFilter(owner_person_id=akiko))) == [
        "Map e-procurement systems in partner countries"]
    # an organisation owns its own steps and those of its people
    itag = _org(demo_db, "ITAG")
    assert set(_texts(list_next_steps(demo_db, NextStepFilter(owner_organisation_id=itag)))) \
        == {"Outline a curriculum with two pilot institutes",
            "Map e-procurement systems in partner countries"}
    rows = list_next_steps(demo_db)
    event = rows[0].event_id
    by_event = list_next_steps(demo_db, NextStepFilter(event_id=event))
    assert by_event and all(r.event_id == event for r in by_event)
    line = next(r.line_of_action_id for r in rows if r.line_of_action == "E-procurement")
    assert len(list_next_steps(demo_db, NextStepFilter(line_of_action_id=line))) == 1
    done = list_next_steps(demo_db, NextStepFilter(statuses=frozenset({NextStepStatus.DONE})))
    assert _texts(done) == ["Draft the indicative strategy note"]
    window = list_next_steps(demo_db, NextStepFilter(due_from=dt.date(2026, 12, 1),
                                                     due_to=dt.date(2026, 12, 31)))
    assert len(window) == 2
    # text search ignores accents and case, across owner and event too
    assert _texts(list_next_steps(demo_db, NextStepFilter(text="elodie BENCHMARKING"))) == [
        "Share the Task Force's benchmarking methodology"]


def test_filtering_in_memory_agrees_with_the_database(demo_db: Database) -> None:
    everything = list_next_steps(demo_db, today=TODAY)
    itag = _org(demo_db, "ITAG")
    for flt in (NextStepFilter(overdue=True), NextStepFilter(owner_organisation_id=itag),
                NextStepFilter(statuses=frozenset({NextStepStatus.OPEN}), text="template"),
                NextStepFilter(due_to=dt.date(2026, 12, 1))):
        assert _texts(filter_rows(everything, flt, TODAY)) == \
            _texts(list_next_steps(demo_db, flt, today=TODAY))


def test_status_change_is_recorded_with_its_date(demo_db: Database) -> None:
    step = list_next_steps(demo_db, NextStepFilter(text="regional priorities"))[0]
    when = dt.datetime(2026, 11, 21, 9, 30, tzinfo=dt.UTC)
    row = set_status(demo_db, step.id, "Done", note="Table sent to all", when=when)
    assert row.status is NextStepStatus.DONE and row.done_at == when
    history = status_history(demo_db, step.id)
    assert [(c.old_status, c.new_status) for c in history] == [
        (None, NextStepStatus.OPEN), (NextStepStatus.OPEN, NextStepStatus.DONE)]
    assert history[-1].changed_at == when and history[-1].note == "Table sent to all"
    # reopening clears the done date; the same status twice records nothing
    assert set_status(demo_db, step.id, NextStepStatus.OPEN).done_at is None
    set_status(demo_db, step.id, NextStepStatus.OPEN)
    with demo_db.session() as session:
        count = len(session.scalars(select(NextStepChange)
                                    .where(NextStepChange.next_step_id == step.id)).all())
    assert count == 3


def test_bad_status_or_step(demo_db: Database) -> None:
    assert parse_status("in-progress") is NextStepStatus.IN_PROGRESS
    assert parse_status(" IN_PROGRESS ") is NextStepStatus.IN_PROGRESS
    with pytest.raises(InputError, match="unknown status 'finished'") as info:
        parse_status("finished")
    assert info.value.field == "status"
    with pytest.raises(NotFoundError, match="no next step with id 9999"):
        set_status(demo_db, 9999, NextStepStatus.DONE)
    with pytest.raises(NotFoundError):
        status_history(demo_db, 9999)


def test_filter_choices_name_owners_events_and_lines(demo_db: Database) -> None:
    choices = filter_choices(demo_db)
    people = [c.name for c in choices["people"]]
    assert "Grace Wanjiru" in people and "田中明子" in people
    assert "Kwame Asante" not in people  # owns nothing
    assert {c.name for c in choices["organisations"]} >= {
        "International Technical Advisory Group", "OECD/DAC Task Force on Procurement"}
    assert len(choices["events"]) == 6 and len(choices["lines"]) == 4


def test_decisions_are_searchable_across_the_programme(demo_db: Database) -> None:
    everything = search_decisions(demo_db)
    assert len(everything) == 4
    assert everything[0].event_start >= everything[-1].event_start
    found = search_decisions(demo_db, "CURRICULUM institutes")
    assert [d.text for d in found] == [
        "A training curriculum is developed with the regional institutes."]
    by_event = search_decisions(demo_db, "opcpr")  # matches the event's title
    assert [d.text for d in by_event] == ["The common agenda covers four lines of action."]
    line = found[0].line_of_action_id
    assert {d.line_of_action for d in search_decisions(demo_db, line_of_action_id=line)} == {
        "Implementation capacity"}
    assert search_decisions(demo_db, event_id=found[0].event_id, text="nothing like this") == []


def test_steps_keep_their_owner_name_when_the_contact_goes(demo_db: Database) -> None:
    with demo_db.transaction() as session:
        step = session.scalars(select(NextStep).where(NextStep.text.like("Map e-proc%"))).one()
        session.delete(session.get(Person, step.owner_person_id))
    row = list_next_steps(demo_db, NextStepFilter(text="Map e-procurement"))[0]
    assert row.owner_person_id is None and row.owner_name == "田中明子"


def test_owner_and_due_date_change_in_one_go_with_the_shown_version(
        demo_db: Database) -> None:
    from organiser.core.errors import ConflictError
    from organiser.services.nextsteps import get_next_step, set_owner_and_due

    step = next(r for r in list_next_steps(demo_db, today=TODAY)
                if r.text.startswith("Outline a curriculum"))
    person_id = _ids(demo_db, "Henrik")
    changed = set_owner_and_due(demo_db, step.id, owner=f"person:{person_id}",
                                due_date=dt.date(2027, 1, 15),
                                expected_version=step.version)
    assert (changed.owner_person_id, changed.owner_organisation_id) == (person_id, None)
    assert changed.owner_name.startswith("Henrik")
    assert changed.due_date == dt.date(2027, 1, 15)
    assert changed.version > step.version
    assert get_next_step(demo_db, step.id) == changed
    # a screen still showing the old version is refused and nothing changes
    with pytest.raises(ConflictError):
        set_owner_and_due(demo_db, step.id, owner=f"org:{_org(demo_db, 'ITAG')}",
                          due_date=None, expected_version=step.version)
    assert get_next_step(demo_db, step.id) == changed
    # only what is given changes: the due date can be removed, the owner stays
    cleared = set_owner_and_due(demo_db, step.id, due_date=None,
                                expected_version=changed.version)
    assert cleared.due_date is None and cleared.owner_person_id == person_id
    # an organisation owns it; then nobody does
    org = set_owner_and_due(demo_db, step.id, owner=f"org:{_org(demo_db, 'ITAG')}")
    assert org.owner_name == "International Technical Advisory Group"
    assert org.owner_person_id is None
    nobody = set_owner_and_due(demo_db, step.id, owner="")
    assert (nobody.owner_person_id, nobody.owner_organisation_id) == (None, None)
    with pytest.raises(InputError):
        set_owner_and_due(demo_db, step.id, owner="Henrik")
    with pytest.raises(NotFoundError):
        set_owner_and_due(demo_db, step.id, owner="person:999999")


def test_a_colleagues_edit_between_read_and_write_is_not_overwritten(
        demo_db: Database, db_path: Path) -> None:
    """Two coordinators on one database file: both read the step; the colleague changes its
    due date; the owner given from the older read is refused whole (owner and due date)."""
    from organiser.core.errors import ConflictError
    from organiser.core.storage import open_database
    from organiser.services.nextsteps import get_next_step, set_owner_and_due

    colleague = open_database(db_path)
    try:
        step = next(r for r in list_next_steps(demo_db)
                    if r.text.startswith("Collect regional priorities"))
        theirs = set_owner_and_due(colleague, step.id, due_date=dt.date(2027, 2, 1),
                                   expected_version=step.version)
        with pytest.raises(ConflictError, match="changed"):
            set_owner_and_due(demo_db, step.id, owner=f"org:{_org(demo_db, 'ITAG')}",
                              due_date=dt.date(2027, 3, 1), expected_version=step.version)
        assert get_next_step(demo_db, step.id) == theirs  # nothing of the refused change
        assert theirs.owner_name == step.owner_name
        # the same step as stored now: both changes go through
        mine = set_owner_and_due(demo_db, step.id, owner=f"org:{_org(demo_db, 'ITAG')}",
                                 due_date=dt.date(2027, 3, 1), expected_version=theirs.version)
        assert get_next_step(colleague, step.id) == mine
        assert mine.due_date == dt.date(2027, 3, 1) and mine.owner_organisation_id
    finally:
        colleague.close()


def test_owner_options_are_every_person_and_organisation(demo_db: Database) -> None:
    from sqlalchemy import func, select

    from organiser.core.models import Organisation, Person
    from organiser.services.nextsteps import owner_options

    options = owner_options(demo_db)
    with demo_db.session() as session:
        people = session.scalar(select(func.count(Person.id))) or 0
        orgs = session.scalar(select(func.count(Organisation.id))) or 0
    assert len(options) == people + orgs  # not only those who own a step already
    minjun = next(o for o in options if o.name == "김민준")
    assert minjun.key.startswith("person:") and minjun.detail == "KPTI"
    assert "kim min-jun" in minjun.search_key  # found typed in Latin letters too
    itag = next(o for o in options if o.detail == "ITAG" and o.kind == "organisation")
    assert itag.key.startswith("org:")
