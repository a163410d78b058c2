"""The command line over the core: `organiser SUBCOMMAND` (`organiser.__main__` opens the app
when there is no subcommand; the command line itself never imports the interface)."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from organiser import __version__

# Each module registers its subcommands; a later issue adds its module here.
COMMAND_MODULES = [
    "organiser.cli.basics",
    "organiser.cli.events",
    "organiser.cli.contacts",
    "organiser.cli.calendar",
    "organiser.cli.programme",
    "organiser.cli.nextsteps",
    "organiser.cli.pdf",
    "organiser.cli.mail",
    "organiser.cli.sync",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="organiser",
        description="Plan, run and follow up consultations and workshops. "
                    "Without a subcommand, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"organiser {__version__}")
    parser.add_argument(
        "--db", metavar="PATH_OR_URL",
        help="database file or SQLAlchemy URL (default: $ORGANISER_DB, else the database.location "
             "setting, else organiser.sqlite in the user data folder)",
    )
    parser.add_argument("--startup-probe", action="store_true",
                        help="open the app, print shown=SECONDS listed=SECONDS, and exit")
    subparsers = parser.add_subparsers(dest="command", metavar="SUBCOMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def app_options(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options when the command line just opens the app (no subcommand, no --help).

    The app then starts without building every subcommand's parser: start-up time counts.
    Read by hand the way argparse reads them (`--db PATH`, `--db=PATH`, unique prefixes such as
    `--startup`): an argparse parser cost 2-3 ms and the `locale` import of its messages,
    before the window shows. Anything else (None) goes to the full parser.
    """
    db: str | None = None
    probe = False
    tokens = list(argv)
    while tokens:
        token = tokens.pop(0)
        name, equals, value = token.partition("=")
        if len(name) < 3 or not name.startswith("--"):
            return None
        if "--db".startswith(name):
            if equals:
                db = value
            elif tokens and not _looks_like_an_option(tokens[0]):
                db = tokens.pop(0)
            else:
                return None
        elif "--startup-probe".startswith(name) and not equals:
            probe = True
        else:
            return None
    return argparse.Namespace(db=db, startup_probe=probe)


def _looks_like_an_option(token: str) -> bool:
    if not token.startswith("-") or token == "-":
        return False
    try:  # argparse takes a negative number as a value
        float(token)
    except ValueError:
        return True
    return False


def run(argv: Sequence[str] | None = None) -> int:
    """Run a subcommand; returns the exit status (0 ok, 1 input or database, 2 usage)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:  # the app's own options: organiser.__main__ opens the app
        parser.print_usage(sys.stderr)
        print("organiser: error: no subcommand (run `organiser` alone to open the app)",
              file=sys.stderr)
        return 2
    from organiser.cli.context import EXIT_OK, Context, fail
    from organiser.core.logs import setup_logging

    setup_logging()  # what a command logs (a fetch, a send: services.sync) goes to organiser.log
    context = Context(db_target=args.db)
    try:
        return int(args.handler(args, context) or EXIT_OK)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # every error a user can cause becomes one line, no traceback
        return fail(exc, context.db_target or _default_database())
    finally:
        context.close()


__all__ = ["app_options", "build_parser", "run"]


def _default_database() -> str | None:
    try:
        from organiser.core.paths import default_database

        return str(default_database())
    except Exception:  # naming the database is a nicety; the error line comes regardless
        return None
