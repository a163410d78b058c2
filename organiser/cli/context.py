"""What every subcommand shares: the database it works on, output and error reporting."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from organiser.core.errors import OrganiserError

if TYPE_CHECKING:
    from organiser.core.storage import Database
    from organiser.services.passwords import ServerLogin

def record_id(text: str) -> int:
    """An argument naming a record: a number a database can hold (a 20-digit one is a typo,
    never anybody's id: refused as a usage error, not a crash in the driver)."""
    import argparse

    from organiser.core.limits import ID_MAX

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not 0 < value <= ID_MAX:
        raise argparse.ArgumentTypeError(f"{text} is not a valid id (ids are positive "
                                         "numbers below 2^63)") from None
    return value


EXIT_OK = 0
EXIT_INPUT = 1
EXIT_USAGE = 2


@dataclass
class Context:
    db_target: str | None = None
    _db: Database | None = field(default=None, repr=False)

    @property
    def target(self) -> str:
        from organiser.core.paths import default_database

        return self.db_target or default_database()

    def database(self, *, create: bool = False, read_only: bool = False) -> Database:
        """The database, opened (and migrated) on first use.

        Only `organiser demo` creates one (`create=True`): a data command on a mistyped
        --db must not leave an empty database behind and report success.
        """
        if self._db is None:
            from pathlib import Path

            from organiser.core.storage import open_database

            target = self.target
            # only the default folder is made: a --db on a missing drive must not be
            # silently recreated on the system disk
            if self.db_target is None and "://" not in target:
                path = Path(target).expanduser()
                if create and not read_only:
                    path.parent.mkdir(parents=True, exist_ok=True)
                elif not path.exists():  # no data folder yet: nothing was ever created
                    from organiser.core.errors import MissingDatabaseError
                    from organiser.core.storage import missing_database_message

                    raise MissingDatabaseError(missing_database_message(path))
            self._db = open_database(target, create=create, read_only=read_only)
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


def print_json(value: Any) -> None:
    """UTF-8 JSON, not ASCII-escaped, keys sorted so output is stable."""
    from organiser.services.serialise import plain

    say(json.dumps(plain(value), ensure_ascii=False, sort_keys=True, indent=2))


def _write_line(stream: Any, text: str) -> None:
    """UTF-8 whatever the console's encoding (names in every script must come out)."""
    stream.flush()
    if hasattr(stream, "buffer"):
        stream.buffer.write(text.encode("utf-8") + b"\n")
        stream.buffer.flush()
    else:
        stream.write(text + "\n")


def say(text: str) -> None:
    _write_line(sys.stdout, text)


def error_line(message: str) -> None:
    _write_line(sys.stderr, f"organiser: error: {message}")


def warning_line(message: str) -> None:
    _write_line(sys.stderr, f"organiser: warning: {message}")


def fail(exc: BaseException, database: str | None = None) -> int:
    """Report an exception as one line on stderr; a bug is logged with its traceback."""
    if isinstance(exc, OrganiserError):
        error_line(str(exc))
        return EXIT_INPUT
    from sqlalchemy.exc import SQLAlchemyError

    if isinstance(exc, SQLAlchemyError):
        original = getattr(exc, "orig", None)
        error_line(database_problem(str(original or exc).splitlines()[0], database))
        return EXIT_INPUT
    if isinstance(exc, OSError):
        from organiser.core.files import os_error_text

        where = f"{exc.filename}: " if exc.filename else ""
        error_line(f"{where}{os_error_text(exc)}")
        return EXIT_INPUT
    from organiser.core.logs import log, setup_logging

    path = setup_logging()
    log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    details = f"the details are in {path}" if path else "please report it"
    error_line(f"unexpected {exc.__class__.__name__}: {exc} (this is a bug; {details})")
    return 3


def read_password(prompt: str) -> str:
    """A password typed at the terminal (not echoed), or the first line of stdin for scripts."""
    if sys.stdin.isatty():
        import getpass

        password = getpass.getpass(prompt)
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        from organiser.core.errors import InputError

        raise InputError("empty password: nothing stored", field="password")
    return password


def store_password(config: ServerLogin, *, forget: bool) -> int:
    """`outbox password`, `replies password`, `calendar password`: the server's password read
    and kept in the system keyring (or, with --forget, removed from it)."""
    config.check()
    what = config.slot.what
    if forget:
        config.delete_password()
        say(f"{what} password of {config.account} removed from the keyring")
        return EXIT_OK
    config.set_password(read_password(f"{what} password for {config.account}: "))
    say(f"{what} password of {config.account} stored in the system keyring")
    return EXIT_OK


def database_problem(message: str, database: str | None) -> str:
    """A database driver's message as one line naming the database and what to do."""
    from organiser.core.errors import database_problem as problem

    return f"{_shown_database(database)}: {problem(message)}"


def _shown_database(database: str | None) -> str:
    if not database:
        return "database"
    if "://" in database:  # a URL: never show its password
        from sqlalchemy.engine import make_url

        try:
            return make_url(database).render_as_string(hide_password=True)
        except Exception:
            return "the database"
    return database
