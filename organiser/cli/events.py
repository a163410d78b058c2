"""`organiser events ...`."""

from __future__ import annotations

import argparse

from organiser.cli.context import EXIT_OK, Context, print_json, record_id, say
from organiser.core.translations import LANGUAGES as DOCUMENT_LANGUAGES


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    events = subparsers.add_parser("events", help="list and show events")
    sub = events.add_subparsers(dest="events_command", metavar="ACTION", required=True)

    list_ = sub.add_parser("list", help="every event in date order")
    list_.add_argument("--json", action="store_true")
    list_.set_defaults(handler=cmd_list)

    show = sub.add_parser("show", help="one event with invitations, agenda and outcomes")
    show.add_argument("event", metavar="EVENT", type=record_id, help="the event's numeric id")
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
    add.add_argument("--language", default="en", choices=DOCUMENT_LANGUAGES,
                     help="the language of its documents (agenda, minutes, sheets; default en)")
    add.set_defaults(handler=cmd_add)

    edit = sub.add_parser(
        "edit", help="change an event; prints what changed, whether SEQUENCE rose and how "
                     "many answers were asked again")
    edit.add_argument("event", metavar="EVENT", type=record_id, help="the event's numeric id")
    edit.add_argument("--title")
    edit.add_argument("--start", metavar="ISO",
                      help="new start, wall time in --tz (or the event's zone); without --end "
                           "the duration is kept")
    edit.add_argument("--end", metavar="ISO")
    edit.add_argument("--tz", metavar="ZONE",
                      help="new zone; without --start/--end the wall times stay")
    edit.add_argument("--venue")
    edit.add_argument("--address")
    edit.add_argument("--online-url", metavar="URL")
    edit.add_argument("--description")
    edit.add_argument("--status", help="draft, planned, held or cancelled")
    edit.add_argument("--language", choices=DOCUMENT_LANGUAGES,
                      help="the language of its documents (agenda, minutes, sheets)")
    edit.set_defaults(handler=cmd_edit)

    cancel = sub.add_parser("cancel", help="cancel an event (its calendar becomes a CANCEL)")
    cancel.add_argument("event", metavar="EVENT", type=record_id, help="the event's numeric id")
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
        delegated = f" (delegated to {inv['delegated_to']})" if inv["delegated_to"] else ""
        say(f"    {inv['name']} <{inv['email']}> {inv['role']}: {inv['reply']}{delegated}")
    proposals = details["counter_proposals"]
    if proposals:
        say(f"  proposals of another time: {len(proposals)} "
            f"({sum(1 for p in proposals if p['status'] == 'open')} open; "
            f"organiser counters list {details['id']})")
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
        description=args.description, status=args.status, language=args.language)
    warn_removed(args, ("title", "venue", "address", "description"))
    say(str(event_id))
    return EXIT_OK


def warn_removed(args: argparse.Namespace, names: tuple[str, ...]) -> None:
    """Say which field lost invisible characters (core.text removed them on the way in)."""
    from organiser.cli.context import warning_line
    from organiser.core.text import removed_characters

    for name in names:
        value = getattr(args, name, None)
        removed = removed_characters(value, multiline=name in ("address", "description"),
                                     line_breaks=False) if value else None
        if removed:
            warning_line(f"{name}: {removed} removed")


EDIT_OPTIONS = (("title", "title"), ("start", "start"), ("end", "end"), ("tz", "timezone"),
                ("venue", "venue"), ("address", "address"), ("online_url", "online_url"),
                ("description", "description"), ("status", "status"),
                ("language", "language"))


def cmd_edit(args: argparse.Namespace, ctx: Context) -> int:
    from organiser.core.errors import InputError
    from organiser.services.events import event_form_values, parse_when, update_event

    changes = {name: getattr(args, option) for option, name in EDIT_OPTIONS
               if getattr(args, option) is not None}
    if not changes:
        raise InputError("say what to change: --title, --start/--end/--tz, --venue, "
                         "--address, --online-url, --description, --status or --language",
                         field="edit")
    db = ctx.database(create=False)
    before = event_form_values(db, args.event)
    if "start" in changes and "end" not in changes:
        # moving a meeting keeps its length (wall times in the new zone, if one is given)
        start = parse_when(changes["start"], field="start")
        length = before["end"] - before["start"]
        changes["end"] = (start + length).isoformat() if start.tzinfo is None else \
            start + length
    change = update_event(db, args.event, **changes)
    after = event_form_values(db, args.event)
    if not change.changed:
        say(f"event {args.event}: nothing changed (SEQUENCE {change.sequence})")
        return EXIT_OK
    for name in change.changed:
        say(f"  {name}: {_shown(before.get(name))} → {_shown(after.get(name))}")
    if change.bumped:
        say(f"SEQUENCE rose to {change.sequence}: send the update "
            f"(organiser mail {args.event} --what invitations)")
    else:
        say(f"SEQUENCE stays {change.sequence} (no new version for calendars)")
    if change.answers_reset:
        say(f"{change.answers_reset} answer(s) reset to needs action: everyone is asked again")
    else:
        say("answers kept")
    return EXIT_OK


def _shown(value: object) -> str:
    import datetime as dt

    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    text = str(getattr(value, "value", value) if value is not None else "")
    return repr(text) if len(text) < 60 else repr(text[:57] + "...")


def cmd_cancel(args: argparse.Namespace, ctx: Context) -> int:
    from organiser.services.events import cancel_event

    change = cancel_event(ctx.database(), args.event)
    say(f"event {change.event_id} cancelled (SEQUENCE {change.sequence}); send its calendar "
        f"(organiser ics {change.event_id} -o FILE) to tell the invitees")
    return EXIT_OK
