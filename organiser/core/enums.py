"""The closed vocabularies of the domain (see DOMAIN.md), stored by value."""

from __future__ import annotations

import enum
from typing import TypeVar

from organiser.core.errors import InputError

E = TypeVar("E", bound=enum.Enum)


class OrgKind(enum.StrEnum):
    GOVERNMENT_AGENCY = "government agency"
    PARLIAMENT = "parliament"
    CSO = "cso"
    MEDIA = "media"
    CONTRACTORS_ASSOCIATION = "contractors association"
    TRAINING_INSTITUTE = "training institute"
    INTERNATIONAL_PARTNER = "international partner"
    BANK_UNIT = "bank unit"
    OTHER = "other"


class EventKind(enum.StrEnum):
    CONSULTATION = "consultation"
    INFORMATION_SHARING = "information sharing"
    WORKSHOP = "workshop"
    NETWORK_MEETING = "network meeting"


class EventStatus(enum.StrEnum):
    DRAFT = "draft"
    PLANNED = "planned"
    CANCELLED = "cancelled"
    HELD = "held"


class Role(enum.StrEnum):
    CHAIR = "chair"
    PARTICIPANT = "participant"
    OPTIONAL = "optional"
    OBSERVER = "observer"


class Reply(enum.StrEnum):
    NEEDS_ACTION = "needs action"
    ACCEPTED = "accepted"
    TENTATIVE = "tentative"
    DECLINED = "declined"
    DELEGATED = "delegated"


class AgendaKind(enum.StrEnum):
    SESSION = "session"
    PRESENTATION = "presentation"
    DISCUSSION = "discussion"
    BRAINSTORM = "brainstorm"
    BREAK = "break"
    REVIEW_OF_ACTIONS = "review of actions"


class AttendanceStatus(enum.StrEnum):
    PRESENT = "present"
    LATE = "late"
    LEFT_EARLY = "left early"
    APOLOGIES = "apologies"
    ABSENT = "absent"


class NextStepStatus(enum.StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in progress"
    DONE = "done"
    DROPPED = "dropped"


class MinutesStatus(enum.StrEnum):
    DRAFT = "draft"
    APPROVED = "approved"


class BudgetCategory(enum.StrEnum):
    STAFF_WEEKS = "staff weeks"
    STAFF_TRAVEL = "staff travel"
    CONSULTANTS = "consultants"
    CONSULTATIONS_WORKSHOP = "consultations/workshop"
    OTHER = "other"


class CounterStatus(enum.StrEnum):
    """A counter-proposal (iTIP COUNTER): waiting for the coordinator, or decided."""

    OPEN = "open"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    OUTDATED = "outdated"  # the event moved since; the proposal answers an older time


class MailPurpose(enum.StrEnum):
    """What a message of the outbox is for (marking it sent records it on the invitation or
    on the removed invitee it went to)."""

    INVITATION = "invitation"
    UPDATE = "update"  # the invitation again, after the time or place changed
    CANCELLATION = "cancellation"
    DECLINE_COUNTER = "declinecounter"
    MINUTES = "minutes"
    REMINDER = "reminder"
    OTHER = "other"  # never written: a purpose an older database held that none of these is


class SyncKind(enum.StrEnum):
    """A run that talks to a server, as the sync log records it."""

    FETCH = "fetch"
    PUBLISH = "publish"
    SEND = "send"
    REMIND = "remind"


class OutboxStatus(enum.StrEnum):
    QUEUED = "queued"
    SENDING = "sending"  # claimed by one sender; after a crash: may have been sent
    SENT = "sent"
    FAILED = "failed"


def parse_choice(enum_cls: type[E], value: str | E, field: str) -> E:
    """A value of a closed vocabulary from user input, or an error listing the choices."""
    try:
        return enum_cls(value)
    except ValueError as exc:
        choices = ", ".join(str(member.value) for member in enum_cls)
        raise InputError(f"{value!r} is not one of: {choices}", field=field) from exc
