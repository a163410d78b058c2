"""`organiser demo`, `check` and `backup`."""

from __future__ import annotations

import argparse

from organiser.cli.context import EXIT_INPUT, EXIT_OK, Context, print_json, say


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = subparsers.add_parser("demo", help="create or refresh the demo programme")
    demo.add_argument("--replace", action="store_true",
                      help="wipe a database that holds other data and put the demo in it")
    demo.set_defaults(handler=cmd_demo)

    check = subparsers.add_parser("check", help="check the database and print its schema version")
    check.add_argument("--json", action="store_true")
    check.set_defaults(handler=cmd_check)

    backup = subparsers.add_parser("backup", help="write a consistent copy of the database")
    backup.add_argument("file", metavar="FILE")
    backup.set_defaults(handler=cmd_backup)


def cmd_demo(args: argparse.Namespace, ctx: Context) -> int:
    from organiser.services.demo import PROGRAMME, build_demo

    db = ctx.database(create=True)
    counts = build_demo(db, replace=args.replace)
    made = ", ".join(f"{n} {what}" for what, n in counts.items())
    say(f"demo programme '{PROGRAMME}' in {db.display_name}: {made}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace, ctx: Context) -> int:
    from organiser.core.storage import current_revision, integrity_check

    db = ctx.database(create=False, read_only=True)  # a check never changes the file
    problems = integrity_check(db)
    revision = current_revision(db.engine)
    if args.json:
        print_json({"database": db.display_name, "schema": revision, "ok": not problems,
                    "problems": problems})
    else:
        say(f"database: {db.display_name}")
        say(f"schema: {revision}")
        for problem in problems:
            say(f"problem: {problem}")
        say("integrity: ok" if not problems else f"integrity: {len(problems)} problem(s)")
    return EXIT_OK if not problems else EXIT_INPUT


def cmd_backup(args: argparse.Namespace, ctx: Context) -> int:
    from organiser.core.storage import backup_to

    db = ctx.database(create=False)
    target = backup_to(db, args.file)
    say(f"backup of {db.display_name} written to {target}")
    return EXIT_OK
