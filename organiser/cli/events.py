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

    add = sub.add_parser("add", help="create an event; prints its id")
    add.add_argument("--title", required=True)
    add.add_argument("--kind", required=True,
                     help="consultation, information sharing, workshop or network meeting")
    add.add_argument("--start", required=True, metavar="ISO",
                     help="wall time in --tz, e.g. 2026-12-08T13:00")
    add.add_argument("--end", required=True, metavar="ISO")
    add.add_argument("--tz", required=True, metavar="ZONE", help="IANA zone, e.g. Europe/Paris")
    add.add_argument("--venue", default="")
    add.add_argument("--address", default="")
    add.add_argument("--online-url", default="", metavar="URL")
    add.add_argument("--description", default="")
    add.add_argument("--status", default="planned", help="draft or planned (default)")
    add.set_defaults(handler=cmd_add)

    cancel = sub.add_parser("cancel", help="cancel an event (its calendar becomes a CANCEL)")
    cancel.add_argument("event", metavar="EVENT", type=int, help="the event's numeric id")
    cancel.set_defaults(handler=cmd_cancel)


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


def cmd_add(args: argparse.Namespace, ctx: Context) -> int:
    from organiser.services.events import create_event

    event_id = create_event(
        ctx.database(), title=args.title, kind=args.kind, start=args.start, end=args.end,
        timezone=args.tz, venue=args.venue, address=args.address, online_url=args.online_url,
        description=args.description, status=args.status)
    say(str(event_id))
    return EXIT_OK


def cmd_cancel(args: argparse.Namespace, ctx: Context) -> int:
    from organiser.services.events import cancel_event

    change = cancel_event(ctx.database(), args.event)
    say(f"event {change.event_id} cancelled (SEQUENCE {change.sequence}); send its calendar "
        f"(organiser ics {change.event_id} -o FILE) to tell the invitees")
    return EXIT_OK
