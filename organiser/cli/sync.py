"""`organiser sync status|log`: what the status bar shows, and the runs behind it."""

from __future__ import annotations

import argparse

from organiser.cli.context import EXIT_OK, Context, print_json, say


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "sync", help="the online state: last fetch of replies, last publish, messages waiting")
    sub = parser.add_subparsers(dest="sync_command", metavar="ACTION", required=True)
    status = sub.add_parser("status", help="online or offline, last fetch and publish, "
                                           "messages waiting in the outbox")
    status.add_argument("--json", action="store_true")
    status.set_defaults(handler=cmd_status)
    log = sub.add_parser("log", help="the latest fetch, publish, send and reminder runs")
    log.add_argument("--limit", type=int, default=20, metavar="N")
    log.add_argument("--json", action="store_true")
    log.set_defaults(handler=cmd_log)


def cmd_status(args: argparse.Namespace, ctx: Context) -> int:
    from organiser.services.sync import sync_status

    status = sync_status(ctx.database(create=False))
    if args.json:
        print_json(status.as_json())
        return EXIT_OK
    state = {None: "not synced yet", True: "online", False: "offline"}[status.online]
    say(f"state: {state}")
    for title, line in (("replies fetched", status.last_fetch),
                        ("calendar published", status.last_publish),
                        ("mail sent", status.last_send)):
        if line is not None:
            reached = "" if line.reached else " (server not reached)"
            say(f"{title}: {line.at.astimezone():%Y-%m-%d %H:%M} {line.summary}{reached}")
    say(f"waiting in the outbox: {status.waiting}")
    return EXIT_OK


def cmd_log(args: argparse.Namespace, ctx: Context) -> int:
    from organiser.services.sync import sync_log

    lines = sync_log(ctx.database(create=False), max(1, args.limit))
    if args.json:
        print_json([line.as_json() for line in lines])
        return EXIT_OK
    for line in lines:
        reached = "" if line.reached else " (server not reached)"
        say(f"{line.at.astimezone():%Y-%m-%d %H:%M}  {line.kind:<7}  {line.summary}{reached}")
    if not lines:
        say("nothing fetched, published, sent or reminded yet")
    return EXIT_OK
