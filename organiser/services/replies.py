"""Applying invitees' replies (iTIP REPLY and COUNTER) read from .ics or .eml files.

Each file is read and checked completely (`organiser.importers.replies`) before anything is
written, then applied in one transaction: a file is applied whole or not at all, and one that
fails leaves the others applied. Whether a reply is applied is decided by the invitation state
machine (`organiser.core.invitation_state`); every reply that is not comes back with the reason.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from organiser.core.enums import Reply
from organiser.core.errors import InputError, OrganiserError
from organiser.core.invitation_state import (
    Edit,
    Incoming,
    Verdict,
    event_state,
    judge,
    record_edits,
    store_answer,
    stored_answer,
)
from organiser.core.limits import REPLY_FILE_BYTES, read_input_file
from organiser.core.models import Event, Invitation, Person, utcnow
from organiser.core.storage import Database
from organiser.core.text import email_key
from organiser.importers.replies import ParsedReply, parse_reply, reply_partstat


class Outcome(enum.StrEnum):
    APPLIED = "applied"
    DUPLICATE = "duplicate"
    STALE = "stale"
    COUNTER = "counter"
    FAILED = "failed"


# Outcomes that leave the file's content recorded (exit 0 from the CLI).
RECORDED = (Outcome.APPLIED, Outcome.DUPLICATE, Outcome.COUNTER)


@dataclass
class ReplyResult:
    """One file's fate, as one line for the CLI and the UI."""

    file: str
    outcome: Outcome
    message: str
    event_id: int | None = None
    email: str = ""
    reply: Reply | None = None
    proposed: tuple[dt.datetime, dt.datetime] | None = field(default=None)
    warnings: list[str] = field(default_factory=list)

    @property
    def applied(self) -> bool:
        return self.outcome is Outcome.APPLIED

    @property
    def recorded(self) -> bool:
        return self.outcome in RECORDED

    @property
    def line(self) -> str:
        return f"{self.file}: {self.message}"


def _fmt(value: dt.datetime, zone: str) -> str:
    return value.astimezone(ZoneInfo(zone)).strftime("%Y-%m-%d %H:%M")


def _wire_key(address: str | None) -> str:
    """Compares `d@пример.рф` (as stored) with `d@xn--e1afmkfd.xn--p1ai` (as the invitation's
    calendar wrote it, so as a reply gives it back): core.addresses' one matching key."""
    return email_key(address)


def _find_invitation(event: Event, address: str) -> Invitation | None:
    key = _wire_key(address)
    for inv in sorted(event.invitations, key=lambda i: i.id):
        if _wire_key(inv.email) == key or any(_wire_key(e.address) == key
                                              for e in inv.person.emails):
            return inv
    return None


def _sender_warning(parsed: ParsedReply, inv: Invitation, address: str) -> str:
    """'sent by X for Y' when a mail's sender is none of the attendee's addresses."""
    if not parsed.sender:
        return ""
    key = _wire_key(parsed.sender)
    known = {_wire_key(inv.email), _wire_key(parsed.replier.email)}
    known |= {_wire_key(e.address) for e in inv.person.emails}
    if key in known:
        return ""
    return f"sent by {parsed.sender} for {address}"


def apply_reply(db: Database, parsed: ParsedReply, where: str) -> ReplyResult:
    """Apply one parsed reply in one transaction (or report why it is not applied)."""
    with db.transaction() as session:
        event = session.scalars(
            select(Event).where(Event.uid == parsed.uid).options(
                selectinload(Event.invitations).selectinload(Invitation.person)
                .selectinload(Person.emails))
        ).one_or_none()
        if event is None:
            raise InputError(f"answers an unknown event (UID {parsed.uid}); not applied",
                             file=where)
        replier = parsed.replier
        inv = _find_invitation(event, replier.email)
        if inv is None:
            if email_key(replier.email) in {r.email_key for r in event.removed_invitees}:
                raise InputError(f"{replier.email} was removed from '{event.title}'; not "
                                 "applied (send them the cancellation)", file=where)
            raise InputError(f"{replier.email} is not invited to '{event.title}'; not applied",
                             file=where)
        address = inv.email or replier.email
        warning = _sender_warning(parsed, inv, address)
        warnings = [warning] if warning else []
        counter = parsed.method == "COUNTER"
        reply = Reply.NEEDS_ACTION if counter else reply_partstat(parsed, where)
        state = event_state(event)
        judgement = judge(state, stored_answer(inv), Incoming(
            parsed.sequence, parsed.stamp, reply, counter=counter))
        if judgement.verdict is Verdict.STALE:
            what = "proposes another time for" if counter else f"{reply.value}"
            return ReplyResult(
                where, Outcome.STALE,
                f"{address} {what} '{event.title}' (reply to SEQUENCE {parsed.sequence}, "
                f"the event is at {event.sequence}); stale, not applied: {judgement.reason}",
                event.id, address, None if counter else reply, warnings=warnings)
        if judgement.verdict is Verdict.DUPLICATE:
            return ReplyResult(where, Outcome.DUPLICATE,
                               f"{address} {reply.value} '{event.title}': {judgement.reason}",
                               event.id, address, reply, warnings=warnings)
        if counter:
            return _counter(session, parsed, event, inv, address, where, warnings)
        store_answer(inv, judgement.answer, comment=parsed.comment)
        if inv.replied_at is None:
            inv.replied_at = utcnow()
        message = f"{address} {reply.value} {event.title}"
        if parsed.sequence < event.sequence:
            # said, not applied silently: the answer is to an earlier version of the invitation
            message += (f" (answers version {parsed.sequence}, now {event.sequence}; time and "
                        "place are unchanged since, so the answer stands)")
        if reply is Reply.DELEGATED and replier.delegated_to:
            message += _delegate(session, event, inv, parsed)
        return ReplyResult(where, Outcome.APPLIED, message, event.id, address, reply,
                           warnings=warnings)


def _counter(session: Session, parsed: ParsedReply, event: Event, inv: Invitation,
             address: str, where: str, warnings: list[str]) -> ReplyResult:
    """Store the proposal (the coordinator accepts or declines it later)."""
    from organiser.core.enums import CounterStatus
    from organiser.core.models import CounterProposal

    earlier = session.scalars(select(CounterProposal).where(
        CounterProposal.event_id == event.id, CounterProposal.invitation_id == inv.id)).all()
    for old in earlier:
        if (old.sequence, old.stamp, old.proposed_start, old.proposed_end) == (
                parsed.sequence, parsed.stamp, parsed.start, parsed.end):
            return ReplyResult(where, Outcome.DUPLICATE,
                               f"{address}'s proposal for '{event.title}' is already recorded",
                               event.id, address, None, _proposed(parsed), warnings)
    for old in earlier:
        if old.status is CounterStatus.OPEN:
            old.status = CounterStatus.OUTDATED  # a newer proposal from the same person
    session.add(CounterProposal(
        event_id=event.id, invitation_id=inv.id, email=address, name=inv.person.name,
        proposed_start=parsed.start, proposed_end=parsed.end, comment=parsed.comment,
        sequence=parsed.sequence, stamp=parsed.stamp, received_at=utcnow()))
    text = f"{address} proposes another time for '{event.title}'"
    if parsed.start and parsed.end:
        text = (f"{address} proposes {_fmt(parsed.start, event.timezone)}–"
                f"{_fmt(parsed.end, event.timezone)} ({event.timezone}) instead of "
                f"{_fmt(event.start, event.timezone)} for '{event.title}'")
    if parsed.comment:
        text += f": “{parsed.comment}”"
    return ReplyResult(where, Outcome.COUNTER, text + " (stored as a proposal to accept or "
                       "decline: Proposals… in the event's invitations, or organiser counters "
                       f"list {event.id})", event.id,
                       address, None, _proposed(parsed), warnings)


def _proposed(parsed: ParsedReply) -> tuple[dt.datetime, dt.datetime] | None:
    return (parsed.start, parsed.end) if parsed.start and parsed.end else None


def _delegate(session: Session, event: Event, inv: Invitation, parsed: ParsedReply) -> str:
    """The delegate joins the invitation list (the delegator stays, as DELEGATED)."""
    from organiser.services.invitations import person_for_address

    replier = parsed.replier
    delegate_name = next((a.name for a in parsed.attendees
                          if email_key(a.email) == email_key(replier.delegated_to)), "")
    delegate = person_for_address(session, replier.delegated_to, delegate_name)
    inv.delegate_id = delegate.id
    if all(other.person_id != delegate.id for other in event.invitations):
        event.invitations.append(Invitation(
            person=delegate, role=inv.role, email=replier.delegated_to,
            delegated_from_id=inv.id))
        record_edits(event, [Edit.INVITE])
        return f" (delegated to {replier.delegated_to}, added as invitee)"
    return f" (delegated to {replier.delegated_to})"


def import_reply_file(db: Database, path: Path | str) -> ReplyResult:
    where = str(path)
    try:
        data = read_input_file(path, REPLY_FILE_BYTES, what="calendar reply")
        return apply_reply(db, parse_reply(data, where), where)
    except OrganiserError as exc:
        message = exc.message if exc.field is None else f"{exc.field}: {exc.message}"
        return ReplyResult(where, Outcome.FAILED, message)
    except Exception as exc:  # a bug: this file fails, the batch goes on, the log has it
        import logging

        logging.getLogger("organiser").exception("reply %s", where)
        return ReplyResult(where, Outcome.FAILED, f"not applied: unexpected "
                           f"{exc.__class__.__name__}: {exc} (this is a bug; it is logged)")


def import_replies(db: Database, paths: Iterable[Path | str]) -> list[ReplyResult]:
    """Each file on its own: one that fails leaves the others applied."""
    return [import_reply_file(db, path) for path in paths]


__all__ = ["Outcome", "ReplyResult", "apply_reply", "import_replies", "import_reply_file"]
