"""The life of an invitation: one state machine for every change and every answer.

An event's calendar identity is its UID and its SEQUENCE (RFC 5545 §3.8.4.7, §3.8.7.4); each
invitee's answer is a PARTSTAT (§3.2.12) recorded with the SEQUENCE and the DTSTAMP (§3.8.7.2)
of the reply that carried it. The rules, applied the same from the CLI, the GUI and the
importers (the services call these functions; nothing else changes SEQUENCE or an answer):

Edits by the coordinator (RFC 5546 §2.1.5 Component Revisions; RFC 5545 §3.8.7.4)
- A change of time (start, end, zone) or place (venue, address, online link) is a
  *significant* change: SEQUENCE + 1, remembered as the last time/place SEQUENCE, and every
  answer goes back to NEEDS-ACTION, whoever recorded it (a reply, the coordinator by hand, the
  demo): nobody has answered the new date yet, so the next REQUEST asks everyone again.
  A delegator's DELEGATED stays: handing the seat on is not an answer to the date, and the
  delegate is asked again like everyone else.
- Adding or removing invitees, or changing a role, changes the attendee list: SEQUENCE + 1
  (RFC 5546 §2.1.5 allows it, and clients then take the new list), answers kept. A removed
  invitee gets their own CANCEL (§3.2.5).
- Title, description, kind or language alone: no new SEQUENCE (clients refresh them from a
  REQUEST with the same SEQUENCE and a newer DTSTAMP), answers kept.
- Cancelling: SEQUENCE + 1 and a CANCEL for everyone (§3.2.5); answers are kept as the record
  of who had said what, but no reply is applied any more. Reinstating a cancelled event is a
  new date for everyone: SEQUENCE + 1 and every answer reset. Other status changes (draft to
  planned, planned to held) are not calendar changes.

Answers (RFC 5546 §3.2.3 REPLY, §3.2.7 COUNTER; §2.1.5: SEQUENCE, then DTSTAMP, tell which
revision, and which reply, is the most recent)
- A reply is applied only if (SEQUENCE, DTSTAMP) is newer than the stored answer's, compared
  in that order, and its SEQUENCE was issued (not above the event's): a SEQUENCE the app never
  sent is a forged or misdirected reply. A reply to a SEQUENCE older than the last time/place
  change answers a meeting that no longer exists. Everything refused is reported as stale,
  with the reason; the same reply imported twice is reported as already recorded.
- An answer typed by hand (a phone call) is recorded with the current SEQUENCE and the time
  it was typed, so a mailed reply written before the call does not overwrite it, and a
  reschedule resets it like any other.
- A COUNTER (a proposed new time) is stored as a proposal under the same checks; it changes
  nobody's answer. Accepting it reschedules the event (a significant change, above);
  declining it sends a DECLINECOUNTER (§3.2.8).
- A DELEGATED reply is applied like any other; the delegator stays on the attendee list as
  DELEGATED (RFC 5546 §2.1.3, §3.2.2.3) and keeps receiving updates, the delegate is added.
- A reply mailed by someone other than the attendee it answers for is applied (replying on
  another's behalf is allowed, §2.1.4 SENT-BY) but always with a warning naming both.

How this reconciles an earlier decision ("a reply to an older SEQUENCE is stale only if time
or place changed since"): that remains the rule for *which meeting* a reply answers. A
reply to SEQUENCE 2 while the event is at 3 only because someone was invited still answers
the same date and can be applied. What changed is that it must also be newer than the
answer already stored: (SEQUENCE, DTSTAMP) decides, so folder order never does, and answers
from before a reschedule no longer survive it (they are reset, not merely ignored when
exported).
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from typing import Any

from organiser.core.enums import Reply

# Fields whose change moves the meeting in time or space.
TIME_FIELDS = frozenset({"start", "end", "timezone"})
PLACE_FIELDS = frozenset({"venue", "address", "online_url"})
DETAIL_FIELDS = frozenset({"title", "kind", "description", "language"})


class Edit(enum.StrEnum):
    """What the coordinator did to an event, as far as its invitations are concerned."""

    RESCHEDULE = "reschedule"
    PLACE = "place change"
    DETAILS = "details"
    INVITE = "invite"
    UNINVITE = "uninvite"
    ROLE = "role change"
    CANCEL = "cancel"
    REINSTATE = "reinstate"
    STATUS = "status"


SIGNIFICANT = frozenset({Edit.RESCHEDULE, Edit.PLACE, Edit.REINSTATE})
ATTENDEE_LIST = frozenset({Edit.INVITE, Edit.UNINVITE, Edit.ROLE, Edit.CANCEL})


class Verdict(enum.StrEnum):
    APPLIED = "applied"
    STALE = "stale"
    DUPLICATE = "duplicate"
    COUNTER = "counter"


@dataclass(frozen=True)
class EventState:
    """An event's calendar state: its SEQUENCE, the SEQUENCE of the last time or place
    change, and whether it is cancelled."""

    sequence: int = 0
    time_place_sequence: int = 0
    cancelled: bool = False


@dataclass(frozen=True)
class Answer:
    """One invitee's answer and what it answered (`sequence` None: nothing answered yet, or an
    answer recorded before the app kept track)."""

    reply: Reply = Reply.NEEDS_ACTION
    sequence: int | None = None
    stamp: dt.datetime | None = None


NOT_ANSWERED = Answer()


@dataclass(frozen=True)
class Incoming:
    """A REPLY or COUNTER as read from a file."""

    sequence: int
    stamp: dt.datetime | None
    reply: Reply = Reply.NEEDS_ACTION
    counter: bool = False


@dataclass(frozen=True)
class Judgement:
    verdict: Verdict
    reason: str
    answer: Answer  # the answer to store (the old one when nothing is applied)

    @property
    def applied(self) -> bool:
        return self.verdict is Verdict.APPLIED


def classify(changed: set[str] | frozenset[str], *, old_status: str = "",
             new_status: str = "") -> list[Edit]:
    """The edits a set of changed event fields amounts to (status values as strings)."""
    edits = []
    if changed & TIME_FIELDS:
        edits.append(Edit.RESCHEDULE)
    if changed & PLACE_FIELDS:
        edits.append(Edit.PLACE)
    if "status" in changed and old_status != new_status:
        if new_status == "cancelled":
            edits.append(Edit.CANCEL)
        elif old_status == "cancelled":
            edits.append(Edit.REINSTATE)
        else:
            edits.append(Edit.STATUS)
    if changed & DETAIL_FIELDS:
        edits.append(Edit.DETAILS)
    return edits


def after_edits(state: EventState, edits: list[Edit] | tuple[Edit, ...]) -> tuple[
        EventState, bool]:
    """The state after one save with these edits, and whether every answer is reset.

    One save raises SEQUENCE by one at most, however many fields it changed.
    """
    kinds = set(edits)
    bumps = bool(kinds & (SIGNIFICANT | ATTENDEE_LIST))
    reset = bool(kinds & SIGNIFICANT)
    sequence = state.sequence + 1 if bumps else state.sequence
    time_place = sequence if (reset or Edit.CANCEL in kinds) else state.time_place_sequence
    cancelled = (state.cancelled or Edit.CANCEL in kinds) and Edit.REINSTATE not in kinds
    return EventState(sequence, time_place, cancelled), reset


def reset_answer(answer: Answer) -> Answer:
    """The answer after a significant change: asked again (a delegation stands)."""
    if answer.reply is Reply.DELEGATED:
        return answer
    return NOT_ANSWERED


def hand_answer(state: EventState, reply: Reply, now: dt.datetime) -> Answer:
    """An answer the coordinator types: it answers the event as it stands now."""
    if reply is Reply.NEEDS_ACTION:
        return NOT_ANSWERED
    return Answer(reply, state.sequence, now)


def _newer(incoming: Incoming, stored: Answer) -> tuple[bool | None, str]:
    """Whether the incoming (SEQUENCE, DTSTAMP) is newer than the stored answer's; None when
    both are the same reply (a duplicate)."""
    if stored.sequence is None:
        return True, ""
    if incoming.sequence != stored.sequence:
        if incoming.sequence > stored.sequence:
            return True, ""
        return False, (f"a later answer ({stored.reply.value}, to SEQUENCE {stored.sequence}) "
                       "is already recorded")
    if stored.stamp is None:
        return True, ""
    if incoming.stamp is None:
        return False, ("it has no DTSTAMP, so it cannot be told newer than the answer already "
                       f"recorded ({stored.reply.value})")
    if incoming.stamp > stored.stamp:
        return True, ""
    if incoming.stamp == stored.stamp:
        if incoming.reply is stored.reply:
            return None, "this answer is already recorded"
        return False, (f"it has the same SEQUENCE and DTSTAMP as the recorded answer "
                       f"({stored.reply.value}) but says otherwise")
    return False, (f"a later answer ({stored.reply.value}, of "
                   f"{stored.stamp:%Y-%m-%d %H:%M} UTC) is already recorded")


def judge(state: EventState, stored: Answer, incoming: Incoming) -> Judgement:
    """Whether a reply or counter-proposal is applied (or stored), and why not."""
    if state.cancelled:
        return Judgement(Verdict.STALE, "the event is cancelled", stored)
    if incoming.sequence > state.sequence:
        return Judgement(Verdict.STALE, (
            f"it answers SEQUENCE {incoming.sequence}, which was never sent (the event is at "
            f"SEQUENCE {state.sequence})"), stored)
    if incoming.sequence < state.time_place_sequence:
        return Judgement(Verdict.STALE, (
            f"it answers SEQUENCE {incoming.sequence}, before the time or place changed "
            f"(SEQUENCE {state.time_place_sequence}); ask them to answer the update"), stored)
    if incoming.counter:
        return Judgement(Verdict.COUNTER, "a proposal of another time", stored)
    newer, reason = _newer(incoming, stored)
    if newer is None:
        return Judgement(Verdict.DUPLICATE, reason, stored)
    if not newer:
        return Judgement(Verdict.STALE, reason, stored)
    return Judgement(Verdict.APPLIED, "", Answer(incoming.reply, incoming.sequence,
                                                 incoming.stamp))


# --- the same rules on the stored records ---------------------------------------------------


def event_state(event: Any) -> EventState:
    return EventState(int(event.sequence or 0), time_place_sequence(event),
                      str(getattr(event.status, "value", event.status)) == "cancelled")


def time_place_sequence(event: Any) -> int:
    """SEQUENCE of the last change of time or place (replies before it are stale)."""
    return int(event.time_place_sequence or 0)


def store_event_state(event: Any, state: EventState) -> None:
    event.sequence = state.sequence
    event.time_place_sequence = state.time_place_sequence


def stored_answer(invitation: Any) -> Answer:
    reply = invitation.reply
    if reply is Reply.NEEDS_ACTION:
        return NOT_ANSWERED
    return Answer(reply, invitation.reply_sequence, invitation.replied_at)


def store_answer(invitation: Any, answer: Answer, *, comment: str | None = None) -> None:
    invitation.reply = answer.reply
    invitation.reply_sequence = answer.sequence
    invitation.replied_at = answer.stamp
    if comment is not None:
        invitation.reply_comment = comment


def record_edits(event: Any, edits: list[Edit] | tuple[Edit, ...]) -> int:
    """Apply one save's edits to an event and its invitations; returns how many answers
    were reset."""
    new_state, reset = after_edits(event_state(event), edits)
    store_event_state(event, new_state)
    if not reset:
        return 0
    count = 0
    for invitation in event.invitations:
        before = stored_answer(invitation)
        after = reset_answer(before)
        if after is before:
            continue  # a delegation stands
        count += before.reply is not Reply.NEEDS_ACTION
        store_answer(invitation, after, comment="")
    return count


__all__ = [
    "Answer",
    "Edit",
    "EventState",
    "Incoming",
    "Judgement",
    "Verdict",
    "after_edits",
    "classify",
    "event_state",
    "hand_answer",
    "judge",
    "record_edits",
    "reset_answer",
    "store_answer",
    "stored_answer",
    "time_place_sequence",
]
