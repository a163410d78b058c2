"""The programme report (PDF): events held, attendance, decisions and next steps by line of
action, and the budget with computed totals and the stated totals that disagree.

Pure: the figures come in (read by `services.programme`, which also holds the use case
`write_programme_report`), the PDF's bytes come out.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from organiser.core.errors import InputError
from organiser.core.files import write_atomic
from organiser.core.i18n_docs import document_language, heading, text
from organiser.core.translations import translate

if TYPE_CHECKING:  # the figures' types, for the type checker only
    from organiser.services.programme import BudgetSummary, LineProgress, TimelineEvent


def programme_report_pdf(events: list[TimelineEvent], lines: list[LineProgress],
                         money: BudgetSummary, *, today: dt.date, language: str = "en",
                         author: str = "") -> bytes:
    """The report's bytes in `language` (en, fr, ar): its words from the .ts files, its dates,
    numbers and amounts in that locale's formats; `author` (the coordinator, else the app) in
    its metadata."""
    with document_language(language):
        return _report(events, lines, money, today=today, language=language, author=author)


def _report(events: list[TimelineEvent], lines: list[LineProgress], money: BudgetSummary, *,
            today: dt.date, language: str, author: str) -> bytes:
    from babel.numbers import format_currency, format_decimal
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Spacer, Table

    from organiser.exporters.pdf.blocks import document_locale, short_date
    from organiser.exporters.pdf.styles import OVERDUE, styles, table_style
    from organiser.exporters.pdf.template import PageSetup, build_pdf, frame_width
    from organiser.exporters.pdf.text import para

    s = dict(styles())
    from reportlab.lib.styles import ParagraphStyle

    s["flag"] = ParagraphStyle("flag", parent=s["cell"], textColor=HexColor(OVERDUE))

    locale = document_locale()

    def h(key: str) -> str:
        return heading(key, language)

    def word(context: str, value: str) -> str:  # a status or kind, as the interface says it
        return translate(language, context, value)

    def money_text(amount: Any, currency: str) -> str:
        return format_currency(amount, currency, locale=locale)

    def difference(value: Any) -> str:  # signed, two decimals, the locale's separators
        return ("+" if value > 0 else "") + format_decimal(value, "#,##0.00", locale=locale)

    title = h("programme_report")
    from organiser.exporters.pdf.blocks import language_tag

    setup = PageSetup(title=title, header=money.programme,
                      full_title=" — ".join(p for p in (title, money.programme) if p),
                      subject=f"{money.programme}, {short_date(today)}", author=author,
                      keywords=(title, money.programme),
                      footer=f"{money.programme} — {short_date(today)}",
                      page_of=text("Page {page} of {pages}"), language=language,
                      language_tag=language_tag())
    width = frame_width(setup)
    story: list[Any] = [para(title, s["title"])]
    if money.programme:
        story.append(para(money.programme, s["subtitle"]))
    story.append(para(short_date(today), s["meta"]))

    # events held and planned, with attendance counts
    story.append(para(h("events"), s["h1"]))
    rows: list[list[Any]] = [[para(h(k), s["cell_head"]) for k in
                              ("date", "event", "status", "invited", "attended", "decisions",
                               "next_steps")]]
    for event in events:
        local = event.start.astimezone(ZoneInfo(event.timezone)).date()
        rows.append([
            para(short_date(local), s["cell"]),
            para(f"{event.title}\n{word('EventKind', event.kind.value)}", s["cell"],
                 follow_direction=False),
            para(word("EventStatus", event.status.value), s["cell"]),
            para(str(event.invited), s["cell_right"]),
            para(str(event.attended) if event.status.value == "held" else "–",
                 s["cell_right"]),
            para(str(event.decisions), s["cell_right"]),
            para(str(event.next_steps), s["cell_right"]),
        ])
    fractions = [0.12, 0.34, 0.1, 0.11, 0.11, 0.11, 0.11]
    story.append(Table(rows, colWidths=[f * width for f in fractions], repeatRows=1,
                       style=table_style()))
    held = [e for e in events if e.status.value == "held"]
    story.append(para(f"{h('held')}: {len(held)} / {len(events)}; {h('attended')}: "
                      f"{sum(e.attended for e in held)}", s["note"]))

    # by line of action
    story.append(para(h("lines_of_action"), s["h1"]))
    for line in lines:
        story.append(para(f"{line.label} — {h('done')} {line.done}, {h('open')} {line.open}, "
                          f"{h('overdue')} {line.overdue}", s["h2"]))
        if line.decisions:
            story.append(para(h("decisions"), s["cell_bold"]))
            for decision in line.decisions:
                story.append(para(f"• {decision.text} ({decision.event_title})", s["body"]))
        if line.next_steps:
            steps: list[list[Any]] = [[para(h(k), s["cell_head"]) for k in
                                       ("next_steps", "owner", "due", "status")]]
            for step in line.next_steps:
                status = word("NextStepStatus", step.status.value) if step.status else ""
                if step.overdue:
                    status = f"{status} — {h('overdue').lower()}"
                steps.append([
                    para(step.text, s["cell"], follow_direction=False),
                    para(step.owner, s["cell"], follow_direction=False),
                    para(short_date(step.due_date), s["cell"]),
                    para(status, s["flag"] if step.overdue else s["cell"]),
                ])
            story.append(Table(steps, colWidths=[0.5 * width, 0.22 * width, 0.12 * width,
                                                 0.16 * width],
                               repeatRows=1, style=table_style()))
        if not line.decisions and not line.next_steps:
            story.append(para(f"{len(line.ideas)} {h('ideas').lower()}", s["note"]))
        story.append(Spacer(1, 4))

    # budget
    story.append(para(h("budget"), s["h1"]))
    table: list[list[Any]] = [[para(h("category"), s["cell_head"]),
                               para(h("item"), s["cell_head"]),
                               para(h("amount"), s["cell_head"])]]
    for row in money.lines:
        table.append([para(row.category.value, s["cell"]),
                      para(row.description, s["cell"], follow_direction=False),
                      para(money_text(row.amount, row.currency), s["cell_right"])])
    for currency, amount in money.totals.items():
        table.append([para(h("computed_total"), s["cell_bold"]), "",
                      para(money_text(amount, currency), s["cell_right"])])
    last = len(table) - 1
    story.append(Table(table, colWidths=[0.3 * width, 0.4 * width, 0.3 * width],
                       repeatRows=1, style=table_style(extra=[("SPAN", (0, last), (1, last))])))
    if money.stated:
        story.append(para(h("stated_totals"), s["h2"]))
        checks: list[list[Any]] = [[para(h("item"), s["cell_head"]),
                                    para(h("amount"), s["cell_head"]),
                                    para(h("status"), s["cell_head"])]]
        for check in money.stated:
            if check.agrees:
                verdict = h("agrees")
            else:
                verdict = (f"{h('disagrees')}: {money_text(check.computed, check.currency)} "
                           f"({difference(check.difference)})")
            checks.append([para(check.label, s["cell"], follow_direction=False),
                           para(money_text(check.stated, check.currency), s["cell_right"]),
                           para(verdict, s["cell"] if check.agrees else s["flag"])])
        story.append(Table(checks, colWidths=[0.35 * width, 0.2 * width, 0.45 * width],
                           repeatRows=1, style=table_style()))
    return build_pdf(story, setup)


def report_target(path: str | Path) -> Path:
    """Where the report goes, refused before any work when its folder does not exist."""
    target = Path(path).expanduser()
    if not target.parent.is_dir():
        raise InputError("the folder does not exist", file=str(target.parent))
    return target


def save_report(data: bytes, path: str | Path) -> Path:
    """Write the PDF whole or not at all."""
    return write_atomic(report_target(path), data)
