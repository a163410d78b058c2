"""`organiser pdf minutes|agenda|signin|votes EVENT -o FILE.pdf`; `organiser minutes ...`."""

from __future__ import annotations

import argparse

from organiser.cli.context import EXIT_OK, Context, print_json, record_id, say
from organiser.core.files import write_atomic

KINDS = {
    "minutes": "the minutes: attendance, agenda, discussion, decisions, brainstorming, next steps",
    "agenda": "the agenda with times in the event's time zone (and optionally a second one)",
    "signin": "a sign-in sheet: invitees by organisation, signature column, blank rows",
    "votes": "a dot-vote sheet: themes and ideas with boxes to tick",
}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    pdf = subparsers.add_parser("pdf", help="make a PDF document of an event")
    sub = pdf.add_subparsers(dest="pdf_kind", metavar="DOCUMENT", required=True)
    for kind, help_text in KINDS.items():
        one = sub.add_parser(kind, help=help_text)
        one.add_argument("event", metavar="EVENT", type=record_id, help="the event's numeric id")
        one.add_argument("-o", "--output", metavar="FILE.pdf", required=True)
        if kind == "agenda":
            one.add_argument("--second-tz", metavar="ZONE",
                             help="also show times in this IANA zone, e.g. America/New_York")
        one.set_defaults(handler=cmd_pdf, kind=kind)

    minutes = subparsers.add_parser("minutes", help="minutes sign-off: status, approve, "
                                                    "new version")
    msub = minutes.add_subparsers(dest="minutes_command", metavar="ACTION", required=True)
    status = msub.add_parser("status", help="draft or approved, with the versions issued")
    status.add_argument("event", metavar="EVENT", type=record_id)
    status.add_argument("--json", action="store_true")
    status.set_defaults(handler=cmd_minutes_status)
    approve = msub.add_parser("approve", help="approve the draft (it becomes read-only)")
    approve.add_argument("event", metavar="EVENT", type=record_id)
    approve.add_argument("--by", required=True, help="who approves")
    approve.add_argument("--note", default="", help="what changed (needed from version 2)")
    approve.set_defaults(handler=cmd_minutes_approve)
    reopen = msub.add_parser("new-version", help="reopen approved minutes as a new draft")
    reopen.add_argument("event", metavar="EVENT", type=record_id)
    reopen.set_defaults(handler=cmd_minutes_new_version)


def cmd_pdf(args: argparse.Namespace, ctx: Context) -> int:
    from pathlib import Path

    from organiser.core.errors import InputError
    from organiser.services.documents import render_document

    target = Path(args.output).expanduser()
    if not target.parent.is_dir():
        raise InputError("the folder does not exist", file=str(target.parent))
    options = {}
    if getattr(args, "second_tz", None):
        options["second_timezone"] = args.second_tz
    data = render_document(ctx.database(), args.kind, args.event, **options)
    write_atomic(target, data)
    say(f"wrote {target} ({len(data) // 1024 + 1} KB)")
    return EXIT_OK


def _print_state(state: object, as_json: bool) -> None:
    from organiser.services.minutes import MinutesState

    assert isinstance(state, MinutesState)
    if as_json:
        print_json({"event_id": state.event_id, "status": state.status.value,
                    "revisions": [r.as_json() for r in state.revisions]})
        return
    say(state.describe())
    for r in state.revisions:
        say(f"  version {r.number}: {r.approved_by}, {r.approved_at:%Y-%m-%d %H:%M} UTC"
            + (f" — {r.change_note}" if r.change_note else ""))


def cmd_minutes_status(args: argparse.Namespace, ctx: Context) -> int:
    from organiser.services.minutes import minutes_state

    _print_state(minutes_state(ctx.database(), args.event), args.json)
    return EXIT_OK


def cmd_minutes_approve(args: argparse.Namespace, ctx: Context) -> int:
    from organiser.services.minutes import approve_minutes

    _print_state(approve_minutes(ctx.database(), args.event, args.by,
                                 change_note=args.note), False)
    return EXIT_OK


def cmd_minutes_new_version(args: argparse.Namespace, ctx: Context) -> int:
    from organiser.services.minutes import start_new_version

    _print_state(start_new_version(ctx.database(), args.event), False)
    return EXIT_OK
