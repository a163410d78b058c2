"""Next steps across the programme: filtering, overdue ones, status changes with history;
decisions searched across events."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, aliased

from organiser.core.cache import Latest
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
from organiser.core.text import clean_text, fold, memo, sort_key
from organiser.services.bulk import ById, date_of, instant, plain, plain_rows
from organiser.services.serialise import iso

if TYPE_CHECKING:
    from sqlalchemy import Connection

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

    def keep(self, rows: Iterable[NextStepRow], today: dt.date) -> list[NextStepRow]:
        """The rows `accepts` keeps, in their order: one pass per criterion set, each
        narrowing the last (20,000 steps in a few milliseconds, not tens)."""
        kept = list(rows)
        if self.owner_person_id is not None:
            person = self.owner_person_id
            kept = [r for r in kept if r.owner_person_id == person]
        if self.owner_organisation_id is not None:
            org = self.owner_organisation_id
            kept = [r for r in kept if r.organisation_id == org]
        if self.event_id is not None:
            event = self.event_id
            kept = [r for r in kept if r.event_id == event]
        if self.line_of_action_id is not None:
            line = self.line_of_action_id
            kept = [r for r in kept if r.line_of_action_id == line]
        if self.statuses is not None:
            statuses = self.statuses
            kept = [r for r in kept if r.status in statuses]
        if self.due_from is not None:
            start = self.due_from
            kept = [r for r in kept if r.due_date is not None and r.due_date >= start]
        if self.due_to is not None:
            end = self.due_to
            kept = [r for r in kept if r.due_date is not None and r.due_date <= end]
        if self.overdue:
            kept = [r for r in kept if r.due_date is not None and r.due_date < today
                    and r.status in ACTIVE]
        for word in self._words if self.text else ():
            kept = [r for r in kept if word in r.search_key]
        return kept


def filter_rows(rows: Iterable[NextStepRow], flt: NextStepFilter,
                today: dt.date | None = None) -> list[NextStepRow]:
    """The rows a filter keeps, in memory (the app filters 20,000 steps this way)."""
    return flt.keep(rows, today or dt.date.today())


# What a step's row is made of, in this order: next_step's own columns, then what is joined
# in by id (the owner's organisation, the organisations' names, the event, the line).
_STEP_COLUMNS = (NextStep.id, NextStep.text, NextStep.owner_name, NextStep.owner_person_id,
                 NextStep.owner_organisation_id, NextStep.event_id, NextStep.line_of_action_id,
                 NextStep.due_date, NextStep.status, NextStep.done_at, NextStep.updated_at,
                 NextStep.version)


def _query(flt: NextStepFilter, today: dt.date) -> Any:
    """The steps a filter keeps, each with what its row shows joined in (a filtered read,
    one step after an edit). The complete read joins in Python instead (`_joined`)."""
    owner = aliased(Person)
    own_org = aliased(Organisation)
    owner_org = aliased(Organisation)
    query = (
        select(*_STEP_COLUMNS, owner.organisation_id, own_org.name, owner_org.name,
               Event.title, Event.start, LineOfAction.name)
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
    return query  # sorted in Python (`_rows`): SQLite sorted 20,000 wide rows slower


_unfiltered: Any = None  # the query without a filter (one step's row after an edit)


class _Plain:
    """The complete read's statements, as plain rows (made once: a few milliseconds). Each
    reads one table: next_step alone is read in half the time of the five-join `_query`,
    and what a row shows from the other tables is looked up by id in Python."""

    def __init__(self) -> None:
        from organiser.core.models import PersonEmail

        self.steps = plain(select(*_STEP_COLUMNS).order_by(NextStep.id))
        self.people = plain(select(Person.id, Person.display_name, Person.given_name,
                                   Person.family_name, Person.latin_name,
                                   Person.organisation_id))
        self.person_organisations = plain(select(Person.id, Person.organisation_id)
                                          .where(Person.organisation_id.is_not(None)))
        self.organisations = plain(select(Organisation.id, Organisation.name,
                                          Organisation.acronym))
        self.addresses = plain(select(PersonEmail.person_id, PersonEmail.address))
        self.events = plain(select(Event.id, Event.title, Event.start)
                            .order_by(Event.start, Event.id))
        self.lines = plain(select(LineOfAction.id, LineOfAction.name)
                           .order_by(LineOfAction.position, LineOfAction.name))


_statements: _Plain | None = None


def _plain() -> _Plain:
    global _statements
    if _statements is None:
        _statements = _Plain()
    return _statements


class _Tables(NamedTuple):
    """One read of the steps and what they are shown with, as the driver gives it."""

    steps: list[tuple[Any, ...]]  # _STEP_COLUMNS, by id
    # id, display name, given, family, Latin name, organisation id (with `names`; else
    # id and organisation id of those who have one)
    people: list[tuple[Any, ...]]
    organisations: list[tuple[Any, ...]]  # id, name, acronym
    addresses: list[tuple[Any, ...]]  # person id, address (only when asked for)
    events: list[tuple[Any, ...]]  # id, title, start; by start
    lines: list[tuple[Any, ...]]  # id, name; in the programme's order


def _read(connection: Connection, *, names: bool = True,
          addresses: bool = False) -> _Tables:
    statements = _plain()
    return _Tables(
        plain_rows(connection, statements.steps),
        plain_rows(connection, statements.people if names
                   else statements.person_organisations),
        plain_rows(connection, statements.organisations),
        plain_rows(connection, statements.addresses) if addresses else [],
        plain_rows(connection, statements.events),
        plain_rows(connection, statements.lines))


def _row(values: Sequence[Any], fold: Callable[[str | None], str] = fold) -> NextStepRow:
    """A step's row from `_STEP_COLUMNS` and what is joined in (as `_query` selects them)."""
    (step_id, text, owner_name, person_id, org_id, event_id, line_id, due, status, done_at,
     updated_at, version, person_org_id, own_org_name, person_org_name, event_title,
     event_start, line_name) = values
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


def _in_due_order(row: NextStepRow) -> int:
    """By due date, none last; a stable sort of steps by id leaves ties by id."""
    due = row.due_date
    return due.toordinal() if due is not None else 10**7


class _Made:
    """Each step's row as last read, with the values it was made from (as `_query` selects
    them), and what the last complete read looked names up in: a reload makes again only
    the rows whose values changed, and joins names in only when a name changed."""

    def __init__(self) -> None:
        # (what names were looked up in, {step id: (values, row)}): replaced in one go
        self.state: tuple[Any, dict[int, tuple[tuple[Any, ...], NextStepRow]]] = (None, {})

    def everything(self, tables: _Tables) -> list[NextStepRow]:
        """Every step's row, in id order."""
        lookups = ({person[0]: person[-1] for person in tables.people
                    if person[-1] is not None},
                   {org[0]: org[1] for org in tables.organisations},
                   {e[0]: (e[1], e[2]) for e in tables.events},
                   {line[0]: line[1] for line in tables.lines})
        last_lookups, seen = self.state
        same_names = lookups == last_lookups
        person_org, org_name, event, line = (table.get for table in lookups)
        nothing = (None, None)
        make = self._maker()
        fresh: dict[int, tuple[tuple[Any, ...], NextStepRow]] = {}
        rows = []
        width = len(_STEP_COLUMNS)
        for step in tables.steps:  # id, text, owner name, person, organisation, event, …
            kept = seen.get(step[0])
            if not (same_names and kept is not None and kept[0][:width] == step):
                via = person_org(step[3])  # (a key of None finds nothing)
                title, start = event(step[5], nothing)
                values = (*step, via, org_name(step[4]), org_name(via), title, start,
                          line(step[6]))
                if kept is None or kept[0] != values:
                    kept = (values, make(values))
            fresh[step[0]] = kept
            rows.append(kept[1])
        self.state = (lookups, fresh)
        return rows

    def some(self, found: list[tuple[Any, ...]]) -> list[NextStepRow]:
        """The rows of steps read with their names (`_query`), kept for the next read."""
        seen = self.state[1]
        make = self._maker()
        rows = []
        for values in found:
            kept = seen.get(values[0])
            if kept is None or kept[0] != values:
                kept = seen[values[0]] = (values, make(values))
                # its names may be newer than the last complete read's: that read's tables
                # no longer tell whether a kept row's names are current
                self.state = (None, seen)
            rows.append(kept[1])
        return rows

    @staticmethod
    def _maker() -> Callable[[tuple[Any, ...]], NextStepRow]:
        folding = memo(fold)  # owners, organisations, events and lines repeat

        def make(values: tuple[Any, ...]) -> NextStepRow:
            return _row(values, folding)

        return make


_ROWS = _Made()


def list_next_steps(db: Database, flt: NextStepFilter | None = None, *,
                    today: dt.date | None = None) -> list[NextStepRow]:
    """Next steps across every event, by due date (none last), filtered in the database."""
    flt = flt or NextStepFilter()
    day = today or dt.date.today()
    complete = flt == NextStepFilter()
    with db.engine.connect() as connection:
        if complete:
            rows = _ROWS.everything(_read(connection, names=False))
        else:
            rows = _ROWS.some(plain_rows(connection,
                                         plain(_query(flt, day).order_by(NextStep.id))))
    rows.sort(key=_in_due_order)  # stable: by id where the date is the same
    if flt.text:
        rows = filter_rows(rows, NextStepFilter(text=flt.text), day)
    return rows


@dataclass(frozen=True)
class NextStepsRead:
    """What the Next steps area shows, from one read: the steps by due date (none last), the
    filters' choices (`filter_choices`) and whom a step can be given to (`owner_options`)."""

    steps: list[NextStepRow]
    by_id: list[NextStepRow]  # the same, by id
    choices: dict[str, list[Choice]]
    owners: list[OwnerOption]


def read_next_steps(db: Database) -> NextStepsRead:
    """Every step, the filters' choices and the owners, in one read of six tables (each
    read once, whole, none joined in the database). What was made from the previous read
    is used again where what it was made from has not changed: a reload of 20,000 steps and
    10,000 people takes about a tenth of a second."""
    with db.engine.connect() as connection:
        tables = _read(connection, addresses=True)
    by_id = _ROWS.everything(tables)
    steps = sorted(by_id, key=_in_due_order)  # stable: by id where the date is the same
    return NextStepsRead(steps, by_id, _choices(tables), _owner_options(tables))


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
    with db.engine.connect() as connection:
        return _owner_options(_read(connection, addresses=True))


def _person_option(values: tuple[Any, ...]) -> OwnerOption:
    person_id, display, given, family, latin, _org_id, org_name, acronym, addresses = values
    name = display or " ".join(p for p in (given, family) if p)
    return OwnerOption(
        f"person:{person_id}", "person", name, acronym or org_name,
        " ".join((fold(name), fold(given), fold(family), fold(latin), fold(org_name),
                  fold(acronym), *(fold(a) for a in addresses))))


def _organisation_option(values: tuple[Any, ...]) -> OwnerOption:
    org_id, org_name, acronym = values
    return OwnerOption(f"org:{org_id}", "organisation", org_name, acronym,
                       " ".join((fold(org_name), fold(acronym))))


def _owner_order(option: OwnerOption) -> tuple[Any, ...]:
    return (sort_key(option.name), option.kind, option.detail, option.key)


# each person's and organisation's option as last read; the whole sorted list as last read
_PERSON_OPTIONS: ById[OwnerOption] = ById()
_ORGANISATION_OPTIONS: ById[OwnerOption] = ById()
_OPTIONS: Latest[list[OwnerOption]] = Latest()


def _owner_options(tables: _Tables) -> list[OwnerOption]:
    def make() -> list[OwnerOption]:
        orgs = {org[0]: (org[1], org[2]) for org in tables.organisations}
        addresses: dict[int, list[str]] = {}
        for person_id, address in tables.addresses:
            addresses.setdefault(person_id, []).append(address)
        no_org, none = ("", ""), ()
        options = _PERSON_OPTIONS.all(
            ((*person, *orgs.get(person[5], no_org), tuple(addresses.get(person[0], none)))
             for person in tables.people), _person_option)
        options += _ORGANISATION_OPTIONS.all(tables.organisations, _organisation_option)
        options.sort(key=_owner_order)
        return options

    inputs = (tables.people, tables.organisations, tables.addresses)
    return list(_OPTIONS.get(inputs, make))  # a list of its own: the caller may change it


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
    with db.engine.connect() as connection:
        return _choices(_read(connection))


def _person_name(display: str, given: str, family: str) -> str:
    return display or " ".join(p for p in (given, family) if p)


def _by_name(choice: Choice) -> tuple[int, str]:
    return sort_key(choice.name)


_CHOICES: Latest[dict[str, list[Choice]]] = Latest()


def _choices(tables: _Tables) -> dict[str, list[Choice]]:
    """The people and organisations that own a step (an organisation also through one of
    its people), by name; every event, by date; every line, in the programme's order."""
    people_ids = {step[3] for step in tables.steps}
    owners = [person for person in tables.people if person[0] in people_ids]
    org_ids = {step[4] for step in tables.steps} | {person[5] for person in owners}
    orgs = [org for org in tables.organisations if org[0] in org_ids]

    def make() -> dict[str, list[Choice]]:
        return {
            "people": sorted((Choice("person", p[0], _person_name(p[1], p[2], p[3]))
                              for p in owners), key=_by_name),
            "organisations": sorted((Choice("organisation", o[0], o[1]) for o in orgs),
                                    key=_by_name),
            "events": [Choice("event", e[0], e[1]) for e in tables.events],
            "lines": [Choice("line", line[0], line[1]) for line in tables.lines],
        }

    made = _CHOICES.get((owners, orgs, tables.events, tables.lines), make)
    return {kind: list(choices) for kind, choices in made.items()}  # lists of their own


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
