"""`organiser programme ...` (timeline, lines, budget, report, next steps CSV) and `copy`."""

from __future__ import annotations

import argparse

from organiser.cli.context import EXIT_OK, Context, print_json, say


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    programme = subparsers.add_parser(
        "programme", help="the programme: timeline, lines of action, budget, report")
    sub = programme.add_subparsers(dest="programme_command", metavar="ACTION", required=True)

    timeline = sub.add_parser("timeline", help="the events in date order with their outcomes")
    timeline.add_argument("--json", action="store_true")
    timeline.set_defaults(handler=cmd_timeline)

    lines = sub.add_parser("lines", help="per line of action: ideas, decisions, next steps")
    lines.add_argument("--json", action="store_true")
    lines.set_defaults(handler=cmd_lines)

    budget = sub.add_parser("budget", help="budget lines, computed totals, stated totals checked")
    budget.add_argument("--json", action="store_true")
    budget.set_defaults(handler=cmd_budget)

    report = sub.add_parser("report", help="the programme report as PDF")
    report.add_argument("-o", "--output", metavar="FILE.pdf", required=True)
    report.add_argument("--language", default="en", choices=["en", "fr", "ar"],
                        help="language of the headings (default: en)")
    report.set_defaults(handler=cmd_report)

    csv = sub.add_parser("next-steps-csv",
                         help="every next step as CSV for spreadsheets (UTF-8 with BOM)")
    csv.add_argument("-o", "--output", metavar="FILE.csv", required=True)
    csv.set_defaults(handler=cmd_next_steps_csv)

    copy = subparsers.add_parser(
        "copy", help="copy a whole database between SQLite and PostgreSQL",
        description="Copy every record from one database to another: a SQLite file or a "
                    "SQLAlchemy URL (postgresql+psycopg://user@host/db), in either direction.")
    copy.add_argument("--from", dest="source", metavar="SRC", required=True)
    copy.add_argument("--to", dest="destination", metavar="DST", required=True)
    copy.add_argument("--replace", action="store_true",
                      help="overwrite a destination that already holds data")
    copy.set_defaults(handler=cmd_copy)


def cmd_timeline(args: argparse.Namespace, ctx: Context) -> int:
    from zoneinfo import ZoneInfo

    from organiser.services.programme import timeline

    rows = timeline(ctx.database())
    if args.json:
        print_json([row.as_json() for row in rows])
        return EXIT_OK
    for row in rows:
        when = row.start.astimezone(ZoneInfo(row.timezone)).strftime("%Y-%m-%d")
        say(f"{when}  {row.status.value:<9} {row.kind.value:<20} invited {row.invited:>3}  "
            f"attended {row.attended:>3}  decisions {row.decisions:>2}  "
            f"next steps {row.next_steps:>2}  {row.title}")
    return EXIT_OK


def cmd_lines(args: argparse.Namespace, ctx: Context) -> int:
    from organiser.services.programme import lines_of_action

    lines = lines_of_action(ctx.database())
    if args.json:
        print_json([line.as_json() for line in lines])
        return EXIT_OK
    for line in lines:
        say(f"{line.label}: {len(line.ideas)} ideas, {len(line.decisions)} decisions, "
            f"next steps {line.done} done / {line.open} open / {line.overdue} overdue")
        for step in line.next_steps:
            due = step.due_date.isoformat() if step.due_date else "no date"
            late = " OVERDUE" if step.overdue else ""
            status = step.status.value if step.status else ""
            say(f"    [{status}{late}] {due}  {step.owner}: {step.text}")
    return EXIT_OK


def cmd_budget(args: argparse.Namespace, ctx: Context) -> int:
    from organiser.services.programme import budget

    summary = budget(ctx.database())
    if args.json:
        print_json(summary.as_json())
        return EXIT_OK
    say(summary.programme)
    for row in summary.lines:
        say(f"  {row.category.value:<24} {row.amount:>16,.2f} {row.currency}  {row.description}")
    for currency, amount in summary.totals.items():
        say(f"  {'total (computed)':<24} {amount:>16,.2f} {currency}")
    for check in summary.stated:
        mark = "ok" if check.agrees else "DISAGREES"
        say(f"  {check.label}: {check.stated:,.2f} {check.currency} {mark}"
            + (f" - {check.flag}" if check.flag else ""))
    return EXIT_OK


def cmd_report(args: argparse.Namespace, ctx: Context) -> int:
    from organiser.services.programme import write_programme_report

    target = write_programme_report(ctx.database(), args.output, language=args.language)
    say(f"programme report written to {target}")
    return EXIT_OK


def cmd_next_steps_csv(args: argparse.Namespace, ctx: Context) -> int:
    from organiser.exporters.next_steps_csv import write_next_steps_csv
    from organiser.services.programme import next_step_rows

    rows = next_step_rows(ctx.database())
    target = write_next_steps_csv(rows, args.output)
    say(f"{len(rows)} next steps written to {target}")
    return EXIT_OK


def cmd_copy(args: argparse.Namespace, ctx: Context) -> int:
    from organiser.services.transfer import copy_database

    counts = copy_database(args.source, args.destination, replace=args.replace)
    total = sum(counts.values())
    say(f"copied {total} records in {sum(1 for n in counts.values() if n)} tables "
        f"to {_shown(args.destination)}")
    return EXIT_OK


def _shown(target: str) -> str:
    if "://" in target:
        from sqlalchemy.engine import make_url

        return make_url(target).render_as_string(hide_password=True)
    return target
