"""Next steps as CSV for spreadsheets: UTF-8 with BOM, formula-like cells neutralised."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path
from typing import Any

from organiser.core.errors import InputError
from organiser.core.files import write_atomic
from organiser.core.text import spreadsheet_text

COLUMNS = [
    ("id", "Id"),
    ("line_of_action", "Line of action"),
    ("text", "Next step"),
    ("owner", "Owner"),
    ("due_date", "Due"),
    ("status", "Status"),
    ("overdue", "Overdue"),
    ("event", "Agreed at"),
    ("done_at", "Done on"),
]
def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int):
        return str(value)
    return spreadsheet_text(str(value))


def next_steps_csv(rows: list[dict[str, Any]]) -> bytes:
    """The CSV bytes: BOM, a header row, one row per next step, CRLF line ends."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([title for _key, title in COLUMNS])
    for row in rows:
        writer.writerow([_cell(row.get(key)) for key, _title in COLUMNS])
    return buffer.getvalue().encode("utf-8-sig")


def write_next_steps_csv(rows: list[dict[str, Any]], path: str | Path) -> Path:
    target = Path(path).expanduser()
    if not target.parent.is_dir():
        raise InputError("the folder does not exist", file=str(target.parent))
    return write_atomic(target, next_steps_csv(rows))
