"""Everything the documents print about one event, as plain values: the PDF exporter's input
(read from the database by `services.documents.load_event`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from organiser.core.enums import AttendanceStatus, MinutesStatus, Reply, Role


@dataclass(frozen=True)
class PersonLine:
    person_id: int
    name: str
    organisation: str
    job_title: str
    role: Role | None  # None for a walk-in
    reply: Reply | None
    attendance: AttendanceStatus | None
    walk_in: bool
    note: str = ""


@dataclass(frozen=True)
class AgendaLine:
    day: int
    title: str
    kind: str
    planned_start: dt.datetime | None  # in the event's time zone
    planned_end: dt.datetime | None
    actual_start: dt.datetime | None
    actual_end: dt.datetime | None
    presenter: str
    notes: str
    minutes: str


@dataclass(frozen=True)
class DecisionLine:
    number: int
    text: str
    line_of_action: str
    agenda_item: str


@dataclass(frozen=True)
class IdeaLine:
    text: str
    votes: int
    line_of_action: str
    author: str


@dataclass(frozen=True)
class ThemeLine:
    title: str
    line_of_action: str
    ideas: list[IdeaLine]
    ranked: bool = True  # False for the ideas left outside any theme

    @property
    def votes(self) -> int:
        return sum(i.votes for i in self.ideas)


@dataclass(frozen=True)
class BoardLine:
    title: str
    votes_per_person: int
    themes: list[ThemeLine]  # an "Ungrouped ideas" theme last when some ideas have none


@dataclass(frozen=True)
class NextStepLine:
    number: int
    text: str
    owner: str
    due: dt.date | None
    line_of_action: str
    status: str


@dataclass(frozen=True)
class RevisionLine:
    number: int
    approved_by: str
    approved_at: dt.datetime  # in the event's time zone
    change_note: str


@dataclass
class EventData:
    id: int
    title: str
    kind: str
    programme: str
    start: dt.datetime  # in the event's time zone
    end: dt.datetime
    timezone: str
    venue: str
    address: str
    online_url: str
    description: str
    minutes_status: MinutesStatus
    language: str = "en"  # the documents' language (Event.language)
    author: str = ""  # who the documents say wrote them (the coordinator; empty: the app)
    people: list[PersonLine] = field(default_factory=list)
    agenda: list[AgendaLine] = field(default_factory=list)
    decisions: list[DecisionLine] = field(default_factory=list)
    boards: list[BoardLine] = field(default_factory=list)
    next_steps: list[NextStepLine] = field(default_factory=list)
    revisions: list[RevisionLine] = field(default_factory=list)

    @property
    def approved(self) -> bool:
        return self.minutes_status is MinutesStatus.APPROVED

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)
