"""The four event documents: minutes, agenda, sign-in sheet and dot-vote sheet."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from organiser.core.enums import AttendanceStatus, Reply, Role
from organiser.core.i18n_docs import text
from organiser.core.text import sort_key
from organiser.exporters.pdf.blocks import (
    grid,
    long_date,
    page_setup,
    short_date,
    title_block,
    utc_offset,
)
from organiser.exporters.pdf.eventdata import AgendaLine, BoardLine, EventData, PersonLine
from organiser.exporters.pdf.styles import ACCENT, HEAD_FILL, RULE, styles
from organiser.exporters.pdf.template import build_pdf, frame_width
from organiser.exporters.pdf.text import para

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

def _by_organisation(people: list[PersonLine]) -> list[tuple[str, list[PersonLine]]]:
    none = text("No organisation")
    groups: dict[str, list[PersonLine]] = {}
    for person in people:
        groups.setdefault(person.organisation or none, []).append(person)
    ordered = sorted(groups.items(), key=lambda kv: (kv[0] == none, sort_key(kv[0])))
    return [(org, sorted(members, key=lambda p: sort_key(p.name))) for org, members in ordered]


def _times(start: dt.datetime | None, end: dt.datetime | None) -> str:
    if start is None:
        return ""
    return f"{start:%H:%M}–{end:%H:%M}" if end is not None else f"{start:%H:%M}"


def _days(agenda: list[AgendaLine], fallback: dt.date) -> dict[int, dt.date]:
    days: dict[int, dt.date] = {}
    for item in agenda:
        if item.planned_start is not None and item.day not in days:
            days[item.day] = item.planned_start.date()
    for day in {i.day for i in agenda} - set(days):
        days[day] = fallback + dt.timedelta(days=day - 1)
    return days


def _day_rows(data: EventData, make_row: Callable[[AgendaLine], list[Any]], columns: int
              ) -> tuple[list[list[Any]], list[tuple[Any, ...]]]:
    """Agenda rows with a spanning heading row before each day (when there are several)."""
    s = styles()
    rows: list[list[Any]] = []
    extra: list[tuple[Any, ...]] = []
    days = _days(data.agenda, data.start.date())
    several = len(days) > 1
    current = None
    for item in data.agenda:
        if several and item.day != current:
            current = item.day
            row_index = len(rows) + 1
            rows.append([para(text("Day {day} — {date}").format(
                day=item.day, date=long_date(days[item.day])), s["cell_bold"])]
                        + [""] * (columns - 1))
            extra += [("SPAN", (0, row_index), (-1, row_index)),
                      ("BACKGROUND", (0, row_index), (-1, row_index), HEAD_FILL)]
        rows.append(make_row(item))
    return rows, extra


# --- minutes -----------------------------------------------------------------------------


def _attendance_mark(person: PersonLine) -> str:
    marks = []
    if person.role is Role.CHAIR:
        marks.append(text("chair"))
    if person.attendance is AttendanceStatus.LATE:
        marks.append(text("late"))
    elif person.attendance is AttendanceStatus.LEFT_EARLY:
        marks.append(text("left early"))
    if person.walk_in:
        marks.append(text("walk-in"))
    return f" ({', '.join(marks)})" if marks else ""


def _column_of(person: PersonLine) -> int:
    if person.attendance in (AttendanceStatus.PRESENT, AttendanceStatus.LATE,
                             AttendanceStatus.LEFT_EARLY):
        return 0
    if person.attendance is AttendanceStatus.APOLOGIES or (
            person.attendance is None and person.reply is Reply.DECLINED):
        return 1
    return 2


def _attendance(data: EventData, width: float) -> list[Flowable]:
    s = styles()
    counts = [0, 0, 0]
    rows = []
    for org, members in _by_organisation(data.people):
        cells: list[list[Flowable]] = [[], [], []]
        for person in members:
            column = _column_of(person)
            counts[column] += 1
            cells[column].append(para(person.name + _attendance_mark(person), s["cell"],
                                      follow_direction=False))
        rows.append([para(org, s["cell_bold"], follow_direction=False), *cells])
    walk_ins = sum(1 for p in data.people if p.walk_in)
    summary = text("{present} present, {apologies} sent apologies, {absent} absent.").format(
        present=counts[0], apologies=counts[1], absent=counts[2])
    if walk_ins:
        summary += " " + text("Walk-ins: {count}.").format(count=walk_ins)
    if not rows:
        return [para(text("No attendance was recorded."), s["note"])]
    org_width = width * 0.31
    rest = (width - org_width) / 3
    return [para(summary, s["body"]),
            grid([text("Organisation"), text("Present"), text("Apologies"), text("Absent")], rows,
                 [org_width, rest, rest, rest])]


def _agenda_table(data: EventData, width: float, *, actual: bool,
                  second_zone: ZoneInfo | None = None) -> Flowable:
    s = styles()
    header = [text("Planned")]
    if second_zone is not None:
        header.append(str(second_zone.key))
    if actual:
        header.append(text("Actual"))
    header += [text("Item"), text("Presenter")]
    time_width = 62.0

    def make_row(item: AgendaLine) -> list[Any]:
        row: list[Any] = [_times(item.planned_start, item.planned_end)]
        if second_zone is not None:
            start = item.planned_start.astimezone(second_zone) if item.planned_start else None
            end = item.planned_end.astimezone(second_zone) if item.planned_end else None
            shift = ""
            if start is not None and item.planned_start is not None and \
                    start.date() != item.planned_start.date():
                shift = f" ({short_date(start.date())})"
            row.append(_times(start, end) + shift)
        if actual:
            row.append(_times(item.actual_start, item.actual_end) or "—")
        title: list[Flowable] = [para(item.title, s["cell"], follow_direction=False)]
        if item.notes and not actual:
            title.append(para(item.notes, s["cell_small"], follow_direction=False))
        row += [title, item.presenter]
        return row

    columns = len(header)
    rows, extra = _day_rows(data, make_row, columns)
    times = columns - 2
    presenter = width * 0.24
    second = 92.0 if second_zone is not None else 0.0
    widths: list[float | None] = [time_width] * times
    if second_zone is not None:
        widths[1] = second
    item_width = width - sum(w or 0 for w in widths) - presenter
    return grid(header, rows, [*widths, item_width, presenter], extra=extra)


def _discussion(data: EventData) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = []
    number = 0
    for item in data.agenda:
        number += 1
        minutes = item.minutes.strip()
        if not minutes:
            continue
        story.append(para(f"{number}. {item.title}", s["h2"]))
        for chunk in (c.strip() for c in minutes.split("\n\n")):
            if chunk:
                story.append(para(chunk, s["body"]))
    return story or [para(text("No discussion was recorded."), s["note"])]


def _decisions(data: EventData, width: float) -> list[Flowable]:
    s = styles()
    if not data.decisions:
        return [para(text("No decisions were recorded."), s["note"])]
    rows = []
    for d in data.decisions:
        cell: list[Flowable] = [para(d.text, s["cell"], follow_direction=False)]
        if d.agenda_item:
            cell.append(para(text("Under: {item}").format(item=d.agenda_item), s["cell_small"],
                             follow_direction=False))
        rows.append([str(d.number), cell, d.line_of_action])
    return [grid(["#", text("Decision"), text("Line of action")], rows,
                 [22, width - 22 - 130, 130])]


def _brainstorming(data: EventData, width: float) -> list[Flowable]:
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    s = styles()
    story: list[Flowable] = []
    for board in data.boards:
        if not board.themes:
            continue
        if board.title:
            story.append(para(board.title, s["h2"]))
        rows: list[list[Any]] = []
        extra: list[tuple[Any, ...]] = []
        rank = 0
        for theme in board.themes:
            row_index = len(rows) + 1
            label = theme.title
            if theme.ranked:
                rank += 1
                label = f"{rank}. {label}"
            if theme.line_of_action:
                label += f" — {theme.line_of_action}"
            rows.append([para(label, s["cell_bold"], follow_direction=False),
                         para(str(theme.votes), s["cell_bold_right"])])
            extra.append(("BACKGROUND", (0, row_index), (-1, row_index), "#eef3f8"))
            for idea in theme.ideas:
                rows.append([para(idea.text, s["cell"], follow_direction=False),
                             para(str(idea.votes), s["cell_right"])])
                extra.append(("LEFTPADDING", (0, len(rows)), (0, len(rows)), 16))
        votes_head = para(text("Votes"), ParagraphStyle("votes_head", parent=s["cell_head"],
                                                  alignment=TA_RIGHT))
        story.append(grid([text("Theme and ideas (ranked by votes)"), votes_head], rows,
                          [width - 60, 60], extra=extra, zebra=False))
    return story or [para(text("No brainstorming took place."), s["note"])]


def _next_steps(data: EventData, width: float) -> list[Flowable]:
    s = styles()
    if not data.next_steps:
        return [para(text("No next steps were recorded."), s["note"])]
    rows = [[str(n.number), n.text, n.owner, short_date(n.due), n.line_of_action]
            for n in data.next_steps]
    who, due, line = width * 0.22, 64.0, width * 0.18
    return [grid(["#", text("What"), text("Who"), text("By when"), text("Line of action")],
                 rows,
                 [22, width - 22 - who - due - line, who, due, line])]


def _sign_off(data: EventData, width: float) -> list[Flowable]:
    s = styles()
    if not data.revisions:
        return [para(text("Draft for review: these minutes have not been approved yet."),
                     s["note"])]
    rows = [[str(r.number), r.approved_by, f"{short_date(r.approved_at.date())} "
             f"{r.approved_at:%H:%M}", r.change_note or text("First issue")]
            for r in data.revisions]
    story: list[Flowable] = [grid(
        [text("Version"), text("Approved by"), text("Approved on"), text("What changed")], rows,
                                  [48, width * 0.26, 96, width - 48 - width * 0.26 - 96])]
    if not data.approved:
        count = len(data.revisions)
        story.insert(0, para(text("Draft of version {next}: it replaces version {count} once "
                                  "approved.").format(next=count + 1, count=count), s["note"]))
    return story


def _status_line(data: EventData) -> str:
    if data.approved and data.revisions:
        last = data.revisions[-1]
        return text("Approved by {name} on {date} (version {number})").format(
            name=last.approved_by, date=short_date(last.approved_at.date()), number=last.number)
    if data.revisions:
        return text("Draft of version {number}, not yet approved").format(
            number=len(data.revisions) + 1)
    return text("Draft, not yet approved")


def minutes_story(data: EventData, width: float) -> list[Flowable]:
    s = styles()
    story = title_block(data, text("Minutes"), extra=[(text("Status"), _status_line(data))])
    story += [para(text("Attendance"), s["h1"]), *_attendance(data, width)]
    if data.agenda:
        story += [para(text("Agenda"), s["h1"]), _agenda_table(data, width, actual=True)]
    story += [para(text("Discussion"), s["h1"]), *_discussion(data)]
    story += [para(text("Decisions"), s["h1"]), *_decisions(data, width)]
    if any(board.themes for board in data.boards):
        story += [para(text("Brainstorming outcome"), s["h1"]), *_brainstorming(data, width)]
    story += [para(text("Next steps"), s["h1"]), *_next_steps(data, width)]
    story += [para(text("Sign-off"), s["h1"]), *_sign_off(data, width)]
    return story


def minutes_pdf(data: EventData) -> bytes:
    setup = page_setup(data, text("Minutes"), draft=not data.approved)
    return build_pdf(minutes_story(data, frame_width(setup)), setup)


# --- agenda ------------------------------------------------------------------------------


def agenda_pdf(data: EventData, second_timezone: str | None = None) -> bytes:
    from organiser.core.errors import InputError

    s = styles()
    zone = None
    if second_timezone:
        from organiser.core.zones import zone as known_zone

        zone = known_zone(second_timezone)
        if zone is None:
            raise InputError(f"unknown time zone {second_timezone!r}",
                             field="second time zone")
    setup = page_setup(data, text("Agenda"))
    width = frame_width(setup)
    extra = []
    if zone is not None:
        extra.append((text("Also in"), f"{zone.key} ({utc_offset(data.start.astimezone(zone))})"))
    story = title_block(data, text("Agenda"), extra=extra)
    if data.description:
        story.append(para(data.description, s["body"]))
    if data.agenda:
        story.append(_agenda_table(data, width, actual=False, second_zone=zone))
    else:
        story.append(para(text("The agenda has not been set yet."), s["note"]))
    if zone is not None:
        times = text("Times are in {zone} ({offset}) and {other}.").format(
            zone=data.timezone, offset=utc_offset(data.start), other=zone.key)
    else:
        times = text("Times are in {zone} ({offset}).").format(
            zone=data.timezone, offset=utc_offset(data.start))
    story.append(para(times, s["small"]))
    return build_pdf(story, setup)


# --- sign-in sheet -----------------------------------------------------------------------


def signin_pdf(data: EventData, blank_rows: int = 12) -> bytes:
    s = styles()
    setup = page_setup(data, text("Sign-in sheet"))
    width = frame_width(setup)
    story = title_block(data, text("Sign-in sheet"))
    story.append(para(text("Please sign next to your name. If you are not listed, write your "
                           "name, organisation and e-mail in a blank row at the end."),
                      s["small"]))
    invitees = [p for p in data.people if p.role is not None]
    rows: list[list[Any]] = []
    extra: list[tuple[Any, ...]] = []
    number = 0
    for org, members in _by_organisation(invitees):
        row_index = len(rows) + 1
        rows.append([para(org, s["cell_bold"], follow_direction=False), "", "", ""])
        extra += [("SPAN", (0, row_index), (-1, row_index)),
                  ("BACKGROUND", (0, row_index), (-1, row_index), HEAD_FILL)]
        if members:
            # the heading never stays alone at a page foot: it goes over with its first rows
            extra.append(("NOSPLIT", (0, row_index),
                          (-1, row_index + min(len(members), 2))))
        for person in members:
            number += 1
            name: list[Flowable] = [para(person.name, s["cell"], follow_direction=False)]
            if person.job_title:
                name.append(para(person.job_title, s["cell_small"], follow_direction=False))
            rows.append([str(number), name, "", ""])
    first_blank = len(rows) + 1
    for _ in range(blank_rows):
        number += 1
        rows.append([str(number), "", "", ""])
    extra += [
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None]),
        ("LINEBEFORE", (2, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 1), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 9),
    ]
    if blank_rows:
        extra.append(("LINEABOVE", (0, first_blank), (-1, first_blank), 0.8, ACCENT))
    story.append(grid(["#", text("Name"), text("Organisation / e-mail (walk-ins)"),
                       text("Signature")], rows,
                      [26, width * 0.36, width * 0.30, width - 26 - width * 0.66],
                      extra=extra, zebra=False))
    return build_pdf(story, setup)


# --- dot-vote sheet ----------------------------------------------------------------------


def votes_pdf(data: EventData, boxes: int = 12, blank_ideas: int = 10) -> bytes:
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak

    s = styles()
    setup = page_setup(data, text("Dot-vote sheet"))
    width = frame_width(setup)
    story = title_block(data, text("Dot-vote sheet"))
    box = 5.2 * mm
    text_width = width - boxes * box - 40
    boards: list[BoardLine | None] = [b for b in data.boards if b.themes] or [None]
    for index, board in enumerate(boards):
        if index:
            story.append(PageBreak())
        per_person = board.votes_per_person if board else 3
        if board is not None and board.title:
            story.append(para(board.title, s["h1"]))
        story.append(para(text("Each participant has {count} dots. Tick one box for each dot "
                               "you give an idea; you may give one idea several dots.").format(
                                   count=per_person), s["body"]))
        rows: list[list[Any]] = []
        extra: list[tuple[Any, ...]] = []
        number = 0
        themes = board.themes if board is not None else []
        for theme in themes:
            row_index = len(rows) + 1
            rows.append([para(theme.title, s["cell_bold"], follow_direction=False), ""]
                        + [""] * boxes)
            extra += [("SPAN", (0, row_index), (-1, row_index)),
                      ("BACKGROUND", (0, row_index), (-1, row_index), HEAD_FILL)]
            for idea in theme.ideas:
                number += 1
                rows.append([str(number), para(idea.text, s["cell"], follow_direction=False)]
                            + [""] * boxes)
        for _ in range(blank_ideas if not themes else 3):
            number += 1
            rows.append([str(number), ""] + [""] * boxes)
        extra += [
            ("GRID", (2, 1), (-1, -1), 0.6, "#7f8c8d"),
            ("TOPPADDING", (0, 1), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 1), (-1, -1), 6),
        ]
        # theme rows are headings, not boxes
        for command in list(extra):
            if command[0] == "SPAN":
                row = command[1][1]
                extra.append(("GRID", (2, row), (-1, row), 0, "#ffffff"))
                extra.append(("LINEBELOW", (0, row), (-1, row), 0.6, "#7f8c8d"))
        header = ["#", text("Idea"), text("Dots: tick one box for each"),
                  *[""] * (boxes - 1)]
        extra.append(("SPAN", (2, 0), (-1, 0)))
        story.append(grid(header, rows, [22, text_width + 18] + [box] * boxes, extra=extra,
                          zebra=False))
    return build_pdf(story, setup)


RENDERERS: dict[str, Callable[..., bytes]] = {
    "minutes": minutes_pdf,
    "agenda": agenda_pdf,
    "signin": signin_pdf,
    "votes": votes_pdf,
}
