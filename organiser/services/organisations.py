"""Organisations: the list, the organisation form (read, check, save), finding one by name,
and deleting one."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from organiser.core.enums import OrgKind
from organiser.core.errors import InputError, NotFoundError
from organiser.core.locking import check_version
from organiser.core.models import NextStep, Organisation, Person
from organiser.core.storage import Database
from organiser.core.text import clean_line, clean_text, fold, organisation_key, sort_key


@dataclass(frozen=True)
class OrganisationRow:
    """One line of the organisations list, with a folded key for accent-blind filtering."""

    id: int
    name: str
    acronym: str
    kind: str
    country: str
    people: int
    search_key: str = field(repr=False, default="")
    # what a delete from this line must still find stored (optimistic locking)
    version: int = 0

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
                            search_key=fold(f"{o.name} {o.acronym} {o.country}"),
                            version=o.version)
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
    # the write lock from the first read: "no organisation has this name" still holds when
    # the new one is written (the unique key is the backstop against any other writer)
    with db.write_transaction(wait=10) as session:
        name = clean_line(data.name)
        if data.id is None:
            twin = False
            _refuse_taken(session, name, None)
            org = Organisation()
            session.add(org)
        else:
            found = session.get(Organisation, data.id)
            if found is None:
                raise NotFoundError(f"no organisation with id {data.id}", field="ORGANISATION")
            org = found
            check_version(org, data.version)
            # a twin from before migration 0012 keeps its (keyless) name until merged
            twin = org.name_key is None and organisation_key(org.name) == organisation_key(name)
            if not twin:
                _refuse_taken(session, name, org.id)
        org.name = name
        if twin:
            org.name_key = None
        org.acronym = clean_line(data.acronym)
        org.kind = OrgKind(data.kind)
        org.country = clean_line(data.country)
        org.notes = clean_text(data.notes)
        session.flush()
        return org.id


def _refuse_taken(session: Session, name: str, own_id: int | None) -> None:
    """Refuse a name another organisation has (the same key: case, accents, "The" and legal
    forms set aside), naming it, so the person can choose it instead."""
    key = organisation_key(name)
    if not key:
        return
    holder = session.scalar(select(Organisation).where(Organisation.name_key == key[:300]))
    if holder is not None and holder.id != own_id:
        raise InputError(taken_message(holder.name), field="name")


def taken_message(existing: str) -> str:
    return (f"“{existing}” is already in the organisations (the same name once case, accents, "
            "“The” and legal forms such as Ltd are set aside): choose it, or give this one "
            "another name")


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


def delete_organisation(db: Database, organisation_id: int, *,
                        expected_version: int | None = None) -> None:
    """Delete an organisation; its people stay (without one) and its next steps keep the
    owner's name.

    `expected_version`: the version the list showed (None: whatever is stored). One renamed
    or edited since is refused (ConflictError), not deleted unseen."""
    with db.transaction() as session:
        org = session.get(Organisation, organisation_id)
        if org is None:
            raise NotFoundError(f"no organisation with id {organisation_id}", field="ORGANISATION")
        check_version(org, expected_version)
        for step in session.scalars(select(NextStep)
                                    .where(NextStep.owner_organisation_id == org.id)):
            step.owner_name = step.owner_name or org.name
            step.owner_organisation_id = None
        for person in session.scalars(select(Person).where(Person.organisation_id == org.id)):
            person.organisation_id = None
        session.delete(org)


def find_organisation(session: Session, name: str) -> Organisation | None:
    """An organisation by name (its key: case, accents, "The" and legal forms ignored, the
    rule the organisation field and the database's unique key follow), or by acronym."""
    key = organisation_key(name)
    if key:
        found = session.scalar(select(Organisation).where(Organisation.name_key == key[:300]))
        if found is not None:
            return found
    folded = fold(name)
    if not folded:
        return None
    for org in session.scalars(select(Organisation)):
        if fold(org.name) == folded or (org.acronym and fold(org.acronym) == folded):
            return org
    return None


def merge_organisations(db: Database, keep_id: int, other_id: int, *,
                        expected_versions: tuple[int | None, int | None] = (None, None)) -> int:
    """Merge twin organisations: the other's people and next steps move to the one kept, and
    the other goes (its acronym, country and notes fill what the kept one lacks). The kept
    one takes the name's key if it had none (a twin from before migration 0012). Returns how
    many people moved. `expected_versions`: of (kept, other) as the list showed them."""
    if keep_id == other_id:
        raise InputError("choose two different organisations", field="organisation")
    with db.write_transaction(wait=10) as session:
        keep, other = session.get(Organisation, keep_id), session.get(Organisation, other_id)
        for org, wanted, given in ((keep, expected_versions[0], keep_id),
                                   (other, expected_versions[1], other_id)):
            if org is None:
                raise NotFoundError(f"no organisation with id {given}", field="ORGANISATION")
            check_version(org, wanted)
        assert keep is not None and other is not None
        moved = 0
        for person in session.scalars(select(Person).where(Person.organisation_id == other.id)):
            person.organisation_id = keep.id
            moved += 1
        for step in session.scalars(select(NextStep)
                                    .where(NextStep.owner_organisation_id == other.id)):
            step.owner_organisation_id = keep.id
        for name in ("acronym", "country"):
            if not getattr(keep, name) and getattr(other, name):
                setattr(keep, name, getattr(other, name))
        if other.notes and other.notes not in keep.notes:
            keep.notes = f"{keep.notes}\n{other.notes}".strip()
        session.delete(other)
        session.flush()
        key = organisation_key(keep.name)[:300]
        if keep.name_key is None and key and session.scalar(
                select(Organisation.id).where(Organisation.name_key == key)) is None:
            keep.name_key = key  # unless a third twin holds it (merged next)
        session.flush()
        return moved
