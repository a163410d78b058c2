"""The programme service on the demo: timeline, progress per line of action, budget checks."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from organiser.core.enums import BudgetCategory, NextStepStatus
from organiser.core.models import BudgetLine, BudgetStatedTotal, Programme
from organiser.services.programme import budget, lines_of_action, timeline


def test_budget_totals_are_computed_from_the_lines(demo_db) -> None:
    summary = budget(demo_db)
    assert summary.programme == "Strengthening Coalitions for Procurement Reform"
    assert [(c.category, c.amount) for c in summary.by_category] == [
        (BudgetCategory.STAFF_WEEKS, Decimal("210000.00")),
        (BudgetCategory.STAFF_TRAVEL, Decimal("25000.00")),
        (BudgetCategory.CONSULTANTS, Decimal("45000.00")),
        (BudgetCategory.CONSULTATIONS_WORKSHOP, Decimal("150000.00")),
    ]
    assert summary.totals == {"USD": Decimal("430000.00")}


def test_every_stated_total_that_disagrees_is_flagged(demo_db) -> None:
    summary = budget(demo_db)
    stated = {s.stated: s for s in summary.stated}
    assert sorted(stated) == [Decimal("150000.00"), Decimal("280000.00"), Decimal("330000.00")]
    assert len(summary.flagged) == 3
    assert stated[Decimal("280000.00")].difference == Decimal("-150000.00")
    assert "430,000.00 USD" in stated[Decimal("330000.00")].flag


def test_a_total_that_agrees_is_not_flagged_and_currencies_stay_apart(demo_db) -> None:
    with demo_db.transaction() as session:
        programme = session.query(Programme).one()
        programme.budget_lines.append(BudgetLine(category=BudgetCategory.STAFF_TRAVEL,
                                                 description="Travel grant", currency="EUR",
                                                 amount=Decimal("12500.50")))
        programme.budget_lines.append(BudgetLine(category=BudgetCategory.STAFF_TRAVEL,
                                                 description="Visas", currency="EUR",
                                                 amount=Decimal("499.50")))
        programme.stated_totals.append(BudgetStatedTotal(label="EUR total", currency="EUR",
                                                         amount=Decimal("13000")))
        programme.stated_totals.append(BudgetStatedTotal(label="USD total", currency="USD",
                                                         amount=Decimal("430000")))
    summary = budget(demo_db)
    assert summary.totals == {"EUR": Decimal("13000.00"), "USD": Decimal("430000.00")}
    eur = [c for c in summary.by_category if c.currency == "EUR"]
    assert [(c.category, c.amount, c.lines) for c in eur] == [
        (BudgetCategory.STAFF_TRAVEL, Decimal("13000.00"), 2)]
    checks = {s.label: s for s in summary.stated}
    assert checks["EUR total"].agrees and checks["EUR total"].flag == ""
    assert checks["USD total"].agrees
    assert len(summary.flagged) == 3


def test_empty_database_has_an_empty_budget(db) -> None:
    summary = budget(db)
    assert summary.lines == [] and summary.totals == {} and summary.flagged == []


def test_timeline_counts_attendance_and_outcomes(demo_db) -> None:
    events = timeline(demo_db)
    assert len(events) == 6
    assert [e.start for e in events] == sorted(e.start for e in events)
    first = events[0]
    assert first.title == "Consultation with OPCPR: a common agenda"
    assert (first.invited, first.attended, first.decisions, first.next_steps) == (3, 3, 1, 2)
    workshop = next(e for e in events if e.kind == "workshop")
    assert workshop.invited == 28 and workshop.attended == 0


def test_progress_per_line_of_action(demo_db) -> None:
    lines = {line.code: line for line in lines_of_action(demo_db, today=dt.date(2026, 12, 10))}
    assert list(lines) == ["LAW", "CAP", "MON", "EGP"]
    law = lines["LAW"]
    assert (law.done, law.open, law.overdue) == (1, 1, 1)
    assert law.percent_done == 50
    assert len(law.ideas) == 2 and len(law.decisions) == 1
    cap = lines["CAP"]
    assert (cap.done, cap.open, cap.overdue) == (0, 3, 2)
    assert {d.text for d in cap.decisions} == {
        "ITAG and the Task Force join the brainstorming workshop in February.",
        "A training curriculum is developed with the regional institutes."}
    overdue = [s.text for s in cap.next_steps if s.overdue]
    assert overdue == ["Collect regional priorities in one table",  # due date order
                       "Circulate the list of regional training institutes"]
    assert all(s.event_title for s in cap.next_steps)
    # before anything was due, nothing is overdue
    early = lines_of_action(demo_db, today=dt.date(2026, 10, 1))
    assert sum(line.overdue for line in early) == 0
    assert all(s.status is not None for line in early for s in line.next_steps)
    assert sum(1 for line in early for s in line.next_steps
               if s.status is NextStepStatus.DONE) == 1
