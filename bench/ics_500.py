"""Time the iTIP REQUEST of an event with 500 attendees (target < 0.3 s). Run by hand."""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    home = Path(tempfile.mkdtemp(prefix="organiser-bench-"))
    os.environ["ORGANISER_CONFIG_DIR"] = str(home / "config")
    (home / "config").mkdir()
    (home / "config" / "settings.json").write_text(json.dumps(
        {"coordinator.name": "Bench Coordinator", "coordinator.email": "c@bank.example"}))
    from organiser.core.models import Person, PersonEmail
    from organiser.core.storage import open_database
    from organiser.core.text import email_key
    from organiser.services.calendar_files import request_calendar
    from organiser.services.events import create_event
    from organiser.services.invitations import invite

    db = open_database(home / "bench.sqlite")
    event_id = create_event(db, title="Global network assembly", kind="network meeting",
                            start="2027-06-15T09:00", end="2027-06-17T13:00",
                            timezone="Europe/Paris", venue="OECD Conference Centre",
                            online_url="https://meet.example/network")
    with db.transaction() as session:
        ids = []
        for n in range(500):
            address = f"attendee{n}@institute{n % 40}.example"
            person = Person(given_name=f"Участник {n}", family_name="Ñandú-Østergård")
            person.emails.append(PersonEmail(address=address, address_key=email_key(address)))
            session.add(person)
            session.flush()
            ids.append(person.id)
    invite(db, event_id, person_ids=ids)
    request_calendar(db, event_id)  # warm: imports, zone data
    times = []
    for _ in range(10):
        started = time.perf_counter()
        data = request_calendar(db, event_id)
        times.append(time.perf_counter() - started)
    print(f"REQUEST with 500 attendees: {len(data) / 1024:.0f} KiB, "
          f"median {statistics.median(times):.3f} s, worst {max(times):.3f} s (target < 0.3 s)")
    db.close()
    sys.exit(0 if statistics.median(times) < 0.3 else 1)


if __name__ == "__main__":
    main()
