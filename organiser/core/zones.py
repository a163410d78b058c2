"""Time zone names: Outlook's Windows names mapped to IANA (readers and services share it)."""

from __future__ import annotations


def windows_zone(name: str) -> str | None:
    """The IANA zone of a Windows zone name (Outlook's 'W. Europe Standard Time').

    The table is CLDR's windowsZones (territory 001), as shipped with icalendar.
    """
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    return WINDOWS_TO_OLSON.get(name.strip())


__all__ = ["windows_zone"]
