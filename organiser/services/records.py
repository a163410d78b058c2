"""Fetching a record the user named by id: found, or a NotFoundError that says which."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from organiser.core.errors import NotFoundError

T = TypeVar("T")


def required(session: Session, model: type[T], record_id: int, label: str,
             field: str | None = None) -> T:
    """`session.get`, or an error naming the field: "EVENT: no event with id 99"."""
    record = session.get(model, record_id)
    if record is None:
        raise NotFoundError(f"no {label} with id {record_id}", field=field or label)
    return record
