"""Generate a large Organiser database for benchmarks.

Usage: .venv/bin/python bench/make_large_db.py OUT.sqlite [--people 10000] [--organisations 1000]
       [--events 500] [--invitations 50000] [--next-steps 20000]
Deterministic (seeded); names in several scripts, time zones from UTC-8 to UTC+9.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert

from organiser.core.models import (
    Event,
    Invitation,
    NextStep,
    Organisation,
    Person,
    PersonEmail,
)
from organiser.core.storage import open_database
from organiser.core.text import email_key

GIVEN = ["Amélie", "José", "Jürgen", "Олег", "Олена", "فاطمة", "أحمد", "伟", "芳", "Aïssatou",
         "Kwame", "Priya", "Zeynep", "Luíza", "Henrik", "Grace", "민준", "Nguyễn", "Sofía", "Thabo"]
FAMILY = ["Dubois", "Martínez", "Müller", "Коваленко", "Шевченко", "الزهراء", "حسن", "张", "王",
          "Ndiaye", "Mensah", "Raghavan", "Yıldız", "Araújo", "Østergård", "Wanjiru", "김",
          "Văn An", "Hernández", "Nkosi"]
ZONES = ["America/Los_Angeles", "America/Mexico_City", "America/New_York", "America/Sao_Paulo",
         "Europe/London", "Europe/Paris", "Africa/Cairo", "Europe/Kyiv", "Asia/Kolkata",
         "Asia/Shanghai", "Asia/Tokyo", "Asia/Seoul"]
KINDS = ["consultation", "information sharing", "workshop", "network meeting"]
REPLIES = ["needs action", "accepted", "tentative", "declined"]
STATUSES = ["open", "in progress", "done", "dropped"]


def generate(path: Path, people: int, organisations: int, events: int, invitations: int,
             next_steps: int) -> dict[str, float]:
    rng = random.Random(20261125)
    if path.exists():
        path.unlink()
    db = open_database(path)
    now = dt.datetime(2026, 11, 25, tzinfo=dt.UTC)
    timings: dict[str, float] = {}
    with db.transaction() as session:
        started = time.perf_counter()
        session.execute(insert(Organisation), [
            {"id": i, "name": f"{rng.choice(['Institute', 'Agency', 'Институт', 'معهد', '学院'])}"
                              f" {i:04d}", "acronym": f"O{i}", "kind": "training institute",
             "country": "", "notes": "", "version": 1, "created_at": now, "updated_at": now}
            for i in range(1, organisations + 1)
        ])
        session.execute(insert(Person), [
            {"id": i, "given_name": rng.choice(GIVEN), "family_name": f"{rng.choice(FAMILY)}{i}",
             "display_name": "", "latin_name": "", "organisation_id": rng.randint(1, organisations),
             "job_title": "", "country": "", "timezone": rng.choice(ZONES), "language": "",
             "phone": "", "notes": "", "version": 1, "created_at": now, "updated_at": now}
            for i in range(1, people + 1)
        ])
        session.execute(insert(PersonEmail), [
            {"person_id": i, "address": f"person{i}@partner{i % 97}.example",
             "address_key": email_key(f"person{i}@partner{i % 97}.example"), "position": 0}
            for i in range(1, people + 1)
        ])
        event_rows = []
        for i in range(1, events + 1):
            start = now + dt.timedelta(days=rng.randint(-400, 400), hours=rng.randint(6, 14))
            event_rows.append({
                "id": i, "title": f"Event {i}: consultation on procurement reform",
                "kind": rng.choice(KINDS), "start": start,
                "end": start + dt.timedelta(hours=rng.choice([2, 3, 8, 32])),
                "timezone": rng.choice(ZONES), "venue": f"Venue {i % 40}", "address": "",
                "online_url": "", "description": "", "language": "en", "status": "planned",
                "uid": f"bench-{i}@organiser", "sequence": 0, "minutes_status": "draft",
                "version": 1, "created_at": now, "updated_at": now,
            })
        session.execute(insert(Event), event_rows)
        pairs: set[tuple[int, int]] = set()
        while len(pairs) < invitations:
            pairs.add((rng.randint(1, events), rng.randint(1, people)))
        session.execute(insert(Invitation), [
            {"event_id": e, "person_id": p, "role": "participant", "reply": rng.choice(REPLIES),
             "reply_comment": "", "email": f"person{p}@partner{p % 97}.example"}
            for e, p in sorted(pairs)
        ])
        session.execute(insert(NextStep), [
            {"text": f"Follow-up action {i} on the reform agenda",
             "owner_person_id": rng.randint(1, people), "owner_organisation_id": None,
             "owner_name": f"Owner {i}",
             "due_date": (now + dt.timedelta(days=rng.randint(-120, 240))).date(),
             "status": rng.choice(STATUSES), "event_id": rng.randint(1, events),
             "version": 1, "created_at": now, "updated_at": now}
            for i in range(1, next_steps + 1)
        ])
        timings["insert_seconds"] = time.perf_counter() - started
    db.close()
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--organisations", type=int, default=1_000)
    parser.add_argument("--events", type=int, default=500)
    parser.add_argument("--invitations", type=int, default=50_000)
    parser.add_argument("--next-steps", type=int, default=20_000)
    args = parser.parse_args()
    timings = generate(args.out, args.people, args.organisations, args.events, args.invitations,
                       args.next_steps)
    print(f"wrote {args.out}: {args.people} people, {args.organisations} organisations, "
          f"{args.events} events, {args.invitations} invitations, {args.next_steps} next steps "
          f"in {timings['insert_seconds']:.1f} s")


if __name__ == "__main__":
    main()
