"""Likely duplicate people, and merging two people into one without losing their history."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from organiser.core.enums import Reply
from organiser.core.errors import InputError, NotFoundError
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
from organiser.core.people import name_key
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
        by_name: dict[tuple[str, int | None], list[int]] = defaultdict(list)
        for person in people:
            for email in person.emails:
                # the address itself: migration 0005 gave shared addresses distinct keys
                by_email[email_key(email.address)].append(person.id)
            key = name_key(person.name)
            if key:
                by_name[(key, person.organisation_id)].append(person.id)
        for address, ids in by_email.items():
            for pair in _pairs(ids):
                reasons.setdefault(pair, f"same address {address}")
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


def merge_people(db: Database, keep_id: int, other_id: int) -> dict[str, int]:
    """Fold `other` into `keep`: invitations, attendance, next steps, votes, ideas, addresses
    and tags move; where both have one for the same event, the more definite reply and
    presence are kept. Then `other` is deleted. Returns what moved."""
    if keep_id == other_id:
        raise InputError("cannot merge a person with themselves", field="PERSON")
    moved = {"invitations": 0, "attendance records": 0, "next steps": 0, "addresses": 0,
             "tags": 0}
    with db.transaction() as session:
        keep = session.get(Person, keep_id)
        other = session.get(Person, other_id)
        for pid, person in ((keep_id, keep), (other_id, other)):
            if person is None:
                raise NotFoundError(f"no person with id {pid}", field="PERSON")
        assert keep is not None and other is not None

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
        for name in ("given_name", "family_name", "display_name", "latin_name", "job_title",
                     "country", "timezone", "language", "phone"):
            if not getattr(keep, name) and getattr(other, name):
                setattr(keep, name, getattr(other, name))
        if keep.organisation_id is None:
            keep.organisation_id = other.organisation_id
        if other.notes and other.notes not in keep.notes:
            keep.notes = f"{keep.notes}\n{other.notes}".strip()
        session.flush()
        session.delete(other)
    return moved


def merge_preview(db: Database, keep_id: int, other_id: int) -> dict[str, Any]:
    """Both people side by side, for the merge dialog."""
    from organiser.services.people import get_person, person_links

    return {"keep": get_person(db, keep_id), "other": get_person(db, other_id),
            "keep_links": person_links(db, keep_id), "other_links": person_links(db, other_id)}
