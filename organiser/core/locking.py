"""Optimistic locking: a record changed by someone else since it was read is not overwritten."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy.orm.exc import StaleDataError

from organiser.core.errors import ConflictError

CONFLICT_MESSAGE = ("was changed by someone else since you opened it; your change was not "
                    "saved. Reload to see their version, then make your change again")


@contextmanager
def no_silent_overwrite(what: str = "this record") -> Iterator[None]:
    """Wrap a unit of work: a stale version (SQLAlchemy's StaleDataError) becomes a
    ConflictError whose message a person understands."""
    try:
        yield
    except StaleDataError as exc:
        raise ConflictError(f"{what} {CONFLICT_MESSAGE}") from exc


def check_version(record: Any, expected: int | None, what: str) -> None:
    """The version the user's form was filled from must still be the stored one."""
    if expected is not None and getattr(record, "version", None) != expected:
        raise ConflictError(f"{what} {CONFLICT_MESSAGE}")


__all__ = ["CONFLICT_MESSAGE", "check_version", "no_silent_overwrite"]
