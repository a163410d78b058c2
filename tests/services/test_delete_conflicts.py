"""Deleting, cancelling and removing pass the version the screen showed (optimistic locking).

Two coordinators (two Database objects, as two processes would have) on one database: A's
screen shows a record, B changes it, A deletes (cancels, removes) from what it showed. A is
refused with the one conflict message, B's change stays, nothing of A's half-done; after A's
screen is read again the deletion goes through. The CLI passes no version (it reads and writes
in one go and shows nothing first). The same scenarios run on PostgreSQL (tests/postgres).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from organiser.core.enums import EventStatus, NextStepStatus, Reply
from organiser.core.errors import ConflictError
from organiser.core.locking import FIRST_VERSION, conflict_message
from organiser.core.models import Decision, Event, Invitation, NextStep, Organisation, Person
from organiser.core.storage import Database
from tests.services.test_locking import REFUSED, _first, _workshop, two_coordinators


def _refused(delete: Callable[[], object], record: str) -> None:
    with pytest.raises(ConflictError) as info:
        delete()
    assert str(info.value) == conflict_message(record)
    assert REFUSED in str(info.value)


def _exists(db: Database, model: type, record_id: int) -> bool:
    with db.session() as session:
        return session.get(model, record_id) is not None


def people_and_organisations(target: str) -> None:
    from organiser.services.organisations import (
        delete_organisation,
        get_organisation,
        list_organisation_rows,
        save_organisation,
    )
    from organiser.services.people import (
        delete_people,
        delete_person,
        get_person,
        save_person,
        sorted_people,
    )

    with two_coordinators(target) as (a, b):
        listed = {row.id: row for row in sorted_people(a)}  # A's contacts list
        first, second, third = sorted(listed)[:3]
        # B adds a phone number to the first person while A's list shows the old one
        theirs = get_person(b, first)
        theirs.phone = "+90 312 555 0101"
        save_person(b, theirs)
        _refused(lambda: delete_person(a, first, expected_version=listed[first].version),
                 f"person “{listed[first].name}”")
        assert get_person(a, first).phone == "+90 312 555 0101"
        # deleting several at once is all or none: the unchanged one is not deleted either
        _refused(lambda: delete_people(a, {second: listed[second].version,
                                           first: listed[first].version}),
                 f"person “{listed[first].name}”")
        assert _exists(a, Person, second) and _exists(a, Person, first)
        # A's list read again: the deletion goes through; one B deleted meanwhile is skipped
        delete_person(b, third)
        again = {row.id: row for row in sorted_people(a)}
        assert again[first].version == listed[first].version + 1
        assert delete_people(a, {first: again[first].version, second: again[second].version,
                                 third: listed[third].version}) == 2
        assert not _exists(b, Person, first) and not _exists(b, Person, second)

        orgs = {row.id: row for row in list_organisation_rows(a)}
        org_id = min(orgs)
        form = get_organisation(b, org_id)
        form.name = "Kamu İhale Kurumu (Public Procurement Authority)"
        save_organisation(b, form)
        _refused(lambda: delete_organisation(a, org_id, expected_version=orgs[org_id].version),
                 f"organisation “{form.name}”")
        assert get_organisation(a, org_id).name == form.name
        shown = next(r for r in list_organisation_rows(a) if r.id == org_id)
        delete_organisation(a, org_id, expected_version=shown.version)
        assert not _exists(b, Organisation, org_id)


def event_cancelled_from_the_list(target: str) -> None:
    from organiser.services.event_list import list_events
    from organiser.services.events import cancel_event, event_form_values, update_event

    with two_coordinators(target) as (a, b):
        event_id = _workshop(a)
        row = next(r for r in list_events(a) if r.id == event_id)  # A's events list
        theirs = event_form_values(b, event_id)
        update_event(b, event_id, expected_version=theirs["version"],
                     start=theirs["start"].replace(day=theirs["start"].day + 1),
                     end=theirs["end"].replace(day=theirs["end"].day + 1))
        _refused(lambda: cancel_event(a, event_id, expected_version=row.version),
                 f"event “{row.title}”")
        with a.session() as session:
            stored = session.get(Event, event_id)
            assert stored is not None and stored.status is not EventStatus.CANCELLED
        # the list read again shows the new day: cancelling it now is a decision made on it
        again = next(r for r in list_events(a) if r.id == event_id)
        assert again.version > row.version and again.start != row.start
        change = cancel_event(a, event_id, expected_version=again.version)
        assert change.version == again.version + 1


def invitations_removed_from_the_list(target: str) -> None:
    from organiser.services.invitations import list_invitations, remove_invitations, set_reply

    with two_coordinators(target) as (a, b):
        event_id = _workshop(a)
        rows = list_invitations(a, event_id)[:2]  # A selects two lines
        shown = {row.id: row.version for row in rows}
        # a reply comes in for the second one (B records it, or the mail is fetched)
        set_reply(b, rows[1].id, Reply.ACCEPTED, expected_version=rows[1].version)
        _refused(lambda: remove_invitations(a, shown), f"invitation of “{rows[1].name}”")
        with a.session() as session:
            kept = {i.id: i.reply for i in session.scalars(
                select(Invitation).where(Invitation.id.in_(shown)))}
        assert kept[rows[1].id] is Reply.ACCEPTED and rows[0].id in kept  # none removed
        again = {r.id: r.version for r in list_invitations(a, event_id) if r.id in shown}
        removed = remove_invitations(a, again)
        assert sorted(r.name for r in removed) == sorted(r.name for r in rows)


def agenda_items_ideas_themes_and_captures(target: str) -> None:
    from organiser.services import agenda, brainstorm, live
    from organiser.services.nextsteps import get_next_step, set_status

    with two_coordinators(target) as (a, b):
        event_id = _workshop(a)
        item = agenda.get_agenda(a, event_id).items[1]  # A's agenda editor
        agenda.update_item(b, item.id, expected_version=item.version, duration_minutes=50)
        _refused(lambda: agenda.delete_item(a, item.id, expected_version=item.version),
                 f"agenda item “{item.title}”")
        assert agenda.get_agenda(a, event_id).item(item.id).duration_minutes == 50

        # an idea typed in live mode, reworded by B before A's undo
        board_id = brainstorm.board_for_event(a, event_id)
        [idea_id] = brainstorm.add_ideas(a, board_id, "Peer visits between institutes")
        seen = {i.id: i.version for i in brainstorm.get_board(a, board_id).ideas}
        brainstorm.edit_idea(b, idea_id, "Peer visits between the regional institutes",
                             expected_version=seen[idea_id])
        _refused(lambda: brainstorm.delete_ideas(a, {idea_id: seen[idea_id]}),
                 "idea “Peer visits between the regional institutes”")
        theme_id = brainstorm.create_theme(a, board_id, "Exchanges")
        theme = next(t for t in brainstorm.get_board(a, board_id).themes if t.id == theme_id)
        brainstorm.rename_theme(b, theme_id, "Exchanges and visits",
                                expected_version=theme.version)
        _refused(lambda: brainstorm.delete_theme(a, theme_id, expected_version=theme.version),
                 "theme “Exchanges and visits”")
        board = brainstorm.get_board(a, board_id)
        assert idea_id in {i.id for i in board.ideas}
        assert theme_id in {t.id for t in board.themes}
        # merging away a theme B renamed since the board showed it
        other_id = brainstorm.create_theme(a, board_id, "Curricula")
        shown = {t.id: t.version for t in brainstorm.get_board(a, board_id).themes}
        brainstorm.rename_theme(b, other_id, "Curricula and peer visits",
                                expected_version=shown[other_id])
        _refused(lambda: brainstorm.merge_themes(
            a, theme_id, other_id, expected_versions=(shown[theme_id], shown[other_id])),
            "theme “Curricula and peer visits”")
        assert other_id in {t.id for t in brainstorm.get_board(b, board_id).themes}

        # a next step and a decision captured in live mode, changed elsewhere before undo
        step_id = live.add_next_step(a, event_id, "Send the draft charter to the partners")
        set_status(b, step_id, NextStepStatus.IN_PROGRESS,
                   expected_version=get_next_step(b, step_id).version)
        _refused(lambda: live.delete_next_step(a, step_id, expected_version=FIRST_VERSION),
                 "next step “Send the draft charter to the partners”")
        assert get_next_step(a, step_id).status is NextStepStatus.IN_PROGRESS
        decision_id = live.add_decision(a, event_id, "Meet again in spring")
        with b.transaction() as session:
            decision = session.get(Decision, decision_id)
            assert decision is not None
            decision.text = "Meet again in spring, in Ankara"
        _refused(lambda: live.delete_decision(a, decision_id, expected_version=FIRST_VERSION),
                 "decision “Meet again in spring, in Ankara”")
        assert _exists(a, Decision, decision_id) and _exists(a, NextStep, step_id)
        # an undo nobody raced still takes the capture back
        fresh = live.add_next_step(a, event_id, "Book the hall")
        live.delete_next_step(a, fresh, expected_version=FIRST_VERSION)
        assert not _exists(b, NextStep, fresh)


SCENARIOS = [people_and_organisations, event_cancelled_from_the_list,
             invitations_removed_from_the_list, agenda_items_ideas_themes_and_captures]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.__name__)
def test_on_one_sqlite_file(scenario: Callable[[str], None], db_path: Path) -> None:
    scenario(str(db_path))


def test_the_cli_cancels_whatever_is_stored(cli, demo_db: Database, db_path: Path) -> None:
    """The command line shows nothing before it cancels: it passes no version, and a change
    made by the app before is simply what it cancels (documented in the README)."""
    from organiser.services.events import event_form_values, update_event

    event_id = _workshop(demo_db)
    form = event_form_values(demo_db, event_id)
    update_event(demo_db, event_id, expected_version=form["version"], venue="Ankara, Hall B")
    result = cli("events", "cancel", str(event_id), db=db_path)
    assert result.code == 0, result.err
    with demo_db.session() as session:
        stored = session.get(Event, event_id)
        assert stored is not None and stored.status is EventStatus.CANCELLED
        assert stored.venue == "Ankara, Hall B"


def test_first_version_is_what_a_new_record_gets(demo_db: Database) -> None:
    from organiser.services import live

    step_id = live.add_next_step(demo_db, _workshop(demo_db), "Draft the invitation")
    with demo_db.session() as session:
        assert session.get(NextStep, step_id).version == FIRST_VERSION  # type: ignore[union-attr]
    assert _first(demo_db, Person) > 0
