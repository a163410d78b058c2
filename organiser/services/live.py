"""The live workshop: check-in, walk-ins, the agenda timer, minutes, decisions and next steps."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from organiser.core.enums import AttendanceStatus, MinutesStatus, NextStepStatus, Reply
from organiser.core.errors import InputError, NotFoundError
from organiser.core.locking import check_version, conflict
from organiser.core.models import (
    AgendaItem,
    Attendance,
    Decision,
    Event,
    Invitation,
    LineOfAction,
    NextStep,
    NextStepChange,
    Organisation,
    Person,
    PersonEmail,
    utcnow,
)
from organiser.core.storage import Database
from organiser.core.text import clean_line, clean_text, email_key, fold, sort_key
from organiser.services.agenda import schedule
from organiser.services.minutes import ensure_minutes_editable
from organiser.services.nextsteps import owner_name as owner_of
from organiser.services.organisations import find_organisation
from organiser.services.records import required

# --- check-in ---------------------------------------------------------------------------


@dataclass(frozen=True)
class RosterRow:
    """One person at the door: invited, or a walk-in."""

    person_id: int
    name: str
    organisation: str
    email: str
    invited: bool
    reply: Reply | None
    status: AttendanceStatus | None
    walk_in: bool
    key: str  # folded name, Latin transliteration, organisation and e-mail, for searching
    # the attendance's version as read (NO_ROW: not checked in): what a mark from this line
    # expects to find stored
    version: int = field(default=0, compare=False)
    # where the row sorts (family name across scripts): a changed row is put back in place
    order: tuple[int, str] = field(default=(0, ""), compare=False, repr=False)

    def matches(self, words: list[str]) -> bool:
        return all(w in self.key for w in words)


def _event(session: Session, event_id: int) -> Event:
    return required(session, Event, event_id, "event", "EVENT")


def roster(db: Database, event_id: int) -> list[RosterRow]:
    """Everyone invited to the event or checked in, sorted by family name across scripts."""
    with db.session() as session:
        _event(session, event_id)
        return sorted(_roster_rows(session, event_id, None), key=lambda r: r.order)


def roster_row(db: Database, event_id: int, person_id: int) -> RosterRow | None:
    """One person's line of the roster as stored now (None: no longer on it), for showing
    a check-in without reading everyone again."""
    with db.session() as session:
        _event(session, event_id)
        rows = _roster_rows(session, event_id, person_id)
    return rows[0] if rows else None


def _roster_rows(session: Session, event_id: int, person_id: int | None) -> list[RosterRow]:
    """The roster's rows, or the one of `person_id` (unsorted); columns, not entities."""
    invited_query = select(Invitation.person_id, Invitation.reply).where(
        Invitation.event_id == event_id)
    attended_query = select(Attendance.person_id, Attendance.status, Attendance.walk_in,
                            Attendance.version).where(Attendance.event_id == event_id)
    if person_id is not None:
        invited_query = invited_query.where(Invitation.person_id == person_id)
        attended_query = attended_query.where(Attendance.person_id == person_id)
    invitations = {p: r for p, r in session.execute(invited_query)}
    attendances = {p: (s, w, v) for p, s, w, v in session.execute(attended_query)}
    ids = set(invitations) | set(attendances)
    if not ids:
        return []
    people = session.execute(
        select(Person.id, Person.display_name, Person.given_name, Person.family_name,
               Person.latin_name, Organisation.name, Organisation.acronym)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .where(Person.id.in_(ids))).all()
    emails: dict[int, str] = {}
    for pid, address in session.execute(
            select(PersonEmail.person_id, PersonEmail.address)
            .where(PersonEmail.person_id.in_(ids)).order_by(PersonEmail.position)):
        emails.setdefault(pid, address)
    return [_line(person, pid in invitations, invitations.get(pid),
                  attendances.get(pid, (None, False, NO_ROW)), emails.get(pid, ""))
            for person in people for pid in (person[0],)]


def _line(person: Any, invited: bool, reply: Reply | None, attendance: Any,
          email: str) -> RosterRow:
    pid, display, given, family, latin, org_name, acronym = person
    name = display or " ".join(p for p in (given, family) if p)  # as Person.name
    status, walk_in, version = attendance
    key = fold(" ".join([name, given, family, latin, org_name or "", acronym or "", email]))
    order = latin or f"{family} {given}".strip()
    return RosterRow(
        person_id=pid, name=name, organisation=org_name or "", email=email,
        invited=invited, reply=reply, status=status,
        walk_in=bool(walk_in), key=key, order=sort_key(order or name), version=version)


def _person_line(session: Session, event_id: int, person_id: int) -> RosterRow | None:
    """One person's line in one statement (as `_roster_rows` would give it)."""
    first_email = select(PersonEmail.address).where(PersonEmail.person_id == Person.id) \
        .order_by(PersonEmail.position).limit(1).scalar_subquery()
    found = session.execute(
        select(Person.id, Person.display_name, Person.given_name, Person.family_name,
               Person.latin_name, Organisation.name, Organisation.acronym,
               Invitation.id, Invitation.reply, Attendance.id, Attendance.status,
               Attendance.walk_in, Attendance.version, first_email)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .outerjoin(Invitation, (Invitation.person_id == Person.id)
                   & (Invitation.event_id == event_id))
        .outerjoin(Attendance, (Attendance.person_id == Person.id)
                   & (Attendance.event_id == event_id))
        .where(Person.id == person_id)).first()
    if found is None or (found[7] is None and found[9] is None):
        return None  # neither invited nor checked in: not on the roster
    attendance = (found[10], found[11], found[12]) if found[9] is not None else \
        (None, False, NO_ROW)
    return _line(found[:7], found[7] is not None, found[8], attendance, found[13] or "")


def search(rows: list[RosterRow], text: str) -> list[RosterRow]:
    """Rows matching every typed word anywhere in a name (accents and case ignored)."""
    return search_words(rows, search_terms(text))


def search_terms(text: str) -> list[str]:
    """The typed text as the words `search_words` looks for (folded as the rows' keys)."""
    return fold(text).split()


def search_words(rows: list[RosterRow], words: list[str]) -> list[RosterRow]:
    """Rows whose key (folded when read) holds every word: no name is folded again, and each
    line costs one substring test per word (at C speed), not a method call."""
    if not words:
        return list(rows)
    if len(words) == 1:
        word = words[0]
        return [r for r in rows if word in r.key]
    first, rest = words[0], words[1:]
    return [r for r in rows if first in r.key and all(w in r.key for w in rest)]


def narrows(words: list[str], before: list[str]) -> bool:
    """Whether every line matching `words` also matches `before` (each earlier word is part
    of the word now in its place: typing one more letter or word), so that only the lines
    `before` matched need looking at."""
    return len(words) >= len(before) and all(b in w for b, w in zip(before, words, strict=False))


@dataclass(frozen=True)
class Counts:
    invited: int
    present: int  # present, late or left early: they came
    walk_ins: int
    apologies: int

    def label(self) -> str:
        extra = f" (+{self.walk_ins} walk-in{'s' if self.walk_ins != 1 else ''})" \
            if self.walk_ins else ""
        return f"{self.present} present of {self.invited} invited{extra}"


CAME = (AttendanceStatus.PRESENT, AttendanceStatus.LATE, AttendanceStatus.LEFT_EARLY)


def counts(db: Database, event_id: int) -> Counts:
    with db.session() as session:
        return _counts(session, event_id)


def _counts(session: Session, event_id: int) -> Counts:
    """Counted by the database: a few rows (one per status and walk-in or not) whatever the
    number of check-ins, and the invitations' count in the same statement."""
    invited = select(func.count()).select_from(Invitation).where(
        Invitation.event_id == event_id).scalar_subquery()
    rows = session.execute(
        select(Attendance.status, Attendance.walk_in, func.count(), invited)
        .where(Attendance.event_id == event_id)
        .group_by(Attendance.status, Attendance.walk_in)).all()
    if not rows:  # nobody marked yet: no group to carry the invitations' count
        return Counts(invited=session.scalar(select(invited)) or 0, present=0, walk_ins=0,
                      apologies=0)
    return Counts(invited=rows[0][3] or 0, present=sum(n for s, _w, n, _i in rows if s in CAME),
                  walk_ins=sum(n for s, w, n, _i in rows if w and s in CAME),
                  apologies=sum(n for s, _w, n, _i in rows
                                if s is AttendanceStatus.APOLOGIES))


def person_now(db: Database, event_id: int, person_id: int) -> tuple[RosterRow | None, Counts]:
    """After a check-in: that person's line of the roster as stored now (None: no longer on
    it) and the counts, read together (one session, nobody else's line)."""
    with db.session() as session:
        _event(session, event_id)
        return _person_line(session, event_id, person_id), _counts(session, event_id)


# the version of "not checked in" (no attendance row): a stored row never has it
NO_ROW = 0


@dataclass(frozen=True)
class Mark:
    """What marking someone did: the status and check-in time before (what undo puts back)
    and the attendance's version after (what undo expects to find: NO_ROW when none)."""

    previous: tuple[AttendanceStatus | None, dt.datetime | None]
    version: int


def set_status(db: Database, event_id: int, person_id: int,
               status: AttendanceStatus | None, *, now: dt.datetime | None = None
               ) -> tuple[AttendanceStatus | None, dt.datetime | None]:
    """Mark someone (None: back to not checked in); returns the previous status and time."""
    return mark(db, event_id, person_id, status, now=now).previous


def mark(db: Database, event_id: int, person_id: int, status: AttendanceStatus | None, *,
         now: dt.datetime | None = None, checked_in_at: dt.datetime | None = None,
         expected_version: int | None = None) -> Mark:
    """Mark someone (None: back to not checked in).

    Idempotent: marking the status already stored (two laptops checking in the same person
    at the door) changes nothing and is never a conflict; the first check-in time stays.
    `expected_version`: the version the roster showed (NO_ROW: not checked in; None: not
    checked, the command line). Another status stored since (a colleague marked them, or
    undid their check-in) is refused (ConflictError), not overwritten. `checked_in_at`
    puts a time back exactly (undo).
    """
    with db.transaction() as session:
        _event(session, event_id)
        person = session.get(Person, person_id)
        if person is None:
            raise NotFoundError(f"no person with id {person_id}", field="person")
        att = session.scalars(select(Attendance).where(
            Attendance.event_id == event_id, Attendance.person_id == person_id)).one_or_none()
        previous = (att.status, att.checked_in_at) if att else (None, None)
        stored = att.version if att is not None else NO_ROW
        wanted = AttendanceStatus(status) if status is not None else None
        if previous[0] == wanted and (checked_in_at is None or previous[1] == checked_in_at):
            return Mark(previous, stored)  # already so: nothing to write, nothing to refuse
        if expected_version is not None and stored != expected_version:
            raise conflict(f"check-in of “{person.name}”")
        if wanted is None:
            if att is not None:
                if att.walk_in:
                    raise InputError("a walk-in is removed, not unchecked", field="status")
                session.delete(att)
                session.flush()
            return Mark(previous, NO_ROW)
        if att is None:
            att = Attendance(event_id=event_id, person_id=person_id, status=wanted)
            session.add(att)
        att.status = wanted
        if checked_in_at is not None:
            att.checked_in_at = checked_in_at
        elif wanted in CAME and att.checked_in_at is None:
            att.checked_in_at = now or utcnow()
        elif wanted not in CAME:
            att.checked_in_at = None
        session.flush()
        return Mark(previous, att.version)


def restore_status(db: Database, event_id: int, person_id: int,
                   status: AttendanceStatus | None, checked_in_at: dt.datetime | None, *,
                   expected_version: int | None = None) -> int:
    """Put back a status and check-in time exactly as they were (undo); returns the version
    left. `expected_version`: the version this window's own mark left; a colleague's change
    since is refused (ConflictError), not undone."""
    return mark(db, event_id, person_id, status, checked_in_at=checked_in_at,
                expected_version=expected_version).version


def _split_name(name: str) -> tuple[str, str]:
    parts = name.split()
    if len(parts) == 1:
        return "", parts[0]
    return " ".join(parts[:-1]), parts[-1]


def add_walk_in(db: Database, event_id: int, name: str, organisation: str = "",
                email: str = "", *, now: dt.datetime | None = None,
                person_id: int | None = None) -> int:
    """A person who came without an invitation: a new contact, present; returns the person id.

    An e-mail address already known finds the existing person instead of making a twin.
    `person_id` gives a new person the id they had (redoing an undone walk-in).
    """
    name = clean_line(name)
    if not name:
        raise InputError("a walk-in needs a name", field="name")
    email = clean_line(email)
    if email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
        raise InputError(f"{email!r} is not an e-mail address", field="e-mail")
    # the write lock from the first read: an organisation (or address) found missing is
    # still missing when it is written
    with db.write_transaction(wait=10) as session:
        _event(session, event_id)
        person = None
        if email:
            known = session.scalars(select(PersonEmail).where(
                PersonEmail.address_key == email_key(email))).first()
            person = known.person if known else None
        org_text = clean_line(organisation)
        org = find_organisation(session, org_text)
        if org is None and org_text:
            org = Organisation(name=org_text)
            session.add(org)
        if person is None:
            given, family = _split_name(name)
            person = Person(given_name=given, family_name=family, organisation=org,
                            notes="Walk-in")
            if person_id is not None:
                person.id = person_id
            if email:
                person.emails.append(PersonEmail(address=email, address_key=email_key(email)))
            session.add(person)
            session.flush()
        att = session.scalars(select(Attendance).where(
            Attendance.event_id == event_id, Attendance.person_id == person.id)).one_or_none()
        if att is not None:
            raise InputError(f"{person.name} is already on the list", field="name")
        session.add(Attendance(event_id=event_id, person_id=person.id,
                               status=AttendanceStatus.PRESENT, walk_in=True,
                               checked_in_at=now or utcnow()))
        return person.id


def remove_walk_in(db: Database, event_id: int, person_id: int, *,
                   expected_version: int | None = None) -> None:
    """Undo a walk-in: the attendance goes, and the person too if nothing else refers to them.

    `expected_version`: the attendance's version as this window left it; one changed since
    (a colleague marked them left early) is refused (ConflictError), not removed."""
    with db.transaction() as session:
        att = session.scalars(select(Attendance).where(
            Attendance.event_id == event_id, Attendance.person_id == person_id)).one_or_none()
        if att is not None:
            check_version(att, expected_version, f"check-in of “{att.person.name}”")
            session.delete(att)
            session.flush()
        person = session.get(Person, person_id)
        if person is None or person.notes != "Walk-in":
            return
        used = session.scalar(select(func.count()).select_from(Attendance)
                              .where(Attendance.person_id == person_id)) or 0
        used += session.scalar(select(func.count()).select_from(Invitation)
                               .where(Invitation.person_id == person_id)) or 0
        if not used:
            session.delete(person)


# --- the timer --------------------------------------------------------------------------


def _agenda_item(session: Session, item_id: int) -> AgendaItem:
    return required(session, AgendaItem, item_id, "agenda item")


TimerState = list[tuple[int, dt.datetime | None, dt.datetime | None]]


def timer_state(db: Database, event_id: int) -> TimerState:
    """(item id, actual start, actual end) of every item: what undo puts back."""
    with db.session() as session:
        return [(i.id, i.actual_start, i.actual_end) for i in session.scalars(
            select(AgendaItem).where(AgendaItem.event_id == event_id))]


def restore_timer(db: Database, event_id: int, state: TimerState) -> None:
    with db.transaction() as session:
        event = _event(session, event_id)
        saved = {item_id: (start, end) for item_id, start, end in state}
        for item in event.agenda_items:
            if item.id in saved:
                item.actual_start, item.actual_end = saved[item.id]
        session.flush()
        schedule(session, event)


def start_item(db: Database, item_id: int, *, now: dt.datetime | None = None) -> None:
    """Start an item now; the running one ends now; the rest of the day moves accordingly."""
    now = now or utcnow()
    with db.transaction() as session:
        item = _agenda_item(session, item_id)
        event = _event(session, item.event_id)
        for other in event.agenda_items:
            if other.actual_start is not None and other.actual_end is None and other is not item:
                other.actual_end = max(now, other.actual_start)
        item.actual_start = now
        item.actual_end = None
        session.flush()
        schedule(session, event)


def next_item(db: Database, event_id: int, *, now: dt.datetime | None = None) -> int | None:
    """End the running item and start the next one of its day (or the first not started)."""
    now = now or utcnow()
    with db.session() as session:
        items = sorted(_event(session, event_id).agenda_items,
                       key=lambda i: (i.day, i.position))
        running = next((i for i in items if i.actual_start is not None and i.actual_end is None),
                       None)
        following: AgendaItem | None
        if running is not None:
            later = items[items.index(running) + 1:]
            following = next((i for i in later if i.actual_start is None and
                              i.day == running.day), None)
        else:
            following = next((i for i in items if i.actual_start is None), None)
        running_id = running.id if running else None
        following_id = following.id if following else None
    if following_id is not None:
        start_item(db, following_id, now=now)
    elif running_id is not None:
        stop_item(db, running_id, now=now)
    return following_id


def stop_item(db: Database, item_id: int, *, now: dt.datetime | None = None) -> None:
    now = now or utcnow()
    with db.transaction() as session:
        item = _agenda_item(session, item_id)
        if item.actual_start is None:
            item.actual_start = now
        item.actual_end = max(now, item.actual_start)
        session.flush()
        schedule(session, _event(session, item.event_id))


# --- minutes ----------------------------------------------------------------------------


def save_minutes(db: Database, item_id: int, text: str, *,
                 expected_version: int | None = None) -> int:
    """Store the minutes typed for an item; returns the item's version for the next save.

    `expected_version` is the version the typing started from: minutes changed elsewhere
    since (another laptop, the agenda editor) are refused, never overwritten.
    """
    with db.transaction() as session:
        item = _agenda_item(session, item_id)
        ensure_minutes_editable(session, item.event_id)
        check_version(item, expected_version)
        value = clean_text(text)
        if item.minutes != value:
            item.minutes = value
        session.flush()
        return item.version


def minutes_approved(db: Database, event_id: int) -> bool:
    with db.session() as session:
        return _event(session, event_id).minutes_status is MinutesStatus.APPROVED


# --- decisions and next steps -----------------------------------------------------------


@dataclass(frozen=True)
class Owner:
    """Someone who can own a next step: a person (attendee or invitee) or an organisation."""

    label: str
    person_id: int | None = None
    organisation_id: int | None = None
    key: str = ""


def owner_choices(db: Database, event_id: int) -> list[Owner]:
    """People of the event (invited or present) first, then every organisation."""
    people = roster(db, event_id)
    owners = [Owner(f"{r.name} ({r.organisation})" if r.organisation else r.name,
                    person_id=r.person_id, key=r.key) for r in people]
    with db.session() as session:  # plain columns: a thousand organisations in a few ms
        for org_id, name, acronym in session.execute(
                select(Organisation.id, Organisation.name, Organisation.acronym)
                .order_by(Organisation.name)):
            label = f"{name} ({acronym})" if acronym else name
            owners.append(Owner(label, organisation_id=org_id, key=fold(f"{name} {acronym}")))
    return owners


def organisation_names(db: Database) -> list[str]:
    """Every organisation's name, for a walk-in's organisation field (in a worker)."""
    with db.session() as session:
        return sorted(session.scalars(select(Organisation.name)), key=sort_key)


def lines_of_action(db: Database) -> list[tuple[int, str]]:
    with db.session() as session:
        return [(line.id, f"{line.code} — {line.name}" if line.code else line.name)
                for line in session.scalars(select(LineOfAction).order_by(
                    LineOfAction.position, LineOfAction.name))]


_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}


def parse_due_date(text: str, *, today: dt.date | None = None) -> dt.date | None:
    """A typed due date: 2027-03-31, 31/03/2027, 31.03.2027, 31 Mar 2027, Mar 31 2027."""
    value = clean_line(text)
    if not value:
        return None
    try:
        match = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", value)
        if match:
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        match = re.fullmatch(r"(\d{1,2})[./](\d{1,2})[./](\d{4})", value)
        if match:
            return dt.date(int(match[3]), int(match[2]), int(match[1]))
        match = re.fullmatch(r"(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})", value)
        if match and match[2].lower() in _MONTHS:
            return dt.date(int(match[3]), _MONTHS[match[2].lower()], int(match[1]))
        match = re.fullmatch(r"([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})", value)
        if match and match[1].lower() in _MONTHS:
            return dt.date(int(match[3]), _MONTHS[match[1].lower()], int(match[2]))
    except ValueError as exc:
        raise InputError(f"{value!r} is not a date ({exc})", field="due date") from exc
    raise InputError(f"{value!r} is not a date; type it as 2027-03-31", field="due date")


def _position(session: Session, event_id: int) -> int:
    return (session.scalar(select(func.max(Decision.position))
                           .where(Decision.event_id == event_id)) or 0) + 1


def add_decision(db: Database, event_id: int, text: str, *, agenda_item_id: int | None = None,
                 line_of_action_id: int | None = None, source_idea_id: int | None = None,
                 source_theme_id: int | None = None, decision_id: int | None = None) -> int:
    text = clean_text(text).strip()
    if not text:
        raise InputError("a decision needs a text", field="decision")
    with db.transaction() as session:
        ensure_minutes_editable(session, event_id)
        decision = Decision(event_id=event_id, text=text, agenda_item_id=agenda_item_id,
                            line_of_action_id=line_of_action_id, source_idea_id=source_idea_id,
                            source_theme_id=source_theme_id,
                            position=_position(session, event_id))
        if decision_id is not None:
            decision.id = decision_id
        session.add(decision)
        session.flush()
        return decision.id


def delete_decision(db: Database, decision_id: int, *,
                    expected_version: int | None = None) -> None:
    """Take back a decision (undoing its capture). `expected_version`: the version it had
    when captured; one reworded since (the Next steps area, a colleague) is refused
    (ConflictError), not deleted unseen."""
    with db.transaction() as session:
        decision = session.get(Decision, decision_id)
        if decision is not None:
            check_version(decision, expected_version)
            ensure_minutes_editable(session, decision.event_id)
            session.delete(decision)


def add_next_step(db: Database, event_id: int, text: str, *, owner: Owner | None = None,
                  owner_name: str = "", due_date: dt.date | None = None,
                  line_of_action_id: int | None = None, agenda_item_id: int | None = None,
                  decision_id: int | None = None, source_idea_id: int | None = None,
                  source_theme_id: int | None = None, step_id: int | None = None) -> int:
    """Record what someone agreed to do; the history starts with its opening.

    `step_id` gives the step back its id when an undone capture is made again.
    """
    text = clean_text(text).strip()
    if not text:
        raise InputError("a next step needs a text", field="next step")
    with db.transaction() as session:
        ensure_minutes_editable(session, event_id)
        person_id = owner.person_id if owner else None
        org_id = owner.organisation_id if owner else None
        name = owner_of(session, person_id, org_id, clean_line(owner_name))
        step = NextStep(text=text, owner_person_id=person_id, owner_organisation_id=org_id,
                        owner_name=name, due_date=due_date, status=NextStepStatus.OPEN,
                        event_id=event_id, agenda_item_id=agenda_item_id,
                        decision_id=decision_id, source_idea_id=source_idea_id,
                        source_theme_id=source_theme_id, line_of_action_id=line_of_action_id)
        if step_id is not None:
            step.id = step_id
        step.history.append(NextStepChange(old_status=None, new_status=NextStepStatus.OPEN,
                                           note="Agreed at the meeting"))
        session.add(step)
        session.flush()
        return step.id


def delete_next_step(db: Database, step_id: int, *,
                     expected_version: int | None = None) -> None:
    """Take back a next step (undoing its capture). `expected_version`: the version it had
    when captured; one whose status, owner or due date changed since is refused
    (ConflictError), not deleted unseen."""
    with db.transaction() as session:
        step = session.get(NextStep, step_id)
        if step is not None:
            check_version(step, expected_version)
            if step.event_id is not None:
                ensure_minutes_editable(session, step.event_id)
            session.delete(step)


@dataclass(frozen=True)
class Outcome:
    kind: str  # "decision" or "next step"
    id: int
    text: str
    owner: str
    due_date: dt.date | None
    agenda_item_id: int | None

    def label(self) -> str:
        if self.kind == "decision":
            return f"Decision: {self.text}"
        extra = ", ".join(x for x in (self.owner, self.due_date.isoformat()
                                      if self.due_date else "") if x)
        return f"Next step: {self.text}" + (f" — {extra}" if extra else "")


def outcomes(db: Database, event_id: int) -> list[Outcome]:
    """Decisions then next steps of the event, in the order they were taken."""
    with db.session() as session:
        result = [Outcome("decision", d.id, d.text, "", None, d.agenda_item_id)
                  for d in session.scalars(select(Decision).where(Decision.event_id == event_id)
                                           .order_by(Decision.position, Decision.id))]
        result += [Outcome("next step", n.id, n.text, n.owner_name, n.due_date,
                           n.agenda_item_id)
                   for n in session.scalars(select(NextStep).where(NextStep.event_id == event_id)
                                            .order_by(NextStep.id))]
    return result


def event_header(db: Database, event_id: int) -> dict[str, Any]:
    with db.session() as session:
        event = _event(session, event_id)
        return {"title": event.title, "timezone": event.timezone, "venue": event.venue,
                "start": event.start, "end": event.end,
                "minutes_status": event.minutes_status}
