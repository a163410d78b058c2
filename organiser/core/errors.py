"""Errors a user can cause, each carrying a message for a person."""

from __future__ import annotations


class OrganiserError(Exception):
    """Base of every error whose message is shown to the user as is (CLI exit status 1)."""

    def __init__(self, message: str, *, file: str | None = None, line: int | None = None,
                 field: str | None = None) -> None:
        self.file = file
        self.line = line
        self.field = field
        self.message = message
        super().__init__(self.format())

    def format(self) -> str:
        where = ""
        if self.file is not None:
            where = f"{self.file}:{self.line}: " if self.line is not None else f"{self.file}: "
        if self.field is not None:
            return f"{where}{self.field}: {self.message}"
        return f"{where}{self.message}"


class InputError(OrganiserError):
    """Bad input from a file, a form or the command line."""


class NotFoundError(OrganiserError):
    """A record named by the user does not exist."""


class DatabaseError(OrganiserError):
    """The database cannot be opened or used as asked (corrupt, locked, newer, read-only)."""


class MissingDatabaseError(DatabaseError):
    """There is no database (no file, or an empty one) where one was asked for."""


class NewerDatabaseError(DatabaseError):
    """The database was written by a newer Organiser; it is left untouched."""


class ConflictError(OrganiserError):
    """Someone else changed the record since it was read (optimistic locking).

    Made by `organiser.core.locking.conflict`, so every conflict says the same thing.
    """

    def __init__(self, message: str, *, record: str = "") -> None:
        self.record = record
        super().__init__(message)
