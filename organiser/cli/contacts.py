"""`organiser contacts ...`: list, import, export."""

from __future__ import annotations

import argparse
import sys

from organiser.cli.context import EXIT_INPUT, EXIT_OK, Context, print_json, record_id, say


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    contacts = subparsers.add_parser("contacts", help="people and organisations")
    sub = contacts.add_subparsers(dest="contacts_command", metavar="ACTION", required=True)
    list_ = sub.add_parser("list", help="every person, sorted by family name")
    list_.add_argument("--json", action="store_true")
    list_.set_defaults(handler=cmd_list)

    imp = sub.add_parser("import", help="import people from a CSV (Outlook, Google, Excel) "
                                        "or vCard file, all or nothing")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help="show what would happen; write nothing")
    imp.add_argument("--json", action="store_true", help="the outcome of every row as JSON")
    imp.add_argument("--skip-errors", action="store_true",
                     help="import the good rows even when some rows have errors")
    imp.add_argument("--encoding", type=_encoding, metavar="CODEC",
                     help="the file's text encoding, any Python codec name (utf-8, cp1251, "
                          "cp1256, koi8_r, shift_jis, mac_roman...; default: detected)")
    imp.set_defaults(handler=cmd_import)

    exp = sub.add_parser("export", help="write every person to FILE (.csv or .vcf)")
    exp.add_argument("file", metavar="FILE")
    exp.add_argument("--tag", help="only the people with this tag")
    exp.set_defaults(handler=cmd_export)

    dup = sub.add_parser("duplicates", help="likely duplicate people")
    dup.add_argument("--json", action="store_true")
    dup.set_defaults(handler=cmd_duplicates)

    merge = sub.add_parser("merge", help="merge person OTHER into KEEP (invitations, attendance "
                                         "and next steps move to KEEP)")
    merge.add_argument("keep", type=record_id, metavar="KEEP")
    merge.add_argument("other", type=record_id, metavar="OTHER")
    merge.set_defaults(handler=cmd_merge)
    merge_orgs = sub.add_parser("merge-organisations",
                                help="merge organisation OTHER into KEEP (its people and next "
                                     "steps move; for twins of one name)")
    merge_orgs.add_argument("keep", type=record_id, metavar="KEEP")
    merge_orgs.add_argument("other", type=record_id, metavar="OTHER")
    merge_orgs.set_defaults(handler=cmd_merge_organisations)


def _encoding(value: str) -> str:
    import codecs

    try:
        return codecs.lookup(value).name
    except LookupError:
        raise argparse.ArgumentTypeError(
            f"unknown encoding {value!r}: give a Python codec name such as utf-8, cp1251, "
            "cp1256, koi8_r, shift_jis, gb18030, big5, euc_kr or mac_roman") from None


def cmd_list(args: argparse.Namespace, ctx: Context) -> int:
    from organiser.services.people import list_people

    rows = list_people(ctx.database())
    if args.json:
        print_json([row.as_json() for row in rows])
        return EXIT_OK
    for row in rows:
        email = row.emails[0] if row.emails else ""
        say(f"{row.id:>5}  {row.name:<30} {email:<35} {row.organisation}")
    return EXIT_OK


def _stderr(line: str) -> None:
    err = sys.stderr
    if hasattr(err, "buffer"):
        err.flush()
        err.buffer.write((line + "\n").encode("utf-8"))
        err.buffer.flush()
    else:
        err.write(line + "\n")


def cmd_import(args: argparse.Namespace, ctx: Context) -> int:
    from pathlib import Path

    from organiser.cli.context import error_line
    from organiser.core.errors import InputError
    from organiser.importers.encoding import Decoded
    from organiser.services.contacts_import import apply_import, plan_import

    path = Path(args.file)
    if path.suffix.lower() in (".vcf", ".vcard"):
        from organiser.importers.vcard import read_vcard_file

        records, decoded = read_vcard_file(path, args.encoding)
    else:
        from organiser.importers.contacts_csv import read_contacts_csv

        table = read_contacts_csv(path, encoding=args.encoding)
        records = table.records()
        decoded = Decoded("", table.encoding, table.encoding_guessed,
                          table.encoding_alternatives)
    guessed, encoding_label = decoded.guessed, decoded.label
    if decoded.uncertain:
        # names read in the wrong code page would be stored garbled: the coordinator chooses
        raise InputError(
            f"not UTF-8, and the encoding is uncertain: read as {encoding_label}, but "
            f"{decoded.doubt()}; nothing was imported: give the encoding with --encoding, "
            f"e.g. --encoding {decoded.encoding} or --encoding {decoded.alternatives[0][0]}",
            file=args.file)
    if guessed:
        _stderr(f"{args.file}: not UTF-8; read as {encoding_label} (a guess: if names look "
                "wrong, give the encoding with --encoding, e.g. --encoding cp1251)")
    db = ctx.database()
    plan = plan_import(db, records, args.file)
    failed = bool(plan.errors) and not args.skip_errors
    if not args.dry_run and not failed:
        try:
            plan = apply_import(db, records, args.file, skip_errors=args.skip_errors)
        except InputError:
            failed = True
    for line in plan.error_lines():
        _stderr(line)
    if not args.json:
        for line in plan.warning_lines():
            _stderr(line)
    if args.json:
        print_json({**plan.as_json(), "dry_run": bool(args.dry_run)})
    elif not failed:
        say(plan.summary())
    if failed:
        error_line(f"{args.file}: {len(plan.errors)} rows with errors; nothing was imported"
                   + (" (--skip-errors imports the other rows)" if not args.dry_run else ""))
        return EXIT_INPUT
    return EXIT_OK


def cmd_export(args: argparse.Namespace, ctx: Context) -> int:
    from organiser.services.contact_export import export_contacts

    db = ctx.database()
    ids = None
    if args.tag:
        from organiser.services.tags import people_with_tags

        ids = people_with_tags(db, [args.tag])
    result = export_contacts(db, args.file, ids)
    say(f"exported {result['people']} people to {result['file']}")
    return EXIT_OK


def cmd_duplicates(args: argparse.Namespace, ctx: Context) -> int:
    from organiser.services.duplicates import find_duplicates

    pairs = find_duplicates(ctx.database())
    if args.json:
        print_json([p.as_json() for p in pairs])
        return EXIT_OK
    for p in pairs:
        say(f"{p.keep_id:>5} {p.keep_name}  ~  {p.other_id:>5} {p.other_name}: {p.reason}")
    if not pairs:
        say("no likely duplicates")
    return EXIT_OK


def cmd_merge(args: argparse.Namespace, ctx: Context) -> int:
    from organiser.services.duplicates import merge_people

    moved = merge_people(ctx.database(), args.keep, args.other)
    say(f"merged #{args.other} into #{args.keep}: " +
        ", ".join(f"{n} {what}" for what, n in moved.items()))
    return EXIT_OK


def cmd_merge_organisations(args: argparse.Namespace, ctx: Context) -> int:
    from organiser.services.organisations import merge_organisations

    moved = merge_organisations(ctx.database(), args.keep, args.other)
    say(f"merged organisation #{args.other} into #{args.keep}: {moved} people moved")
    return EXIT_OK
