"""Optimistic locking: a record a person edits is never overwritten with what they did not see.

Every such record carries a `version` (the `Versioned` mixin of the model); SQLAlchemy's
`version_id_col` turns each UPDATE into `UPDATE ... WHERE version = ?` and bumps it, so a
change made by another process between a read and the write is caught at the database
(`StaleDataError`, turned into `ConflictError` by `Database.transaction`). A form is filled in
one transaction and saved in another: the service is given the version the form was filled
from and `check_version` refuses when the stored one differs. One error, one message.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from organiser.core.errors import ConflictError

# the version of a record just made: undoing its creation expects to find it so
FIRST_VERSION = 1


def conflict_message(what: str) -> str:
    """The one sentence a person reads when their save met someone else's change."""
    return (f"{what} was changed by someone else since you opened it; reload to see their "
            "change")


def conflict(what: str) -> ConflictError:
    return ConflictError(conflict_message(what), record=what)


def describe(record: Any) -> str:
    """How the message names a record: its kind and what a person calls it."""
    kind = KIND_NAMES.get(type(record).__name__, type(record).__name__.lower())
    label = ""
    for attribute in ("title", "name", "text", "description"):
        value = getattr(record, attribute, None)
        if isinstance(value, str) and value.strip():
            label = value.strip()
            break
    if type(record).__name__ in ("Invitation", "Attendance"):
        person = getattr(record, "person", None)
        label = person.name if person is not None else ""
    if len(label) > 60:
        label = label[:59] + "…"
    return f"{kind} “{label}”" if label else f"{kind} {getattr(record, 'id', '')}".strip()


KIND_NAMES = {
    "Event": "event", "Person": "person", "Organisation": "organisation",
    "AgendaItem": "agenda item", "NextStep": "next step", "Decision": "decision",
    "Idea": "idea", "Theme": "theme", "Board": "board", "BudgetLine": "budget line",
    "Invitation": "invitation of", "Attendance": "check-in of",
}


def check_version(record: Any, expected: int | None, what: str | None = None) -> None:
    """The version the user's form was filled from must still be the stored one.

    `expected` None means the caller read and writes in this one transaction (the CLI):
    there is nothing older to compare with, and the write still bumps the version.
    """
    if expected is not None and record.version != expected:
        raise conflict(what or describe(record))


def touch_owners(session: Any) -> None:
    """A person's addresses and tags are part of the person (the form edits them) but live
    in other tables: a change there must still move the person's version, whichever service
    makes it (the form, tagging from the list, a merge, an import through the ORM).

    A model lists such collections in `__version_covers__`; a row of one names its owner in
    `__version_owner__`.
    """
    from sqlalchemy import inspect

    from organiser.core.models import utcnow

    dirty, new = set(session.dirty), set(session.new)
    owners: list[Any] = []
    for record in [*dirty, *new, *session.deleted]:
        covers = getattr(type(record), "__version_covers__", ())
        if covers and record in dirty:
            state = inspect(record)
            if any(state.attrs[name].history.has_changes() for name in covers):
                owners.append(record)
        owner_name = getattr(type(record), "__version_owner__", None)
        if owner_name and record not in new and (record not in dirty
                                                 or session.is_modified(record)):
            owner = getattr(record, owner_name, None)
            if owner is not None:
                owners.append(owner)
    deleted = set(session.deleted)
    for owner in owners:
        if inspect(owner).persistent and owner not in deleted:
            owner.updated_at = utcnow()


_TABLE = re.compile(r"table '([^']+)'")


def stale_record(message: str, dirty: Mapping[str, list[str]]) -> str:
    """Name the record behind a StaleDataError ('UPDATE statement on table 'event' ...')."""
    found = _TABLE.search(message)
    table = found.group(1) if found else ""
    names = dirty.get(table, [])
    if len(names) == 1:
        return names[0]
    return f"this {table.replace('_', ' ')}" if table else "this record"


def three_way(base: Mapping[str, Any], mine: Mapping[str, Any],
              theirs: Mapping[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """After a conflict: what the form shows once reloaded, and the fields both changed.

    A field only I changed keeps my value; a field only they changed takes theirs; a field we
    both changed differently takes theirs (it is what is stored) and is returned so the form
    can show my text beside it: nothing typed is lost, nothing stored is overwritten unseen.
    """
    merged: dict[str, Any] = dict(theirs)
    clashes: list[str] = []
    for name, value in mine.items():
        if name not in theirs:
            continue
        mine_changed = value != base.get(name)
        theirs_changed = theirs[name] != base.get(name)
        if mine_changed and not theirs_changed:
            merged[name] = value
        elif mine_changed and theirs_changed and value != theirs[name]:
            clashes.append(name)
    return merged, clashes


__all__ = ["FIRST_VERSION", "check_version", "conflict", "conflict_message", "describe",
           "stale_record", "three_way", "touch_owners"]
