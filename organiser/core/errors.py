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


# What a database driver's message means, as words that follow the database's name: what
# happened and what to do. The first phrase found in the driver's message (lowered) wins.
_DATABASE_ADVICE = (
    (("locked", "busy"),
     "is busy (another Organiser, a backup, a sync or another program is using it); close "
     "the other program or try again in a moment"),
    (("disk is full",),
     "cannot be written: the disk is full; free some space and try again (nothing was "
     "changed)"),
    (("disk i/o error",),
     "cannot be read or written: the disk reported an input/output error (full, removed or "
     "failing); check the disk, then try again (nothing was changed)"),
    (("malformed", "corrupt"),
     "is damaged (not a valid SQLite database); restore a backup (organiser restore --list)"),
    (("not a database",),
     "is not an Organiser database (not a SQLite file, or a damaged one); check the file "
     "chosen, or restore a backup (organiser restore --list)"),
    (("readonly", "read-only"),
     "is read-only here; open it read-only, or check the file's permissions or the disk"),
    (("unable to open",),
     "cannot be opened (its folder is missing, or there is no permission); check that the "
     "drive is connected and the folder is writable"),
)


def database_problem(message: str) -> str:
    """A database driver's message as words that follow the database's name: what happened
    and what to do, then the driver's own first line in brackets. The one table for every
    place that reports a database error (opening, probing a file, the CLI)."""
    first = message.strip().splitlines()[0] if message.strip() else "unknown error"
    lowered = first.lower()
    advice = next((text for keys, text in _DATABASE_ADVICE
                   if any(key in lowered for key in keys)), None)
    if advice is None:
        return f"database error: {first}"
    return f"{advice} ({first})"
