"""Optimistic locking through the services: two coordinators (two Database objects, as two
processes would have) on one database. A fills a form, B saves a change meanwhile, A saves:
A is refused with the one message naming the record, B's change stays, and A's retry from
a reloaded form goes through. The same scenarios run on PostgreSQL (tests/postgres)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from organiser.core.enums import EventKind, NextStepStatus, Reply
from organiser.core.errors import ConflictError
from organiser.core.locking import conflict_message
from organiser.core.models import AgendaItem, Event, Idea, Invitation, NextStep, Theme
from organiser.core.storage import Database, open_database
from organiser.services.demo import build_demo

REFUSED = "was changed by someone else since you opened it; reload to see their change"


@contextmanager
def two_coordinators(target: str) -> Iterator[tuple[Database, Database]]:
    """A and B: two open databases on the same file or server, the demo loaded once."""
    first = open_database(target)
    second = open_database(target)
    try:
        build_demo(first, replace=True)
        yield first, second
    finally:
        first.close()
        second.close()


def _workshop(db: Database) -> int:
    with db.session() as session:
        found = session.scalar(select(Event.id).where(Event.kind == EventKind.WORKSHOP))
        assert found is not None
        return found


def _first(db: Database, model: Any, *where: Any) -> int:
    with db.session() as session:
        found = session.scalar(select(model.id).where(*where).order_by(model.id))
        assert found is not None
        return int(found)


def _refused(save: Callable[[], object], record: str) -> ConflictError:
    with pytest.raises(ConflictError) as info:
        save()
    assert str(info.value) == conflict_message(record)
    assert REFUSED in str(info.value)
    return info.value


# --- the scenarios (SQLite here, PostgreSQL in tests/postgres) ----------------------------


def event_form_saved_after_someone_changed_the_venue(target: str) -> None:
    """The finding: A reads event 5, B changes its venue, A saves its form."""
    from organiser.services.events import event_form_values, update_event

    with two_coordinators(target) as (a, b):
        event_id = _workshop(a)
        form = event_form_values(a, event_id)  # A opens the editor
        theirs = event_form_values(b, event_id)
        update_event(b, event_id, expected_version=theirs["version"], venue="Ankara, Hall B")
        mine = {k: form[k] for k in ("title", "start", "end", "timezone", "address",
                                     "online_url", "description", "language")}
        mine["title"] = "Gathering of partners (revised)"
        error = _refused(lambda: update_event(a, event_id, expected_version=form["version"],
                                              venue=form["venue"], **mine),
                         f"event “{form['title']}”")
        assert error.record == f"event “{form['title']}”"
        stored = event_form_values(a, event_id)
        assert stored["venue"] == "Ankara, Hall B"  # B's venue is not lost
        assert stored["title"] == form["title"]  # and nothing of A's half-saved
        # A reloads and saves again: it goes through, on top of B's venue
        change = update_event(a, event_id, expected_version=stored["version"], **mine)
        assert change.version == stored["version"] + 1
        after = event_form_values(b, event_id)
        assert after["venue"] == "Ankara, Hall B"
        assert after["title"] == "Gathering of partners (revised)"


def person_and_organisation_forms(target: str) -> None:
    from organiser.core.models import Organisation, Person
    from organiser.services.organisations import get_organisation, save_organisation
    from organiser.services.people import get_person, save_person

    with two_coordinators(target) as (a, b):
        person_id = _first(a, Person)
        form = get_person(a, person_id)
        theirs = get_person(b, person_id)
        # B only adds an address (another table): the person's version must still move
        theirs.emails = [*theirs.emails, "second.address@example.org"]
        save_person(b, theirs)
        form.phone = "+90 312 555 0101"
        with a.session() as session:
            name = session.get(Person, person_id).name
        _refused(lambda: save_person(a, form), f"person “{name}”")
        assert "second.address@example.org" in get_person(a, person_id).emails
        assert get_person(a, person_id).phone != "+90 312 555 0101"

        org_id = _first(a, Organisation)
        org_form = get_organisation(a, org_id)
        org_theirs = get_organisation(b, org_id)
        org_theirs.country = "Kenya"
        save_organisation(b, org_theirs)
        org_form.notes = "Met at the gathering"
        _refused(lambda: save_organisation(a, org_form), f"organisation “{org_form.name}”")
        reloaded = get_organisation(a, org_id)
        assert reloaded.country == "Kenya" and reloaded.notes == org_theirs.notes
        reloaded.notes = "Met at the gathering"
        save_organisation(a, reloaded)
        assert get_organisation(b, org_id).notes == "Met at the gathering"


def next_step_status_from_two_screens(target: str) -> None:
    from organiser.services.nextsteps import get_next_step, set_status

    with two_coordinators(target) as (a, b):
        step_id = _first(a, NextStep, NextStep.status == NextStepStatus.OPEN)
        seen = get_next_step(a, step_id)
        row = set_status(b, step_id, NextStepStatus.IN_PROGRESS,
                         expected_version=get_next_step(b, step_id).version)
        assert row.version == seen.version + 1
        _refused(lambda: set_status(a, step_id, NextStepStatus.DROPPED,
                                    expected_version=seen.version),
                 f"next step “{seen.text[:59] + '…' if len(seen.text) > 60 else seen.text}”")
        assert get_next_step(a, step_id).status is NextStepStatus.IN_PROGRESS
        done = set_status(a, step_id, NextStepStatus.DONE, expected_version=row.version)
        assert done.status is NextStepStatus.DONE and done.version == row.version + 1


def agenda_minutes_ideas_themes_and_answers(target: str) -> None:
    from organiser.services import agenda, brainstorm, invitations, live

    with two_coordinators(target) as (a, b):
        event_id = _workshop(a)
        # an agenda item: A edits its title, B its duration
        plan = agenda.get_agenda(a, event_id)
        item = plan.items[0]
        agenda.update_item(b, item.id, expected_version=item.version, duration_minutes=45)
        _refused(lambda: agenda.update_item(a, item.id, expected_version=item.version,
                                            title="Welcome and tour de table"),
                 f"agenda item “{item.title}”")
        assert agenda.get_agenda(a, event_id).item(item.id).duration_minutes == 45

        # the minutes typed for an item on two laptops
        minutes_item = _first(a, AgendaItem, AgendaItem.event_id == event_id,
                              AgendaItem.minutes == "")
        with a.session() as session:
            start_version = session.get(AgendaItem, minutes_item).version
        saved = live.save_minutes(b, minutes_item, "B: the chair opened the session",
                                  expected_version=start_version)
        assert saved == start_version + 1
        with pytest.raises(ConflictError, match=REFUSED):
            live.save_minutes(a, minutes_item, "A: opening remarks",
                              expected_version=start_version)
        assert agenda.get_agenda(a, event_id).item(minutes_item).minutes == \
            "B: the chair opened the session"

        # an idea and a theme on the board
        board_id = brainstorm.board_for_event(a, event_id)
        board = brainstorm.get_board(a, board_id)
        idea = board.ideas[0]
        brainstorm.edit_idea(b, idea.id, "A shared curriculum with the institutes",
                             expected_version=idea.version)
        _refused(lambda: brainstorm.edit_idea(a, idea.id, "Curriculum",
                                              expected_version=idea.version),
                 "idea “A shared curriculum with the institutes”")  # named as stored now
        theme_id = brainstorm.create_theme(a, board_id, "Training")
        theme = next(t for t in brainstorm.get_board(a, board_id).themes if t.id == theme_id)
        brainstorm.rename_theme(b, theme_id, "Training and curriculum",
                                expected_version=theme.version)
        _refused(lambda: brainstorm.rename_theme(a, theme_id, "Capacity",
                                                 expected_version=theme.version),
                 "theme “Training and curriculum”")
        with a.session() as session:
            assert session.get(Theme, theme_id).title == "Training and curriculum"
            assert session.get(Idea, idea.id).text == \
                "A shared curriculum with the institutes"

        # an answer recorded by hand while a reply is applied
        invitation_id = _first(a, Invitation, Invitation.event_id == event_id)
        with a.session() as session:
            inv = session.get(Invitation, invitation_id)
            assert inv is not None
            seen, name = inv.version, inv.person.name
        invitations.set_reply(b, invitation_id, Reply.DECLINED, expected_version=seen)
        _refused(lambda: invitations.set_reply(a, invitation_id, Reply.ACCEPTED,
                                               expected_version=seen),
                 f"invitation of “{name}”")
        with a.session() as session:
            assert session.get(Invitation, invitation_id).reply is Reply.DECLINED


def race_inside_one_transaction(target: str) -> None:
    """B commits between A's read and A's write in one unit of work: the UPDATE ... WHERE
    version = ? matches nothing and the transaction says so, naming the record."""
    with two_coordinators(target) as (a, b):
        event_id = _workshop(a)
        with pytest.raises(ConflictError) as info, a.transaction() as mine:
            event = mine.get(Event, event_id)
            assert event is not None
            title = event.title
            with b.transaction() as theirs:
                other = theirs.get(Event, event_id)
                assert other is not None
                other.venue = "Ankara, Hall B"
            event.venue = "Istanbul"
        assert str(info.value) == conflict_message(f"event “{title}”")
        with a.session() as session:
            stored = session.get(Event, event_id)
            assert stored is not None and stored.venue == "Ankara, Hall B"


SCENARIOS = [event_form_saved_after_someone_changed_the_venue, person_and_organisation_forms,
             next_step_status_from_two_screens, agenda_minutes_ideas_themes_and_answers,
             race_inside_one_transaction]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.__name__)
def test_on_one_sqlite_file(scenario: Callable[[str], None], db_path: Path) -> None:
    scenario(str(db_path))


def test_tagging_from_the_list_moves_the_version_of_each_person_tagged(
        demo_db: Database) -> None:
    """Tags and addresses live in other tables; changing them from elsewhere than the form
    (the contacts list's Tag action) must still refuse a form opened before."""
    from organiser.core.models import Person
    from organiser.services.people import get_person, save_person
    from organiser.services.tags import tag_people, untag_people

    person_id = _first(demo_db, Person)
    form = get_person(demo_db, person_id)
    assert tag_people(demo_db, "Speakers", [person_id]) == 1
    form.job_title = "Director"
    with pytest.raises(ConflictError, match=REFUSED):
        save_person(demo_db, form)  # would have dropped "Speakers" unseen
    again = get_person(demo_db, person_id)
    assert "Speakers" in again.tags and again.version == form.version + 1  # type: ignore[operator]
    untag_people(demo_db, "Speakers", [person_id])
    assert get_person(demo_db, person_id).version == again.version + 1  # type: ignore[operator]
    # and a save that changes nothing does not move it
    same = get_person(demo_db, person_id)
    save_person(demo_db, same)
    assert get_person(demo_db, person_id).version == same.version


def test_saving_an_unchanged_record_with_its_version_succeeds(demo_db: Database) -> None:
    from organiser.services.events import event_form_values, update_event

    event_id = _workshop(demo_db)
    form = event_form_values(demo_db, event_id)
    change = update_event(demo_db, event_id, expected_version=form["version"],
                          description="Bring your ideas")
    assert change.version == form["version"] + 1
    # the editor saves again from the version the first save returned
    again = update_event(demo_db, event_id, expected_version=change.version,
                         description="Bring your ideas and a laptop")
    assert again.version == change.version + 1


# --- real processes: the command line writes while the app holds a form open --------------


def _organiser(db: Path | str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "organiser", "--db", str(db), *args],
                          capture_output=True, text=True, env=env, timeout=120, check=False)


def cli_change_in_another_process(target: str) -> None:
    """The app shows a next step; `organiser nextsteps set` (a real process) changes it; the
    app's save from what it showed is refused; the app's save moves the version the CLI then
    moves again."""
    from organiser.services.nextsteps import get_next_step, set_status

    # one Database in this process, as the app has (a second open_database here would open
    # the file with plain open() and drop this process's SQLite locks: issue 11 finding 1)
    app = open_database(target)
    try:
        build_demo(app, replace=True)
        step_id = _first(app, NextStep, NextStep.status == NextStepStatus.OPEN)
        shown = get_next_step(app, step_id)  # the Next steps area shows it
        done = _organiser(target, "nextsteps", "set", str(step_id), "--status", "done",
                          "--note", "sent by e-mail")
        assert done.returncode == 0, done.stderr
        with pytest.raises(ConflictError, match=REFUSED):
            set_status(app, step_id, NextStepStatus.DROPPED, expected_version=shown.version)
        after = get_next_step(app, step_id)
        assert after.status is NextStepStatus.DONE and after.version == shown.version + 1
        set_status(app, step_id, NextStepStatus.IN_PROGRESS, expected_version=after.version)
        again = _organiser(target, "nextsteps", "set", str(step_id), "--status", "done")
        assert again.returncode == 0, again.stderr
        assert get_next_step(app, step_id).version == after.version + 2
        assert get_next_step(app, step_id).status is NextStepStatus.DONE

        # the finding itself: the app's editor shows event 5, `events edit` (another
        # process) changes its venue, the editor saves: refused, the venue kept
        from organiser.services.events import event_form_values, update_event

        event_id = _workshop(app)
        form = event_form_values(app, event_id)
        edited = _organiser(target, "events", "edit", str(event_id), "--venue",
                            "Ankara, Hall B")
        assert edited.returncode == 0, edited.stderr
        with pytest.raises(ConflictError, match=REFUSED):
            update_event(app, event_id, expected_version=form["version"],
                         title="Gathering of partners (revised)", venue=form["venue"])
        stored = event_form_values(app, event_id)
        assert stored["venue"] == "Ankara, Hall B" and stored["title"] == form["title"]
        assert stored["version"] == form["version"] + 1
    finally:
        app.close()


def test_a_cli_change_made_in_another_process_is_noticed_by_the_open_screen(
        db_path: Path) -> None:
    cli_change_in_another_process(str(db_path))


def test_a_contacts_import_in_another_process_is_noticed_by_the_open_person_form(
        demo_db: Database, db_path: Path, tmp_path: Path) -> None:
    import json

    from organiser.services.people import get_person, save_person

    people = _organiser(db_path, "contacts", "list", "--json")
    assert people.returncode == 0, people.stderr

    someone = next(p for p in json.loads(people.stdout) if p["family_name"] == "Asante")
    form = get_person(demo_db, someone["id"])
    csv = tmp_path / "update.csv"
    address = someone["emails"][0]
    csv.write_text("Given name,Family name,E-mail,Phone\n"
                   f"{form.given_name},{form.family_name},{address},+254 20 555 0199\n",
                   encoding="utf-8")
    imported = _organiser(db_path, "contacts", "import", str(csv))
    assert imported.returncode == 0, imported.stderr
    assert get_person(demo_db, someone["id"]).phone == "+254 20 555 0199"
    form.job_title = "Programme officer"
    with pytest.raises(ConflictError, match=REFUSED):
        save_person(demo_db, form)
    assert get_person(demo_db, someone["id"]).phone == "+254 20 555 0199"
