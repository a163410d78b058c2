"""Invitations: who is invited to an event, with which role, and what they answered."""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from organiser.core.enums import Reply, Role, parse_choice
from organiser.core.errors import InputError, NotFoundError
from organiser.core.invitation_state import (
    Edit,
    event_state,
    hand_answer,
    record_edits,
    store_answer,
)
from organiser.core.locking import check_version
from organiser.core.models import (
    Event,
    Invitation,
    Organisation,
    Person,
    PersonEmail,
    RemovedInvitee,
    Tag,
    utcnow,
)
from organiser.core.storage import Database
from organiser.core.text import clean_line, clean_text, email_key
from organiser.services.events import get_event
from organiser.services.serialise import iso


@dataclass(frozen=True)
class InvitationRow:
    """One line of an event's invitation list."""

    id: int
    event_id: int
    person_id: int
    name: str
    email: str
    organisation: str
    role: Role
    reply: Reply
    comment: str
    replied_at: dt.datetime | None
    reply_sequence: int | None
    person_timezone: str
    event_start: dt.datetime
    event_timezone: str
    delegated_from: str = ""
    # what a change made from this line must still find stored (optimistic locking)
    version: int = 0

    @functools.cached_property
    def zone(self) -> str:
        """The invitee's zone, else the event's (when the contact has none or a bad one).
        Worked out once per row: the first check of a zone name reads the system's list of
        zones, tens of milliseconds (`list_invitations` does it in the reading thread)."""
        from organiser.core.zones import zone

        if zone(self.person_timezone) is not None:
            return self.person_timezone.strip()
        return self.event_timezone

    @functools.cached_property
    def local_start(self) -> dt.datetime:
        """When the event starts on the invitee's own clock."""
        return self.event_start.astimezone(ZoneInfo(self.zone))

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "person_id": self.person_id, "name": self.name, "email": self.email,
            "organisation": self.organisation, "role": self.role.value,
            "reply": self.reply.value, "comment": self.comment,
            "replied_at": iso(self.replied_at), "local_start": iso(self.local_start),
            "timezone": self.zone, "delegated_from": self.delegated_from,
        }


def invitation_email(inv: Invitation) -> str:
    return inv.email or inv.person.primary_email


def list_invitations(db: Database, event_id: int,
                     ids: Collection[int] | None = None) -> list[InvitationRow]:
    """The event's invitations, in the order invited; only those of `ids` (still stored),
    read on their own, when given (a line changed)."""
    with db.session() as session:
        event = get_event(session, event_id)
        query = (select(Invitation).where(Invitation.event_id == event_id)
                 .options(selectinload(Invitation.person).selectinload(Person.emails),
                          selectinload(Invitation.person).selectinload(Person.organisation))
                 .order_by(Invitation.id))
        if ids is not None:
            query = query.where(Invitation.id.in_(sorted(set(ids))))
        invitations = session.scalars(query).all()
        names = {inv.id: inv.person.name for inv in invitations}
        delegators = {inv.delegated_from_id for inv in invitations} - set(names) - {None}
        if delegators:  # who passed theirs on, when not among those read
            names.update({inv.id: inv.person.name for inv in session.scalars(
                select(Invitation).where(Invitation.id.in_(delegators))
                .options(selectinload(Invitation.person)))})
        rows = [
            InvitationRow(
                id=inv.id, event_id=event_id, person_id=inv.person_id, name=inv.person.name,
                email=invitation_email(inv),
                organisation=inv.person.organisation.name if inv.person.organisation else "",
                role=inv.role, reply=inv.reply, comment=inv.reply_comment,
                replied_at=inv.replied_at, reply_sequence=inv.reply_sequence,
                person_timezone=inv.person.timezone, event_start=event.start,
                event_timezone=event.timezone,
                delegated_from=names.get(inv.delegated_from_id or 0, ""),
                version=inv.version,
            )
            for inv in invitations
        ]
    for row in rows:  # each invitee's clock here, not where the table draws it
        _ = row.local_start
    return rows


@dataclass(frozen=True)
class Counts:
    by_reply: dict[Reply, int]
    by_role: dict[Role, int]
    total: int

    def summary(self) -> str:
        replies = ", ".join(f"{self.by_reply[r]} {r.value}" for r in Reply if self.by_reply[r])
        roles = ", ".join(f"{self.by_role[r]} {r.value}" for r in Role if self.by_role[r])
        return f"{self.total} invited — {replies or 'no replies'} — {roles or 'no roles'}"


def count_invitations(rows: Iterable[InvitationRow]) -> Counts:
    listed = list(rows)
    replies = Counter(r.reply for r in listed)
    roles = Counter(r.role for r in listed)
    return Counts({r: replies.get(r, 0) for r in Reply}, {r: roles.get(r, 0) for r in Role},
                  len(listed))


@dataclass
class InviteResult:
    added: list[str] = field(default_factory=list)
    already: list[str] = field(default_factory=list)
    without_email: list[str] = field(default_factory=list)
    sequence: int = 0

    def describe(self) -> str:
        parts = [f"{len(self.added)} invited"]
        if self.already:
            parts.append(f"{len(self.already)} already invited")
        if self.without_email:
            parts.append(f"{len(self.without_email)} without an e-mail address, not invited: "
                         + ", ".join(self.without_email))
        return "; ".join(parts)


def parse_role(value: str | Role) -> Role:
    return parse_choice(Role, value, "role")


def parse_reply_value(value: str | Reply) -> Reply:
    """A reply given as a word (accepted, declined...); not to be confused with reading a
    reply file (importers.replies.parse_reply)."""
    return parse_choice(Reply, value, "reply")


def check_address(address: str) -> str:
    """The rules of the contact import (one place: importers.contacts_common.email_problem),
    whether the address comes from a file, the command line or a form."""
    from organiser.importers.contacts_common import email_problem

    text = clean_line(address)
    if text != address.strip():
        raise InputError(f"{text[:80]!r} holds line breaks or control characters",
                         field="email")
    problem = email_problem(text)
    if problem is not None and problem.startswith("e-mail address '"):
        raise InputError(problem, field="email")  # says itself which address and why
    if problem is not None:
        why = "" if problem.startswith("malformed") else f": {problem}"
        raise InputError(f"{text[:80]!r} is not an e-mail address{why}", field="email")
    return text


def person_by_email(session: Session, address: str) -> Person | None:
    return session.scalars(
        select(Person).join(PersonEmail).where(PersonEmail.address_key == email_key(address))
        .order_by(Person.id)
    ).first()


def person_for_address(session: Session, address: str, name: str = "") -> Person:
    """The contact with that address, or a new contact for a guest from outside the list."""
    address = check_address(address)
    person = person_by_email(session, address)
    if person is None:
        person = Person(display_name=clean_line(name) or address)
        person.emails.append(PersonEmail(address=address, address_key=email_key(address)))
        session.add(person)
        session.flush()
    return person


def invite(db: Database, event_id: int, *, person_ids: Iterable[int] = (),
           emails: Iterable[str] = (), organisation_ids: Iterable[int] = (),
           tags: Iterable[str] = (), role: str | Role = Role.PARTICIPANT) -> InviteResult:
    """Invite people (by id, address, organisation or tag); one SEQUENCE step for the lot."""
    chosen_role = parse_role(role)
    result = InviteResult()
    with db.transaction() as session:
        event = get_event(session, event_id)
        people: list[tuple[Person, str]] = []
        for person_id in person_ids:
            person = session.get(Person, person_id)
            if person is None:
                raise NotFoundError(f"no person with id {person_id}", field="--person")
            people.append((person, ""))
        for address in emails:
            people.append((person_for_address(session, address), clean_line(address)))
        for org_id in organisation_ids:
            org = session.get(Organisation, org_id)
            if org is None:
                raise NotFoundError(f"no organisation with id {org_id}", field="--org")
            people.extend((p, "") for p in sorted(org.people, key=lambda p: p.id))
        for tag_name in tags:
            tag = session.scalars(select(Tag).where(Tag.name == clean_line(tag_name))).first()
            if tag is None:
                known = ", ".join(session.scalars(select(Tag.name).order_by(Tag.name)).all())
                raise NotFoundError(f"no tag {tag_name!r} (tags: {known or 'none'})",
                                    field="--tag")
            people.extend((p, "") for p in sorted(tag.people, key=lambda p: p.id))
        invited = {inv.person_id for inv in event.invitations}
        for person, address in people:
            if person.id in invited:
                if person.name not in result.already:
                    result.already.append(person.name)
                continue
            address = address or person.primary_email
            if not address:
                result.without_email.append(person.name)
                continue
            event.invitations.append(Invitation(person=person, role=chosen_role, email=address))
            invited.add(person.id)
            result.added.append(person.name)
        if result.added:
            record_edits(event, [Edit.INVITE])
            # someone invited again is no longer among the removed
            back = {email_key(inv.email) for inv in event.invitations}
            for gone in [r for r in event.removed_invitees if r.email_key in back]:
                event.removed_invitees.remove(gone)
        result.sequence = event.sequence
        return result


@dataclass(frozen=True)
class Removed:
    email: str
    name: str
    needs_cancel: bool = True  # they were sent the invitation and not yet the CANCEL


def removed_entries(event: Event) -> list[Removed]:
    """People removed from an event, as remembered on it."""
    return [Removed(r.email, r.name, r.needs_cancel) for r in event.removed_invitees]


def uninvite(db: Database, event_id: int, emails: Iterable[str]) -> list[Removed]:
    """Remove invitees; each needs a CANCEL of their own (`cancel_calendar(db, id, emails)`).

    They are remembered on the event so that the CANCEL can still name them afterwards.
    """
    with db.transaction() as session:
        return _uninvite(session, get_event(session, event_id), emails)


def _uninvite(session: Session, event: Event, emails: Iterable[str]) -> list[Removed]:
    """`uninvite` inside a caller's transaction."""
    typed = {email_key(e): e.strip() for e in emails}  # said back as typed, not as a key
    wanted = set(typed)
    removed: list[Removed] = []
    sent: dict[str, bool] = {}
    for inv in list(event.invitations):
        keys = {email_key(inv.email)} | {e.address_key for e in inv.person.emails}
        if keys & wanted:
            removed.append(Removed(invitation_email(inv), inv.person.name))
            sent[email_key(invitation_email(inv))] = inv.sent_at is not None
            wanted -= keys
            session.delete(inv)
    if wanted:
        raise NotFoundError(f"not invited to '{event.title}': "
                            f"{', '.join(sorted(typed[k] for k in wanted))}", field="--email")
    record_edits(event, [Edit.UNINVITE])
    # remembered afresh: removed again after being invited back, they need a new CANCEL
    known = {r.email_key: r for r in event.removed_invitees}
    for gone in removed:
        key = email_key(gone.email)
        entry = known.get(key)
        if entry is None:
            event.removed_invitees.append(RemovedInvitee(
                email=gone.email, email_key=key, name=gone.name, sent=sent[key]))
        else:
            entry.email, entry.name, entry.sent = gone.email, gone.name, sent[key]
            entry.cancelled_at = None
    return removed


def remove_invitation(db: Database, invitation_id: int, *,
                      expected_version: int | None = None) -> Removed:
    """Remove one invitee (see `remove_invitations`)."""
    return remove_invitations(db, {invitation_id: expected_version})[0]


def remove_invitations(db: Database, shown: Mapping[int, int | None]) -> list[Removed]:
    """Remove invitees chosen on the list, all or none: `shown` maps each invitation to the
    version the list showed (None: whatever is stored). An invitation answered or changed
    since (a reply imported, a colleague's role change) refuses the whole removal
    (ConflictError): they are not removed over an answer nobody saw."""
    removed: list[Removed] = []
    with db.transaction() as session:
        by_event: dict[int, list[str]] = {}
        for invitation_id, version in shown.items():
            inv = session.get(Invitation, invitation_id)
            if inv is None:
                raise NotFoundError(f"no invitation with id {invitation_id}")
            check_version(inv, version)
            by_event.setdefault(inv.event_id, []).append(invitation_email(inv))
        for event_id, addresses in by_event.items():
            removed += _uninvite(session, get_event(session, event_id), addresses)
    return removed


def set_reply(db: Database, invitation_id: int, reply: str | Reply,
              comment: str | None = None, *, expected_version: int | None = None) -> None:
    """The coordinator records an answer by hand (a phone call, a hallway 'yes').

    It answers the event as it stands (its SEQUENCE, now), so a reschedule resets it like
    any other answer and an older mailed reply does not overwrite it. `expected_version`:
    the version the list showed; an answer recorded since (a reply imported, a colleague)
    is refused, not overwritten.
    """
    chosen = parse_reply_value(reply)
    with db.transaction() as session:
        inv = session.get(Invitation, invitation_id)
        if inv is None:
            raise NotFoundError(f"no invitation with id {invitation_id}")
        check_version(inv, expected_version)
        store_answer(inv, hand_answer(event_state(inv.event), chosen, utcnow()),
                     comment=None if comment is None else clean_text(comment))


def set_role(db: Database, invitation_id: int, role: str | Role, *,
             expected_version: int | None = None) -> None:
    chosen = parse_role(role)
    with db.transaction() as session:
        inv = session.get(Invitation, invitation_id)
        if inv is None:
            raise NotFoundError(f"no invitation with id {invitation_id}")
        check_version(inv, expected_version)
        if inv.role is not chosen:
            inv.role = chosen
            record_edits(inv.event, [Edit.ROLE])


def removed_invitees(db: Database, event_id: int) -> list[Removed]:
    """People removed from the event (who should get, or have got, a CANCEL)."""
    with db.session() as session:
        event = session.get(Event, event_id)
        if event is None:
            raise NotFoundError(f"no event with id {event_id}", field="EVENT")
        return removed_entries(event)


@dataclass(frozen=True)
class Choice:
    """Someone or a group that can be invited, with a folded key for search as you type."""

    kind: str  # "person", "organisation" or "tag"
    id: int
    label: str
    detail: str
    search_key: str


def invitee_choices(db: Database) -> list[Choice]:
    """People (with an address), organisations and tags, for the 'Add people' search."""
    from organiser.core.text import fold, sort_key

    choices: list[Choice] = []
    with db.session() as session:
        people = session.scalars(select(Person).options(
            selectinload(Person.emails), selectinload(Person.organisation))).all()
        for person in sorted(people, key=lambda p: sort_key(p.latin_name or p.family_name
                                                            or p.name)):
            org_name = person.organisation.name if person.organisation else ""
            detail = " · ".join(x for x in (person.primary_email, org_name) if x)
            key = fold(" ".join((person.name, person.latin_name, detail,
                                 person.organisation.acronym if person.organisation else "")))
            choices.append(Choice("person", person.id, person.name, detail, key))
        for org in session.scalars(select(Organisation).options(
                selectinload(Organisation.people)).order_by(Organisation.name)).all():
            detail = f"organisation · {len(org.people)} people"
            choices.append(Choice("organisation", org.id, org.name, detail,
                                  fold(f"{org.name} {org.acronym}")))
        for tag in session.scalars(select(Tag).options(selectinload(Tag.people))
                                   .order_by(Tag.name)).all():
            choices.append(Choice("tag", tag.id, tag.name, f"tag · {len(tag.people)} people",
                                  fold(tag.name)))
    return choices
