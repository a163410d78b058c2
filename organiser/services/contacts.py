"""Contacts: organisations and people, forms, and imports that are all-or-nothing."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from organiser.core.enums import OrgKind
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
    utcnow,
)
from organiser.core.storage import Database
from organiser.core.text import (
    clean_line,
    clean_text,
    email_key,
    fold,
    memo,
    nfc,
    organisation_key,
    sort_key,
)
from organiser.core.zones import zone as known_zone
from organiser.importers.contacts_common import ContactRecord, email_problem


@dataclass(frozen=True)
class PersonRow:
    """One line of the people list, with a folded key for accent-blind filtering."""

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
    tags: tuple[str, ...]
    search_key: str = field(repr=False, default="")

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


@dataclass(frozen=True, slots=True)
class StoredPerson:
    """A person as stored, read with plain queries (no ORM objects): what lists, exports and
    import matching need, at a fraction of the time and memory of loading `Person`s."""

    id: int
    given_name: str
    family_name: str
    display_name: str
    latin_name: str
    organisation_id: int | None
    organisation: str
    acronym: str
    job_title: str
    country: str
    timezone: str
    language: str
    phone: str
    notes: str
    emails: tuple[str, ...]
    email_keys: tuple[str, ...]
    tags: tuple[str, ...]  # sorted

    @property
    def name(self) -> str:
        if self.display_name:
            return self.display_name
        return " ".join(p for p in (self.given_name, self.family_name) if p)


def stored_people(session: Session) -> list[StoredPerson]:
    """Every person in three queries (people with their organisation, addresses, tags)."""
    p, o = Person.__table__, Organisation.__table__
    emails: dict[int, list[tuple[str, str]]] = {}
    for person_id, address, key in session.execute(
            select(PersonEmail.person_id, PersonEmail.address, PersonEmail.address_key)
            .order_by(PersonEmail.person_id, PersonEmail.position, PersonEmail.id)):
        emails.setdefault(person_id, []).append((address, key))
    tags: dict[int, list[str]] = {}
    for person_id, tag in session.execute(
            select(person_tag.c.person_id, Tag.name)
            .join(Tag, Tag.id == person_tag.c.tag_id)):
        tags.setdefault(person_id, []).append(tag)
    none: list[Any] = []
    people = []
    for (pid, given, family, display, latin, org_id, job, country, zone, language, phone,
         notes, org_name, acronym) in session.execute(
            select(p.c.id, p.c.given_name, p.c.family_name, p.c.display_name, p.c.latin_name,
                   p.c.organisation_id, p.c.job_title, p.c.country, p.c.timezone, p.c.language,
                   p.c.phone, p.c.notes, o.c.name, o.c.acronym)
            .select_from(p.outerjoin(o, p.c.organisation_id == o.c.id))):
        addresses = emails.get(pid, none)
        people.append(StoredPerson(
            id=pid, given_name=given, family_name=family, display_name=display,
            latin_name=latin, organisation_id=org_id, organisation=org_name or "",
            acronym=acronym or "", job_title=job, country=country, timezone=zone,
            language=language, phone=phone, notes=notes,
            emails=tuple(a for a, _ in addresses), email_keys=tuple(k for _, k in addresses),
            tags=tuple(sorted(tags.get(pid, none)))))
    return people


def person_row(person: StoredPerson) -> PersonRow:
    emails = person.emails
    # one fold of the joined fields: folding works character by character, so this is the
    # fields folded one by one and joined (eight times fewer calls over 10,000 people)
    key = fold(" ".join((
        person.name, person.given_name, person.family_name, person.latin_name,
        person.organisation, person.acronym, " ".join(emails), person.country)))
    return PersonRow(
        id=person.id,
        name=person.name,
        given_name=person.given_name,
        family_name=person.family_name,
        latin_name=person.latin_name,
        emails=emails,
        organisation=person.organisation,
        organisation_id=person.organisation_id,
        country=person.country,
        timezone=person.timezone,
        tags=person.tags,
        search_key=key,
    )


def person_sort_key(row: PersonRow | StoredPerson) -> tuple[tuple[int, str], tuple[int, str]]:
    """Family name, then given name; the Latin transliteration (family name first) when set."""
    if row.latin_name:
        return (sort_key(row.latin_name), (0, ""))
    return (sort_key(row.family_name or row.name), sort_key(row.given_name))


def sorted_people(db: Database) -> list[StoredPerson]:
    """Every person as stored, sorted by family name across scripts."""
    with db.session() as session:
        people = stored_people(session)
    return sorted(people, key=person_sort_key)


def list_people(db: Database) -> list[PersonRow]:
    with db.session() as session:
        rows = [person_row(p) for p in stored_people(session)]
    ranked = memo(sort_key)  # given names (and many family names) repeat

    def order(row: PersonRow) -> tuple[tuple[int, str], tuple[int, str]]:
        if row.latin_name:
            return (ranked(row.latin_name), (0, ""))
        return (ranked(row.family_name or row.name), ranked(row.given_name))

    return sorted(rows, key=order)


# --- organisations ----------------------------------------------------------------------


@dataclass(frozen=True)
class OrganisationRow:
    id: int
    name: str
    acronym: str
    kind: str
    country: str
    people: int
    search_key: str = field(repr=False, default="")

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "acronym": self.acronym, "kind": self.kind,
                "country": self.country, "people": self.people}


def list_organisation_rows(db: Database) -> list[OrganisationRow]:
    """Every organisation with how many people belong to it, sorted by name across scripts."""
    with db.session() as session:
        counts: dict[int, int] = {int(k or 0): int(n) for k, n in session.execute(
            select(Person.organisation_id, func.count(Person.id))
            .where(Person.organisation_id.is_not(None)).group_by(Person.organisation_id)
        ).all()}
        rows = [
            OrganisationRow(id=o.id, name=o.name, acronym=o.acronym, kind=o.kind.value,
                            country=o.country, people=int(counts.get(o.id, 0)),
                            search_key=fold(f"{o.name} {o.acronym} {o.country}"))
            for o in session.scalars(select(Organisation))
        ]
    return sorted(rows, key=lambda r: sort_key(r.name))


@dataclass
class OrganisationData:
    """What the organisation form edits."""

    name: str = ""
    acronym: str = ""
    kind: str = OrgKind.OTHER.value
    country: str = ""
    notes: str = ""
    id: int | None = None
    version: int | None = None


def validate_organisation(data: OrganisationData) -> dict[str, str]:
    problems: dict[str, str] = {}
    if not clean_line(data.name):
        problems["name"] = "an organisation needs a name"
    elif len(clean_line(data.name)) > 300:
        problems["name"] = "at most 300 characters"
    if len(clean_line(data.acronym)) > 40:
        problems["acronym"] = "at most 40 characters"
    if data.kind not in {k.value for k in OrgKind}:
        problems["kind"] = f"unknown kind {data.kind!r}"
    return problems


def get_organisation(db: Database, organisation_id: int) -> OrganisationData:
    with db.session() as session:
        org = session.get(Organisation, organisation_id)
        if org is None:
            raise NotFoundError(f"no organisation with id {organisation_id}", field="ORGANISATION")
        return OrganisationData(name=org.name, acronym=org.acronym, kind=org.kind.value,
                                country=org.country, notes=org.notes, id=org.id,
                                version=org.version)


def save_organisation(db: Database, data: OrganisationData) -> int:
    """Create (no id) or update an organisation; returns its id."""
    problems = validate_organisation(data)
    if problems:
        name, message = next(iter(problems.items()))
        raise InputError(message, field=name)
    with db.transaction() as session:
        if data.id is None:
            org = Organisation()
            session.add(org)
        else:
            found = session.get(Organisation, data.id)
            if found is None:
                raise NotFoundError(f"no organisation with id {data.id}", field="ORGANISATION")
            org = found
            check_version(org, data.version)
        org.name = clean_line(data.name)
        org.acronym = clean_line(data.acronym)
        org.kind = OrgKind(data.kind)
        org.country = clean_line(data.country)
        org.notes = clean_text(data.notes)
        session.flush()
        return org.id


def organisation_links(db: Database, organisation_id: int) -> dict[str, int]:
    """What refers to an organisation: its people and the next steps it owns."""
    with db.session() as session:
        return {
            "people": session.scalar(select(func.count(Person.id))
                                     .where(Person.organisation_id == organisation_id)) or 0,
            "next steps": session.scalar(
                select(func.count(NextStep.id))
                .where(NextStep.owner_organisation_id == organisation_id)) or 0,
        }


def delete_organisation(db: Database, organisation_id: int) -> None:
    """Delete an organisation; its people stay (without one) and its next steps keep the
    owner's name."""
    with db.transaction() as session:
        org = session.get(Organisation, organisation_id)
        if org is None:
            raise NotFoundError(f"no organisation with id {organisation_id}", field="ORGANISATION")
        for step in session.scalars(select(NextStep)
                                    .where(NextStep.owner_organisation_id == org.id)):
            step.owner_name = step.owner_name or org.name
            step.owner_organisation_id = None
        for person in session.scalars(select(Person).where(Person.organisation_id == org.id)):
            person.organisation_id = None
        session.delete(org)


# --- people -----------------------------------------------------------------------------


@dataclass
class PersonData:
    """What the person form edits."""

    given_name: str = ""
    family_name: str = ""
    display_name: str = ""
    latin_name: str = ""
    emails: list[str] = field(default_factory=list)
    organisation: str = ""  # by name: a new name creates the organisation
    job_title: str = ""
    country: str = ""
    timezone: str = ""
    language: str = ""
    phone: str = ""
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    id: int | None = None
    version: int | None = None


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


def find_organisation(session: Session, name: str) -> Organisation | None:
    """An organisation by name, ignoring case and accents."""
    key = fold(name)
    if not key:
        return None
    for org in session.scalars(select(Organisation)):
        if fold(org.name) == key or (org.acronym and fold(org.acronym) == key):
            return org
    return None


def tag_named(session: Session, name: str) -> Tag:
    """The tag of that name, created when new."""
    name = clean_line(name)[:100]
    tag = session.scalar(select(Tag).where(Tag.name == name))
    if tag is None:
        for existing in session.scalars(select(Tag)):
            if fold(existing.name) == fold(name):
                return existing
        tag = Tag(name=name)
        session.add(tag)
    return tag


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
        for name in ("given_name", "family_name", "display_name", "latin_name", "job_title",
                     "country", "timezone", "language", "phone"):
            setattr(person, name, clean_line(getattr(data, name)))
        person.notes = clean_text(data.notes)
        org_name = clean_line(data.organisation)
        if org_name:
            org = find_organisation(session, org_name)
            if org is None:
                org = Organisation(name=org_name)
                session.add(org)
            person.organisation = org
        else:
            person.organisation = None
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


def delete_person(db: Database, person_id: int) -> None:
    """Delete a person with their invitations, attendance and votes; the next steps they own
    and the ideas and agenda items they gave keep their name but lose the link."""
    with db.transaction() as session:
        person = _load_person(session, person_id)
        name = person.name
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


# --- import -----------------------------------------------------------------------------

OUTCOMES = ("new", "update", "duplicate", "warning", "error")


@dataclass
class ImportRow:
    """What importing one record would do."""

    record: ContactRecord
    action: str = "new"  # new, update, skip
    match_id: int | None = None
    message: str = ""
    changes: list[str] = field(default_factory=list)

    @property
    def line(self) -> int:
        return self.record.line

    @property
    def outcome(self) -> str:
        if self.record.errors:
            return "error"
        if self.action == "skip":
            return "duplicate"
        if self.record.warnings:
            return "warning"
        return self.action

    @property
    def details(self) -> str:
        """One line for a person: the errors, else the warnings, else what happens."""
        if self.record.errors:
            return "; ".join(self.record.errors)
        parts = [self.message] if self.message else []
        parts += self.record.warnings
        return "; ".join(parts)

    def as_json(self) -> dict[str, Any]:
        return {"line": self.line, "outcome": self.outcome, "action": self.action,
                "name": self.record.name, "emails": list(self.record.emails),
                "organisation": self.record.organisation, "person_id": self.match_id,
                "errors": list(self.record.errors), "warnings": list(self.record.warnings),
                "message": self.message}


@dataclass
class ImportPlan:
    file: str
    rows: list[ImportRow]
    new_organisations: list[str] = field(default_factory=list)
    written: bool = False

    @property
    def errors(self) -> list[ImportRow]:
        return [r for r in self.rows if r.record.errors]

    @property
    def people(self) -> int:
        return sum(1 for r in self.rows if not r.record.errors and r.action in ("new", "update"))

    @property
    def created(self) -> int:
        return sum(1 for r in self.rows if not r.record.errors and r.action == "new")

    @property
    def updated(self) -> int:
        return sum(1 for r in self.rows if not r.record.errors and r.action == "update")

    @property
    def duplicates(self) -> int:
        return sum(1 for r in self.rows if not r.record.errors and r.action == "skip")

    @property
    def warnings(self) -> int:
        return sum(len(r.record.warnings) for r in self.rows if not r.record.errors)

    def summary(self) -> str:
        verb = "imported" if self.written else "would import"
        return (f"{verb} {self.people} people, {len(self.new_organisations)} organisations; "
                f"{self.duplicates} duplicates skipped; {self.warnings} warnings"
                + (f"; {len(self.errors)} rows with errors left out" if self.errors else ""))

    def error_lines(self) -> list[str]:
        return [f"{self.file}:{r.line}: {message}" for r in self.errors
                for message in r.record.errors]

    def warning_lines(self) -> list[str]:
        return [f"{self.file}:{r.line}: warning: {message}" for r in self.rows
                if not r.record.errors for message in r.record.warnings]

    def as_json(self) -> dict[str, Any]:
        return {"file": self.file, "written": self.written, "people": self.people,
                "new_people": self.created, "updated_people": self.updated,
                "organisations": len(self.new_organisations),
                "new_organisations": list(self.new_organisations),
                "duplicates": self.duplicates, "warnings": self.warnings,
                "errors": len(self.errors), "rows": [r.as_json() for r in self.rows]}


class _Index:
    """Existing people by address key and by (folded name, organisation), for matching; read
    with plain queries, not as ORM objects (a 10,000-person database in a fraction of a
    second)."""

    def __init__(self, session: Session) -> None:
        self.people: dict[int, StoredPerson] = {}
        self.by_email: dict[str, int] = {}
        self.by_name: dict[tuple[str, str], int] = {}
        self.org_names: list[str] = list(session.scalars(select(Organisation.name)))
        self.orgs: set[str] = {fold(name) for name in self.org_names}
        folded: dict[str, str] = {}
        for person in stored_people(session):
            self.people[person.id] = person
            for key in person.email_keys:
                self.by_email.setdefault(key, person.id)
            org = person.organisation
            if org not in folded:
                folded[org] = fold(org)
            self.by_name.setdefault((name_key(person.name), folded[org]), person.id)

    def match(self, record: ContactRecord) -> tuple[int | None, str]:
        for address in record.emails:
            found = self.by_email.get(email_key(address))
            if found is not None:
                return found, f"same address as {self.people[found].name} (#{found})"
        key = (name_key(record.name), fold(record.organisation))
        found = self.by_name.get(key)
        if found is not None and key[0]:
            return found, f"same name and organisation as #{found}"
        return None, ""


def name_key(name: str) -> str:
    """Names compare ignoring case, accents, punctuation and word order."""
    words = re.sub(r"[^\w]+", " ", fold(name)).split()
    return " ".join(sorted(words))


_UPDATABLE = ("given_name", "family_name", "display_name", "latin_name", "job_title",
              "country", "phone", "timezone", "language")


def _changes(person: StoredPerson, record: ContactRecord) -> list[str]:
    changes = []
    for name in _UPDATABLE:
        value = getattr(record, name)
        if value and value != getattr(person, name) and not (
                name == "display_name" and value == person.name):
            changes.append(name)
    if record.notes and record.notes not in person.notes:
        changes.append("notes")
    have = set(person.email_keys)
    if any(email_key(a) not in have for a in record.emails):
        changes.append("emails")
    if record.organisation and fold(record.organisation) != fold(person.organisation):
        changes.append("organisation")
    tags = {fold(t) for t in person.tags}
    if any(fold(t) not in tags for t in record.tags):
        changes.append("tags")
    return changes


def _plan(session: Session, file: str,
          records: list[ContactRecord]) -> tuple[ImportPlan, _Index]:
    index = _Index(session)
    rows: list[ImportRow] = []
    seen_emails: dict[str, int] = {}
    seen_names: dict[tuple[str, str], int] = {}
    new_orgs: dict[str, str] = {}
    known_orgs = {organisation_key(name): name for name in index.org_names}
    for record in records:
        row = ImportRow(record)
        rows.append(row)
        if record.errors:
            continue
        if record.organisation:
            # "ACME Ltd." for an existing "Acme": the existing organisation, said as a warning
            org_key = organisation_key(record.organisation)
            same = known_orgs.setdefault(org_key, record.organisation) if org_key else None
            if same is not None and fold(same) != fold(record.organisation):
                record.warnings.append(f"organisation {record.organisation!r} taken as the "
                                       f"organisation {same!r}")
                record.organisation = same
        earlier = next((seen_emails[email_key(a)] for a in record.emails
                        if email_key(a) in seen_emails), None)
        key = (name_key(record.name), fold(record.organisation))
        if earlier is None and not record.emails and key[0]:
            earlier = seen_names.get(key)
        if earlier is not None:
            row.action = "skip"
            row.message = f"duplicate of line {earlier} in this file"
            continue
        for address in record.emails:
            seen_emails.setdefault(email_key(address), record.line)
        if key[0]:
            seen_names.setdefault(key, record.line)
        match, why = index.match(record)
        if match is not None:
            row.match_id = match
            row.changes = _changes(index.people[match], record)
            if row.changes:
                row.action = "update"
                what = ", ".join(c.replace("_", " ") for c in row.changes)
                row.message = f"{why}: updates {what}"
            else:
                row.action = "skip"
                row.message = f"already in contacts ({why}), nothing new"
        if record.organisation and fold(record.organisation) not in index.orgs:
            new_orgs.setdefault(fold(record.organisation), record.organisation)
    return ImportPlan(file=file, rows=rows, new_organisations=list(new_orgs.values())), index


def plan_import(db: Database, records: list[ContactRecord], file: str) -> ImportPlan:
    """What an import would do, row by row; nothing is written."""
    with db.session() as session:
        return _plan(session, file, records)[0]


def apply_import(db: Database, records: list[ContactRecord], file: str, *,
                 skip_errors: bool = False) -> ImportPlan:
    """Import in one transaction: every row or (on any error) none.

    The write lock is taken before the plan reads anything: a second import of the same file
    at the same moment waits, then finds these people and updates instead of inserting twice.
    """
    with db.write_transaction() as session:
        plan, index = _plan(session, file, records)
        if plan.errors and not skip_errors:
            raise InputError(f"{len(plan.errors)} rows with errors; nothing was imported",
                             file=file)
        orgs: dict[str, Organisation] = {}
        for org in session.scalars(select(Organisation)):
            orgs.setdefault(fold(org.name), org)
        tags: dict[str, Tag] = {fold(t.name): t for t in session.scalars(select(Tag))}
        wanted = [r for r in plan.rows if not r.record.errors and r.action != "skip"]
        countries: dict[str, set[str]] = {}  # a new organisation's country: its rows' one
        for row in wanted:
            if row.record.organisation:
                countries.setdefault(fold(row.record.organisation), set()).add(
                    clean_line(row.record.country or ""))
        for row in wanted:  # organisations and tags first: new people refer to their ids
            if row.record.organisation and fold(row.record.organisation) not in orgs:
                seen = countries.get(fold(row.record.organisation), set())
                orgs[fold(row.record.organisation)] = Organisation(
                    name=row.record.organisation[:300],
                    country=next(iter(seen))[:100] if len(seen) == 1 else "")
                session.add(orgs[fold(row.record.organisation)])
            for tag_name in row.record.tags:
                if fold(tag_name) not in tags:
                    tags[fold(tag_name)] = Tag(name=tag_name)
                    session.add(tags[fold(tag_name)])
        session.flush()
        _insert_new(session, [r.record for r in wanted if r.action == "new"], orgs, tags)
        _apply_updates(session, [r for r in wanted if r.action == "update"], index, orgs, tags)
        plan.written = True
        return plan


def _apply_updates(session: Session, rows: list[ImportRow], index: _Index,
                   orgs: dict[str, Organisation], tags: dict[str, Tag]) -> None:
    """Matched people take the file's new values, in a few statements for the whole file
    (starting from the values the plan read, not from 10,000 loaded ORM objects). Each person
    changed gets a new version, as an edit in a form does."""
    changed: dict[int, dict[str, Any]] = {}
    emails: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []
    have_emails: dict[int, set[str]] = {}
    have_tags: dict[int, set[int]] = {}
    tag_ids: dict[str, int] = {name: tag_id for name, tag_id in
                               session.execute(select(Tag.name, Tag.id))}
    for row in rows:
        record = row.record
        stored = index.people.get(row.match_id) if row.match_id is not None else None
        if stored is None:
            continue
        values = changed.get(stored.id)
        if values is None:
            values = changed[stored.id] = {name: getattr(stored, name) for name in _UPDATABLE}
            values.update(notes=stored.notes, organisation_id=stored.organisation_id)
            have_emails[stored.id] = set(stored.email_keys)
            have_tags[stored.id] = {tag_ids[t] for t in stored.tags}
        for name in _UPDATABLE:
            value = getattr(record, name)
            if value and not (name == "display_name" and value == _name_of(values)):
                values[name] = value
        if record.notes and record.notes not in values["notes"]:
            values["notes"] = f"{values['notes']}\n{record.notes}".strip()
        if record.organisation:
            values["organisation_id"] = orgs[fold(record.organisation)].id
        known = have_emails[stored.id]
        for address in record.emails:
            if email_key(address) not in known:
                emails.append({"person_id": stored.id, "address": address,
                               "address_key": email_key(address), "position": len(known)})
                known.add(email_key(address))
        linked = have_tags[stored.id]
        for tag_name in record.tags:
            tag_id = tags[fold(tag_name)].id
            if tag_id not in linked:
                links.append({"person_id": stored.id, "tag_id": tag_id})
                linked.add(tag_id)
    if not changed:
        return
    connection = session.connection()
    people = cast(Table, Person.__table__)
    columns = [*_UPDATABLE, "notes", "organisation_id"]
    connection.execute(
        update(people).where(people.c.id == bindparam("person"))
        .values({**{name: bindparam(f"new_{name}") for name in columns},
                 "version": people.c.version + 1, "updated_at": utcnow()}),
        [{"person": pid, **{f"new_{name}": values[name] for name in columns}}
         for pid, values in changed.items()])
    if emails:
        connection.execute(insert(cast(Table, PersonEmail.__table__)), emails)
    if links:
        connection.execute(insert(person_tag), links)


def _name_of(values: dict[str, Any]) -> str:
    """Person.name for a person's column values."""
    if values["display_name"]:
        return str(values["display_name"])
    return " ".join(p for p in (values["given_name"], values["family_name"]) if p)


def _insert_new(session: Session, records: list[ContactRecord],
                orgs: dict[str, Organisation], tags: dict[str, Tag]) -> None:
    """New people in bulk (a 10,000-row file in a second or two, not one object at a time)."""
    if not records:
        return
    now = utcnow()
    values = []
    for record in records:
        row: dict[str, Any] = {name: getattr(record, name) for name in _UPDATABLE}
        row.update(notes=record.notes, created_at=now, updated_at=now, version=1,
                   organisation_id=orgs[fold(record.organisation)].id
                   if record.organisation else None)
        values.append(row)
    # Core inserts on the session's connection (same transaction), without the ORM's
    # bookkeeping for objects nobody will use
    connection = session.connection()
    people = cast(Table, Person.__table__)
    ids = list(connection.scalars(
        insert(people).returning(people.c.id, sort_by_parameter_order=True), values))
    emails = [{"person_id": pid, "address": address, "address_key": email_key(address),
               "position": position}
              for pid, record in zip(ids, records, strict=True)
              for position, address in enumerate(record.emails)]
    if emails:
        connection.execute(insert(cast(Table, PersonEmail.__table__)), emails)
    links = [{"person_id": pid, "tag_id": tags[fold(name)].id}
             for pid, record in zip(ids, records, strict=True) for name in record.tags]
    if links:
        connection.execute(insert(person_tag), links)


def read_contact_file(path: str | Path) -> list[ContactRecord]:
    """The records of a .csv/.txt or .vcf file, with the detected settings."""
    suffix = Path(path).suffix.lower()
    if suffix in (".vcf", ".vcard"):
        from organiser.importers.vcard import read_vcards

        return read_vcards(path)
    from organiser.importers.contacts_csv import read_contacts_csv

    return read_contacts_csv(path).records()
