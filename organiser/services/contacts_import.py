"""Importing contacts from a file: a plan row by row (new, update, duplicate, error), then
every row or none in one transaction. The files are read by `organiser.importers`."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from organiser.core.errors import InputError
from organiser.core.models import Organisation, Person, PersonEmail, Tag, person_tag, utcnow
from organiser.core.people import SCALAR_FIELDS, full_name, name_key
from organiser.core.storage import Database
from organiser.core.text import clean_line, email_key, fold, organisation_key
from organiser.importers.contacts_common import ContactRecord
from organiser.services.people import PersonRow, stored_people

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
        self.people: dict[int, PersonRow] = {}
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


_UPDATABLE = SCALAR_FIELDS  # what a file's row may change of a matched person (and notes)


def _changes(person: PersonRow, record: ContactRecord) -> list[str]:
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
        # by the name's key (the organisations' unique key): "ACME Ltd" in the file is the
        # stored "Acme", and two spellings in one file make one organisation
        orgs: dict[str, Organisation] = {}
        for org in session.scalars(select(Organisation).order_by(Organisation.id)):
            orgs.setdefault(_org_key(org.name), org)
        tags: dict[str, Tag] = {fold(t.name): t for t in session.scalars(select(Tag))}
        wanted = [r for r in plan.rows if not r.record.errors and r.action != "skip"]
        countries: dict[str, set[str]] = {}  # a new organisation's country: its rows' one
        for row in wanted:
            if row.record.organisation:
                countries.setdefault(_org_key(row.record.organisation), set()).add(
                    clean_line(row.record.country or ""))
        for row in wanted:  # organisations and tags first: new people refer to their ids
            if row.record.organisation and _org_key(row.record.organisation) not in orgs:
                seen = countries.get(_org_key(row.record.organisation), set())
                orgs[_org_key(row.record.organisation)] = Organisation(
                    name=row.record.organisation[:300],
                    country=next(iter(seen))[:100] if len(seen) == 1 else "")
                session.add(orgs[_org_key(row.record.organisation)])
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
            if value and not (name == "display_name" and value == full_name(
                    values["display_name"], values["given_name"], values["family_name"])):
                values[name] = value
        if record.notes and record.notes not in values["notes"]:
            values["notes"] = f"{values['notes']}\n{record.notes}".strip()
        if record.organisation:
            values["organisation_id"] = orgs[_org_key(record.organisation)].id
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
                   organisation_id=orgs[_org_key(record.organisation)].id
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


def _org_key(name: str) -> str:
    """How the import tells organisations apart: the unique key of the organisations (a name
    with no letters or digits: folded)."""
    return organisation_key(name[:300]) or fold(name)
