"""Time zone names: the one check of a typed or read zone name, Outlook's Windows names.

Every zone name that comes from a person or a file goes through `zone`: `ZoneInfo(text)`
opens `text` as a path inside tzdata, so a partial name ("Europe") raised IsADirectoryError
and a name like "../x" other errors; here a name is looked up in the list of IANA names
first and nothing is opened for anything else.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo


@functools.cache
def zone_names() -> frozenset[str]:
    """Every IANA zone name this system knows (Europe/Paris, America/Argentina/Salta, UTC)."""
    from zoneinfo import available_timezones

    return frozenset(available_timezones())


def zone(name: str | None) -> ZoneInfo | None:
    """The zone of an IANA name (surrounding spaces ignored), None for anything else."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    key = (name or "").strip()
    if key not in zone_names():
        return None
    try:
        return ZoneInfo(key)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # a damaged tzdata file
        return None


def windows_zone(name: str) -> str | None:
    """The IANA zone of a Windows zone name (Outlook's 'W. Europe Standard Time').

    The table is CLDR's windowsZones (territory 001), as shipped with icalendar.
    """
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    return WINDOWS_TO_OLSON.get(name.strip())


__all__ = ["windows_zone", "zone", "zone_names"]
