"""Pieces every document shares: dates in the event's zone, the title block, tables of cells."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from organiser.core.i18n_docs import current_language, text
from organiser.exporters.pdf.styles import styles, table_style
from organiser.exporters.pdf.template import PageSetup
from organiser.exporters.pdf.text import escape, para, plain_text

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from organiser.exporters.pdf.eventdata import EventData


def utc_offset(moment: dt.datetime) -> str:
    offset = moment.utcoffset() or dt.timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "−"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"


# the locale whose formats a document in that language uses (English: the British forms the
# programme writes, "Tuesday 9 February 2027")
LOCALES = {"en": "en_GB", "fr": "fr_FR", "ar": "ar"}


def document_locale() -> str:
    return LOCALES.get(current_language(), "en_GB")


def long_date(day: dt.date) -> str:
    """The weekday and the date in the document's language ('mardi 9 février 2027')."""
    from babel.dates import format_date

    return format_date(day, "EEEE d MMMM y", locale=document_locale())


def short_date(day: dt.date | None) -> str:
    """'9 Feb 2027', '9 févr. 2027'."""
    if not day:
        return ""
    from babel.dates import format_skeleton

    return format_skeleton("yMMMd", day, locale=document_locale())


def date_range(start: dt.datetime, end: dt.datetime) -> str:
    """'Tuesday 17 November 2026, 10:00–12:30' or over several days with both dates."""
    if start.date() == end.date():
        return f"{long_date(start.date())}, {start:%H:%M}–{end:%H:%M}"
    return f"{long_date(start.date())} {start:%H:%M} – {long_date(end.date())} {end:%H:%M}"


def when_line(data: EventData) -> str:
    return f"{date_range(data.start, data.end)} ({data.timezone}, {utc_offset(data.start)})"


def footer_line(data: EventData) -> str:
    return f"{data.title} · {short_date(data.start.date())}"


def language_tag() -> str:
    """The document's language as PDF metadata wants it (BCP 47: 'en-GB', 'fr-FR', 'ar')."""
    return document_locale().replace("_", "-")


def page_setup(data: EventData, document: str, *, draft: bool = False,
               landscape: bool = False) -> PageSetup:
    """The page of an event's document, and its description: "Minutes — <event>" by the
    coordinator (else the app), about the event and its date, in the event's language."""
    return PageSetup(title=document, header=data.programme, footer=footer_line(data),
                     draft=draft, landscape=landscape,
                     full_title=f"{document} — {data.title}", author=data.author,
                     subject=f"{data.title}, {short_date(data.start.date())}",
                     keywords=(document, data.programme, data.venue),
                     page_of=text("Page {page} of {pages}"), draft_mark=text("DRAFT"),
                     language=current_language(), language_tag=language_tag())


def title_block(data: EventData, document: str, extra: Sequence[tuple[str, str]] = ()
                ) -> list[Flowable]:
    """Document name, event title, then label/value lines (when, where, ...)."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer, Table

    s = styles()
    story: list[Flowable] = [para(document, s["title"]), para(data.title, s["subtitle"])]
    rows: list[tuple[str, str]] = [(text("When"), when_line(data))]
    where = ", ".join(p for p in (data.venue, data.address.replace("\n", ", ")) if p)
    if where:
        rows.append((text("Where"), where))
    if data.online_url:
        rows.append((text("Online"), data.online_url))
    rows.extend(extra)
    label = s["cell_head"]
    table = Table([[para(k, label), para(v, s["meta"], follow_direction=False)]
                   for k, v in rows], colWidths=[22 * mm, None], hAlign="LEFT")
    table.setStyle(table_style(header_rows=0, zebra=False, rules=False, extra=[
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
    ]))
    story += [table, Spacer(1, 4 * mm)]
    return story


def grid(header: Sequence[Any], rows: Sequence[Sequence[Any]], widths: Sequence[float | None],
         *, extra: list[tuple[Any, ...]] | None = None, zebra: bool = True) -> Flowable:
    """A table with a repeated header row; str cells become literal paragraphs."""
    from reportlab.platypus import Table

    s = styles()
    body = [[para(h, s["cell_head"], follow_direction=False) if isinstance(h, str) else h
             for h in header]]
    for row in rows:
        body.append([_cell(c) if isinstance(c, str) else c for c in row])
    table = Table(body, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    table.setStyle(table_style(zebra=zebra, extra=extra))
    return table


def _cell(text: str) -> Any:
    """A short value in the main face (a time, a date, a number) stays a plain string, which
    the table draws without parsing markup (much faster); anything else is a paragraph."""
    if not text or (len(text) <= 14 and plain_text(text)):
        return text
    return para(text, styles()["cell"], follow_direction=False)


def safe(text: str) -> str:
    """Escaped text for building markup by hand (labels mixed with user text)."""
    return escape(text)
