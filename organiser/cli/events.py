"""`organiser events ...`."""

from __future__ import annotations

import argparse

from organiser.cli.context import EXIT_OK, Context, print_json, say


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    events = subparsers.add_parser("events", help="list and show events")
    sub = events.add_subparsers(dest="events_command", metavar="ACTION", required=True)

    list_ = sub.add_parser("list", help="every event in date order")
    list_.add_argument("--json", action="store_true")
    list_.set_defaults(handler=cmd_list)

    show = sub.add_parser("show", help="one event with invitations, agenda and outcomes")
    show.add_argument("event", metavar="EVENT", type=int, help="the event's numeric id")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_show)


def cmd_list(args: argparse.Namespace, ctx: Context) -> int:
    from organiser.services.events import list_events

    rows = list_events(ctx.database())
    if args.json:
        print_json([row.as_json() for row in rows])
        return EXIT_OK
    for row in rows:
        when = row.local_start.strftime("%Y-%m-%d %H:%M")
        say(f"{row.id:>4}  {when} {row.timezone:<20} {row.kind.value:<20} "
            f"{row.status.value:<9} {row.invited:>4} invited  {row.title}")
    return EXIT_OK


def cmd_show(args: argparse.Namespace, ctx: Context) -> int:
    from organiser.services.events import event_details

    details = event_details(ctx.database(), args.event)
    if args.json:
        print_json(details)
        return EXIT_OK
    say(f"{details['title']} ({details['kind']}, {details['status']})")
    say(f"  {details['start']} – {details['end']} [{details['timezone']}]")
    if details["venue"]:
        say(f"  venue: {details['venue']}")
    say(f"  uid: {details['uid']}  sequence: {details['sequence']}")
    say(f"  invitations: {len(details['invitations'])}")
    for inv in details["invitations"]:
        say(f"    {inv['name']} <{inv['email']}> {inv['role']}: {inv['reply']}")
    if details["agenda"]:
        say(f"  agenda: {len(details['agenda'])} items")
        for item in details["agenda"]:
            say(f"    day {item['day']} {item['start'] or '':<25} {item['duration_minutes']:>4} min"
                f"  {item['title']}")
    return EXIT_OK
