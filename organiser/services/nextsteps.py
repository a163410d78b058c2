"""Next steps across the programme: filtering, overdue ones, status changes with history;
decisions searched across events."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, aliased

from organiser.core.enums import NextStepStatus
from organiser.core.errors import InputError, NotFoundError
from organiser.core.locking import check_version
from organiser.core.models import (
    AgendaItem,
    Decision,
    Event,
    LineOfAction,
    NextStep,
    NextStepChange,
    Organisation,
    Person,
    utcnow,
)
from organiser.core.storage import Database
from organiser.core.text import clean_text, fold, memo
from organiser.services.bulk import Derived, date_of, instant, plain, plain_rows
from organiser.services.serialise import iso

ACTIVE = frozenset({NextStepStatus.OPEN, NextStepStatus.IN_PROGRESS})


def parse_status(value: str) -> NextStepStatus:
    """'open', 'in progress' (or in-progress, in_progress), 'done', 'dropped'; any case."""
    key = " ".join(value.replace("-", " ").replace("_", " ").split()).casefold()
    for status in NextStepStatus:
        if status.value == key:
            return status
    choices = ", ".join(s.value for s in NextStepStatus)
    raise InputError(f"unknown status {value!r}; choose one of {choices}", field="status")


@dataclass(frozen=True)
class NextStepRow:
    """One next step with the names it is shown with."""

    id: int
    text: str
    owner_name: str
    owner_person_id: int | None
    owner_organisation_id: int | None
    # the organisation the step is owned through: its own, else its owner's
    organisation_id: int | None
    organisation_name: str
    event_id: int | None
    event_title: str
    event_start: dt.datetime | None
    line_of_action_id: int | None
    line_of_action: str
    due_date: dt.date | None
    status: NextStepStatus
    done_at: dt.datetime | None
    updated_at: dt.datetime | None
    # folded (accents and case ignored) text, owner, organisation, event, line of action:
    # sort keys for the table and, joined, the key text search looks in
    folded: tuple[str, str, str, str, str] = field(default=("", "", "", "", ""), repr=False,
                                                   compare=False)
    search_key: str = field(default="", repr=False, compare=False)
    # what a change made from this row must still find stored (optimistic locking)
    version: int = 0

    def is_overdue(self, today: dt.date) -> bool:
        return self.due_date is not None and self.due_date < today and self.status in ACTIVE

    def days_overdue(self, today: dt.date) -> int:
        return (today - self.due_date).days if self.is_overdue(today) and self.due_date else 0

    def as_json(self, today: dt.date) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "owner": self.owner_name,
            "owner_person_id": self.owner_person_id,
            "owner_organisation_id": self.owner_organisation_id,
            "organisation": self.organisation_name,
            "event_id": self.event_id,
            "event": self.event_title,
            "line_of_action_id": self.line_of_action_id,
            "line_of_action": self.line_of_action,
            "due_date": iso(self.due_date),
            "status": self.status.value,
            "overdue": self.is_overdue(today),
            "done_at": iso(self.done_at),
        }


@dataclass(frozen=True)
class NextStepFilter:
    """What to show; every criterion left at None shows everything."""

    owner_person_id: int | None = None
    # steps owned by the organisation itself or by one of its people
    owner_organisation_id: int | None = None
    event_id: int | None = None
    line_of_action_id: int | None = None
    statuses: frozenset[NextStepStatus] | None = None
    due_from: dt.date | None = None
    due_to: dt.date | None = None
    overdue: bool = False
    text: str = ""

    def accepts(self, row: NextStepRow, today: dt.date) -> bool:
        if self.owner_person_id is not None and row.owner_person_id != self.owner_person_id:
            return False
        if self.owner_organisation_id is not None \
                and row.organisation_id != self.owner_organisation_id:
            return False
        if self.event_id is not None and row.event_id != self.event_id:
            return False
        if self.line_of_action_id is not None and row.line_of_action_id != self.line_of_action_id:
            return False
        if self.statuses is not None and row.status not in self.statuses:
            return False
        if self.due_from is not None and (row.due_date is None or row.due_date < self.due_from):
            return False
        if self.due_to is not None and (row.due_date is None or row.due_date > self.due_to):
            return False
        if self.overdue and not row.is_overdue(today):
            return False
        if self.text:
            key = row.search_key
            for word in self._words:
                if word not in key:
                    return False
        return True

    @cached_property
    def _words(self) -> list[str]:
        return fold(self.text).split()


def filter_rows(rows: Iterable[NextStepRow], flt: NextStepFilter,
                today: dt.date | None = None) -> list[NextStepRow]:
    """The rows a filter keeps, in memory (the app filters 20,000 steps this way)."""
    day = today or dt.date.today()
    return [row for row in rows if flt.accepts(row, day)]


def _query(flt: NextStepFilter, today: dt.date) -> Any:
    owner = aliased(Person)
    own_org = aliased(Organisation)
    owner_org = aliased(Organisation)
    query = (
        select(NextStep.id, NextStep.text, NextStep.owner_name, NextStep.owner_person_id,
               NextStep.owner_organisation_id, owner.organisation_id,
               own_org.name, owner_org.name, NextStep.event_id, Event.title, Event.start,
               NextStep.line_of_action_id, LineOfAction.name, NextStep.due_date,
               NextStep.status, NextStep.done_at, NextStep.updated_at, NextStep.version)
        .outerjoin(owner, owner.id == NextStep.owner_person_id)
        .outerjoin(own_org, own_org.id == NextStep.owner_organisation_id)
        .outerjoin(owner_org, owner_org.id == owner.organisation_id)
        .outerjoin(Event, Event.id == NextStep.event_id)
        .outerjoin(LineOfAction, LineOfAction.id == NextStep.line_of_action_id)
    )
    if flt.owner_person_id is not None:
        query = query.where(NextStep.owner_person_id == flt.owner_person_id)
    if flt.owner_organisation_id is not None:
        query = query.where(or_(
            NextStep.owner_organisation_id == flt.owner_organisation_id,
            and_(NextStep.owner_organisation_id.is_(None),
                 owner.organisation_id == flt.owner_organisation_id)))
    if flt.event_id is not None:
        query = query.where(NextStep.event_id == flt.event_id)
    if flt.line_of_action_id is not None:
        query = query.where(NextStep.line_of_action_id == flt.line_of_action_id)
    if flt.statuses is not None:
        query = query.where(NextStep.status.in_(sorted(flt.statuses)))
    if flt.due_from is not None:
        query = query.where(NextStep.due_date >= flt.due_from)
    if flt.due_to is not None:
        query = query.where(NextStep.due_date <= flt.due_to)
    if flt.overdue:
        query = query.where(NextStep.due_date < today, NextStep.status.in_(sorted(ACTIVE)))
    return query  # sorted in Python (`_by_due_date`): SQLite sorted 20,000 wide rows slower


def _by_due_date(row: NextStepRow) -> tuple[bool, dt.date, int]:
    """By due date (none last), then id."""
    return (row.due_date is None, row.due_date or dt.date.min, row.id)


_unfiltered: Any = None  # the query without a filter (one step's row after an edit)
_everything: Any = None  # the unfiltered read, as plain rows (made once: a few milliseconds)


def _plain_query(flt: NextStepFilter, today: dt.date) -> Any:
    global _everything
    if flt != NextStepFilter():
        return plain(_query(flt, today))
    if _everything is None:
        _everything = plain(_query(flt, today))
    return _everything


def _row(values: Sequence[Any], fold: Callable[[str | None], str] = fold) -> NextStepRow:
    (step_id, text, owner_name, person_id, org_id, person_org_id, own_org_name,
     person_org_name, event_id, event_title, event_start, line_id, line_name, due, status,
     done_at, updated_at, version) = values
    organisation_id = org_id if org_id is not None else person_org_id
    organisation_name = own_org_name if org_id is not None else (person_org_name or "")
    folded = (fold(text), fold(owner_name), fold(organisation_name), fold(event_title),
              fold(line_name))
    # typed values (an ORM read) or the driver's own (bulk.plain_rows) alike
    return NextStepRow(
        id=step_id, text=text, owner_name=owner_name, owner_person_id=person_id,
        owner_organisation_id=org_id, organisation_id=organisation_id,
        organisation_name=organisation_name or "", event_id=event_id,
        event_title=event_title or "", event_start=instant(event_start),
        line_of_action_id=line_id, line_of_action=line_name or "", due_date=date_of(due),
        status=NextStepStatus(status), done_at=instant(done_at),
        updated_at=instant(updated_at), folded=folded, search_key=" ".join(folded),
        version=version,
    )


# each step's row as last read, made again only when what was read changed
_ROWS: Derived[tuple[Any, ...], NextStepRow] = Derived(_row)


def list_next_steps(db: Database, flt: NextStepFilter | None = None, *,
                    today: dt.date | None = None) -> list[NextStepRow]:
    """Next steps across every event, by due date (none last), filtered in the database."""
    flt = flt or NextStepFilter()
    day = today or dt.date.today()
    with db.engine.connect() as connection:
        found = plain_rows(connection, _plain_query(flt, day))
    folding = memo(fold)  # owners, organisations, events and lines repeat

    def make(values: tuple[Any, ...]) -> NextStepRow:
        return _row(values, folding)

    complete = flt == NextStepFilter()
    rows = _ROWS.all(found, make) if complete else _ROWS.some(found, make)
    rows.sort(key=_by_due_date)
    if flt.text:
        rows = filter_rows(rows, NextStepFilter(text=flt.text), day)
    return rows


def get_next_step(db: Database, step_id: int) -> NextStepRow:
    global _unfiltered
    if _unfiltered is None:  # built once: the joins' aliases take a while to make
        _unfiltered = _query(NextStepFilter(), dt.date.today())
    with db.session() as session:
        values = session.execute(_unfiltered.where(NextStep.id == step_id)).first()
    if values is None:
        raise NotFoundError(f"no next step with id {step_id}", field="ID")
    return _row(values)


def set_status(db: Database, step_id: int, status: NextStepStatus | str, *, note: str = "",
               when: dt.datetime | None = None,
               expected_version: int | None = None) -> NextStepRow:
    """Change a step's status and record the change (with when and an optional note).

    Setting the status it already has changes nothing and records nothing. A screen passes
    the version it showed (`expected_version`): a step changed since is refused, not
    overwritten; the command line reads and writes in one go and passes none.
    """
    new = parse_status(status) if isinstance(status, str) else status
    moment = when or utcnow()
    with db.transaction() as session:
        step = session.get(NextStep, step_id)
        if step is None:
            raise NotFoundError(f"no next step with id {step_id}", field="ID")
        check_version(step, expected_version)
        if step.status is not new:
            step.history.append(NextStepChange(old_status=step.status, new_status=new,
                                               changed_at=moment, note=clean_text(note)))
            step.status = new
            step.done_at = moment if new is NextStepStatus.DONE else None
    return get_next_step(db, step_id)


def owner_name(session: Session, person_id: int | None, org_id: int | None,
               default: str = "") -> str:
    """The name a next step keeps of its owner: the person's, else the organisation's
    (NotFoundError for an id that is not there), else `default`."""
    if person_id is not None:
        person = session.get(Person, person_id)
        if person is None:
            raise NotFoundError(f"no person with id {person_id}", field="owner")
        return person.name
    if org_id is not None:
        org = session.get(Organisation, org_id)
        if org is None:
            raise NotFoundError(f"no organisation with id {org_id}", field="owner")
        return org.name
    return default


def parse_owner(key: str | None) -> tuple[int | None, int | None]:
    """`person:ID`, `org:ID` (as the screens list owners), or empty for nobody:
    (person id, organisation id)."""
    text = (key or "").strip()
    if not text:
        return None, None
    kind, _, number = text.partition(":")
    if kind in ("person", "org") and number.isdigit():
        return (int(number), None) if kind == "person" else (None, int(number))
    raise InputError(f"unknown owner {key!r}; expected person:ID or org:ID", field="owner")


def set_owner_and_due(db: Database, step_id: int, *, owner: str | object | None = ...,
                      due_date: dt.date | object | None = ...,
                      expected_version: int | None = None) -> NextStepRow:
    """Give a step another owner (`person:ID`, `org:ID`, or empty for nobody) and/or another
    due date (None for none), in one transaction. What is not given stays as it is.

    A screen passes the version it showed (`expected_version`): a step changed since (its
    status, owner, due date or text, by anyone) is refused with ConflictError, not
    overwritten.
    """
    with db.transaction() as session:
        step = session.get(NextStep, step_id)
        if step is None:
            raise NotFoundError(f"no next step with id {step_id}", field="ID")
        check_version(step, expected_version)
        if owner is not ...:
            person_id, org_id = parse_owner(owner if isinstance(owner, str) else None)
            name = owner_name(session, person_id, org_id)
            if (step.owner_person_id, step.owner_organisation_id) != (person_id, org_id):
                step.owner_person_id, step.owner_organisation_id = person_id, org_id
                step.owner_name = name
        if due_date is not ...:
            if due_date is not None and not isinstance(due_date, dt.date):
                raise InputError(f"not a date: {due_date!r}", field="due date")
            if step.due_date != due_date:
                step.due_date = due_date
    return get_next_step(db, step_id)


@dataclass(frozen=True)
class OwnerOption:
    """Someone a step can be given to: `key` as `set_owner_and_due` takes it, the name, what
    tells two of the same name apart (a person's organisation), and the folded text a typed
    name is looked for in (names in their own script and in Latin letters, organisation and
    acronym, addresses)."""

    key: str
    kind: str  # "person" or "organisation"
    name: str
    detail: str
    search_key: str


def owner_options(db: Database) -> list[OwnerOption]:
    """Every person and every organisation (a step's owner can be either), by name."""
    from organiser.core.models import PersonEmail
    from organiser.core.text import sort_key

    with db.session() as session:
        orgs = {i: (n, a) for i, n, a in session.execute(
            select(Organisation.id, Organisation.name, Organisation.acronym))}
        addresses: dict[int, list[str]] = {}
        for person_id, address in session.execute(
                select(PersonEmail.person_id, PersonEmail.address)):
            addresses.setdefault(person_id, []).append(address)
        people = session.execute(
            select(Person.id, Person.display_name, Person.given_name, Person.family_name,
                   Person.latin_name, Person.organisation_id)).all()
    folding = memo(fold)
    options = []
    for person_id, display, given, family, latin, org_id in people:
        name = display or " ".join(p for p in (given, family) if p)
        org_name, acronym = orgs.get(org_id, ("", "")) if org_id is not None else ("", "")
        options.append(OwnerOption(
            f"person:{person_id}", "person", name, acronym or org_name,
            " ".join((fold(name), fold(given), fold(family), fold(latin), folding(org_name),
                      folding(acronym), *(fold(a) for a in addresses.get(person_id, ()))))))
    for org_id, (org_name, acronym) in orgs.items():
        options.append(OwnerOption(f"org:{org_id}", "organisation", org_name, acronym,
                                   " ".join((fold(org_name), fold(acronym)))))
    options.sort(key=lambda o: (sort_key(o.name), o.kind, o.detail, o.key))
    return options


@dataclass(frozen=True)
class StatusChange:
    old_status: NextStepStatus | None
    new_status: NextStepStatus
    changed_at: dt.datetime
    note: str

    def as_json(self) -> dict[str, Any]:
        return {"old_status": self.old_status.value if self.old_status else None,
                "new_status": self.new_status.value, "changed_at": iso(self.changed_at),
                "note": self.note}


def status_history(db: Database, step_id: int) -> list[StatusChange]:
    """The step's status changes, oldest first."""
    with db.session() as session:
        if session.get(NextStep, step_id) is None:
            raise NotFoundError(f"no next step with id {step_id}", field="ID")
        changes = session.scalars(
            select(NextStepChange).where(NextStepChange.next_step_id == step_id)
            .order_by(NextStepChange.changed_at, NextStepChange.id)).all()
        return [StatusChange(c.old_status, c.new_status, c.changed_at, c.note) for c in changes]


@dataclass(frozen=True)
class Choice:
    """An entry of a filter list: what it is, its id and the name shown."""

    kind: str  # "person", "organisation", "event", "line"
    id: int
    name: str


def filter_choices(db: Database) -> dict[str, list[Choice]]:
    """Owners (people, organisations), events and lines of action to filter by."""
    with db.session() as session:
        people = session.execute(
            select(Person.id, Person.display_name, Person.given_name, Person.family_name)
            .where(Person.id.in_(select(NextStep.owner_person_id)))).all()
        org_ids = select(NextStep.owner_organisation_id).union(
            select(Person.organisation_id).where(
                Person.id.in_(select(NextStep.owner_person_id))))
        orgs = session.execute(select(Organisation.id, Organisation.name)
                               .where(Organisation.id.in_(org_ids))).all()
        events = session.execute(select(Event.id, Event.title).order_by(Event.start)).all()
        lines = session.execute(select(LineOfAction.id, LineOfAction.name)
                                .order_by(LineOfAction.position, LineOfAction.name)).all()
    from organiser.core.text import sort_key

    def person_name(display: str, given: str, family: str) -> str:
        return display or " ".join(p for p in (given, family) if p)

    return {
        "people": sorted((Choice("person", i, person_name(d, g, f)) for i, d, g, f in people),
                         key=lambda c: sort_key(c.name)),
        "organisations": sorted((Choice("organisation", i, n) for i, n in orgs),
                                key=lambda c: sort_key(c.name)),
        "events": [Choice("event", i, t) for i, t in events],
        "lines": [Choice("line", i, n) for i, n in lines],
    }


# --- decisions ---------------------------------------------------------------------------


@dataclass(frozen=True)
class DecisionRow:
    id: int
    text: str
    event_id: int
    event_title: str
    event_start: dt.datetime
    event_timezone: str
    agenda_item: str
    line_of_action_id: int | None
    line_of_action: str

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text, "event_id": self.event_id,
                "event": self.event_title,
                "event_start": iso(self.event_start, self.event_timezone),
                "agenda_item": self.agenda_item, "line_of_action_id": self.line_of_action_id,
                "line_of_action": self.line_of_action}


def search_decisions(db: Database, text: str = "", *, event_id: int | None = None,
                     line_of_action_id: int | None = None) -> list[DecisionRow]:
    """Decisions across the programme, newest event first; `text` matches every word in the
    decision, its event, agenda item or line of action (accents and case ignored)."""
    query = (
        select(Decision.id, Decision.text, Event.id, Event.title, Event.start, Event.timezone,
               AgendaItem.title, Decision.line_of_action_id, LineOfAction.name)
        .join(Event, Event.id == Decision.event_id)
        .outerjoin(AgendaItem, AgendaItem.id == Decision.agenda_item_id)
        .outerjoin(LineOfAction, LineOfAction.id == Decision.line_of_action_id)
        .order_by(Event.start.desc(), Decision.position, Decision.id)
    )
    if event_id is not None:
        query = query.where(Decision.event_id == event_id)
    if line_of_action_id is not None:
        query = query.where(Decision.line_of_action_id == line_of_action_id)
    words = fold(text).split()
    with db.session() as session:
        rows = [DecisionRow(i, t, e, et, es, tz, ai or "", li, ln or "")
                for i, t, e, et, es, tz, ai, li, ln in session.execute(query).all()]
    if words:
        rows = [r for r in rows if all(
            w in fold(" ".join((r.text, r.event_title, r.agenda_item, r.line_of_action)))
            for w in words)]
    return rows
