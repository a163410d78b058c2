"""Fetching a record the user named by id: found, or a NotFoundError that says which."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from sqlalchemy.orm import Session
from sqlalchemy.orm.interfaces import ORMOption

from organiser.core.errors import NotFoundError

T = TypeVar("T")


def required(session: Session, model: type[T], record_id: int, label: str,
             field: str | None = None, *, options: Sequence[ORMOption] = ()) -> T:
    """`session.get`, or an error naming the field: "EVENT: no event with id 99".

    `options` (e.g. `selectinload(...)`) load what the caller reads after the session."""
    record = session.get(model, record_id, options=options)
    if record is None:
        raise NotFoundError(f"no {label} with id {record_id}", field=field or label)
    return record
