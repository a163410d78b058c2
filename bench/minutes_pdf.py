"""Minutes PDF for a big event: 150 attendees, 40 agenda items, 100 next steps (target < 1 s).

Usage: .venv/bin/python bench/minutes_pdf.py [--out minutes.pdf]
Prints the time of each run (the first includes registering the fonts) and the page count.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from organiser.core.enums import AttendanceStatus, Role
from organiser.core.models import (
    AgendaItem,
    Attendance,
    Decision,
    Event,
    Invitation,
    NextStep,
    Organisation,
    Person,
)
from organiser.core.storage import Database, open_database
from organiser.services.demo import build_demo

GIVEN = ["Amadou", "Олена", "أحمد", "芳", "Lucía", "Henrik", "민준", "Zeynep", "Thabo", "Priya"]
FAMILY = ["Diallo", "Шевченко", "حسن", "王", "Quispe", "Østergård", "김", "Yıldız", "Nkosi",
          "Raghavan"]


def build_event(db: Database) -> int:
    rng = random.Random(7)
    with db.transaction() as session:
        event = session.get(Event, 5)
        assert event is not None
        orgs = [Organisation(name=f"Institute {n} — {rng.choice(FAMILY)}") for n in range(30)]
        session.add_all(orgs)
        for n in range(150):
            person = Person(given_name=rng.choice(GIVEN), family_name=f"{rng.choice(FAMILY)} {n}",
                            organisation=rng.choice(orgs), job_title="Procurement specialist")
            session.add(person)
            event.invitations.append(Invitation(person=person, role=Role.PARTICIPANT))
            event.attendances.append(Attendance(
                person=person, walk_in=n % 25 == 0,
                status=rng.choice([AttendanceStatus.PRESENT] * 8
                                  + [AttendanceStatus.APOLOGIES, AttendanceStatus.ABSENT])))
        event.agenda_items.clear()
        start = event.start
        for n in range(40):
            event.agenda_items.append(AgendaItem(
                day=1 + n // 20, position=n, planned_start=start, duration_minutes=20,
                title=f"Session {n + 1}: coalition experiences", actual_start=start,
                actual_end=start + dt.timedelta(minutes=22),
                minutes="The participants discussed the reform agenda and agreed to share "
                        "their experiences with the network. " * 3))
            start += dt.timedelta(minutes=20)
        for n in range(10):
            event.decisions.append(Decision(text=f"Decision {n + 1}: adopt the work plan.",
                                            position=n))
        for n in range(100):
            session.add(NextStep(text=f"Follow-up action {n + 1}: circulate the draft",
                                 owner_name=f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}",
                                 due_date=dt.date(2027, 3, 1) + dt.timedelta(days=n),
                                 event=event))
        return event.id


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    from organiser.services.documents import render_document

    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.sqlite")
        build_demo(db)
        event_id = build_event(db)
        times = []
        data = b""
        for _ in range(4):
            started = time.perf_counter()
            data = render_document(db, "minutes", event_id)
            times.append(time.perf_counter() - started)
        db.close()
    pages = data.count(b"/Type /Page\n") or data.count(b"/Type /Page")
    print(f"minutes: 150 attendees, 40 agenda items, 100 next steps -> {len(data) // 1024} KB, "
          f"~{pages} pages")
    print("runs (s): " + ", ".join(f"{t:.3f}" for t in times))
    print(f"best {min(times):.3f} s, first {times[0]:.3f} s (target < 1 s)")
    if args.out:
        args.out.write_bytes(data)


if __name__ == "__main__":
    main()
