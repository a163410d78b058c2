"""`organiser contacts ...`."""

from __future__ import annotations

import argparse

from organiser.cli.context import EXIT_OK, Context, print_json, say


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    contacts = subparsers.add_parser("contacts", help="people and organisations")
    sub = contacts.add_subparsers(dest="contacts_command", metavar="ACTION", required=True)
    list_ = sub.add_parser("list", help="every person, sorted by family name")
    list_.add_argument("--json", action="store_true")
    list_.set_defaults(handler=cmd_list)


def cmd_list(args: argparse.Namespace, ctx: Context) -> int:
    from organiser.services.contacts import list_people

    rows = list_people(ctx.database())
    if args.json:
        print_json([row.as_json() for row in rows])
        return EXIT_OK
    for row in rows:
        email = row.emails[0] if row.emails else ""
        say(f"{row.id:>5}  {row.name:<30} {email:<35} {row.organisation}")
    return EXIT_OK
