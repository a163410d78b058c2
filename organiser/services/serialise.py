"""Plain JSON-ready values: ISO 8601 times with offsets, enums by value, NFC text."""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo


def iso(value: dt.datetime | dt.date | None, tz: str | None = None) -> str | None:
    """ISO 8601; instants carry their offset (in `tz` when given, else UTC)."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        if tz:
            value = value.astimezone(ZoneInfo(tz))
        return value.isoformat()
    return value.isoformat()


def plain(value: Any) -> Any:
    """Recursively turn model values into JSON-ready ones."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime | dt.date):
        return iso(value)
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value
