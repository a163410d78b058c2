"""The sign-in sheet never leaves an organisation heading alone at the foot of a page."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

from organiser.core.enums import MinutesStatus, Role
from organiser.exporters.pdf.documents import signin_pdf
from organiser.exporters.pdf.eventdata import EventData, PersonLine


def _event(organisations: int, per_org: int) -> EventData:
    people = [PersonLine(person_id=o * 100 + i, name=f"Person {o:03d}-{i}",
                         organisation=f"Organisation {o:03d}", job_title="", role=Role.PARTICIPANT,
                         reply=None, attendance=None, walk_in=False)
              for o in range(organisations) for i in range(per_org)]
    start = dt.datetime(2026, 5, 4, 9, 0)
    return EventData(id=1, title="Orphan check", kind="meeting", programme="", start=start,
                     end=start + dt.timedelta(hours=8), timezone="Europe/Istanbul", venue="",
                     address="", online_url="", description="",
                     minutes_status=MinutesStatus.DRAFT, people=people)


def _pages(data: bytes, tmp_path: Path) -> list[str]:
    path = tmp_path / "signin.pdf"
    path.write_bytes(data)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    count = int(next(line.split()[-1] for line in info.stdout.splitlines()
                     if line.startswith("Pages:")))
    return [subprocess.run(["pdftotext", "-layout", "-f", str(n), "-l", str(n), str(path), "-"],
                           capture_output=True, text=True, check=True).stdout
            for n in range(1, count + 1)]


def _last_table_line(page: str) -> str:
    """The last line of the page's table: the footer lines (event, page number) come after."""
    lines = [line.strip() for line in page.splitlines() if line.strip()]
    body = [line for line in lines if line.startswith("Organisation ") or (line[:1].isdigit()
            and "Person" in line)]
    return body[-1] if body else ""


def test_no_page_ends_with_an_organisation_heading(tmp_path: Path) -> None:
    # one person per organisation: every second table row is a heading, so with a range of
    # list lengths some heading is bound to fall at the page foot unless it is kept with its row
    checked = 0
    for organisations in range(22, 34):
        pages = _pages(signin_pdf(_event(organisations, 1), blank_rows=0), tmp_path)
        assert len(pages) >= 2
        for number, page in enumerate(pages[:-1], start=1):
            last = _last_table_line(page)
            assert last, f"page {number} has no table rows"
            assert not last.startswith("Organisation "), (organisations, number, last)
            checked += 1
        # nobody lost: every person is printed once
        text = "".join(pages)
        for o in range(organisations):
            assert text.count(f"Person {o:03d}-0") == 1
    assert checked >= 12
