"""The events list as a Qt table model."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt

from organiser.ui.models.table import Column, RowTableModel

if TYPE_CHECKING:
    from organiser.services.event_list import EventRow


def _dates(row: EventRow) -> str:
    start, end = row.local_start, row.local_end
    if start.date() == end.date():
        return f"{start:%a %d %b %Y, %H:%M}–{end:%H:%M}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start:%d}–{end:%d %b %Y}, {start:%H:%M}–{end:%H:%M}"
    return f"{start:%d %b %H:%M} – {end:%d %b %Y %H:%M}"


EVENT_COLUMNS: list[Column[Any]] = [
    Column("Title", lambda r: r.title),
    Column("Kind", lambda r: r.kind.value.capitalize()),
    Column("Dates", _dates, sort=lambda r: r.start.timestamp(), tooltip=lambda r: r.timezone),
    Column("Time zone", lambda r: r.timezone),
    Column("Venue", lambda r: r.venue),
    Column("Status", lambda r: r.status.value.capitalize()),
    Column("Invited", lambda r: str(r.invited), sort=lambda r: r.invited,
           align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
]


class EventsTableModel(RowTableModel["EventRow"]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(EVENT_COLUMNS, parent)
