"""The programme as a whole: events on a timeline, progress per line of action, the budget."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from organiser.core.enums import (
    AttendanceStatus,
    BudgetCategory,
    EventKind,
    EventStatus,
    NextStepStatus,
)
from organiser.core.models import (
    Attendance,
    Board,
    BudgetStatedTotal,
    Decision,
    Event,
    Idea,
    Invitation,
    LineOfAction,
    NextStep,
    Programme,
)
from organiser.core.storage import Database
from organiser.services.bulk import Derived, date_of, plain, plain_rows
from organiser.services.serialise import iso

# who counts as having attended
PRESENT_STATUSES = (AttendanceStatus.PRESENT, AttendanceStatus.LATE, AttendanceStatus.LEFT_EARLY)
OPEN_STATUSES = (NextStepStatus.OPEN, NextStepStatus.IN_PROGRESS)


# --- timeline ---------------------------------------------------------------------------


@dataclass(frozen=True)
class TimelineEvent:
    id: int
    title: str
    kind: EventKind
    status: EventStatus
    start: dt.datetime
    end: dt.datetime
    timezone: str
    language: str
    invited: int
    attended: int
    decisions: int
    next_steps: int

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "title": self.title, "kind": self.kind.value,
            "status": self.status.value, "start": iso(self.start, self.timezone),
            "end": iso(self.end, self.timezone), "timezone": self.timezone,
            "language": self.language, "invited": self.invited, "attended": self.attended,
            "decisions": self.decisions, "next_steps": self.next_steps,
        }


def _counts(session: Any, column: Any, *where: Any) -> dict[int, int]:
    query = select(column, func.count()).where(column.is_not(None), *where).group_by(column)
    return {row[0]: row[1] for row in session.execute(query).all()}


def timeline(db: Database) -> list[TimelineEvent]:
    """Every event in date order with its invited, attended, decision and next-step counts."""
    with db.session() as session:
        invited = _counts(session, Invitation.event_id)
        attended = _counts(session, Attendance.event_id,
                           Attendance.status.in_(PRESENT_STATUSES))
        decisions = _counts(session, Decision.event_id)
        steps = _counts(session, NextStep.event_id)
        rows = session.execute(
            select(Event.id, Event.title, Event.kind, Event.status, Event.start, Event.end,
                   Event.timezone, Event.language).order_by(Event.start, Event.id)
        ).all()
        return [
            TimelineEvent(*row, invited=invited.get(row[0], 0),
                          attended=attended.get(row[0], 0),
                          decisions=decisions.get(row[0], 0), next_steps=steps.get(row[0], 0))
            for row in rows
        ]


# --- lines of action --------------------------------------------------------------------


@dataclass(frozen=True)
class LineItem:
    """One idea, decision or next step tagged with a line of action."""

    kind: str  # "idea", "decision" or "next step"
    id: int
    text: str
    event_id: int | None
    event_title: str
    owner: str = ""
    due_date: dt.date | None = None
    status: NextStepStatus | None = None
    overdue: bool = False
    version: int = 0

    line_of_action_id: int | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind, "id": self.id, "text": self.text, "event_id": self.event_id,
            "event": self.event_title, "owner": self.owner, "due_date": iso(self.due_date),
            "status": self.status.value if self.status else None, "overdue": self.overdue,
        }


def _step_item(values: tuple[Any, ...]) -> LineItem:
    """A next step's item from its plain row, its event's title and today's date."""
    step_id, text, event_id, owner, due, status, line_id, version, title, today = values
    due, status = date_of(due), NextStepStatus(status)
    overdue = status in OPEN_STATUSES and due is not None and due < today
    return LineItem("next step", step_id, text, event_id, title, owner=owner, due_date=due,
                    status=status, overdue=overdue, version=version, line_of_action_id=line_id)


def _by_due_date(item: LineItem) -> tuple[bool, dt.date, int]:
    """By due date (none last), then id: sorted here, SQLite sorted 20,000 rows slower."""
    return (item.due_date is None, item.due_date or dt.date.min, item.id)


_STEP_ITEMS: Derived[tuple[Any, ...], LineItem] = Derived(_step_item)


@dataclass
class LineProgress:
    """A line of action and everything tagged with it, across events.

    The counts are computed once (a line may hold thousands of next steps, and a table asks
    for each count many times): read them only once the line is complete, as
    `lines_of_action` returns it.
    """

    id: int | None
    code: str
    name: str
    ideas: list[LineItem] = field(default_factory=list)
    decisions: list[LineItem] = field(default_factory=list)
    next_steps: list[LineItem] = field(default_factory=list)

    @cached_property
    def done(self) -> int:
        return sum(1 for s in self.next_steps if s.status is NextStepStatus.DONE)

    @cached_property
    def open(self) -> int:
        """Open or in progress, overdue ones included."""
        return sum(1 for s in self.next_steps if s.status in OPEN_STATUSES)

    @cached_property
    def overdue(self) -> int:
        return sum(1 for s in self.next_steps if s.overdue)

    @cached_property
    def dropped(self) -> int:
        return sum(1 for s in self.next_steps if s.status is NextStepStatus.DROPPED)

    @cached_property
    def counted(self) -> int:
        """Next steps that count towards progress (dropped ones do not)."""
        return self.done + self.open

    @cached_property
    def percent_done(self) -> int:
        return round(100 * self.done / self.counted) if self.counted else 0

    @property
    def label(self) -> str:
        return f"{self.code} – {self.name}" if self.code else self.name

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "code": self.code, "name": self.name,
            "progress": {"done": self.done, "open": self.open, "overdue": self.overdue,
                         "dropped": self.dropped, "percent_done": self.percent_done},
            "ideas": [i.as_json() for i in self.ideas],
            "decisions": [d.as_json() for d in self.decisions],
            "next_steps": [s.as_json() for s in self.next_steps],
        }


def lines_of_action(db: Database, *, today: dt.date | None = None) -> list[LineProgress]:
    """Per line of action (in its order), its ideas, decisions and next steps with progress.

    An idea without its own line takes its theme's. Items tagged with no line come last,
    under a line with id None, only when there are some.
    """
    today = today or dt.date.today()
    with db.session() as session:
        lines = {line.id: LineProgress(line.id, line.code, line.name) for line in
                 session.scalars(select(LineOfAction)
                                 .order_by(LineOfAction.position, LineOfAction.name))}
        untagged = LineProgress(None, "", "No line of action")

        def bucket(line_id: int | None) -> LineProgress:
            return lines.get(line_id, untagged) if line_id is not None else untagged

        titles: dict[int, str] = {row[0]: row[1] for row in
                                 session.execute(select(Event.id, Event.title)).all()}
        ideas = session.scalars(
            select(Idea).options(selectinload(Idea.theme), selectinload(Idea.board))
            .join(Board, Board.id == Idea.board_id).join(Event, Event.id == Board.event_id)
            .order_by(Event.start, Idea.board_id, Idea.position, Idea.id))
        for idea in ideas:
            line_id = idea.line_of_action_id
            if line_id is None and idea.theme is not None:
                line_id = idea.theme.line_of_action_id
            event_id = idea.board.event_id
            bucket(line_id).ideas.append(
                LineItem("idea", idea.id, idea.text, event_id, titles.get(event_id, "")))
        decisions = session.scalars(
            select(Decision).join(Event, Event.id == Decision.event_id)
            .order_by(Event.start, Decision.position, Decision.id))
        for decision in decisions:
            bucket(decision.line_of_action_id).decisions.append(
                LineItem("decision", decision.id, decision.text, decision.event_id,
                         titles.get(decision.event_id, "")))
        # the table's columns as the driver gives them, each step's item made again only
        # when what was read changed (20,000 steps: a reload makes a handful)
        n = NextStep.__table__.c
        found = plain_rows(session.connection(), plain(
            select(n.id, n.text, n.event_id, n.owner_name, n.due_date, n.status,
                   n.line_of_action_id, n.version)))
        items = _STEP_ITEMS.all((*values, titles.get(values[2], "") if values[2] else "", today)
                                for values in found)
        items.sort(key=_by_due_date)
        for item in items:
            bucket(item.line_of_action_id).next_steps.append(item)
    result = list(lines.values())
    if untagged.ideas or untagged.decisions or untagged.next_steps:
        result.append(untagged)
    return result


# --- budget -----------------------------------------------------------------------------


@dataclass(frozen=True)
class BudgetRow:
    """One budget line as entered."""

    id: int
    category: BudgetCategory
    description: str
    amount: Decimal
    currency: str
    period: str


@dataclass(frozen=True)
class CategoryTotal:
    category: BudgetCategory
    currency: str
    amount: Decimal
    lines: int


@dataclass(frozen=True)
class StatedTotalCheck:
    """A total as a document states it, set against the total the lines add up to."""

    id: int
    label: str
    stated: Decimal
    currency: str
    computed: Decimal

    @property
    def difference(self) -> Decimal:
        return self.stated - self.computed

    @property
    def agrees(self) -> bool:
        return self.difference == 0

    @property
    def flag(self) -> str:
        """Empty when the stated total agrees; otherwise why it is flagged."""
        if self.agrees:
            return ""
        return (f"stated {self.stated:,.2f} {self.currency} but the lines add up to "
                f"{self.computed:,.2f} {self.currency} (difference {self.difference:+,.2f})")


@dataclass
class BudgetSummary:
    programme: str
    lines: list[BudgetRow]
    by_category: list[CategoryTotal]
    totals: dict[str, Decimal]  # per currency
    stated: list[StatedTotalCheck]

    @property
    def flagged(self) -> list[StatedTotalCheck]:
        return [s for s in self.stated if not s.agrees]

    def as_json(self) -> dict[str, Any]:
        return {
            "programme": self.programme,
            "lines": [{"id": r.id, "category": r.category.value, "description": r.description,
                       "amount": str(r.amount), "currency": r.currency, "period": r.period}
                      for r in self.lines],
            "by_category": [{"category": c.category.value, "currency": c.currency,
                             "amount": str(c.amount), "lines": c.lines}
                            for c in self.by_category],
            "totals": {currency: str(amount) for currency, amount in self.totals.items()},
            "stated_totals": [{"id": s.id, "label": s.label, "stated": str(s.stated),
                               "currency": s.currency, "computed": str(s.computed),
                               "difference": str(s.difference), "agrees": s.agrees,
                               "flag": s.flag} for s in self.stated],
        }


def _money(value: Decimal) -> Decimal:
    return Decimal(value).quantize(Decimal("0.01"))


def budget(db: Database, programme_id: int | None = None) -> BudgetSummary:
    """The budget lines, totals the app computes per category and currency, and every stated
    total checked against them (the first programme when none is named)."""
    with db.session() as session:
        query = select(Programme).options(selectinload(Programme.budget_lines),
                                          selectinload(Programme.stated_totals))
        if programme_id is not None:
            query = query.where(Programme.id == programme_id)
        programme = session.scalars(query.order_by(Programme.id).limit(1)).first()
        if programme is None:
            return BudgetSummary("", [], [], {}, [])
        rows = [BudgetRow(b.id, b.category, b.description, _money(b.amount), b.currency,
                          b.period) for b in programme.budget_lines]
        stated_rows: list[BudgetStatedTotal] = sorted(programme.stated_totals,
                                                      key=lambda s: s.id)
        name = programme.name
    per_category: dict[tuple[BudgetCategory, str], list[Decimal]] = defaultdict(list)
    totals: dict[str, Decimal] = {}
    for row in rows:
        per_category[(row.category, row.currency)].append(row.amount)
        totals[row.currency] = totals.get(row.currency, Decimal("0.00")) + row.amount
    category_order = list(BudgetCategory)
    by_category = [
        CategoryTotal(category, currency, sum(amounts, Decimal("0.00")), len(amounts))
        for (category, currency), amounts in sorted(
            per_category.items(), key=lambda kv: (kv[0][1], category_order.index(kv[0][0])))
    ]
    stated = [StatedTotalCheck(s.id, s.label, _money(s.amount), s.currency,
                               totals.get(s.currency, Decimal("0.00")))
              for s in stated_rows]
    return BudgetSummary(name, rows, by_category, dict(sorted(totals.items())), stated)


# --- next steps for spreadsheets --------------------------------------------------------


# --- the programme report -----------------------------------------------------------------


def programme_report(db: Database, *, language: str = "en",
                     today: dt.date | None = None) -> bytes:
    """The programme report's PDF: the timeline, the lines of action and the budget."""
    from organiser.core.settings import COORDINATOR_NAME, Settings
    from organiser.exporters.programme_report import programme_report_pdf

    today = today or dt.date.today()
    return programme_report_pdf(timeline(db), lines_of_action(db, today=today), budget(db),
                                today=today, language=language,
                                author=Settings(strict=False).get(COORDINATOR_NAME).strip())


def write_programme_report(db: Database, path: str | Path, *, language: str = "en") -> Path:
    """The programme report written to `path` (a PDF)."""
    from organiser.exporters.programme_report import report_target, save_report

    target = report_target(path)
    return save_report(programme_report(db, language=language), target)


def next_step_rows(db: Database, *, today: dt.date | None = None) -> list[dict[str, Any]]:
    """Every next step with its event and line of action, for export (due date order)."""
    today = today or dt.date.today()
    with db.session() as session:
        steps = session.scalars(
            select(NextStep).options(selectinload(NextStep.event),
                                     selectinload(NextStep.line_of_action))
            .order_by(NextStep.due_date.is_(None), NextStep.due_date, NextStep.id))
        return [
            {
                "id": step.id,
                "line_of_action": step.line_of_action.name if step.line_of_action else "",
                "text": step.text,
                "owner": step.owner_name,
                "due_date": step.due_date,
                "status": step.status.value,
                "overdue": (step.status in OPEN_STATUSES and step.due_date is not None
                            and step.due_date < today),
                "event": step.event.title if step.event else "",
                "done_at": step.done_at,
            }
            for step in steps
        ]
