"""The one typed model of the programme: contacts, events, the live workshop and follow-up."""

from __future__ import annotations

import datetime as dt
import unicodedata
import uuid
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Table,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Mapped, Mapper, declared_attr, mapped_column, relationship, validates

from organiser.core.db import Base, UTCDateTime, str_enum
from organiser.core.enums import (
    AgendaKind,
    AttendanceStatus,
    BudgetCategory,
    CounterStatus,
    EventKind,
    EventStatus,
    MailPurpose,
    MinutesStatus,
    NextStepStatus,
    OrgKind,
    OutboxStatus,
    Reply,
    Role,
    SyncKind,
)
from organiser.core.people import full_name
from organiser.core.text import organisation_key


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def new_uid() -> str:
    return f"{uuid.uuid4()}@organiser"


class Versioned:
    """A record a person edits: every UPDATE bumps `version` and is refused (StaleDataError)
    when the stored version is no longer the one read, so nobody's change is silently
    overwritten (see organiser.core.locking)."""

    version: Mapped[int] = mapped_column(Integer, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 (declarative directive)
        return {"version_id_col": cls.version}


class Timestamps:
    """Creation and last-change instants, kept by the ORM."""

    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


# --- contacts ---------------------------------------------------------------------------

person_tag = Table(
    "person_tag",
    Base.metadata,
    Column("person_id", ForeignKey("person.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Tag(Base):
    """A group of people invited together (e.g. 'Regional institutes network', 'ITAG')."""

    __tablename__ = "tag"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)

    people: Mapped[list[Person]] = relationship(secondary=person_tag, back_populates="tags")


class Organisation(Versioned, Timestamps, Base):
    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    acronym: Mapped[str] = mapped_column(String(40), default="")
    kind: Mapped[OrgKind] = mapped_column(str_enum(OrgKind, 30), default=OrgKind.OTHER)
    country: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # the name's key (core.text.organisation_key: case, accents, "The", legal forms ignored),
    # one organisation per key whoever writes it; None: a twin from before migration 0012,
    # left for the coordinator to merge, or a name with no letters or digits
    name_key: Mapped[str | None] = mapped_column(String(300))
    people: Mapped[list[Person]] = relationship(back_populates="organisation")

    __table_args__ = (Index("ix_organisation_name", "name"),
                      Index("ux_organisation_name_key", "name_key", unique=True))

    @validates("name")
    def _key_of_name(self, _attribute: str, value: str) -> str:
        self.name_key = organisation_key(value)[:300] or None
        return value


class Person(Versioned, Timestamps, Base):
    """Someone the programme works with; names in any script, stored as typed (NFC)."""

    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    given_name: Mapped[str] = mapped_column(String(200), default="")
    family_name: Mapped[str] = mapped_column(String(200), default="")
    display_name: Mapped[str] = mapped_column(String(300), default="")
    # Latin transliteration, family name first ("Shevchenko Olena"): the key for sorting
    latin_name: Mapped[str] = mapped_column(String(300), default="")
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    job_title: Mapped[str] = mapped_column(String(200), default="")
    country: Mapped[str] = mapped_column(String(100), default="")
    timezone: Mapped[str] = mapped_column(String(64), default="")
    language: Mapped[str] = mapped_column(String(20), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    organisation: Mapped[Organisation | None] = relationship(back_populates="people")
    emails: Mapped[list[PersonEmail]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="PersonEmail.position"
    )
    tags: Mapped[list[Tag]] = relationship(secondary=person_tag, back_populates="people")
    invitations: Mapped[list[Invitation]] = relationship(
        back_populates="person", foreign_keys="Invitation.person_id", passive_deletes=True
    )


    # addresses and tags are edited with the person: a change there moves its version
    __version_covers__ = ("emails", "tags")

    @property
    def name(self) -> str:
        """The name shown everywhere: the display name, else given and family name."""
        return full_name(self.display_name, self.given_name, self.family_name)

    @property
    def primary_email(self) -> str:
        return self.emails[0].address if self.emails else ""


class PersonEmail(Base):
    __tablename__ = "person_email"

    id: Mapped[int] = mapped_column(primary_key=True)
    # (looked up by person through the unique (person_id, address_key) index)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    address: Mapped[str] = mapped_column(String(320))
    # casefolded address: matching replies and finding duplicates ignores case; one person
    # per address (two imports at once cannot both insert it)
    address_key: Mapped[str] = mapped_column(String(320), index=True, unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)

    person: Mapped[Person] = relationship(back_populates="emails")

    __table_args__ = (UniqueConstraint("person_id", "address_key"),)
    __version_owner__ = "person"


# --- programme --------------------------------------------------------------------------


class Programme(Timestamps, Base):
    __tablename__ = "programme"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    currency: Mapped[str] = mapped_column(String(3), default="USD")

    events: Mapped[list[Event]] = relationship(back_populates="programme")
    budget_lines: Mapped[list[BudgetLine]] = relationship(
        back_populates="programme", cascade="all, delete-orphan", order_by="BudgetLine.position"
    )
    stated_totals: Mapped[list[BudgetStatedTotal]] = relationship(
        back_populates="programme", cascade="all, delete-orphan"
    )


class LineOfAction(Base):
    """A programme-level theme that ideas, decisions and next steps are tagged with."""

    __tablename__ = "line_of_action"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    code: Mapped[str] = mapped_column(String(20), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class BudgetLine(Versioned, Base):
    __tablename__ = "budget_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(
        ForeignKey("programme.id", ondelete="CASCADE"), index=True
    )
    category: Mapped[BudgetCategory] = mapped_column(str_enum(BudgetCategory, 30))
    description: Mapped[str] = mapped_column(String(300), default="")
    amount: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    period: Mapped[str] = mapped_column(String(40), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    programme: Mapped[Programme] = relationship(back_populates="budget_lines")


class BudgetStatedTotal(Base):
    """A total as a document states it, kept to be checked against the lines."""

    __tablename__ = "budget_stated_total"

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(
        ForeignKey("programme.id", ondelete="CASCADE"), index=True
    )
    label: Mapped[str] = mapped_column(String(200))
    amount: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    currency: Mapped[str] = mapped_column(String(3), default="USD")

    programme: Mapped[Programme] = relationship(back_populates="stated_totals")


# --- events -----------------------------------------------------------------------------


class Event(Versioned, Timestamps, Base):
    """One consultation, information-sharing meeting or workshop, possibly over several days."""

    __tablename__ = "event"

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int | None] = mapped_column(
        ForeignKey("programme.id", ondelete="SET NULL"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[EventKind] = mapped_column(str_enum(EventKind, 30))
    # instants (UTC); the wall time follows from `timezone`
    start: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    end: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    timezone: Mapped[str] = mapped_column(String(64))
    venue: Mapped[str] = mapped_column(String(300), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    online_url: Mapped[str] = mapped_column(String(1000), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(20), default="en")
    status: Mapped[EventStatus] = mapped_column(str_enum(EventStatus), default=EventStatus.DRAFT)
    # iCalendar identity: UID never changes; SEQUENCE grows with each significant change
    uid: Mapped[str] = mapped_column(String(255), unique=True, default=new_uid)
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    # the SEQUENCE of the last change of time or place: replies answering an older SEQUENCE
    # are stale (organiser.core.invitation_state)
    time_place_sequence: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    minutes_status: Mapped[MinutesStatus] = mapped_column(
        str_enum(MinutesStatus), default=MinutesStatus.DRAFT
    )

    programme: Mapped[Programme | None] = relationship(back_populates="events")
    invitations: Mapped[list[Invitation]] = relationship(
        back_populates="event", cascade="all, delete-orphan", passive_deletes=True
    )
    agenda_items: Mapped[list[AgendaItem]] = relationship(
        back_populates="event",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="(AgendaItem.day, AgendaItem.position)",
    )
    attendances: Mapped[list[Attendance]] = relationship(
        back_populates="event", cascade="all, delete-orphan", passive_deletes=True
    )
    boards: Mapped[list[Board]] = relationship(
        back_populates="event", cascade="all, delete-orphan", passive_deletes=True
    )
    decisions: Mapped[list[Decision]] = relationship(
        back_populates="event",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Decision.position",
    )
    minutes_revisions: Mapped[list[MinutesRevision]] = relationship(
        back_populates="event",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="MinutesRevision.number",
    )
    removed_invitees: Mapped[list[RemovedInvitee]] = relationship(
        back_populates="event",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="RemovedInvitee.id",
    )

    __table_args__ = (
        CheckConstraint('"end" >= start', name="end_after_start"),
        CheckConstraint("sequence >= 0", name="sequence_not_negative"),
        CheckConstraint("time_place_sequence >= 0", name="time_place_sequence_not_negative"),
    )


class Invitation(Versioned, Base):
    """One person invited to one event, with a role and a reply."""

    __tablename__ = "invitation"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[Role] = mapped_column(str_enum(Role), default=Role.PARTICIPANT)
    reply: Mapped[Reply] = mapped_column(str_enum(Reply), default=Reply.NEEDS_ACTION)
    reply_comment: Mapped[str] = mapped_column(Text, default="")
    # the address the invitation went to (a person may have several)
    email: Mapped[str] = mapped_column(String(320), default="")
    delegate_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    delegated_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("invitation.id", ondelete="SET NULL")
    )
    sent_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    replied_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    reply_sequence: Mapped[int | None] = mapped_column(Integer)

    event: Mapped[Event] = relationship(back_populates="invitations")
    person: Mapped[Person] = relationship(back_populates="invitations", foreign_keys=[person_id])
    delegate: Mapped[Person | None] = relationship(foreign_keys=[delegate_id])

    __table_args__ = (UniqueConstraint("event_id", "person_id"),)


class RemovedInvitee(Base):
    """Someone taken off an event's invitations: remembered so that the CANCEL can still name
    them, and a reply of theirs is told apart from a stranger's."""

    __tablename__ = "removed_invitee"

    id: Mapped[int] = mapped_column(primary_key=True)
    # (by event through the unique (event_id, email_key) index)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    email: Mapped[str] = mapped_column(String(320))
    email_key: Mapped[str] = mapped_column(String(320))  # casefolded (core.text.email_key)
    name: Mapped[str] = mapped_column(String(300), default="")
    # they had been sent the invitation, so their calendar holds the meeting: they need a CANCEL
    sent: Mapped[bool] = mapped_column(Boolean, default=True)
    # when their CANCEL went out (marked sent from the mail dialog or the outbox)
    cancelled_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)

    event: Mapped[Event] = relationship(back_populates="removed_invitees")

    __table_args__ = (UniqueConstraint("event_id", "email_key"),)

    @property
    def needs_cancel(self) -> bool:
        return self.sent and self.cancelled_at is None


class CounterProposal(Base):
    """An invitee's proposal of another time (iTIP COUNTER), kept until it is decided."""

    __tablename__ = "counter_proposal"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"),
                                          index=True)
    invitation_id: Mapped[int | None] = mapped_column(
        ForeignKey("invitation.id", ondelete="SET NULL"))
    email: Mapped[str] = mapped_column(String(320))
    name: Mapped[str] = mapped_column(String(300), default="")
    proposed_start: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    proposed_end: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    comment: Mapped[str] = mapped_column(Text, default="")
    # the SEQUENCE and DTSTAMP of the COUNTER, and when the coordinator imported it
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    stamp: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    status: Mapped[CounterStatus] = mapped_column(str_enum(CounterStatus),
                                                  default=CounterStatus.OPEN)
    decided_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)

    event: Mapped[Event] = relationship()


# --- agenda and the live workshop ---------------------------------------------------------


class AgendaItem(Versioned, Base):
    """A timed slot of an event; its minutes are typed here during the event."""

    __tablename__ = "agenda_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    day: Mapped[int] = mapped_column(Integer, default=1)
    position: Mapped[int] = mapped_column(Integer, default=0)
    planned_start: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=30)
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[AgendaKind] = mapped_column(str_enum(AgendaKind, 30), default=AgendaKind.SESSION)
    presenter_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    presenter_text: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    minutes: Mapped[str] = mapped_column(Text, default="")
    actual_start: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    actual_end: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)

    event: Mapped[Event] = relationship(back_populates="agenda_items")
    presenter: Mapped[Person | None] = relationship()

    __table_args__ = (CheckConstraint("duration_minutes >= 0", name="duration_not_negative"),)


class AgendaTemplate(Base):
    """A named agenda to start another event's from (titles, kinds, durations, days)."""

    __tablename__ = "agenda_template"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)

    items: Mapped[list[AgendaTemplateItem]] = relationship(
        back_populates="template",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="AgendaTemplateItem.position",
    )


class AgendaTemplateItem(Base):
    """One item of a template, in the order of the agenda it was saved from."""

    __tablename__ = "agenda_template_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    # (by template through the unique (template_id, position) index)
    template_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_template.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    day: Mapped[int] = mapped_column(Integer, default=1)
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[AgendaKind] = mapped_column(str_enum(AgendaKind, 30), default=AgendaKind.SESSION)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=30)
    presenter_text: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    template: Mapped[AgendaTemplate] = relationship(back_populates="items")

    __table_args__ = (
        UniqueConstraint("template_id", "position"),
        CheckConstraint("duration_minutes >= 0", name="duration_not_negative"),
        CheckConstraint("day >= 1", name="day_positive"),
    )


class Attendance(Versioned, Base):
    """Who was actually there, walk-ins included.

    Versioned: checking in is idempotent (two laptops checking in the same person agree),
    but an undo or a change of status over a colleague's change since is refused."""

    __tablename__ = "attendance"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    status: Mapped[AttendanceStatus] = mapped_column(str_enum(AttendanceStatus))
    checked_in_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    walk_in: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(String(300), default="")

    event: Mapped[Event] = relationship(back_populates="attendances")
    person: Mapped[Person] = relationship()

    __table_args__ = (UniqueConstraint("event_id", "person_id"),)


class Board(Versioned, Base):
    """A brainstorming board of an event (often one per brainstorm agenda item)."""

    __tablename__ = "board"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL")
    )
    title: Mapped[str] = mapped_column(String(300), default="")
    votes_per_person: Mapped[int] = mapped_column(Integer, default=3)
    hide_totals: Mapped[bool] = mapped_column(Boolean, default=True)
    voting_closed: Mapped[bool] = mapped_column(Boolean, default=False)

    event: Mapped[Event] = relationship(back_populates="boards")
    themes: Mapped[list[Theme]] = relationship(
        back_populates="board", cascade="all, delete-orphan", order_by="Theme.position"
    )
    ideas: Mapped[list[Idea]] = relationship(
        back_populates="board", cascade="all, delete-orphan", order_by="Idea.position"
    )


class Theme(Versioned, Base):
    __tablename__ = "theme"

    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("board.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    position: Mapped[int] = mapped_column(Integer, default=0)
    line_of_action_id: Mapped[int | None] = mapped_column(
        ForeignKey("line_of_action.id", ondelete="SET NULL")
    )

    board: Mapped[Board] = relationship(back_populates="themes")
    ideas: Mapped[list[Idea]] = relationship(back_populates="theme", order_by="Idea.position")


class Idea(Versioned, Base):
    """One brainstorming contribution."""

    __tablename__ = "idea"

    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("board.id", ondelete="CASCADE"), index=True)
    theme_id: Mapped[int | None] = mapped_column(
        ForeignKey("theme.id", ondelete="SET NULL"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    line_of_action_id: Mapped[int | None] = mapped_column(
        ForeignKey("line_of_action.id", ondelete="SET NULL")
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    board: Mapped[Board] = relationship(back_populates="ideas")
    theme: Mapped[Theme | None] = relationship(back_populates="ideas")
    author: Mapped[Person | None] = relationship()
    line_of_action: Mapped[LineOfAction | None] = relationship()
    votes: Mapped[list[Vote]] = relationship(back_populates="idea", cascade="all, delete-orphan")


class Vote(Base):
    """Dots one voter gave one idea."""

    __tablename__ = "vote"

    id: Mapped[int] = mapped_column(primary_key=True)
    idea_id: Mapped[int] = mapped_column(ForeignKey("idea.id", ondelete="CASCADE"))
    voter_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    count: Mapped[int] = mapped_column(Integer, default=1)

    idea: Mapped[Idea] = relationship(back_populates="votes")
    voter: Mapped[Person] = relationship()

    __table_args__ = (
        UniqueConstraint("idea_id", "voter_id"),
        CheckConstraint("count > 0", name="count_positive"),
    )


class Decision(Versioned, Base):
    """Something the meeting agreed."""

    __tablename__ = "decision"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL")
    )
    text: Mapped[str] = mapped_column(Text)
    line_of_action_id: Mapped[int | None] = mapped_column(
        ForeignKey("line_of_action.id", ondelete="SET NULL"), index=True
    )
    source_idea_id: Mapped[int | None] = mapped_column(ForeignKey("idea.id", ondelete="SET NULL"))
    source_theme_id: Mapped[int | None] = mapped_column(
        ForeignKey("theme.id", ondelete="SET NULL")
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    event: Mapped[Event] = relationship(back_populates="decisions")
    agenda_item: Mapped[AgendaItem | None] = relationship()
    line_of_action: Mapped[LineOfAction | None] = relationship()


class NextStep(Versioned, Timestamps, Base):
    """What someone agreed to do, by when; it outlives the event that produced it."""

    __tablename__ = "next_step"

    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    owner_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    owner_organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    # the owner's name as recorded, so the minutes still read right if the contact goes
    owner_name: Mapped[str] = mapped_column(String(300), default="")
    due_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    status: Mapped[NextStepStatus] = mapped_column(
        str_enum(NextStepStatus), default=NextStepStatus.OPEN, index=True
    )
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("event.id", ondelete="SET NULL"), index=True
    )
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL")
    )
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("decision.id", ondelete="SET NULL"))
    source_idea_id: Mapped[int | None] = mapped_column(ForeignKey("idea.id", ondelete="SET NULL"))
    source_theme_id: Mapped[int | None] = mapped_column(
        ForeignKey("theme.id", ondelete="SET NULL")
    )
    line_of_action_id: Mapped[int | None] = mapped_column(
        ForeignKey("line_of_action.id", ondelete="SET NULL"), index=True
    )
    done_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)

    owner_person: Mapped[Person | None] = relationship()
    owner_organisation: Mapped[Organisation | None] = relationship()
    event: Mapped[Event | None] = relationship()
    agenda_item: Mapped[AgendaItem | None] = relationship()
    line_of_action: Mapped[LineOfAction | None] = relationship()
    history: Mapped[list[NextStepChange]] = relationship(
        back_populates="next_step",
        cascade="all, delete-orphan",
        order_by="NextStepChange.changed_at",
    )



class NextStepChange(Base):
    """One change of a next step's status, with when and why."""

    __tablename__ = "next_step_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    next_step_id: Mapped[int] = mapped_column(
        ForeignKey("next_step.id", ondelete="CASCADE"), index=True
    )
    old_status: Mapped[NextStepStatus | None] = mapped_column(
        str_enum(NextStepStatus, name="old_status")
    )
    new_status: Mapped[NextStepStatus] = mapped_column(str_enum(NextStepStatus, name="new_status"))
    changed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    note: Mapped[str] = mapped_column(Text, default="")

    next_step: Mapped[NextStep] = relationship(back_populates="history")


class MinutesRevision(Base):
    """An approved issue of an event's minutes; later issues carry a note of what changed."""

    __tablename__ = "minutes_revision"

    id: Mapped[int] = mapped_column(primary_key=True)
    # (by event through the unique (event_id, number) index)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    approved_by: Mapped[str] = mapped_column(String(300))
    approved_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    change_note: Mapped[str] = mapped_column(Text, default="")

    event: Mapped[Event] = relationship(back_populates="minutes_revisions")

    __table_args__ = (UniqueConstraint("event_id", "number"),)


# --- mail -------------------------------------------------------------------------------


class OutboxMessage(Base):
    """A prepared message waiting to be sent; it survives restarts and failures."""

    __tablename__ = "outbox_message"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("event.id", ondelete="SET NULL"), index=True
    )
    purpose: Mapped[MailPurpose] = mapped_column(str_enum(MailPurpose))
    recipient: Mapped[str] = mapped_column(String(320))
    subject: Mapped[str] = mapped_column(String(998))
    message: Mapped[bytes] = mapped_column(LargeBinary)
    status: Mapped[OutboxStatus] = mapped_column(
        str_enum(OutboxStatus), default=OutboxStatus.QUEUED, index=True
    )
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    sent_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    # who took it to send (process@host) and when: two senders never send one message
    claimed_by: Mapped[str] = mapped_column(String(200), default="", server_default="")
    claimed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


# --- online: the mailbox, the CalDAV calendar, reminders, the sync log ---------------------


class MailFolderState(Base):
    """How far the reply fetch has read one IMAP folder: UIDs are only comparable while the
    folder's UIDVALIDITY stays the same (a new one means every UID was renumbered)."""

    __tablename__ = "mail_folder_state"

    id: Mapped[int] = mapped_column(primary_key=True)
    # "user@host:port", so two mailboxes never share a position
    account: Mapped[str] = mapped_column(String(400))
    folder: Mapped[str] = mapped_column(String(300))
    # IMAP UIDs and UIDVALIDITY are unsigned 32-bit numbers: larger than a signed INTEGER
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    last_uid: Mapped[int] = mapped_column(BigInteger, default=0)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    __table_args__ = (UniqueConstraint("account", "folder"),)


class CalendarEntry(Base):
    """One event as last published on a CalDAV calendar: where it is and its ETag there."""

    __tablename__ = "calendar_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    # the calendar collection's URL; the entry outlives the event (to DELETE it when removed)
    collection: Mapped[str] = mapped_column(String(1000))
    uid: Mapped[str] = mapped_column(String(255))
    href: Mapped[str] = mapped_column(String(1000))
    etag: Mapped[str] = mapped_column(String(300), default="")
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    # what was sent (a hash of the calendar object): an unchanged event is not sent again
    digest: Mapped[str] = mapped_column(String(64), default="")
    published_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    __table_args__ = (UniqueConstraint("collection", "uid"),)


class NextStepReminder(Base):
    """A reminder of a next step prepared for someone on a given day (never twice a day)."""

    __tablename__ = "next_step_reminder"

    id: Mapped[int] = mapped_column(primary_key=True)
    next_step_id: Mapped[int] = mapped_column(
        ForeignKey("next_step.id", ondelete="CASCADE"), index=True
    )
    day: Mapped[dt.date] = mapped_column(Date)
    recipient: Mapped[str] = mapped_column(String(320))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    __table_args__ = (Index("ix_next_step_reminder_day", "day", "next_step_id"),)


class SyncLogEntry(Base):
    """One fetch, publish, send or reminder run: when, whether it reached the server, what it
    did (the status bar and `organiser sync status` read the latest of each kind)."""

    __tablename__ = "sync_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[SyncKind] = mapped_column(str_enum(SyncKind))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    # False when the server could not be reached (the laptop is offline, or the server down)
    reached: Mapped[bool] = mapped_column(Boolean, default=True)
    ok: Mapped[bool] = mapped_column(Boolean, default=True)
    summary: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_sync_log_kind_at", "kind", "at"),)


Index("ix_invitation_event_reply", Invitation.event_id, Invitation.reply)
Index("ix_attendance_event_status", Attendance.event_id, Attendance.status)
# (votes by idea: the unique (idea_id, voter_id) index serves them; no second index)


@event.listens_for(Base, "before_insert", propagate=True)
@event.listens_for(Base, "before_update", propagate=True)
def _store_text_as_nfc(_mapper: Mapper[Any], _connection: Connection, target: Any) -> None:
    """Every text column is stored NFC: 'é' typed as one code point or two is the same name."""
    for column in target.__table__.columns:
        if isinstance(column.type, String):
            key = _mapper.get_property_by_column(column).key
            value = target.__dict__.get(key)
            if isinstance(value, str) and not unicodedata.is_normalized("NFC", value):
                setattr(target, key, unicodedata.normalize("NFC", value))
