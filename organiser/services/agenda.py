"""Agenda of an event: timed items per day, reordering, start times, templates, copying."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from organiser.core.enums import AgendaKind, NextStepStatus
from organiser.core.errors import InputError, NotFoundError
from organiser.core.locking import check_version, conflict
from organiser.core.models import (
    AgendaItem,
    AgendaTemplate,
    AgendaTemplateItem,
    Event,
    Invitation,
    NextStep,
    Person,
)
from organiser.core.storage import Database
from organiser.core.text import clean_line, clean_text, sort_key
from organiser.services.records import required

MAX_DURATION = 24 * 60


@dataclass(frozen=True)
class ActionLine:
    """An open next step of an earlier event, listed under a "review of actions" item."""

    id: int
    text: str
    owner: str
    due_date: dt.date | None
    status: NextStepStatus
    event_title: str

    def label(self) -> str:
        due = f", due {self.due_date.isoformat()}" if self.due_date else ""
        owner = f" ({self.owner}{due})" if self.owner or due else ""
        return f"{self.text}{owner} [{self.status.value}]"


@dataclass(frozen=True)
class AgendaRow:
    """One agenda item with its computed times (instants, UTC) and flags.

    `start` is the plan (what the agenda PDF and the minutes' "Planned" column print) and
    never moves when the workshop runs late; `expected_start` is the forecast from the real
    times taken so far (the same as the plan until an item of the day has started).
    """

    id: int
    day: int
    position: int
    title: str
    kind: AgendaKind
    duration_minutes: int
    start: dt.datetime
    presenter_id: int | None
    presenter: str
    notes: str
    minutes: str
    actual_start: dt.datetime | None
    actual_end: dt.datetime | None
    overruns_day: bool  # the plan runs past the end of its day
    actions: tuple[ActionLine, ...] = ()
    version: int = 0
    expected_start: dt.datetime | None = None  # None: as planned
    expected_overruns_day: bool = False  # the forecast runs past the end of the day

    @property
    def end(self) -> dt.datetime:
        return self.start + dt.timedelta(minutes=self.duration_minutes)

    @property
    def forecast_start(self) -> dt.datetime:
        """When it starts (or started), from the real times of the day so far."""
        return self.expected_start or self.start

    @property
    def forecast_end(self) -> dt.datetime:
        if self.actual_end is not None:
            return self.actual_end
        return self.forecast_start + dt.timedelta(minutes=self.duration_minutes)

    @property
    def running(self) -> bool:
        return self.actual_start is not None and self.actual_end is None

    @property
    def done(self) -> bool:
        return self.actual_end is not None


@dataclass(frozen=True)
class Agenda:
    """The agenda of one event, day by day."""

    event_id: int
    title: str
    timezone: str
    days: int
    day_starts: dict[int, dt.datetime]
    day_ends: dict[int, dt.datetime]
    items: list[AgendaRow] = field(default_factory=list)
    read_only_minutes: bool = False

    def day_items(self, day: int) -> list[AgendaRow]:
        return [i for i in self.items if i.day == day]

    def overrun_days(self) -> list[int]:
        return sorted({i.day for i in self.items if i.overruns_day})

    def item(self, item_id: int) -> AgendaRow:
        for row in self.items:
            if row.id == item_id:
                return row
        raise NotFoundError(f"no agenda item with id {item_id}", field="agenda item")


# --- days and times ---------------------------------------------------------------------


def day_count(event: Event) -> int:
    zone = ZoneInfo(event.timezone)
    first = event.start.astimezone(zone).date()
    last = event.end.astimezone(zone).date()
    return max(1, (last - first).days + 1)


def day_bounds(event: Event, day: int) -> tuple[dt.datetime, dt.datetime]:
    """Start and end instants of day N: the event's start and end wall times on that date."""
    zone = ZoneInfo(event.timezone)
    local_start = event.start.astimezone(zone)
    local_end = event.end.astimezone(zone)
    date = local_start.date() + dt.timedelta(days=day - 1)
    start = dt.datetime.combine(date, local_start.time(), tzinfo=zone)
    end_time = local_end.time()
    if day_count(event) == 1:
        end = local_end
    else:
        end = dt.datetime.combine(date, end_time, tzinfo=zone)
        if end <= start:
            end = dt.datetime.combine(date, dt.time(23, 59), tzinfo=zone)
    return start.astimezone(dt.UTC), end.astimezone(dt.UTC)


def start_times(event: Event) -> dict[int, dt.time]:
    """The wall-clock start of each day from day 2 on, as the coordinator set it.

    It is kept, without a column of its own, as the planned start of the day's first item
    (the start of the rest of the day follows from it). Day 1 starts when the event starts.
    Read it before an edit that reorders items, and give it to `schedule`.
    """
    zone = ZoneInfo(event.timezone)
    firsts: dict[int, AgendaItem] = {}
    for item in event.agenda_items:
        if item.day > 1 and item.planned_start is not None:
            first = firsts.get(item.day)
            if first is None or (item.position, item.id or 0) < (first.position, first.id or 0):
                firsts[item.day] = item
    return {day: item.planned_start.astimezone(zone).time().replace(tzinfo=None)
            for day, item in firsts.items() if item.planned_start is not None}


def day_start(event: Event, day: int, times: dict[int, dt.time]) -> dt.datetime:
    """The instant day N starts: its own start time if it has one, else the event's."""
    default, _end = day_bounds(event, day)
    if day == 1 or day not in times:
        return default
    zone = ZoneInfo(event.timezone)
    date = default.astimezone(zone).date()
    return dt.datetime.combine(date, times[day], tzinfo=zone).astimezone(dt.UTC)


def schedule(session: Session, event: Event, times: dict[int, dt.time] | None = None) -> None:
    """Give every item its planned start: the day's start plus the planned durations before it.

    The plan only: real times (live mode) never rewrite it; the forecast that follows the
    real times is computed when reading (`get_agenda`, `AgendaRow.expected_start`).
    `times` are the days' own start times (`start_times`) read before an edit that changed
    which item comes first.
    """
    if times is None:
        times = start_times(event)
    by_day: dict[int, list[AgendaItem]] = {}
    for item in event.agenda_items:
        by_day.setdefault(item.day, []).append(item)
    for day, items in by_day.items():
        items.sort(key=lambda i: (i.position, i.id or 0))
        cursor = day_start(event, day, times)
        for position, item in enumerate(items):
            item.position = position
            item.planned_start = cursor
            cursor = cursor + dt.timedelta(minutes=item.duration_minutes)
    session.flush()


def _load_event(session: Session, event_id: int) -> Event:
    """The event with its agenda and the items' presenters ("EVENT: no event with id 99")."""
    return required(session, Event, event_id, "event", "EVENT", options=(
        selectinload(Event.agenda_items).selectinload(AgendaItem.presenter),))


def _item(session: Session, item_id: int) -> AgendaItem:
    return required(session, AgendaItem, item_id, "agenda item")


# --- reading ----------------------------------------------------------------------------


def open_actions_before(session: Session, event: Event) -> list[ActionLine]:
    """Open next steps of the programme's events that started before this one."""
    # the columns, not the entities: thousands of open steps are read at ten times the speed
    query = (
        select(NextStep.id, NextStep.text, NextStep.owner_name, NextStep.due_date,
               NextStep.status, Event.title)
        .join(Event, NextStep.event_id == Event.id)
        .where(Event.start < event.start, Event.id != event.id,
               NextStep.status.in_([NextStepStatus.OPEN, NextStepStatus.IN_PROGRESS]))
        .order_by(Event.start, NextStep.due_date, NextStep.id)
    )
    if event.programme_id is not None:
        query = query.where(Event.programme_id == event.programme_id)
    return [ActionLine(*row) for row in session.execute(query).all()]


def get_agenda(db: Database, event_id: int, *,
               review: tuple[ActionLine, ...] | None = None) -> Agenda:
    """The event's agenda with its real and forecast times.

    `review`: the open actions of earlier events as already read (the live window reads them
    once: the event's own edits do not change them, and there can be thousands); None reads
    them for a "review of actions" item.
    """
    with db.session() as session:
        event = _load_event(session, event_id)
        days = max([day_count(event), *(i.day for i in event.agenda_items)])
        times = start_times(event)
        bounds = {d: (day_start(event, d, times), day_bounds(event, d)[1])
                  for d in range(1, days + 1)}
        rows: list[AgendaRow] = []
        by_day: dict[int, list[AgendaItem]] = {}
        for item in event.agenda_items:
            by_day.setdefault(item.day, []).append(item)
        for day in sorted(by_day):
            items = sorted(by_day[day], key=lambda i: (i.position, i.id))
            cursor = bounds[day][0]
            expected = cursor  # the forecast: real times where taken, durations after them
            for item in items:
                start = item.planned_start or cursor
                cursor = start + dt.timedelta(minutes=item.duration_minutes)
                if item.actual_start is not None:
                    expected_start = item.actual_start
                    expected = item.actual_end or (
                        item.actual_start + dt.timedelta(minutes=item.duration_minutes))
                else:
                    expected_start = expected
                    expected = expected_start + dt.timedelta(minutes=item.duration_minutes)
                actions: tuple[ActionLine, ...] = ()
                if item.kind is AgendaKind.REVIEW_OF_ACTIONS:
                    if review is None:
                        review = tuple(open_actions_before(session, event))
                    actions = review
                rows.append(AgendaRow(
                    id=item.id, day=item.day, position=item.position, title=item.title,
                    kind=item.kind, duration_minutes=item.duration_minutes, start=start,
                    presenter_id=item.presenter_id,
                    presenter=item.presenter.name if item.presenter else item.presenter_text,
                    notes=item.notes, minutes=item.minutes, actual_start=item.actual_start,
                    actual_end=item.actual_end, overruns_day=cursor > bounds[day][1],
                    actions=actions, version=item.version, expected_start=expected_start,
                    expected_overruns_day=expected > bounds[day][1],
                ))
        from organiser.core.enums import MinutesStatus

        return Agenda(event_id=event.id, title=event.title, timezone=event.timezone, days=days,
                      day_starts={d: b[0] for d, b in bounds.items()},
                      day_ends={d: b[1] for d, b in bounds.items()}, items=rows,
                      read_only_minutes=event.minutes_status is MinutesStatus.APPROVED)


@dataclass(frozen=True)
class PresenterChoice:
    person_id: int
    name: str
    timezone: str


def invitees(db: Database, event_id: int) -> list[PresenterChoice]:
    """The people invited to the event (presenters, time zones of the attendees)."""
    with db.session() as session:
        rows = session.execute(
            select(Person.id, Person.display_name, Person.given_name, Person.family_name,
                   Person.timezone, Person.latin_name)
            .join(Invitation, Invitation.person_id == Person.id)
            .where(Invitation.event_id == event_id)
        ).all()
    choices = []
    for pid, display, given, family, tz, latin in rows:
        name = display or " ".join(p for p in (given, family) if p)
        choices.append((sort_key(latin or f"{family} {given}"),
                        PresenterChoice(pid, name, tz or "")))
    return [c for _k, c in sorted(choices, key=lambda kc: kc[0])]


def format_in_zone(instant: dt.datetime, zone: str) -> str:
    local = instant.astimezone(ZoneInfo(zone))
    return f"{local:%H:%M}"


# --- editing ----------------------------------------------------------------------------


def _check_duration(value: int) -> int:
    if not 0 <= int(value) <= MAX_DURATION:
        raise InputError(f"must be between 0 and {MAX_DURATION} minutes", field="duration")
    return int(value)


def _check_title(value: str) -> str:
    title = clean_line(value)
    if not title:
        raise InputError("an agenda item needs a title", field="title")
    return title


def add_item(db: Database, event_id: int, title: str, *, kind: AgendaKind = AgendaKind.SESSION,
             duration_minutes: int = 30, day: int = 1, position: int | None = None,
             presenter_id: int | None = None, presenter_text: str = "",
             notes: str = "") -> int:
    """Add an item to a day (at the end unless a position is given); returns its id."""
    with db.transaction() as session:
        event = _load_event(session, event_id)
        if day < 1:
            raise InputError("days count from 1", field="day")
        times = start_times(event)
        same_day = sorted((i for i in event.agenda_items if i.day == day),
                          key=lambda i: i.position)
        if position is None or position > len(same_day):
            position = len(same_day)
        for other in same_day[position:]:
            other.position += 1
        item = AgendaItem(day=day, position=position, title=_check_title(title),
                          kind=AgendaKind(kind), duration_minutes=_check_duration(duration_minutes),
                          presenter_id=presenter_id, presenter_text=clean_line(presenter_text),
                          notes=clean_text(notes))
        event.agenda_items.append(item)
        session.flush()
        schedule(session, event, times)
        return item.id


EDITABLE = {"title", "kind", "duration_minutes", "presenter_id", "presenter_text", "notes"}


def update_item(db: Database, item_id: int, *, expected_version: int | None = None,
                **changes: Any) -> None:
    """Change fields of an item (title, kind, duration_minutes, presenter_*, notes).

    `expected_version`: the version the editor showed; a change made since is refused.
    """
    unknown = set(changes) - EDITABLE
    if unknown:
        raise InputError(f"cannot change {', '.join(sorted(unknown))}", field="agenda item")
    with db.transaction() as session:
        item = _item(session, item_id)
        check_version(item, expected_version)
        for name, value in changes.items():
            if name == "title":
                value = _check_title(value)
            elif name == "kind":
                value = AgendaKind(value)
            elif name == "duration_minutes":
                value = _check_duration(value)
            elif name == "presenter_text":
                value = clean_line(value)
            elif name == "notes":
                value = clean_text(value)
            setattr(item, name, value)
        if "presenter_id" in changes and changes["presenter_id"] is not None:
            item.presenter_text = ""
        session.flush()
        schedule(session, _load_event(session, item.event_id))


def delete_item(db: Database, item_id: int, *,
                expected_version: int | None = None) -> dict[str, Any]:
    """Delete an item; returns what `restore_item` needs to put it back.

    `expected_version`: the version the editor showed; an item edited since (its minutes
    typed in live mode, a colleague's new title) is refused (ConflictError), not deleted."""
    with db.transaction() as session:
        item = _item(session, item_id)
        check_version(item, expected_version)
        saved = {c: getattr(item, c) for c in (
            "event_id", "day", "position", "title", "kind", "duration_minutes", "presenter_id",
            "presenter_text", "notes", "minutes", "actual_start", "actual_end")}
        event = _load_event(session, item.event_id)
        times = start_times(event)
        event.agenda_items.remove(item)
        session.delete(item)
        session.flush()
        schedule(session, event, times)
        return saved


def restore_item(db: Database, saved: dict[str, Any]) -> int:
    with db.transaction() as session:
        event = _load_event(session, saved["event_id"])
        times = start_times(event)
        for other in event.agenda_items:
            if other.day == saved["day"] and other.position >= saved["position"]:
                other.position += 1
        item = AgendaItem(**{k: v for k, v in saved.items() if k != "event_id"})
        event.agenda_items.append(item)
        session.flush()
        schedule(session, event, times)
        return item.id


def move_item(db: Database, item_id: int, day: int, position: int) -> None:
    """Move an item to a position (0-based) of a day; the others close up."""
    if day < 1:
        raise InputError("days count from 1", field="day")
    with db.transaction() as session:
        item = _item(session, item_id)
        event = _load_event(session, item.event_id)
        times = start_times(event)
        old_day = item.day
        source = sorted((i for i in event.agenda_items if i.day == old_day and i is not item),
                        key=lambda i: i.position)
        for index, other in enumerate(source):
            other.position = index
        target = source if day == old_day else sorted(
            (i for i in event.agenda_items if i.day == day), key=lambda i: i.position)
        position = max(0, min(position, len(target)))
        target.insert(position, item)
        item.day = day
        for index, other in enumerate(target):
            other.position = index
        session.flush()
        schedule(session, event, times)


def reorder(db: Database, event_id: int, day: int, item_ids: Sequence[int]) -> None:
    """Put the items of a day in the given order."""
    with db.transaction() as session:
        event = _load_event(session, event_id)
        times = start_times(event)
        items = {i.id: i for i in event.agenda_items if i.day == day}
        if set(item_ids) != set(items):
            raise InputError("the new order must list every item of the day once",
                             field="agenda item")
        for index, item_id in enumerate(item_ids):
            items[item_id].position = index
        session.flush()
        schedule(session, event, times)


def set_day_start(db: Database, event_id: int, day: int, start: dt.time) -> None:
    """Start day N (from 2 on) at a wall-clock time; its items follow from it."""
    if day < 2:
        raise InputError("day 1 starts when the event starts: change the event's start instead",
                         field="day start")
    with db.transaction() as session:
        event = _load_event(session, event_id)
        items = sorted((i for i in event.agenda_items if i.day == day),
                       key=lambda i: (i.position, i.id))
        if not items:
            raise InputError(f"day {day} has no items yet: add one first", field="day start")
        times = start_times(event)
        times[day] = start.replace(second=0, microsecond=0, tzinfo=None)
        if items[0].actual_start is None:
            items[0].planned_start = day_start(event, day, times)
        schedule(session, event, times)


def follow_event_times(session: Session, event: Event, old_start: dt.datetime,
                       old_zone: str) -> None:
    """After the event's times changed: days that started with the event still do.

    A day whose own start time was the event's former start time of day follows the new one;
    a start time set for that day stays.
    """
    zone = ZoneInfo(old_zone)
    was = old_start.astimezone(zone).time().replace(tzinfo=None)
    times: dict[int, dt.time] = {}
    firsts = start_times(event)  # read in the event's (possibly new) zone
    for day in firsts:
        first = min((i for i in event.agenda_items if i.day == day and i.planned_start),
                    key=lambda i: (i.position, i.id or 0))
        assert first.planned_start is not None
        if first.planned_start.astimezone(zone).time().replace(tzinfo=None) != was:
            times[day] = first.planned_start.astimezone(ZoneInfo(event.timezone)).time() \
                .replace(tzinfo=None)
    schedule(session, event, times)


# --- undo of the agenda editor: the agenda as it was ------------------------------------

_SNAPSHOT_FIELDS = ("day", "position", "planned_start", "title", "kind", "duration_minutes",
                    "presenter_id", "presenter_text", "notes")
_CREATE_FIELDS = ("minutes", "actual_start", "actual_end")


def snapshot(db: Database, event_id: int) -> list[dict[str, Any]]:
    """The items of an agenda as they are, for `restore` (the editor's undo and redo)."""
    with db.session() as session:
        return _snapshot(session, _load_event(session, event_id))


def _snapshot(session: Session, event: Event) -> list[dict[str, Any]]:
    from organiser.core.models import Board, Decision

    ids = [i.id for i in event.agenda_items]
    links: dict[int, dict[str, list[int]]] = {i: {} for i in ids}
    linked: tuple[tuple[str, Any], ...] = (
        ("decisions", Decision), ("next_steps", NextStep), ("boards", Board))
    for name, model in linked:
        for row_id, item_id in session.execute(
                select(model.id, model.agenda_item_id).where(model.agenda_item_id.in_(ids))):
            links[int(item_id)].setdefault(name, []).append(int(row_id))
    saved: list[dict[str, Any]] = []
    rank: dict[int, int] = {}
    for i in sorted(event.agenda_items, key=lambda i: (i.day, i.position, i.id)):
        entry = {"id": i.id, "links": links[i.id],
                 **{f: getattr(i, f) for f in _SNAPSHOT_FIELDS + _CREATE_FIELDS}}
        entry["position"] = rank[i.day] = rank.get(i.day, -1) + 1  # as `schedule` has it
        saved.append(entry)
    return saved


def _plan(saved: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """What an undo puts back: the items and their planned fields (not minutes or times)."""
    return [(entry["id"], *(entry[f] for f in _SNAPSHOT_FIELDS)) for entry in saved]


def restore(db: Database, event_id: int, saved: list[dict[str, Any]], *,
            expected: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """Put an agenda back as `snapshot` saw it: same items, same ids, same order and times.

    Minutes and real times of items still there are left as they are now (typed since);
    an item deleted since comes back whole, with the decisions and next steps linked to it.
    `expected` is the agenda as the caller last left it (an undo's "after"): when its plan
    differs now, someone else edited the agenda since and nothing is restored (ConflictError).
    Returns the agenda as restored, the `expected` of the next undo or redo.
    """
    from organiser.core.models import Board, Decision

    with db.transaction() as session:
        event = _load_event(session, event_id)
        if expected is not None and _plan(_snapshot(session, event)) != _plan(expected):
            raise conflict(f"the agenda of event “{event.title}”")
        wanted = {entry["id"]: entry for entry in saved}
        for item in list(event.agenda_items):
            if item.id not in wanted:
                event.agenda_items.remove(item)
                session.delete(item)
        session.flush()
        present = {i.id: i for i in event.agenda_items}
        for entry in saved:
            found = present.get(entry["id"])
            if found is not None:
                item = found
            else:
                item = AgendaItem(id=entry["id"], **{f: entry[f] for f in
                                                     _SNAPSHOT_FIELDS + _CREATE_FIELDS})
                event.agenda_items.append(item)
                session.flush()
                linked: tuple[tuple[str, Any], ...] = (
                    ("decisions", Decision), ("next_steps", NextStep), ("boards", Board))
                for name, model in linked:
                    for row_id in entry["links"].get(name, []):
                        row = session.get(model, row_id)
                        if row is not None and row.agenda_item_id is None:
                            row.agenda_item_id = item.id
            for name in _SNAPSHOT_FIELDS:
                setattr(item, name, entry[name])
        session.flush()
        schedule(session, event)
        session.flush()
        return _snapshot(session, event)


# --- copies and templates ---------------------------------------------------------------


def _plan_of(event: Event) -> list[dict[str, Any]]:
    return [{"title": i.title, "kind": i.kind.value, "duration_minutes": i.duration_minutes,
             "day": i.day, "notes": i.notes,
             "presenter_text": i.presenter.name if i.presenter else i.presenter_text}
            for i in sorted(event.agenda_items, key=lambda i: (i.day, i.position))]


def _apply_plan(session: Session, event: Event, plan: list[dict[str, Any]],
                replace: bool) -> int:
    times = start_times(event)
    if replace:
        if any(i.actual_start is not None or i.minutes for i in event.agenda_items):
            raise InputError("this agenda already has minutes or real times; "
                             "add the items instead of replacing them", field="agenda")
        for item in list(event.agenda_items):
            event.agenda_items.remove(item)
            session.delete(item)
        session.flush()
    next_position: dict[int, int] = {}
    for item in event.agenda_items:
        next_position[item.day] = max(next_position.get(item.day, 0), item.position + 1)
    for entry in plan:
        day = int(entry.get("day", 1) or 1)
        position = next_position.get(day, 0)
        next_position[day] = position + 1
        event.agenda_items.append(AgendaItem(
            day=day, position=position, title=_check_title(str(entry.get("title", ""))),
            kind=AgendaKind(entry.get("kind", AgendaKind.SESSION.value)),
            duration_minutes=_check_duration(int(entry.get("duration_minutes", 30))),
            notes=clean_text(str(entry.get("notes", ""))),
            presenter_text=clean_line(str(entry.get("presenter_text", "")))))
    session.flush()
    schedule(session, event, times)
    return len(plan)


def copy_agenda(db: Database, source_event_id: int, target_event_id: int, *,
                replace: bool = True) -> int:
    """Copy the items of an earlier event's agenda (no minutes, no real times)."""
    if source_event_id == target_event_id:
        raise InputError("choose another event to copy from", field="source event")
    with db.transaction() as session:
        plan = _plan_of(_load_event(session, source_event_id))
        target = _load_event(session, target_event_id)
        # a named presenter who is invited here stays a person
        return _apply_plan(session, target, plan, replace)


def list_templates(db: Database) -> list[tuple[int, str, int]]:
    """(id, name, number of items) of every template, by name."""
    from sqlalchemy import func

    with db.session() as session:
        rows = session.execute(
            select(AgendaTemplate.id, AgendaTemplate.name, func.count(AgendaTemplateItem.id))
            .outerjoin(AgendaTemplateItem, AgendaTemplateItem.template_id == AgendaTemplate.id)
            .group_by(AgendaTemplate.id, AgendaTemplate.name)
            .order_by(AgendaTemplate.name)
        ).all()
    return [(int(i), str(name), int(n)) for i, name, n in rows]


def save_template(db: Database, event_id: int, name: str, *, overwrite: bool = False) -> int:
    name = clean_line(name)
    if not name:
        raise InputError("a template needs a name", field="template name")
    with db.transaction() as session:
        plan = _plan_of(_load_event(session, event_id))
        if not plan:
            raise InputError("the agenda is empty", field="agenda")
        existing = session.scalars(
            select(AgendaTemplate).where(AgendaTemplate.name == name)).one_or_none()
        if existing is not None:
            if not overwrite:
                raise InputError(f"a template named {name!r} exists already",
                                 field="template name")
            existing.items.clear()
            session.flush()  # the old items go before the new take their positions
            existing.items.extend(_template_items(plan))
            return existing.id
        template = AgendaTemplate(name=name, items=_template_items(plan))
        session.add(template)
        session.flush()
        return template.id


def _template_items(plan: list[dict[str, Any]]) -> list[AgendaTemplateItem]:
    return [AgendaTemplateItem(position=position, day=e["day"], title=e["title"],
                               kind=AgendaKind(e["kind"]),
                               duration_minutes=e["duration_minutes"],
                               presenter_text=e["presenter_text"], notes=e["notes"])
            for position, e in enumerate(plan)]


def apply_template(db: Database, template_id: int, event_id: int, *,
                   replace: bool = True) -> int:
    with db.transaction() as session:
        template = session.get(AgendaTemplate, template_id)
        if template is None:
            raise NotFoundError(f"no agenda template with id {template_id}", field="template")
        plan = [{"title": i.title, "kind": i.kind.value, "duration_minutes": i.duration_minutes,
                 "day": i.day, "notes": i.notes, "presenter_text": i.presenter_text}
                for i in template.items]
        return _apply_plan(session, _load_event(session, event_id), plan, replace)


def earlier_events(db: Database, event_id: int) -> list[tuple[int, str, int]]:
    """Other events with an agenda, to copy from: (id, title, number of items)."""
    from sqlalchemy import func

    with db.session() as session:
        rows = session.execute(
            select(Event.id, Event.title, func.count(AgendaItem.id))
            .join(AgendaItem, AgendaItem.event_id == Event.id)
            .where(Event.id != event_id)
            .group_by(Event.id, Event.title, Event.start)
            .order_by(Event.start.desc())
        ).all()
    return [(int(i), str(t), int(n)) for i, t, n in rows]
