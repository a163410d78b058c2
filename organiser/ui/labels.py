"""Words of the domain as the interface shows them: enum values translated, dates in the locale.

The core stores enum values in English (organiser.core.enums); the interface shows them
through `enum_text`, translated in a context named after the enum class.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QTime,
    QTimeZone,
)

ENUM_TEXTS = [
    QT_TRANSLATE_NOOP("EventKind", "consultation"),
    QT_TRANSLATE_NOOP("EventKind", "information sharing"),
    QT_TRANSLATE_NOOP("EventKind", "workshop"),
    QT_TRANSLATE_NOOP("EventKind", "network meeting"),
    QT_TRANSLATE_NOOP("EventStatus", "draft"),
    QT_TRANSLATE_NOOP("EventStatus", "planned"),
    QT_TRANSLATE_NOOP("EventStatus", "cancelled"),
    QT_TRANSLATE_NOOP("EventStatus", "held"),
    QT_TRANSLATE_NOOP("Role", "chair"),
    QT_TRANSLATE_NOOP("Role", "participant"),
    QT_TRANSLATE_NOOP("Role", "optional"),
    QT_TRANSLATE_NOOP("Role", "observer"),
    QT_TRANSLATE_NOOP("Reply", "needs action"),
    QT_TRANSLATE_NOOP("Reply", "accepted"),
    QT_TRANSLATE_NOOP("Reply", "tentative"),
    QT_TRANSLATE_NOOP("Reply", "declined"),
    QT_TRANSLATE_NOOP("Reply", "delegated"),
    QT_TRANSLATE_NOOP("AgendaKind", "session"),
    QT_TRANSLATE_NOOP("AgendaKind", "presentation"),
    QT_TRANSLATE_NOOP("AgendaKind", "discussion"),
    QT_TRANSLATE_NOOP("AgendaKind", "brainstorm"),
    QT_TRANSLATE_NOOP("AgendaKind", "break"),
    QT_TRANSLATE_NOOP("AgendaKind", "review of actions"),
    QT_TRANSLATE_NOOP("AttendanceStatus", "present"),
    QT_TRANSLATE_NOOP("AttendanceStatus", "late"),
    QT_TRANSLATE_NOOP("AttendanceStatus", "left early"),
    QT_TRANSLATE_NOOP("AttendanceStatus", "apologies"),
    QT_TRANSLATE_NOOP("AttendanceStatus", "absent"),
    QT_TRANSLATE_NOOP("NextStepStatus", "open"),
    QT_TRANSLATE_NOOP("NextStepStatus", "in progress"),
    QT_TRANSLATE_NOOP("NextStepStatus", "done"),
    QT_TRANSLATE_NOOP("NextStepStatus", "dropped"),
    QT_TRANSLATE_NOOP("MinutesStatus", "draft"),
    QT_TRANSLATE_NOOP("MinutesStatus", "approved"),
    QT_TRANSLATE_NOOP("CounterStatus", "open"),
    QT_TRANSLATE_NOOP("CounterStatus", "accepted"),
    QT_TRANSLATE_NOOP("CounterStatus", "declined"),
    QT_TRANSLATE_NOOP("CounterStatus", "outdated"),
    QT_TRANSLATE_NOOP("OrgKind", "government agency"),
    QT_TRANSLATE_NOOP("OrgKind", "parliament"),
    QT_TRANSLATE_NOOP("OrgKind", "cso"),
    QT_TRANSLATE_NOOP("OrgKind", "media"),
    QT_TRANSLATE_NOOP("OrgKind", "contractors association"),
    QT_TRANSLATE_NOOP("OrgKind", "training institute"),
    QT_TRANSLATE_NOOP("OrgKind", "international partner"),
    QT_TRANSLATE_NOOP("OrgKind", "bank unit"),
    QT_TRANSLATE_NOOP("OrgKind", "other"),
]

# Column titles of the tables in the contacts, events, invitations and live views (the
# RowTableModel translates every title in context "Column"; i18n.py lists the common ones).
COLUMN_TITLES = [
    QT_TRANSLATE_NOOP("Column", "Family name"),
    QT_TRANSLATE_NOOP("Column", "E-mail"),
    QT_TRANSLATE_NOOP("Column", "People"),
    QT_TRANSLATE_NOOP("Column", "Line"),
    QT_TRANSLATE_NOOP("Column", "Outcome"),
    QT_TRANSLATE_NOOP("Column", "Details"),
    QT_TRANSLATE_NOOP("Column", "Role"),
    QT_TRANSLATE_NOOP("Column", "Reply"),
    QT_TRANSLATE_NOOP("Column", "Local start"),
    QT_TRANSLATE_NOOP("Column", "Comment"),
    QT_TRANSLATE_NOOP("Column", "Replied"),
    QT_TRANSLATE_NOOP("Column", "What"),
]


def enum_text(value: enum.Enum, *, capital: bool = False) -> str:
    """The value as a person reads it in the interface language (`capital`: first letter up)."""
    text = QCoreApplication.translate(type(value).__name__, str(value.value))
    return text[:1].upper() + text[1:] if capital else text


# a wall-clock time is written as it is: held as UTC, Qt neither shifts it nor asks the C
# library about this machine's zone (which, without TZ set, reads /etc/localtime each time)
AS_WRITTEN = QTimeZone(QTimeZone.Initialization.UTC)


def local_datetime(value: dt.datetime, fmt: str) -> str:
    """Wall-clock `value` (an event's local time) written with a Qt date format in the
    interface's locale: as it is, whatever this machine's own zone (an event at 02:30 in
    Nairobi on the night this laptop's clocks go forward is at 02:30, not 03:30)."""
    moment = QDateTime(QDate(value.year, value.month, value.day),
                       QTime(value.hour, value.minute, value.second), AS_WRITTEN)
    return QLocale().toString(moment, fmt)


def local_date(value: dt.date, fmt: str) -> str:
    return QLocale().toString(QDate(value.year, value.month, value.day), fmt)


def number(value: int) -> str:
    """An integer with the locale's digits and grouping (Arabic-Indic digits in Arabic)."""
    return QLocale().toString(value)


def digits(text: str) -> str:
    """`text`'s digits in the interface locale's own (Arabic-Indic in Arabic), as `number`
    writes counts: a clock or a countdown built as "12:05" beside counts in ١٢ would mix two
    scripts of digits in one window."""
    zero = QLocale().zeroDigit()
    if zero == "0":
        return text
    return text.translate({ord("0") + d: chr(ord(zero[0]) + d) for d in range(10)})


def counted(text: str, n: int) -> str:
    """A plural message translated for `n` (`self.tr("%Ln vote(s)", "", n)`) as English says it
    too: the interface's English is the code's source, not a translation with plural forms, so
    its "(s)" is resolved here ("1 vote", "3 votes"); French and Arabic take their own forms
    from the .ts (Arabic has six) and %Ln writes `n` in the locale's digits."""
    return text.replace("(s)", "" if n == 1 else "s")


UNMAILABLE_MARK = "⚠"  # beside an address that cannot be mailed, in lists


def unmailable(address: str) -> str:
    """Why a stored address cannot be mailed (core.addresses' rule, which it may predate), in
    the interface's language; '' when it can be."""
    from organiser.core.addresses import Fault, address_fault

    fault = address_fault(address)
    if fault is None:
        return ""
    if fault is Fault.NON_ASCII_LOCAL:
        text = QCoreApplication.translate(
            "Addresses", "“{address}” cannot be mailed: most mail servers refuse letters "
            "outside ASCII before the @. Ask the person for another address.")
    else:
        text = QCoreApplication.translate(
            "Addresses", "“{address}” cannot be mailed: it is not a valid e-mail address. "
            "Correct it or remove it.")
    return text.format(address=address)


def unmailable_reasons(addresses: Iterable[str]) -> list[str]:
    """The reasons of those addresses that cannot be mailed (none: an empty list)."""
    return [reason for reason in map(unmailable, addresses) if reason]
