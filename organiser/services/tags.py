"""Tags: groups of people invited together ('Regional institutes network', 'ITAG')."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from organiser.core.errors import InputError, NotFoundError
from organiser.core.models import Person, Tag, person_tag
from organiser.core.storage import Database
from organiser.core.text import clean_line, fold, sort_key


@dataclass(frozen=True)
class TagRow:
    id: int
    name: str
    people: int

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "people": self.people}


def list_tags(db: Database) -> list[TagRow]:
    """Every tag with how many people carry it, by name."""
    with db.session() as session:
        counts: dict[int, int] = {int(k or 0): int(n) for k, n in session.execute(
            select(person_tag.c.tag_id, func.count()).group_by(person_tag.c.tag_id)
        ).all()}
        rows = [TagRow(t.id, t.name, int(counts.get(t.id, 0)))
                for t in session.scalars(select(Tag))]
    return sorted(rows, key=lambda r: sort_key(r.name))


def people_with_tags(db: Database, names: list[str]) -> list[int]:
    """Ids of the people carrying any of the tags (matched ignoring case and accents)."""
    keys = {fold(n) for n in names}
    with db.session() as session:
        tags = [t for t in session.scalars(select(Tag)) if fold(t.name) in keys]
        if len(tags) < len(keys):
            missing = keys - {fold(t.name) for t in tags}
            raise NotFoundError(f"no tag named {sorted(missing)[0]!r}", field="TAG")
        ids = session.scalars(select(person_tag.c.person_id)
                              .where(person_tag.c.tag_id.in_([t.id for t in tags]))).all()
    return sorted(set(ids))


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


def tag_people(db: Database, tag_name: str, person_ids: list[int]) -> int:
    """Give a tag (created when new) to people; returns how many newly got it."""
    name = clean_line(tag_name)
    if not name:
        raise InputError("a tag needs a name", field="tag")
    added = 0
    with db.transaction() as session:
        tag = tag_named(session, name)
        for person_id in person_ids:
            person = session.get(Person, person_id)
            if person is None:
                raise NotFoundError(f"no person with id {person_id}", field="PERSON")
            if tag not in person.tags:
                person.tags.append(tag)
                added += 1
    return added


def untag_people(db: Database, tag_name: str, person_ids: list[int]) -> int:
    removed = 0
    with db.transaction() as session:
        tag = next((t for t in session.scalars(select(Tag)) if fold(t.name) == fold(tag_name)),
                   None)
        if tag is None:
            raise NotFoundError(f"no tag named {tag_name!r}", field="TAG")
        for person_id in person_ids:
            person = session.get(Person, person_id)
            if person is not None and tag in person.tags:
                person.tags.remove(tag)
                removed += 1
    return removed


def rename_tag(db: Database, tag_id: int, new_name: str) -> None:
    name = clean_line(new_name)
    if not name:
        raise InputError("a tag needs a name", field="tag")
    with db.transaction() as session:
        tag = session.get(Tag, tag_id)
        if tag is None:
            raise NotFoundError(f"no tag with id {tag_id}", field="TAG")
        clash = session.scalar(select(Tag).where(Tag.name == name, Tag.id != tag_id))
        if clash is not None:
            raise InputError(f"there is already a tag {name!r}", field="tag")
        tag.name = name[:100]


def delete_tag(db: Database, tag_id: int) -> None:
    """Remove the tag; the people stay."""
    with db.transaction() as session:
        tag = session.get(Tag, tag_id)
        if tag is None:
            raise NotFoundError(f"no tag with id {tag_id}", field="TAG")
        session.delete(tag)
