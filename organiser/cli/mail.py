"""`organiser mail`, `outbox` and `restore`."""

from __future__ import annotations

import argparse

from organiser.cli.context import (
    EXIT_INPUT,
    EXIT_OK,
    Context,
    error_line,
    print_json,
    record_id,
    say,
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    mail = subparsers.add_parser(
        "mail", help="prepare an event's messages: .eml files (-o) or the outbox (--queue)")
    mail.add_argument("event", metavar="EVENT", type=record_id, help="the event's number")
    mail.add_argument("--what", choices=("invitations", "cancellations", "minutes"),
                      default="invitations",
                      help="invitations (updates once sent; cancellations of a cancelled "
                           "event), or the minutes PDF to the attendees")
    mail.add_argument("-o", "--output", metavar="DIR", help="write one .eml file per message")
    mail.add_argument("--queue", action="store_true", help="put the messages in the outbox")
    mail.add_argument("--no-mark-sent", action="store_true",
                      help="do not record the invitations as sent (a preview)")
    mail.add_argument("--json", action="store_true")
    mail.set_defaults(handler=cmd_mail)

    box = subparsers.add_parser("outbox", help="messages waiting to be sent, and sending them")
    actions = box.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="every message with its status and the "
                                              "server's answer")
    listing.add_argument("--status", choices=("queued", "sending", "sent", "failed"))
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_outbox_list)
    send = actions.add_parser("send", help="send the queued messages through SMTP")
    send.add_argument("--retry-failed", action="store_true",
                      help="also try again the messages the server refused")
    send.add_argument("--resend-unsure", action="store_true",
                      help="also send again the messages that may have been sent already "
                           "(their sender stopped mid-send: check with the recipient first)")
    send.add_argument("--id", type=record_id, action="append", dest="ids", metavar="N",
                      help="only this message (repeatable)")
    send.add_argument("--json", action="store_true")
    send.set_defaults(handler=cmd_outbox_send)
    password = actions.add_parser(
        "password", help="store the SMTP password in the system keyring (read from the "
                         "terminal, or one line of standard input)")
    password.add_argument("--forget", action="store_true", help="remove it instead")
    password.set_defaults(handler=cmd_outbox_password)
    discard = actions.add_parser("discard", help="remove unsent messages")
    discard.add_argument("ids", type=record_id, nargs="+", metavar="N")
    discard.set_defaults(handler=cmd_outbox_discard)

    restore = subparsers.add_parser(
        "restore", help="put a backup in place of the database (the current file is kept "
                        "aside); --list shows the automatic backups")
    restore.add_argument("file", metavar="FILE", nargs="?")
    restore.add_argument("--list", action="store_true", help="list the automatic backups")
    restore.add_argument("--json", action="store_true")
    restore.set_defaults(handler=cmd_restore)


def cmd_mail(args: argparse.Namespace, ctx: Context) -> int:
    from organiser.core.errors import InputError
    from organiser.services import mail, outbox

    if not args.output and not args.queue:
        raise InputError("say where the messages go: -o DIR for .eml files, or --queue for "
                         "the outbox", field="mail")
    db = ctx.database(create=False)
    batch = mail.prepare(db, args.event, args.what)
    written = mail.write_eml(batch.messages, args.output) if args.output else []
    queued = outbox.queue_messages(db, batch.messages) if args.queue else []
    if batch.messages and not args.no_mark_sent:
        mail.mark_sent(db, batch.messages)
    if args.json:
        print_json({"messages": [{"purpose": m.purpose.value, "recipient": m.recipient,
                                  "subject": m.subject} for m in batch.messages],
                    "files": [str(p) for p in written], "queued": queued,
                    "skipped": batch.skipped})
        return EXIT_OK
    for skipped in batch.skipped:
        say(f"skipped: {skipped}")
    if written:
        say(f"{len(written)} message(s) written to {args.output}")
    if queued:
        say(f"{len(queued)} message(s) queued in the outbox; send them with "
            "`organiser outbox send`")
    if not batch.messages:
        say("no message to prepare")
    return EXIT_OK


def cmd_outbox_list(args: argparse.Namespace, ctx: Context) -> int:
    from organiser.core.enums import OutboxStatus
    from organiser.services.outbox import list_outbox

    statuses = [OutboxStatus(args.status)] if args.status else None
    rows = list_outbox(ctx.database(create=False), statuses)
    if args.json:
        print_json([row.as_json() for row in rows])
        return EXIT_OK
    for row in rows:
        answer = f"  [{row.last_error}]" if row.last_error else ""
        say(f"{row.id:>5}  {row.state:<7}  {row.recipient}  {row.subject}{answer}")
    if not rows:
        say("the outbox is empty")
    return EXIT_OK


def cmd_outbox_send(args: argparse.Namespace, ctx: Context) -> int:
    from organiser.services.outbox import send_outbox

    report = send_outbox(ctx.database(create=False), ids=args.ids,
                         include_failed=args.retry_failed, resend_unsure=args.resend_unsure)
    if args.json:
        print_json(report.as_json())
    else:
        for message_id, answer in report.failed:
            say(f"refused: message {message_id}: {answer}")
        say(report.summary())
    if report.error:
        error_line(f"not all sent: {report.error}; the messages stay queued")
        return EXIT_INPUT
    if report.unsure:
        listed = ", ".join(str(i) for i in report.unsure)
        error_line(f"message(s) {listed} may have been sent already (a send stopped midway); "
                   "not sent again. If the recipients did not get them: "
                   "`organiser outbox send --resend-unsure`")
        return EXIT_INPUT
    return EXIT_OK if not report.failed else EXIT_INPUT


def cmd_outbox_password(args: argparse.Namespace, ctx: Context) -> int:
    from organiser.cli.context import store_password
    from organiser.services.outbox import SmtpConfig

    return store_password(SmtpConfig.from_settings(), forget=args.forget)


def cmd_outbox_discard(args: argparse.Namespace, ctx: Context) -> int:
    from organiser.services.outbox import discard

    removed = discard(ctx.database(create=False), args.ids)
    say(f"{removed} message(s) removed from the outbox")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, ctx: Context) -> int:
    from pathlib import Path

    from organiser.core.errors import InputError
    from organiser.core.instance import acquire
    from organiser.services.backups import list_backups, restore

    target = ctx.target
    if "://" in target:
        raise InputError("restore works on a SQLite file; for a server database use the "
                         "server's own tools", field="--db")
    if args.list:
        backups = list_backups(target)
        if args.json:
            print_json([b.as_json() for b in backups])
        else:
            for backup in backups:
                say(f"{backup.day}  {backup.size // 1024:>6} KiB  {backup.path}")
            if not backups:
                say(f"no automatic backup of {target} yet")
        return EXIT_OK
    if not args.file:
        raise InputError("name the backup file to restore (see `organiser restore --list`)",
                         field="FILE")
    with acquire(target):
        aside = restore(args.file, target)
    say(f"restored {args.file} into {Path(target).expanduser()}")
    if aside is not None:
        say(f"the previous file is kept as {aside}")
    return EXIT_OK
