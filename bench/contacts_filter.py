"""Contacts at scale: filter-as-you-type over 10,000 people, a 10,000-row CSV import, RSS.

Usage: .venv/bin/python bench/contacts_filter.py [LARGE.sqlite]
Without an argument the database is made with bench/make_large_db.py in a temporary folder.
Targets (issue 3): < 30 ms per keystroke, import < 3 s. Prints figures; asserts nothing.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="organiser-bench-"))
    if len(sys.argv) > 1:
        large = Path(sys.argv[1])
    else:
        large = folder / "large.sqlite"
        subprocess.run([sys.executable, str(ROOT / "bench" / "make_large_db.py"), str(large)],
                       check=True, stdout=subprocess.DEVNULL)
    from organiser.core.storage import open_database
    from organiser.ui.app import make_application
    from organiser.ui.main_window import MainWindow

    app = make_application()
    window = MainWindow()
    window.show()
    db = open_database(large)
    started = time.perf_counter()
    window.set_database(db)
    area = window.show_area("Contacts")
    app.processEvents()
    print(f"people: {area.people.rowCount()}; window loaded in "
          f"{time.perf_counter() - started:.2f} s; RSS {rss_mb():.0f} MB")

    timings = []
    for word in ("maria", "олег", "garcia", "jose", "ch", "institute"):
        area.search.clear()
        app.processEvents()
        for end in range(1, len(word) + 1):
            t0 = time.perf_counter()
            area.search.setText(word[:end])
            app.processEvents()
            timings.append((time.perf_counter() - t0) * 1000)
        for _ in word:
            t0 = time.perf_counter()
            area.search.backspace()
            app.processEvents()
            timings.append((time.perf_counter() - t0) * 1000)
    timings.sort()
    print(f"filter per keystroke over {area.people.rowCount()} people: "
          f"median {timings[len(timings) // 2]:.1f} ms, p90 {timings[int(len(timings) * .9)]:.1f}"
          f" ms, worst {timings[-1]:.1f} ms ({len(timings)} keystrokes; target < 30 ms)")
    t0 = time.perf_counter()
    area.table.sortByColumn(2, area.table.horizontalHeader().sortIndicatorOrder())
    app.processEvents()
    print(f"sort by organisation: {(time.perf_counter() - t0) * 1000:.0f} ms")

    csv_path = folder / "people.csv"
    t0 = time.perf_counter()
    from organiser.exporters.contacts import export_contacts

    export_contacts(db, csv_path)
    print(f"export of {area.people.rowCount()} people to CSV: {time.perf_counter() - t0:.2f} s "
          f"({csv_path.stat().st_size / 1e6:.1f} MB)")
    from organiser.services.contacts import apply_import, read_contact_file

    empty = open_database(folder / "empty.sqlite")
    t0 = time.perf_counter()
    records = read_contact_file(csv_path)
    parsed = time.perf_counter() - t0
    plan = apply_import(empty, records, str(csv_path))
    print(f"import of a {len(records)}-row CSV into an empty database: "
          f"{time.perf_counter() - t0:.2f} s (parse {parsed:.2f} s; target < 3 s): "
          f"{plan.summary()}")
    t0 = time.perf_counter()
    plan = apply_import(db, records, str(csv_path))
    print(f"the same file again over the 10,000 people (all duplicates): "
          f"{time.perf_counter() - t0:.2f} s: {plan.summary()}")
    print(f"peak RSS: {rss_mb():.0f} MB")
    window.close()
    db.close()
    empty.close()


if __name__ == "__main__":
    main()
