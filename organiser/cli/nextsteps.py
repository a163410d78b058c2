"""`organiser nextsteps ...`: follow next steps across the programme."""

from __future__ import annotations

import argparse

from organiser.cli.context import EXIT_OK, Context, print_json, record_id, say


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("nextsteps", help="list next steps and change their status")
    sub = parser.add_subparsers(dest="nextsteps_command", metavar="ACTION", required=True)

    list_ = sub.add_parser("list", help="next steps across every event, by due date")
    list_.add_argument("--overdue", action="store_true",
                       help="only open or in-progress steps past their due date")
    list_.add_argument("--owner", metavar="ID",
                       help="a person's id, or org:ID for an organisation (its own steps and "
                            "its people's)")
    list_.add_argument("--event", metavar="EVENT", type=record_id, help="an event's id")
    list_.add_argument("--status", metavar="S", action="append",
                       help="open, 'in progress', done or dropped (repeat for several)")
    list_.add_argument("--json", action="store_true")
    list_.set_defaults(handler=cmd_list)

    set_ = sub.add_parser("set", help="change a next step's status (the change is recorded)")
    set_.add_argument("id", metavar="ID", type=record_id)
    set_.add_argument("--status", metavar="S", required=True,
                      help="open, 'in progress', done or dropped")
    set_.add_argument("--note", default="", help="why, recorded with the change")
    set_.add_argument("--json", action="store_true")
    set_.set_defaults(handler=cmd_set)

    remind = sub.add_parser(
        "remind", help="one message per owner listing their open and overdue steps, in their "
                       "language: .eml drafts (-o DIR) or the outbox (--queue)")
    remind.add_argument("--days", type=int, default=7, metavar="N",
                        help="steps due within N days, and every overdue one (default 7)")
    where = remind.add_mutually_exclusive_group(required=True)
    where.add_argument("-o", "--output", metavar="DIR", help="write one .eml draft per message")
    where.add_argument("--queue", action="store_true", help="put the messages in the outbox")
    remind.add_argument("--again", action="store_true",
                        help="also remind steps already reminded today")
    remind.add_argument("--json", action="store_true")
    remind.set_defaults(handler=cmd_remind)


def _owner(value: str | None) -> tuple[int | None, int | None]:
    """(person id, organisation id) from '12', 'person:12' or 'org:3'."""
    from organiser.core.errors import InputError

    if value is None:
        return None, None
    kind, _, number = value.rpartition(":")
    if not number.isdigit() or kind.lower() not in ("", "person", "org", "organisation"):
        raise InputError(f"{value!r} is not a person id or org:ID", field="--owner")
    if kind.lower() in ("org", "organisation"):
        return None, int(number)
    return int(number), None


def cmd_list(args: argparse.Namespace, ctx: Context) -> int:
    import datetime as dt

    from organiser.services.nextsteps import NextStepFilter, list_next_steps, parse_status

    person, organisation = _owner(args.owner)
    statuses = frozenset(parse_status(s) for s in args.status) if args.status else None
    flt = NextStepFilter(owner_person_id=person, owner_organisation_id=organisation,
                         event_id=args.event, statuses=statuses, overdue=args.overdue)
    today = dt.date.today()
    rows = list_next_steps(ctx.database(), flt, today=today)
    if args.json:
        print_json([row.as_json(today) for row in rows])
        return EXIT_OK
    for row in rows:
        due = row.due_date.isoformat() if row.due_date else "no date"
        late = f"  OVERDUE {row.days_overdue(today)} d" if row.is_overdue(today) else ""
        say(f"{row.id:>5}  {due:<10}  {row.status.value:<11}  {row.owner_name or '—'}: "
            f"{row.text}{late}")
    if not rows:
        say("no next steps")
    return EXIT_OK


def cmd_set(args: argparse.Namespace, ctx: Context) -> int:
    import datetime as dt

    from organiser.services.nextsteps import parse_status, set_status

    row = set_status(ctx.database(), args.id, parse_status(args.status), note=args.note)
    if args.json:
        print_json(row.as_json(dt.date.today()))
    else:
        say(f"next step {row.id}: {row.status.value}")
    return EXIT_OK


def cmd_remind(args: argparse.Namespace, ctx: Context) -> int:
    from organiser.services.reminders import remind

    batch = remind(ctx.database(create=False), days=args.days, output=args.output,
                   queue=args.queue, again=args.again)
    if args.json:
        print_json(batch.as_json())
        return EXIT_OK
    for skipped in batch.skipped:
        say(f"skipped: {skipped}")
    for reminder in batch.reminders:
        say(f"{reminder.message.recipient}: {reminder.message.subject}")
    say(batch.summary())
    if batch.files:
        say(f"written to {args.output}")
    if batch.queued:
        say("queued in the outbox; send them with `organiser outbox send`")
    return EXIT_OK
