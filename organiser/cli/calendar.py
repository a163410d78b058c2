"""`organiser invite`, `uninvite`, `ics`, `calendar`, `replies import` and `counters`."""

from __future__ import annotations

import argparse

from organiser.cli.context import (
    EXIT_INPUT,
    EXIT_OK,
    Context,
    error_line,
    record_id,
    say,
    warning_line,
)
from organiser.core.files import write_atomic


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    invite = subparsers.add_parser("invite", help="invite people to an event")
    invite.add_argument("event", metavar="EVENT", type=record_id, help="the event's numeric id")
    invite.add_argument("--person", type=record_id, action="append", default=[], metavar="ID")
    invite.add_argument("--email", action="append", default=[], metavar="ADDR",
                        help="a contact's address (a new contact is made for an unknown one)")
    invite.add_argument("--org", type=record_id, action="append", default=[], metavar="ID",
                        help="everyone of an organisation")
    invite.add_argument("--tag", action="append", default=[], metavar="NAME",
                        help="everyone with a tag")
    invite.add_argument("--role", default="participant",
                        help="chair, participant (default), optional or observer")
    invite.set_defaults(handler=cmd_invite)

    uninvite = subparsers.add_parser("uninvite", help="remove an invitee (they need a CANCEL)")
    uninvite.add_argument("event", metavar="EVENT", type=record_id)
    uninvite.add_argument("--email", action="append", required=True, metavar="ADDR")
    uninvite.set_defaults(handler=cmd_uninvite)

    ics = subparsers.add_parser("ics", help="write an event's calendar file (REQUEST or CANCEL)")
    ics.add_argument("event", metavar="EVENT", type=record_id)
    ics.add_argument("-o", "--output", required=True, metavar="FILE")
    ics.add_argument("--cancel-for", action="append", default=[], metavar="ADDR",
                     help="a CANCEL for this (removed) invitee only")
    ics.set_defaults(handler=cmd_ics)

    feed = subparsers.add_parser(
        "calendar", help="write the programme feed (-o FILE, METHOD:PUBLISH), or publish the "
                         "programme on a CalDAV calendar (publish)")
    feed.add_argument("-o", "--output", metavar="FILE", help="write the feed to FILE")
    feed.set_defaults(handler=cmd_calendar)
    on_server = feed.add_subparsers(dest="calendar_command", metavar="ACTION")
    publish = on_server.add_parser(
        "publish", help="put every planned event on the CalDAV calendar of the preferences "
                        "and remove cancelled ones (same UID and SEQUENCE as the invitations)")
    publish.add_argument("--force", action="store_true",
                         help="replace entries changed on the server since the last publish")
    publish.add_argument("--json", action="store_true")
    publish.set_defaults(handler=cmd_calendar_publish)
    password = on_server.add_parser(
        "password", help="store the CalDAV password in the system keyring (read from the "
                         "terminal, or one line of standard input)")
    password.add_argument("--forget", action="store_true", help="remove it instead")
    password.set_defaults(handler=cmd_calendar_password)

    replies = subparsers.add_parser("replies", help="calendar replies from invitees")
    sub = replies.add_subparsers(dest="replies_command", metavar="ACTION", required=True)
    imp = sub.add_parser("import", help="apply .ics or .eml replies, one line per file")
    imp.add_argument("files", nargs="+", metavar="FILE")
    imp.set_defaults(handler=cmd_replies_import)
    fetch = sub.add_parser(
        "fetch", help="fetch the replies from the mailbox (IMAP, Preferences → Replies), apply "
                      "them and move them to Organiser/Applied or Organiser/Not applied")
    fetch.add_argument("--json", action="store_true")
    fetch.set_defaults(handler=cmd_replies_fetch)
    password = sub.add_parser(
        "password", help="store the IMAP password in the system keyring (read from the "
                         "terminal, or one line of standard input)")
    password.add_argument("--forget", action="store_true", help="remove it instead")
    password.set_defaults(handler=cmd_replies_password)

    counters = subparsers.add_parser(
        "counters", help="invitees' proposals of another time (COUNTER): list, accept, decline")
    actions = counters.add_subparsers(dest="counters_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="an event's proposals with their status")
    listing.add_argument("event", metavar="EVENT", type=record_id)
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_counters_list)
    accept = actions.add_parser("accept", help="move the event to the proposed time (SEQUENCE "
                                               "rises, everyone is asked again)")
    accept.add_argument("counter", metavar="ID", type=record_id)
    accept.set_defaults(handler=cmd_counters_accept)
    decline = actions.add_parser("decline", help="keep the time; the DECLINECOUNTER goes to "
                                                 "the proposer (-o FILE.ics and/or --queue)")
    decline.add_argument("counter", metavar="ID", type=record_id)
    decline.add_argument("--comment", default="", help="a word for the proposer")
    decline.add_argument("-o", "--output", metavar="FILE", help="write the DECLINECOUNTER .ics")
    decline.add_argument("--queue", action="store_true",
                         help="put the message with the DECLINECOUNTER in the outbox")
    decline.set_defaults(handler=cmd_counters_decline)


def cmd_invite(args: argparse.Namespace, ctx: Context) -> int:
    from organiser.core.errors import InputError
    from organiser.services.invitations import invite

    if not (args.person or args.email or args.org or args.tag):
        raise InputError("say whom to invite: --person ID, --email ADDR, --org ID or --tag NAME")
    result = invite(ctx.database(), args.event, person_ids=args.person, emails=args.email,
                    organisation_ids=args.org, tags=args.tag, role=args.role)
    say(f"{result.describe()} (SEQUENCE {result.sequence})")
    for name in result.added:
        say(f"  + {name}")
    return EXIT_OK


def cmd_uninvite(args: argparse.Namespace, ctx: Context) -> int:
    from organiser.services.invitations import uninvite

    for removed in uninvite(ctx.database(), args.event, args.email):
        say(f"removed {removed.name} <{removed.email}>; send them the cancellation: "
            f"organiser mail {args.event} --what cancellations (or organiser ics {args.event} "
            f"--cancel-for {removed.email} -o FILE)")
    return EXIT_OK


def cmd_ics(args: argparse.Namespace, ctx: Context) -> int:
    from organiser.services.calendar_files import cancel_calendar, request_calendar

    db = ctx.database()
    if args.cancel_for:
        data = cancel_calendar(db, args.event, args.cancel_for)
        what = f"CANCEL for {', '.join(args.cancel_for)}"
    else:
        data = request_calendar(db, args.event)
        what = "CANCEL for everyone" if b"METHOD:CANCEL" in data else "REQUEST"
    write_atomic(args.output, data)
    say(f"{what} written to {args.output}")
    return EXIT_OK


def cmd_calendar(args: argparse.Namespace, ctx: Context) -> int:
    from organiser.core.errors import InputError
    from organiser.services.calendar_files import feed_calendar

    if not args.output:
        raise InputError("say what to do: -o FILE writes the feed, `calendar publish` puts "
                         "the programme on the CalDAV calendar", field="calendar")

    data = feed_calendar(ctx.database())
    write_atomic(args.output, data)
    say(f"programme feed written to {args.output} ({data.count(b'BEGIN:VEVENT')} events)")
    return EXIT_OK


def cmd_replies_import(args: argparse.Namespace, ctx: Context) -> int:
    from organiser.services.replies import import_replies

    results = import_replies(ctx.database(), args.files)
    for result in results:
        if result.recorded:
            say(result.line)
        else:
            error_line(result.line)
        for warning in result.warnings:
            warning_line(f"{result.file}: {warning}")
    # applied, already recorded, or a counter-proposal stored: recorded. Stale, unknown or
    # unreadable: not applied, exit 1.
    return EXIT_OK if all(r.recorded for r in results) else EXIT_INPUT


def cmd_replies_fetch(args: argparse.Namespace, ctx: Context) -> int:
    from organiser.cli.context import error_line, print_json
    from organiser.services.reply_fetch import fetch_replies

    report = fetch_replies(ctx.database(create=False))
    if args.json:
        print_json(report.as_json())
    else:
        for message in report.handled:
            say(message.line)
        say(report.summary())
    if report.error:
        error_line(f"replies not fetched: {report.error}; nothing was changed")
        return EXIT_INPUT
    return EXIT_INPUT if any(m.outcome in ("failed", "stale") for m in report.handled) \
        else EXIT_OK


def cmd_replies_password(args: argparse.Namespace, ctx: Context) -> int:
    from organiser.cli.context import store_password
    from organiser.services.reply_fetch import ImapConfig

    return store_password(ImapConfig.from_settings(), forget=args.forget)


def cmd_calendar_publish(args: argparse.Namespace, ctx: Context) -> int:
    from organiser.cli.context import error_line, print_json
    from organiser.services.calendar_publish import publish_calendar

    report = publish_calendar(ctx.database(create=False), force=args.force)
    if args.json:
        print_json(report.as_json())
    else:
        for title in report.put:
            say(f"published: {title}")
        for title in report.deleted:
            say(f"removed: {title}")
        for line in report.conflicts + report.failed:
            say(line)
        say(report.summary())
    if report.error:
        error_line(f"calendar not fully published: {report.error}; the rest is published "
                   "next time")
        return EXIT_INPUT
    return EXIT_INPUT if report.conflicts or report.failed else EXIT_OK


def cmd_calendar_password(args: argparse.Namespace, ctx: Context) -> int:
    from organiser.cli.context import store_password
    from organiser.services.calendar_publish import CalDavConfig

    return store_password(CalDavConfig.from_settings(), forget=args.forget)


def cmd_counters_list(args: argparse.Namespace, ctx: Context) -> int:
    from organiser.cli.context import print_json
    from organiser.services.counters import list_counters

    rows = list_counters(ctx.database(create=False), args.event)
    if args.json:
        print_json([row.as_json() for row in rows])
        return EXIT_OK
    for row in rows:
        data = row.as_json()
        when = f"{data['start'] or '?'} – {data['end'] or '?'}"
        comment = f"  “{row.comment}”" if row.comment else ""
        say(f"{row.id:>4}  {row.status.value:<8}  {row.name or row.email} <{row.email}>  "
            f"{when}{comment}")
    if not rows:
        say("no counter-proposal for this event")
    return EXIT_OK


def cmd_counters_accept(args: argparse.Namespace, ctx: Context) -> int:
    from organiser.services.counters import accept_counter

    change = accept_counter(ctx.database(create=False), args.counter)
    say(f"event {change.event_id} moved to the proposed time: SEQUENCE {change.sequence}, "
        f"{change.answers_reset} answer(s) reset to needs action; send the update "
        f"(organiser mail {change.event_id} --what invitations)")
    return EXIT_OK


def cmd_counters_decline(args: argparse.Namespace, ctx: Context) -> int:
    from organiser.core.errors import InputError
    from organiser.services.counters import decline_counter

    if not args.output and not args.queue:
        raise InputError("say where the DECLINECOUNTER goes: -o FILE.ics, --queue, or both",
                         field="decline")
    db = ctx.database(create=False)
    declined = decline_counter(db, args.counter, args.comment)
    if args.output:
        write_atomic(args.output, declined.calendar)
        say(f"DECLINECOUNTER for {declined.email} written to {args.output}")
    if args.queue:
        from organiser.services import mail, outbox

        batch = mail.prepare_declinecounter(db, declined, args.comment)
        outbox.queue_messages(db, batch.messages)
        say(f"message to {declined.email} queued in the outbox; send it with "
            "`organiser outbox send`")
    return EXIT_OK
