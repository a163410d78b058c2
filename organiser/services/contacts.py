"""Contacts: organisations and people."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from organiser.core.models import Organisation, Person
from organiser.core.storage import Database
from organiser.core.text import fold, sort_key


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


def person_row(person: Person) -> PersonRow:
    org = person.organisation.name if person.organisation else ""
    emails = tuple(e.address for e in person.emails)
    key = fold(" ".join((person.name, person.given_name, person.family_name, person.latin_name,
                         org, person.organisation.acronym if person.organisation else "",
                         " ".join(emails), person.country)))
    return PersonRow(
        id=person.id,
        name=person.name,
        given_name=person.given_name,
        family_name=person.family_name,
        latin_name=person.latin_name,
        emails=emails,
        organisation=org,
        organisation_id=person.organisation_id,
        country=person.country,
        timezone=person.timezone,
        tags=tuple(sorted(t.name for t in person.tags)),
        search_key=key,
    )


def person_sort_key(row: PersonRow) -> tuple[tuple[int, str], tuple[int, str]]:
    """Family name, then given name; the Latin transliteration (family name first) when set."""
    if row.latin_name:
        return (sort_key(row.latin_name), sort_key(""))
    return (sort_key(row.family_name or row.name), sort_key(row.given_name))


def list_people(db: Database) -> list[PersonRow]:
    with db.session() as session:
        people = session.scalars(
            select(Person).options(
                selectinload(Person.emails),
                selectinload(Person.organisation),
                selectinload(Person.tags),
            )
        ).all()
        rows = [person_row(p) for p in people]
    return sorted(rows, key=person_sort_key)


def list_organisations(db: Database) -> list[Organisation]:
    with db.session() as session:
        return list(session.scalars(select(Organisation).order_by(Organisation.name)).all())
