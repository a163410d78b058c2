"""People: the contacts list, the person form (read, check, save) and deleting a person."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from organiser.core.errors import InputError, NotFoundError
from organiser.core.locking import check_version
from organiser.core.models import (
    AgendaItem,
    Attendance,
    Idea,
    Invitation,
    NextStep,
    Organisation,
    Person,
    PersonEmail,
    Tag,
    Vote,
    person_tag,
)
from organiser.core.people import SCALAR_FIELDS, PersonData, full_name
from organiser.core.storage import Database
from organiser.core.text import clean_line, clean_text, email_key, fold, nfc, sort_key
from organiser.core.zones import zone as known_zone
from organiser.importers.contacts_common import email_problem
from organiser.services.bulk import Derived
from organiser.services.organisations import find_organisation
from organiser.services.tags import tag_named


@dataclass(frozen=True, slots=True)
class PersonRow:
    """A person as stored, the one read shape of the contacts: one line of the people list,
    and what exports and import matching need. Read with plain queries (no ORM objects), at a
    fraction of the time and memory of loading `Person`s; `search_key` (the folded text the
    list's filter looks in) is filled for the list only."""

    id: int
    name: str
    given_name: str
    family_name: str
    latin_name: str
    emails: tuple[str, ...]
    organisation: str
    organisation_id: int | None
    country: str
    timezone: str
    tags: tuple[str, ...]  # sorted
    search_key: str = field(repr=False, default="")
    display_name: str = ""
    acronym: str = ""  # the organisation's
    job_title: str = ""
    language: str = ""
    phone: str = ""
    notes: str = ""
    email_keys: tuple[str, ...] = ()
    # what a delete from this line must still find stored (optimistic locking)
    version: int = 0

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "given_name": self.given_name,
            "family_name": self.family_name,
            "emails": list(self.emails),
            "organisation": self.organisation,
            "country": self.country,
            "timezone": self.timezone,
            "tags": list(self.tags),
        }


def stored_people(session: Session, *, search_keys: bool = False,
                  ids: Collection[int] | None = None) -> list[PersonRow]:
    """Every person (or those of `ids` still stored) in three queries (people with their
    organisation, addresses, tags), by id, with the list filter's folded key when
    `search_keys`."""
    # the tables' columns (SQLAlchemy Core), not the mapped classes': no ORM result layer
    p, o, e, t = Person.__table__, Organisation.__table__, PersonEmail.__table__, Tag.__table__
    email_query = select(e.c.person_id, e.c.address, e.c.address_key)
    tag_query = select(person_tag.c.person_id, t.c.name).join(t, t.c.id == person_tag.c.tag_id)
    people_query = select(
        p.c.id, p.c.given_name, p.c.family_name, p.c.display_name, p.c.latin_name,
        p.c.organisation_id, p.c.job_title, p.c.country, p.c.timezone, p.c.language, p.c.phone,
        p.c.notes, o.c.name, o.c.acronym, p.c.version).select_from(
            p.outerjoin(o, p.c.organisation_id == o.c.id))
    if ids is not None:  # a few people: each query by its index
        wanted = sorted(set(ids))
        email_query = email_query.where(e.c.person_id.in_(wanted))
        tag_query = tag_query.where(person_tag.c.person_id.in_(wanted))
        people_query = people_query.where(p.c.id.in_(wanted))
    emails: dict[int, list[tuple[str, str]]] = {}
    for person_id, address, key in session.execute(
            email_query.order_by(e.c.person_id, e.c.position, e.c.id)):
        emails.setdefault(person_id, []).append((address, key))
    tags: dict[int, list[str]] = {}
    for person_id, tag in session.execute(tag_query):
        tags.setdefault(person_id, []).append(tag)
    none: list[Any] = []
    # by id: people of the same name keep one order, which one person read again can find
    stored = [(*values, tuple(emails.get(values[0], none)),
               tuple(sorted(tags.get(values[0], none))))
              for values in session.execute(people_query.order_by(p.c.id))]
    if search_keys:
        return _LISTED.all(stored) if ids is None else _LISTED.some(stored)
    return [_person(values, search_key=False) for values in stored]


def _person(values: tuple[Any, ...], *, search_key: bool = True) -> PersonRow:
    """One person's row from what `stored_people` read."""
    (pid, given, family, display, latin, org_id, job, country, zone, language, phone, notes,
     org_name, acronym, version, addresses, tags) = values
    name = full_name(display, given, family)
    org_name, acronym = org_name or "", acronym or ""
    shown = tuple(a for a, _ in addresses)
    # one fold of the joined fields: folding works character by character, so this is the
    # fields folded one by one and joined (eight times fewer calls over 10,000 people)
    key = fold(" ".join((name, given, family, latin, org_name, acronym, " ".join(shown),
                         country))) if search_key else ""
    return PersonRow(
        id=pid, name=name, given_name=given, family_name=family, display_name=display,
        latin_name=latin, organisation_id=org_id, organisation=org_name,
        acronym=acronym, job_title=job, country=country, timezone=zone,
        language=language, phone=phone, notes=notes,
        emails=shown, email_keys=tuple(k for _, k in addresses),
        tags=tags, search_key=key, version=version)


# each person's row for the list as last read: a reload folds only the people that changed
_LISTED: Derived[tuple[Any, ...], PersonRow] = Derived(_person)


def person_sort_key(row: PersonRow) -> tuple[tuple[int, str], tuple[int, str]]:
    """Family name, then given name; the Latin transliteration (family name first) when set."""
    if row.latin_name:
        return (sort_key(row.latin_name), (0, ""))
    return (sort_key(row.family_name or row.name), sort_key(row.given_name))


def sorted_people(db: Database) -> list[PersonRow]:
    """Every person as stored, sorted by family name across scripts."""
    with db.session() as session:
        people = stored_people(session)
    return sorted(people, key=person_sort_key)


def list_people(db: Database) -> list[PersonRow]:
    """Every person for the contacts list (with the filter's keys), by family name; people
    of the same name by id (`listed_order`)."""
    with db.session() as session:
        rows = stored_people(session, search_keys=True)
    return sorted(rows, key=person_sort_key)  # sort_key remembers the names it has seen


def listed_order(row: PersonRow) -> tuple[Any, ...]:
    """Where `list_people` puts a person: family name across scripts, then id."""
    return (*person_sort_key(row), row.id)


def listed_people(db: Database, ids: Collection[int]) -> dict[int, PersonRow]:
    """Those people as `list_people` gives them, read on their own (one changed row); a
    person no longer stored is left out."""
    if not ids:
        return {}
    with db.session() as session:
        return {row.id: row for row in stored_people(session, search_keys=True, ids=ids)}


def validate_person(data: PersonData) -> dict[str, str]:
    """Problems by field name (empty when the form can be saved)."""
    problems: dict[str, str] = {}
    if not any(clean_line(v) for v in (data.given_name, data.family_name, data.display_name)):
        problems["family_name"] = "a person needs a name (given, family or full name)"
    for name, limit in (("given_name", 200), ("family_name", 200), ("display_name", 300),
                        ("latin_name", 300), ("job_title", 200), ("country", 100),
                        ("phone", 60), ("organisation", 300)):
        if len(clean_line(getattr(data, name))) > limit:
            problems[name] = f"at most {limit} characters"
    seen: set[str] = set()
    for address in data.emails:
        address = address.strip()
        if not address:
            continue
        problem = email_problem(address) if clean_line(address) == address else \
            f"e-mail address {address!r} contains line breaks or control characters"
        if problem:
            problems["emails"] = problem
            break
        if email_key(address) in seen:
            problems["emails"] = f"{address} is listed twice"
            break
        seen.add(email_key(address))
    if data.timezone and known_zone(data.timezone) is None:
        problems["timezone"] = f"unknown time zone {data.timezone!r} (e.g. Europe/Paris)"
    return problems


def get_person(db: Database, person_id: int) -> PersonData:
    """A stored person as the form edits them."""
    with db.session() as session:
        person = _load_person(session, person_id)
        return PersonData(
            given_name=person.given_name, family_name=person.family_name,
            display_name=person.display_name, latin_name=person.latin_name,
            emails=[e.address for e in person.emails],
            organisation=person.organisation.name if person.organisation else "",
            job_title=person.job_title, country=person.country, timezone=person.timezone,
            language=person.language, phone=person.phone, notes=person.notes,
            tags=sorted(t.name for t in person.tags), id=person.id, version=person.version)


def _load_person(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError(f"no person with id {person_id}", field="PERSON")
    return person


def save_person(db: Database, data: PersonData) -> int:
    """Create (no id) or update a person from the form; returns the id."""
    problems = validate_person(data)
    if problems:
        name, message = next(iter(problems.items()))
        raise InputError(message, field=name)
    # the address check holds until the commit; a form does not wait long on a big import
    with db.write_transaction(wait=10) as session:
        if data.id is None:
            person = Person()
            session.add(person)
        else:
            person = _load_person(session, data.id)
            check_version(person, data.version)
        for name in SCALAR_FIELDS:
            setattr(person, name, clean_line(getattr(data, name)))
        person.notes = clean_text(data.notes)
        org_name = clean_line(data.organisation)
        current = person.organisation
        if not org_name:
            person.organisation = None
        elif current is None or fold(current.name) != fold(org_name):
            # another one, found by name or acronym, or made; the usual edit keeps the same
            # one, which is then not looked for among every organisation
            org = find_organisation(session, org_name)
            if org is None:
                org = Organisation(name=org_name)
                session.add(org)
            person.organisation = org
        _set_emails(session, person, [a.strip() for a in data.emails if a.strip()])
        person.tags = _unique_tags(session, data.tags)
        session.flush()
        return person.id


def _unique_tags(session: Session, names: list[str]) -> list[Tag]:
    tags: list[Tag] = []
    for name in names:
        if clean_line(name):
            tag = tag_named(session, name)
            if tag not in tags:
                tags.append(tag)
    return tags


def _set_emails(session: Session, person: Person, addresses: list[str]) -> None:
    wanted = [(nfc(a), email_key(a)) for a in addresses]
    keys = [k for _, k in wanted]
    taken = session.execute(
        select(PersonEmail.address, Person.id).join(Person)
        .where(PersonEmail.address_key.in_(keys), Person.id != person.id)).first()
    if taken is not None:  # one person per address (a unique index backs it)
        owner = session.get(Person, taken[1])
        raise InputError(f"{taken[0]} is already the address of "
                         f"{owner.name if owner else ''} (#{taken[1]}); open that person, "
                         "or merge the two", field="emails")
    for existing in list(person.emails):
        if existing.address_key not in keys:
            person.emails.remove(existing)
    session.flush()
    by_key = {e.address_key: e for e in person.emails}
    for position, (address, key) in enumerate(wanted):
        email = by_key.get(key)
        if email is None:
            email = PersonEmail(address=address, address_key=key)
            person.emails.append(email)
        email.address = address
        email.position = position


def person_links(db: Database, person_id: int) -> dict[str, int]:
    """What refers to a person: invitations, attendance, next steps and the like."""
    with db.session() as session:
        def count(column: Any) -> int:
            return int(session.scalar(select(func.count()).where(column == person_id)) or 0)

        links = {
            "invitations": count(Invitation.person_id),
            "attendance records": count(Attendance.person_id),
            "next steps": count(NextStep.owner_person_id),
            "agenda items presented": count(AgendaItem.presenter_id),
            "ideas": count(Idea.author_id),
            "votes": count(Vote.voter_id),
            "delegations": count(Invitation.delegate_id),
        }
    return {k: v for k, v in links.items() if v}


def delete_person(db: Database, person_id: int, *, expected_version: int | None = None) -> None:
    """Delete a person with their invitations, attendance and votes; the next steps they own
    and the ideas and agenda items they gave keep their name but lose the link.

    `expected_version`: the version the screen showed (None: whatever is stored, the CLI's
    read-and-delete in one go). A person changed since is refused (ConflictError), not
    deleted: the colleague's change would be lost unseen."""
    with db.transaction() as session:
        _delete_person(session, _load_person(session, person_id), expected_version)


def delete_people(db: Database, shown: Mapping[int, int | None]) -> int:
    """Delete several people at once, all or none: `shown` maps each to the version the list
    showed. One changed since refuses the whole deletion (ConflictError) and nobody is
    deleted; one deleted meanwhile (by a colleague) is already as wanted and is skipped.
    Returns how many were deleted."""
    deleted = 0
    with db.transaction() as session:
        for person_id, version in shown.items():
            person = session.get(Person, person_id)
            if person is not None:
                _delete_person(session, person, version)
                deleted += 1
    return deleted


def _delete_person(session: Session, person: Person, expected_version: int | None) -> None:
    check_version(person, expected_version)
    person_id, name = person.id, person.name
    for step in session.scalars(select(NextStep).where(NextStep.owner_person_id == person_id)):
        step.owner_name = step.owner_name or name
        step.owner_person_id = None
    for item in session.scalars(select(AgendaItem)
                                .where(AgendaItem.presenter_id == person_id)):
        item.presenter_text = item.presenter_text or name
        item.presenter_id = None
    for idea in session.scalars(select(Idea).where(Idea.author_id == person_id)):
        idea.author_id = None
    for inv in session.scalars(select(Invitation).where(Invitation.delegate_id == person_id)):
        inv.delegate_id = None
    doomed: list[Any] = [
        *session.scalars(select(Invitation).where(Invitation.person_id == person_id)),
        *session.scalars(select(Attendance).where(Attendance.person_id == person_id)),
        *session.scalars(select(Vote).where(Vote.voter_id == person_id)),
    ]
    for row in doomed:
        session.delete(row)
    session.flush()
    session.delete(person)
