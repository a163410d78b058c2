"""The events list as a Qt table model."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt

from organiser.ui.labels import enum_text, local_datetime, number
from organiser.ui.models.table import Column, SortedRowTableModel

if TYPE_CHECKING:
    from organiser.services.event_list import EventRow


def _dates(row: EventRow) -> str:
    start, end = row.local_start, row.local_end
    if start.date() == end.date():
        return (f"{local_datetime(start, 'ddd dd MMM yyyy, HH:mm')}–"
                f"{local_datetime(end, 'HH:mm')}")
    if (start.year, start.month) == (end.year, end.month):
        return (f"{local_datetime(start, 'dd')}–{local_datetime(end, 'dd MMM yyyy')}, "
                f"{local_datetime(start, 'HH:mm')}–{local_datetime(end, 'HH:mm')}")
    return f"{local_datetime(start, 'dd MMM HH:mm')} – {local_datetime(end, 'dd MMM yyyy HH:mm')}"


EVENT_COLUMNS: list[Column[Any]] = [
    Column("Title", lambda r: r.title),
    Column("Kind", lambda r: enum_text(r.kind, capital=True)),
    Column("Dates", _dates, sort=lambda r: r.start.timestamp(), tooltip=lambda r: r.timezone),
    Column("Time zone", lambda r: r.timezone),
    Column("Venue", lambda r: r.venue),
    Column("Status", lambda r: enum_text(r.status, capital=True)),
    Column("Invited", lambda r: number(r.invited), sort=lambda r: r.invited,
           align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
]


class EventsTableModel(SortedRowTableModel["EventRow"]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(EVENT_COLUMNS, parent)
