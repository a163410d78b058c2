"""The events table keeps itself in order (SortedRowTableModel): no sorting proxy asking the
model for two values per comparison at every reload (500 events: ~9,000 calls on the UI
thread at start-up and at each reload)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt

from organiser.core.enums import EventKind, EventStatus
from organiser.services.event_list import EventRow
from organiser.ui.models.table import RowTableModel

START = dt.datetime(2027, 1, 4, 9, tzinfo=dt.UTC)


def _event(number: int, *, days: int | None = None, invited: int = 0) -> EventRow:
    start = START + dt.timedelta(days=days if days is not None else (number * 37) % 500)
    return EventRow(id=number, title=f"Event {number:03d}", kind=EventKind.WORKSHOP,
                    status=EventStatus.PLANNED, start=start, end=start + dt.timedelta(hours=3),
                    timezone="Africa/Nairobi", venue="Nairobi", invited=invited)


@pytest.fixture
def events(qtbot: Any) -> Any:
    from organiser.ui.areas.events import EventsArea

    area = EventsArea()
    qtbot.addWidget(area)
    area.resize(1000, 600)
    area.show()
    return area


def _titles(area: Any) -> list[str]:
    view = area.table.model()
    return [view.index(r, 0).data() for r in range(view.rowCount())]


def test_a_reload_of_500_events_asks_for_few_cells(events: Any,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    asked = []
    data = RowTableModel.data

    def counting(self: Any, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        asked.append(role)
        return data(self, index, role)

    monkeypatch.setattr(RowTableModel, "data", counting)
    rows = [_event(n) for n in range(500)]
    events.show_rows(rows)
    # the view's sample for the column widths and the first screen; a sorting proxy asked
    # for about 9,000 values to sort the 500 rows
    assert len(asked) < 2000, len(asked)
    starts = [events.model.row_at(r).start for r in range(events.model.rowCount())]
    assert starts == sorted(starts)  # by date, as the view's sort indicator says
    assert events.table.horizontalHeader().sortIndicatorSection() == 2


def test_sorting_keeps_the_selected_event_and_places_changed_ones(events: Any) -> None:
    events.show_rows([_event(n, days=n, invited=n % 7) for n in range(40)])
    assert _titles(events)[:3] == ["Event 000", "Event 001", "Event 002"]
    assert events.select_event(17)
    events.table.sortByColumn(6, Qt.SortOrder.DescendingOrder)  # Invited, most first
    invited = [events.model.row_at(r).invited for r in range(events.model.rowCount())]
    assert invited == sorted(invited, reverse=True)
    # equal counts keep the order they had (by date), as a stable sort does
    sixes = [t for t in _titles(events) if int(t[-3:]) % 7 == 6]
    assert sixes == sorted(sixes)
    assert events.selected_event_id() == 17  # the selection followed its row
    events.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert events.selected_event_id() == 17
    # an event moved to another date goes to its place; a new one too
    events.model.upsert(_event(17, days=100), lambda r: r.id)
    events.model.upsert(_event(99, days=-1), lambda r: r.id)
    titles = _titles(events)
    assert titles[0] == "Event 099" and titles[-1] == "Event 017"
    assert events.selected_event_id() == 17
    # a reload with the same events in another order is the same list, not a reset
    reset = []
    events.model.modelReset.connect(lambda: reset.append(True))
    events.show_rows(list(reversed([events.model.row_at(r) for r in range(41)])))
    assert not reset and _titles(events) == titles
