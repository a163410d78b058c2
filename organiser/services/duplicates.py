"""Likely duplicate people, and merging two people into one without losing their history."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from organiser.core.enums import Reply
from organiser.core.errors import InputError, NotFoundError
from organiser.core.locking import check_version
from organiser.core.models import (
    AgendaItem,
    Attendance,
    Idea,
    Invitation,
    NextStep,
    Person,
    PersonEmail,
    Vote,
)
from organiser.core.people import full_name, name_key
from organiser.core.storage import Database
from organiser.core.text import email_key


@dataclass(frozen=True)
class DuplicatePair:
    """Two people that are probably one; `keep_id` is the older record."""

    keep_id: int
    keep_name: str
    other_id: int
    other_name: str
    reason: str

    def as_json(self) -> dict[str, Any]:
        return {"keep_id": self.keep_id, "keep_name": self.keep_name,
                "other_id": self.other_id, "other_name": self.other_name, "reason": self.reason}


def find_duplicates(db: Database) -> list[DuplicatePair]:
    """Same address in any case, or the same normalised name in the same organisation."""
    with db.session() as session:
        people = session.scalars(select(Person).options(
            selectinload(Person.emails), selectinload(Person.organisation))).all()
        by_id = {p.id: p for p in people}
        reasons: dict[tuple[int, int], str] = {}
        by_email: dict[str, list[int]] = defaultdict(list)
        spelled: dict[str, str] = {}  # a key as the oldest person wrote it (not its punycode)
        by_name: dict[tuple[str, int | None], list[int]] = defaultdict(list)
        for person in sorted(people, key=lambda p: p.id):
            for email in person.emails:
                # the address itself: migration 0005 gave shared addresses distinct keys
                key = email_key(email.address)
                by_email[key].append(person.id)
                spelled.setdefault(key, email.address)
            key = name_key(person.name)
            if key:
                by_name[(key, person.organisation_id)].append(person.id)
        for key, ids in by_email.items():
            for pair in _pairs(ids):
                reasons.setdefault(pair, f"same address {spelled[key]}")
        for ids in by_name.values():
            for pair in _pairs(ids):
                where = by_id[pair[0]].organisation
                reasons.setdefault(pair, "same name" + (f" at {where.name}" if where else
                                                        " (no organisation)"))
        return [DuplicatePair(a, by_id[a].name, b, by_id[b].name, reason)
                for (a, b), reason in sorted(reasons.items())]


def _pairs(ids: list[int]) -> list[tuple[int, int]]:
    unique = sorted(set(ids))
    return [(a, b) for i, a in enumerate(unique) for b in unique[i + 1:]]


_REPLY_RANK = {Reply.ACCEPTED: 4, Reply.TENTATIVE: 3, Reply.DELEGATED: 2, Reply.DECLINED: 1,
               Reply.NEEDS_ACTION: 0}


# the fields the merge view compares, as PersonData names them (organisation: its name)
MERGE_FIELDS = ("given_name", "family_name", "display_name", "latin_name", "organisation",
                "job_title", "country", "timezone", "language", "phone", "notes")
KEEP, OTHER, BOTH = "keep", "other", "both"  # whose value a field takes; both: notes only


@dataclass(frozen=True)
class FieldValues:
    """One field of the two people: the kept person's value and the other's."""

    name: str
    keep: str
    other: str

    @property
    def same(self) -> bool:
        return " ".join(self.keep.split()) == " ".join(self.other.split())

    @property
    def choice_needed(self) -> bool:
        """Both have a value and they differ: the coordinator says which stays."""
        return bool(self.keep.strip() and self.other.strip()) and not self.same


@dataclass(frozen=True)
class MergeComparison:
    """Two people side by side, for the merge view: fields, addresses, tags, links."""

    keep_id: int
    other_id: int
    keep_name: str
    other_name: str
    keep_version: int
    other_version: int
    fields: list[FieldValues]
    keep_emails: list[str]
    other_emails: list[str]
    keep_tags: list[str]
    other_tags: list[str]
    keep_links: dict[str, int]
    other_links: dict[str, int]


def compare_people(db: Database, keep_id: int, other_id: int) -> MergeComparison:
    """What the merge view shows of two likely duplicates."""
    from organiser.services.people import get_person, person_links

    keep, other = get_person(db, keep_id), get_person(db, other_id)
    return MergeComparison(
        keep_id, other_id, full_name(keep.display_name, keep.given_name, keep.family_name),
        full_name(other.display_name, other.given_name, other.family_name),
        keep.version or 0, other.version or 0,
        [FieldValues(name, str(getattr(keep, name) or ""), str(getattr(other, name) or ""))
         for name in MERGE_FIELDS],
        list(keep.emails), list(other.emails), list(keep.tags), list(other.tags),
        person_links(db, keep_id), person_links(db, other_id))


def _chosen(choices: Mapping[str, str], name: str, keep: str, other: str) -> str:
    """A field's value after the merge: as chosen, else the kept person's unless empty."""
    choice = choices.get(name, BOTH if name == "notes" else None)
    if choice is None:
        return keep if keep.strip() else other
    if choice == OTHER:
        return other
    if choice == BOTH and name == "notes":
        return keep if not other.strip() or other.strip() in keep else \
            f"{keep}\n{other}".strip()  # nothing said about the person is lost
    if choice in (KEEP, BOTH):
        return keep
    raise InputError(f"unknown choice {choice!r} for {name}; choose {KEEP} or {OTHER}",
                     field=name)


def merge_people(db: Database, keep_id: int, other_id: int, *,
                 choices: Mapping[str, str] | None = None,
                 expected_versions: tuple[int, int] | None = None) -> dict[str, int]:
    """Fold `other` into `keep`: invitations, attendance, next steps, votes, ideas, addresses
    and tags move; where both have one for the same event, the more definite reply and
    presence are kept. Then `other` is deleted. Returns what moved.

    `choices` says, per field of MERGE_FIELDS, whose value stays (KEEP or OTHER; notes also
    BOTH); a field not named keeps the kept person's value, or takes the other's where the
    kept one has none, and notes are joined. `expected_versions` (keep's, other's) are those
    the merge view showed: a person changed since is refused (ConflictError), not merged.
    """
    if keep_id == other_id:
        raise InputError("cannot merge a person with themselves", field="PERSON")
    choices = dict(choices or {})
    for name in choices:
        if name not in MERGE_FIELDS:
            raise InputError(f"unknown field {name!r}; one of {', '.join(MERGE_FIELDS)}",
                             field="field")
    moved = {"invitations": 0, "attendance records": 0, "next steps": 0, "addresses": 0,
             "tags": 0}
    with db.transaction() as session:
        keep = session.get(Person, keep_id)
        other = session.get(Person, other_id)
        for pid, person in ((keep_id, keep), (other_id, other)):
            if person is None:
                raise NotFoundError(f"no person with id {pid}", field="PERSON")
        assert keep is not None and other is not None
        if expected_versions is not None:
            check_version(keep, expected_versions[0])
            check_version(other, expected_versions[1])
        # the values chosen, read before anything moves
        values = {name: _chosen(choices, name, _field(keep, name), _field(other, name))
                  for name in MERGE_FIELDS}
        organisation_id = other.organisation_id \
            if values["organisation"] == _field(other, "organisation") \
            and values["organisation"] != _field(keep, "organisation") else keep.organisation_id
        other_name = other.name
        renamed: list[NextStep] = []

        kept_invites = {i.event_id: i for i in session.scalars(
            select(Invitation).where(Invitation.person_id == keep_id))}
        for inv in session.scalars(select(Invitation).where(Invitation.person_id == other_id)):
            mine = kept_invites.get(inv.event_id)
            if mine is None:
                inv.person_id = keep_id
                moved["invitations"] += 1
            else:
                if _REPLY_RANK.get(inv.reply, 0) > _REPLY_RANK.get(mine.reply, 0):
                    mine.reply, mine.reply_comment = inv.reply, inv.reply_comment
                    mine.replied_at = inv.replied_at
                for child in session.scalars(select(Invitation)
                                             .where(Invitation.delegated_from_id == inv.id)):
                    child.delegated_from_id = mine.id
                session.delete(inv)
        session.flush()
        for inv in session.scalars(select(Invitation).where(Invitation.delegate_id == other_id)):
            inv.delegate_id = keep_id

        kept_att = {a.event_id: a for a in session.scalars(
            select(Attendance).where(Attendance.person_id == keep_id))}
        for att in session.scalars(select(Attendance).where(Attendance.person_id == other_id)):
            if att.event_id in kept_att:
                mine_att = kept_att[att.event_id]
                if mine_att.checked_in_at is None and att.checked_in_at is not None:
                    mine_att.status, mine_att.checked_in_at = att.status, att.checked_in_at
                session.delete(att)
            else:
                att.person_id = keep_id
                moved["attendance records"] += 1
        session.flush()

        for step in session.scalars(select(NextStep).where(NextStep.owner_person_id == other_id)):
            step.owner_person_id = keep_id
            if step.owner_name == other_name:  # shown under the kept person's name
                renamed.append(step)
            moved["next steps"] += 1
        for item in session.scalars(select(AgendaItem).where(AgendaItem.presenter_id == other_id)):
            item.presenter_id = keep_id
        for idea in session.scalars(select(Idea).where(Idea.author_id == other_id)):
            idea.author_id = keep_id
        kept_votes = {v.idea_id: v for v in session.scalars(
            select(Vote).where(Vote.voter_id == keep_id))}
        for vote in session.scalars(select(Vote).where(Vote.voter_id == other_id)):
            if vote.idea_id in kept_votes:
                kept_votes[vote.idea_id].count = max(kept_votes[vote.idea_id].count, vote.count)
                session.delete(vote)
            else:
                vote.voter_id = keep_id
        session.flush()

        # one person per address (a unique index): the other's rows go before keep takes them
        have = {email_key(e.address) for e in keep.emails}
        moving = []
        for email in list(other.emails):
            if email_key(email.address) not in have:
                moving.append(email.address)
                have.add(email_key(email.address))
            other.emails.remove(email)
        session.flush()
        for email in keep.emails:  # a key made unique by migration 0005 is plain again
            plain = email_key(email.address)
            if email.address_key != plain and session.scalar(
                    select(PersonEmail.id).where(PersonEmail.address_key == plain)) is None:
                email.address_key = plain
        for address in moving:
            keep.emails.append(PersonEmail(address=address, address_key=email_key(address),
                                           position=len(keep.emails)))
            moved["addresses"] += 1
        for tag in other.tags:
            if tag not in keep.tags:
                keep.tags.append(tag)
                moved["tags"] += 1
        for name in MERGE_FIELDS:
            if name not in ("organisation", "notes"):
                setattr(keep, name, values[name])
        keep.organisation_id = organisation_id
        keep.notes = values["notes"]
        for step in renamed:
            step.owner_name = keep.name
        session.flush()
        session.delete(other)
    return moved


def _field(person: Person, name: str) -> str:
    if name == "organisation":
        return person.organisation.name if person.organisation else ""
    return str(getattr(person, name) or "")


def merge_preview(db: Database, keep_id: int, other_id: int) -> dict[str, Any]:
    """Both people side by side, for the merge dialog."""
    from organiser.services.people import get_person, person_links

    return {"keep": get_person(db, keep_id), "other": get_person(db, other_id),
            "keep_links": person_links(db, keep_id), "other_links": person_links(db, other_id)}
